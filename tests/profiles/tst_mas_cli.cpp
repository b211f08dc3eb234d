// steward-cli against a real Synapse that delegates authentication to the MAS stand-in
// (tests/synapse/mas_standin.py, fixture synapse_mas), with the real keychain (with-keyring.sh):
// token paste with and without the admin scope, the OAuth device grant, refresh after expiry,
// users export (no guests parameter), server-info naming MAS, sign-out revoking at MAS.
#include "apiservice.h"
#include "profiles/keychaincredentialstore.h"
#include "profiles/memorycredentialstore.h"
#include "profiles/oauthclient.h"
#include "profiles/oauthsignin.h"
#include "profiles/profile.h"
#include "profiles/signout.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Steward;

class TestMasCli : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_config;
    QJsonObject m_server; ///< server.json of the synapse_mas fixture
    QString m_allOutput;

    QUrl baseUrl() const { return QUrl(m_server.value(QStringLiteral("base_url")).toString()); }
    QString str(const char *key) const { return m_server.value(QLatin1String(key)).toString(); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
        e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        e.remove(QStringLiteral("STEWARD_ACCESS_TOKEN"));
        return e;
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(qEnvironmentVariable("STEWARD_CLI"), args);
        p.write(stdinData);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        } else {
            r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        }
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        m_allOutput += r.out + r.err;
        return r;
    }

    /// One HTTP request; the status and the JSON body.
    int http(const QByteArray &verb, const QUrl &url, const QString &bearer, const QByteArray &body = {},
             QJsonObject *answer = nullptr)
    {
        QNetworkRequest req(url);
        if (!bearer.isEmpty()) {
            req.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
        }
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
        (void)QTest::qWaitFor([&]() { return reply->isFinished(); }, 30000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer) {
            *answer = QJsonDocument::fromJson(reply->readAll()).object();
        }
        reply->deleteLater();
        return status;
    }
    /// The stand-in's control endpoints (stand-in only; the shared secret).
    QJsonObject control(const QString &what, const QJsonObject &body = {})
    {
        const QJsonObject mas = m_server.value(QStringLiteral("mas")).toObject();
        QJsonObject answer;
        const int status =
            http("POST", QUrl(mas.value(QStringLiteral("url")).toString() + QStringLiteral("_standin/") + what),
                 mas.value(QStringLiteral("secret")).toString(), QJsonDocument(body).toJson(), &answer);
        if (status != 200) {
            qWarning() << "control" << what << "answered" << status << answer;
        }
        return answer;
    }
    int whoami(const QString &token)
    {
        return http("GET", QUrl(baseUrl().toString() + QStringLiteral("/_matrix/client/v3/account/whoami")), token);
    }
    std::optional<CredentialResult> keychain(const QString &key)
    {
        KeychainCredentialStore store;
        std::optional<CredentialResult> read;
        store.readToken(key, this, [&](const CredentialResult &r) { read = r; });
        (void)QTest::qWaitFor([&]() { return read.has_value(); }, 20000);
        return read;
    }

    /// steward-cli profile add NAME --oauth, approving in the "browser" (fetching the verification
    /// URL as the signed-in browser user would) once the CLI printed it.
    Run deviceGrant(const QString &profile, bool approve = true)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(qEnvironmentVariable("STEWARD_CLI"),
                { QStringLiteral("profile"), QStringLiteral("add"), profile, QStringLiteral("--homeserver"),
                  baseUrl().toString(), QStringLiteral("--oauth") });
        p.closeWriteChannel();
        QString err;
        const QRegularExpression complete(QStringLiteral("\\(or open (\\S+) directly\\)"));
        const QRegularExpression code(QStringLiteral("open (\\S+) in a browser and enter the code (\\S+)"));
        QRegularExpressionMatch m;
        (void)QTest::qWaitFor(
            [&]() {
                p.waitForReadyRead(50);
                err += QString::fromUtf8(p.readAllStandardError());
                m = complete.match(err);
                return m.hasMatch() || p.state() == QProcess::NotRunning;
            },
            30000);
        if (m.hasMatch() && approve) {
            const QRegularExpressionMatch c = code.match(err);
            // The URL and code printed match what the verification URL carries.
            if (!c.hasMatch() || !m.captured(1).endsWith(c.captured(2))) {
                qWarning() << "verification URL and code disagree:" << err;
            }
            QJsonObject answer;
            const int status = http("GET", QUrl(m.captured(1)), QString(), {}, &answer);
            if (status != 200) {
                qWarning() << "approving answered" << status << answer;
            }
        } else if (m.hasMatch()) {
            (void)http("GET", QUrl(m.captured(1)), QString()); // the policy denies: answered 403
        }
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        } else {
            r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        }
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = err + QString::fromUtf8(p.readAllStandardError());
        m_allOutput += r.out + r.err;
        return r;
    }

    bool writeKeychain(const QString &key, const QString &value)
    {
        KeychainCredentialStore store;
        std::optional<bool> written;
        store.writeToken(key, value, this, [&](const CredentialError &e) { written = e.ok(); });
        (void)QTest::qWaitFor([&]() { return written.has_value(); }, 20000);
        return written.value_or(false);
    }
    /// RFC 7662 at the stand-in, with the shared secret, as Synapse asks (without Synapse's cache).
    bool introspectActive(const QString &token)
    {
        const QJsonObject mas = m_server.value(QStringLiteral("mas")).toObject();
        QJsonObject answer;
        const int status =
            http("POST", QUrl(mas.value(QStringLiteral("url")).toString() + QStringLiteral("oauth2/introspect")),
                 mas.value(QStringLiteral("secret")).toString(),
                 "token=" + QUrl::toPercentEncoding(token) + "&token_type_hint=access_token", &answer);
        if (status != 200) {
            qWarning() << "introspection answered" << status;
        }
        return answer.value(QStringLiteral("active")).toBool(true);
    }
    /// Whether the token endpoint still takes a refresh token (it ends with the session).
    int refreshStatus(const OAuthCredentials &c)
    {
        return http("POST", c.tokenEndpoint, QString(),
                    "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(c.refreshToken)
                        + "&client_id=" + QUrl::toPercentEncoding(c.clientId));
    }
    QString deviceOf(const QString &token)
    {
        QJsonObject answer;
        http("GET", QUrl(baseUrl().toString() + QStringLiteral("/_matrix/client/v3/account/whoami")), token, {},
             &answer);
        return answer.value(QStringLiteral("device_id")).toString();
    }

    QJsonObject session(const QString &deviceId)
    {
        const QJsonArray all = control(QStringLiteral("sessions")).value(QStringLiteral("sessions")).toArray();
        for (const QJsonValue &v : all) {
            if (v.toObject().value(QStringLiteral("device_id")).toString() == deviceId) {
                return v.toObject();
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(qEnvironmentVariable("STEWARD_TEST_MAS_SERVER_FILE"));
        QVERIFY2(f.open(QIODevice::ReadOnly), "no server.json from the synapse_mas fixture");
        m_server = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(m_server.contains(QStringLiteral("mas")));
    }

    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid());
        control(QStringLiteral("config"), { { QStringLiteral("access_token_ttl"), 300 } });
    }

    void tokenPaste()
    {
        // Without urn:synapse:admin:*: refused, with the reason and what to do; nothing saved.
        Run r = cli({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("plain"),
                      QStringLiteral("--homeserver"), baseUrl().toString(), QStringLiteral("--token-stdin") },
                    str("user_token").toUtf8());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("urn:synapse:admin:*")), qPrintable(r.err));
        QCOMPARE(keychain(QStringLiteral("plain"))->error.code, CredentialError::Code::NotFound);

        // With it: saved; server-info says the server delegates to MAS.
        r = cli({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("pasted"),
                  QStringLiteral("--homeserver"), baseUrl().toString(), QStringLiteral("--token-stdin") },
                str("admin_token").toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("--profile"), QStringLiteral("pasted"), QStringLiteral("server-info") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Server admin:   yes")));
        QVERIFY2(
            r.out.contains(QStringLiteral("delegated to Matrix Authentication Service (")
                           + m_server.value(QStringLiteral("mas")).toObject().value(QStringLiteral("url")).toString()),
            qPrintable(r.out));

        // users export works (Synapse refuses v2/users without guests=false under MAS) ...
        r = cli({ QStringLiteral("--profile"), QStringLiteral("pasted"), QStringLiteral("users"),
                  QStringLiteral("export"), QStringLiteral("-") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(str("admin_user_id")));
        QVERIFY(r.out.contains(str("user_id")));
        // ... and the guests filter, which MAS servers refuse, is not sent but explained.
        r = cli({ QStringLiteral("--profile"), QStringLiteral("pasted"), QStringLiteral("users"),
                  QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--include-guests") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Matrix Authentication Service")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        // Lock and deactivate belong to MAS there, and this token lacks MAS's admin scope: refused
        // with the reason and what to do, nothing written to Synapse.
        for (const char *action : { "lock", "unlock", "deactivate" }) {
            r = cli({ QStringLiteral("--profile"), QStringLiteral("pasted"), QStringLiteral("users"),
                      QLatin1String(action), QStringLiteral("--users"), QStringLiteral("-"), QStringLiteral("--yes") },
                    str("user_id").toUtf8() + '\n');
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("Matrix Authentication Service")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("urn:mas:admin")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("--oauth")), qPrintable(r.err));
            QVERIFY2(!r.out.contains(QStringLiteral("change")), qPrintable(r.out));
        }
        QJsonObject user;
        QCOMPARE(http("GET",
                      QUrl(baseUrl().toString() + QStringLiteral("/_synapse/admin/v2/users/")
                           + QString::fromLatin1(QUrl::toPercentEncoding(str("user_id")))),
                      str("admin_token"), {}, &user),
                 200);
        QCOMPARE(user.value(QStringLiteral("locked")).toBool(), false);
        QCOMPARE(user.value(QStringLiteral("deactivated")).toBool(), false);

        // Personal access tokens need the MAS admin API's scope, which this token lacks: explained.
        r = cli({ QStringLiteral("--profile"), QStringLiteral("pasted"), QStringLiteral("mas-tokens"),
                  QStringLiteral("list") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("urn:mas:admin")), qPrintable(r.err));

        // Forget it locally: the fixture's token stays valid.
        r = cli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("pasted"),
                  QStringLiteral("--local-only") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(whoami(str("admin_token")), 200);
    }

    void deviceGrantRefreshAndSignOut()
    {
        control(QStringLiteral("browser-user"), { { QStringLiteral("username"), QStringLiteral("steward-admin") } });
        control(QStringLiteral("config"), { { QStringLiteral("access_token_ttl"), 3 } }); // expires at once
        m_allOutput.clear();
        Run r = deviceGrant(QStringLiteral("oauth"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("Profile \"oauth\" saved")));

        // Access token and refresh credentials are in the keychain, nowhere else.
        const auto token = keychain(QStringLiteral("oauth"));
        QVERIFY2(token && token->ok(), "no access token in the keychain");
        const auto stored = keychain(OAuthCredentials::keychainKey(QStringLiteral("oauth")));
        QVERIFY2(stored && stored->ok(), "no OAuth credentials in the keychain");
        const auto credentials = OAuthCredentials::fromJson(stored->token);
        QVERIFY(credentials.has_value());
        QVERIFY(credentials->refreshToken.startsWith(QStringLiteral("mar_")));
        QVERIFY(credentials->expiresAt.isValid());

        // The MAS session carries Steward's device and the admin scopes.
        QJsonObject answer;
        QCOMPARE(http("GET", QUrl(baseUrl().toString() + QStringLiteral("/_matrix/client/v3/account/whoami")),
                      token->token, {}, &answer),
                 200);
        QCOMPARE(answer.value(QStringLiteral("user_id")).toString(), str("admin_user_id"));
        const QString deviceId = answer.value(QStringLiteral("device_id")).toString();
        QVERIFY(!deviceId.isEmpty());
        const QJsonObject mas = session(deviceId);
        QVERIFY(mas.value(QStringLiteral("active")).toBool());
        QVERIFY(mas.value(QStringLiteral("scope")).toString().contains(QStringLiteral("urn:synapse:admin:*")));
        QVERIFY(mas.value(QStringLiteral("scope")).toString().contains(QStringLiteral("urn:mas:admin")));

        // Refresh after expiry: once Synapse no longer accepts the token, the next command refreshes.
        QVERIFY(QTest::qWaitFor([&]() { return whoami(token->token) == 401; }, 30000));
        r = cli({ QStringLiteral("--profile"), QStringLiteral("oauth"), QStringLiteral("server-info") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Server admin:   yes")));
        const auto refreshed = keychain(QStringLiteral("oauth"));
        QVERIFY(refreshed && refreshed->ok());
        QVERIFY(refreshed->token != token->token);
        const auto rotated =
            OAuthCredentials::fromJson(keychain(OAuthCredentials::keychainKey(QStringLiteral("oauth")))->token);
        QVERIFY(rotated && rotated->refreshToken != credentials->refreshToken); // MAS rotates it

        // Personal access tokens through the MAS admin API: created into a profile, listed, revoked.
        r = cli({ QStringLiteral("--profile"), QStringLiteral("oauth"), QStringLiteral("mas-tokens"),
                  QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("nightly script"),
                  QStringLiteral("--save-as"), QStringLiteral("script"), QStringLiteral("--expires-in-days"),
                  QStringLiteral("7"), QStringLiteral("--admin") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("saved as profile \"script\"")));
        const auto pat = keychain(QStringLiteral("script"));
        QVERIFY(pat && pat->ok());
        r = cli({ QStringLiteral("--profile"), QStringLiteral("script"), QStringLiteral("server-info") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Server admin:   yes")));
        r = cli({ QStringLiteral("--profile"), QStringLiteral("oauth"), QStringLiteral("mas-tokens"),
                  QStringLiteral("list") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString line = r.out.split(u'\n').filter(QStringLiteral("nightly script")).value(0);
        QVERIFY2(line.contains(QStringLiteral("urn:synapse:admin:*")), qPrintable(r.out));
        QVERIFY(!line.contains(QStringLiteral("\tnever")));
        const QString patId = line.section(u'\t', 0, 0);
        QVERIFY(!patId.isEmpty());
        r = cli({ QStringLiteral("--profile"), QStringLiteral("oauth"), QStringLiteral("mas-tokens"),
                  QStringLiteral("revoke"), patId });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("2 minutes"))); // Synapse caches token checks that long
        bool inactive = false;
        for (const QJsonValue &v : control(QStringLiteral("sessions")).value(QStringLiteral("sessions")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == patId) {
                inactive = !v.toObject().value(QStringLiteral("active")).toBool();
            }
        }
        QVERIFY2(inactive, "MAS still holds the personal session as active");
        r = cli({ QStringLiteral("--profile"), QStringLiteral("oauth"), QStringLiteral("mas-tokens"),
                  QStringLiteral("list") });
        QVERIFY(!r.out.contains(QStringLiteral("nightly script")));

        // No secret in the settings or any output (all logging categories on).
        QByteArray settings;
        QDirIterator it(m_config->path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                settings += f.readAll();
            }
        }
        QVERIFY(settings.contains("oauth"));
        for (const QString &secret :
             { token->token, refreshed->token, credentials->refreshToken, rotated->refreshToken, pat->token }) {
            QVERIFY2(!settings.contains(secret.toUtf8()), "a secret is in the settings file");
            QVERIFY2(!m_allOutput.contains(secret), "a secret is in the output");
        }

        // Sign-out revokes at MAS: the session ends, the device goes, both keychain entries go.
        control(QStringLiteral("config"), { { QStringLiteral("access_token_ttl"), 300 } });
        r = cli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("oauth") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("revoked")));
        QVERIFY(!session(deviceId).value(QStringLiteral("active")).toBool());
        QCOMPARE(whoami(refreshed->token), 401);
        QCOMPARE(keychain(QStringLiteral("oauth"))->error.code, CredentialError::Code::NotFound);
        QCOMPARE(keychain(OAuthCredentials::keychainKey(QStringLiteral("oauth")))->error.code,
                 CredentialError::Code::NotFound);
    }

    void refreshAfterRejectionMidCommand()
    {
        control(QStringLiteral("browser-user"), { { QStringLiteral("username"), QStringLiteral("steward-admin") } });
        Run r = deviceGrant(QStringLiteral("mid"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QString deviceId = deviceOf(keychain(QStringLiteral("mid"))->token);
        QVERIFY(!deviceId.isEmpty());
        const auto before =
            OAuthCredentials::fromJson(keychain(OAuthCredentials::keychainKey(QStringLiteral("mid")))->token);
        QVERIFY(before.has_value());
        QCOMPARE(session(deviceId).value(QStringLiteral("refreshes")).toInt(), 0);

        // The stored access token is one Synapse has never seen and MAS no longer accepts (its
        // recorded expiry is minutes away, so nothing is refreshed before the command starts).
        const QString stale = control(QStringLiteral("stale-access-token"),
                                      { { QStringLiteral("username"), QStringLiteral("steward-admin") } })
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        QVERIFY(!stale.isEmpty());
        QVERIFY(writeKeychain(QStringLiteral("mid"), stale));
        QCOMPARE(whoami(stale), 401);

        // Its requests meet 401 M_UNKNOWN_TOKEN: one refresh for all of them, then they are sent again.
        r = cli({ QStringLiteral("--profile"), QStringLiteral("mid"), QStringLiteral("server-info") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Server admin:   yes")));
        QCOMPARE(session(deviceId).value(QStringLiteral("refreshes")).toInt(), 1);
        const QString refreshed = keychain(QStringLiteral("mid"))->token;
        QVERIFY(refreshed != stale);
        QCOMPARE(whoami(refreshed), 200);
        const auto rotated =
            OAuthCredentials::fromJson(keychain(OAuthCredentials::keychainKey(QStringLiteral("mid")))->token);
        QVERIFY(rotated && rotated->refreshToken != before->refreshToken);
        QCOMPARE(refreshStatus(*before), 400); // the old refresh token is spent

        // In the core, concurrent reads and a write (a POST, not safe to repeat) rejected with a stale
        // token: one refresh, each sent again once, the new tokens in the keychain.
        const QString stale2 = control(QStringLiteral("stale-access-token"),
                                       { { QStringLiteral("username"), QStringLiteral("steward-admin") } })
                                   .value(QStringLiteral("access_token"))
                                   .toString();
        QVERIFY(writeKeychain(QStringLiteral("mid"), stale2));
        KeychainCredentialStore store;
        Profile profile;
        profile.name = QStringLiteral("mid");
        profile.baseUrl = baseUrl();
        ApiService api(&m_nam);
        api.setBaseUrl(baseUrl());
        api.setAccessToken(stale2);
        api.setTokenRefresher(oauthTokenRefresher(&m_nam, &store, profile));
        QList<ApiReply *> replies;
        int finished = 0;
        QList<ApiError> errors;
        for (int i = 0; i < 4; ++i) {
            replies << api.send(ApiRequest::get(u"/_matrix/client/v3/account/whoami"));
        }
        replies << api.send(ApiRequest::post(u"/_matrix/client/v3/user/{}/filter", { str("admin_user_id") },
                                             { { QStringLiteral("room"), QJsonObject() } }));
        for (ApiReply *reply : replies) {
            connect(reply, &ApiReply::finished, this, [&finished, &errors, reply]() {
                ++finished;
                errors << reply->error();
            });
        }
        QVERIFY(QTest::qWaitFor([&]() { return finished == replies.size(); }, 30000));
        for (const ApiError &e : errors) {
            QVERIFY2(e.isOk(), qPrintable(e.describe()));
        }
        QCOMPARE(session(deviceId).value(QStringLiteral("refreshes")).toInt(), 2);
        QCOMPARE(keychain(QStringLiteral("mid"))->token, api.accessToken());

        // Sign-out revokes the access and the refresh token at MAS.
        const auto last =
            OAuthCredentials::fromJson(keychain(OAuthCredentials::keychainKey(QStringLiteral("mid")))->token);
        QVERIFY(last.has_value());
        QVERIFY(introspectActive(api.accessToken()));
        r = cli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("mid") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("access and refresh token) was revoked at the authorization server")),
                 qPrintable(r.out));
        QVERIFY(!introspectActive(api.accessToken()));
        QCOMPARE(refreshStatus(*last), 400);
        QVERIFY(!session(deviceId).value(QStringLiteral("active")).toBool());
    }

    void sessionOnlyOAuthSignOutRevokesAtMas()
    {
        // A token held outside the keychain (the GUI's session-only sign-in) with its OAuth
        // credentials: revoked at MAS (a server delegating to MAS has no /logout).
        control(QStringLiteral("browser-user"), { { QStringLiteral("username"), QStringLiteral("steward-admin") } });
        Run r = deviceGrant(QStringLiteral("sess"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QString token = keychain(QStringLiteral("sess"))->token;
        const auto oauth =
            OAuthCredentials::fromJson(keychain(OAuthCredentials::keychainKey(QStringLiteral("sess")))->token);
        QVERIFY(oauth.has_value());
        r = cli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("sess"),
                  QStringLiteral("--local-only") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(introspectActive(token));

        MemoryCredentialStore sessionTokens;
        Profile profile;
        profile.name = QStringLiteral("sess");
        profile.baseUrl = baseUrl();
        SignOut signOut(&m_nam, nullptr, &sessionTokens);
        std::optional<SignOutReport> report;
        connect(&signOut, &SignOut::finished, this, [&](const SignOutReport &rep) { report = rep; });
        signOut.start(profile, SignOut::Mode::SignOut, false, token, oauth);
        QVERIFY(QTest::qWaitFor([&]() { return report.has_value(); }, 30000));
        QVERIFY2(report->ok(), qPrintable(report->describe()));
        QVERIFY(report->revoked);
        QVERIFY(report->oauth);
        QVERIFY(!introspectActive(token));
        QCOMPARE(refreshStatus(*oauth), 400);
    }

    void masTokensListFollowsPages()
    {
        control(QStringLiteral("browser-user"), { { QStringLiteral("username"), QStringLiteral("steward-admin") } });
        Run r = deviceGrant(QStringLiteral("pages"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QString token = keychain(QStringLiteral("pages"))->token;
        const QString admin = m_server.value(QStringLiteral("mas")).toObject().value(QStringLiteral("url")).toString()
            + QStringLiteral("api/admin/v1/");
        QJsonObject user;
        QCOMPARE(http("GET", QUrl(admin + QStringLiteral("users/by-username/steward-admin")), token, {}, &user), 200);
        const QString actor = user.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
        QStringList ids;
        for (int i = 1; i <= 5; ++i) {
            QJsonObject created;
            const QJsonObject body { { QStringLiteral("actor_user_id"), actor },
                                     { QStringLiteral("human_name"), QStringLiteral("paged token %1").arg(i) },
                                     { QStringLiteral("scope"), QStringLiteral("urn:matrix:client:api:*") } };
            QCOMPARE(http("POST", QUrl(admin + QStringLiteral("personal-sessions")), token,
                          QJsonDocument(body).toJson(), &created),
                     201);
            ids << created.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
        }
        // Two a page (MAS's default is 10): the list takes at least three pages.
        control(QStringLiteral("config"), { { QStringLiteral("admin_page_size"), 2 } });
        QJsonObject firstPage;
        QCOMPARE(
            http("GET", QUrl(admin + QStringLiteral("personal-sessions?filter[status]=active")), token, {}, &firstPage),
            200);
        QCOMPARE(firstPage.value(QStringLiteral("data")).toArray().size(), 2);
        QVERIFY(firstPage.value(QStringLiteral("links")).toObject().contains(QStringLiteral("next")));
        r = cli({ QStringLiteral("--profile"), QStringLiteral("pages"), QStringLiteral("mas-tokens"),
                  QStringLiteral("list") });
        control(QStringLiteral("config"), { { QStringLiteral("admin_page_size"), 10 } });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (int i = 1; i <= 5; ++i) {
            QVERIFY2(r.out.contains(QStringLiteral("paged token %1").arg(i)), qPrintable(r.out));
        }
        for (const QString &id : ids) {
            QVERIFY(r.out.contains(id));
            QCOMPARE(http("POST", QUrl(admin + QStringLiteral("personal-sessions/") + id + QStringLiteral("/revoke")),
                          token, "{}"),
                     200);
        }
        r = cli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("pages") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    QJsonObject synapseUser(const QString &userId)
    {
        QJsonObject user;
        const int status = http("GET",
                                QUrl(baseUrl().toString() + QStringLiteral("/_synapse/admin/v2/users/")
                                     + QString::fromLatin1(QUrl::toPercentEncoding(userId))),
                                str("admin_token"), {}, &user);
        if (status != 200) {
            qWarning() << "GET v2/users" << userId << "answered" << status << user;
        }
        return user;
    }
    QJsonObject masUser(const QString &localpart, const QString &token)
    {
        QJsonObject answer;
        const QString issuer = m_server.value(QStringLiteral("mas")).toObject().value(QStringLiteral("url")).toString();
        (void)http("GET", QUrl(issuer + QStringLiteral("api/admin/v1/users/by-username/") + localpart), token, {},
                   &answer);
        return answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("attributes")).toObject();
    }

    void usersActionsGoToMas()
    {
        // Signed in with OAuth (urn:mas:admin granted): lock, unlock and deactivate go to MAS,
        // which provisions them into Synapse; the preview reads MAS's state.
        control(QStringLiteral("browser-user"), { { QStringLiteral("username"), QStringLiteral("steward-admin") } });
        Run r = deviceGrant(QStringLiteral("masops"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const auto token = keychain(QStringLiteral("masops"));
        QVERIFY(token && token->ok());
        const QString suffix = QString::number(QDateTime::currentMSecsSinceEpoch());
        const QString lockName = QStringLiteral("mas-lock-") + suffix;
        const QString goneName = QStringLiteral("mas-gone-") + suffix;
        const QString lockId = control(QStringLiteral("users"), { { QStringLiteral("username"), lockName } })
                                   .value(QStringLiteral("user_id"))
                                   .toString();
        const QString goneId = control(QStringLiteral("users"), { { QStringLiteral("username"), goneName } })
                                   .value(QStringLiteral("user_id"))
                                   .toString();
        QVERIFY(!lockId.isEmpty() && !goneId.isEmpty());
        QCOMPARE(synapseUser(lockId).value(QStringLiteral("locked")).toBool(), false);
        auto users = [&](const char *action, const QString &list, const QStringList &extra = {}) {
            return cli(QStringList { QStringLiteral("--profile"), QStringLiteral("masops"), QStringLiteral("users"),
                                     QLatin1String(action), QStringLiteral("--users"), QStringLiteral("-") }
                           + extra,
                       list.toUtf8());
        };

        // Lock: done at MAS; Synapse shows the user locked.
        r = users("lock", lockId + u'\n', { QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Locked in Matrix Authentication Service")), qPrintable(r.out));
        QVERIFY(!masUser(lockName, token->token).value(QStringLiteral("locked_at")).toString().isEmpty());
        QCOMPARE(synapseUser(lockId).value(QStringLiteral("locked")).toBool(), true);
        // The preview reads MAS's state: already locked, nothing to change.
        r = users("lock", lockId + u'\n', { QStringLiteral("--dry-run") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Already locked")), qPrintable(r.out));
        // Unlock: Synapse shows it unlocked again.
        r = users("unlock", lockId + u'\n', { QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(masUser(lockName, token->token).value(QStringLiteral("locked_at")).isNull());
        QCOMPARE(synapseUser(lockId).value(QStringLiteral("locked")).toBool(), false);

        // The signed-in admin cannot lock or deactivate themself: refused, nothing changed.
        for (const char *action : { "lock", "deactivate" }) {
            r = users(action, str("admin_user_id") + u'\n', { QStringLiteral("--yes") });
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("signed in with")), qPrintable(r.err));
        }
        QVERIFY(masUser(QStringLiteral("steward-admin"), token->token).value(QStringLiteral("locked_at")).isNull());

        // Deactivate (without erase): MAS deactivates and has Synapse deactivate the account.
        r = users("deactivate", goneId + u'\n', { QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Deactivated in Matrix Authentication Service")), qPrintable(r.out));
        QVERIFY(!masUser(goneName, token->token).value(QStringLiteral("deactivated_at")).toString().isEmpty());
        const QJsonObject gone = synapseUser(goneId);
        QCOMPARE(gone.value(QStringLiteral("deactivated")).toBool(), true);
        QCOMPARE(gone.value(QStringLiteral("erased")).toBool(), false);
        r = users("deactivate", goneId + u'\n', { QStringLiteral("--dry-run") });
        QVERIFY2(r.out.contains(QStringLiteral("Already deactivated in Matrix Authentication Service")),
                 qPrintable(r.out));

        // A user MAS does not know is skipped with the reason.
        r = users("lock", QStringLiteral("@nobody-%1:%2\n").arg(suffix, str("server_name")),
                  { QStringLiteral("--dry-run") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("no such user")), qPrintable(r.out));

        r = cli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("masops") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void deviceGrantDeniedForNonAdmin()
    {
        // MAS's policy denies the admin scopes to a user who may not request them.
        control(QStringLiteral("browser-user"), { { QStringLiteral("username"), QStringLiteral("steward-user") } });
        const Run r = deviceGrant(QStringLiteral("nonadmin"), false);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("denied")), qPrintable(r.err));
        QCOMPARE(keychain(QStringLiteral("nonadmin"))->error.code, CredentialError::Code::NotFound);
    }
};

QTEST_MAIN(TestMasCli)
#include "tst_mas_cli.moc"
