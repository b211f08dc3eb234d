#include "notices/servernoticeapi.h"

#include "users/userapi.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QPointer>
#include <QRandomGenerator>

#include <memory>

namespace Steward {

namespace {
struct ServerNoticeApiText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::ServerNoticeApi)
};
} // namespace

QJsonObject ServerNoticeApi::content(const QString &text, const QString &html, const QString &runId)
{
    QJsonObject c { { QStringLiteral("msgtype"), QStringLiteral("m.text") }, { QStringLiteral("body"), text } };
    if (!html.isEmpty()) {
        c.insert(QStringLiteral("format"), QStringLiteral("org.matrix.custom.html"));
        c.insert(QStringLiteral("formatted_body"), html);
    }
    c.insert(QLatin1String(RunKey), runId);
    return c;
}

QString ServerNoticeApi::transactionId(const QString &runId, const QString &userId)
{
    const QByteArray hash = QCryptographicHash::hash(userId.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("steward-%1-%2").arg(runId, QString::fromLatin1(hash));
}

bool ServerNoticeApi::isNotEnabled(const ApiError &error)
{
    return error.httpStatus() == 400 && error.message().contains(QLatin1String("not enabled"), Qt::CaseInsensitive);
}

QString ServerNoticeApi::notEnabledText()
{
    return ServerNoticeApiText::tr(
        "This server cannot send server notices: it has no server notices user. Add "
        "\"server_notices: {system_mxid_localpart: notices}\" to homeserver.yaml (optionally "
        "system_mxid_display_name and room_name), restart Synapse and try again. Nothing was sent.");
}

ApiReply *ServerNoticeApi::checkEnabled(ApiService *api, const QString &serverName, QObject *ctx,
                                        std::function<void(Result<bool>)> done)
{
    const QString nobody = QStringLiteral("@steward-notice-check-%1:%2")
                               .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
                               .arg(serverName);
    const QJsonObject body { { QStringLiteral("user_id"), nobody },
                             { QStringLiteral("content"), content(QString(), QString(), QString()) } };
    // No user of that name exists: nothing can be delivered, so repeating it is harmless.
    auto req = ApiRequest::post(u"/_synapse/admin/v1/send_server_notice", {}, body).setSafeToRepeat(true);
    ApiReply *reply = api->send(std::move(req));
    QObject::connect(reply, &ApiReply::finished, ctx, [reply, done = std::move(done)]() {
        if (reply->ok() || reply->error().isNotFound()) {
            done(true); // enabled; the server looked for the user (or, oddly, found one)
        } else if (isNotEnabled(reply->error())) {
            done(false);
        } else {
            done(Result<bool>(reply->error()));
        }
    });
    return reply;
}

ApiReply *ServerNoticeApi::send(ApiService *api, const QString &runId, const QString &userId,
                                const QJsonObject &content, QObject *ctx, std::function<void(Result<QString>)> done)
{
    const QJsonObject body { { QStringLiteral("user_id"), userId }, { QStringLiteral("content"), content } };
    return api->call<QString>(
        ApiRequest::put(u"/_synapse/admin/v1/send_server_notice/{}", { transactionId(runId, userId) }, body), ctx,
        [](const ApiReply &r) -> Result<QString> { return r.object().value(QStringLiteral("event_id")).toString(); },
        std::move(done));
}

ApiReply *ServerNoticeApi::countInRoom(ApiService *api, const QString &roomId, const QString &runId, int limit,
                                       QObject *ctx, std::function<void(Result<int>)> done)
{
    auto req = ApiRequest::get(u"/_synapse/admin/v1/rooms/{}/messages", { roomId });
    req.addQuery(QStringLiteral("dir"), "b").addQuery(QStringLiteral("limit"), limit);
    return api->call<int>(
        req, ctx,
        [runId](const ApiReply &r) -> Result<int> {
            const QJsonValue chunk = r.object().value(QStringLiteral("chunk"));
            if (!chunk.isArray()) {
                return ApiError::missingField("chunk");
            }
            int n = 0;
            for (const QJsonValue &v : chunk.toArray()) {
                const QJsonObject e = v.toObject();
                if (e.value(QStringLiteral("type")).toString() == QLatin1String("m.room.message")
                    && e.value(QStringLiteral("content")).toObject().value(QLatin1String(RunKey)).toString() == runId) {
                    ++n;
                }
            }
            return n;
        },
        std::move(done));
}

void ServerNoticeApi::wasDelivered(ApiService *api, const QString &userId, const QString &runId, QObject *ctx,
                                   std::function<void(Result<bool>)> done)
{
    UserApi::memberships(
        api, userId, ctx,
        [api, runId, ctx = QPointer<QObject>(ctx), done](const Result<QHash<QString, QString>> &r) mutable {
            if (!r.ok()) {
                done(Result<bool>(r.error()));
                return;
            }
            // The notice room is one the user is invited to (until they join) or joined: invites first.
            auto rooms = std::make_shared<QStringList>();
            for (const QString &membership : { QStringLiteral("invite"), QStringLiteral("join") }) {
                for (auto it = r->cbegin(); it != r->cend(); ++it) {
                    if (it.value() == membership) {
                        rooms->append(it.key());
                    }
                }
            }
            // The chain holds itself only through the pending request's handler (no cycle).
            auto next = std::make_shared<std::function<void()>>();
            *next = [api, runId, ctx, done, rooms, weak = std::weak_ptr(next)]() {
                if (!ctx) {
                    return;
                }
                if (rooms->isEmpty()) {
                    done(false);
                    return;
                }
                const QString room = rooms->takeFirst();
                countInRoom(api, room, runId, 100, ctx, [done, next = weak.lock()](const Result<int> &n) {
                    if (!n.ok()) {
                        done(Result<bool>(n.error()));
                    } else if (n.value() > 0) {
                        done(true);
                    } else if (next) {
                        (*next)();
                    }
                });
            };
            (*next)();
        });
}

} // namespace Steward
