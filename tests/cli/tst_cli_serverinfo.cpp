// steward-cli as a script would run it: exit codes and output against the real Synapse.
#include "clirunner.h"
#include "testserver.h"

#include <QProcess>
#include <QTest>

class TestCliServerInfo : public QObject
{
    Q_OBJECT

    using Run = StewardTest::CliRun;
    static Run cli(const QStringList &args) { return StewardTest::runCli(args, { {}, {}, 60000 }); }

private Q_SLOTS:
    void serverInfoPrintsVersion()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        const Run r = cli({ QStringLiteral("--homeserver"), server.baseUrl.toString(), QStringLiteral("server-info") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Server version: 1.")));
        QVERIFY(r.out.contains(server.baseUrl.toDisplayString()));
        QVERIFY(r.err.isEmpty());
    }

    void versionAndHelp()
    {
        Run r = cli({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("steward-cli ")));
        r = cli({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("server-info")));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("no command") << QStringList {} << 2 << QStringLiteral("Usage");
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 2
                                         << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--nope"), QStringLiteral("server-info") } << 2
                                        << QStringLiteral("nope");
        QTest::newRow("bad url") << QStringList { QStringLiteral("--homeserver"), QStringLiteral("ftp://x"),
                                                  QStringLiteral("server-info") }
                                 << 2 << QStringLiteral("not a homeserver URL");
        QTest::newRow("unreachable") << QStringList {
            QStringLiteral("--homeserver"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("server-info")
        } << 3 << QStringLiteral("Could not reach the server");
        QTest::newRow("extra argument") << QStringList { QStringLiteral("--homeserver"),
                                                         QStringLiteral("http://127.0.0.1:9"),
                                                         QStringLiteral("server-info"), QStringLiteral("extra") }
                                        << 2 << QStringLiteral("takes no arguments");
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, errorContains);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(errorContains), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliServerInfo)
#include "tst_cli_serverinfo.moc"
