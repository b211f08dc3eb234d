#pragma once

#include "operation/operation.h"
#include "reports/reportsapi.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Steward {

/// Redacts a user's events (messages, encrypted messages and joins, as Synapse's
/// user/<id>/redact does), one room at a time, waiting for each server task (redact_status).
///
/// Plan: the rooms given, or else every room the user has a membership in and may have written
/// in (joined, left, banned); rooms the user was only invited to or knocked on are skipped. One
/// item per room: Done when the server's task completed with no failed redaction, Failed with the
/// server's reasons (the event ids that could not be redacted) otherwise. Rooms run one after the
/// other: Synapse refuses a second task for the same user while one is active. When the answer to
/// starting a task is lost, the server's task list (read before and after) tells whether it started.
class UserRedaction : public Operation
{
    Q_OBJECT
public:
    struct Item
    {
        QString roomId;
        ItemOutcome outcome;
        QString redactId;
        QHash<QString, QString> failedRedactions; ///< event id -> the server's reason
    };

    explicit UserRedaction(ApiService *api, QObject *parent = nullptr);

    void setUserId(const QString &userId) { m_userId = userId; }
    QString userId() const { return m_userId; }
    /// Empty: every room the user may have written in.
    void setRooms(const QStringList &rooms) { m_rooms = rooms; }
    void setReason(const QString &reason) { m_reason = reason; }
    /// The server redacts at most this many events per room and task (Synapse's default is 1,000).
    void setLimitPerRoom(int limit) { m_limit = limit; }
    int limitPerRoom() const { return m_limit; }
    /// How often a running task's status is read (default 1 s).
    void setPollInterval(int ms) { m_pollMs = ms; }

    /// Decide the rooms (planReady(); planError() when the memberships could not be read).
    void plan();
    /// Redact in every planned room (finished()).
    void run();
    void cancel() override;

    const QList<Item> &items() const { return m_items; }
    const ApiError &planError() const { return m_planError; }
    OperationTally tally() const;

private:
    void launch(int index);
    void poll(int index, int attempt);
    /// The answer to the start was lost: a task that appeared since is ours (verified), none: not started.
    void verifyStart(int index, const QStringList &known, const ApiError &lost);
    void settle(int index, const ItemOutcome &outcome);

    ApiService *m_api;
    QString m_userId;
    QStringList m_rooms;
    QString m_reason;
    int m_limit = 10000;
    int m_pollMs = 1000;
    QList<Item> m_items;
    QList<int> m_work;
    ApiError m_planError;
    int m_settled = 0;
};

} // namespace Steward
