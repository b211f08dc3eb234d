#pragma once

#include "apireply.h"
#include "apirequest.h"
#include "result.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <deque>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Steward {
class OneShotExchange;
}

namespace Steward {

/// One per server: owns the request pipeline (base URL, token, bounded concurrency, retries,
/// timeouts, cancel). The only place that builds HTTP requests and judges their replies.
///
/// Async idiom (chosen once for the whole code base): send() returns an ApiReply that emits
/// finished(); typed calls take a context QObject and a handler receiving Result<T>. The handler
/// is not called when the context dies first. No nested event loops anywhere.
/// While one exists (on this thread), requests sent without an explicit lane go to the bulk lane.
/// ItemWindow opens one around each item it launches; an engine opens one around follow-up
/// requests of an item (a read-back after a lost answer, a second step).
class BulkLane
{
public:
    BulkLane();
    ~BulkLane();
    BulkLane(const BulkLane &) = delete;
    BulkLane &operator=(const BulkLane &) = delete;
    static bool active();
};

class ApiService : public QObject
{
    Q_OBJECT
public:
    explicit ApiService(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ApiService() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url);

    /// The token is kept in memory only and never logged. A token with characters that cannot go
    /// into an HTTP header (see accessTokenProblem) is never sent: requests fail with Kind::Refused.
    void setAccessToken(const QString &token);
    /// Why token cannot be used (empty when it can): tokens are printable ASCII without spaces,
    /// anything else (CR/LF, non-ASCII) would break or inject HTTP headers.
    static QString accessTokenProblem(const QString &token);
    bool hasAccessToken() const { return !m_token.isEmpty(); }
    QString accessToken() const { return m_token; }
    /// The network access manager the requests go through (for clients of other services of the
    /// same server, e.g. the MAS admin API).
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    /// Gets a new access token for one the server rejected (an OAuth sign-in's refresh at the
    /// authorization server); done gets it, or why there is none. Called on this service's thread;
    /// done is dropped when ctx dies.
    using TokenRefresher = std::function<void(const QString &rejectedToken, QObject *ctx,
                                              std::function<void(const Result<QString> &)> done)>;
    /// With a refresher, a request the server answers with 401 M_UNKNOWN_TOKEN is not failed: the
    /// queue waits while the refresher runs - once for every request rejected with the same token
    /// (single flight) - and each such request is sent again, once, with the new token. This is
    /// right for every request, POSTs included: a 401 means the server did nothing with it. When
    /// the refresh fails, those requests fail with the server's 401 and authenticationFailed() is
    /// emitted. (Synapse delegating to MAS answers an expired token with soft_logout false, so the
    /// flag is not required.)
    void setTokenRefresher(TokenRefresher refresher) { m_refresher = std::move(refresher); }
    bool isRefreshingToken() const { return m_refreshing; }
    /// Refreshes the access token now, before it expires (a timer's job), through the same single
    /// flight as a refresh after a rejection, so the two never spend one refresh token twice. The
    /// queue waits meanwhile; accessTokenRefreshed() on success, authenticationFailed() on failure.
    void refreshAccessToken();

    /// Requests of the interactive lane on the wire at once (default 8).
    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int max);
    /// Requests of the bulk lane on the wire at once (default 64): a ceiling; each operation's own
    /// window (Operation::concurrency) decides how many of its items are outstanding.
    int maxBulkInFlight() const { return m_maxBulkInFlight; }
    void setMaxBulkInFlight(int max);

    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    /// How long one attempt may go without any progress (connecting, sending, receiving) before it
    /// fails with Kind::Timeout. The one knob for every request that does not name its own
    /// (ApiRequest::setTransferTimeout, for endpoints known to work long before answering).
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    void setTransferTimeout(std::chrono::milliseconds timeout);

    /// Accept exactly this certificate (SHA-256 of its DER form) despite TLS errors.
    /// Changing it drops open connections, so the next request is checked against the new pin.
    void setPinnedCertificateSha256(const QByteArray &digest);
    QByteArray pinnedCertificateSha256() const { return m_pinnedSha256; }

    ApiReply *send(ApiRequest request);

    /// Send, then hand the parsed result to done (on ctx's thread, only while ctx lives).
    /// When ctx dies first, nobody wants the answer: done is not called and the request is cancelled
    /// (see cancelForDeadContext).
    template<typename T, typename Parse, typename Done>
    ApiReply *call(ApiRequest request, QObject *ctx, Parse parse, Done done)
    {
        ApiReply *reply = send(std::move(request));
        const QMetaObject::Connection delivery =
            connect(reply, &ApiReply::finished, ctx, [reply, parse = std::move(parse), done = std::move(done)]() {
                if (!reply->ok()) {
                    done(Result<T>(reply->error()));
                    return;
                }
                done(Result<T>(parse(*reply)));
            });
        connect(ctx, &QObject::destroyed, reply, [reply, delivery]() {
            QObject::disconnect(delivery); // ctx is half destroyed: done must not run, not even for the cancel
            cancelForDeadContext(reply);
        });
        return reply;
    }

