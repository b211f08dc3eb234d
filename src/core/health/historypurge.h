#pragma once

#include "health/healthapi.h"
#include "operation/operation.h"

#include <QTimer>

namespace Steward {

/// Deletes a room's history before a moment or an event (POST purge_history), one room.
///
/// plan(): checks the room and the cutoff and works out what the server will do. For a date,
/// the first event at or after it (timestamp_to_event, dir=f) becomes the anchor, so exactly the
/// events before the date go; when no event is that new, the purge runs by timestamp and Synapse
/// keeps the room's latest event (it never deletes the last one). Either way the server keeps the
/// room's state (membership, name, power levels ...) and, unless deleteLocalEvents, the events of
/// local users. run(): starts the purge and follows purge_history_status until it is complete or
/// failed. An answer to the start that was lost is checked in the scheduled tasks (verified).
class HistoryPurge : public Operation
{
    Q_OBJECT
public:
    struct Plan
    {
        QString roomId;
        QString roomName;
        QString anchorEventId; ///< events before this one are deleted; empty: by timestamp
        qint64 anchorTs = 0; ///< the anchor's origin_server_ts
        std::optional<qint64> beforeTs;
        bool deleteLocalEvents = false;
        /// No event is at or after the date: Synapse keeps the latest event of the room.
        bool keepsLatestEvent() const { return anchorEventId.isEmpty(); }
    };

    /// Either beforeTs or beforeEventId in request.
    HistoryPurge(ApiService *api, QString roomId, HistoryPurgeRequest request, QObject *parent = nullptr);

    void plan();
    void run();
    const Plan &planned() const { return m_plan; }
    /// Why planning failed (empty when it did not).
    QString planError() const { return m_planError; }
    ItemOutcome outcome() const { return m_outcome; }
    QString purgeId() const { return m_purgeId; }
    /// How often purge_history_status is asked (ms).
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

private:
    void planFailed(const QString &reason);
    void planned(const QString &anchor, qint64 anchorTs);
    void started(const Result<QString> &result);
    void verifyStart(const ItemOutcome &lost);
    void poll();
    void done(ItemOutcome outcome);

    ApiService *m_api;
    HistoryPurgeRequest m_request;
    Plan m_plan;
    QString m_planError;
    ItemOutcome m_outcome;
    QString m_purgeId;
    qint64 m_startedAt = 0;
    int m_pollFailures = 0;
    QTimer m_poll;
};

/// The preview in words: what the server deletes, what it keeps (for every face).
QStringList describeHistoryPurge(const HistoryPurge::Plan &plan);

} // namespace Steward
