#include "apiservice.h"

#include "oneshotexchange.h"
#include "steward_version.h"
#include "stewardlogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTcpSocket>

#include <algorithm>

using namespace std::chrono;

namespace Steward {

namespace {
/// 429 pauses by server (scheme://host:port), shared by every ApiService of the process.
QMutex s_pausesMutex;
QHash<QString, QDeadlineTimer> &serverPauses()
{
    static QHash<QString, QDeadlineTimer> pauses;
    return pauses;
}
QString serverKey(const QUrl &baseUrl)
{
    return baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString();
}
} // namespace

QDeadlineTimer ApiService::pausedUntil() const
{
    QMutexLocker lock(&s_pausesMutex);
    return serverPauses().value(serverKey(m_baseUrl)); // default: expired
}

void ApiService::extendPause(const QDeadlineTimer &until)
{
    QMutexLocker lock(&s_pausesMutex);
    QDeadlineTimer &pause = serverPauses()[serverKey(m_baseUrl)];
    if (pause.hasExpired() || until.deadline() > pause.deadline()) {
        pause = until;
    }
}

ApiService::ApiService(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    Q_ASSERT(nam);
    m_managers << nam;
    m_managerLoad << 0;
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &ApiService::pump);
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &ApiService::sendProbe);
    m_probeWatchdog.setSingleShot(true);
    connect(&m_probeWatchdog, &QTimer::timeout, this, [this]() {
        if (m_probe) {
            m_probe->abort();
        }
    });
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
    // Enough connections for the interactive lane and for what the bulk lane uses now.
    const int bulk = std::min(m_maxBulkInFlight, std::max(m_inFlightByLane[int(ApiRequest::Lane::Bulk)], 1));
    const int wanted = (m_maxInFlight + bulk + connectionsPerManager - 1) / connectionsPerManager;
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

void ApiService::setMaxBulkInFlight(int max)
{
    m_maxBulkInFlight = std::max(1, max);
    pump();
}

namespace {
thread_local int bulkLaneDepth = 0;
}

BulkLane::BulkLane()
{
    ++bulkLaneDepth;
}

BulkLane::~BulkLane()
{
    --bulkLaneDepth;
}

bool BulkLane::active()
{
    return bulkLaneDepth > 0;
}

ApiReply *ApiService::send(ApiRequest request)
{
    if (!request.hasLane()) {
        request.setLane(BulkLane::active() ? ApiRequest::Lane::Bulk : ApiRequest::Lane::Interactive);
    }
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
    if (holding() || m_refreshing) {
        return; // the probe's answer, or the refreshed token, resumes the queue
    }
    if (const QDeadlineTimer paused = pausedUntil(); !paused.hasExpired()) {
        const auto remaining = paused.remainingTime();
        if (!m_resumeTimer.isActive() && remaining > 0) {
            m_resumeTimer.start(int(remaining));
        }
        return;
    }
    // Two lanes with their own limits: an interactive request starts as soon as its lane has room,
    // however many bulk requests wait before it; within a lane, first come first served.
    const auto hasRoom = [this](ApiRequest::Lane lane) {
        const int limit = lane == ApiRequest::Lane::Bulk ? m_maxBulkInFlight : m_maxInFlight;
        return m_inFlightByLane[int(lane)] < limit;
    };
    // start() can finish a reply at once, and its handlers may send or cancel requests: look the
    // queue up again for every request started (it is short: operations keep a bounded window).
    while (!holding() && !m_refreshing && pausedUntil().hasExpired()) {
        std::erase_if(m_queue, [](const QPointer<ApiReply> &r) { return !r || r->isFinished(); });
        const auto next = std::find_if(m_queue.begin(), m_queue.end(),
                                       [&](const QPointer<ApiReply> &r) { return hasRoom(r->m_request.lane()); });
        if (next == m_queue.end()) {
            break;
        }
        QPointer<ApiReply> reply = *next;
        m_queue.erase(next);
        start(reply);
    }
}

QString ApiService::accessTokenProblem(const QString &token)
{
    for (const QChar c : token) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            return QCoreApplication::translate("Steward::ApiService",
                                               "The access token contains a character that is not printable ASCII "
                                               "(a line break, space or non-ASCII letter): copy the token again, "
                                               "without anything around it.");
        }
    }
    return {};
}

