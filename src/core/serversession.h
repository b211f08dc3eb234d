#pragma once

#include "apiservice.h"
#include "serverapi.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Steward {

/// The connection to one server as the faces see it: its ApiService and what the probe learnt.
/// Views and engines take session->api(); the status bar and the CLI read status().
class ServerSession : public QObject
{
    Q_OBJECT
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

Q_SIGNALS:
    void stateChanged(Steward::ServerSession::State state);
    /// The server rejected the token later on: the face should ask to sign in again.
    void signInRequired(const Steward::ApiError &error);

private:
    void setState(State state);

    ApiService *m_api;
    QPointer<ServerProbe> m_probe;
    State m_state = State::Disconnected;
    ServerStatus m_status;
    ApiError m_error;
};

} // namespace Steward
