#include "sandboxconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Steward {

SandboxConnection SandboxConnection::load(const QString &path)
{
    SandboxConnection c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        c.error = QCoreApplication::translate("Steward::SandboxConnection",
                                              "Cannot read the sandbox file %1: %2. Start the sandbox with "
                                              "scripts/run-sandbox.sh.")
                      .arg(path, f.errorString());
        return c;
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    c.baseUrl = QUrl(o.value(QStringLiteral("base_url")).toString());
    c.token = o.value(QStringLiteral("admin_token")).toString();
    if (!c.baseUrl.isValid() || c.token.isEmpty()) {
        c.error = QCoreApplication::translate("Steward::SandboxConnection",
                                              "The sandbox file %1 has no base_url or admin token.")
                      .arg(path);
    }
    return c;
}

} // namespace Steward