void ApiService::setTransferTimeout(milliseconds timeout)
{
    m_transferTimeout = std::max(timeout, milliseconds(1));
}

milliseconds ApiService::timeoutFor(const ApiRequest &request) const
{
    return request.transferTimeout().count() > 0 ? request.transferTimeout() : m_transferTimeout;
}

bool ApiService::acceptsPinned(const QSslCertificate &peer) const
{
    return !m_pinnedSha256.isEmpty() && !peer.isNull() && peer.digest(QCryptographicHash::Sha256) == m_pinnedSha256;
}

void ApiService::start(ApiReply *reply)
{
    const ApiRequest &req = reply->m_request;
    if (req.authenticated() && !m_token.isEmpty()) {
        if (const QString problem = accessTokenProblem(m_token); !problem.isEmpty()) {
            finish(reply, ApiError(ApiError::Kind::Refused, problem));
            return;
        }
    }
    using Header = QPair<QByteArray, QByteArray>;
    QList<Header> headers;
    headers.append(Header("Accept", "application/json"));
    headers.append(Header("User-Agent", "Steward/" STEWARD_VERSION_STRING));
    if (req.body()) {
        headers.append(Header("Content-Type", "application/json"));
    }
    if (req.authenticated() && !m_token.isEmpty()) {
        headers.append(Header("Authorization", "Bearer " + m_token.toLatin1()));
    }
    reply->m_tokenSent = req.authenticated() ? m_token : QString();

    ++m_inFlight;
    ++m_inFlightByLane[int(req.lane())];
    ++m_requestsSent;
    ++reply->m_attempts;
    reply->m_timedOut = false;
    reply->m_encrypted = false;
    reply->m_tlsStalled = false;
    reply->m_sslErrors.clear();
    if (!m_active.contains(reply)) {
        m_active.append(reply);
    }
    qCDebug(lcApi) << req.describeForLog() << "attempt" << reply->m_attempts;

    if (!reply->m_watchdog) {
        reply->m_watchdog = new QTimer(reply);
        reply->m_watchdog->setSingleShot(true);
        connect(reply->m_watchdog, &QTimer::timeout, this, [this, reply]() { onWatchdog(reply); });
    }
    reply->m_watchdog->setInterval(timeoutFor(req));
    reply->m_watchdog->start();

    const QUrl url = req.url(m_baseUrl);
    if (req.safeToRepeat()) {
        startNetwork(reply, url, headers);
    } else {
        startExchange(reply, url, headers);
    }
}

void ApiService::startNetwork(ApiReply *reply, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const ApiRequest &req = reply->m_request;
    QNetworkRequest nr(url);
    for (const auto &[name, value] : headers) {
        nr.setRawHeader(name, value);
    }
    // A bearer token must never follow a redirect to another host or scheme.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    req.authenticated() && !m_token.isEmpty() ? QNetworkRequest::SameOriginRedirectPolicy
                                                              : QNetworkRequest::NoLessSafeRedirectPolicy);
    nr.setMaximumRedirectsAllowed(5);

    QNetworkAccessManager *manager = pickManager(&reply->m_managerIndex);
    QNetworkReply *net = req.body() ? manager->sendCustomRequest(nr, req.verb(), req.bodyBytes())
                                    : manager->sendCustomRequest(nr, req.verb());
    reply->m_network = net;
    reply->m_streaming = false;
    reply->m_streamError.clear();
    if (req.bodyStream()) {
        // Read as it arrives; a bounded buffer makes Qt stop reading the socket while the stream is
        // behind, so the client's memory does not grow with the answer.
        net->setReadBufferSize(StreamReadBuffer);
        connect(net, &QNetworkReply::readyRead, reply, [this, reply]() { streamBody(reply); });
    }

    auto restartWatchdog = [reply]() {
        if (reply->m_watchdog->isActive()) {
            reply->m_watchdog->start();
        }
    };
    connect(net, &QNetworkReply::downloadProgress, reply, restartWatchdog);
    connect(net, &QNetworkReply::uploadProgress, reply, restartWatchdog);
    connect(net, &QNetworkReply::encrypted, reply, [reply]() { reply->m_encrypted = true; });
    connect(net, &QNetworkReply::sslErrors, reply, [this, reply, net](const QList<QSslError> &errors) {
        if (acceptsPinned(net->sslConfiguration().peerCertificate())) {
            // Exactly the certificate the user pinned for this profile: accept these errors, no others.
            net->ignoreSslErrors(errors);
            return;
        }
        reply->m_sslErrors = errors;
    });
    connect(net, &QNetworkReply::finished, this, [this, reply]() {
        QNetworkReply *net = reply->m_network;
        if (!net) {
            return;
        }
        const bool streamed = streamBody(reply, true);
        reply->m_network = nullptr;
        --m_managerLoad[reply->m_managerIndex];
        net->disconnect(reply);
        net->disconnect(this);
        net->deleteLater();

        RawResponse raw;
        raw.httpStatus = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (streamed) {
            raw.body = "{}"; // the stream has the body and judged it (m_streamError)
        } else {
            raw.body = net->isOpen() ? net->readAll() : QByteArray(); // closed when aborted
        }
        raw.retryAfterHeader = net->rawHeader("Retry-After");
        raw.contentType = net->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        raw.networkError = net->error();
        raw.networkErrorText = net->errorString();
        raw.sslErrors = reply->m_sslErrors;
        if (!raw.sslErrors.isEmpty() || raw.networkError == QNetworkReply::SslHandshakeFailedError) {
            raw.peerCertificate = net->sslConfiguration().peerCertificate();
            if (raw.peerCertificate.isNull() && !raw.sslErrors.isEmpty()) {
                raw.peerCertificate = raw.sslErrors.constFirst().certificate();
            }
        }
        // Only requests safe to repeat travel this way: whether they arrived does not matter.
        onAttemptFinished(reply, std::move(raw), true);
    });
}

