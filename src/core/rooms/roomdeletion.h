#pragma once

#include "rooms/roomdeletionrun.h"
#include "rooms/roomsapi.h"

#include <QObject>

namespace Steward {

/// Deleting one room, for the delete dialog and the room details: a single-room face of the engine
/// RoomDeletionRun (which checks, sends, polls and verifies): check whether the server is already
/// deleting it (or the room is gone), describe what the chosen options will do (the preview), start,
/// follow delete_status until complete or failed, and report the outcome (kicked users, failed
/// kicks, new room).
///
/// Confirmation (typing the room's name or ID) is checked by confirmationMatches(); start() refuses
/// unless confirm() received a matching text.
class RoomDeletion : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, ///< nothing asked yet: call checkExisting()
        Checking, ///< asking the server for earlier deletions of this room and for the room
        Ready, ///< no deletion running: may be started
        NotDeletable, ///< the check skipped the room (no such room, already deleted, unreadable): see report()
        Starting, ///< DELETE sent
        Running, ///< polling delete_status (ours, or one that was already running)
        Complete,
        Failed, ///< the server reports the deletion failed (see status().error)
        Error, ///< Steward could not start the deletion, or its outcome is unknown (see error(), report())
        Stopped, ///< stopped before the DELETE left: nothing was deleted
    };
    Q_ENUM(State)

    RoomDeletion(ApiService *api, const QString &roomId, const QString &roomName, QObject *parent = nullptr);

    QString roomId() const { return m_roomId; }
    QString roomName() const { return m_roomName; }

    RoomDeleteOptions options() const { return m_options; }
    void setOptions(const RoomDeleteOptions &options) { m_options = options; }
    /// Empty when the options can be sent; otherwise what is wrong and how to fix it.
    QString validateOptions() const;
    /// One sentence per effect, in the order the server does them.
    QStringList preview() const;

    /// The typed text equals the room ID or the room's name (surrounding spaces ignored).
    static bool confirmationMatches(const QString &typed, const QString &roomId, const QString &roomName);
    bool confirm(const QString &typed);
    bool isConfirmed() const { return m_confirmed; }

    /// Looks for a deletion the server already knows of; a running one is followed instead of
    /// offering a new one (state Running, wasAlreadyRunning() true). A room the server does not have
    /// (any more) is NotDeletable.
    void checkExisting();
    /// Needs state Ready, valid options and a matching confirmation; returns false (and says why
    /// in error()) otherwise.
    bool start();
    /// The honest stop: a DELETE that has not left is dropped (state Stopped); one that left is not
    /// aborted and is still followed while this object lives (the server carries on either way).
    void stopWatching();

    State state() const { return m_state; }
    bool wasAlreadyRunning() const { return m_adopted; }
    const RoomDeleteStatus &status() const { return m_status; }
    const ApiError &error() const { return m_error; }
    /// Human-readable lines describing the current progress or the outcome.
    QStringList report() const;

    int pollIntervalMs() const { return m_run->pollIntervalMs(); }
    void setPollIntervalMs(int ms) { m_run->setPollIntervalMs(ms); }
    /// The engine underneath (its item 0 is this room).
    RoomDeletionRun *run() const { return m_run; }

Q_SIGNALS:
    void stateChanged(Steward::RoomDeletion::State state);
    void statusUpdated(const Steward::RoomDeleteStatus &status);
    /// Complete, Failed or Error reached.
    void finished();

private:
    void setState(State state);
    void onPlanReady();
    void onStatusUpdated();
    void onFinished();
    const RoomDeletionRun::Item *item() const;

    RoomDeletionRun *m_run;
    QString m_roomId;
    QString m_roomName;
    RoomDeleteOptions m_options;
    bool m_confirmed = false;
    bool m_adopted = false;
    State m_state = State::Idle;
    RoomDeleteStatus m_status;
    ApiError m_error;
};

} // namespace Steward
