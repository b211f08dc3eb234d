#include "testserver.h"

#include <QFile>
#include <QJsonDocument>

namespace StewardTest {

TestServer TestServer::load()
{
    TestServer s;
    const QString path = qEnvironmentVariable("STEWARD_TEST_SERVER_FILE");
    if (path.isEmpty()) {
        s.error = QStringLiteral("STEWARD_TEST_SERVER_FILE is not set: run this test through ctest, which starts "
                                 "the Synapse fixture");
        return s;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        s.error = QStringLiteral("cannot read %1: %2 (did the synapse_start fixture fail?)").arg(path, f.errorString());
        return s;
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    s.baseUrl = QUrl(o.value(QStringLiteral("base_url")).toString());
    s.serverName = o.value(QStringLiteral("server_name")).toString();
    s.adminUserId = o.value(QStringLiteral("admin_user_id")).toString();
    s.adminToken = o.value(QStringLiteral("admin_token")).toString();
    s.adminPassword = o.value(QStringLiteral("admin_password")).toString();
    s.userId = o.value(QStringLiteral("user_id")).toString();
    s.userToken = o.value(QStringLiteral("user_token")).toString();
    s.userPassword = o.value(QStringLiteral("user_password")).toString();
    s.seed = o.value(QStringLiteral("seed")).toObject();
    if (!s.baseUrl.isValid() || s.adminToken.isEmpty() || s.userToken.isEmpty()) {
        s.error = QStringLiteral("%1 lacks base_url or tokens").arg(path);
    }
    return s;
}

} // namespace StewardTest
