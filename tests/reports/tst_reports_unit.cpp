// Pure parts of the reports core: the list request's parameters per kind and filter, parsing of a
// report, the JSON the CLI prints, media references in an event, and the watcher's state file.
#include "reports/reportsapi.h"
#include "reports/reportwatcher.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Steward;

class TestReportsUnit : public QObject
{
    Q_OBJECT

    static QString param(const ApiRequest &r, const QString &key)
    {
        for (const auto &[k, v] : r.query()) {
            if (k == key) {
                return v;
            }
        }
        return QStringLiteral("<unset>");
    }

private Q_SLOTS:
    void listRequestMapsFiltersPerKind()
    {
        ReportQuery q;
        q.roomId = QStringLiteral("!r");
        q.userId = QStringLiteral("@bad:x");
        q.reporter = QStringLiteral("@rep:x");
        ApiRequest r = ReportsApi::listRequest(q, 40, 20);
        QCOMPARE(QString::fromLatin1(r.encodedPath()), QStringLiteral("/_synapse/admin/v1/event_reports"));
        QCOMPARE(param(r, QStringLiteral("from")), QStringLiteral("40"));
        QCOMPARE(param(r, QStringLiteral("limit")), QStringLiteral("20"));
        QCOMPARE(param(r, QStringLiteral("dir")), QStringLiteral("b"));
        QCOMPARE(param(r, QStringLiteral("event_sender_user_id")), QStringLiteral("@bad:x"));
        QCOMPARE(param(r, QStringLiteral("user_id")), QStringLiteral("@rep:x"));
        QCOMPARE(param(r, QStringLiteral("room_id")), QStringLiteral("!r"));
        q.kind = ReportKind::User;
        q.newestFirst = false;
        r = ReportsApi::listRequest(q, 0, 5);
        QCOMPARE(QString::fromLatin1(r.encodedPath()), QStringLiteral("/_synapse/admin/v1/user_reports"));
        QCOMPARE(param(r, QStringLiteral("target_user_id")), QStringLiteral("@bad:x"));
        QCOMPARE(param(r, QStringLiteral("room_id")), QStringLiteral("<unset>")); // user reports have no room
        QCOMPARE(param(r, QStringLiteral("dir")), QStringLiteral("f"));
    }

    void reportJson()
    {
        const Report e = Report::fromJson(ReportKind::Event,
                                          QJsonObject { { "id", 7 },
                                                        { "received_ts", 1700000000123LL },
                                                        { "room_id", "!r" },
                                                        { "event_id", "$e" },
                                                        { "user_id", "@rep:x" },
                                                        { "sender", "@bad:x" },
                                                        { "score", -100 },
                                                        { "reason", "spam" },
                                                        { "name", "Lobby" } });
        const QJsonObject j = e.toJson();
        QCOMPARE(j.value("id").toInteger(), 7);
        QCOMPARE(j.value("kind").toString(), QStringLiteral("event"));
        QCOMPARE(j.value("received").toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
        QCOMPARE(j.value("reporter").toString(), QStringLiteral("@rep:x"));
        QCOMPARE(j.value("user_id").toString(), QStringLiteral("@bad:x"));
        QCOMPARE(j.value("score").toInteger(), -100);
        QCOMPARE(e.roomLabel(), QStringLiteral("Lobby"));
        const Report u = Report::fromJson(
            ReportKind::User,
            QJsonObject { { "id", 3 }, { "target_user_id", "@bad:x" }, { "user_id", "@rep:x" }, { "reason", "r" } });
        QCOMPARE(u.userId, QStringLiteral("@bad:x"));
        QVERIFY(u.toJson().value("room_id").isNull());
        QVERIFY(u.toJson().value("score").isNull());
        QCOMPARE(u.key(), QStringLiteral("user:3"));
        // Hostile numbers: no undefined behaviour, no bogus time.
        const Report h = Report::fromJson(ReportKind::Event, QJsonObject { { "id", 1e300 }, { "received_ts", -5 } });
        QVERIFY(!h.received.isValid());
        QVERIFY(h.toJson().value("received").isNull());
    }

    void mediaIsFoundNotFetched()
    {
        const QJsonObject event {
            { "type", "m.room.message" },
            { "content",
              QJsonObject {
                  { "msgtype", "m.image" },
                  { "body", "a.png" },
                  { "url", "mxc://x.org/abc" },
                  { "info", QJsonObject { { "thumbnail_url", "mxc://x.org/th" }, { "mimetype", "image/png" } } } } }
        };
        const QList<MediaReference> m = ReportsApi::mediaOf(event);
        QCOMPARE(m.size(), 2);
        QCOMPARE(m.at(0).serverName, QStringLiteral("x.org"));
        QCOMPARE(m.at(0).mediaId, QStringLiteral("abc"));
        QCOMPARE(m.at(1).role, QStringLiteral("thumbnail"));
        QVERIFY(ReportsApi::eventSummary(event).contains(QStringLiteral("a.png")));
        // Not mxc, or with extra path segments: ignored.
        QVERIFY(
            ReportsApi::mediaOf(QJsonObject { { "content", QJsonObject { { "url", "https://evil/x" } } } }).isEmpty());
        QVERIFY(ReportsApi::mediaOf(QJsonObject { { "content", QJsonObject { { "url", "mxc://a/b/c" } } } }).isEmpty());
    }

    void markRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/state.json"));
        QString error;
        QCOMPARE(ReportMark::load(path, &error), ReportMark {}); // missing: empty, no error
        QVERIFY(error.isEmpty());
        ReportMark m;
        Report r;
        r.kind = ReportKind::User;
        r.id = 9;
        m.raise(r);
        m.eventId = 4;
        QVERIFY(m.save(path, &error));
        QCOMPARE(ReportMark::load(path), m);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("not json");
        f.close();
        ReportMark::load(path, &error);
        QVERIFY(error.contains(QStringLiteral("not valid JSON")));
        // One file per server and admin.
        QVERIFY(ReportMark::path(QUrl("https://a.org"), "@x:a.org", "seen")
                != ReportMark::path(QUrl("https://a.org"), "@y:a.org", "seen"));
        QCOMPARE(ReportMark::path(QUrl("https://a.org/"), "@x:a.org", "seen"),
                 ReportMark::path(QUrl("https://a.org"), "@x:a.org", "seen"));
    }
};

QTEST_GUILESS_MAIN(TestReportsUnit)
#include "tst_reports_unit.moc"
