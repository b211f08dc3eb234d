#include "media/mediaapi.h"

#include "jsonnumber.h"
#include "pageguard.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <chrono>

namespace Steward {

namespace {

struct MediaApiText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::MediaApi)
};

/// Synapse sends next_token as an integer here; other endpoints use strings. Accept both. A token that
/// is no usable offset (negative, 1e300, text) ends the paging like a last page would not: see PageGuard.
std::optional<qint64> nextToken(const QJsonObject &obj, const char *key)
{
    bool ok = true;
    const auto token = parsePageToken(obj.value(QLatin1String(key)), &ok);
    return ok ? token : std::optional<qint64>(-1);
}

std::optional<qint64> optionalInteger(const QJsonValue &v)
{
    if (v.isDouble()) {
        return jsonInt64(v);
    }
    return std::nullopt;
}

LocalMediaInfo parseMedia(const QJsonObject &o, const QString &fallbackUser)
{
    LocalMediaInfo m;
    m.mediaId = o.value(QStringLiteral("media_id")).toString();
    m.userId = o.value(QStringLiteral("user_id")).toString(fallbackUser);
    m.uploadName = o.value(QStringLiteral("upload_name")).toString();
    m.mediaType = o.value(QStringLiteral("media_type")).toString();
    m.length = optionalInteger(o.value(QStringLiteral("media_length")));
    m.createdTs = jsonInt64(o.value(QStringLiteral("created_ts")));
    m.lastAccessTs = optionalInteger(o.value(QStringLiteral("last_access_ts")));
    m.quarantined = !o.value(QStringLiteral("quarantined_by")).toString().isEmpty();
    // GET media/<server>/<id> passes SQLite's integer through (1/0); the lists send a boolean.
    const QJsonValue safe = o.value(QStringLiteral("safe_from_quarantine"));
    m.safeFromQuarantine = safe.isBool() ? safe.toBool() : safe.toDouble() != 0;
    return m;
}

ApiRequest deleteRequest(const QString &serverName, const MediaPurgeCriteria &c, bool legacy)
{
    ApiRequest req = legacy ? ApiRequest::post(u"/_synapse/admin/v1/media/{}/delete", { serverName }, QJsonObject {})
                            : ApiRequest::post(u"/_synapse/admin/v1/media/delete", {}, QJsonObject {});
    req.addQuery(QStringLiteral("before_ts"), c.beforeTs);
    req.addQuery(QStringLiteral("size_gt"), c.sizeGt);
    req.addQuery(QStringLiteral("keep_profiles"), c.keepProfiles);
    // The server answers only when every file is gone, which takes a while on a big media store.
    req.setTransferTimeout(std::chrono::minutes(30));
    return req;
}

Result<MediaDeleteAnswer> parseDeleteAnswer(const ApiReply &r, bool legacy)
{
    const QJsonObject obj = r.object();
    if (!obj.value(QStringLiteral("deleted_media")).isArray()) {
        return ApiError::missingField("deleted_media");
    }
    MediaDeleteAnswer a;
    for (const QJsonValue &v : obj.value(QStringLiteral("deleted_media")).toArray()) {
        a.deletedMediaIds << v.toString();
    }
    a.total = qint64(obj.value(QStringLiteral("total")).toDouble(double(a.deletedMediaIds.size())));
    a.usedLegacyPath = legacy;
    return a;
}
} // namespace

ApiReply *MediaApi::userMediaStatistics(ApiService *api, qint64 from, int limit, qint64 untilTs, QObject *ctx,
                                        std::function<void(Result<Page<UserMediaStats>>)> done)
{
    MediaStatsQuery query;
    query.order = MediaStatsOrder::UserId;
    query.descending = false;
    query.untilTs = untilTs;
    return userMediaStatistics(api, query, from, limit, ctx, std::move(done));
}

