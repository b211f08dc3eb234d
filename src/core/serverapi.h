#pragma once

#include "apiservice.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Steward {

struct WhoAmI
{
    QString userId;
    QString deviceId;
    bool isGuest = false;
};

struct ClientVersions
{
    QStringList versions;
    QStringList unstableFeatures; ///< the ones the server enables
};

/// Typed calls for the server as a whole: versions, who the token belongs to, admin status.
namespace ServerApi {

/// GET /_synapse/admin/v1/server_version (no authentication needed).
ApiReply *serverVersion(ApiService *api, QObject *ctx, std::function<void(Result<QString>)> done);
/// GET /_matrix/client/versions (no authentication needed).
ApiReply *clientVersions(ApiService *api, QObject *ctx, std::function<void(Result<ClientVersions>)> done);
/// GET /_matrix/client/v3/account/whoami
ApiReply *whoAmI(ApiService *api, QObject *ctx, std::function<void(Result<WhoAmI>)> done);
/// Whether the token is a server admin's: GET /_synapse/admin/v2/users/<userId> (the token's own
/// user), which works with and without MAS. A 403 (not an admin) is a successful "false".
ApiReply *isServerAdmin(ApiService *api, const QString &userId, QObject *ctx, std::function<void(Result<bool>)> done);

} // namespace ServerApi

/// What Steward knows about the server it is connected to.
struct ServerStatus
{
    QUrl baseUrl;
    QString serverVersion;
    ClientVersions clientVersions;
    WhoAmI whoAmI; ///< empty when no token was used
    bool isAdmin = false;
};

/// Checks a connection step by step: client versions (is it a Matrix server?), server version,
/// and, with a token, whoami and the admin check. Reports the first failure with its reason.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServerProbe(ApiService *api, QObject *parent = nullptr);

    /// requireAdmin: a token that is not a server admin's fails the probe with a clear error.
    void start(bool requireAdmin);
    void cancel();

    static ApiError notAdminError(const QString &userId);

Q_SIGNALS:
    void finished(const Steward::Result<Steward::ServerStatus> &result);

private:
    void fail(const ApiError &error);
    void checkToken();

    ApiService *m_api;
    ServerStatus m_status;
    bool m_requireAdmin = true;
    QList<QPointer<ApiReply>> m_pending;
};

} // namespace Steward
