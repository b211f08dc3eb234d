#include "bulkjoin/bulkjoinapi.h"

#include "jsonarray.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Steward {

ApiReply *BulkJoinApi::queryUser(ApiService *api, const QString &userId, QObject *ctx,
                                 std::function<void(Result<BulkJoinUserInfo>)> done)
{
    return api->call<BulkJoinUserInfo>(
        ApiRequest::get(u"/_synapse/admin/v2/users/{}", { userId }), ctx,
        [userId](const ApiReply &r) -> Result<BulkJoinUserInfo> {
            const QJsonObject o = r.object();
            BulkJoinUserInfo info;
            info.userId = o.value(QStringLiteral("name")).toString(userId);
            info.deactivated = o.value(QStringLiteral("deactivated")).toBool();
            info.locked = o.value(QStringLiteral("locked")).toBool();
            return info;
        },
        std::move(done));
}

ApiReply *BulkJoinApi::roomDetails(ApiService *api, const QString &roomId, QObject *ctx,
                                   std::function<void(Result<BulkJoinRoomDetails>)> done)
{
    return api->call<BulkJoinRoomDetails>(
        ApiRequest::get(u"/_synapse/admin/v1/rooms/{}", { roomId }), ctx,
        [roomId](const ApiReply &r) -> Result<BulkJoinRoomDetails> {
            const QJsonObject o = r.object();
            BulkJoinRoomDetails d;
            d.roomId = o.value(QStringLiteral("room_id")).toString(roomId);
            d.name = o.value(QStringLiteral("name")).toString();
            d.canonicalAlias = o.value(QStringLiteral("canonical_alias")).toString();
            d.joinRule = o.value(QStringLiteral("join_rules")).toString();
            d.joinedMembers = o.value(QStringLiteral("joined_members")).toInt();
            return d;
        },
        std::move(done));
}

ApiReply *BulkJoinApi::roomMembers(ApiService *api, const QString &roomId, QObject *ctx,
                                   std::function<void(Result<QStringList>)> done)
{
    return api->call<QStringList>(
        ApiRequest::get(u"/_synapse/admin/v1/rooms/{}/members", { roomId }), ctx,
        [](const ApiReply &r) {
            return jsonArrayField(r.object(), "members", [](const QJsonValue &m) { return m.toString(); });
        },
        std::move(done));
}

ApiReply *BulkJoinApi::joinUser(ApiService *api, const QString &roomId, const QString &userId, QObject *ctx,
                                std::function<void(Result<QString>)> done)
{
    auto req = ApiRequest::post(u"/_synapse/admin/v1/join/{}", { roomId },
                                QJsonObject { { QStringLiteral("user_id"), userId } })
                   .setSafeToRepeat(true);
    return api->call<QString>(
        req, ctx,
        [roomId](const ApiReply &r) -> Result<QString> {
            return r.object().value(QStringLiteral("room_id")).toString(roomId);
        },
        std::move(done));
}

ApiReply *BulkJoinApi::joinSelf(ApiService *api, const QString &roomId, QObject *ctx,
                                std::function<void(Result<bool>)> done)
{
    auto req = ApiRequest::post(u"/_matrix/client/v3/rooms/{}/join", { roomId }, QJsonObject {}).setSafeToRepeat(true);
    return api->call<bool>(
        req, ctx, [](const ApiReply &) -> Result<bool> { return true; }, std::move(done));
}

} // namespace Steward
