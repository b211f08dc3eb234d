// steward-cli bulk-join against a fake Synapse: a run killed mid-way and resumed joins every pair
// exactly once; Ctrl-C and failures leave a resumable run; standard input lists; dry run (with its
// report); input bounds, duplicates and ID lengths; the report path checked before anything is sent;
// damaged journals named, never used; usage errors.
#include "clirunner.h"
#include "fakesynapse.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace StewardTest;

class TestCliBulkJoinFake : public QObject
{
    Q_OBJECT

    FakeHttpServer *m_server = nullptr;
    std::unique_ptr<FakeSynapse> m_synapse;
    std::unique_ptr<QTemporaryDir> m_dir;

    using Run = StewardTest::CliRun;

    QMap<QString, QString> cliEnv() const
    {
        return { { QStringLiteral("STEWARD_ACCESS_TOKEN"), QStringLiteral("syt_fake_token_for_tests_only") },
                 { QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")) } };
    }

    QStringList cliArgs(const QStringList &args) const
    {
        return QStringList { QStringLiteral("--homeserver"), m_server->url().toString(), QStringLiteral("bulk-join") }
        + args;
    }

    /// A steward-cli started, not awaited (the test interrupts it).
    void prepare(QProcess &p, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const auto vars = cliEnv();
        for (auto it = vars.cbegin(); it != vars.cend(); ++it) {
            env.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(env);
        p.setProgram(StewardTest::cliPath());
        p.setArguments(cliArgs(args));
    }

    /// Runs the CLI while this process's event loop serves the fake server.
    Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        return StewardTest::runCli(cliArgs(args), { cliEnv(), stdinData, 60000 });
    }

    QString writeFile(const QString &name, const QString &text)
    {
        QFile f(m_dir->filePath(name));
        if (!f.open(QIODevice::WriteOnly)) {
            return {};
        }
        f.write(text.toUtf8());
        return f.fileName();
    }

    int journalResults() const
    {
        int n = 0;
        QDirIterator it(m_dir->filePath(QStringLiteral("data")), { QStringLiteral("bulkjoin-*.jsonl") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                n += int(f.readAll().count("\"type\":\"result\""));
            }
        }
        return n;
    }

    QString usersText(int n) const
    {
        QStringList lines;
        for (int i = 0; i < n; ++i) {
            // Half bare localparts (expand to the server's domain), half full IDs.
            lines << (i % 2 ? m_synapse->uid(i) : m_synapse->uid(i).mid(1).section(QLatin1Char(':'), 0, 0));
        }
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY2(QFile::exists(StewardTest::cliPath()), qPrintable(StewardTest::cliPath()));
        m_server = new FakeHttpServer(this);
        QVERIFY(m_server->listen());
        m_synapse = std::make_unique<FakeSynapse>();
        m_synapse->populate(60, 5);
        m_synapse->aliases.insert(QStringLiteral("#r0:fake.test"), m_synapse->roomId(0));
        m_synapse->attach(m_server);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { delete m_server; }

    void killedRunResumesEveryPairOnce()
    {
        m_synapse->joinDelayMs = 25;
        const QString users = writeFile(QStringLiteral("users.txt"), usersText(60));
        QStringList rooms { QStringLiteral("#r0:fake.test") };
        for (int i = 1; i < 5; ++i) {
            rooms << m_synapse->roomId(i);
        }
        const QString roomsFile = writeFile(QStringLiteral("rooms.txt"), rooms.join(QLatin1Char(',')));
        const QStringList args { QStringLiteral("--users"),       users,
                                 QStringLiteral("--rooms"),       roomsFile,
                                 QStringLiteral("--concurrency"), QStringLiteral("4") };

        QProcess p;
        prepare(p, args);
        p.start();
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(journalResults() >= 60 || p.state() == QProcess::NotRunning, 30000);
        QCOMPARE(p.state(), QProcess::Running); // still mid-run
        p.kill();
        QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 10000);
        QTest::qWait(200); // requests it had out reach the server
        int joinedBefore = 0;
        for (const int n : std::as_const(m_synapse->joinCount)) {
            joinedBefore += n;
        }
        QVERIFY(joinedBefore >= 60 && joinedBefore < 300);

        const QString report = m_dir->filePath(QStringLiteral("report.csv"));
        const Run r = cli(args + QStringList { QStringLiteral("--resume"), QStringLiteral("--report"), report });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.err.contains(QStringLiteral("Resuming")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("failed 0, not attempted 0")));
        QCOMPARE(m_synapse->joinCount.size(), 300);
        for (auto it = m_synapse->joinCount.cbegin(); it != m_synapse->joinCount.cend(); ++it) {
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        }
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("user_id,room,room_id,outcome,reason\r"));
        QCOMPARE(lines.size(), 302); // header, 300 pairs, empty tail
        QCOMPARE(lines.count(QByteArray()), 1);
        int joined = 0;
        for (const QByteArray &l : lines) {
            joined += l.contains(",joined,") ? 1 : 0;
        }
        QCOMPARE(joined, 300);

        // The job again: everything is already a member, nothing is sent.
        const int before = m_server->requestCount();
        const Run again = cli(args);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("0 to join, 300 already members")), qPrintable(again.out));
        for (int i = before; i < m_server->requestCount(); ++i) {
            QVERIFY(!m_server->requests().at(i).path().startsWith("/_synapse/admin/v1/join/"));
        }
        // Nothing left to resume.
        const Run nothing = cli({ QStringLiteral("--resume") });
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY(nothing.err.contains(QStringLiteral("no unfinished bulk join")));
    }

    void terminateCancelsWithAnExactReport()
    {
        m_synapse->joinDelayMs = 25;
        const QString users = writeFile(QStringLiteral("users.txt"), usersText(60));
        const QString rooms =
            writeFile(QStringLiteral("rooms.txt"), m_synapse->roomId(0) + u'\n' + m_synapse->roomId(1));
        const QString report = m_dir->filePath(QStringLiteral("report.csv"));
        QProcess p;
        prepare(p,
                { QStringLiteral("--users"), users, QStringLiteral("--rooms"), rooms, QStringLiteral("--concurrency"),
                  QStringLiteral("2"), QStringLiteral("--report"), report });
        p.start();
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(journalResults() >= 10 || p.state() == QProcess::NotRunning, 30000);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), SIGINT); // Ctrl-C
        QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 10000);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Bulk join cancelled.")), qPrintable(out));
        int serverJoins = 0;
        for (const int n : std::as_const(m_synapse->joinCount)) {
            serverJoins += n;
        }
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QCOMPARE(int(csv.count(",joined,")), serverJoins);
        QCOMPARE(int(csv.count(",not_attempted,")), 120 - serverJoins);
        // Ctrl-C leaves a resumable run: --resume joins the rest, every pair exactly once.
        const Run again = cli({ QStringLiteral("--resume") });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
        QVERIFY2(again.err.contains(QStringLiteral("Resuming")), qPrintable(again.err));
        QCOMPARE(m_synapse->joinCount.size(), 120);
        for (auto it = m_synapse->joinCount.cbegin(); it != m_synapse->joinCount.cend(); ++it) {
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        }
        const Run nothing = cli({ QStringLiteral("--resume") });
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY(nothing.err.contains(QStringLiteral("no unfinished bulk join")));
    }

    void runWithFailuresCanBeResumed()
    {
        bool refuse = true;
        m_server->setHandler([&](const FakeRequest &req) {
            if (refuse && req.path().startsWith("/_synapse/admin/v1/join/")
                && req.json().value(QStringLiteral("user_id")).toString() == m_synapse->uid(2)) {
                return FakeResponse::json(403,
                                          { { QStringLiteral("errcode"), QStringLiteral("M_FORBIDDEN") },
                                            { QStringLiteral("error"), QStringLiteral("not today") } });
            }
            return m_synapse->handle(req);
        });
        const QString users = writeFile(QStringLiteral("users.txt"), usersText(5));
        const QString rooms = writeFile(QStringLiteral("rooms.txt"), m_synapse->roomId(0));
        const Run first = cli({ QStringLiteral("--users"), users, QStringLiteral("--rooms"), rooms });
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.out.contains(QStringLiteral("not today")), qPrintable(first.out));
        refuse = false;
        const Run again = cli({ QStringLiteral("--resume") });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
        QVERIFY2(again.err.contains(QStringLiteral("1 of 5 pairs still to do")), qPrintable(again.err));
        QCOMPARE(m_synapse->joinCount.value(m_synapse->uid(2) + u' ' + m_synapse->roomId(0)), 1);
        QCOMPARE(m_synapse->joinCount.size(), 5);
    }

    void damagedJournalIsNamedNotUsed()
    {
        const QString users = writeFile(QStringLiteral("users.txt"), usersText(2));
        const QString rooms = writeFile(QStringLiteral("rooms.txt"), m_synapse->roomId(0));
        QCOMPARE(cli({ QStringLiteral("--users"), users, QStringLiteral("--rooms"), rooms }).exitCode, 0);
        QDirIterator it(m_dir->filePath(QStringLiteral("data")), { QStringLiteral("bulkjoin-*.jsonl") }, QDir::Files,
                        QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        const QString journalDir = QFileInfo(it.next()).absolutePath();
        QFile damaged(journalDir + QStringLiteral("/bulkjoin-29990101-000000-000-ffff.jsonl"));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(
            QByteArrayLiteral("{\"type\":\"plan\",\"version\":1,\"base_url\":\"") + m_server->url().toString().toUtf8()
            + QByteArrayLiteral("\",\"admin\":\"@admin:fake.test\",\"make_admin\":[],\"pairs\":[[\"\",\"\",\"\","
                                "\"to_join\",\"\"]]}\n"));
        damaged.close();
        const int before = m_server->requestCount();
        const Run r = cli({ QStringLiteral("--resume") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is damaged")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("no unfinished bulk join")), qPrintable(r.err));
        for (int i = before; i < m_server->requestCount(); ++i) {
            QVERIFY(!m_server->requests().at(i).path().startsWith("/_synapse/admin/v1/join/"));
        }
    }

    void reportPathIsCheckedBeforeAnything()
    {
        const QString users = writeFile(QStringLiteral("users.txt"), usersText(2));
        const QString rooms = writeFile(QStringLiteral("rooms.txt"), m_synapse->roomId(0));
        const Run r = cli({ QStringLiteral("--users"), users, QStringLiteral("--rooms"), rooms,
                            QStringLiteral("--report"), m_dir->filePath(QStringLiteral("no/such/folder/report.csv")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cannot write the report")), qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void dryRunWritesThePreviewReport()
    {
        const QString users = writeFile(QStringLiteral("users.txt"), usersText(3));
        const QString rooms = writeFile(QStringLiteral("rooms.txt"), m_synapse->roomId(0));
        const QString report = m_dir->filePath(QStringLiteral("preview.csv"));
        const Run r = cli({ QStringLiteral("--users"), users, QStringLiteral("--rooms"), rooms,
                            QStringLiteral("--dry-run"), QStringLiteral("--report"), report });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QCOMPARE(int(csv.count(",to_join,")), 3);
        QVERIFY(m_synapse->joinCount.isEmpty());
    }

    void inputIsBoundedAndDuplicatesCollapsed()
    {
        QString list;
        for (int i = 0; i < 1000; ++i) {
            list += QStringLiteral("u0001\n");
        }
        const QString longId = QStringLiteral("@") + QString(300, u'a') + QStringLiteral(":fake.test");
        list += longId + u'\n';
        const QString users = writeFile(QStringLiteral("users.txt"), list);
        const QString rooms =
            writeFile(QStringLiteral("rooms.txt"), m_synapse->roomId(0) + u'\n' + m_synapse->roomId(0));
        const Run r =
            cli({ QStringLiteral("--users"), users, QStringLiteral("--rooms"), rooms, QStringLiteral("--dry-run") });
        QCOMPARE(r.exitCode, 1); // the oversized ID's pairs are skipped
        QVERIFY2(r.out.contains(QStringLiteral("1000 duplicate entries ignored")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("listed 1000 times")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("longer than 255 bytes")), qPrintable(r.out));
        QVERIFY2(r.out.size() < 4000, qPrintable(r.out)); // one line per problem, not per repetition
        for (const auto &req : m_server->requests()) {
            QVERIFY(req.target.size() < 600); // the oversized ID was never sent
        }

        QString huge;
        for (int i = 0; i <= 100000; ++i) {
            huge += QStringLiteral("u%1\n").arg(i);
        }
        const QString hugeFile = writeFile(QStringLiteral("huge.txt"), huge);
        const Run tooMany = cli({ QStringLiteral("--users"), hugeFile, QStringLiteral("--rooms"), rooms });
        QCOMPARE(tooMany.exitCode, 2);
        QVERIFY2(tooMany.err.contains(QStringLiteral("more than 100000 entries")), qPrintable(tooMany.err));
    }

    void stdinDryRunAndProblems()
    {
        const QString rooms =
            writeFile(QStringLiteral("rooms.txt"),
                      QStringLiteral("#r0:fake.test\n#missing:fake.test\n%1").arg(m_synapse->roomId(0)));
        const Run r = cli({ QStringLiteral("--users"), QStringLiteral("-"), QStringLiteral("--rooms"), rooms,
                            QStringLiteral("--dry-run") },
                          QByteArrayLiteral("u0001, @u0002:fake.test @ghost:fake.test\n@x:remote.example u0001"));
        QCOMPARE(r.exitCode, 1); // some pairs would be skipped
        QVERIFY2(r.out.contains(QStringLiteral("Users: 2 valid. Rooms: 1 valid.")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("@ghost:fake.test")));
        QVERIFY(r.out.contains(QStringLiteral("no such user")));
        QVERIFY(r.out.contains(QStringLiteral("remote.example")));
        QVERIFY(r.out.contains(QStringLiteral("no room has this alias")));
        QVERIFY(r.out.contains(QStringLiteral("the same room as #r0:fake.test")));
        QVERIFY(r.out.contains(QStringLiteral("listed twice")));
        QVERIFY(r.out.contains(QStringLiteral("2 to join")));
        QVERIFY(r.out.contains(QStringLiteral("Dry run: nothing was changed.")));
        QVERIFY(m_synapse->joinCount.isEmpty());
        for (const auto &req : m_server->requests()) {
            QVERIFY(req.method == "GET");
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no lists") << QStringList {} << QStringLiteral("needs --users FILE and --rooms FILE");
        QTest::newRow("one list") << QStringList { QStringLiteral("--users"), QStringLiteral("x") }
                                  << QStringLiteral("needs --users FILE and --rooms FILE");
        QTest::newRow("both stdin") << QStringList { QStringLiteral("--users"), QStringLiteral("-"),
                                                     QStringLiteral("--rooms"), QStringLiteral("-") }
                                    << QStringLiteral("only one of the lists");
        QTest::newRow("missing file") << QStringList { QStringLiteral("--users"), QStringLiteral("/nonexistent/u"),
                                                       QStringLiteral("--rooms"), QStringLiteral("/nonexistent/r") }
                                      << QStringLiteral("cannot read /nonexistent/u");
        QTest::newRow("bad concurrency") << QStringList { QStringLiteral("--resume"), QStringLiteral("--concurrency"),
                                                          QStringLiteral("0") }
                                         << QStringLiteral("--concurrency wants a number from 1 to 64");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args, QByteArray(""));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBulkJoinFake)
#include "tst_cli_bulkjoin_fake.moc"
