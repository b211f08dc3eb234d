#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

class QTcpSocket;

namespace Steward {

/// One HTTP/1.1 request on its own connection ("Connection: close"), for requests that are not
/// safe to repeat. Qt's HTTP stack silently sends a request again when its connection closes before
/// the status line (even a POST on a fresh connection, Qt 6.4); this exchange writes the request
/// at most once and never follows redirects. It knows whether any byte of the request left, so a
/// lost answer can be told apart from a request that never went out.
class OneShotExchange : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    OneShotExchange(const QUrl &url, const QByteArray &verb, const Headers &headers, const QByteArray &body,
                    QObject *parent = nullptr);
    ~OneShotExchange() override;

    /// The proxy to connect through (QNetworkProxy::DefaultProxy: the application's proxy).
    void setProxy(const QNetworkProxy &proxy) { m_proxy = proxy; }
    /// TLS errors are ignored for exactly this certificate (SHA-256 of its DER form).
    void setPinnedCertificateSha256(const QByteArray &digest) { m_pinnedSha256 = digest; }

    void start();
    /// Ends the exchange with OperationCanceledError (finished() is emitted).
    void abort();

    bool isFinished() const { return m_finished; }
    /// True once any byte of the request was handed to the connection: the server may have it.
    bool requestWritten() const { return m_requestWritten; }
    /// https: the TCP connection stands, but the TLS handshake has not completed (yet).
    bool tlsHandshakePending() const { return m_tcpConnected && !m_encrypted && m_url.scheme() == u"https"; }
    int httpStatus() const { return m_status; }
    QByteArray header(const QByteArray &lowerCaseName) const;
    QByteArray body() const { return m_body; }
    QNetworkReply::NetworkError error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    QSslCertificate peerCertificate() const { return m_peerCertificate; }

Q_SIGNALS:
    /// Bytes went out or came in (the caller's inactivity timer restarts on it).
    void progress();
    void finished();

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    /// Parses what arrived; true when the answer is complete.
    bool parse();
    void complete(QNetworkReply::NetworkError error, const QString &text);

    QUrl m_url;
    QByteArray m_verb;
    Headers m_requestHeaders;
    QByteArray m_requestBody;
    QNetworkProxy m_proxy { QNetworkProxy::DefaultProxy };
    QByteArray m_pinnedSha256;
    QPointer<QTcpSocket> m_socket;

    QByteArray m_buffer;
    bool m_requestWritten = false;
    bool m_tcpConnected = false;
    bool m_encrypted = false;
    bool m_headersDone = false;
    bool m_chunked = false;
    qint64 m_contentLength = -1;
    int m_status = 0;
    Headers m_responseHeaders;
    QByteArray m_body;
    bool m_finished = false;
    QNetworkReply::NetworkError m_error = QNetworkReply::NoError;
    QString m_errorString;
    QList<QSslError> m_sslErrors;
    QSslCertificate m_peerCertificate;
};

} // namespace Steward
