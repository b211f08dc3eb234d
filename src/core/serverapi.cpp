#include "serverapi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Steward {

ApiReply *ServerApi::serverVersion(ApiService *api, QObject *ctx, std::function<void(Result<QString>)> done)
{
    auto req = ApiRequest::get(u"/_synapse/admin/v1/server_version").setAuthenticated(false).setMaxTransientRetries(3);
    return api->call<QString>(
        req, ctx,
        [](const ApiReply &r) -> Result<QString> {
            const QString v = r.object().value(QStringLiteral("server_version")).toString();
            if (v.isEmpty()) {
                return ApiError::missingField("server_version");
            }
            return v;
        },
        std::move(done));
}

ApiReply *ServerApi::clientVersions(ApiService *api, QObject *ctx, std::function<void(Result<ClientVersions>)> done)
{
    auto req = ApiRequest::get(u"/_matrix/client/versions").setAuthenticated(false).setMaxTransientRetries(3);
    return api->call<ClientVersions>(
        req, ctx,
        [](const ApiReply &r) -> Result<ClientVersions> {
            const QJsonObject obj = r.object();
            if (!obj.value(QStringLiteral("versions")).isArray()) {
                return ApiError::invalidResponse(QCoreApplication::translate(
                    "Steward::ServerApi", "this does not look like a Matrix homeserver (no \"versions\" list)"));
            }
            ClientVersions cv;
            for (const auto &v : obj.value(QStringLiteral("versions")).toArray()) {
                cv.versions << v.toString();
            }
            const QJsonObject features = obj.value(QStringLiteral("unstable_features")).toObject();
            for (auto it = features.begin(); it != features.end(); ++it) {
                if (it.value().toBool()) {
                    cv.unstableFeatures << it.key();
                }
            }
            return cv;
        },
        std::move(done));
}

ApiReply *ServerApi::whoAmI(ApiService *api, QObject *ctx, std::function<void(Result<WhoAmI>)> done)
{
    return api->call<WhoAmI>(
        ApiRequest::get(u"/_matrix/client/v3/account/whoami"), ctx,
        [](const ApiReply &r) -> Result<WhoAmI> {
            const QJsonObject obj = r.object();
            WhoAmI w;
            w.userId = obj.value(QStringLiteral("user_id")).toString();
            w.deviceId = obj.value(QStringLiteral("device_id")).toString();
            w.isGuest = obj.value(QStringLiteral("is_guest")).toBool();
            if (w.userId.isEmpty()) {
                return ApiError::missingField("user_id");
            }
            return w;
        },
        std::move(done));
}

ApiReply *ServerApi::isServerAdmin(ApiService *api, const QString &userId, QObject *ctx,
                                   std::function<void(Result<bool>)> done)
{
    // Not users/<id>/admin: servers delegating to MAS do not register it. Reading one's own account
    // is admin-only on both kinds of server (under MAS a token is an admin's exactly when its scope
    // holds urn:synapse:admin:*, whatever the account's admin flag says), and costs one row.
    ApiReply *reply = api->send(ApiRequest::get(u"/_synapse/admin/v2/users/{}", { userId }));
    QObject::connect(reply, &ApiReply::finished, ctx, [reply, done = std::move(done)]() {
        if (reply->ok()) {
            done(true);
        } else if (reply->error().isForbidden()) {
            done(false); // Synapse answers 403 "You are not a server admin"
        } else {
            done(reply->error());
        }
    });
    return reply;
}

ServerProbe::ServerProbe(ApiService *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

ApiError ServerProbe::notAdminError(const QString &userId)
{
    return ApiError(ApiError::Kind::Refused,
                    QCoreApplication::translate("Steward::ServerProbe",
                                                "%1 is not a server administrator. Steward manages the whole server "
                                                "and needs the access token of a Synapse server admin.")
                        .arg(userId));
}

void ServerProbe::start(bool requireAdmin)
{
    m_requireAdmin = requireAdmin;
    m_status = ServerStatus();
    m_status.baseUrl = m_api->baseUrl();
    m_pending << ServerApi::clientVersions(m_api, this, [this](const Result<ClientVersions> &r) {
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        m_status.clientVersions = r.value();
        m_pending << ServerApi::serverVersion(m_api, this, [this](const Result<QString> &v) {
            // Not every deployment exposes /_synapse/admin without a token; the version is nice to have.
            m_status.serverVersion = v.ok() ? v.value() : QString();
            checkToken();
        });
    });
}

void ServerProbe::checkToken()
{
    if (!m_api->hasAccessToken()) {
        Q_EMIT finished(m_status);
        return;
    }
    m_pending << ServerApi::whoAmI(m_api, this, [this](const Result<WhoAmI> &w) {
        if (!w.ok()) {
            fail(w.error());
            return;
        }
        m_status.whoAmI = w.value();
        m_pending << ServerApi::isServerAdmin(m_api, w->userId, this, [this](const Result<bool> &admin) {
            if (!admin.ok()) {
                fail(admin.error());
                return;
            }
            m_status.isAdmin = admin.value();
            if (m_requireAdmin && !m_status.isAdmin) {
                fail(notAdminError(m_status.whoAmI.userId));
                return;
            }
            Q_EMIT finished(m_status);
        });
    });
}

void ServerProbe::cancel()
{
    for (const auto &r : std::as_const(m_pending)) {
        if (r) {
            r->cancel();
        }
    }
}

void ServerProbe::fail(const ApiError &error)
{
    Q_EMIT finished(error);
}

} // namespace Steward