ApiReply *MediaApi::userMediaStatistics(ApiService *api, const MediaStatsQuery &query, qint64 from, int limit,
                                        QObject *ctx, std::function<void(Result<Page<UserMediaStats>>)> done)
{
    static const char *const orderKeys[] = { "user_id", "displayname", "media_count", "media_length" };
    auto req = ApiRequest::get(u"/_synapse/admin/v1/statistics/users/media");
    req.addQuery(QStringLiteral("from"), from).addQuery(QStringLiteral("limit"), limit);
    req.addQuery(QStringLiteral("order_by"), orderKeys[int(query.order)])
        .addQuery(QStringLiteral("dir"), query.descending ? "b" : "f");
    if (query.fromTs > 0) {
        req.addQuery(QStringLiteral("from_ts"), query.fromTs);
    }
    if (query.untilTs > 0) {
        req.addQuery(QStringLiteral("until_ts"), query.untilTs);
    }
    if (!query.searchTerm.isEmpty()) {
        req.addQuery(QStringLiteral("search_term"), query.searchTerm); // the server refuses an empty one
    }
    return api->call<Page<UserMediaStats>>(
        req, ctx,
        [](const ApiReply &r) -> Result<Page<UserMediaStats>> {
            const QJsonObject obj = r.object();
            if (!obj.value(QStringLiteral("users")).isArray()) {
                return ApiError::missingField("users");
            }
            Page<UserMediaStats> page;
            for (const QJsonValue &v : obj.value(QStringLiteral("users")).toArray()) {
                const QJsonObject o = v.toObject();
                UserMediaStats s;
                s.userId = o.value(QStringLiteral("user_id")).toString();
                s.displayName = o.value(QStringLiteral("displayname")).toString();
                s.mediaCount = jsonInt64(o.value(QStringLiteral("media_count")));
                s.mediaLength = jsonInt64(o.value(QStringLiteral("media_length")));
                page.items << s;
            }
            page.rows = obj.value(QStringLiteral("users")).toArray().size();
            page.total = jsonInt64(obj.value(QStringLiteral("total")));
            page.nextFrom = nextToken(obj, "next_token");
            return page;
        },
        std::move(done));
}

ApiReply *MediaApi::userMedia(ApiService *api, const QString &userId, qint64 from, int limit, QObject *ctx,
                              std::function<void(Result<Page<LocalMediaInfo>>)> done)
{
    auto req = ApiRequest::get(u"/_synapse/admin/v1/users/{}/media", { userId });
    req.addQuery(QStringLiteral("from"), from).addQuery(QStringLiteral("limit"), limit);
    req.addQuery(QStringLiteral("order_by"), "created_ts").addQuery(QStringLiteral("dir"), "f");
    return api->call<Page<LocalMediaInfo>>(
        req, ctx,
        [userId](const ApiReply &r) -> Result<Page<LocalMediaInfo>> {
            const QJsonObject obj = r.object();
            if (!obj.value(QStringLiteral("media")).isArray()) {
                return ApiError::missingField("media");
            }
            Page<LocalMediaInfo> page;
            for (const QJsonValue &v : obj.value(QStringLiteral("media")).toArray()) {
                page.items << parseMedia(v.toObject(), userId);
            }
            page.rows = obj.value(QStringLiteral("media")).toArray().size();
            page.total = jsonInt64(obj.value(QStringLiteral("total")));
            page.nextFrom = nextToken(obj, "next_token");
            return page;
        },
        std::move(done));
}

ApiReply *MediaApi::userAvatar(ApiService *api, const QString &userId, QObject *ctx,
                               std::function<void(Result<QString>)> done)
{
    return api->call<QString>(
        ApiRequest::get(u"/_synapse/admin/v2/users/{}", { userId }), ctx,
        [](const ApiReply &r) -> Result<QString> { return r.object().value(QStringLiteral("avatar_url")).toString(); },
        std::move(done));
}

ApiReply *MediaApi::roomAvatars(ApiService *api, qint64 from, int limit, QObject *ctx,
                                std::function<void(Result<Page<RoomAvatar>>)> done)
{
    auto req = ApiRequest::get(u"/_synapse/admin/v1/rooms");
    req.addQuery(QStringLiteral("from"), from).addQuery(QStringLiteral("limit"), limit);
    return api->call<Page<RoomAvatar>>(
        req, ctx,
        [](const ApiReply &r) -> Result<Page<RoomAvatar>> {
            const QJsonObject obj = r.object();
            if (!obj.value(QStringLiteral("rooms")).isArray()) {
                return ApiError::missingField("rooms");
            }
            Page<RoomAvatar> page;
            for (const QJsonValue &v : obj.value(QStringLiteral("rooms")).toArray()) {
                const QJsonObject o = v.toObject();
                const QString avatar = o.value(QStringLiteral("avatar")).toString();
                if (!avatar.isEmpty()) {
                    page.items << RoomAvatar { o.value(QStringLiteral("room_id")).toString(), avatar };
                }
            }
            page.rows = obj.value(QStringLiteral("rooms")).toArray().size();
            page.total = jsonInt64(obj.value(QStringLiteral("total_rooms")));
            page.nextFrom = nextToken(obj, "next_batch");
            return page;
        },
        std::move(done));
}

