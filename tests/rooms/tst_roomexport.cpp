// RoomExport and "steward-cli rooms export" against the real Synapse: the export equals the rooms an
// independent listing of the admin API gives (CSV and JSON, across many pages), a cancelled export
// says how far it got and leaves no file, and the CLI's options and exit codes.
#include "csvreader.h"
#include "rooms/roomexport.h"
#include "roomstesthelper.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Steward;
using namespace RoomsTest;

class TestRoomExport : public QObject
{
    Q_OBJECT

    static constexpr int kRooms = 7;
    QString m_marker;
    QSet<QString> m_ids;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    static Run cli(const StewardTest::TestServer &server, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_ACCESS_TOKEN"), server.adminToken);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("STEWARD_CLI"),
                QStringList { QStringLiteral("--homeserver"), server.baseUrl.toString() } + args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// Every room the admin API lists (raw requests, small pages; independent of RoomsApi) as
    /// room_id -> name.
    static QHash<QString, QString> serverRooms(Fixture &f, const QString &search = {})
    {
        QHash<QString, QString> rooms;
        int from = 0;
        for (int guard = 0; guard < 10000; ++guard) {
            auto req = ApiRequest::get(u"/_synapse/admin/v1/rooms");
            req.addQuery(QStringLiteral("from"), from).addQuery(QStringLiteral("limit"), 50);
            if (!search.isEmpty()) {
                req.addQuery(QStringLiteral("search_term"), search);
            }
            const Raw r = rawCall(f.admin, req);
            if (r.status != 200) {
                qWarning() << "listing rooms failed:" << r.error;
                return {};
            }
            for (const QJsonValue &v : r.body.value(QStringLiteral("rooms")).toArray()) {
                const QJsonObject o = v.toObject();
                rooms.insert(o.value(QStringLiteral("room_id")).toString(), o.value(QStringLiteral("name")).toString());
            }
            if (!r.body.contains(QStringLiteral("next_batch"))) {
                break;
            }
            from = r.body.value(QStringLiteral("next_batch")).toInt();
        }
        return rooms;
    }

    static QList<QStringList> parseCsv(const QString &text) { return StewardTest::parseCsv(text); }

    /// room_id -> name from a CSV export (names unguarded again: ours start with a letter).
    static QHash<QString, QString> fromCsv(const QByteArray &data)
    {
        QHash<QString, QString> rooms;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(data));
        if (rows.isEmpty()) {
            return rooms;
        }
        const int id = int(rows.first().indexOf(QStringLiteral("room_id")));
        const int name = int(rows.first().indexOf(QStringLiteral("name")));
        for (int i = 1; i < rows.size(); ++i) {
            if (rooms.contains(rows.at(i).at(id))) {
                qWarning() << "room written twice:" << rows.at(i).at(id);
                return {};
            }
            rooms.insert(rows.at(i).at(id), rows.at(i).at(name));
        }
        return rooms;
    }

