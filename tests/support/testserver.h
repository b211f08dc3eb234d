#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace StewardTest {

/// The real Synapse started by the CTest fixture (tests/synapse/synapsectl.py): its address and
/// the throwaway tokens of its admin and normal user, read from the file the fixture wrote.
struct TestServer
{
    QUrl baseUrl;
    QString serverName;
    QString adminUserId;
    QString adminToken;
    QString adminPassword;
    QString userId;
    QString userToken;
    QString userPassword;
    QJsonObject seed;
    QString error; ///< why loading failed (empty on success)

    bool isValid() const { return error.isEmpty(); }
    static TestServer load();
};

} // namespace StewardTest

/// In a test function: load the server or fail (never skip: the fixture must provide it).
#define STEWARD_REQUIRE_TEST_SERVER(var)                                                                               \
    const StewardTest::TestServer var = StewardTest::TestServer::load();                                               \
    QVERIFY2(var.isValid(), qPrintable(var.error))
