#pragma once

#include "apiservice.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace Steward {

/// One row of GET /_synapse/admin/v1/rooms (and the common part of the room details).
struct RoomSummary
{
    QString roomId;
    QString name;
    QString canonicalAlias;
    int joinedMembers = 0;
    int joinedLocalMembers = 0;
    QString version;
    QString creator;
    QString encryption; ///< algorithm, empty when not encrypted
    bool federatable = false;
    bool isPublic = false;
    QString joinRules;
    QString guestAccess;
    QString historyVisibility;
    int stateEvents = 0;
    QString roomType; ///< "m.space" for spaces, empty for ordinary rooms

    bool isSpace() const { return roomType == u"m.space"; }
    static RoomSummary fromJson(const QJsonObject &obj);
};

/// Sort keys the server accepts for order_by (not every column is sortable on the server).
enum class RoomOrder {
    Name,
    CanonicalAlias,
    JoinedMembers,
    JoinedLocalMembers,
    Version,
    Creator,
    Encryption,
    Federatable,
    Public,
    JoinRules,
    GuestAccess,
    HistoryVisibility,
    StateEvents,
};

struct RoomListQuery
{
    int from = 0;
    int limit = 100;
    std::optional<RoomOrder> orderBy;
    bool descending = false; ///< the order wanted; list() translates it into Synapse's dir
    QString searchTerm; ///< empty: no search_term parameter at all (the server rejects an empty one)
    std::optional<bool> publicRooms; ///< true: only public, false: only non-public, unset: all
    std::optional<bool> emptyRooms; ///< true: only empty, false: only rooms with members, unset: all
};

struct RoomListPage
{
    QList<RoomSummary> rooms;
    int offset = 0;
    int totalRooms = 0;
    std::optional<int> nextBatch; ///< the next `from`; unset when this was the last page
};

/// GET /_synapse/admin/v1/rooms/<room_id>: the summary plus topic, avatar and whatever else the
/// server reports. `fields` keeps every field as the server sent it (so new fields show up too).
struct RoomDetails
{
    RoomSummary summary;
    QString topic;
    QString avatar;
    QVariantMap fields;
};

struct RoomMembers
{
    QStringList members;
    int total = 0;
};

/// One state event as the admin API returns it; `event` is the whole event for a JSON viewer.
struct RoomStateEvent
{
    QString type;
    QString stateKey;
    QString sender;
    qint64 originServerTs = 0;
    QJsonObject content;
    QJsonObject event;
};

/// A member as the room's state describes it (m.room.member and m.room.power_levels).
struct RoomMemberInfo
{
    QString userId;
    QString displayName; ///< empty when the member set none
    QString membership; ///< join, invite, leave, ban, knock
    int powerLevel = 0;
    /// From room version 12 on, the room's creators stand above every power level (and are not listed).
    bool creator = false;
};

/// One room's summary read by id, or why it could not be read (lists of rooms shown by name).
struct RoomLookup
{
    QString roomId;
    std::optional<RoomSummary> summary;
    ApiError error;
};

struct RoomBlockStatus
{
    bool blocked = false;
    QString blockedBy; ///< the admin who blocked it, when the server says
};

/// Options of DELETE /_synapse/admin/v2/rooms/<room_id>.
struct RoomDeleteOptions
{
    bool block = false; ///< prevent anyone from joining (or re-creating) the room later
    bool purge = true; ///< remove the room's history from the database
    bool forcePurge = false; ///< purge even when local users could not be kicked
    QString message; ///< sent in the new room to kicked users (only with newRoomUserId)
    QString newRoomUserId; ///< a local user who creates a new room the kicked users are moved to
    QString roomName; ///< name of that new room

    QJsonObject toJson() const;
};

struct RoomShutdownResult
{
    QStringList kickedUsers;
    QStringList failedToKickUsers;
    QStringList localAliases;
    QString newRoomId;
};

struct RoomDeleteStatus
{
    enum class State { Scheduled, Active, Complete, Failed, Unknown };
    QString deleteId;
    QString roomId;
    State state = State::Unknown;
    QString stateText; ///< as the server spelled it
    QString error; ///< the server's reason when failed
    RoomShutdownResult shutdown;

