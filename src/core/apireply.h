#pragma once

#include "apierror.h"
#include "apirequest.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTcpSocket;
class QTimer;

namespace Steward {

class OneShotExchange;
class ApiService;

/// One request travelling through an ApiService: queued, in flight, waiting to retry, or finished.
/// finished() is emitted exactly once; the object deletes itself afterwards (deleteLater).
class ApiReply : public QObject
{
    Q_OBJECT
public:
    ~ApiReply() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.isOk(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    const QJsonDocument &json() const { return m_json; }
    QJsonObject object() const { return m_json.object(); }
    /// How many times the request was sent (1 + retries).
    int attempts() const { return m_attempts; }

    /// Queued: removed from the queue. In flight: aborted. Finishes with ApiError::Kind::Cancelled.
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class ApiService;
    ApiReply(ApiService *service, ApiRequest request);

    QPointer<ApiService> m_service;
    ApiRequest m_request;
    ApiError m_error;
    QJsonDocument m_json;
    int m_httpStatus = 0;
    int m_attempts = 0;
    int m_transientRetries = 0;
    int m_rateLimitRetries = 0;
    int m_managerIndex = 0;
    bool m_finished = false;
    bool m_cancelRequested = false;
    bool m_timedOut = false;
    QPointer<QNetworkReply> m_network;
    QPointer<OneShotExchange> m_exchange; ///< instead of m_network for requests not safe to repeat
    bool m_encrypted = false; ///< https: the TLS handshake of this attempt completed
    bool m_tlsStalled = false; ///< the timeout hit with the connection up but TLS not set up
    QPointer<QTcpSocket> m_diagnosis;
    QTimer *m_watchdog = nullptr; ///< transfer timeout, restarted on progress
    QTimer *m_retryTimer = nullptr;
    QList<QSslError> m_sslErrors;
    QString m_tokenSent; ///< the access token of the last attempt (memory only, never logged)
    bool m_refreshRetried = false; ///< sent again once after a token refresh
    bool m_streaming = false; ///< this attempt's 2xx body is going to the request's BodyStream
    QString m_streamError; ///< why the BodyStream refused this attempt's body
};

} // namespace Steward
