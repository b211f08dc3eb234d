#pragma once

#include "roomsapi.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Steward {

/// Deleting one room with the asynchronous v2 API: check whether the server is already deleting
/// it, describe what the chosen options will do (the preview), start, poll delete_status until
/// complete or failed, and report the outcome (kicked users, failed kicks, new room).
///
/// Faces: the delete dialog and tests. Confirmation (typing the room's name or ID) is checked by
/// confirmationMatches(); start() refuses unless confirm() received a matching text.
class RoomDeletion : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, ///< nothing asked yet: call checkExisting()
        Checking, ///< asking the server for earlier deletions of this room
        Ready, ///< no deletion running: may be started
        Starting, ///< DELETE sent
        Running, ///< polling delete_status (ours, or one that was already running)
        Complete,
        Failed, ///< the server reports the deletion failed (see status().error)
        Error, ///< Steward could not start or follow the deletion (see error())
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
    /// offering a new one (state Running, wasAlreadyRunning() true).
    void checkExisting();
    /// Needs state Ready, valid options and a matching confirmation; returns false (and says why
    /// in error()) otherwise.
    bool start();
    /// Stop polling; the server carries on with a running deletion.
    void stopWatching();

    State state() const { return m_state; }
    bool wasAlreadyRunning() const { return m_adopted; }
    const RoomDeleteStatus &status() const { return m_status; }
    const ApiError &error() const { return m_error; }
    /// Human-readable lines describing the current progress or the outcome.
    QStringList report() const;

    int pollIntervalMs() const { return m_pollTimer.interval(); }
    void setPollIntervalMs(int ms) { m_pollTimer.setInterval(ms); }

Q_SIGNALS:
    void stateChanged(Steward::RoomDeletion::State state);
    void statusUpdated(const Steward::RoomDeleteStatus &status);
    /// Complete, Failed or Error reached.
    void finished();

private:
    void setState(State state);
    void fail(const ApiError &error);
    void follow(const QString &deleteId);
    void poll();
    void apply(const RoomDeleteStatus &status);

    ApiService *m_api;
    QString m_roomId;
    QString m_roomName;
    RoomDeleteOptions m_options;
    bool m_confirmed = false;
    bool m_adopted = false;
    bool m_startSent = false;
    State m_state = State::Idle;
    RoomDeleteStatus m_status;
    ApiError m_error;
    int m_pollFailures = 0;
    QTimer m_pollTimer;
    QPointer<ApiReply> m_reply;
};

} // namespace Steward
