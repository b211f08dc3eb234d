// Reports against the real Synapse: the list model equals the server's listing across pages with
// each filter, the CLI lists, shows (media never downloaded), dismisses exactly the chosen reports,
// the watcher prints each new report once across runs, and redacting a user's events leaves their
// messages redacted in the chosen (or every) room and nobody else's.
#include "../users/userstesthelpers.h"
#include "reports/reportlistmodel.h"
#include "reportstesthelper.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Steward;
using namespace ReportsTest;
using RoomsTest::Fixture;

class TestReports : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    StewardTest::TestServer m_server;
    std::unique_ptr<Fixture> m_f;
    Scenario m_s;
    QTemporaryDir m_data;

    Run cli(const QStringList &args, const QUrl &base = {}, const QString &dataHome = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_ACCESS_TOKEN"), m_server.adminToken);
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.isEmpty() ? m_data.path() : dataHome);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("STEWARD_CLI"),
                QStringList { QStringLiteral("--homeserver"), (base.isEmpty() ? m_server.baseUrl : base).toString() }
                    + args);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(300000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// Every row of the model for a query, read page by page.
    QStringList modelKeys(const ReportQuery &query, int pageSize)
    {
        ReportListModel model(&m_f->admin);
        model.setPageSize(pageSize);
        model.setQuery(query);
        if (!QTest::qWaitFor([&]() { return model.total() >= 0 || model.hasError(); }, 60000) || model.hasError()) {
            return { QStringLiteral("error: ") + model.lastError().describe() };
        }
        model.fetchRows(0, int(model.total()) - 1);
        if (!QTest::qWaitFor([&]() { return model.isComplete() || model.hasError(); }, 60000) || model.hasError()) {
            return { QStringLiteral("incomplete") };
        }
        QStringList keys;
        for (int row = 0; row < model.rowCount(); ++row) {
            keys << model.data(model.index(row, 0), PagedListModel::IdRole).toString();
        }
        return keys;
    }

    static QStringList keysOf(const QList<QJsonObject> &reports, const QString &kind)
    {
        QStringList keys;
        for (const QJsonObject &o : reports) {
            keys << kind + u':' + QString::number(o.value(QStringLiteral("id")).toInteger());
        }
        return keys;
    }

    static QJsonArray jsonOf(const Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()).array(); }

    /// Lines of watch output about this scenario's reports.
    int scenarioLines(const QString &out) const
    {
        int n = 0;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.contains(m_s.reporter1) || line.contains(m_s.reporter2)) {
                ++n;
            }
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = StewardTest::TestServer::load();
        QVERIFY2(m_server.isValid(), qPrintable(m_server.error));
        QVERIFY(m_data.isValid());
        m_f = std::make_unique<Fixture>(m_server);
        m_s = seed(*m_f, m_server);
        QVERIFY2(!m_s.spammer.isEmpty(), "seeding users, rooms, messages and reports failed");
    }

    void modelEqualsServerAcrossPages_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("reporter");
        QTest::addColumn<int>("expected");
        // Filled in the test from the scenario (the names are unique to the run).
        QTest::newRow("room A") << 0 << "A"
                                << ""
                                << "" << 6;
        QTest::newRow("room B") << 0 << "B"
                                << ""
                                << "" << 4;
        QTest::newRow("sender") << 0 << ""
                                << "spammer"
                                << "" << 9;
        QTest::newRow("reporter") << 0 << ""
                                  << ""
                                  << "reporter2" << 3;
        QTest::newRow("sender and room") << 0 << "A"
                                         << "spammer"
                                         << "" << 5;
        QTest::newRow("user reports, target") << 1 << ""
                                              << "spammer"
                                              << "" << 2;
        QTest::newRow("user reports, reporter") << 1 << ""
                                                << ""
                                                << "reporter2" << 2;
    }

    void modelEqualsServerAcrossPages()
    {
        QFETCH(int, kind);
        QFETCH(QString, room);
        QFETCH(QString, user);
        QFETCH(QString, reporter);
        QFETCH(int, expected);
        ReportQuery q;
        q.kind = kind == 0 ? ReportKind::Event : ReportKind::User;
        q.roomId = room == u"A" ? m_s.roomA : room == u"B" ? m_s.roomB : QString();
        q.userId = user == u"spammer" ? m_s.spammer : QString();
        q.reporter = reporter == u"reporter2" ? m_s.reporter2 : QString();
        QList<QPair<QString, QString>> params;
        if (!q.roomId.isEmpty()) {
            params.append({ QStringLiteral("room_id"), q.roomId });
        }
        if (!q.userId.isEmpty()) {
            params.append(
                { kind == 0 ? QStringLiteral("event_sender_user_id") : QStringLiteral("target_user_id"), q.userId });
        }
        if (!q.reporter.isEmpty()) {
            params.append({ QStringLiteral("user_id"), q.reporter });
        }
        const QList<QJsonObject> server = serverReports(*m_f, kind == 1, params);
        QCOMPARE(server.size(), expected); // the filter really filters (and the scenario is what we think)
        const QStringList keys = modelKeys(q, 2); // pages of 2: several pages each
        QCOMPARE(keys, keysOf(server, kind == 0 ? QStringLiteral("event") : QStringLiteral("user")));
    }

    void cliListJson()
    {
        Run r = cli({ QStringLiteral("reports"), QStringLiteral("list"), QStringLiteral("--room"), m_s.roomA,
                      QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        QJsonArray a = jsonOf(r);
        QCOMPARE(a.size(), 6);
        QStringList events;
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("event"));
            QCOMPARE(o.value(QStringLiteral("room_id")).toString(), m_s.roomA);
            QVERIFY(o.value(QStringLiteral("id")).isDouble());
            const QDateTime received =
                QDateTime::fromString(o.value(QStringLiteral("received")).toString(), Qt::ISODateWithMs);
            QVERIFY(received.isValid());
            QVERIFY(o.value(QStringLiteral("received")).toString().endsWith(u'Z'));
            QVERIFY(qAbs(received.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
            QVERIFY(o.value(QStringLiteral("score")).isDouble());
            QVERIFY(!o.value(QStringLiteral("reason")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("reporter")).toString() == m_s.reporter1
                    || o.value(QStringLiteral("reporter")).toString() == m_s.reporter2);
            const QString sender = o.value(QStringLiteral("user_id")).toString();
            QVERIFY(sender == m_s.spammer || sender == m_s.bystander);
            events << o.value(QStringLiteral("event_id")).toString();
        }
        events.sort();
        QStringList expected = m_s.spamA + QStringList { m_s.spamA.first(), m_s.calmA.first() };
        expected.sort();
        QCOMPARE(events, expected);

        // All kinds about the spammer: 9 event reports and 2 user reports.
        r = cli({ QStringLiteral("reports"), QStringLiteral("list"), QStringLiteral("--user"), m_s.spammer,
                  QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        a = jsonOf(r);
        int users = 0;
        for (const QJsonValue &v : a) {
            QCOMPARE(v.toObject().value(QStringLiteral("user_id")).toString(), m_s.spammer);
            users += v.toObject().value(QStringLiteral("kind")).toString() == u"user";
        }
        QCOMPARE(a.size(), 11);
        QCOMPARE(users, 2);

        // CSV: a header and one row per report.
        r = cli({ QStringLiteral("reports"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("user"),
                  QStringLiteral("--user"), m_s.spammer });
        QCOMPARE(r.exitCode, 0);
        const QList<QStringList> rows = UsersTest::parseCsvWithPython(r.out.toUtf8());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.first().mid(0, 5), (QStringList { "id", "kind", "received", "reporter", "user_id" }));
        QCOMPARE(rows.at(1).at(4), m_s.spammer);

        // Usage errors: exit 2 with one line.
        r = cli(
            { QStringLiteral("reports"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("room") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--kind")));
    }

    void cliShowDoesNotDownloadMedia()
    {
        const QList<QJsonObject> reports = serverReports(
            *m_f, false, { { QStringLiteral("room_id"), m_s.roomA }, { QStringLiteral("user_id"), m_s.reporter1 } });
        qint64 imageReport = -1;
        for (const QJsonObject &o : reports) {
            if (o.value(QStringLiteral("event_id")).toString() == m_s.imageEvent) {
                imageReport = o.value(QStringLiteral("id")).toInteger();
            }
        }
        QVERIFY(imageReport >= 0);
        // Through a logging proxy (no faults): every request the CLI sends is recorded.
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("proxy.jsonl"));
        QProcess proxy;
        proxy.start(QStringLiteral("python3"),
                    { QStringLiteral(STEWARD_FAULTPROXY), QStringLiteral("--upstream"), m_server.baseUrl.toString(),
                      QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--log"), log });
        QVERIFY(proxy.waitForReadyRead(30000));
        const int port = QString::fromUtf8(proxy.readLine()).trimmed().toInt();
        QVERIFY(port > 0);
        const Run r = cli({ QStringLiteral("reports"), QStringLiteral("show"), QString::number(imageReport) },
                          QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        proxy.terminate();
        proxy.waitForFinished();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("abusive.png")), qPrintable(r.out));
        QVERIFY(r.out.contains(m_s.imageMxc + QString()) || r.out.contains(m_s.imageMxc));
        QVERIFY(r.out.contains(QStringLiteral("not downloaded")));
        QVERIFY(r.out.contains(QStringLiteral("> "))); // the context, with the reported event marked
        QVERIFY(r.out.contains(QStringLiteral("buy cheap stuff")));
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray requests = f.readAll();
        QVERIFY(requests.contains("event_reports")); // the log does record the CLI's requests
        QVERIFY2(!requests.contains("/media/"), requests.constData());
    }

    void dismissRemovesExactlyTheChosen()
    {
        const QList<QJsonObject> before = serverReports(*m_f, false, { { QStringLiteral("room_id"), m_s.roomB } });
        QCOMPARE(before.size(), 4);
        const QString first = QString::number(before.at(0).value(QStringLiteral("id")).toInteger());
        const QString third = QString::number(before.at(2).value(QStringLiteral("id")).toInteger());
        Run r = cli({ QStringLiteral("reports"), QStringLiteral("dismiss"), first, third });
        QCOMPARE(r.exitCode, 2); // not confirmed
        QVERIFY(r.out.contains(QStringLiteral("would dismiss event report ") + first));
        QCOMPARE(serverReports(*m_f, false, { { QStringLiteral("room_id"), m_s.roomB } }).size(), 4);

        r = cli({ QStringLiteral("reports"), QStringLiteral("dismiss"), first, QStringLiteral("event:") + third,
                  QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> after = serverReports(*m_f, false, { { QStringLiteral("room_id"), m_s.roomB } });
        QCOMPARE(
            keysOf(after, QStringLiteral("event")),
            (QStringList {
                QStringLiteral("event:") + QString::number(before.at(1).value(QStringLiteral("id")).toInteger()),
                QStringLiteral("event:") + QString::number(before.at(3).value(QStringLiteral("id")).toInteger()) }));

        // A user report, and one that no longer exists (exit 1, the other still dismissed).
        const QList<QJsonObject> mistakes =
            serverReports(*m_f, true, { { QStringLiteral("target_user_id"), m_s.bystander } });
        QCOMPARE(mistakes.size(), 1);
        r = cli({ QStringLiteral("reports"), QStringLiteral("dismiss"), QStringLiteral("--kind"),
                  QStringLiteral("user"), QString::number(mistakes.first().value(QStringLiteral("id")).toInteger()),
                  QStringLiteral("event:") + first, QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("event report ") + first));
        QVERIFY(serverReports(*m_f, true, { { QStringLiteral("target_user_id"), m_s.bystander } }).isEmpty());
        QCOMPARE(serverReports(*m_f, true, { { QStringLiteral("target_user_id"), m_s.spammer } }).size(), 2);
    }

    void watcherReportsEachOnceAcrossRuns()
    {
        QTemporaryDir home;
        const QStringList once { QStringLiteral("reports"), QStringLiteral("watch"), QStringLiteral("--once") };
        Run r = cli(once, {}, home.path());
        QCOMPARE(r.exitCode, 0);
        const int mine = int(serverReports(*m_f, false, { { QStringLiteral("user_id"), m_s.reporter1 } }).size()
                             + serverReports(*m_f, false, { { QStringLiteral("user_id"), m_s.reporter2 } }).size()
                             + serverReports(*m_f, true, { { QStringLiteral("user_id"), m_s.reporter1 } }).size()
                             + serverReports(*m_f, true, { { QStringLiteral("user_id"), m_s.reporter2 } }).size());
        QCOMPARE(scenarioLines(r.out), mine); // first run: everything is new

        r = cli(once, {}, home.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(scenarioLines(r.out), 0); // nothing new since

        QVERIFY(reportEvent(*m_f, m_s.reporter2Token, m_s.roomB, m_s.spamB.last(), QStringLiteral("new one")));
        QVERIFY(reportUser(*m_f, m_s.reporter1Token, m_s.bystander, QStringLiteral("new user report")));
        r = cli(once, {}, home.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(scenarioLines(r.out), 2);
        QVERIFY(r.out.contains(QStringLiteral("new one")));
        QVERIFY(r.out.contains(QStringLiteral("new user report")));
        r = cli(once, {}, home.path());
        QCOMPARE(scenarioLines(r.out), 0);

        // Another data directory is another state: everything is new there.
        QTemporaryDir other;
        r = cli(once, {}, other.path());
        QCOMPARE(scenarioLines(r.out), mine + 2);

        // Unreachable server: exit 3.
        r = cli(once, QUrl(QStringLiteral("http://127.0.0.1:9")), home.path());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    }

    void redactAnswerLostIsVerified()
    {
        // The answer to starting the task is lost (the proxy resets the connection after the
        // server got the request): the task list tells that it started, and it is followed.
        QString token;
        const QString user = m_f->createUser(QStringLiteral("lost"), &token);
        QVERIFY(!user.isEmpty());
        const QString room = m_f->createRoom(token, { { QStringLiteral("preset"), QStringLiteral("public_chat") } });
        QVERIFY(!room.isEmpty());
        QVERIFY(!text(*m_f, token, room, QStringLiteral("one")).isEmpty());
        QVERIFY(!text(*m_f, token, room, QStringLiteral("two")).isEmpty());
        QProcess proxy;
        proxy.start(QStringLiteral("python3"),
                    { QStringLiteral(STEWARD_FAULTPROXY), QStringLiteral("--upstream"), m_server.baseUrl.toString(),
                      QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--match"),
                      QStringLiteral("/redact$"), QStringLiteral("--script"), QStringLiteral("reset_after") });
        QVERIFY(proxy.waitForReadyRead(30000));
        const int port = QString::fromUtf8(proxy.readLine()).trimmed().toInt();
        QVERIFY(port > 0);
        const Run r = cli({ QStringLiteral("users"), QStringLiteral("redact"), user, QStringLiteral("--room"), room,
                            QStringLiteral("--yes") },
                          QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        proxy.terminate();
        proxy.waitForFinished();
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("verified on the server")), qPrintable(r.out));
        int n = 0;
        QVERIFY(allRedacted(roomMessages(*m_f, room), user, &n));
        QCOMPARE(n, 2);
    }

    void redactLimitedToRoomsThenEverywhere()
    {
        Run r =
            cli({ QStringLiteral("users"), QStringLiteral("redact"), m_s.spammer, QStringLiteral("--room"), m_s.roomA,
                  QStringLiteral("--room"), m_s.roomB, QStringLiteral("--reason"), QStringLiteral("spam") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(m_s.roomA), qPrintable(r.out + r.err));
        QVERIFY(noneRedacted(roomMessages(*m_f, m_s.roomA), m_s.spammer));

        r = cli({ QStringLiteral("users"), QStringLiteral("redact"), m_s.spammer, QStringLiteral("--room"), m_s.roomA,
                  QStringLiteral("--room"), m_s.roomB, QStringLiteral("--reason"), QStringLiteral("spam"),
                  QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("done ") + m_s.roomA));
        QVERIFY(r.out.contains(QStringLiteral("done ") + m_s.roomB));
        int n = 0;
        QVERIFY(allRedacted(roomMessages(*m_f, m_s.roomA), m_s.spammer, &n));
        QCOMPARE(n, 4);
        QVERIFY(allRedacted(roomMessages(*m_f, m_s.roomB), m_s.spammer, &n));
        QCOMPARE(n, 3);
        QVERIFY(noneRedacted(roomMessages(*m_f, m_s.roomC), m_s.spammer)); // not asked for
        QVERIFY(noneRedacted(roomMessages(*m_f, m_s.roomA), m_s.bystander));
        QVERIFY(noneRedacted(roomMessages(*m_f, m_s.roomB), m_s.bystander));

        // Every room (no --room): room C too, still nobody else's.
        r = cli({ QStringLiteral("users"), QStringLiteral("redact"), m_s.spammer, QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(allRedacted(roomMessages(*m_f, m_s.roomC), m_s.spammer, &n));
        QCOMPARE(n, 3);
        for (const QString &room : { m_s.roomA, m_s.roomB, m_s.roomC }) {
            QVERIFY(noneRedacted(roomMessages(*m_f, room), m_s.bystander));
        }

        // Bad input: exit 2.
        r = cli(
            { QStringLiteral("users"), QStringLiteral("redact"), QStringLiteral("nobody"), QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
