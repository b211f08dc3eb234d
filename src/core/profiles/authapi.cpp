#include "profiles/authapi.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Steward {

ApiReply *AuthApi::wellKnown(ApiService *api, QObject *ctx, std::function<void(Result<QUrl>)> done)
{
    auto req = ApiRequest::get(u"/.well-known/matrix/client").setAuthenticated(false).setMaxTransientRetries(1);
    ApiReply *reply = api->send(req);
    QObject::connect(reply, &ApiReply::finished, ctx, [reply, done = std::move(done)]() {
        if (!reply->ok()) {
            const ApiError &e = reply->error();
            // No delegation: 404, or a web server answering something that is not the well-known JSON.
            if (e.kind() == ApiError::Kind::Http || e.kind() == ApiError::Kind::InvalidResponse) {
                done(QUrl());
            } else {
                done(e);
            }
            return;
        }
        const QString base = reply->object()
                                 .value(QStringLiteral("m.homeserver"))
                                 .toObject()
                                 .value(QStringLiteral("base_url"))
                                 .toString();
        if (base.isEmpty()) {
            done(QUrl());
            return;
        }
        const QUrl url(base, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http")) {
            done(ApiError::invalidResponse(
                QCoreApplication::translate("Steward::AuthApi",
                                            "/.well-known/matrix/client names \"%1\", which is not a homeserver URL")
                    .arg(base)));
            return;
        }
        done(url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment));
    });
    return reply;
}

ApiReply *AuthApi::usesDelegatedAuth(ApiService *api, QObject *ctx, std::function<void(Result<bool>)> done)
{
    return authMetadata(api, ctx, [done = std::move(done)](const Result<QString> &issuer) {
        if (issuer.ok()) {
            done(!issuer.value().isEmpty());
        } else {
            done(issuer.error());
        }
    });
}

ApiReply *AuthApi::authMetadata(ApiService *api, QObject *ctx, std::function<void(Result<QString>)> done)
{
    auto req = ApiRequest::get(u"/_matrix/client/v1/auth_metadata").setAuthenticated(false).setMaxTransientRetries(1);
    ApiReply *reply = api->send(req);
    QObject::connect(reply, &ApiReply::finished, ctx, [reply, done = std::move(done)]() {
        if (reply->ok()) {
            done(reply->object().value(QStringLiteral("issuer")).toString());
        } else if (reply->error().kind() == ApiError::Kind::Http) {
            done(QString()); // 404 M_UNRECOGNIZED: Synapse does its own authentication
        } else {
            done(reply->error());
        }
    });
    return reply;
}

ApiReply *AuthApi::loginWithPassword(ApiService *api, const QString &user, const QString &password,
                                     const QString &deviceDisplayName, QObject *ctx,
                                     std::function<void(Result<LoginResult>)> done)
{
    const QJsonObject body {
        { QStringLiteral("type"), QStringLiteral("m.login.password") },
        { QStringLiteral("identifier"),
          QJsonObject { { QStringLiteral("type"), QStringLiteral("m.id.user") }, { QStringLiteral("user"), user } } },
        { QStringLiteral("password"), password },
        { QStringLiteral("initial_device_display_name"), deviceDisplayName },
    };
    auto req = ApiRequest::post(u"/_matrix/client/v3/login", {}, body).setAuthenticated(false);
    return api->call<LoginResult>(
        req, ctx,
        [](const ApiReply &r) -> Result<LoginResult> {
            const QJsonObject o = r.object();
            LoginResult l;
            l.accessToken = o.value(QStringLiteral("access_token")).toString();
            l.userId = o.value(QStringLiteral("user_id")).toString();
            l.deviceId = o.value(QStringLiteral("device_id")).toString();
            if (l.accessToken.isEmpty() || l.userId.isEmpty()) {
                return ApiError::invalidResponse(
                    QCoreApplication::translate("Steward::AuthApi", "the login answer has no access_token or user_id"));
            }
            return l;
        },
        std::move(done));
}

ApiReply *AuthApi::logout(ApiService *api, QObject *ctx, std::function<void(Result<bool>)> done)
{
    auto req = ApiRequest::post(u"/_matrix/client/v3/logout", {}, QJsonObject()).setSafeToRepeat(true);
    return api->call<bool>(
        req, ctx, [](const ApiReply &) -> Result<bool> { return true; }, std::move(done));
}

} // namespace Steward
