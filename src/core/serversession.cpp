#include "serversession.h"

#include "stewardlogging.h"

#include <QChildEvent>
#include <QRandomGenerator>

using namespace std::chrono;

namespace Steward {

namespace {
/// The server did not answer at all (as opposed to answering with an error).
bool isUnreachableError(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
}

milliseconds reconnectDelay(int attempt)
{
    RetryPolicy policy;
    policy.baseDelay = seconds(2);
    policy.maxDelay = seconds(30);
    return policy.backoff(attempt, QRandomGenerator::global()->generateDouble());
}
} // namespace

ServerSession::ServerSession(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_api(new ApiService(nam, this))
{
    m_attemptTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, &ServerSession::attemptNow);
    m_heartbeat.setInterval(seconds(30));
    connect(&m_heartbeat, &QTimer::timeout, this, [this]() {
        if (isServerAvailable() && m_api->inFlightCount() == 0 && m_api->queuedCount() == 0) {
            ping();
        }
    });
    connect(m_api, &ApiService::authenticationFailed, this, [this](const ApiError &error) {
        if (m_state == State::Connected && !m_signedOut) {
            m_signedOut = true;
            Q_EMIT reachabilityChanged();
            updateAvailability();
            Q_EMIT signInRequired(error);
        }
    });
    // An OAuth access token refreshed after the server rejected it: reconnect attempts use the new one.
    connect(m_api, &ApiService::accessTokenRefreshed, this, [this]() { m_token = m_api->accessToken(); });
    // The service holds its queue and probes by itself when the server is down: follow it.
    connect(m_api, &ApiService::serverUnreachable, this, [this](milliseconds retryIn) {
        m_attemptTimer.stop();
        setReachable(false);
        m_nextAttempt = QDeadlineTimer(retryIn);
        // The service stops probing after its retry limit (until the next request): if it stays
        // silent, the session takes over with its own, longer backoff and asks it to probe again.
        m_serviceWatchdog.start(retryIn + seconds(2));
        Q_EMIT reachabilityChanged();
    });
    connect(m_api, &ApiService::serverReachable, this, [this]() {
        m_serviceWatchdog.stop();
        setReachable(true);
        if (m_state == State::Failed && m_autoReconnect && !m_probe) {
            attemptNow(); // the server is back: open the session that could not be opened
        }
    });
    m_serviceWatchdog.setSingleShot(true);
    connect(&m_serviceWatchdog, &QTimer::timeout, this, [this]() {
        if (!m_reachable && !m_api->isServerReachable() && !m_attemptTimer.isActive()) {
            scheduleAttempt(reconnectDelay(m_attempt++));
        }
    });
    // Every request's outcome also tells whether the server answers (for a service that does not
    // track it itself, and for requests that fail before it notices).
    m_api->installEventFilter(this);
}

bool ServerSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_api && event->type() == QEvent::ChildAdded) {
        // The child is still being constructed: look at it once control returns to the event loop
        // (before the service dispatches it, which is queued after this).
        QPointer<QObject> child = static_cast<QChildEvent *>(event)->child();
        QMetaObject::invokeMethod(
            this,
            [this, child]() {
                if (auto *reply = qobject_cast<ApiReply *>(child.data())) {
                    watchReply(reply);
                }
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void ServerSession::setReconnectAutomatically(bool on)
{
    m_autoReconnect = on;
    if (!on) {
        m_heartbeat.stop();
    } else if (m_state == State::Connected) {
        m_heartbeat.start();
    }
}

void ServerSession::watchReply(ApiReply *reply)
{
    connect(reply, &ApiReply::finished, this, [this, reply]() {
        const ApiError &error = reply->error();
        if (!m_autoReconnect || error.kind() == ApiError::Kind::Cancelled || m_state != State::Connected) {
            return;
        }
        if (isUnreachableError(error)) {
            if (m_reachable && m_api->isServerReachable()) {
                qCDebug(lcApi) << "server unreachable:" << error.describe();
                setReachable(false);
                scheduleAttempt(reconnectDelay(m_attempt++));
            }
        } else if (!m_reachable && m_api->isServerReachable()) {
            setReachable(true); // an answer, whatever it says
        }
    });
}

void ServerSession::open(const QUrl &baseUrl, const QString &token, bool requireAdmin)
{
    close();
    m_api->setBaseUrl(baseUrl);
    m_api->setAccessToken(token);
    m_token = token;
    m_requireAdmin = requireAdmin;
    m_status = ServerStatus();
    m_status.baseUrl = baseUrl;
    m_error = ApiError();
    m_signedOut = false;
    m_attempt = 0;
    setState(State::Connecting);
    startProbe();
}

void ServerSession::startProbe()
{
    if (m_probe) {
        return;
    }
    m_probe = new ServerProbe(m_api, this);
    connect(m_probe, &ServerProbe::finished, this, [this](const Result<ServerStatus> &result) {
        m_probe->deleteLater();
        if (result.ok()) {
            m_status = result.value();
            m_error = ApiError();
            setReachable(true);
            setState(State::Connected);
            return;
        }
        m_error = result.error();
        const bool retry = m_autoReconnect && (isUnreachableError(m_error) || m_error.isTransient());
        setReachable(!retry);
        if (retry) {
            scheduleAttempt(reconnectDelay(m_attempt++));
        }
        if (m_state != State::Failed) {
            setState(State::Failed);
        } else {
            Q_EMIT stateChanged(m_state); // a new reason
        }
    });
    m_probe->start(m_requireAdmin);
}

void ServerSession::close()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
        m_probe->deleteLater();
    }
    m_attemptTimer.stop();
    m_serviceWatchdog.stop();
    m_api->cancelAll();
    m_api->setAccessToken(QString());
    m_token.clear();
    setReachable(true);
    if (m_state != State::Disconnected) {
        setState(State::Disconnected);
    }
}

bool ServerSession::isServerAvailable() const
{
    return m_state == State::Connected && m_reachable && !m_signedOut;
}

void ServerSession::reconnect()
{
    switch (m_state) {
    case State::Connected:
        if (!m_api->isServerReachable() || !m_reachable) {
            attemptNow();
        }
        break;
    case State::Failed:
        if (m_api->baseUrl().isValid()) {
            m_attemptTimer.stop();
            attemptNow();
        }
        break;
    case State::Connecting:
    case State::Disconnected:
        break;
    }
}

void ServerSession::scheduleAttempt(milliseconds delay)
{
    qCDebug(lcApi) << "next connection attempt in" << delay.count() << "ms";
    m_nextAttempt = QDeadlineTimer(delay);
    m_attemptTimer.start(delay);
    Q_EMIT reachabilityChanged();
}

void ServerSession::attemptNow()
{
    m_attemptTimer.stop();
    m_nextAttempt = QDeadlineTimer(0); // expired: an attempt is under way
    Q_EMIT reachabilityChanged();
    if (!m_api->isServerReachable()) {
        m_api->probeNow(); // the service's probe; its held queue (if any) follows
        if (m_state != State::Failed) {
            return;
        }
    }
    if (m_state == State::Failed) {
        m_api->setAccessToken(m_token);
        startProbe();
        return;
    }
    if (m_state == State::Connected) {
        ping();
    }
}

void ServerSession::ping()
{
    if (m_ping) {
        return;
    }
    // Its failure is noticed by watchReply() (or by the service) like any other request's.
    m_ping = ServerApi::clientVersions(m_api, this, [this](const Result<ClientVersions> &result) {
        if (result.ok() || !isUnreachableError(result.error())) {
            setReachable(true);
        } else if (!m_reachable && m_api->isServerReachable()) {
            scheduleAttempt(reconnectDelay(m_attempt++));
        }
    });
}

void ServerSession::setReachable(bool reachable)
{
    if (reachable == m_reachable) {
        return;
    }
    m_reachable = reachable;
    if (reachable) {
        m_unreachableSince = QDateTime();
        m_attempt = 0;
        m_attemptTimer.stop();
        m_nextAttempt = QDeadlineTimer();
    } else {
        m_unreachableSince = QDateTime::currentDateTime();
    }
    Q_EMIT reachabilityChanged();
    updateAvailability();
    if (reachable && m_state == State::Connected) {
        Q_EMIT reconnected();
    }
}

void ServerSession::updateAvailability()
{
    const bool available = isServerAvailable();
    if (available != m_available) {
        m_available = available;
        Q_EMIT serverAvailableChanged(available);
    }
}

void ServerSession::setState(State state)
{
    m_state = state;
    if (state == State::Connected && m_autoReconnect) {
        m_heartbeat.start();
    } else if (state != State::Connected) {
        m_heartbeat.stop();
    }
    Q_EMIT stateChanged(state);
    updateAvailability();
}

} // namespace Steward
