#include "oneshotexchange.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslSocket>

namespace Steward {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

QNetworkReply::NetworkError fromSocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return QNetworkReply::ProxyTimeoutError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case QAbstractSocket::NetworkError:
        return QNetworkReply::TemporaryNetworkFailureError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}
} // namespace

OneShotExchange::OneShotExchange(const QUrl &url, const QByteArray &verb, const Headers &headers,
                                 const QByteArray &body, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_verb(verb)
    , m_requestHeaders(headers)
    , m_requestBody(body)
{ }

OneShotExchange::~OneShotExchange()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

QByteArray OneShotExchange::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : m_responseHeaders) {
        if (name == lowerCaseName) {
            return value;
        }
    }
    return {};
}

void OneShotExchange::start()
{
    const bool tls = m_url.scheme() == u"https";
    const quint16 port = quint16(m_url.port(tls ? 443 : 80));
    QTcpSocket *socket = nullptr;
    if (tls) {
        auto *ssl = new QSslSocket(this);
        connect(ssl, &QSslSocket::connected, this, [this]() { m_tcpConnected = true; });
        connect(ssl, &QSslSocket::encrypted, this, &OneShotExchange::onConnected);
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
            const QSslCertificate peer = ssl->peerCertificate();
            if (!m_pinnedSha256.isEmpty() && !peer.isNull()
                && peer.digest(QCryptographicHash::Sha256) == m_pinnedSha256) {
                ssl->ignoreSslErrors(errors); // exactly the pinned certificate: these errors, no others
                return;
            }
            m_sslErrors = errors;
            m_peerCertificate = peer.isNull() && !errors.isEmpty() ? errors.constFirst().certificate() : peer;
        });
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, &OneShotExchange::onConnected);
    }
    m_socket = socket;
    socket->setProxy(m_proxy);
    connect(socket, &QTcpSocket::readyRead, this, &OneShotExchange::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &OneShotExchange::progress);
    connect(socket, &QTcpSocket::disconnected, this, &OneShotExchange::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, &OneShotExchange::onSocketError);
    if (tls) {
        static_cast<QSslSocket *>(socket)->connectToHostEncrypted(m_url.host(), port);
    } else {
        socket->connectToHost(m_url.host(), port);
    }
}

void OneShotExchange::abort()
{
    complete(QNetworkReply::OperationCanceledError, tr("Operation canceled"));
}

void OneShotExchange::onConnected()
{
    if (m_finished || m_requestWritten) {
        return;
    }
    m_tcpConnected = true;
    m_encrypted = m_url.scheme() == u"https";
    QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty()) {
        target = "/";
    }
    if (m_url.hasQuery()) {
        target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    }
    QByteArray out = m_verb + ' ' + target + " HTTP/1.1\r\n";
    out += "Host: " + m_url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1() + "\r\n";
    for (const auto &[name, value] : std::as_const(m_requestHeaders)) {
        out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(m_requestBody.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += m_requestBody;
    m_requestWritten = true;
    m_socket->write(out);
}

void OneShotExchange::onReadyRead()
{
    if (m_finished) {
        return;
    }
    m_buffer += m_socket->readAll();
    Q_EMIT progress();
    if (parse()) {
        complete(QNetworkReply::NoError, QString());
    } else if (m_error != QNetworkReply::NoError) {
        complete(m_error, m_errorString);
    }
}

void OneShotExchange::onDisconnected()
{
    if (m_finished) {
        return;
    }
    if (m_socket && m_socket->bytesAvailable() > 0) {
        m_buffer += m_socket->readAll();
    }
    if (parse()) {
        complete(QNetworkReply::NoError, QString());
        return;
    }
    if (m_error != QNetworkReply::NoError) {
        complete(m_error, m_errorString); // a parse error
        return;
    }
    if (m_headersDone && !m_chunked && m_contentLength < 0) {
        complete(QNetworkReply::NoError, QString()); // the body ends with the connection
        return;
    }
    complete(QNetworkReply::RemoteHostClosedError,
             m_headersDone ? tr("Connection closed before the whole answer arrived") : tr("Connection closed"));
}

void OneShotExchange::onSocketError()
{
    if (m_finished || !m_socket) {
        return;
    }
    const auto socketError = m_socket->error();
    if (socketError == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    complete(fromSocketError(socketError), m_socket->errorString());
}

bool OneShotExchange::parse()
{
    if (m_error != QNetworkReply::NoError) {
        return false;
    }
    while (!m_headersDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > kMaxHeaderBytes) {
                m_error = QNetworkReply::ProtocolFailure;
                m_errorString = tr("The server's answer has no end of headers");
            }
            return false;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QByteArray statusLine = lines.value(0).trimmed();
        const QList<QByteArray> parts = statusLine.split(' ');
        bool numeric = false;
        const int status = parts.value(1).toInt(&numeric);
        if (!statusLine.startsWith("HTTP/1.") || !numeric || status < 100 || status > 999) {
            m_error = QNetworkReply::ProtocolFailure;
            m_errorString = tr("The server's answer is not HTTP");
            return false;
        }
        if (status < 200) {
            continue; // 100 Continue and other interim answers
        }
        m_status = status;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0) {
                m_responseHeaders.append(
                    { lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed() });
            }
        }
        m_chunked = header("transfer-encoding").toLower().contains("chunked");
        if (!m_chunked && !header("content-length").isEmpty()) {
            bool ok = false;
            m_contentLength = header("content-length").toLongLong(&ok);
            if (!ok || m_contentLength < 0) {
                m_error = QNetworkReply::ProtocolFailure;
                m_errorString = tr("The server's answer has an invalid Content-Length");
                return false;
            }
        }
        m_headersDone = true;
        if (m_verb == "HEAD" || status == 204 || status == 304) {
            return true;
        }
    }
    if (m_chunked) {
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            if (lineEnd < 0) {
                return false;
            }
            QByteArray sizeText = m_buffer.left(lineEnd);
            if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0) {
                sizeText.truncate(semicolon);
            }
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                m_error = QNetworkReply::ProtocolFailure;
                m_errorString = tr("The server's answer has an invalid chunk");
                return false;
            }
            if (size == 0) {
                const QByteArray rest = m_buffer.mid(lineEnd + 2);
                return rest.startsWith("\r\n") || rest.contains("\r\n\r\n");
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2) {
                return false;
            }
            m_body += m_buffer.mid(lineEnd + 2, size);
            m_buffer.remove(0, lineEnd + 2 + size + 2);
        }
    }
    m_body += m_buffer;
    m_buffer.clear();
    return m_contentLength >= 0 && m_body.size() >= m_contentLength;
}

void OneShotExchange::complete(QNetworkReply::NetworkError error, const QString &text)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    m_errorString = text;
    if (m_contentLength >= 0 && m_body.size() > m_contentLength) {
        m_body.truncate(m_contentLength);
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    Q_EMIT finished();
}

} // namespace Steward
