#pragma once

#include "apiservice.h"
#include "result.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace Steward {

struct LoginResult
{
    QString accessToken;
    QString userId;
    QString deviceId;
};

/// Typed calls for discovery, login and logout.
namespace AuthApi {

/// GET /.well-known/matrix/client on the service's base URL (a server name's origin). The result
/// is m.homeserver.base_url, or an empty QUrl when the server does not delegate (404 or no entry).
ApiReply *wellKnown(ApiService *api, QObject *ctx, std::function<void(Result<QUrl>)> done);
/// GET /_matrix/client/v1/auth_metadata: true only when authentication is delegated to Matrix
/// Authentication Service (Synapse answers 200 only then).
ApiReply *usesDelegatedAuth(ApiService *api, QObject *ctx, std::function<void(Result<bool>)> done);
/// The same request: the issuer of the Matrix Authentication Service, empty when there is none.
ApiReply *authMetadata(ApiService *api, QObject *ctx, std::function<void(Result<QString>)> done);
/// POST /_matrix/client/v3/login with m.login.password. user: a localpart or a full user ID.
ApiReply *loginWithPassword(ApiService *api, const QString &user, const QString &password,
                            const QString &deviceDisplayName, QObject *ctx,
                            std::function<void(Result<LoginResult>)> done);
/// POST /_matrix/client/v3/logout with the service's token: the server forgets that token.
ApiReply *logout(ApiService *api, QObject *ctx, std::function<void(Result<bool>)> done);

} // namespace AuthApi

} // namespace Steward