    bool isRunning() const { return state == State::Scheduled || state == State::Active; }
    bool isFinished() const { return state == State::Complete || state == State::Failed; }
    static RoomDeleteStatus fromJson(const QJsonObject &obj);
};

/// Typed calls for the rooms admin API. Room ids and aliases are always sent as one encoded path segment.
namespace RoomsApi {

QString orderKey(RoomOrder order);
/// Synapse sorts these largest-first when asked for dir=f (joined_members, joined_local_members,
/// version, state_events); dir=b reverses whatever its default is.
bool serverDefaultsToDescending(RoomOrder order);
/// Synapse (1.163) joins search_term to the public/empty filters without parentheses, so while
/// searching the filters only apply to the exact-room-id part: the caller must filter again.
bool matchesFilters(const RoomSummary &room, const RoomListQuery &query);
/// The request list() sends (exposed for tests of the parameters).
ApiRequest listRequest(const RoomListQuery &query);

ApiReply *list(ApiService *api, const RoomListQuery &query, QObject *ctx,
               std::function<void(Result<RoomListPage>)> done);
ApiReply *details(ApiService *api, const QString &roomId, QObject *ctx, std::function<void(Result<RoomDetails>)> done);
ApiReply *members(ApiService *api, const QString &roomId, QObject *ctx, std::function<void(Result<RoomMembers>)> done);
ApiReply *state(ApiService *api, const QString &roomId, QObject *ctx,
                std::function<void(Result<QList<RoomStateEvent>>)> done);
ApiReply *blockStatus(ApiService *api, const QString &roomId, QObject *ctx,
                      std::function<void(Result<RoomBlockStatus>)> done);
ApiReply *setBlocked(ApiService *api, const QString &roomId, bool block, QObject *ctx,
                     std::function<void(Result<RoomBlockStatus>)> done);
/// userId empty: the server picks the calling admin.
ApiReply *makeRoomAdmin(ApiService *api, const QString &roomIdOrAlias, const QString &userId, QObject *ctx,
                        std::function<void(Result<bool>)> done);
/// Starts an asynchronous deletion; gives the delete_id.
ApiReply *deleteRoom(ApiService *api, const QString &roomId, const RoomDeleteOptions &options, QObject *ctx,
                     std::function<void(Result<QString>)> done);
ApiReply *deleteStatus(ApiService *api, const QString &deleteId, QObject *ctx,
                       std::function<void(Result<RoomDeleteStatus>)> done);
/// Every deletion the server remembers for this room (empty when none: the server's 404).
ApiReply *deleteStatusForRoom(ApiService *api, const QString &roomId, QObject *ctx,
                              std::function<void(Result<QList<RoomDeleteStatus>>)> done);
/// GET /_matrix/client/v3/directory/room/<alias> -> room id.
/// PUT /_matrix/client/v3/directory/list/room/<id> {visibility: public|private}: publishes the room
/// in (or removes it from) the server's room directory; a server admin may change any room's.
ApiReply *setPublished(ApiService *api, const QString &roomId, bool published, QObject *ctx,
                       std::function<void(Result<bool>)> done);
/// GET /_matrix/client/v3/directory/list/room/<id>: whether the room is in the directory.
ApiReply *isPublished(ApiService *api, const QString &roomId, QObject *ctx, std::function<void(Result<bool>)> done);
ApiReply *resolveAlias(ApiService *api, const QString &alias, QObject *ctx, std::function<void(Result<QString>)> done);

/// GET /_synapse/admin/v1/rooms/<id> for every room (the service bounds how many run at once);
/// done is called once, with one lookup per id in the order given.
void summaries(ApiService *api, const QStringList &roomIds, QObject *ctx, std::function<void(QList<RoomLookup>)> done);
/// The members in a room's state with their display names and power levels (joined members first).
QList<RoomMemberInfo> membersFromState(const QList<RoomStateEvent> &state);
/// The rooms a space lists as children: m.space.child events whose content has "via" (an empty
/// content removes a child).
QStringList spaceChildren(const QList<RoomStateEvent> &state);

/// Explains a refusal of make_room_admin in terms of the server's conditions.
QString explainMakeRoomAdminError(const ApiError &error);

} // namespace RoomsApi

} // namespace Steward
