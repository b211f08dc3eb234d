#include "apiservice.h"

#include "steward_version.h"
#include "stewardlogging.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>

using namespace std::chrono;

namespace Steward {

ApiService::ApiService(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    Q_ASSERT(nam);
    m_managers << nam;
    m_managerLoad << 0;
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &ApiService::pump);
}

ApiService::~ApiService()
{
    // Replies are our children and die with us; they abort their network replies silently.
    m_queue.clear();
    m_active.clear();
}

void ApiService::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash);
}

void ApiService::setAccessToken(const QString &token)
{
    m_token = token;
}

void ApiService::setPinnedCertificateSha256(const QByteArray &digest)
{
    if (digest != m_pinnedSha256) {
        m_pinnedSha256 = digest;
        for (QNetworkAccessManager *manager : std::as_const(m_managers)) {
            manager->clearConnectionCache();
        }
    }
}

QNetworkAccessManager *ApiService::pickManager(int *index)
{
    constexpr int connectionsPerManager = 6; // Qt's fixed HTTP/1.1 limit per host and manager
    const int wanted = (m_maxInFlight + connectionsPerManager - 1) / connectionsPerManager;
    while (m_managers.size() < wanted) {
        auto *extra = new QNetworkAccessManager(this);
        extra->setProxy(m_nam->proxy());
        m_managers << extra;
        m_managerLoad << 0;
    }
    int best = 0;
    for (int i = 1; i < wanted; ++i) {
        if (m_managerLoad[i] < m_managerLoad[best]) {
            best = i;
        }
    }
    ++m_managerLoad[best];
    *index = best;
    return m_managers[best];
}

void ApiService::setMaxInFlight(int max)
{
    m_maxInFlight = std::max(1, max);
    pump();
}

ApiReply *ApiService::send(ApiRequest request)
{
    auto *reply = new ApiReply(this, std::move(request));
    m_queue.push_back(reply);
    // Dispatch from the event loop so that callers can connect to finished() first.
    QMetaObject::invokeMethod(this, &ApiService::pump, Qt::QueuedConnection);
    return reply;
}

void ApiService::cancelAll()
{
    const auto queued = m_queue;
    const auto active = m_active;
    for (const auto &reply : queued) {
        if (reply) {
            reply->cancel();
        }
    }
    for (const auto &reply : active) {
        if (reply) {
            reply->cancel();
        }
    }
}

void ApiService::pump()
{
    if (!m_pausedUntil.hasExpired()) {
        const auto remaining = m_pausedUntil.remainingTime();
        if (!m_resumeTimer.isActive() && remaining > 0) {
            m_resumeTimer.start(int(remaining));
        }
        return;
    }
    while (m_inFlight < m_maxInFlight && !m_queue.empty()) {
        QPointer<ApiReply> reply = m_queue.front();
        m_queue.pop_front();
        if (!reply || reply->isFinished()) {
            continue;
        }
        start(reply);
    }
}

