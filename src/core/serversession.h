#pragma once

#include "apiservice.h"
#include "serverapi.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace Steward {

/// The connection to one server as the faces see it: its ApiService and what the probe learnt.
/// Views and engines take session->api(); the status bar and the CLI read status().
///
/// Besides the state of the sign-in (State), the session tracks whether the server answers at all
/// (reachability). A connected session whose server stops answering stays Connected, so the faces
/// keep what they loaded; it is then not "available": serverAvailable is the one property the
/// actions that need the server follow.
class ServerSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool serverAvailable READ isServerAvailable NOTIFY serverAvailableChanged)
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit ServerSession(QNetworkAccessManager *nam, QObject *parent = nullptr);

    ApiService *api() const { return m_api; }
    State state() const { return m_state; }
    const ServerStatus &status() const { return m_status; }
    const ApiError &lastError() const { return m_error; }

    /// Point the session at a server; token may be empty (only public endpoints then).
    /// requireAdmin: fail unless the token belongs to a server admin.
    void open(const QUrl &baseUrl, const QString &token, bool requireAdmin = true);
    void close();

    /// Connected, the server answers and the token is accepted: server actions may run.
    bool isServerAvailable() const;
    /// False while the server does not answer at the network level (refused, reset, silent).
    bool isServerReachable() const { return m_reachable; }
    /// When the server stopped answering (invalid while it answers).
    QDateTime unreachableSince() const { return m_unreachableSince; }
    /// When Steward tries again on its own (only meaningful while unreachable; may have expired
    /// when an attempt is under way).
    QDeadlineTimer nextAttempt() const { return m_nextAttempt; }
    /// The server rejected the token after the session had been connected (sign in again).
    bool isSignedOut() const { return m_signedOut; }

    /// GUI: when open() cannot reach the server at all, keep trying with backoff instead of
    /// failing for good (the CLI leaves this off and reports the failure).
    void setReconnectAutomatically(bool on);
    /// While connected and idle, how often the GUI checks that the server still answers (a cheap
    /// GET of the client versions), so that the status bar is true without any other request.
    void setHeartbeatInterval(std::chrono::milliseconds interval) { m_heartbeat.setInterval(interval); }

public Q_SLOTS:
    /// Try now (F5, "Reconnect"): probe an unreachable server at once, or open a failed session again.
    void reconnect();

Q_SIGNALS:
    void stateChanged(Steward::ServerSession::State state);
    /// The server rejected the token later on: the face should ask to sign in again.
    void signInRequired(const Steward::ApiError &error);
    /// isServerReachable(), unreachableSince() or nextAttempt() changed.
    void reachabilityChanged();
    void serverAvailableChanged(bool available);
    /// A connected session's server answers again after it was unreachable: reload what is shown.
    void reconnected();

private:
    void setState(State state);
    void startProbe();
    void setReachable(bool reachable);
    void scheduleAttempt(std::chrono::milliseconds delay);
    void attemptNow();
    void ping();
    void watchReply(ApiReply *reply);
    void updateAvailability();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ApiService *m_api;
    QPointer<ServerProbe> m_probe;
    QPointer<ApiReply> m_ping;
    State m_state = State::Disconnected;
    ServerStatus m_status;
    ApiError m_error;
    QString m_token;
    bool m_requireAdmin = true;
    bool m_autoReconnect = false;
    bool m_reachable = true;
    bool m_signedOut = false;
    bool m_available = false;
    int m_attempt = 0;
    QDateTime m_unreachableSince;
    QDeadlineTimer m_nextAttempt;
    QTimer m_attemptTimer;
    QTimer m_heartbeat;
    QTimer m_serviceWatchdog; ///< notices when the service stopped probing
};

} // namespace Steward