bool ApiService::streamBody(ApiReply *reply, bool atEnd)
{
    QNetworkReply *net = reply->m_network;
    const std::shared_ptr<BodyStream> &stream = reply->m_request.bodyStream();
    if (!net || !stream) {
        return false;
    }
    const int status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status > 299) {
        return false; // an error answer is judged whole
    }
    if (!reply->m_streaming) {
        reply->m_streaming = true;
        stream->restart();
    }
    if (!reply->m_streamError.isEmpty()) {
        return true;
    }
    if (net->isOpen() && net->bytesAvailable() > 0 && !stream->feed(net->readAll())) {
        reply->m_streamError = stream->errorString();
        if (!atEnd) {
            net->abort(); // finished() follows
        }
        return true;
    }
    if (atEnd && net->error() == QNetworkReply::NoError && !stream->finish()) {
        reply->m_streamError = stream->errorString();
    }
    return true;
}

void ApiService::startExchange(ApiReply *reply, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const ApiRequest &req = reply->m_request;
    auto *exchange = new OneShotExchange(url, req.verb(), headers, req.body() ? req.bodyBytes() : QByteArray(), reply);
    exchange->setProxy(m_nam->proxy());
    exchange->setPinnedCertificateSha256(m_pinnedSha256);
    reply->m_exchange = exchange;
    connect(exchange, &OneShotExchange::progress, reply, [reply]() {
        if (reply->m_watchdog->isActive()) {
            reply->m_watchdog->start();
        }
    });
    connect(exchange, &OneShotExchange::finished, this, [this, reply, exchange]() {
        if (reply->m_exchange != exchange) {
            return;
        }
        reply->m_exchange = nullptr;
        exchange->deleteLater();
        RawResponse raw;
        raw.httpStatus = exchange->httpStatus();
        raw.body = exchange->body();
        raw.retryAfterHeader = exchange->header("retry-after");
        raw.contentType = exchange->header("content-type");
        raw.networkError = exchange->error();
        raw.networkErrorText = exchange->errorString();
        raw.sslErrors = exchange->sslErrors();
        raw.peerCertificate = exchange->peerCertificate();
        const QByteArray location = exchange->header("location");
        if (raw.httpStatus >= 300 && raw.httpStatus < 400 && !location.isEmpty()
            && raw.networkError == QNetworkReply::NoError) {
            // Never followed: the request is not repeated anywhere, the token stays with this server.
            raw.networkError = QNetworkReply::InsecureRedirectError;
            raw.networkErrorText = QString::fromLatin1(location);
        }
        onAttemptFinished(reply, std::move(raw), exchange->requestWritten());
    });
    exchange->start();
}

