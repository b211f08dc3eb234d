#include "rooms/roomsapi.h"

#include "jsonnumber.h"
#include "pageguard.h"

#include <limits>

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <memory>

namespace Steward {

namespace {

struct RoomsApiText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::RoomsApi)
};

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        out << v.toString();
    }
    return out;
}

// Synapse reports counts as integers; a missing or null count reads as 0.
int intField(const QJsonObject &obj, const char *key)
{
    return obj.value(QLatin1String(key)).toInt();
}

QString stringField(const QJsonObject &obj, const char *key)
{
    return obj.value(QLatin1String(key)).toString();
}

Result<RoomBlockStatus> parseBlock(const ApiReply &r)
{
    const QJsonObject obj = r.object();
    if (!obj.value(QStringLiteral("block")).isBool()) {
        return ApiError::missingField("block");
    }
    return RoomBlockStatus { obj.value(QStringLiteral("block")).toBool(), stringField(obj, "user_id") };
}

} // namespace

RoomSummary RoomSummary::fromJson(const QJsonObject &obj)
{
    RoomSummary s;
    s.roomId = stringField(obj, "room_id");
    s.name = stringField(obj, "name");
    s.canonicalAlias = stringField(obj, "canonical_alias");
    s.joinedMembers = intField(obj, "joined_members");
    s.joinedLocalMembers = intField(obj, "joined_local_members");
    s.version = stringField(obj, "version");
    s.creator = stringField(obj, "creator");
    s.encryption = stringField(obj, "encryption");
    s.federatable = obj.value(QStringLiteral("federatable")).toBool();
    s.isPublic = obj.value(QStringLiteral("public")).toBool();
    s.joinRules = stringField(obj, "join_rules");
    s.guestAccess = stringField(obj, "guest_access");
    s.historyVisibility = stringField(obj, "history_visibility");
    s.stateEvents = intField(obj, "state_events");
    s.roomType = stringField(obj, "room_type");
    return s;
}

QJsonObject RoomDeleteOptions::toJson() const
{
    QJsonObject body {
        { QStringLiteral("block"), block },
        { QStringLiteral("purge"), purge },
        { QStringLiteral("force_purge"), forcePurge },
    };
    if (!newRoomUserId.isEmpty()) {
        body.insert(QStringLiteral("new_room_user_id"), newRoomUserId);
        if (!message.isEmpty()) {
            body.insert(QStringLiteral("message"), message);
        }
        if (!roomName.isEmpty()) {
            body.insert(QStringLiteral("room_name"), roomName);
        }
    }
    return body;
}

RoomDeleteStatus RoomDeleteStatus::fromJson(const QJsonObject &obj)
{
    RoomDeleteStatus s;
    s.deleteId = stringField(obj, "delete_id");
    s.roomId = stringField(obj, "room_id");
    s.stateText = stringField(obj, "status");
    if (s.stateText == u"scheduled") {
        s.state = State::Scheduled;
    } else if (s.stateText == u"active") {
        s.state = State::Active;
    } else if (s.stateText == u"complete") {
        s.state = State::Complete;
    } else if (s.stateText == u"failed") {
        s.state = State::Failed;
    }
    s.error = stringField(obj, "error");
    const QJsonObject shutdown = obj.value(QStringLiteral("shutdown_room")).toObject();
    s.shutdown.kickedUsers = stringList(shutdown.value(QStringLiteral("kicked_users")));
    s.shutdown.failedToKickUsers = stringList(shutdown.value(QStringLiteral("failed_to_kick_users")));
    s.shutdown.localAliases = stringList(shutdown.value(QStringLiteral("local_aliases")));
    s.shutdown.newRoomId = stringField(shutdown, "new_room_id");
    return s;
}

