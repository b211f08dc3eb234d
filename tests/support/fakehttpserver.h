#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace StewardTest {

struct FakeRequest
{
    QByteArray method;
    QByteArray target; ///< raw request target as sent on the wire: path and query, percent-encoded
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;

    QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
    QJsonObject json() const;
};

struct FakeResponse
{
    /// Respond; Reset: abort the connection after reading the request; Stall: never answer;
    /// Close: close the connection without answering; CloseAfterHeaders: send the status line and
    /// headers (announcing the body), then close; Truncate: send half of the announced body, then close.
    enum class Action { Respond, Reset, Stall, Close, CloseAfterHeaders, Truncate };
    Action action = Action::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;

    static FakeResponse json(int status, const QJsonObject &body);
    static FakeResponse raw(int status, const QByteArray &body, const QByteArray &contentType = "application/json");
    static FakeResponse reset();
    static FakeResponse stall();
    static FakeResponse fault(Action action, const QJsonObject &body = { { "ok", true } });
    FakeResponse &header(const QByteArray &name, const QByteArray &value);
    FakeResponse &delay(int ms);
};

/// A small HTTP/1.1 server on loopback for the faults a real Synapse will not produce on demand
/// (malformed JSON, resets, stalls, 429 storms, redirects, untrusted TLS).
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    /// TLS with the given certificate and key (before listen()).
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    bool listen();
    quint16 port() const;
    QUrl url() const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<FakeRequest> requests() const { return m_requests; }
    int requestCount() const { return m_requests.size(); }
    /// Requests that arrived with this method and path (query ignored).
    int requestCount(const QByteArray &method, const QByteArray &path) const;
    /// Stop accepting connections (connections are refused) / accept again on the same port.
    void stopListening();
    bool listenAgain();
    /// The most requests the server held unanswered at the same time.
    int maxConcurrent() const { return m_maxConcurrent; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeResponse &response);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    Handler m_handler;
    QList<FakeRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_pending = 0;
    int m_maxConcurrent = 0;
    quint16 m_port = 0;
};

} // namespace StewardTest