    /// The context of a typed call died: a request not yet sent is dropped, a request on the wire that is
    /// safe to repeat (a read) is aborted. A write that is not safe to repeat and is already on the wire
    /// is left to finish: aborting it would not undo it, only make its outcome unknown.
    static void cancelForDeadContext(ApiReply *reply);

    /// Cancel every queued, waiting and in-flight request.
    void cancelAll();

    /// False after the server stopped answering at the network level (refused, reset, silent):
    /// the queue is then held and one probe request is retried with backoff until it answers.
    bool isServerReachable() const { return m_serverReachable; }
    /// Retry the held queue now (F5, "Reconnect") instead of waiting for the next probe.
    void probeNow();

    int inFlightCount() const { return m_inFlight; }
    int inFlightCount(ApiRequest::Lane lane) const { return m_inFlightByLane[int(lane)]; }
    int queuedCount() const { return int(m_queue.size()); }
    /// HTTP requests actually put on the wire (retries included); for reports and benchmarks.
    qint64 requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    /// The token was rejected (M_UNKNOWN_TOKEN / M_MISSING_TOKEN): the face should ask to sign in again.
    void authenticationFailed(const Steward::ApiError &error);
    /// The refresher gave a new access token (accessToken() holds it).
    void accessTokenRefreshed();
    /// The server asked to slow down; the queue is paused for delay (for every ApiService of this
    /// process that talks to the same server: see pausedUntil()).
    void rateLimited(std::chrono::milliseconds delay);
    /// The server cannot be reached; the next probe is in retryIn. Emitted for every scheduled probe.
    void serverUnreachable(std::chrono::milliseconds retryIn);
    /// A request got an answer again after serverUnreachable(): the queue runs again.
    void serverReachable();

private:
    friend class ApiReply;
    void cancelReply(ApiReply *reply);
    void pump();
    void start(ApiReply *reply);
    void finish(ApiReply *reply, const ApiError &error);
    void scheduleRetry(ApiReply *reply, std::chrono::milliseconds delay, bool pauseQueue);
    void startNetwork(ApiReply *reply, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers);
    /// Hands what arrived of a 2xx body to the request's BodyStream (atEnd: the transfer finished).
    /// True when the attempt's body is streamed (it is not to be judged whole).
    bool streamBody(ApiReply *reply, bool atEnd = false);
    static constexpr qint64 StreamReadBuffer = 1 << 20;
    void startExchange(ApiReply *reply, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers);
    void onWatchdog(ApiReply *reply);
    void onAttemptFinished(ApiReply *reply, RawResponse raw, bool mayHaveBeenDelivered);
    bool acceptsPinned(const QSslCertificate &peer) const;
    /// Requeues a reply the server rejected with 401 M_UNKNOWN_TOKEN until a refreshed token is
    /// there; false when there is nothing to wait for (no refresher, retried already, refresh failed).
    bool awaitTokenRefresh(ApiReply *reply, const ApiError &error);
    /// Runs the refresher for the token `rejected`; failed requests waiting on it fail with
    /// serverError (the server's 401), or the refresh's own error when there is none.
    void startTokenRefresh(const QString &rejected, const std::optional<ApiError> &serverError);
    /// The 429 pause shared by every ApiService of the process talking to this server (scheme, host,
    /// port): sign-in, sign-out and the session wait for the same server's limiter alike.
    QDeadlineTimer pausedUntil() const;
    void extendPause(const QDeadlineTimer &until);
    std::chrono::milliseconds timeoutFor(const ApiRequest &request) const;

    // Server down: the queue is held and one probe is retried with backoff.
    void markUnreachable(const ApiError &error);
    void scheduleProbe();
    void sendProbe();
    void onProbeFinished(const ApiError &error);
    void giveUpOnHeldQueue();
    bool holding() const;

    QNetworkAccessManager *pickManager(int *index);

    QNetworkAccessManager *m_nam;
    /// Qt 6.4 opens at most 6 HTTP/1.1 connections per host and manager; to really have
    /// maxInFlight requests on the wire, further managers (children, same proxy) share the load.
    QList<QNetworkAccessManager *> m_managers;
    QList<int> m_managerLoad;
    QUrl m_baseUrl;
    QString m_token;
    int m_maxInFlight = 8;
    int m_maxBulkInFlight = 64;
    int m_inFlight = 0;
    int m_inFlightByLane[2] = { 0, 0 };
    qint64 m_requestsSent = 0;
    RetryPolicy m_retryPolicy;
    std::chrono::milliseconds m_transferTimeout { 60000 };
    QByteArray m_pinnedSha256;
    std::deque<QPointer<ApiReply>> m_queue;
    QList<QPointer<ApiReply>> m_active; ///< in flight or waiting to retry
    TokenRefresher m_refresher;
    bool m_refreshing = false;
    QString m_refreshFailedFor; ///< the token whose refresh failed: not tried again (memory only)
    QTimer m_resumeTimer;
    bool m_serverReachable = true;
    bool m_serverAnswered = false; ///< an HTTP answer came in this session (decides the probe budget)
    int m_probeAttempts = 0;
    QTimer m_probeTimer;
    QPointer<OneShotExchange> m_probe;
    QTimer m_probeWatchdog;
    ApiError m_downError; ///< the failure that made the server unreachable
};

} // namespace Steward