QString RoomsApi::orderKey(RoomOrder order)
{
    switch (order) {
    case RoomOrder::Name:
        return QStringLiteral("name");
    case RoomOrder::CanonicalAlias:
        return QStringLiteral("canonical_alias");
    case RoomOrder::JoinedMembers:
        return QStringLiteral("joined_members");
    case RoomOrder::JoinedLocalMembers:
        return QStringLiteral("joined_local_members");
    case RoomOrder::Version:
        return QStringLiteral("version");
    case RoomOrder::Creator:
        return QStringLiteral("creator");
    case RoomOrder::Encryption:
        return QStringLiteral("encryption");
    case RoomOrder::Federatable:
        return QStringLiteral("federatable");
    case RoomOrder::Public:
        return QStringLiteral("public");
    case RoomOrder::JoinRules:
        return QStringLiteral("join_rules");
    case RoomOrder::GuestAccess:
        return QStringLiteral("guest_access");
    case RoomOrder::HistoryVisibility:
        return QStringLiteral("history_visibility");
    case RoomOrder::StateEvents:
        return QStringLiteral("state_events");
    }
    return QStringLiteral("name");
}

bool RoomsApi::serverDefaultsToDescending(RoomOrder order)
{
    return order == RoomOrder::JoinedMembers || order == RoomOrder::JoinedLocalMembers || order == RoomOrder::Version
        || order == RoomOrder::StateEvents;
}

bool RoomsApi::matchesFilters(const RoomSummary &room, const RoomListQuery &query)
{
    if (query.publicRooms && room.isPublic != *query.publicRooms) {
        return false;
    }
    if (query.emptyRooms && (room.joinedMembers == 0) != *query.emptyRooms) {
        return false;
    }
    return true;
}

ApiRequest RoomsApi::listRequest(const RoomListQuery &query)
{
    auto req = ApiRequest::get(u"/_synapse/admin/v1/rooms");
    req.addQuery(QStringLiteral("from"), qMax(0, query.from));
    req.addQuery(QStringLiteral("limit"), qMax(1, query.limit));
    const RoomOrder order = query.orderBy.value_or(RoomOrder::Name);
    req.addQuery(QStringLiteral("order_by"), orderKey(order));
    req.addQuery(QStringLiteral("dir"), query.descending != serverDefaultsToDescending(order) ? "b" : "f");
    const QString term = query.searchTerm.trimmed();
    if (!term.isEmpty()) {
        req.addQuery(QStringLiteral("search_term"), term);
    }
    if (query.publicRooms) {
        req.addQuery(QStringLiteral("public_rooms"), *query.publicRooms);
    }
    if (query.emptyRooms) {
        req.addQuery(QStringLiteral("empty_rooms"), *query.emptyRooms);
    }
    return req;
}

ApiReply *RoomsApi::list(ApiService *api, const RoomListQuery &query, QObject *ctx,
                         std::function<void(Result<RoomListPage>)> done)
{
    return api->call<RoomListPage>(
        listRequest(query), ctx,
        [limit = query.limit](const ApiReply &r) -> Result<RoomListPage> {
            const QJsonObject obj = r.object();
            if (!obj.value(QStringLiteral("rooms")).isArray()) {
                return ApiError::missingField("rooms");
            }
            const QJsonArray rooms = obj.value(QStringLiteral("rooms")).toArray();
            if (limit > 0 && rooms.size() > limit) {
                // Checked before building a summary per row: a hostile page must not fill the memory.
                return ApiError::invalidResponse(
                    QCoreApplication::translate("Steward::RoomsApi", "%1 rooms on a page of at most %2")
                        .arg(rooms.size())
                        .arg(limit));
            }
            RoomListPage page;
            page.rooms.reserve(rooms.size());
            for (const QJsonValue &v : rooms) {
                page.rooms << RoomSummary::fromJson(v.toObject());
            }
            page.offset = intField(obj, "offset");
            page.totalRooms = intField(obj, "total_rooms");
            // next_batch is an integer here (unlike the users list's string next_token). A token that is
            // no usable offset becomes -1, which PageGuard refuses.
            bool ok = true;
            const auto next = parsePageToken(obj.value(QStringLiteral("next_batch")), &ok);
            if (!ok || (next && *next > std::numeric_limits<int>::max())) {
                page.nextBatch = -1;
            } else if (next) {
                page.nextBatch = int(*next);
            }
            return page;
        },
        std::move(done));
}