void ApiService::onWatchdog(ApiReply *reply)
{
    qCDebug(lcApi) << reply->request().describeForLog() << "transfer timeout";
    reply->m_timedOut = true;
    if (OneShotExchange *exchange = reply->m_exchange) {
        reply->m_tlsStalled = exchange->tlsHandshakePending();
        exchange->abort();
        return;
    }
    QNetworkReply *net = reply->m_network;
    if (!net) {
        return;
    }
    const QUrl url = net->url();
    if (url.scheme() != u"https" || reply->m_encrypted) {
        net->abort();
        return;
    }
    // No TLS after the whole timeout: is the port open (plain HTTP there) or the server silent?
    // Qt does not tell whether its connection stands, so connect once more, briefly, and see.
    auto *socket = new QTcpSocket(reply);
    socket->setProxy(m_nam->proxy());
    reply->m_diagnosis = socket;
    auto conclude = [reply, socket](bool connected) {
        if (reply->m_diagnosis != socket) {
            return;
        }
        reply->m_diagnosis = nullptr;
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        reply->m_tlsStalled = connected;
        if (reply->m_network) {
            reply->m_network->abort();
        }
    };
    connect(socket, &QTcpSocket::connected, reply, [conclude]() { conclude(true); });
    connect(socket, &QTcpSocket::errorOccurred, reply, [conclude]() { conclude(false); });
    QTimer::singleShot(std::min(timeoutFor(reply->m_request), milliseconds(3000)), reply,
                       [conclude]() { conclude(false); });
    socket->connectToHost(url.host(), quint16(url.port(443)));
}