ApiReply *MediaApi::deleteLocalMedia(ApiService *api, const QString &serverName, const MediaPurgeCriteria &criteria,
                                     QObject *ctx, std::function<void(Result<MediaDeleteAnswer>)> done)
{
    ApiReply *reply = api->send(deleteRequest(serverName, criteria, false));
    QObject::connect(reply, &ApiReply::finished, ctx, [api, reply, serverName, criteria, ctx, done]() {
        if (reply->ok()) {
            done(parseDeleteAnswer(*reply, false));
            return;
        }
        const ApiError &e = reply->error();
        const bool unknownPath = (e.httpStatus() == 404 || e.httpStatus() == 405) && e.errcode() == u"M_UNRECOGNIZED";
        if (!unknownPath || serverName.isEmpty()) {
            done(e);
            return;
        }
        // Servers before Synapse 1.78 only know the path with the server name in it.
        ApiReply *legacy = api->send(deleteRequest(serverName, criteria, true));
        QObject::connect(legacy, &ApiReply::finished, ctx, [legacy, done]() {
            if (!legacy->ok()) {
                done(legacy->error());
                return;
            }
            done(parseDeleteAnswer(*legacy, true));
        });
    });
    return reply;
}

ApiReply *MediaApi::purgeRemoteCache(ApiService *api, qint64 beforeTs, QObject *ctx,
                                     std::function<void(Result<qint64>)> done)
{
    auto req = ApiRequest::post(u"/_synapse/admin/v1/purge_media_cache", {}, QJsonObject {});
    req.addQuery(QStringLiteral("before_ts"), beforeTs);
    req.setTransferTimeout(std::chrono::minutes(30));
    return api->call<qint64>(
        req, ctx,
        [](const ApiReply &r) -> Result<qint64> {
            const QJsonValue v = r.object().value(QStringLiteral("deleted"));
            if (!v.isDouble()) {
                return ApiError::missingField("deleted");
            }
            return jsonInt64(v);
        },
        std::move(done));
}

ApiReply *MediaApi::protect(ApiService *api, const QString &mediaId, QObject *ctx,
                            std::function<void(Result<bool>)> done)
{
    return api->call<bool>(
        ApiRequest::post(u"/_synapse/admin/v1/media/protect/{}", { mediaId }, QJsonObject {}).setSafeToRepeat(true),
        ctx, [](const ApiReply &) -> Result<bool> { return true; }, std::move(done));
}

ApiReply *MediaApi::quarantine(ApiService *api, const QString &serverName, const QString &mediaId, QObject *ctx,
                               std::function<void(Result<bool>)> done)
{
    return api->call<bool>(
        ApiRequest::post(u"/_synapse/admin/v1/media/quarantine/{}/{}", { serverName, mediaId }, QJsonObject {})
            .setSafeToRepeat(true),
        ctx, [](const ApiReply &) -> Result<bool> { return true; }, std::move(done));
}

QString MediaApi::localMediaId(const QString &mxcUri, const QString &serverName)
{
    const QString prefix = QStringLiteral("mxc://") + serverName + QLatin1Char('/');
    if (serverName.isEmpty() || !mxcUri.startsWith(prefix)) {
        return {};
    }
    return mxcUri.mid(prefix.size());
}

