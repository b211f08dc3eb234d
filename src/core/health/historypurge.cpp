#include "health/historypurge.h"

#include "media/mediapurgecutoff.h"
#include "rooms/roomsapi.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace Steward {

namespace {
constexpr int MaxPollFailures = 5;
} // namespace

HistoryPurge::HistoryPurge(ApiService *api, QString roomId, HistoryPurgeRequest request, QObject *parent)
    : Operation(parent)
    , m_api(api)
    , m_request(std::move(request))
{
    m_plan.roomId = std::move(roomId);
    m_plan.beforeTs = m_request.beforeTs;
    m_plan.deleteLocalEvents = m_request.deleteLocalEvents;
    m_poll.setInterval(1000);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &HistoryPurge::poll);
}

void HistoryPurge::planFailed(const QString &reason)
{
    m_planError = reason;
    setState(State::Planned);
    Q_EMIT planReady();
}

void HistoryPurge::planned(const QString &anchor, qint64 anchorTs)
{
    m_plan.anchorEventId = anchor;
    m_plan.anchorTs = anchorTs;
    setState(State::Planned);
    Q_EMIT planReady();
}

void HistoryPurge::plan()
{
    setState(State::Planning);
    setPhase(tr("Checking the room and the cutoff"));
    m_planError.clear();
    if (!m_request.beforeTs && m_request.beforeEventId.isEmpty()) {
        planFailed(tr("Give a date or an event before which the history is deleted."));
        return;
    }
    if (m_request.beforeTs && *m_request.beforeTs > QDateTime::currentMSecsSinceEpoch()) {
        planFailed(tr("The cutoff is in the future: give a moment in the past."));
        return;
    }
    RoomsApi::details(m_api, m_plan.roomId, this, [this](const Result<RoomDetails> &room) {
        if (!room.ok()) {
            planFailed(room.error().isNotFound() ? tr("The server knows no room %1.").arg(m_plan.roomId)
                                                 : room.error().describe());
            return;
        }
        m_plan.roomName = room->summary.name;
        if (!m_request.beforeEventId.isEmpty()) {
            m_api->call<QJsonObject>(
                ApiRequest::get(u"/_synapse/admin/v1/fetch_event/{}", { m_request.beforeEventId }), this,
                [](const ApiReply &r) {
                    return Result<QJsonObject>(r.object().value(QLatin1String("event")).toObject());
                },
                [this](const Result<QJsonObject> &event) {
                    if (!event.ok()) {
                        planFailed(event.error().isNotFound()
                                       ? tr("The server knows no event %1.").arg(m_request.beforeEventId)
                                       : event.error().describe());
                        return;
                    }
                    if (event->value(QLatin1String("room_id")).toString() != m_plan.roomId) {
                        planFailed(tr("Event %1 is not in this room.").arg(m_request.beforeEventId));
                        return;
                    }
                    planned(m_request.beforeEventId,
                            qint64(event->value(QLatin1String("origin_server_ts")).toDouble()));
                });
            return;
        }
        auto request = ApiRequest::get(u"/_synapse/admin/v1/rooms/{}/timestamp_to_event", { m_plan.roomId });
        request.addQuery(QStringLiteral("ts"), *m_request.beforeTs).addQuery(QStringLiteral("dir"), "f");
        m_api->call<QJsonObject>(
            request, this, [](const ApiReply &r) { return Result<QJsonObject>(r.object()); },
            [this](const Result<QJsonObject> &found) {
                if (!found.ok()) {
                    if (found.error().isNotFound()) {
                        planned({}, 0); // nothing that new: purge by timestamp (the latest event stays)
                    } else {
                        planFailed(found.error().describe());
                    }
                    return;
                }
                planned(found->value(QLatin1String("event_id")).toString(),
                        qint64(found->value(QLatin1String("origin_server_ts")).toDouble()));
            });
    });
}

void HistoryPurge::run()
{
    setState(State::Running);
    setProgress(0, 1, tr("Starting the purge"));
    HistoryPurgeRequest request;
    request.deleteLocalEvents = m_plan.deleteLocalEvents;
    if (m_plan.anchorEventId.isEmpty()) {
        request.beforeTs = m_plan.beforeTs;
    } else {
        request.beforeEventId = m_plan.anchorEventId;
    }
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    HealthApi::purgeHistory(m_api, m_plan.roomId, request, this,
                            [this](const Result<QString> &result) { started(result); });
}

