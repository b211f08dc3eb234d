#pragma once

#include "apiservice.h"
#include "media/mediapurgetypes.h"
#include "result.h"

#include <functional>
#include <optional>

namespace Steward {

template<typename T>
struct Page
{
    QList<T> items;
    qsizetype rows = 0; ///< rows the server sent (items may keep fewer)
    qint64 total = 0;
    std::optional<qint64> nextFrom; ///< offset of the next page, when more remain
};

struct MediaDeleteAnswer
{
    QStringList deletedMediaIds;
    qint64 total = 0;
    bool usedLegacyPath = false;
};

struct RoomAvatar
{
    QString roomId;
    QString avatarUrl;
};

// ---- Media management: statistics, lists, quarantine, protection, deletion of single files ----

/// The server's order_by keys of statistics/users/media.
enum class MediaStatsOrder { UserId, DisplayName, MediaCount, MediaLength };

/// Which users statistics/users/media counts and how it sorts them.
struct MediaStatsQuery
{
    MediaStatsOrder order = MediaStatsOrder::MediaLength;
    bool descending = true;
    qint64 fromTs = 0; ///< ms UTC: only media created at or after this (0: from the start)
    qint64 untilTs = 0; ///< ms UTC: only media created before this (0: until now)
    QString searchTerm; ///< part of the user ID or display name (empty: everyone)
    bool operator==(const MediaStatsQuery &) const = default;
};

/// One room of statistics/database/rooms (PostgreSQL only).
/// The media a room's events point to (rooms/<id>/media), as mxc URIs, duplicates removed.
struct RoomMediaList
{
    QStringList local;
    QStringList remote;
};

/// A parsed mxc URI.
struct MediaRef
{
    QString server;
    QString mediaId;
    QString mxc() const { return QStringLiteral("mxc://%1/%2").arg(server, mediaId); }
    bool operator==(const MediaRef &) const = default;
};

/// Typed calls of the media admin API.
namespace MediaApi {

/// GET /_synapse/admin/v1/statistics/users/media, counting only media created up to untilTs (0: all).
ApiReply *userMediaStatistics(ApiService *api, qint64 from, int limit, qint64 untilTs, QObject *ctx,
                              std::function<void(Result<Page<UserMediaStats>>)> done);
/// GET /_synapse/admin/v1/users/<id>/media, oldest first (created_ts ascending).
ApiReply *userMedia(ApiService *api, const QString &userId, qint64 from, int limit, QObject *ctx,
                    std::function<void(Result<Page<LocalMediaInfo>>)> done);
/// The avatar_url of a local user (GET /_synapse/admin/v2/users/<id>); empty when none.
ApiReply *userAvatar(ApiService *api, const QString &userId, QObject *ctx, std::function<void(Result<QString>)> done);
/// GET /_synapse/admin/v1/rooms: one page of room avatars (rooms without one are left out).
ApiReply *roomAvatars(ApiService *api, qint64 from, int limit, QObject *ctx,
                      std::function<void(Result<Page<RoomAvatar>>)> done);

/// POST /_synapse/admin/v1/media/delete; on 404 M_UNRECOGNIZED (older servers) falls back to
/// POST /_synapse/admin/v1/media/<serverName>/delete.
/// Returns the first request (the fallback to the older path, when needed, is sent after it).
ApiReply *deleteLocalMedia(ApiService *api, const QString &serverName, const MediaPurgeCriteria &criteria, QObject *ctx,
                           std::function<void(Result<MediaDeleteAnswer>)> done);
/// POST /_synapse/admin/v1/purge_media_cache?before_ts=: the number of cached remote files deleted.
ApiReply *purgeRemoteCache(ApiService *api, qint64 beforeTs, QObject *ctx, std::function<void(Result<qint64>)> done);

/// POST /_synapse/admin/v1/media/protect/<mediaId>: never quarantined nor deleted by date.
ApiReply *protect(ApiService *api, const QString &mediaId, QObject *ctx, std::function<void(Result<bool>)> done);
/// POST /_synapse/admin/v1/media/quarantine/<serverName>/<mediaId>
ApiReply *quarantine(ApiService *api, const QString &serverName, const QString &mediaId, QObject *ctx,
                     std::function<void(Result<bool>)> done);

/// "mxc://server/id" -> "id" when server is serverName; empty otherwise.
QString localMediaId(const QString &mxcUri, const QString &serverName);

/// "mxc://server/id" -> its parts; nullopt with *problem set when it is no mxc URI.
std::optional<MediaRef> parseMxc(const QString &text, QString *problem = nullptr);

/// GET /_synapse/admin/v1/statistics/users/media with the query's order, date range and search.
ApiReply *userMediaStatistics(ApiService *api, const MediaStatsQuery &query, qint64 from, int limit, QObject *ctx,
                              std::function<void(Result<Page<UserMediaStats>>)> done);
/// GET /_synapse/admin/v1/room/<roomId>/media
ApiReply *roomMedia(ApiService *api, const QString &roomId, QObject *ctx,
                    std::function<void(Result<RoomMediaList>)> done);
/// GET /_synapse/admin/v1/media/<server>/<mediaId>: a local file or a cached remote one (404 otherwise).
ApiReply *mediaInfo(ApiService *api, const MediaRef &media, QObject *ctx,
                    std::function<void(Result<LocalMediaInfo>)> done);
/// POST /_synapse/admin/v1/media/unquarantine/<server>/<mediaId>
ApiReply *unquarantine(ApiService *api, const MediaRef &media, QObject *ctx, std::function<void(Result<bool>)> done);
/// POST /_synapse/admin/v1/media/unprotect/<mediaId> (local media only)
ApiReply *unprotect(ApiService *api, const QString &mediaId, QObject *ctx, std::function<void(Result<bool>)> done);
/// POST /_synapse/admin/v1/user/<userId>/media/quarantine: the number of files newly quarantined.
ApiReply *quarantineUserMedia(ApiService *api, const QString &userId, QObject *ctx,
                              std::function<void(Result<qint64>)> done);
/// POST /_synapse/admin/v1/room/<roomId>/media/quarantine: the number of files newly quarantined.
ApiReply *quarantineRoomMedia(ApiService *api, const QString &roomId, QObject *ctx,
                              std::function<void(Result<qint64>)> done);
/// DELETE /_synapse/admin/v1/media/<server>/<mediaId> (local media only): the IDs the server deleted.
ApiReply *deleteMedia(ApiService *api, const MediaRef &media, QObject *ctx,
                      std::function<void(Result<MediaDeleteAnswer>)> done);
/// DELETE /_synapse/admin/v1/users/<userId>/media: up to `limit` of the user's files, oldest first.
ApiReply *deleteUserMedia(ApiService *api, const QString &userId, int limit, QObject *ctx,
                          std::function<void(Result<MediaDeleteAnswer>)> done);

} // namespace MediaApi

} // namespace Steward
