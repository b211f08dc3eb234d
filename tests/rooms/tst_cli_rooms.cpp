// steward-cli rooms list as a script would run it against the real Synapse: CSV (with the formula
// guard) and JSON parsed back and compared with the server's rooms. rooms delete: plan, --yes, Ctrl-C
// (the report matches the server room by room) and --resume.
#include "clirunner.h"
#include "csvreader.h"
#include "operation/operationjournal.h"
#include "rooms/roomdeletionrun.h"
#include "roomstesthelper.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <csignal>

class TestCliRooms : public QObject
{
    Q_OBJECT

    using Run = StewardTest::CliRun;
    static Run cli(const StewardTest::TestServer &server, const QStringList &args)
    {
        return StewardTest::runCli(QStringList { QStringLiteral("--homeserver"), server.baseUrl.toString() } + args,
                                   { { { QStringLiteral("STEWARD_ACCESS_TOKEN"), server.adminToken } }, {}, 120000 });
    }

    static QList<QStringList> parseCsv(const QString &text) { return StewardTest::parseCsv(text); }

private Q_SLOTS:
    void csvListsEveryMatchingRoom()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        const Run r = cli(
            server,
            { QStringLiteral("rooms"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("seed") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(r.outBytes));
        QVERIFY(rows.size() > 1);
        const QStringList header = rows.first();
        QCOMPARE(header,
                 QString::fromLatin1("name,canonical_alias,room_id,joined_members,joined_local_members,version,creator,"
                                     "encryption,federatable,public,join_rules,state_events,type")
                     .split(u','));
        const QJsonObject seeded = server.seed.value(QStringLiteral("rooms")).toObject();
        QSet<QString> expected;
        for (auto it = seeded.begin(); it != seeded.end(); ++it) {
            expected.insert(it.value().toString());
        }
        QSet<QString> got;
        const int idCol = int(header.indexOf(QStringLiteral("room_id")));
        for (int i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).size(), header.size());
            got.insert(rows.at(i).at(idCol));
        }
        QCOMPARE(got, expected);
        const QString spaceId = seeded
                                    .value(server.seed.value(QStringLiteral("room_kinds"))
                                               .toObject()
                                               .value(QStringLiteral("space"))
                                               .toString())
                                    .toString();
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows.at(i);
            QCOMPARE(row.at(header.indexOf(QStringLiteral("type"))),
                     row.at(idCol) == spaceId ? QStringLiteral("space") : QStringLiteral("room"));
            // The creator is a well-formed user ID: written as is, like in the users export.
            QVERIFY(row.at(header.indexOf(QStringLiteral("creator"))).startsWith(QLatin1Char('@')));
            bool ok = false;
            row.at(header.indexOf(QStringLiteral("joined_members"))).toInt(&ok);
            QVERIFY(ok);
        }
    }

    void formulaNamesAreGuardedInCsvAndExactInJson()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        RoomsTest::Fixture f(server);
        QString token;
        QVERIFY(!f.createUser(QStringLiteral("rooms-cli"), &token).isEmpty());
        const QString marker = RoomsTest::unique(QStringLiteral("roomscli"));
        const QString hostile = QStringLiteral("=HYPERLINK(\"http://x\",\"%1\"), \"quoted\"").arg(marker);
        const QString roomId = f.createRoom(token, { { QStringLiteral("name"), hostile } });
        QVERIFY(!roomId.isEmpty());

        Run r = cli(server, { QStringLiteral("rooms"), QStringLiteral("list"), QStringLiteral("--search"), marker });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(r.outBytes));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(0), QStringLiteral("'") + hostile);
        QCOMPARE(rows.at(1).at(2), roomId);

        r = cli(server,
                { QStringLiteral("rooms"), QStringLiteral("list"), QStringLiteral("--search"), marker,
                  QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.outBytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 1);
        const QJsonObject room = doc.array().first().toObject();
        QCOMPARE(room.value(QStringLiteral("name")).toString(), hostile);
        QCOMPARE(room.value(QStringLiteral("room_id")).toString(), roomId);
        QCOMPARE(room.value(QStringLiteral("joined_members")).toInt(), 1);
        QVERIFY(room.value(QStringLiteral("public")).isBool());
        QVERIFY(room.value(QStringLiteral("canonical_alias")).isNull());
        QCOMPARE(room.value(QStringLiteral("type")).toString(), QStringLiteral("room"));
    }

    void jsonListsAllRoomsAcrossPages()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        const Run r = cli(
            server,
            { QStringLiteral("rooms"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray rooms = QJsonDocument::fromJson(r.outBytes).array();
        QVERIFY(rooms.size() >= server.seed.value(QStringLiteral("rooms")).toObject().size());
        QSet<QString> ids;
        for (const QJsonValue &v : rooms) {
            ids.insert(v.toObject().value(QStringLiteral("room_id")).toString());
        }
        for (const QJsonValue &id : server.seed.value(QStringLiteral("rooms")).toObject()) {
            QVERIFY(ids.contains(id.toString()));
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("no subcommand") << QStringList { QStringLiteral("rooms") }
                                       << QStringLiteral("needs a subcommand");
        QTest::newRow("unknown subcommand") << QStringList { QStringLiteral("rooms"), QStringLiteral("purge") }
                                            << QStringLiteral("unknown rooms subcommand");
        QTest::newRow("bad format") << QStringList { QStringLiteral("rooms"), QStringLiteral("list"),
                                                     QStringLiteral("--format"), QStringLiteral("xml") }
                                    << QStringLiteral("--format csv or --format json");
        QTest::newRow("empty search") << QStringList { QStringLiteral("rooms"), QStringLiteral("list"),
                                                       QStringLiteral("--search"), QStringLiteral(" ") }
                                      << QStringLiteral("--search needs a term");
        QTest::newRow("stray argument") << QStringList { QStringLiteral("rooms"), QStringLiteral("list"),
                                                         QStringLiteral("two"), QStringLiteral("words") }
                                        << QStringLiteral("takes no arguments");
    }
    void deleteRoomsPlanConfirmRunAndResume()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        RoomsTest::Fixture f(server);
        QString token;
        QVERIFY(!f.createUser(QStringLiteral("roomdel-cli"), &token).isEmpty());
        QStringList rooms;
        for (int i = 0; i < 3; ++i) {
            rooms << f.createRoom(token,
                                  { { QStringLiteral("name"), RoomsTest::unique(QStringLiteral("roomdel-cli")) } });
            QVERIFY(!rooms.last().isEmpty());
        }
        QTemporaryDir home; // journals go to $XDG_DATA_HOME/steward/journals: this test's own
        QVERIFY(home.isValid());
        const StewardTest::CliOptions options { { { QStringLiteral("STEWARD_ACCESS_TOKEN"), server.adminToken },
                                                  { QStringLiteral("XDG_DATA_HOME"), home.path() } },
                                                {},
                                                180000 };
        auto run = [&](const QStringList &args) {
            return StewardTest::runCli(QStringList { QStringLiteral("--homeserver"), server.baseUrl.toString(),
                                                     QStringLiteral("rooms"), QStringLiteral("delete") }
                                           + args,
                                       options);
        };
        auto status = [&](const QString &roomId) {
            return f.get(u"/_synapse/admin/v1/rooms/{}", { roomId }).status;
        };

        // Something that is not a room ID: exit 2, nothing deleted.
        Run r = run({ rooms.at(0), QStringLiteral("lobby") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("1 argument is not a room ID")), qPrintable(r.err));
        QCOMPARE(status(rooms.at(0)), 200);

        // Without --yes: the plan, exit 2, nothing deleted.
        const QString missing =
            QStringLiteral("!roomdelclimissing%1:%2").arg(QCoreApplication::applicationPid()).arg(server.serverName);
        r = run({ rooms.at(0), rooms.at(1), missing });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(QStringLiteral("delete  %1").arg(rooms.at(0))), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("skip    %1  No such room").arg(missing)));
        // "rooms" once the English plural forms are in the catalogue, "room(s)" before
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("2 room(s|\\(s\\)) to delete, 1 skipped"))),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("add --yes")), qPrintable(r.err));
        QCOMPARE(status(rooms.at(0)), 200);
        QCOMPARE(status(rooms.at(1)), 200);

        // With --yes: both deleted (done once the server says complete), the missing one skipped: exit 0.
        r = run({ rooms.at(0), rooms.at(1), missing, QStringLiteral("--block"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("done           %1  Deleted (task").arg(rooms.at(0))),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("2 done, 1 skipped")));
        QCOMPARE(status(rooms.at(0)), 404);
        QCOMPARE(status(rooms.at(1)), 404);
        QCOMPARE(
            f.get(u"/_synapse/admin/v1/rooms/{}/block", { rooms.at(1) }).body.value(QStringLiteral("block")).toBool(),
            true);

        // Resume: a journal left by a run that was stopped (rooms 1 done, 2 never sent) is continued.
        const QString dir = home.path() + QStringLiteral("/steward/journals");
        {
            Steward::OperationJournal journal;
            QString error;
            QVERIFY2(journal.create(dir, QLatin1String(Steward::RoomDeletionRun::JournalKind),
                                    server.baseUrl.toString(), Steward::RoomDeleteOptions().toJson(),
                                    { rooms.at(1), rooms.at(2) }, &error),
                     qPrintable(error));
            journal.record(rooms.at(1), { Steward::ItemStatus::Done, QStringLiteral("deleted"), false });
            journal.record(rooms.at(2), { Steward::ItemStatus::NotAttempted, QStringLiteral("stopped"), false });
            journal.end(true);
        }
        r = run({ QStringLiteral("--resume"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.err.contains(QStringLiteral("1 of 2 rooms still to do")), qPrintable(r.err));
        QVERIFY(!r.out.contains(rooms.at(1))); // done before: not touched again
        QVERIFY(r.out.contains(QStringLiteral("1 done")));
        QCOMPARE(status(rooms.at(2)), 404);
        // Nothing is left to resume.
        r = run({ QStringLiteral("--resume"), QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no unfinished room deletion")), qPrintable(r.err));
    }

    void deleteCtrlCReportsExactlyWhatWasDone()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        RoomsTest::Fixture f(server);
        QString token;
        QVERIFY(!f.createUser(QStringLiteral("roomdel-cli-int"), &token).isEmpty());
        QStringList rooms;
        for (int i = 0; i < 6; ++i) {
            rooms << f.createRoom(token,
                                  { { QStringLiteral("name"), RoomsTest::unique(QStringLiteral("roomdel-int")) } });
            QVERIFY(!rooms.last().isEmpty());
        }
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString journals = home.path() + QStringLiteral("/steward/journals");
        auto settledInJournal = [&journals]() {
            int n = 0;
            for (const QFileInfo &fi : QDir(journals).entryInfoList({ QStringLiteral("room-delete-*.jsonl") })) {
                QFile file(fi.filePath());
                if (file.open(QIODevice::ReadOnly)) {
                    n += int(file.readAll().count("\"type\":\"item\""));
                }
            }
            return n;
        };
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_ACCESS_TOKEN"), server.adminToken);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        p.setProcessEnvironment(env);
        p.setProgram(StewardTest::cliPath());
        p.setArguments(QStringList { QStringLiteral("--homeserver"), server.baseUrl.toString(), QStringLiteral("rooms"),
                                     QStringLiteral("delete"), QStringLiteral("--concurrency"), QStringLiteral("1"),
                                     QStringLiteral("--yes") }
                       + rooms);
        p.start();
        QVERIFY(p.waitForStarted());
        // Ctrl-C once the first room is settled: whatever was sent by then is followed and reported.
        QTRY_VERIFY_WITH_TIMEOUT(settledInJournal() >= 1 || p.state() == QProcess::NotRunning, 60000);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), SIGINT);
        QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 60000);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("Stopping")), qPrintable(err));
        int done = 0;
        int notAttempted = 0;
        for (const QString &room : std::as_const(rooms)) {
            const int status = f.get(u"/_synapse/admin/v1/rooms/{}", { room }).status;
            if (out.contains(QStringLiteral("done           %1").arg(room))) {
                ++done;
                QCOMPARE(status, 404); // reported done: gone on the server
            } else {
                QVERIFY2(out.contains(QStringLiteral("not-attempted  %1").arg(room)), qPrintable(out));
                ++notAttempted;
                QCOMPARE(status, 200); // reported not attempted: untouched, no deletion task
                QCOMPARE(f.get(u"/_synapse/admin/v2/rooms/{}/delete_status", { room }).status, 404);
            }
        }
        QVERIFY(done >= 1);
        QVERIFY(notAttempted >= 1);
        QVERIFY2(out.contains(QStringLiteral("%1 done").arg(done)), qPrintable(out));
        QVERIFY2(err.contains(QStringLiteral("--resume")), qPrintable(err));

        // --resume --yes deletes the rest.
        const StewardTest::CliRun again =
            StewardTest::runCli({ QStringLiteral("--homeserver"), server.baseUrl.toString(), QStringLiteral("rooms"),
                                  QStringLiteral("delete"), QStringLiteral("--resume"), QStringLiteral("--yes") },
                                { { { QStringLiteral("STEWARD_ACCESS_TOKEN"), server.adminToken },
                                    { QStringLiteral("XDG_DATA_HOME"), home.path() } },
                                  {},
                                  180000 });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
        QVERIFY2(again.out.contains(QStringLiteral("%1 done").arg(notAttempted)), qPrintable(again.out));
        for (const QString &room : std::as_const(rooms)) {
            QCOMPARE(f.get(u"/_synapse/admin/v1/rooms/{}", { room }).status, 404);
        }
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, errorContains);
        STEWARD_REQUIRE_TEST_SERVER(server);
        const Run r = cli(server, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(errorContains), qPrintable(r.err));
        QVERIFY(r.outBytes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliRooms)
#include "tst_cli_rooms.moc"
