// steward-cli profile add/list/remove and --profile as scripts use them, against the real Synapse,
// with the real keychain (run by with-keyring.sh). Also: the token never shows up in the settings
// file or in any log output with every logging category enabled.
#include "apiservice.h"
#include "await.h"
#include "clirunner.h"
#include "profiles/keychaincredentialstore.h"
#include "testserver.h"

#include <QDir>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Steward;

class TestCliProfiles : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_config; ///< XDG_CONFIG_HOME of the steward-cli runs
    QString m_allOutput; ///< every stderr/stdout of every run, for the leak check

    using Run = StewardTest::CliRun;
    Run cli(const QStringList &args, const QByteArray &stdinData = {}, const QStringList &extraEnv = {})
    {
        StewardTest::CliOptions options;
        options.env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
        options.env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        options.env.insert(QStringLiteral("STEWARD_ACCESS_TOKEN"), QString()); // removed
        for (const QString &kv : extraEnv) {
            options.env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        }
        options.stdinData = stdinData;
        options.timeoutMs = 60000;
        const Run r = StewardTest::runCli(args, options);
        m_allOutput += r.out + r.err;
        return r;
    }

    int status(const StewardTest::TestServer &server, const QString &token, ApiRequest request,
               QJsonObject *body = nullptr)
    {
        ApiService api(&m_nam);
        api.setBaseUrl(server.baseUrl);
        api.setAccessToken(token);
        const StewardTest::Answer a = StewardTest::await(api.send(std::move(request)));
        if (body && a.finished) {
            *body = a.object;
        }
        return a.status;
    }

    QString createUser(const StewardTest::TestServer &server, const QString &password, bool admin)
    {
        const QString localpart =
            QStringLiteral("cli-") + QUuid::createUuid().toString(QUuid::Id128).left(12).toLower();
        const int code =
            status(server, server.adminToken,
                   ApiRequest::put(u"/_synapse/admin/v2/users/{}",
                                   { QStringLiteral("@%1:%2").arg(localpart, server.serverName) },
                                   { { QStringLiteral("password"), password }, { QStringLiteral("admin"), admin } }));
        return code == 201 ? localpart : QString();
    }

    std::optional<CredentialResult> keychainToken(const QString &profile)
    {
        KeychainCredentialStore store;
        std::optional<CredentialResult> read;
        store.readToken(profile, this, [&](const CredentialResult &r) { read = r; });
        (void)QTest::qWaitFor([&]() { return read.has_value(); }, 20000);
        return read;
    }

    /// Every file under the config dir, concatenated.
    QByteArray settingsContent() const
    {
        QByteArray all;
        QDirIterator it(m_config->path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                all += f.readAll();
            }
        }
        return all;
    }

