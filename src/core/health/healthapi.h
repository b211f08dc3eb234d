#pragma once

#include "apiservice.h"
#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Steward {

/// One row of GET /_synapse/admin/v1/federation/destinations (and the single-destination read).
struct FederationDestination
{
    QString destination;
    qint64 retryLastTs = 0; ///< ms; 0: never retried
    qint64 retryInterval = 0; ///< ms until the next attempt; 0: not backing off
    std::optional<qint64> failureTs; ///< ms since the first failure of the current run of failures
    std::optional<qint64> lastSuccessfulStreamOrdering;
    /// The server is backing off from this destination (it failed and has not answered since).
    bool isFailing() const { return failureTs.has_value(); }
    /// Synapse's reset_connection only accepts destinations with retry timings.
    bool canReset() const { return retryLastTs != 0; }
    static FederationDestination fromJson(const QJsonObject &obj);
    /// destination, failure_ts (ISO 8601 UTC or null), retry_last_ts, retry_interval, last_successful_stream_ordering.
    QJsonObject toJson() const;
};

struct DestinationPage
{
    QList<FederationDestination> destinations;
    qint64 total = 0;
    std::optional<qint64> nextFrom;
};

/// A room shared with a destination (GET .../destinations/<d>/rooms).
struct DestinationRoom
{
    QString roomId;
    qint64 streamOrdering = 0; ///< the last event sent to the destination in this room
};

struct DestinationRoomsPage
{
    QList<DestinationRoom> rooms;
    qint64 total = 0;
    std::optional<qint64> nextFrom;
};

/// One database's running background update (GET /_synapse/admin/v1/background_updates/status).
struct BackgroundUpdate
{
    QString database;
    QString name;
    qint64 totalItemCount = 0;
    qint64 totalDurationMs = 0;
    double averageItemsPerMs = 0;
};

struct BackgroundUpdatesStatus
{
    bool enabled = true;
    QList<BackgroundUpdate> current; ///< empty: nothing is running
};

/// One entry of GET /_synapse/admin/v1/scheduled_tasks.
struct ScheduledTask
{
    QString id;
    QString action; ///< e.g. shutdown_and_purge_room, purge_history, redact_all_events
    QString status; ///< scheduled, active, complete, failed, cancelled
    qint64 timestampMs = 0;
    QString resourceId;
    QJsonValue result; ///< the task's result or progress, as the server wrote it
    QString error;
};

/// GET /_synapse/admin/v1/statistics/database/rooms (PostgreSQL only).
struct RoomSizeEstimate
{
    QString roomId;
    qint64 estimatedSize = 0; ///< bytes
};

/// GET /_synapse/admin/v1/statistics/users/media: one user's local media.
struct UserMediaStatistics
{
    QString userId;
    qint64 mediaCount = 0;
    qint64 mediaLength = 0;
};

struct UserMediaStatisticsPage
{
    QList<UserMediaStatistics> users;
    qint64 total = 0;
    std::optional<qint64> nextFrom;
};

/// What POST /_synapse/admin/v1/purge_history/<room_id> is asked to delete.
struct HistoryPurgeRequest
{
    std::optional<qint64> beforeTs; ///< ms since the epoch (purge_up_to_ts)
    QString beforeEventId; ///< or: purge up to this event (purge_up_to_event_id)
    bool deleteLocalEvents = false;
    QJsonObject toJson() const;
};

struct HistoryPurgeStatus
{
    QString status; ///< active, complete, failed
    QString error;
    bool isFinished() const { return status == u"complete" || status == u"failed"; }
};

/// Typed calls for the server-health admin APIs (federation, background updates, statistics,
/// scheduled tasks, purge history). Names go into URLs as one encoded path segment.
namespace HealthApi {
ApiReply *destinations(ApiService *api, qint64 from, int limit, QObject *ctx,
                       std::function<void(Result<DestinationPage>)> done);
ApiReply *destination(ApiService *api, const QString &destination, QObject *ctx,
                      std::function<void(Result<FederationDestination>)> done);
ApiReply *destinationRooms(ApiService *api, const QString &destination, qint64 from, int limit, QObject *ctx,
                           std::function<void(Result<DestinationRoomsPage>)> done);
/// POST .../reset_connection: the server forgets its back-off and tries the destination again.
ApiReply *resetConnection(ApiService *api, const QString &destination, QObject *ctx,
                          std::function<void(Result<bool>)> done);

ApiReply *backgroundUpdates(ApiService *api, QObject *ctx, std::function<void(Result<BackgroundUpdatesStatus>)> done);
/// Gives the state the server reports after the change.
ApiReply *setBackgroundUpdatesEnabled(ApiService *api, bool enabled, QObject *ctx,
                                      std::function<void(Result<bool>)> done);
/// The jobs start_job accepts without further parameters (Synapse 1.163: populate_stats_process_rooms,
/// regenerate_directory; event_resign needs a signing key and is left to the server's tools).
QStringList backgroundJobs();
QString describeBackgroundJob(const QString &job);
ApiReply *startBackgroundJob(ApiService *api, const QString &job, QObject *ctx, std::function<void(Result<bool>)> done);

ApiReply *scheduledTasks(ApiService *api, QObject *ctx, std::function<void(Result<QList<ScheduledTask>>)> done);
ApiReply *largestRooms(ApiService *api, QObject *ctx, std::function<void(Result<QList<RoomSizeEstimate>>)> done);
ApiReply *userMediaStatistics(ApiService *api, qint64 from, int limit, QObject *ctx,
                              std::function<void(Result<UserMediaStatisticsPage>)> done);

/// Starts a purge; gives the purge_id.
ApiReply *purgeHistory(ApiService *api, const QString &roomId, const HistoryPurgeRequest &request, QObject *ctx,
                       std::function<void(Result<QString>)> done);
ApiReply *purgeHistoryStatus(ApiService *api, const QString &purgeId, QObject *ctx,
                             std::function<void(Result<HistoryPurgeStatus>)> done);
} // namespace HealthApi

} // namespace Steward
