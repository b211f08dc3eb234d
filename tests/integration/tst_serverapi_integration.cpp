// Server version, whoami and the admin check against the real Synapse started by the fixture.
#include "await.h"
#include "serverapi.h"
#include "serversession.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Steward;

class TestServerApiIntegration : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void serverVersion()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        ApiService api(&m_nam);
        api.setBaseUrl(server.baseUrl);
        std::optional<Result<QString>> result;
        ServerApi::serverVersion(&api, this, [&](const Result<QString> &r) { result = r; });
        QVERIFY(StewardTest::await(result));
        QVERIFY2(result->ok(), qPrintable(result->error().describe()));
        QVERIFY(result->value().startsWith(QStringLiteral("1.")));
    }

    void clientVersions()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        ApiService api(&m_nam);
        api.setBaseUrl(server.baseUrl);
        std::optional<Result<ClientVersions>> result;
        ServerApi::clientVersions(&api, this, [&](const Result<ClientVersions> &r) { result = r; });
        QVERIFY(StewardTest::await(result));
        QVERIFY(result->ok());
        QVERIFY(result->value().versions.contains(QStringLiteral("v1.1")));
    }

    void whoAmI_data()
    {
        QTest::addColumn<bool>("admin");
        QTest::newRow("admin") << true;
        QTest::newRow("normal user") << false;
    }
    void whoAmI()
    {
        QFETCH(bool, admin);
        STEWARD_REQUIRE_TEST_SERVER(server);
        ApiService api(&m_nam);
        api.setBaseUrl(server.baseUrl);
        api.setAccessToken(admin ? server.adminToken : server.userToken);
        std::optional<Result<WhoAmI>> result;
        ServerApi::whoAmI(&api, this, [&](const Result<WhoAmI> &r) { result = r; });
        QVERIFY(StewardTest::await(result));
        QVERIFY2(result->ok(), qPrintable(result->error().describe()));
        QCOMPARE(result->value().userId, admin ? server.adminUserId : server.userId);
        QVERIFY(!result->value().deviceId.isEmpty());
    }

    void adminCheck_data()
    {
        QTest::addColumn<bool>("admin");
        QTest::newRow("admin: yes") << true;
        QTest::newRow("normal user: no") << false;
    }
    void adminCheck()
    {
        QFETCH(bool, admin);
        STEWARD_REQUIRE_TEST_SERVER(server);
        ApiService api(&m_nam);
        api.setBaseUrl(server.baseUrl);
        api.setAccessToken(admin ? server.adminToken : server.userToken);
        std::optional<Result<bool>> result;
        ServerApi::isServerAdmin(&api, admin ? server.adminUserId : server.userId, this,
                                 [&](const Result<bool> &r) { result = r; });
        QVERIFY(StewardTest::await(result));
        QVERIFY2(result->ok(), qPrintable(result->error().describe()));
        QCOMPARE(result->value(), admin);
    }

    void sessionRefusesNonAdminWithClearMessage()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        ServerSession session(&m_nam);
        QSignalSpy spy(&session, &ServerSession::stateChanged);
        session.open(server.baseUrl, server.userToken, true);
        QTRY_VERIFY_WITH_TIMEOUT(session.state() == ServerSession::State::Failed
                                     || session.state() == ServerSession::State::Connected,
                                 30000);
        QCOMPARE(session.state(), ServerSession::State::Failed);
        const QString message = session.lastError().describe();
        QVERIFY2(message.contains(server.userId), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not a server administrator")), qPrintable(message));
        QVERIFY(!message.contains(server.userToken));
    }

    void sessionConnectsAsAdmin()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        ServerSession session(&m_nam);
        session.open(server.baseUrl, server.adminToken, true);
        QTRY_VERIFY_WITH_TIMEOUT(session.state() != ServerSession::State::Connecting, 30000);
        QCOMPARE(session.state(), ServerSession::State::Connected);
        QCOMPARE(session.status().whoAmI.userId, server.adminUserId);
        QVERIFY(session.status().isAdmin);
        QVERIFY(!session.status().serverVersion.isEmpty());
    }

    void invalidTokenIsAuthenticationFailure()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        ServerSession session(&m_nam);
        session.open(server.baseUrl, QStringLiteral("syt_not_a_real_token"), true);
        QTRY_VERIFY_WITH_TIMEOUT(session.state() != ServerSession::State::Connecting, 30000);
        QCOMPARE(session.state(), ServerSession::State::Failed);
        QVERIFY(session.lastError().isAuthenticationFailure());
        QCOMPARE(session.lastError().httpStatus(), 401);
    }
};

QTEST_GUILESS_MAIN(TestServerApiIntegration)
#include "tst_serverapi_integration.moc"
