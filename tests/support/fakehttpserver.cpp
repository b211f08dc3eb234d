#include "fakehttpserver.h"

#include <algorithm>

#include <QJsonDocument>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace StewardTest {

QJsonObject FakeRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeResponse FakeResponse::json(int status, const QJsonObject &body)
{
    return raw(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeResponse FakeResponse::raw(int status, const QByteArray &body, const QByteArray &contentType)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({ "Content-Type", contentType });
    return r;
}

FakeResponse FakeResponse::reset()
{
    FakeResponse r;
    r.action = Action::Reset;
    return r;
}

FakeResponse FakeResponse::stall()
{
    FakeResponse r;
    r.action = Action::Stall;
    return r;
}

FakeResponse FakeResponse::fault(Action action, const QJsonObject &body)
{
    FakeResponse r = json(200, body);
    r.action = action;
    return r;
}

FakeResponse &FakeResponse::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

FakeResponse &FakeResponse::delay(int ms)
{
    delayMs = ms;
    return *this;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    m_handler = [](const FakeRequest &) {
        return FakeResponse::json(404, { { "errcode", "M_UNRECOGNIZED" } });
    };
}

FakeHttpServer::~FakeHttpServer() = default;

void FakeHttpServer::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto *server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    m_server = server;
    m_tls = true;
}

bool FakeHttpServer::listen()
{
    if (!m_server) {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::onNewConnection);
    const bool ok = m_server->listen(QHostAddress::LocalHost, 0);
    m_port = m_server->serverPort();
    return ok;
}

void FakeHttpServer::stopListening()
{
    m_server->close();
}

bool FakeHttpServer::listenAgain()
{
    return m_server->listen(QHostAddress::LocalHost, m_port);
}

int FakeHttpServer::requestCount(const QByteArray &method, const QByteArray &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const FakeRequest &r) { return r.method == method && r.path() == path; }));
}

quint16 FakeHttpServer::port() const
{
    return m_port;
}

QUrl FakeHttpServer::url() const
{
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(port()));
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0) {
            onReadyRead(socket);
        }
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        FakeRequest req;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        req.method = requestLine.value(0);
        req.target = requestLine.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            if (colon > 0) {
                req.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
        }
        const int length = req.headers.value("content-length", "0").toInt();
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        req.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(req);

        const FakeResponse response = m_handler(req);
        ++m_pending;
        m_maxConcurrent = std::max(m_maxConcurrent, m_pending);
        if (response.action == FakeResponse::Action::Stall) {
            continue; // never answer; the socket stays open
        }
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response]() {
            --m_pending;
            if (guard) {
                respond(guard, response);
            }
        });
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const FakeResponse &response)
{
    using Action = FakeResponse::Action;
    if (response.action == Action::Reset) {
        socket->abort();
        return;
    }
    if (response.action == Action::Close) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    for (const auto &[name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: keep-alive\r\n\r\n";
    if (response.action == Action::Truncate) {
        out += response.body.left(response.body.size() / 2);
    } else if (response.action != Action::CloseAfterHeaders) {
        out += response.body;
    }
    socket->write(out);
    socket->flush();
    if (response.action == Action::CloseAfterHeaders || response.action == Action::Truncate) {
        socket->disconnectFromHost();
    }
}

} // namespace StewardTest