    static QHash<QString, QString> fromJson(const QByteArray &data, bool *ok)
    {
        QHash<QString, QString> rooms;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        *ok = error.error == QJsonParseError::NoError && doc.isArray();
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject o = v.toObject();
            if (rooms.contains(o.value(QStringLiteral("room_id")).toString())) {
                *ok = false;
            }
            rooms.insert(o.value(QStringLiteral("room_id")).toString(), o.value(QStringLiteral("name")).toString());
        }
        return rooms;
    }

    static QByteArray exportToBuffer(ApiService &api, const RoomListQuery &query, RoomExport::Format format,
                                     int pageSize, RoomExport::Status *status, int *pages = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        RoomExport job(&api);
        job.setQuery(query);
        job.setFormat(format);
        job.setPageSize(pageSize);
        QSignalSpy finished(&job, &Operation::finished);
        job.start(&buffer);
        finished.wait(120000);
        *status = finished.size() == 1 ? job.status() : RoomExport::Status::None;
        if (pages) {
            *pages = job.pagesRead();
        }
        return buffer.data();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("STEWARD_CLI"));
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QString token;
        QVERIFY(!f.createUser(QStringLiteral("rooms-export"), &token).isEmpty());
        m_marker = unique(QStringLiteral("roomexport"));
        for (int i = 0; i < kRooms; ++i) {
            // A comma and quotes in every name: the CSV must quote them.
            const QString id = f.createRoom(
                token, { { QStringLiteral("name"), QStringLiteral("%1 room %2, \"quoted\"").arg(m_marker).arg(i) } });
            QVERIFY(!id.isEmpty());
            m_ids.insert(id);
        }
    }

    void csvAcrossPagesEqualsTheServersRooms()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        const QHash<QString, QString> expected = serverRooms(f, m_marker);
        QCOMPARE(QSet<QString>(expected.keyBegin(), expected.keyEnd()), m_ids);

        RoomListQuery query;
        query.searchTerm = m_marker;
        RoomExport::Status status;
        int pages = 0;
        const QByteArray csv = exportToBuffer(f.admin, query, RoomExport::Format::Csv, 3, &status, &pages);
        QCOMPARE(status, RoomExport::Status::Succeeded);
        QCOMPARE(pages, 3); // 3 + 3 + 1
        QCOMPARE(fromCsv(csv), expected);
        QVERIFY(csv.startsWith("name,canonical_alias,room_id,joined_members,"));
    }

    void jsonOfEveryRoomEqualsTheServersRooms()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        // Other tests create, rename and delete rooms meanwhile: every room listed before and after
        // is in the export (with its name when the name did not change in between), and nothing
        // else than what was listed before or after.
        const QHash<QString, QString> before = serverRooms(f);
        RoomExport::Status status;
        const QByteArray json = exportToBuffer(f.admin, {}, RoomExport::Format::Json, 10, &status);
        const QHash<QString, QString> after = serverRooms(f);
        QCOMPARE(status, RoomExport::Status::Succeeded);
        bool ok = false;
        const QHash<QString, QString> got = fromJson(json, &ok);
        QVERIFY2(ok, json.left(200).constData());
        QVERIFY(got.size() >= kRooms);
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (after.contains(it.key())) {
                QVERIFY2(got.contains(it.key()), qPrintable(it.key()));
                if (after.value(it.key()) == it.value()) {
                    QCOMPARE(got.value(it.key()), it.value());
                }
            }
        }
        for (auto it = got.begin(); it != got.end(); ++it) {
            QVERIFY2(before.contains(it.key()) || after.contains(it.key()), qPrintable(it.key()));
        }
    }

    void cancelSaysHowFarItGotAndLeavesNoFile()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rooms.csv"));
        RoomExport job(&f.admin);
        RoomListQuery query;
        query.searchTerm = m_marker;
        job.setQuery(query);
        job.setPageSize(2);
        connect(&job, &Operation::itemSettled, &job, [&job](int page) {
            if (page == 0) {
                job.cancel(); // after the first page of two rooms
            }
        });
        QSignalSpy finished(&job, &Operation::finished);
        QVERIFY(job.start(path));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.status(), RoomExport::Status::Cancelled);
        QCOMPARE(job.rowsWritten(), 2);
        QCOMPARE(job.total(), kRooms);
        QCOMPARE(job.summary(),
                 QStringLiteral("Export cancelled after 2 of %1 rooms; no file was written.").arg(kRooms));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).isEmpty()); // no temporary file left either
        QVERIFY(job.isCancelled());
        QCOMPARE(job.progress().done, 2);
        QCOMPARE(job.progress().total, kRooms);
        QCOMPARE(job.pagesRead(), 1); // no request for the second page went out
    }

    void cliExportsToAFileInBothFormats()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QTemporaryDir dir;
        const QHash<QString, QString> expected = serverRooms(f, m_marker);
        const QString csvPath = dir.filePath(QStringLiteral("rooms.csv"));
        Run r = cli(server,
                    { QStringLiteral("rooms"), QStringLiteral("export"), QStringLiteral("--search"), m_marker,
                      QStringLiteral("--output"), csvPath });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QString::fromUtf8(r.out).trimmed(),
                 QStringLiteral("Exported %1 rooms to %2.").arg(kRooms).arg(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(fromCsv(csv.readAll()), expected);

        const QString jsonPath = dir.filePath(QStringLiteral("rooms.json"));
        r = cli(server,
                { QStringLiteral("rooms"), QStringLiteral("export"), QStringLiteral("--search"), m_marker,
                  QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), jsonPath });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        bool ok = false;
        QCOMPARE(fromJson(json.readAll(), &ok), expected);
        QVERIFY(ok);

        // Without --output: standard output, the summary on standard error.
        r = cli(server,
                { QStringLiteral("rooms"), QStringLiteral("export"), QStringLiteral("--search"), m_marker,
                  QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fromJson(r.out, &ok), expected);
        QVERIFY(ok);
        QVERIFY2(r.err.contains(QStringLiteral("Exported %1 rooms.").arg(kRooms)), qPrintable(r.err));
    }

    void cliUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("bad format") << QStringList { QStringLiteral("rooms"), QStringLiteral("export"),
                                                     QStringLiteral("--format"), QStringLiteral("xml") }
                                    << QStringLiteral("--format csv or --format json");
        QTest::newRow("empty output") << QStringList { QStringLiteral("rooms"), QStringLiteral("export"),
                                                       QStringLiteral("--output"), QString() }
                                      << QStringLiteral("--output needs a file name");
        QTest::newRow("list has no output") << QStringList { QStringLiteral("rooms"), QStringLiteral("list"),
                                                             QStringLiteral("--output"), QStringLiteral("x.csv") }
                                            << QStringLiteral("rooms export --output FILE");
        QTest::newRow("positional file") << QStringList { QStringLiteral("rooms"), QStringLiteral("export"),
                                                          QStringLiteral("rooms.csv") }
                                         << QStringLiteral("name the file with --output FILE");
        QTest::newRow("unwritable") << QStringList { QStringLiteral("rooms"), QStringLiteral("export"),
                                                     QStringLiteral("--output"),
                                                     QStringLiteral("/nonexistent-dir/rooms.csv") }
                                    << QStringLiteral("Choose a folder you can write to");
    }
    void cliUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, errorContains);
        STEWARD_REQUIRE_TEST_SERVER(server);
        const Run r = cli(server, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(errorContains), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoomExport)
#include "tst_roomexport.moc"
