// Sign-in and sign-out against the real Synapse: password login, wrong password, a normal user
// refused (and its fresh token revoked), a pasted token, and sign-out really invalidating the token.
#include "apiservice.h"
#include "await.h"
#include "profiles/memorycredentialstore.h"
#include "profiles/profilestore.h"
#include "profiles/signin.h"
#include "profiles/signout.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Steward;

class TestSignInSynapse : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    /// Sends one request with the given token; returns the HTTP status (0: no answer).
    int status(const StewardTest::TestServer &server, const QString &token, ApiRequest request,
               QJsonObject *body = nullptr)
    {
        ApiService api(&m_nam);
        api.setBaseUrl(server.baseUrl);
        api.setAccessToken(token);
        api.setRetryPolicy(RetryPolicy {});
        const StewardTest::Answer a = StewardTest::await(api.send(std::move(request)));
        if (body && a.finished) {
            *body = a.object;
        }
        return a.status;
    }

    /// A fresh user of our own (the fixture is shared): returns its localpart.
    QString createUser(const StewardTest::TestServer &server, const QString &password, bool admin)
    {
        const QString localpart =
            QStringLiteral("profiles-") + QUuid::createUuid().toString(QUuid::Id128).left(12).toLower();
        const QString userId = QStringLiteral("@%1:%2").arg(localpart, server.serverName);
        const int code =
            status(server, server.adminToken,
                   ApiRequest::put(u"/_synapse/admin/v2/users/{}", { userId },
                                   { { QStringLiteral("password"), password }, { QStringLiteral("admin"), admin } }));
        return code == 201 ? localpart : QString();
    }

    struct Run
    {
        std::optional<SignInOutcome> outcome;
        std::optional<SignInError> error;
    };
    Run signIn(const SignInRequest &request)
    {
        SignIn signIn(&m_nam);
        Run run;
        connect(&signIn, &SignIn::succeeded, this, [&](const SignInOutcome &o) { run.outcome = o; });
        connect(&signIn, &SignIn::failed, this, [&](const SignInError &e) { run.error = e; });
        signIn.start(request);
        (void)QTest::qWaitFor([&]() { return run.outcome || run.error; }, 60000);
        return run;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void passwordSignInThenSignOutRevokes()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString localpart = createUser(server, password, true);
        QVERIFY(!localpart.isEmpty());

        SignInRequest req;
        req.homeserver = server.baseUrl.toString();
        req.user = localpart;
        req.password = password;
        const Run run = signIn(req);
        QVERIFY2(run.outcome, run.error ? qPrintable(run.error->describe()) : "no result");
        const SignInOutcome &o = *run.outcome;
        QCOMPARE(o.whoAmI.userId, QStringLiteral("@%1:%2").arg(localpart, server.serverName));
        QCOMPARE(o.serverName, server.serverName);
        QVERIFY(!o.whoAmI.deviceId.isEmpty());
        QVERIFY(o.tokenCreatedBySignIn);
        QVERIFY(o.server.serverVersion.startsWith(QStringLiteral("1.")));
        QVERIFY(!o.server.delegatedAuth); // Synapse without MAS: auth_metadata is 404
        QCOMPARE(status(server, o.accessToken, ApiRequest::get(u"/_matrix/client/v3/account/whoami")), 200);

        // The device carries Steward's name.
        QJsonObject device;
        QCOMPARE(
            status(server, server.adminToken,
                   ApiRequest::get(u"/_synapse/admin/v2/users/{}/devices/{}", { o.whoAmI.userId, o.whoAmI.deviceId }),
                   &device),
            200);
        QCOMPARE(device.value(QStringLiteral("display_name")).toString(), SignIn::defaultDeviceDisplayName());

        // Sign out through the app's path: the token is read from the credential store.
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.conf")));
        MemoryCredentialStore credentials;
        Profile p;
        p.name = QStringLiteral("signout");
        p.baseUrl = o.server.baseUrl;
        p.userId = o.whoAmI.userId;
        store.save(p);
        bool written = false;
        credentials.writeToken(p.name, o.accessToken, this, [&](const CredentialError &e) { written = e.ok(); });
        QTRY_VERIFY(written);

        SignOut signOut(&m_nam, &store, &credentials);
        std::optional<SignOutReport> report;
        connect(&signOut, &SignOut::finished, this, [&](const SignOutReport &r) { report = r; });
        signOut.start(p, SignOut::Mode::SignOut);
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 30000);
        QVERIFY2(report->ok(), qPrintable(report->describe()));
        QVERIFY(report->revoked);
        QVERIFY(report->tokenDeleted);
        QVERIFY(!report->profileRemoved);
        QVERIFY(store.contains(p.name)); // sign out keeps the profile
        QVERIFY(!credentials.contains(p.name));
        QCOMPARE(status(server, o.accessToken, ApiRequest::get(u"/_matrix/client/v3/account/whoami")), 401);

        // Forget: nothing left to revoke; the profile goes.
        SignOut forget(&m_nam, &store, &credentials);
        report.reset();
        connect(&forget, &SignOut::finished, this, [&](const SignOutReport &r) { report = r; });
        forget.start(p, SignOut::Mode::Forget);
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 30000);
        QVERIFY(report->profileRemoved);
        QVERIFY(!report->hadToken);
        QVERIFY(!store.contains(p.name));
    }

    void wrongPassword()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        const QString localpart = createUser(server, QStringLiteral("the-right-one"), true);
        QVERIFY(!localpart.isEmpty());
        SignInRequest req;
        req.homeserver = server.baseUrl.toString();
        req.user = localpart;
        req.password = QStringLiteral("not-the-right-one");
        const Run run = signIn(req);
        QVERIFY(run.error);
        QCOMPARE(run.error->reason, SignInError::Reason::WrongCredentials);
        QVERIFY(!run.error->describe().contains(req.password));
    }

    void normalUserIsRefusedAndItsTokenRevoked()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        const QString password = QStringLiteral("normal-pw");
        const QString localpart = createUser(server, password, false);
        QVERIFY(!localpart.isEmpty());
        const QString userId = QStringLiteral("@%1:%2").arg(localpart, server.serverName);
        SignInRequest req;
        req.homeserver = server.baseUrl.toString();
        req.user = localpart;
        req.password = password;
        const Run run = signIn(req);
        QVERIFY(run.error);
        QCOMPARE(run.error->reason, SignInError::Reason::NotAdmin);
        QVERIFY(run.error->describe().contains(userId));
        QVERIFY(run.error->describe().contains(QStringLiteral("not a server administrator")));
        // The login made a device; refusing it logged that device out again.
        QJsonObject devices;
        QCOMPARE(status(server, server.adminToken, ApiRequest::get(u"/_synapse/admin/v2/users/{}/devices", { userId }),
                        &devices),
                 200);
        QCOMPARE(devices.value(QStringLiteral("total")).toInt(), 0);
    }

    void pastedTokens()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        SignInRequest req;
        req.homeserver = server.baseUrl.toString();
        req.method = SignInRequest::Method::Token;
        req.token = server.adminToken;
        Run run = signIn(req);
        QVERIFY2(run.outcome, run.error ? qPrintable(run.error->describe()) : "no result");
        QCOMPARE(run.outcome->whoAmI.userId, server.adminUserId);
        QVERIFY(!run.outcome->tokenCreatedBySignIn);

        req.token = server.userToken;
        run = signIn(req);
        QVERIFY(run.error);
        QCOMPARE(run.error->reason, SignInError::Reason::NotAdmin);
        // A pasted token is not ours to revoke: it still works.
        QCOMPARE(status(server, server.userToken, ApiRequest::get(u"/_matrix/client/v3/account/whoami")), 200);

        req.token = QStringLiteral("syt_made_up_token");
        run = signIn(req);
        QVERIFY(run.error);
        QCOMPARE(run.error->reason, SignInError::Reason::InvalidToken);
    }
};

QTEST_GUILESS_MAIN(TestSignInSynapse)
#include "tst_signin_synapse.moc"
