// steward-cli's transport options and input checks against a local fake server: --timeout, bad
// --homeserver values and tokens (exit 2, nothing sent), one clean line on stderr per problem.
#include "clirunner.h"
#include "fakehttpserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace StewardTest;

namespace {
const QString kToken = QStringLiteral("syt_fake_token_for_tests_only");

/// Enough of Synapse for the connection check; everything else is 404 unless overridden.
FakeResponse synapse(const FakeRequest &req)
{
    const QByteArray path = req.path();
    if (path == "/_matrix/client/versions") {
        return FakeResponse::json(200, { { "versions", QJsonArray { "v1.11" } } });
    }
    if (path == "/_synapse/admin/v1/server_version") {
        return FakeResponse::json(200, { { "server_version", "1.163.0 (fake)" } });
    }
    if (path == "/_matrix/client/v3/account/whoami") {
        return FakeResponse::json(200, { { "user_id", "@admin:fake" } });
    }
    if (path == "/_synapse/admin/v2/users/%40admin%3Afake") { // the admin check
        return FakeResponse::json(200, { { "name", "@admin:fake" }, { "admin", true } });
    }
    return FakeResponse::json(404, { { "errcode", "M_UNRECOGNIZED" }, { "error", "Unrecognized request" } });
}
} // namespace

class TestCliTransport : public QObject
{
    Q_OBJECT

    FakeHttpServer *m_server = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;

    using Run = StewardTest::CliRun;

    /// Runs the CLI while this process's event loop serves the fake server.
    Run cli(const QStringList &args, const QString &token = kToken, const QByteArray &stdinData = {},
            const QStringList &extraEnv = {})
    {
        StewardTest::CliOptions options;
        options.env.insert(QStringLiteral("STEWARD_ACCESS_TOKEN"), token);
        options.env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
        options.env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        options.env.insert(QStringLiteral("QT_LOGGING_RULES"), QString()); // removed
        for (const QString &kv : extraEnv) {
            options.env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        }
        options.stdinData = stdinData;
        options.timeoutMs = 90000;
        return StewardTest::runCli(args, options);
    }

    QString url() const { return m_server->url().toString(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = new FakeHttpServer(this);
        QVERIFY(m_server->listen());
        m_server->setHandler(&synapse);
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void serverInfoWorksAgainstTheFake()
    {
        const Run r = cli({ QStringLiteral("--homeserver"), url(), QStringLiteral("server-info") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1.163.0 (fake)")));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void timeoutOptionIsHonoured()
    {
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::stall(); });
        const Run r = cli({ QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--homeserver"), url(),
                            QStringLiteral("server-info") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("did not answer in time")), qPrintable(r.err));
        // With the default of 60 s per attempt this takes minutes; a few seconds with --timeout 1.
        QVERIFY2(r.elapsedMs < 30000, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(r.errLines().size(), 1);
    }

    void badTimeoutIsAUsageError_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("text") << QStringLiteral("soon");
        QTest::newRow("huge") << QStringLiteral("1e12");
    }
    void badTimeoutIsAUsageError()
    {
        QFETCH(QString, value);
        const Run r = cli({ QStringLiteral("--timeout"), value, QStringLiteral("--homeserver"), url(),
                            QStringLiteral("server-info") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--timeout")), qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void helpNamesTimeout()
    {
        const Run r = cli({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--timeout <SECONDS>")));
    }

    void badHomeserverIsAUsageError_data()
    {
        QTest::addColumn<QString>("homeserver");
        QTest::newRow("unclosed ipv6") << QStringLiteral("http://[::1");
        QTest::newRow("port out of range") << QStringLiteral("http://127.0.0.1:99999");
        QTest::newRow("space") << QStringLiteral("http://127.0.0.1 :8008");
        QTest::newRow("space in host") << QStringLiteral("http://exa mple.org");
    }
    void badHomeserverIsAUsageError()
    {
        QFETCH(QString, homeserver);
        const Run r = cli({ QStringLiteral("--homeserver"), homeserver, QStringLiteral("server-info") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not a homeserver URL")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("http//")), qPrintable(r.err));
        QCOMPARE(r.errLines().size(), 1);
    }

    void badTokenIsAUsageError_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("CRLF header injection") << QStringLiteral("syt_abc\r\nX-Injected: yes");
        QTest::newRow("non-ASCII") << QStringLiteral("syt_äöü");
        QTest::newRow("space") << QStringLiteral("syt_abc def");
    }
    void badTokenIsAUsageError()
    {
        QFETCH(QString, token);
        Run r = cli({ QStringLiteral("--homeserver"), url(), QStringLiteral("server-info") }, token);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("printable ASCII")), qPrintable(r.err));
        QCOMPARE(r.errLines().size(), 1);

        r = cli({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("t"), QStringLiteral("--homeserver"),
                  url(), QStringLiteral("--token-stdin") },
                QString(), token.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("printable ASCII")), qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 0); // nothing was sent, no header injected
    }

    /// Qt's internal messages stay off stderr unless --verbose asks for them.
    void stderrCarriesOnlyStewardsLine()
    {
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::fault(FakeResponse::Action::Close); });
        const QStringList noisy { QStringLiteral("QT_LOGGING_RULES=qt.*.debug=true;default.debug=true") };
        const QStringList args { QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--homeserver"),
                                 url(), QStringLiteral("server-info") };
        Run r = cli(args, kToken, {}, noisy);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("steward-cli: ")), qPrintable(r.err));

        // The same run with --verbose shows there was something to filter.
        r = cli(QStringList { QStringLiteral("--verbose") } + args, kToken, {}, noisy);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("qt.")), qPrintable(r.err.left(2000)));
    }

    void usersExportFailurePrintedOnce()
    {
        m_server->setHandler([](const FakeRequest &req) {
            if (req.path() == "/_synapse/admin/v2/users") {
                return FakeResponse::json(500, { { "errcode", "M_UNKNOWN" }, { "error", "database on fire" } });
            }
            return synapse(req);
        });
        const Run r = cli({ QStringLiteral("--homeserver"), url(), QStringLiteral("users"), QStringLiteral("export"),
                            m_dir->filePath(QStringLiteral("users.csv")) });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QStringLiteral("database on fire")), 1);
        QCOMPARE(r.errLines().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliTransport)
#include "tst_cli_transport.moc"
