#include "mediatestkit.h"
#include "await.h"

#include "apireply.h"
#include "media/mediaapi.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace Steward;

MediaTestKit::MediaTestKit(const StewardTest::TestServer &server, QNetworkAccessManager *nam, ApiService *adminApi)
    : m_server(server)
    , m_nam(nam)
    , m_api(adminApi)
{ }

MediaTestKit::Reply MediaTestKit::call(const ApiRequest &request)
{
    ApiReply *reply = m_api->send(request);
    const StewardTest::Answer a = StewardTest::await(reply, 60000);
    Reply out;
    if (!a.finished) {
        reply->cancel();
        out.error = QStringLiteral("timed out");
        return out;
    }
    out.ok = a.ok;
    out.object = a.object;
    out.error = a.error.describe();
    return out;
}

QString MediaTestKit::createUser(const QString &localpart)
{
    const QString userId = QStringLiteral("@%1:%2").arg(localpart, m_server.serverName);
    const Reply r =
        call(ApiRequest::put(u"/_synapse/admin/v2/users/{}", { userId },
                             { { QStringLiteral("password"), QStringLiteral("media-test-pw-1") },
                               { QStringLiteral("displayname"), QStringLiteral("Media %1").arg(localpart) } }));
    return r.ok ? userId : QString();
}

QString MediaTestKit::tokenFor(const QString &userId)
{
    const Reply r = call(ApiRequest::post(u"/_synapse/admin/v1/users/{}/login", { userId }, QJsonObject {}));
    return r.object.value(QStringLiteral("access_token")).toString();
}

QString MediaTestKit::upload(const QString &token, int size, const QString &name)
{
    QUrl url = m_server.baseUrl;
    url.setPath(url.path() + QStringLiteral("/_matrix/media/v3/upload"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("filename"), name);
    url.setQuery(q);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    QByteArray body(size, 'x');
    body.replace(0, qMin(size, name.size()), name.toUtf8().left(size)); // distinct content per file
    QNetworkReply *reply = m_nam->post(req, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(60000)) {
        qWarning("upload of %s timed out", qPrintable(name));
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    const QString uri = o.value(QStringLiteral("content_uri")).toString();
    if (uri.isEmpty()) {
        qWarning("upload of %s failed: %s", qPrintable(name), qPrintable(reply->errorString()));
    }
    return MediaApi::localMediaId(uri, m_server.serverName);
}

QSet<QString> MediaTestKit::mediaIdsOf(const QString &userId)
{
    auto req = ApiRequest::get(u"/_synapse/admin/v1/users/{}/media", { userId });
    req.addQuery(QStringLiteral("limit"), 1000);
    const Reply r = call(req);
    QSet<QString> ids;
    for (const QJsonValue &v : r.object.value(QStringLiteral("media")).toArray()) {
        ids.insert(v.toObject().value(QStringLiteral("media_id")).toString());
    }
    return ids;
}

bool MediaTestKit::setAvatar(const QString &userId, const QString &mediaId)
{
    return call(ApiRequest::put(u"/_synapse/admin/v2/users/{}", { userId },
                                { { QStringLiteral("avatar_url"),
                                    QStringLiteral("mxc://%1/%2").arg(m_server.serverName, mediaId) } }))
        .ok;
}

bool MediaTestKit::protect(const QString &mediaId)
{
    return call(ApiRequest::post(u"/_synapse/admin/v1/media/protect/{}", { mediaId }, QJsonObject {})).ok;
}

bool MediaTestKit::quarantine(const QString &mediaId)
{
    return call(ApiRequest::post(u"/_synapse/admin/v1/media/quarantine/{}/{}", { m_server.serverName, mediaId },
                                 QJsonObject {}))
        .ok;
}

bool MediaTestKit::protectSeededMedia()
{
    const QJsonObject media = m_server.seed.value(QStringLiteral("media")).toObject();
    for (auto it = media.begin(); it != media.end(); ++it) {
        for (const QJsonValue &uri : it.value().toArray()) {
            const QString id = MediaApi::localMediaId(uri.toString(), m_server.serverName);
            if (id.isEmpty() || !protect(id)) {
                return false;
            }
        }
    }
    return true;
}

MediaTestKit::Scenario MediaTestKit::makeScenario(const QString &tag)
{
    Scenario s;
    const QString suffix = tag + QLatin1Char('-') + QString::number(QDateTime::currentMSecsSinceEpoch());
    s.userA = createUser(QStringLiteral("media-a-") + suffix);
    s.userB = createUser(QStringLiteral("media-b-") + suffix);
    const QString tokenA = s.userA.isEmpty() ? QString() : tokenFor(s.userA);
    const QString tokenB = s.userB.isEmpty() ? QString() : tokenFor(s.userB);
    if (tokenA.isEmpty() || tokenB.isEmpty()) {
        s.error = QStringLiteral("could not create the users or log them in");
        return s;
    }
    s.oldPlain = upload(tokenA, 2000, QStringLiteral("old-plain.bin"));
    s.oldSmall = upload(tokenA, 300, QStringLiteral("old-small.bin"));
    s.oldAvatar = upload(tokenA, 1500, QStringLiteral("old-avatar.png"));
    s.oldQuarantined = upload(tokenA, 400, QStringLiteral("old-quarantined.bin"));
    s.oldProtected = upload(tokenA, 450, QStringLiteral("old-protected.bin"));
    s.oldB = upload(tokenB, 5000, QStringLiteral("old-b.bin"));
    // The server stamps created_ts with its own clock (the same machine): leave a clear margin on both
    // sides of the cutoff, and keep it to whole seconds.
    QThread::msleep(1500);
    s.cutoffMs = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    QThread::msleep(1500);
    s.newPlain = upload(tokenA, 2000, QStringLiteral("new-plain.bin"));
    s.newB = upload(tokenB, 100, QStringLiteral("new-b.bin"));
    for (const QString &id :
         { s.oldPlain, s.oldSmall, s.oldAvatar, s.oldQuarantined, s.oldProtected, s.oldB, s.newPlain, s.newB }) {
        if (id.isEmpty()) {
            s.error = QStringLiteral("an upload failed");
            return s;
        }
    }
    if (!setAvatar(s.userA, s.oldAvatar) || !quarantine(s.oldQuarantined) || !protect(s.oldProtected)) {
        s.error = QStringLiteral("could not set the avatar, quarantine or protect");
    }
    return s;
}