ApiReply *RoomsApi::details(ApiService *api, const QString &roomId, QObject *ctx,
                            std::function<void(Result<RoomDetails>)> done)
{
    return api->call<RoomDetails>(
        ApiRequest::get(u"/_synapse/admin/v1/rooms/{}", { roomId }), ctx,
        [](const ApiReply &r) -> Result<RoomDetails> {
            const QJsonObject obj = r.object();
            if (!obj.contains(QStringLiteral("room_id"))) {
                return ApiError::missingField("room_id");
            }
            RoomDetails d;
            d.summary = RoomSummary::fromJson(obj);
            d.topic = stringField(obj, "topic");
            d.avatar = stringField(obj, "avatar");
            d.fields = obj.toVariantMap();
            return d;
        },
        std::move(done));
}

ApiReply *RoomsApi::members(ApiService *api, const QString &roomId, QObject *ctx,
                            std::function<void(Result<RoomMembers>)> done)
{
    return api->call<RoomMembers>(
        ApiRequest::get(u"/_synapse/admin/v1/rooms/{}/members", { roomId }), ctx,
        [](const ApiReply &r) -> Result<RoomMembers> {
            const QJsonObject obj = r.object();
            if (!obj.value(QStringLiteral("members")).isArray()) {
                return ApiError::missingField("members");
            }
            RoomMembers m;
            m.members = stringList(obj.value(QStringLiteral("members")));
            m.total = obj.contains(QStringLiteral("total")) ? intField(obj, "total") : int(m.members.size());
            return m;
        },
        std::move(done));
}

ApiReply *RoomsApi::state(ApiService *api, const QString &roomId, QObject *ctx,
                          std::function<void(Result<QList<RoomStateEvent>>)> done)
{
    return api->call<QList<RoomStateEvent>>(
        ApiRequest::get(u"/_synapse/admin/v1/rooms/{}/state", { roomId }), ctx,
        [](const ApiReply &r) -> Result<QList<RoomStateEvent>> {
            const QJsonObject obj = r.object();
            if (!obj.value(QStringLiteral("state")).isArray()) {
                return ApiError::missingField("state");
            }
            QList<RoomStateEvent> events;
            for (const QJsonValue &v : obj.value(QStringLiteral("state")).toArray()) {
                const QJsonObject e = v.toObject();
                RoomStateEvent ev;
                ev.type = stringField(e, "type");
                ev.stateKey = stringField(e, "state_key");
                ev.sender = stringField(e, "sender");
                ev.originServerTs = jsonInt64(e.value(QStringLiteral("origin_server_ts")));
                ev.content = e.value(QStringLiteral("content")).toObject();
                ev.event = e;
                events << ev;
            }
            return events;
        },
        std::move(done));
}

ApiReply *RoomsApi::blockStatus(ApiService *api, const QString &roomId, QObject *ctx,
                                std::function<void(Result<RoomBlockStatus>)> done)
{
    return api->call<RoomBlockStatus>(ApiRequest::get(u"/_synapse/admin/v1/rooms/{}/block", { roomId }), ctx,
                                      parseBlock, std::move(done));
}

ApiReply *RoomsApi::setBlocked(ApiService *api, const QString &roomId, bool block, QObject *ctx,
                               std::function<void(Result<RoomBlockStatus>)> done)
{
    return api->call<RoomBlockStatus>(
        ApiRequest::put(u"/_synapse/admin/v1/rooms/{}/block", { roomId }, { { QStringLiteral("block"), block } }), ctx,
        parseBlock, std::move(done));
}

ApiReply *RoomsApi::setPublished(ApiService *api, const QString &roomId, bool published, QObject *ctx,
                                 std::function<void(Result<bool>)> done)
{
    const QJsonObject body { { QStringLiteral("visibility"),
                               published ? QStringLiteral("public") : QStringLiteral("private") } };
    return api->call<bool>(
        ApiRequest::put(u"/_matrix/client/v3/directory/list/room/{}", { roomId }, body), ctx,
        [](const ApiReply &) -> Result<bool> { return true; }, std::move(done));
}

ApiReply *RoomsApi::isPublished(ApiService *api, const QString &roomId, QObject *ctx,
                                std::function<void(Result<bool>)> done)
{
    return api->call<bool>(
        ApiRequest::get(u"/_matrix/client/v3/directory/list/room/{}", { roomId }), ctx,
        [](const ApiReply &r) -> Result<bool> {
            const QJsonValue v = r.object().value(QStringLiteral("visibility"));
            if (!v.isString()) {
                return ApiError::missingField("visibility");
            }
            return v.toString() == QLatin1String("public");
        },
        std::move(done));
}

