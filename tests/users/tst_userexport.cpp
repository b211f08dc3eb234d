// UserExport and "steward-cli users export" against the real Synapse: CSV read back with Python's
// csv module, hostile display names, 2,000+ users, cancel leaves no file, stdout, exit codes.
#include "clirunner.h"
#include "csvwriter.h"
#include "users/userexport.h"
#include "userstesthelpers.h"

#include <QBuffer>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Steward;
using namespace UsersTest;

class TestUserExport : public QObject
{
    Q_OBJECT

    QString m_bigPrefix;
    QStringList m_bigIds;
    static constexpr int kBig = 2050;

    using Run = StewardTest::CliRun;
    static Run cli(const StewardTest::TestServer &server, const QStringList &args)
    {
        return StewardTest::runCli(QStringList { QStringLiteral("--homeserver"), server.baseUrl.toString() } + args,
                                   { { { QStringLiteral("STEWARD_ACCESS_TOKEN"), server.adminToken } }, {}, 300000 });
    }

    static QByteArray exportToBuffer(ApiService &api, const UserListQuery &q, int pageSize, UserExport::Status *status)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        UserExport job(&api);
        job.setQuery(q);
        job.setPageSize(pageSize);
        job.start(&buffer);
        QTest::qWaitFor([&job]() { return job.status() != UserExport::Status::Running; }, 120000);
        *status = job.status();
        return buffer.data();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("STEWARD_CLI"));
        STEWARD_REQUIRE_TEST_SERVER(server);
        // 2,000+ users of our own, created with bounded concurrency (the server is shared).
        Admin admin(server);
        m_bigPrefix = uniquePrefix("exp");
        QList<QPair<QString, QJsonObject>> users;
        for (int i = 0; i < kBig; ++i) {
            const QString id = userId(server, m_bigPrefix + QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0')));
            m_bigIds << id;
            users.append({ id, { { QStringLiteral("displayname"), QStringLiteral("Export %1, \"big\"").arg(i) } } });
        }
        QCOMPARE(putUsers(admin.api, users), 0);
    }

    void hostileDisplayNamesSurviveOrAreGuarded()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        const QJsonObject hostile =
            server.seed.value(QStringLiteral("users")).toObject().value(QStringLiteral("hostile")).toObject();
        QVERIFY(hostile.size() >= 9);
        UserListQuery q;
        q.search = QStringLiteral("hostile-");
        UserExport::Status status;
        const QByteArray csv = exportToBuffer(admin.api, q, 3, &status);
        QCOMPARE(status, UserExport::Status::Succeeded);
        QVERIFY(csv.endsWith("\r\n"));
        QString error;
        const QList<QStringList> rows = parseCsvWithPython(csv, &error);
        QVERIFY2(!rows.isEmpty(), qPrintable(error));
        QCOMPARE(rows.first(), UserExport::header());
        QCOMPARE(rows.size() - 1, hostile.size());
        int guarded = 0;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), UserExport::header().size());
            const QString localpart = row.at(0).mid(1).section(QLatin1Char(':'), 0, 0);
            QVERIFY2(hostile.contains(localpart), qPrintable(row.at(0)));
            const QString name = hostile.value(localpart).toString();
            // Exactly the server's value, or the value with one leading apostrophe when it starts
            // with = + - @ TAB or CR.
            const QString expected = CsvWriter::needsFormulaGuard(name) ? QLatin1Char('\'') + name : name;
            QCOMPARE(row.at(1), expected);
            guarded += CsvWriter::needsFormulaGuard(name) ? 1 : 0;
            QCOMPARE(row.at(2), QStringLiteral("false"));
            QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                        .match(row.at(10))
                        .hasMatch());
        }
        QVERIFY(guarded >= 3); // the formula, plus and minus names at least
        QVERIFY(!csv.contains("\n=")); // no cell of the raw file starts with a bare "="
    }

    void exportsExactlyTotalRows()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        UserListQuery q;
        q.search = m_bigPrefix;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.csv"));
        UserExport job(&admin.api);
        job.setQuery(q);
        job.setPageSize(250);
        QSignalSpy progress(&job, &UserExport::progressChanged);
        QVERIFY(job.start(path));
        QTRY_VERIFY_WITH_TIMEOUT(job.status() != UserExport::Status::Running, 120000);
        QCOMPARE(job.status(), UserExport::Status::Succeeded);
        QCOMPARE(job.total(), kBig);
        QCOMPARE(job.rowsWritten(), kBig);
        QVERIFY(progress.size() >= kBig / 250);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsvWithPython(f.readAll());
        QCOMPARE(rows.size(), kBig + 1);
        QSet<QString> ids;
        for (const QStringList &row : rows.mid(1)) {
            ids.insert(row.at(0));
            QVERIFY(row.at(1).startsWith(QStringLiteral("Export ")) && row.at(1).endsWith(QStringLiteral(", \"big\"")));
        }
        QCOMPARE(ids, QSet<QString>(m_bigIds.begin(), m_bigIds.end()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("users.csv") });
    }

    void cancelLeavesNoFileBehind()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        UserListQuery q;
        q.search = m_bigPrefix;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.csv"));
        UserExport job(&admin.api);
        job.setQuery(q);
        job.setPageSize(100);
        connect(&job, &UserExport::progressChanged, &job, [&job](const OperationProgress &p) {
            if (p.done >= 200) {
                job.cancel();
            }
        });
        QVERIFY(job.start(path));
        QTRY_VERIFY_WITH_TIMEOUT(job.status() != UserExport::Status::Running, 60000);
        QCOMPARE(job.status(), UserExport::Status::Cancelled);
        QCOMPARE(job.rowsWritten(), 200);
        QVERIFY(job.errorString().contains(QStringLiteral("no file was written")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        // An existing file is left exactly as it was.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export\n");
        old.close();
        QVERIFY(job.start(path));
        QTRY_VERIFY_WITH_TIMEOUT(job.status() != UserExport::Status::Running, 60000);
        QCOMPARE(job.status(), UserExport::Status::Cancelled);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("users.csv") });
    }

    void cliExportsToFileAndStdout()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.csv"));
        Run r =
            cli(server,
                { QStringLiteral("users"), QStringLiteral("export"), path, QStringLiteral("--search"), m_bigPrefix });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QString::fromUtf8(r.outBytes).contains(QStringLiteral("Exported %1 users").arg(kBig)));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsvWithPython(f.readAll()).size(), kBig + 1);

        r = cli(server,
                { QStringLiteral("users"), QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--search"),
                  QStringLiteral("seed-user-"), QStringLiteral("--include-deactivated") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QList<QStringList> rows = parseCsvWithPython(r.outBytes);
        QCOMPARE(rows.size(), 301);
        QCOMPARE(rows.at(25).at(0), QStringLiteral("@seed-user-0024:steward.test"));
        QCOMPARE(rows.at(25).at(3), QStringLiteral("true"));

        r = cli(server,
                { QStringLiteral("users"), QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--search"),
                  QStringLiteral("seed-user-") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(parseCsvWithPython(r.outBytes).size(), 289);

        r = cli(server,
                { QStringLiteral("users"), QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--search"),
                  QStringLiteral("seed-user-"), QStringLiteral("--admins-only") });
        QCOMPARE(r.exitCode, 0);
        rows = parseCsvWithPython(r.outBytes);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1).at(0), QStringLiteral("@seed-user-0001:steward.test"));
    }

    void cliUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("no subcommand") << QStringList { QStringLiteral("users") } << 2
                                       << QStringLiteral("missing subcommand");
        QTest::newRow("unknown subcommand") << QStringList { QStringLiteral("users"), QStringLiteral("frob") } << 2
                                            << QStringLiteral("unknown subcommand");
        QTest::newRow("no file") << QStringList { QStringLiteral("users"), QStringLiteral("export") } << 2
                                 << QStringLiteral("missing FILE.csv");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("users"), QStringLiteral("export"),
                                                         QStringLiteral("-"), QStringLiteral("--nope") }
                                        << 2 << QStringLiteral("nope");
        QTest::newRow("unwritable") << QStringList { QStringLiteral("users"), QStringLiteral("export"),
                                                     QStringLiteral("/nonexistent-dir/x.csv") }
                                    << 2 << QStringLiteral("Cannot write");
    }
    void cliUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, errorContains);
        STEWARD_REQUIRE_TEST_SERVER(server);
        const Run r = cli(server, args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(errorContains), qPrintable(r.err));
        QVERIFY(r.outBytes.isEmpty());
    }

    void cliRejectsANormalUsersToken()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        StewardTest::TestServer normal = server;
        normal.adminToken = server.userToken;
        const Run r = cli(normal, { QStringLiteral("users"), QStringLiteral("export"), QStringLiteral("-") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.outBytes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUserExport)
#include "tst_userexport.moc"