private Q_SLOTS:
    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid());
    }

    void addUseRemoveWithoutLeaks()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString localpart = createUser(server, password, true);
        QVERIFY(!localpart.isEmpty());
        const QString userId = QStringLiteral("@%1:%2").arg(localpart, server.serverName);
        m_allOutput.clear();

        Run r = cli({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("work"),
                      QStringLiteral("--homeserver"), server.baseUrl.toString(), QStringLiteral("--user"), localpart,
                      QStringLiteral("--password-stdin") },
                    password.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Profile \"work\" saved")));
        QVERIFY(r.err.contains(QStringLiteral("steward.")) || r.err.contains(QStringLiteral("qt."))); // logging is on

        const auto token = keychainToken(QStringLiteral("work"));
        QVERIFY(token.has_value());
        QVERIFY2(token->ok(), qPrintable(token->error.describe()));
        QVERIFY(token->token.startsWith(QStringLiteral("syt_")));

        // A second profile, signed in with a pasted token.
        r = cli({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("fixture admin"),
                  QStringLiteral("--homeserver"), server.baseUrl.toString(), QStringLiteral("--token-stdin") },
                server.adminToken.toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = cli({ QStringLiteral("profile"), QStringLiteral("list") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("* fixture admin\t") + server.adminUserId));
        QVERIFY(r.out.contains(QStringLiteral("  work\t") + userId));

        // --profile, then the last used one by default.
        r = cli({ QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("server-info") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Signed in as:   ") + userId));
        QVERIFY(r.out.contains(QStringLiteral("Server admin:   yes")));
        QVERIFY(r.out.contains(server.baseUrl.toDisplayString()));
        QVERIFY(r.out.contains(QStringLiteral("Server version: 1.")));
        r = cli({ QStringLiteral("server-info") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Signed in as:   ") + userId)); // "work" was used last

        // The leak check: no token or password in settings files or any output, all categories on.
        const QByteArray settings = settingsContent();
        QVERIFY(settings.contains("work"));
        for (const QString &secret : { token->token, server.adminToken, password }) {
            QVERIFY2(!settings.contains(secret.toUtf8()), "a secret is in the settings file");
            QVERIFY2(!m_allOutput.contains(secret), "a secret is in the output");
        }

        // remove: revoked on the server, gone from the keychain and the settings.
        r = cli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("work") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("revoked")));
        QCOMPARE(status(server, token->token, ApiRequest::get(u"/_matrix/client/v3/account/whoami")), 401);
        QCOMPARE(keychainToken(QStringLiteral("work"))->error.code, CredentialError::Code::NotFound);
        r = cli({ QStringLiteral("profile"), QStringLiteral("list") });
        QVERIFY(!r.out.contains(QStringLiteral("work")));
        r = cli({ QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("server-info") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("there is no profile \"work\"")));

        // Forget the fixture profile locally only: the shared fixture token must stay valid.
        r = cli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("fixture admin"),
                  QStringLiteral("--local-only") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(status(server, server.adminToken, ApiRequest::get(u"/_matrix/client/v3/account/whoami")), 200);
    }

    void refusedSignIns()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Run r = cli({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("user"),
                      QStringLiteral("--homeserver"), server.baseUrl.toString(), QStringLiteral("--token-stdin") },
                    server.userToken.toUtf8());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("not a server administrator")));
        QCOMPARE(r.err.count(u'\n'), r.err.count(QStringLiteral("\n"))); // sanity
        QVERIFY(!r.err.contains(server.userToken));

        const QString localpart = createUser(server, QStringLiteral("right"), true);
        r = cli({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("pw"),
                  QStringLiteral("--homeserver"), server.baseUrl.toString(), QStringLiteral("--user"), localpart,
                  QStringLiteral("--password-stdin") },
                "wrong\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("user name or password")));

        r = cli({ QStringLiteral("profile"), QStringLiteral("list") });
        QVERIFY(r.out.contains(QStringLiteral("No profiles")));
        QVERIFY(!settingsContent().contains("user"));
    }

    void noKeychainMeansNoProfile()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        const QString localpart = createUser(server, QStringLiteral("pw"), true);
        QVERIFY(!localpart.isEmpty());
        const Run r = cli({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nokeychain"),
                            QStringLiteral("--homeserver"), server.baseUrl.toString(), QStringLiteral("--user"),
                            localpart, QStringLiteral("--password-stdin") },
                          "pw\n", { QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("keychain is not available")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("revoked again")));
        QVERIFY(!settingsContent().contains("nokeychain")); // never a plaintext fallback
        QJsonObject devices;
        QCOMPARE(status(server, server.adminToken,
                        ApiRequest::get(u"/_synapse/admin/v2/users/{}/devices",
                                        { QStringLiteral("@%1:%2").arg(localpart, server.serverName) }),
                        &devices),
                 200);
        QCOMPARE(devices.value(QStringLiteral("total")).toInt(), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("errorContains");
        const QString add = QStringLiteral("add");
        const QString profile = QStringLiteral("profile");
        QTest::newRow("no subcommand") << QStringList { profile } << QStringLiteral("needs a subcommand");
        QTest::newRow("bad subcommand") << QStringList { profile, QStringLiteral("frob") }
                                        << QStringLiteral("unknown profile subcommand");
        QTest::newRow("no homeserver") << QStringList { profile, add, QStringLiteral("x"),
                                                        QStringLiteral("--token-stdin") }
                                       << QStringLiteral("--homeserver");
        QTest::newRow("both secrets") << QStringList { profile,
                                                       add,
                                                       QStringLiteral("x"),
                                                       QStringLiteral("--homeserver"),
                                                       QStringLiteral("h.example"),
                                                       QStringLiteral("--token-stdin"),
                                                       QStringLiteral("--user"),
                                                       QStringLiteral("u"),
                                                       QStringLiteral("--password-stdin") }
                                      << QStringLiteral("exactly one of");
        QTest::newRow("bad name") << QStringList { profile,
                                                   add,
                                                   QStringLiteral("a/b"),
                                                   QStringLiteral("--homeserver"),
                                                   QStringLiteral("h.example"),
                                                   QStringLiteral("--token-stdin") }
                                  << QStringLiteral("profile name");
        QTest::newRow("bad pin") << QStringList { profile,
                                                  add,
                                                  QStringLiteral("x"),
                                                  QStringLiteral("--homeserver"),
                                                  QStringLiteral("h.example"),
                                                  QStringLiteral("--token-stdin"),
                                                  QStringLiteral("--pin-sha256"),
                                                  QStringLiteral("zz") }
                                 << QStringLiteral("--pin-sha256");
        QTest::newRow("insecure remote") << QStringList { profile,
                                                          add,
                                                          QStringLiteral("x"),
                                                          QStringLiteral("--homeserver"),
                                                          QStringLiteral("http://h.example"),
                                                          QStringLiteral("--token-stdin") }
                                         << QStringLiteral("--allow-insecure-http");
        QTest::newRow("remove unknown") << QStringList { profile, QStringLiteral("remove"), QStringLiteral("ghost") }
                                        << QStringLiteral("there is no profile \"ghost\"");
        QTest::newRow("no profiles yet") << QStringList { QStringLiteral("server-info") }
                                         << QStringLiteral("steward-cli profile add");
        QTest::newRow("both connection options")
            << QStringList { QStringLiteral("--profile"), QStringLiteral("a"), QStringLiteral("--homeserver"),
                             QStringLiteral("h.example"), QStringLiteral("server-info") }
            << QStringLiteral("either --profile or --homeserver");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, errorContains);
        const Run r = cli(args, "secret\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(errorContains), qPrintable(r.err));
        QVERIFY(r.err.startsWith(QStringLiteral("steward-cli: ")) || r.err.contains(QStringLiteral("\nsteward-cli: ")));
    }

    void homeserverAndEnvironmentTokenStillWork()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        const Run r = cli({ QStringLiteral("--homeserver"), server.baseUrl.toString(), QStringLiteral("server-info") },
                          {}, { QStringLiteral("STEWARD_ACCESS_TOKEN=") + server.adminToken });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Signed in as:   ") + server.adminUserId));
        QVERIFY(!r.err.contains(server.adminToken));
    }

    void help()
    {
        Run r = cli({ QStringLiteral("profile"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("profile add NAME --homeserver SERVER")));
        r = cli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--local-only")));
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