ApiReply *RoomsApi::makeRoomAdmin(ApiService *api, const QString &roomIdOrAlias, const QString &userId, QObject *ctx,
                                  std::function<void(Result<bool>)> done)
{
    QJsonObject body;
    if (!userId.isEmpty()) {
        body.insert(QStringLiteral("user_id"), userId);
    }
    // Sends a power-levels event (and maybe an invite): repeating after a lost reply could do it twice.
    auto req = ApiRequest::post(u"/_synapse/admin/v1/rooms/{}/make_room_admin", { roomIdOrAlias }, body)
                   .setSafeToRepeat(false);
    return api->call<bool>(
        req, ctx, [](const ApiReply &) -> Result<bool> { return true; }, std::move(done));
}

ApiReply *RoomsApi::deleteRoom(ApiService *api, const QString &roomId, const RoomDeleteOptions &options, QObject *ctx,
                               std::function<void(Result<QString>)> done)
{
    // A second DELETE after a lost reply would schedule a second task: never repeat it blindly.
    auto req = ApiRequest::del(u"/_synapse/admin/v2/rooms/{}", { roomId }, options.toJson()).setSafeToRepeat(false);
    return api->call<QString>(
        req, ctx,
        [](const ApiReply &r) -> Result<QString> {
            const QString id = r.object().value(QStringLiteral("delete_id")).toString();
            if (id.isEmpty()) {
                return ApiError::missingField("delete_id");
            }
            return id;
        },
        std::move(done));
}

ApiReply *RoomsApi::deleteStatus(ApiService *api, const QString &deleteId, QObject *ctx,
                                 std::function<void(Result<RoomDeleteStatus>)> done)
{
    return api->call<RoomDeleteStatus>(
        ApiRequest::get(u"/_synapse/admin/v2/rooms/delete_status/{}", { deleteId }), ctx,
        [](const ApiReply &r) -> Result<RoomDeleteStatus> {
            if (!r.object().contains(QStringLiteral("status"))) {
                return ApiError::missingField("status");
            }
            return RoomDeleteStatus::fromJson(r.object());
        },
        std::move(done));
}

ApiReply *RoomsApi::deleteStatusForRoom(ApiService *api, const QString &roomId, QObject *ctx,
                                        std::function<void(Result<QList<RoomDeleteStatus>>)> done)
{
    ApiReply *reply = api->send(ApiRequest::get(u"/_synapse/admin/v2/rooms/{}/delete_status", { roomId }));
    QObject::connect(reply, &ApiReply::finished, ctx, [reply, done = std::move(done)]() {
        if (!reply->ok()) {
            // 404 M_NOT_FOUND: "No delete task for room_id ... found" - nothing to report.
            if (reply->error().isNotFound() && reply->error().errcode() == u"M_NOT_FOUND") {
                done(QList<RoomDeleteStatus> {});
                return;
            }
            done(reply->error());
            return;
        }
        QList<RoomDeleteStatus> out;
        for (const QJsonValue &v : reply->object().value(QStringLiteral("results")).toArray()) {
            out << RoomDeleteStatus::fromJson(v.toObject());
        }
        done(out);
    });
    return reply;
}

ApiReply *RoomsApi::resolveAlias(ApiService *api, const QString &alias, QObject *ctx,
                                 std::function<void(Result<QString>)> done)
{
    return api->call<QString>(
        ApiRequest::get(u"/_matrix/client/v3/directory/room/{}", { alias }), ctx,
        [](const ApiReply &r) -> Result<QString> {
            const QString id = r.object().value(QStringLiteral("room_id")).toString();
            if (id.isEmpty()) {
                return ApiError::missingField("room_id");
            }
            return id;
        },
        std::move(done));
}

