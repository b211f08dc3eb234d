#include "health/healthapi.h"

#include "jsonarray.h"
#include "jsonnumber.h"
#include "pageguard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace Steward {

namespace {
struct HealthApiText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::HealthApi)
};

std::optional<qint64> optionalInt(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined()) {
        return std::nullopt;
    }
    return jsonInt64(v);
}

/// The next offset of a page, or the error that the token is not one.
template<typename Page>
std::optional<ApiError> readNext(const QJsonObject &obj, Page *page)
{
    bool ok = true;
    page->nextFrom = parsePageToken(obj.value(QLatin1String("next_token")), &ok);
    if (!ok) {
        return ApiError::invalidResponse(HealthApiText::tr("the next_token is not a number"));
    }
    page->total = jsonInt64(obj.value(QLatin1String("total")));
    return std::nullopt;
}

Result<DestinationPage> parseDestinations(const ApiReply &reply)
{
    const QJsonObject obj = reply.object();
    if (!obj.value(QLatin1String("destinations")).isArray()) {
        return ApiError::missingField("destinations");
    }
    DestinationPage page;
    for (const QJsonValue &v : obj.value(QLatin1String("destinations")).toArray()) {
        page.destinations << FederationDestination::fromJson(v.toObject());
    }
    if (auto error = readNext(obj, &page)) {
        return *error;
    }
    return page;
}

ApiRequest getWithPaging(QStringView path, std::initializer_list<QString> args, qint64 from, int limit)
{
    auto request = ApiRequest::get(path, args);
    request.addQuery(QStringLiteral("from"), from).addQuery(QStringLiteral("limit"), limit);
    return request;
}

} // namespace

FederationDestination FederationDestination::fromJson(const QJsonObject &obj)
{
    FederationDestination d;
    d.destination = obj.value(QLatin1String("destination")).toString();
    d.retryLastTs = jsonInt64(obj.value(QLatin1String("retry_last_ts")));
    d.retryInterval = jsonInt64(obj.value(QLatin1String("retry_interval")));
    d.failureTs = optionalInt(obj.value(QLatin1String("failure_ts")));
    d.lastSuccessfulStreamOrdering = optionalInt(obj.value(QLatin1String("last_successful_stream_ordering")));
    return d;
}

QJsonObject FederationDestination::toJson() const
{
    const auto optional = [](const std::optional<qint64> &v) {
        return v ? QJsonValue(double(*v)) : QJsonValue();
    };
    return {
        { QStringLiteral("destination"), destination },
        { QStringLiteral("failure_ts"),
          failureTs ? QJsonValue(QDateTime::fromMSecsSinceEpoch(*failureTs, Qt::UTC).toString(Qt::ISODateWithMs))
                    : QJsonValue() },
        { QStringLiteral("retry_last_ts"), double(retryLastTs) },
        { QStringLiteral("retry_interval"), double(retryInterval) },
        { QStringLiteral("last_successful_stream_ordering"), optional(lastSuccessfulStreamOrdering) },
    };
}

QJsonObject HistoryPurgeRequest::toJson() const
{
    QJsonObject body { { QStringLiteral("delete_local_events"), deleteLocalEvents } };
    if (!beforeEventId.isEmpty()) {
        body.insert(QStringLiteral("purge_up_to_event_id"), beforeEventId);
    } else if (beforeTs) {
        body.insert(QStringLiteral("purge_up_to_ts"), double(*beforeTs));
    }
    return body;
}

ApiReply *HealthApi::destinations(ApiService *api, qint64 from, int limit, QObject *ctx,
                                  std::function<void(Result<DestinationPage>)> done)
{
    return api->call<DestinationPage>(getWithPaging(u"/_synapse/admin/v1/federation/destinations", {}, from, limit),
                                      ctx, parseDestinations, std::move(done));
}

ApiReply *HealthApi::destination(ApiService *api, const QString &destination, QObject *ctx,
                                 std::function<void(Result<FederationDestination>)> done)
{
    return api->call<FederationDestination>(
        ApiRequest::get(u"/_synapse/admin/v1/federation/destinations/{}", { destination }), ctx,
        [](const ApiReply &reply) -> Result<FederationDestination> {
            const FederationDestination d = FederationDestination::fromJson(reply.object());
            if (d.destination.isEmpty()) {
                return ApiError::missingField("destination");
            }
            return d;
        },
        std::move(done));
}

