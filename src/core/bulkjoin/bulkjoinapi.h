#pragma once

#include "apiservice.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Steward {

/// What the user query tells the bulk join about one account.
struct BulkJoinUserInfo
{
    QString userId;
    bool deactivated = false;
    bool locked = false;
};

/// What the room details tell the bulk join about one room.
struct BulkJoinRoomDetails
{
    QString roomId;
    QString name;
    QString canonicalAlias;
    QString joinRule; ///< "public", "invite", "knock", "restricted", ...
    int joinedMembers = 0;
};

/// Typed calls the bulk join needs. Every path segment is percent-encoded by ApiRequest.
namespace BulkJoinApi {

/// GET /_synapse/admin/v2/users/<userId>
ApiReply *queryUser(ApiService *api, const QString &userId, QObject *ctx,
                    std::function<void(Result<BulkJoinUserInfo>)> done);
/// GET /_synapse/admin/v1/rooms/<roomId>
ApiReply *roomDetails(ApiService *api, const QString &roomId, QObject *ctx,
                      std::function<void(Result<BulkJoinRoomDetails>)> done);
/// GET /_synapse/admin/v1/rooms/<roomId>/members (joined members only)
ApiReply *roomMembers(ApiService *api, const QString &roomId, QObject *ctx,
                      std::function<void(Result<QStringList>)> done);
/// POST /_synapse/admin/v1/join/<roomId> {"user_id"}. Marked safe to repeat: joining twice is harmless.
ApiReply *joinUser(ApiService *api, const QString &roomId, const QString &userId, QObject *ctx,
                   std::function<void(Result<QString>)> done);
/// POST /_matrix/client/v3/rooms/<roomId>/join {} as the signed-in user (after make_room_admin invited it).
ApiReply *joinSelf(ApiService *api, const QString &roomId, QObject *ctx, std::function<void(Result<bool>)> done);

} // namespace BulkJoinApi

} // namespace Steward