std::optional<MediaRef> MediaApi::parseMxc(const QString &text, QString *problem)
{
    const QString t = text.trimmed();
    auto fail = [problem](const QString &why) {
        if (problem) {
            *problem = why;
        }
        return std::nullopt;
    };
    if (!t.startsWith(u"mxc://")) {
        return fail(MediaApiText::tr("\"%1\" is no mxc URI (expected mxc://SERVER/MEDIA_ID)").arg(text));
    }
    const QString rest = t.mid(6);
    const qsizetype slash = rest.indexOf(u'/');
    if (slash <= 0 || slash == rest.size() - 1) {
        return fail(
            MediaApiText::tr("\"%1\" lacks a server name or a media ID (expected mxc://SERVER/MEDIA_ID)").arg(text));
    }
    MediaRef ref { rest.left(slash), rest.mid(slash + 1) };
    static const QRegularExpression idChars(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (ref.server.contains(u' ') || !idChars.match(ref.mediaId).hasMatch()) {
        return fail(
            MediaApiText::tr("\"%1\" is no valid mxc URI: the server name has no spaces, the media ID only the letters "
                             "A-Z, a-z, digits, - and _")
                .arg(text));
    }
    return ref;
}

ApiReply *MediaApi::roomMedia(ApiService *api, const QString &roomId, QObject *ctx,
                              std::function<void(Result<RoomMediaList>)> done)
{
    return api->call<RoomMediaList>(
        ApiRequest::get(u"/_synapse/admin/v1/room/{}/media", { roomId }), ctx,
        [](const ApiReply &r) -> Result<RoomMediaList> {
            const QJsonObject obj = r.object();
            if (!obj.value(QStringLiteral("local")).isArray() || !obj.value(QStringLiteral("remote")).isArray()) {
                return ApiError::missingField("local");
            }
            // A file posted twice, or an event's url and its thumbnail_url alike, come more than once.
            auto unique = [](const QJsonArray &array) {
                QStringList out;
                for (const QJsonValue &v : array) {
                    if (!out.contains(v.toString())) {
                        out << v.toString();
                    }
                }
                return out;
            };
            return RoomMediaList { unique(obj.value(QStringLiteral("local")).toArray()),
                                   unique(obj.value(QStringLiteral("remote")).toArray()) };
        },
        std::move(done));
}

ApiReply *MediaApi::mediaInfo(ApiService *api, const MediaRef &media, QObject *ctx,
                              std::function<void(Result<LocalMediaInfo>)> done)
{
    return api->call<LocalMediaInfo>(
        ApiRequest::get(u"/_synapse/admin/v1/media/{}/{}", { media.server, media.mediaId }), ctx,
        [](const ApiReply &r) -> Result<LocalMediaInfo> {
            const QJsonValue info = r.object().value(QStringLiteral("media_info"));
            if (!info.isObject()) {
                return ApiError::missingField("media_info");
            }
            return parseMedia(info.toObject(), QString());
        },
        std::move(done));
}

ApiReply *MediaApi::unquarantine(ApiService *api, const MediaRef &media, QObject *ctx,
                                 std::function<void(Result<bool>)> done)
{
    return api->call<bool>(
        ApiRequest::post(u"/_synapse/admin/v1/media/unquarantine/{}/{}", { media.server, media.mediaId },
                         QJsonObject {})
            .setSafeToRepeat(true),
        ctx, [](const ApiReply &) -> Result<bool> { return true; }, std::move(done));
}

ApiReply *MediaApi::unprotect(ApiService *api, const QString &mediaId, QObject *ctx,
                              std::function<void(Result<bool>)> done)
{
    return api->call<bool>(
        ApiRequest::post(u"/_synapse/admin/v1/media/unprotect/{}", { mediaId }, QJsonObject {}).setSafeToRepeat(true),
        ctx, [](const ApiReply &) -> Result<bool> { return true; }, std::move(done));
}

namespace {
ApiReply *quarantineMany(ApiService *api, ApiRequest req, QObject *ctx, std::function<void(Result<qint64>)> done)
{
    return api->call<qint64>(
        req.setSafeToRepeat(true), ctx,
        [](const ApiReply &r) -> Result<qint64> {
            const QJsonValue v = r.object().value(QStringLiteral("num_quarantined"));
            if (!v.isDouble()) {
                return ApiError::missingField("num_quarantined");
            }
            return jsonInt64(v);
        },
        std::move(done));
}
} // namespace

ApiReply *MediaApi::quarantineUserMedia(ApiService *api, const QString &userId, QObject *ctx,
                                        std::function<void(Result<qint64>)> done)
{
    return quarantineMany(api, ApiRequest::post(u"/_synapse/admin/v1/user/{}/media/quarantine", { userId }, {}), ctx,
                          std::move(done));
}

ApiReply *MediaApi::quarantineRoomMedia(ApiService *api, const QString &roomId, QObject *ctx,
                                        std::function<void(Result<qint64>)> done)
{
    return quarantineMany(api, ApiRequest::post(u"/_synapse/admin/v1/room/{}/media/quarantine", { roomId }, {}), ctx,
                          std::move(done));
}

ApiReply *MediaApi::deleteMedia(ApiService *api, const MediaRef &media, QObject *ctx,
                                std::function<void(Result<MediaDeleteAnswer>)> done)
{
    return api->call<MediaDeleteAnswer>(
        ApiRequest::del(u"/_synapse/admin/v1/media/{}/{}", { media.server, media.mediaId }, {}), ctx,
        [](const ApiReply &r) { return parseDeleteAnswer(r, false); }, std::move(done));
}

ApiReply *MediaApi::deleteUserMedia(ApiService *api, const QString &userId, int limit, QObject *ctx,
                                    std::function<void(Result<MediaDeleteAnswer>)> done)
{
    auto req = ApiRequest::del(u"/_synapse/admin/v1/users/{}/media", { userId }, {});
    req.addQuery(QStringLiteral("limit"), limit);
    req.addQuery(QStringLiteral("order_by"), "created_ts").addQuery(QStringLiteral("dir"), "f");
    return api->call<MediaDeleteAnswer>(
        req, ctx, [](const ApiReply &r) { return parseDeleteAnswer(r, false); }, std::move(done));
}

} // namespace Steward