void ApiService::start(ApiReply *reply)
{
    const ApiRequest &req = reply->m_request;
    QNetworkRequest nr(req.url(m_baseUrl));
    nr.setRawHeader("Accept", "application/json");
    nr.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Steward/" STEWARD_VERSION_STRING));
    if (req.body()) {
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    if (req.authenticated() && !m_token.isEmpty()) {
        nr.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        // A bearer token must never follow a redirect to another host or scheme.
        nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    } else {
        nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    nr.setMaximumRedirectsAllowed(5);

    ++m_inFlight;
    ++m_requestsSent;
    ++reply->m_attempts;
    reply->m_timedOut = false;
    reply->m_sslErrors.clear();
    if (!m_active.contains(reply)) {
        m_active.append(reply);
    }
    qCDebug(lcApi) << req.describeForLog() << "attempt" << reply->m_attempts;

    const QByteArray body = req.bodyBytes();
    QNetworkAccessManager *manager = pickManager(&reply->m_managerIndex);
    QNetworkReply *net =
        req.body() ? manager->sendCustomRequest(nr, req.verb(), body) : manager->sendCustomRequest(nr, req.verb());
    reply->m_network = net;

    if (!reply->m_watchdog) {
        reply->m_watchdog = new QTimer(reply);
        reply->m_watchdog->setSingleShot(true);
    }
    const milliseconds timeout = req.transferTimeout().count() > 0 ? req.transferTimeout() : m_transferTimeout;
    reply->m_watchdog->setInterval(timeout);
    reply->m_watchdog->disconnect();
    connect(reply->m_watchdog, &QTimer::timeout, reply, [reply, net]() {
        qCDebug(lcApi) << reply->request().describeForLog() << "transfer timeout";
        reply->m_timedOut = true;
        net->abort();
    });
    reply->m_watchdog->start();
    auto restartWatchdog = [reply]() {
        if (reply->m_watchdog->isActive()) {
            reply->m_watchdog->start();
        }
    };
    connect(net, &QNetworkReply::downloadProgress, reply, restartWatchdog);
    connect(net, &QNetworkReply::uploadProgress, reply, restartWatchdog);
    connect(net, &QNetworkReply::sslErrors, reply, [this, reply, net](const QList<QSslError> &errors) {
        const QSslCertificate peer = net->sslConfiguration().peerCertificate();
        if (!m_pinnedSha256.isEmpty() && !peer.isNull() && peer.digest(QCryptographicHash::Sha256) == m_pinnedSha256) {
            // Exactly the certificate the user pinned for this profile: accept these errors, no others.
            net->ignoreSslErrors(errors);
            return;
        }
        reply->m_sslErrors = errors;
    });
    connect(net, &QNetworkReply::finished, this, [this, reply]() { onNetworkFinished(reply); });
}

namespace {
/// A failure after which the server may already have acted: the request could have been
/// delivered (anything but a refused connection, a failed lookup or a TLS refusal before sending).
bool mayHaveReachedServer(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Network:
        return error.networkError() != QNetworkReply::ConnectionRefusedError
            && error.networkError() != QNetworkReply::HostNotFoundError;
    default:
        return false;
    }
}
} // namespace

void ApiService::onNetworkFinished(ApiReply *reply)
{
    QNetworkReply *net = reply->m_network;
    if (!net) {
        return;
    }
    --m_inFlight;
    --m_managerLoad[reply->m_managerIndex];
    reply->m_network = nullptr;
    reply->m_watchdog->stop();
    net->disconnect(reply);
    net->disconnect(this);
    net->deleteLater();

    RawResponse raw;
    raw.httpStatus = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.body = net->readAll();
    raw.retryAfterHeader = net->rawHeader("Retry-After");
    raw.contentType = net->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    raw.networkError = net->error();
    raw.networkErrorText = net->errorString();
    raw.timedOut = reply->m_timedOut;
    raw.cancelled = reply->m_cancelRequested;
    raw.expectJson = reply->m_request.expectJson();
    raw.sslErrors = reply->m_sslErrors;
    if (!raw.sslErrors.isEmpty() || raw.networkError == QNetworkReply::SslHandshakeFailedError) {
        raw.peerCertificate = net->sslConfiguration().peerCertificate();
        if (raw.peerCertificate.isNull() && !raw.sslErrors.isEmpty()) {
            raw.peerCertificate = raw.sslErrors.constFirst().certificate();
        }
    }
    reply->m_httpStatus = raw.httpStatus;

    ApiError error = ApiError::fromResponse(raw, &reply->m_json);
    if (!reply->m_request.safeToRepeat() && mayHaveReachedServer(error)) {
        error.setOutcomeUnknown(true);
    }
    qCDebug(lcApi) << reply->m_request.describeForLog() << "->" << raw.httpStatus << error.errcode();

    if (!error.isOk() && error.kind() != ApiError::Kind::Cancelled) {
        RetryPolicy policy = m_retryPolicy;
        if (const auto max = reply->m_request.maxTransientRetries()) {
            policy.maxTransientRetries = *max;
        }
        const auto decision = policy.decide(error, reply->m_request.safeToRepeat(), reply->m_transientRetries,
                                            reply->m_rateLimitRetries, QRandomGenerator::global()->generateDouble());
        if (decision.retry) {
            if (decision.pauseQueue) {
                ++reply->m_rateLimitRetries;
            } else {
                ++reply->m_transientRetries;
            }
            scheduleRetry(reply, decision.delay, decision.pauseQueue);
            pump();
            return;
        }
        if (error.isAuthenticationFailure() && reply->m_request.authenticated()) {
            Q_EMIT authenticationFailed(error);
        }
    }
    finish(reply, error);
    pump();
}

void ApiService::scheduleRetry(ApiReply *reply, milliseconds delay, bool pauseQueue)
{
    qCDebug(lcApi) << reply->m_request.describeForLog() << "retry in" << delay.count() << "ms"
                   << (pauseQueue ? "(rate limited: queue paused)" : "");
    if (pauseQueue) {
        QDeadlineTimer until(delay.count());
        if (m_pausedUntil.hasExpired() || until.deadline() > m_pausedUntil.deadline()) {
            m_pausedUntil = until;
            m_resumeTimer.start(int(delay.count()));
        }
        m_queue.push_front(reply);
        Q_EMIT rateLimited(delay);
        return;
    }
    if (!reply->m_retryTimer) {
        reply->m_retryTimer = new QTimer(reply);
        reply->m_retryTimer->setSingleShot(true);
        connect(reply->m_retryTimer, &QTimer::timeout, this, [this, reply]() {
            m_queue.push_front(reply);
            pump();
        });
    }
    reply->m_retryTimer->start(int(delay.count()));
}

void ApiService::cancelReply(ApiReply *reply)
{
    if (reply->m_network) {
        reply->m_network->abort(); // onNetworkFinished reports Cancelled
        return;
    }
    if (reply->m_retryTimer) {
        reply->m_retryTimer->stop();
    }
    std::erase(m_queue, QPointer<ApiReply>(reply));
    finish(reply, ApiError::cancelled());
}

void ApiService::probeNow()
{
    pump();
}

void ApiService::finish(ApiReply *reply, const ApiError &error)
{
    if (reply->m_finished) {
        return;
    }
    reply->m_error = error;
    reply->m_finished = true;
    m_active.removeAll(reply);
    Q_EMIT reply->finished();
    reply->deleteLater();
}

} // namespace Steward