void RoomsApi::summaries(ApiService *api, const QStringList &roomIds, QObject *ctx,
                         std::function<void(QList<RoomLookup>)> done)
{
    if (roomIds.isEmpty()) {
        done({});
        return;
    }
    struct Pending
    {
        QList<RoomLookup> lookups;
        qsizetype remaining = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->remaining = roomIds.size();
    for (const QString &id : roomIds) {
        pending->lookups << RoomLookup { id, std::nullopt, ApiError() };
    }
    for (qsizetype i = 0; i < roomIds.size(); ++i) {
        details(api, roomIds.at(i), ctx, [pending, i, done](const Result<RoomDetails> &r) {
            if (r.ok()) {
                pending->lookups[i].summary = r->summary;
            } else {
                pending->lookups[i].error = r.error();
            }
            if (--pending->remaining == 0) {
                done(pending->lookups);
            }
        });
    }
}

QList<RoomMemberInfo> RoomsApi::membersFromState(const QList<RoomStateEvent> &state)
{
    QHash<QString, int> levels;
    int usersDefault = 0;
    QSet<QString> creators;
    for (const RoomStateEvent &e : state) {
        if (e.type == u"m.room.create" && e.stateKey.isEmpty()) {
            // MSC4289 (room version 12 and later): creators hold unlimited power, outside power_levels.
            const QString version = e.content.value(QStringLiteral("room_version")).toString();
            bool numeric = false;
            const int v = version.toInt(&numeric);
            if ((numeric && v >= 12) || version.contains(QLatin1String("hydra"))) {
                creators.insert(e.sender);
                for (const QJsonValue &c : e.content.value(QStringLiteral("additional_creators")).toArray()) {
                    creators.insert(c.toString());
                }
            }
        }
        if (e.type == u"m.room.power_levels" && e.stateKey.isEmpty()) {
            usersDefault = e.content.value(QStringLiteral("users_default")).toInt();
            const QJsonObject users = e.content.value(QStringLiteral("users")).toObject();
            for (auto it = users.begin(); it != users.end(); ++it) {
                levels.insert(it.key(), it.value().toInt());
            }
        }
    }
    QList<RoomMemberInfo> members;
    for (const RoomStateEvent &e : state) {
        if (e.type != u"m.room.member" || e.stateKey.isEmpty()) {
            continue;
        }
        members << RoomMemberInfo { e.stateKey, e.content.value(QStringLiteral("displayname")).toString(),
                                    e.content.value(QStringLiteral("membership")).toString(),
                                    levels.value(e.stateKey, usersDefault), creators.contains(e.stateKey) };
    }
    std::stable_sort(members.begin(), members.end(), [](const RoomMemberInfo &a, const RoomMemberInfo &b) {
        return (a.membership == u"join") > (b.membership == u"join");
    });
    return members;
}

QStringList RoomsApi::spaceChildren(const QList<RoomStateEvent> &state)
{
    QStringList children;
    for (const RoomStateEvent &e : state) {
        if (e.type == u"m.space.child" && !e.stateKey.isEmpty() && e.content.value(QStringLiteral("via")).isArray()) {
            children << e.stateKey;
        }
    }
    return children;
}

QString RoomsApi::explainMakeRoomAdminError(const ApiError &error)
{
    const QString conditions = RoomsApiText::tr(
        "The server can only do this when a local user in the room has enough power to change the power "
        "levels (it acts as that user), the chosen user is a local user of this server, and the server "
        "still takes part in the room.");
    const QString msg = error.message();
    QString specific;
    if (msg.contains(QStringLiteral("No local admin user"), Qt::CaseInsensitive)) {
        specific = RoomsApiText::tr("No local user in this room may change its power levels.");
    } else if (msg.contains(QStringLiteral("not in room"), Qt::CaseInsensitive)) {
        specific = RoomsApiText::tr("This server no longer takes part in the room (no local members).");
    } else if (msg.contains(QStringLiteral("local"), Qt::CaseInsensitive)
               || msg.contains(QStringLiteral("Federation denied"), Qt::CaseInsensitive)) {
        specific = RoomsApiText::tr("Only users of this server can be made room admin.");
    } else if (error.isNotFound()) {
        specific = RoomsApiText::tr("The room or the user does not exist.");
    }
    QString text = RoomsApiText::tr("The server refused: %1").arg(error.describe());
    if (!specific.isEmpty()) {
        text += QLatin1Char(' ') + specific;
    }
    return text + QLatin1Char(' ') + conditions;
}

} // namespace Steward