ApiReply *HealthApi::destinationRooms(ApiService *api, const QString &destination, qint64 from, int limit, QObject *ctx,
                                      std::function<void(Result<DestinationRoomsPage>)> done)
{
    return api->call<DestinationRoomsPage>(
        getWithPaging(u"/_synapse/admin/v1/federation/destinations/{}/rooms", { destination }, from, limit), ctx,
        [](const ApiReply &reply) -> Result<DestinationRoomsPage> {
            const QJsonObject obj = reply.object();
            if (!obj.value(QLatin1String("rooms")).isArray()) {
                return ApiError::missingField("rooms");
            }
            DestinationRoomsPage page;
            for (const QJsonValue &v : obj.value(QLatin1String("rooms")).toArray()) {
                page.rooms << DestinationRoom { v[QLatin1String("room_id")].toString(),
                                                jsonInt64(v[QLatin1String("stream_ordering")]) };
            }
            if (auto error = readNext(obj, &page)) {
                return *error;
            }
            return page;
        },
        std::move(done));
}

ApiReply *HealthApi::resetConnection(ApiService *api, const QString &destination, QObject *ctx,
                                     std::function<void(Result<bool>)> done)
{
    // Not safe to repeat: a second reset after a lost answer is refused ("does not need to be reset").
    return api->call<bool>(
        ApiRequest::post(u"/_synapse/admin/v1/federation/destinations/{}/reset_connection", { destination }, {}), ctx,
        [](const ApiReply &) { return Result<bool>(true); }, std::move(done));
}

ApiReply *HealthApi::backgroundUpdates(ApiService *api, QObject *ctx,
                                       std::function<void(Result<BackgroundUpdatesStatus>)> done)
{
    return api->call<BackgroundUpdatesStatus>(
        ApiRequest::get(u"/_synapse/admin/v1/background_updates/status"), ctx,
        [](const ApiReply &reply) -> Result<BackgroundUpdatesStatus> {
            const QJsonObject obj = reply.object();
            if (!obj.value(QLatin1String("enabled")).isBool()) {
                return ApiError::missingField("enabled");
            }
            BackgroundUpdatesStatus status;
            status.enabled = obj.value(QLatin1String("enabled")).toBool();
            const QJsonObject current = obj.value(QLatin1String("current_updates")).toObject();
            for (auto it = current.begin(); it != current.end(); ++it) {
                const QJsonObject u = it.value().toObject();
                status.current << BackgroundUpdate { it.key(), u.value(QLatin1String("name")).toString(),
                                                     jsonInt64(u.value(QLatin1String("total_item_count"))),
                                                     jsonInt64(u.value(QLatin1String("total_duration_ms"))),
                                                     u.value(QLatin1String("average_items_per_ms")).toDouble() };
            }
            return status;
        },
        std::move(done));
}

ApiReply *HealthApi::setBackgroundUpdatesEnabled(ApiService *api, bool enabled, QObject *ctx,
                                                 std::function<void(Result<bool>)> done)
{
    auto request = ApiRequest::post(u"/_synapse/admin/v1/background_updates/enabled", {},
                                    { { QStringLiteral("enabled"), enabled } });
    request.setSafeToRepeat(true); // setting a flag twice is the same as once
    return api->call<bool>(
        request, ctx,
        [](const ApiReply &reply) -> Result<bool> {
            const QJsonValue v = reply.object().value(QLatin1String("enabled"));
            if (!v.isBool()) {
                return ApiError::missingField("enabled");
            }
            return v.toBool();
        },
        std::move(done));
}

QStringList HealthApi::backgroundJobs()
{
    return { QStringLiteral("populate_stats_process_rooms"), QStringLiteral("regenerate_directory") };
}

QString HealthApi::describeBackgroundJob(const QString &job)
{
    if (job == u"populate_stats_process_rooms") {
        return HealthApiText::tr("Recalculate the room statistics (room list counts, largest rooms)");
    }
    if (job == u"regenerate_directory") {
        return HealthApiText::tr("Rebuild the user directory (the search for users)");
    }
    return {};
}

ApiReply *HealthApi::startBackgroundJob(ApiService *api, const QString &job, QObject *ctx,
                                        std::function<void(Result<bool>)> done)
{
    return api->call<bool>(
        ApiRequest::post(u"/_synapse/admin/v1/background_updates/start_job", {},
                         { { QStringLiteral("job_name"), job } }),
        ctx, [](const ApiReply &) { return Result<bool>(true); }, std::move(done));
}

