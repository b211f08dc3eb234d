#pragma once

#include "apiservice.h"
#include "mediapurgetypes.h"
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

} // namespace MediaApi

} // namespace Steward