void HistoryPurge::started(const Result<QString> &result)
{
    if (result.ok()) {
        m_purgeId = result.value();
        setPhase(tr("The server is deleting the history"));
        m_poll.start();
        return;
    }
    const ItemOutcome outcome = ItemOutcome::fromError(result.error());
    if (outcome.status == ItemStatus::Unknown) {
        verifyStart(outcome);
    } else {
        done(outcome);
    }
}

void HistoryPurge::verifyStart(const ItemOutcome &lost)
{
    // A purge the server started is a scheduled task of this room (action purge_history).
    auto request = ApiRequest::get(u"/_synapse/admin/v1/scheduled_tasks");
    request.addQuery(QStringLiteral("action_name"), "purge_history")
        .addQuery(QStringLiteral("resource_id"), m_plan.roomId);
    m_api->call<QJsonObject>(
        request, this, [](const ApiReply &r) { return Result<QJsonObject>(r.object()); },
        [this, lost](const Result<QJsonObject> &tasks) {
            if (!tasks.ok()) {
                done(lost);
                return;
            }
            for (const QJsonValue &v : tasks->value(QLatin1String("scheduled_tasks")).toArray()) {
                if (qint64(v[QLatin1String("timestamp_ms")].toDouble()) >= m_startedAt - 60000) {
                    m_purgeId = v[QLatin1String("id")].toString();
                    setPhase(tr("The server is deleting the history (its answer was lost; found the purge)"));
                    m_poll.start();
                    return;
                }
            }
            done({ ItemStatus::Failed,
                   tr("the answer was lost and the server has no purge for this room "
                      "(verified: nothing was started)"),
                   true });
        });
}

void HistoryPurge::poll()
{
    HealthApi::purgeHistoryStatus(m_api, m_purgeId, this, [this](const Result<HistoryPurgeStatus> &status) {
        if (!status.ok()) {
            if (++m_pollFailures >= MaxPollFailures) {
                done({ ItemStatus::Unknown,
                       tr("the purge was started (id %1) but its status could not be read: %2")
                           .arg(m_purgeId, status.error().describe()) });
                return;
            }
            m_poll.start();
            return;
        }
        m_pollFailures = 0;
        if (status->status == u"complete") {
            done({ ItemStatus::Done, tr("the server completed the purge") });
        } else if (status->status == u"failed") {
            done({ ItemStatus::Failed,
                   status->error.isEmpty() ? tr("the server reports the purge failed") : status->error });
        } else {
            setProgress(0, 1, tr("The server is deleting the history (%1)").arg(status->status));
            m_poll.start();
        }
    });
}

void HistoryPurge::done(ItemOutcome outcome)
{
    m_outcome = std::move(outcome);
    setProgress(1, 1);
    finish();
}

QStringList describeHistoryPurge(const HistoryPurge::Plan &plan)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QString room =
        plan.roomName.isEmpty() ? plan.roomId : QStringLiteral("%1 (%2)").arg(plan.roomName, plan.roomId);
    QStringList lines;
    lines << QCoreApplication::translate("Steward::HistoryPurge", "Room: %1").arg(room);
    const QString who = plan.deleteLocalEvents
        ? QCoreApplication::translate("Steward::HistoryPurge", "from local and remote users")
        : QCoreApplication::translate("Steward::HistoryPurge", "from remote users only (local users' events are kept)");
    if (!plan.keepsLatestEvent()) {
        lines << QCoreApplication::translate("Steward::HistoryPurge",
                                             "Deletes: the messages and other non-state events before event %1 "
                                             "(sent %2), %3.")
                     .arg(plan.anchorEventId, MediaPurgeCutoff::formatInstant(plan.anchorTs, zone), who);
        lines << QCoreApplication::translate("Steward::HistoryPurge",
                                             "Keeps: that event and everything after it; the room's state "
                                             "(members, name, power levels, ...).");
    } else {
        lines << QCoreApplication::translate("Steward::HistoryPurge",
                                             "Deletes: the messages and other non-state events before %1, %2. No "
                                             "event in the room is newer: the server keeps the latest one.")
                     .arg(MediaPurgeCutoff::formatInstant(plan.beforeTs.value_or(0), zone), who);
        lines << QCoreApplication::translate("Steward::HistoryPurge",
                                             "Keeps: the room's latest event; the room's state (members, name, "
                                             "power levels, ...).");
    }
    lines << QCoreApplication::translate("Steward::HistoryPurge",
                                         "This cannot be undone. Other servers in the room keep their copies.");
    return lines;
}

} // namespace Steward
