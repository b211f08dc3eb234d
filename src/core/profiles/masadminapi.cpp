#include "profiles/masadminapi.h"

#include "apiservice.h"
#include "matrixid.h"
#include "profiles/authapi.h"
#include "profiles/oauthclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Steward {

namespace {
/// MAS's own words: {"errors": [{"title": ...}]}.
ApiError masError(int status, const QJsonObject &body, const ApiError &transport)
{
    if (!transport.isOk()) {
        return transport;
    }
    QStringList titles;
    for (const QJsonValue &e : body.value(QStringLiteral("errors")).toArray()) {
        titles << e.toObject().value(QStringLiteral("title")).toString();
    }
    QString text = titles.join(QStringLiteral("; "));
    if (status == 401 || status == 403) {
        text = MasAdminApi::tr(
                   "the MAS admin API refused the token (HTTP %1%2): it needs the scope urn:mas:admin; sign in with "
                   "--oauth as a user MAS lets request admin rights")
                   .arg(status)
                   .arg(text.isEmpty() ? QString() : QStringLiteral(", ") + text);
        return ApiError(ApiError::Kind::Refused, text);
    }
    return ApiError(ApiError::Kind::Http, MasAdminApi::tr("MAS answered HTTP %1: %2").arg(status).arg(text));
}

QDateTime timeField(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

MasUser parseUser(const QJsonObject &resource)
{
    const QJsonObject a = resource.value(QStringLiteral("attributes")).toObject();
    MasUser u;
    u.id = resource.value(QStringLiteral("id")).toString();
    u.username = a.value(QStringLiteral("username")).toString();
    u.lockedAt = timeField(a, "locked_at");
    u.deactivatedAt = timeField(a, "deactivated_at");
    u.admin = a.value(QStringLiteral("admin")).toBool();
    return u;
}

MasPersonalSession parseSession(const QJsonObject &resource)
{
    const QJsonObject a = resource.value(QStringLiteral("attributes")).toObject();
    MasPersonalSession s;
    s.id = resource.value(QStringLiteral("id")).toString();
    s.name = a.value(QStringLiteral("human_name")).toString();
    s.scope = a.value(QStringLiteral("scope")).toString();
    s.createdAt = timeField(a, "created_at");
    s.expiresAt = timeField(a, "expires_at");
    s.revokedAt = timeField(a, "revoked_at");
    return s;
}
} // namespace

MasAdminApi::MasAdminApi(QNetworkAccessManager *nam, const QUrl &issuer, const QString &token, QObject *parent)
    : QObject(parent)
    , m_http(new OAuthClient(nam, this))
    , m_issuer(issuer)
    , m_token(token)
{ }

void MasAdminApi::setPinnedCertificateSha256(const QByteArray &digest)
{
    m_http->setPinnedCertificateSha256(digest);
}

MasAdminApi::MasAdminApi(ApiService *service, const QUrl &issuer, QObject *parent)
    : MasAdminApi(service->networkAccessManager(), issuer, service->accessToken(), parent)
{
    m_service = service;
    setPinnedCertificateSha256(service->pinnedCertificateSha256());
}

QString MasAdminApi::token() const
{
    return m_service ? m_service->accessToken() : m_token;
}

QUrl MasAdminApi::endpoint(const QString &path) const
{
    QUrl base = m_issuer;
    if (!base.path().endsWith(u'/')) {
        base.setPath(base.path() + u'/');
    }
    return base.resolved(QUrl(QStringLiteral("api/admin/v1/") + path));
}

void MasAdminApi::userIdByUsername(const QString &localpart, std::function<void(const Result<QString> &)> done)
{
    const QUrl url =
        endpoint(QStringLiteral("users/by-username/") + QString::fromLatin1(QUrl::toPercentEncoding(localpart)));
    m_http->sendJson(
        url, "GET", QByteArray(),
        [done = std::move(done)](int status, const QJsonObject &o, const ApiError &e) {
            if (status != 200) {
                done(masError(status, o, e));
                return;
            }
            const QString id = o.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
            done(id.isEmpty() ? Result<QString>(ApiError::invalidResponse(tr("the MAS user has no id"))) : id);
        },
        m_token);
}

void MasAdminApi::listPersonalSessions(std::function<void(const Result<QList<MasPersonalSession>> &)> done)
{
    listPersonalSessionsAfter(QString(), {}, std::move(done));
}

void MasAdminApi::listPersonalSessionsAfter(const QString &cursor, QList<MasPersonalSession> sofar,
                                            std::function<void(const Result<QList<MasPersonalSession>> &)> done)
{
    // JSON:API pages at MAS's own page size; links.next (present only when there is a next page)
    // carries the cursor of the next one as page[after]. Our own URL is built with it, so a MAS
    // behind a path prefix is still reached where the issuer says.
    QUrl url = endpoint(QStringLiteral("personal-sessions"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filter[status]"), QStringLiteral("active"));
    if (!cursor.isEmpty()) {
        query.addQueryItem(QStringLiteral("page[after]"), cursor);
    }
    url.setQuery(query);
    m_http->sendJson(
        url, "GET", QByteArray(),
        [this, cursor, sofar = std::move(sofar), done = std::move(done)](int status, const QJsonObject &o,
                                                                         const ApiError &e) mutable {
            if (status != 200) {
                done(masError(status, o, e));
                return;
            }
            for (const QJsonValue &v : o.value(QStringLiteral("data")).toArray()) {
                sofar << parseSession(v.toObject());
            }
            const QString next = o.value(QStringLiteral("links")).toObject().value(QStringLiteral("next")).toString();
            if (next.isEmpty()) {
                done(sofar);
                return;
            }
            const QString after =
                QUrlQuery(QUrl(next)).queryItemValue(QStringLiteral("page[after]"), QUrl::FullyDecoded);
            if (after.isEmpty() || after == cursor) {
                done(ApiError::invalidResponse(
                    MasAdminApi::tr("MAS named a next page of personal sessions without a new page[after] cursor")));
                return;
            }
            listPersonalSessionsAfter(after, std::move(sofar), std::move(done));
        },
        m_token);
}

void MasAdminApi::createPersonalSession(
    const QString &actorUserId, const QString &name, const QString &scope, std::optional<int> expiresInSeconds,
    std::function<void(const Result<std::pair<MasPersonalSession, QString>> &)> done)
{
    QJsonObject body { { QStringLiteral("actor_user_id"), actorUserId },
                       { QStringLiteral("human_name"), name },
                       { QStringLiteral("scope"), scope } };
    if (expiresInSeconds) {
        body.insert(QStringLiteral("expires_in"), *expiresInSeconds);
    }
    m_http->sendJson(
        endpoint(QStringLiteral("personal-sessions")), "POST", QJsonDocument(body).toJson(QJsonDocument::Compact),
        [done = std::move(done)](int status, const QJsonObject &o, const ApiError &e) {
            if (status != 201 && status != 200) {
                done(masError(status, o, e));
                return;
            }
            const QJsonObject data = o.value(QStringLiteral("data")).toObject();
            const QString token =
                data.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("access_token")).toString();
            if (token.isEmpty()) {
                done(ApiError::invalidResponse(tr("MAS created the personal session but sent no access token")));
                return;
            }
            done(std::make_pair(parseSession(data), token));
        },
        m_token);
}

void MasAdminApi::revokePersonalSession(const QString &id, std::function<void(const ApiError &)> done)
{
    m_http->sendJson(
        endpoint(QStringLiteral("personal-sessions/%1/revoke").arg(QString::fromLatin1(QUrl::toPercentEncoding(id)))),
        "POST", QByteArrayLiteral("{}"),
        [done = std::move(done)](int status, const QJsonObject &o, const ApiError &e) {
            done(status == 200 ? ApiError() : masError(status, o, e));
        },
        m_token);
}

QString MasAdminApi::missingScopeReason()
{
    return MasAdminApi::tr(
        "This server delegates sign-in to Matrix Authentication Service (MAS), which owns locking, "
        "deactivation, admin rights and passwords; changing them needs MAS's admin API, and this sign-in's "
        "token lacks its scope urn:mas:admin. Sign in with OAuth (\"Sign In with Browser\", or steward-cli "
        "profile add --oauth) as a user MAS lets request admin rights.");
}

void MasAdminApi::userByUsername(const QString &localpart,
                                 std::function<void(const Result<std::optional<MasUser>> &)> done)
{
    const QUrl url =
        endpoint(QStringLiteral("users/by-username/") + QString::fromLatin1(QUrl::toPercentEncoding(localpart)));
    m_http->sendJson(
        url, "GET", QByteArray(),
        [done = std::move(done)](int status, const QJsonObject &o, const ApiError &e) {
            if (status == 404) {
                done(std::optional<MasUser>());
                return;
            }
            if (status != 200) {
                done(masError(status, o, e));
                return;
            }
            const MasUser u = parseUser(o.value(QStringLiteral("data")).toObject());
            if (u.id.isEmpty()) {
                done(ApiError::invalidResponse(MasAdminApi::tr("the MAS user has no id")));
                return;
            }
            done(std::optional<MasUser>(u));
        },
        token());
}

namespace {
/// The answer to a request whose 200 carries one user: the user, or MAS's error.
auto userAnswer(std::function<void(const Result<MasUser> &)> done)
{
    return [done = std::move(done)](int status, const QJsonObject &o, const ApiError &e) {
        if (status != 200) {
            done(masError(status, o, e));
            return;
        }
        done(parseUser(o.value(QStringLiteral("data")).toObject()));
    };
}
} // namespace

void MasAdminApi::user(const QString &masUserId, std::function<void(const Result<MasUser> &)> done)
{
    m_http->sendJson(endpoint(QStringLiteral("users/") + QString::fromLatin1(QUrl::toPercentEncoding(masUserId))),
                     "GET", QByteArray(), userAnswer(std::move(done)), token());
}

void MasAdminApi::userAction(const QString &masUserId, const char *action, const QJsonObject &body,
                             std::function<void(const Result<MasUser> &)> done)
{
    const QString path = QStringLiteral("users/%1/%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(masUserId)), QLatin1String(action));
    m_http->sendJson(endpoint(path), "POST", QJsonDocument(body).toJson(QJsonDocument::Compact),
                     userAnswer(std::move(done)), token());
}

void MasAdminApi::lockUser(const QString &masUserId, std::function<void(const Result<MasUser> &)> done)
{
    userAction(masUserId, "lock", {}, std::move(done));
}

void MasAdminApi::unlockUser(const QString &masUserId, std::function<void(const Result<MasUser> &)> done)
{
    userAction(masUserId, "unlock", {}, std::move(done));
}

void MasAdminApi::deactivateUser(const QString &masUserId, bool erase,
                                 std::function<void(const Result<MasUser> &)> done)
{
    userAction(masUserId, "deactivate", { { QStringLiteral("skip_erase"), !erase } }, std::move(done));
}

void MasAdminApi::reactivateUser(const QString &masUserId, std::function<void(const Result<MasUser> &)> done)
{
    userAction(masUserId, "reactivate", {}, std::move(done));
}

void MasAdminApi::setUserAdmin(const QString &masUserId, bool admin, std::function<void(const Result<MasUser> &)> done)
{
    userAction(masUserId, "set-admin", { { QStringLiteral("admin"), admin } }, std::move(done));
}

void MasAdminApi::setUserPassword(const QString &masUserId, const QString &password,
                                  std::function<void(const ApiError &)> done)
{
    m_http->sendJson(
        endpoint(QStringLiteral("users/%1/set-password").arg(QString::fromLatin1(QUrl::toPercentEncoding(masUserId)))),
        "POST", QJsonDocument(QJsonObject { { QStringLiteral("password"), password } }).toJson(QJsonDocument::Compact),
        [done = std::move(done)](int status, const QJsonObject &o, const ApiError &e) {
            done(status == 204 || status == 200 ? ApiError() : masError(status, o, e));
        },
        token());
}

void MasAdminApi::probeAccess(ApiService *api, const QString &selfUserId, QObject *ctx,
                              std::function<void(const Result<Access> &)> done)
{
    AuthApi::authMetadata(api, ctx, [api, selfUserId, ctx, done](const Result<QString> &issuer) {
        if (!issuer.ok()) {
            done(issuer.error());
            return;
        }
        Access access;
        access.issuer = QUrl(issuer.value());
        if (!access.delegated()) {
            done(access);
            return;
        }
        // Reading one's own MAS account needs exactly the admin API's scope.
        auto *mas = new MasAdminApi(api, access.issuer, ctx);
        mas->userByUsername(MatrixId::localpart(selfUserId),
                            [mas, access, done](const Result<std::optional<MasUser>> &self) mutable {
                                mas->deleteLater();
                                if (self.ok()) {
                                    access.adminApi = true;
                                } else if (self.error().kind() == ApiError::Kind::Refused) {
                                    access.reason = missingScopeReason();
                                } else {
                                    done(self.error());
                                    return;
                                }
                                done(access);
                            });
    });
}

} // namespace Steward