namespace {
/// The server is not there (refused, reset before any answer, the network is gone) - as opposed to
/// an answer, even a bad one. Such a failure holds the whole queue until a probe gets through.
bool isServerDown(const ApiError &error)
{
    if (error.kind() != ApiError::Kind::Network || error.httpStatus() != 0) {
        return false;
    }
    switch (error.networkError()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}
} // namespace

void ApiService::onAttemptFinished(ApiReply *reply, RawResponse raw, bool mayHaveBeenDelivered)
{
    --m_inFlight;
    --m_inFlightByLane[int(reply->m_request.lane())];
    reply->m_watchdog->stop();
    if (reply->m_diagnosis) {
        reply->m_diagnosis->disconnect();
        reply->m_diagnosis->abort();
        reply->m_diagnosis->deleteLater();
        reply->m_diagnosis = nullptr;
    }
    raw.timedOut = reply->m_timedOut;
    raw.tlsHandshakeStalled = reply->m_tlsStalled;
    raw.cancelled = reply->m_cancelRequested;
    raw.expectJson = reply->m_request.expectJson();
    reply->m_httpStatus = raw.httpStatus;

    ApiError error = ApiError::fromResponse(raw, &reply->m_json);
    if (!reply->m_streamError.isEmpty()) {
        error = ApiError::invalidResponse(reply->m_streamError); // the body streamed in was refused
    }
    if (error.isOk() || error.kind() == ApiError::Kind::Http) {
        m_serverAnswered = true;
    }
    const bool safe = reply->m_request.safeToRepeat();
    // The answer is lost, but the request may have reached the server: for a request that is not
    // safe to repeat, nobody can tell whether the server acted.
    const bool answerLost = error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout
        || error.kind() == ApiError::Kind::Cancelled;
    if (!safe && mayHaveBeenDelivered && answerLost) {
        error.setOutcomeUnknown(true);
    }
    qCDebug(lcApi) << reply->m_request.describeForLog() << "->" << raw.httpStatus << error.errcode()
                   << (error.outcomeUnknown() ? "(outcome unknown)" : "");

    if (!error.isOk() && error.kind() != ApiError::Kind::Cancelled) {
        RetryPolicy policy = m_retryPolicy;
        if (const auto max = reply->m_request.maxTransientRetries()) {
            policy.maxTransientRetries = *max;
        }
        if (isServerDown(error)) {
            markUnreachable(error);
            // Held until a probe gets through: requests safe to repeat, and those that never left.
            if ((safe || !mayHaveBeenDelivered) && reply->m_transientRetries < policy.maxTransientRetries) {
                ++reply->m_transientRetries;
                m_queue.push_front(reply);
                pump();
                return;
            }
        } else {
            const auto decision = policy.decide(error, safe, reply->m_transientRetries, reply->m_rateLimitRetries,
                                                QRandomGenerator::global()->generateDouble());
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
        }
        if (awaitTokenRefresh(reply, error)) {
            return;
        }
        if (error.isAuthenticationFailure() && reply->m_request.authenticated()) {
            Q_EMIT authenticationFailed(error);
        }
    }
    if (!m_serverReachable
        && (error.isOk() || error.kind() == ApiError::Kind::Http || error.kind() == ApiError::Kind::InvalidResponse)) {
        // An answer came through (a request in flight while the probe waited): the server is back.
        onProbeFinished(error);
    }
    finish(reply, error);
    pump();
}

bool ApiService::holding() const
{
    return !m_serverReachable && (m_probeTimer.isActive() || m_probe);
}

void ApiService::markUnreachable(const ApiError &error)
{
    m_downError = error;
    m_downError.setOutcomeUnknown(false);
    if (holding()) {
        return;
    }
    if (m_serverReachable) {
        qCDebug(lcApi) << "server unreachable:" << error.message() << "- holding the queue";
        m_serverReachable = false;
    }
    m_probeAttempts = 0;
    scheduleProbe();
}

void ApiService::scheduleProbe()
{
    const int budget = m_serverAnswered ? std::max(m_retryPolicy.maxServerDownProbes, m_retryPolicy.maxTransientRetries)
                                        : m_retryPolicy.maxTransientRetries;
    if (m_probeAttempts >= budget) {
        giveUpOnHeldQueue();
        return;
    }
    const milliseconds delay = m_retryPolicy.backoff(m_probeAttempts, QRandomGenerator::global()->generateDouble());
    m_probeTimer.start(delay);
    Q_EMIT serverUnreachable(delay);
}

void ApiService::sendProbe()
{
    if (m_probe) {
        return;
    }
    m_probeTimer.stop();
    // The cheapest request every homeserver answers, without a token; on a connection of its own, so
    // that one probe is exactly one request (Qt would repeat a GET whose connection drops).
    const ApiRequest req = ApiRequest::get(u"/_matrix/client/versions").setAuthenticated(false);
    const OneShotExchange::Headers headers { { QByteArray("Accept"), QByteArray("application/json") },
                                             { QByteArray("User-Agent"),
                                               QByteArray("Steward/" STEWARD_VERSION_STRING) } };
    auto *probe = new OneShotExchange(req.url(m_baseUrl), req.verb(), headers, QByteArray(), this);
    probe->setProxy(m_nam->proxy());
    m_probe = probe;
    qCDebug(lcApi) << "probe" << m_probeAttempts + 1;
    connect(probe, &OneShotExchange::progress, this, [this]() { m_probeWatchdog.start(); });
    connect(probe, &OneShotExchange::finished, this, [this, probe]() {
        m_probeWatchdog.stop();
        if (m_probe == probe) {
            m_probe = nullptr;
        }
        probe->deleteLater();
        // TLS errors count as an answer: only reachability is asked here, nothing is trusted.
        RawResponse raw;
        raw.httpStatus = probe->httpStatus();
        raw.networkError = probe->error();
        raw.networkErrorText = probe->errorString();
        raw.expectJson = false;
        // Aborted by the watchdog: a silent server counts as down for the probe.
        onProbeFinished(raw.networkError == QNetworkReply::OperationCanceledError
                            ? ApiError(ApiError::Kind::Network, m_downError.message())
                            : ApiError::fromResponse(raw));
    });
    m_probeWatchdog.start(m_transferTimeout);
    probe->start();
}

void ApiService::onProbeFinished(const ApiError &error)
{
    if (m_serverReachable) {
        return;
    }
    if (error.kind() == ApiError::Kind::Network && error.httpStatus() == 0) {
        qCDebug(lcApi) << "probe failed:" << error.message();
        ++m_probeAttempts;
        scheduleProbe();
        return;
    }
    qCDebug(lcApi) << "server reachable again";
    m_probeTimer.stop();
    m_probeWatchdog.stop();
    if (OneShotExchange *probe = m_probe) {
        m_probe = nullptr;
        probe->disconnect(this);
        probe->abort();
        probe->deleteLater();
    }
    m_serverReachable = true;
    m_probeAttempts = 0;
    Q_EMIT serverReachable();
    QMetaObject::invokeMethod(this, &ApiService::pump, Qt::QueuedConnection);
}

void ApiService::giveUpOnHeldQueue()
{
    qCDebug(lcApi) << "server still unreachable after" << m_probeAttempts << "probes: failing the held queue";
    m_probeTimer.stop();
    // Still unreachable, but no longer holding: the next request is sent and tells again.
    const auto queued = std::exchange(m_queue, {});
    for (const auto &reply : queued) {
        if (reply && !reply->isFinished()) {
            finish(reply, m_downError);
        }
    }
}

void ApiService::scheduleRetry(ApiReply *reply, milliseconds delay, bool pauseQueue)
{
    qCDebug(lcApi) << reply->m_request.describeForLog() << "retry in" << delay.count() << "ms"
                   << (pauseQueue ? "(rate limited: queue paused)" : "");
    if (pauseQueue) {
        extendPause(QDeadlineTimer(delay.count()));
        m_resumeTimer.start(int(std::max<qint64>(pausedUntil().remainingTime(), 0)));
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

bool ApiService::awaitTokenRefresh(ApiReply *reply, const ApiError &error)
{
    if (!m_refresher || error.kind() != ApiError::Kind::Http || error.errcode() != u"M_UNKNOWN_TOKEN"
        || !reply->m_request.authenticated() || reply->m_tokenSent.isEmpty() || reply->m_refreshRetried) {
        return false;
    }
    const QString rejected = reply->m_tokenSent;
    if (rejected == m_refreshFailedFor && rejected == m_token) {
        return false; // its refresh failed already: sign in again
    }
    reply->m_refreshRetried = true;
    m_queue.push_front(reply);
    if (rejected != m_token) {
        pump(); // refreshed while this one was on the wire: send it again with the new token
        return true;
    }
    if (m_refreshing) {
        return true; // single flight: the refresh under way resumes it
    }
    qCDebug(lcApi) << "access token rejected: refreshing it, the queue waits";
    startTokenRefresh(rejected, error);
    return true;
}

void ApiService::refreshAccessToken()
{
    if (!m_refresher || m_refreshing || m_token.isEmpty() || m_token == m_refreshFailedFor) {
        return;
    }
    qCDebug(lcApi) << "refreshing the access token before it expires; the queue waits";
    startTokenRefresh(m_token, std::nullopt);
}

void ApiService::startTokenRefresh(const QString &rejected, const std::optional<ApiError> &serverError)
{
    m_refreshing = true;
    m_refresher(rejected, this, [this, rejected, serverError](const Result<QString> &token) {
        m_refreshing = false;
        const bool usable = token.ok() && !token.value().isEmpty() && token.value() != rejected
            && accessTokenProblem(token.value()).isEmpty();
        if (usable && m_token == rejected) {
            qCDebug(lcApi) << "access token refreshed: sending the waiting requests";
            m_token = token.value();
            Q_EMIT accessTokenRefreshed();
        } else if (!usable) {
            qCDebug(lcApi) << "the access token could not be refreshed:"
                           << (token.ok() ? QStringLiteral("no new token") : token.error().message());
            m_refreshFailedFor = rejected;
            const ApiError error = serverError ? *serverError
                : token.ok() ? ApiError(ApiError::Kind::InvalidResponse, tr("The server gave no new access token."))
                             : token.error();
            // The requests rejected with this token fail with the server's answer.
            const auto queued = m_queue;
            for (const auto &r : queued) {
                if (r && !r->isFinished() && r->m_refreshRetried && r->m_tokenSent == rejected) {
                    std::erase(m_queue, r);
                    finish(r, error);
                }
            }
            Q_EMIT authenticationFailed(error);
        }
        pump();
    });
}

void ApiService::cancelReply(ApiReply *reply)
{
    if (reply->m_network) {
        reply->m_network->abort(); // onAttemptFinished reports Cancelled
        return;
    }
    if (reply->m_exchange) {
        reply->m_exchange->abort();
        return;
    }
    if (reply->m_retryTimer) {
        reply->m_retryTimer->stop();
    }
    std::erase(m_queue, QPointer<ApiReply>(reply));
    finish(reply, ApiError::cancelled());
}

void ApiService::cancelForDeadContext(ApiReply *reply)
{
    if (!reply->isFinished() && (reply->attempts() == 0 || reply->request().safeToRepeat())) {
        reply->cancel();
    }
}

void ApiService::probeNow()
{
    if (m_serverReachable) {
        pump();
        return;
    }
    m_probeAttempts = 0;
    sendProbe();
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
