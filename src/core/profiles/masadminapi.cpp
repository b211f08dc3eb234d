#include "masadminapi.h"

#include "oauthclient.h"

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

} // namespace Steward