ApiReply *HealthApi::scheduledTasks(ApiService *api, QObject *ctx,
                                    std::function<void(Result<QList<ScheduledTask>>)> done)
{
    return api->call<QList<ScheduledTask>>(
        ApiRequest::get(u"/_synapse/admin/v1/scheduled_tasks"), ctx,
        [](const ApiReply &reply) {
            return jsonArrayField(reply.object(), "scheduled_tasks", [](const QJsonValue &v) {
                const QJsonObject t = v.toObject();
                return ScheduledTask {
                    t.value(QLatin1String("id")).toString(),          t.value(QLatin1String("action")).toString(),
                    t.value(QLatin1String("status")).toString(),      jsonInt64(t.value(QLatin1String("timestamp_ms"))),
                    t.value(QLatin1String("resource_id")).toString(), t.value(QLatin1String("result")),
                    t.value(QLatin1String("error")).toString()
                };
            });
        },
        std::move(done));
}

ApiReply *HealthApi::largestRooms(ApiService *api, QObject *ctx,
                                  std::function<void(Result<QList<RoomSizeEstimate>>)> done)
{
    return api->call<QList<RoomSizeEstimate>>(
        ApiRequest::get(u"/_synapse/admin/v1/statistics/database/rooms"), ctx,
        [](const ApiReply &reply) {
            return jsonArrayField(reply.object(), "rooms", [](const QJsonValue &v) {
                return RoomSizeEstimate { v[QLatin1String("room_id")].toString(),
                                          jsonInt64(v[QLatin1String("estimated_size")]) };
            });
        },
        std::move(done));
}

ApiReply *HealthApi::userMediaStatistics(ApiService *api, qint64 from, int limit, QObject *ctx,
                                         std::function<void(Result<UserMediaStatisticsPage>)> done)
{
    auto request = getWithPaging(u"/_synapse/admin/v1/statistics/users/media", {}, from, limit);
    request.addQuery(QStringLiteral("order_by"), "user_id");
    return api->call<UserMediaStatisticsPage>(
        request, ctx,
        [](const ApiReply &reply) -> Result<UserMediaStatisticsPage> {
            const QJsonObject obj = reply.object();
            if (!obj.value(QLatin1String("users")).isArray()) {
                return ApiError::missingField("users");
            }
            UserMediaStatisticsPage page;
            for (const QJsonValue &v : obj.value(QLatin1String("users")).toArray()) {
                page.users << UserMediaStatistics { v[QLatin1String("user_id")].toString(),
                                                    jsonInt64(v[QLatin1String("media_count")]),
                                                    jsonInt64(v[QLatin1String("media_length")]) };
            }
            if (auto error = readNext(obj, &page)) {
                return *error;
            }
            return page;
        },
        std::move(done));
}

ApiReply *HealthApi::purgeHistory(ApiService *api, const QString &roomId, const HistoryPurgeRequest &request,
                                  QObject *ctx, std::function<void(Result<QString>)> done)
{
    return api->call<QString>(
        ApiRequest::post(u"/_synapse/admin/v1/purge_history/{}", { roomId }, request.toJson()), ctx,
        [](const ApiReply &reply) -> Result<QString> {
            const QString id = reply.object().value(QLatin1String("purge_id")).toString();
            if (id.isEmpty()) {
                return ApiError::missingField("purge_id");
            }
            return id;
        },
        std::move(done));
}

ApiReply *HealthApi::purgeHistoryStatus(ApiService *api, const QString &purgeId, QObject *ctx,
                                        std::function<void(Result<HistoryPurgeStatus>)> done)
{
    return api->call<HistoryPurgeStatus>(
        ApiRequest::get(u"/_synapse/admin/v1/purge_history_status/{}", { purgeId }), ctx,
        [](const ApiReply &reply) -> Result<HistoryPurgeStatus> {
            const QJsonObject obj = reply.object();
            if (!obj.value(QLatin1String("status")).isString()) {
                return ApiError::missingField("status");
            }
            return HistoryPurgeStatus { obj.value(QLatin1String("status")).toString(),
                                        obj.value(QLatin1String("error")).toString() };
        },
        std::move(done));
}

} // namespace Steward
