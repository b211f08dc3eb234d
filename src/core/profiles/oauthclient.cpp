#include "profiles/oauthclient.h"

#include "oneshotexchange.h"
#include "steward_version.h"
#include "stewardlogging_profiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace Steward {

namespace {
QByteArray randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QUrl urlField(const QJsonObject &o, const char *key)
{
    return QUrl(o.value(QLatin1String(key)).toString(), QUrl::StrictMode);
}

/// The server's own words for an OAuth error answer ({"error", "error_description"}).
QString oauthErrorText(const QJsonObject &body)
{
    const QString code = body.value(QStringLiteral("error")).toString();
    const QString description = body.value(QStringLiteral("error_description")).toString();
    return description.isEmpty() ? code : QStringLiteral("%1: %2").arg(code, description);
}

/// application/x-www-form-urlencoded (also a URL query): every value percent-encoded.
QByteArray formEncode(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[k, v] : items) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

constexpr auto kScopeApi = "urn:matrix:client:api:*";
} // namespace

QString OAuthCredentials::toJson() const
{
    const QJsonObject o {
        { QStringLiteral("client_id"), clientId },
        { QStringLiteral("token_endpoint"), tokenEndpoint.toString() },
        { QStringLiteral("revocation_endpoint"), revocationEndpoint.toString() },
        { QStringLiteral("refresh_token"), refreshToken },
        { QStringLiteral("expires_at"), expiresAt.isValid() ? expiresAt.toMSecsSinceEpoch() : QJsonValue() },
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<OAuthCredentials> OAuthCredentials::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    OAuthCredentials c;
    c.clientId = o.value(QStringLiteral("client_id")).toString();
    c.tokenEndpoint = QUrl(o.value(QStringLiteral("token_endpoint")).toString());
    c.revocationEndpoint = QUrl(o.value(QStringLiteral("revocation_endpoint")).toString());
    c.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    if (o.value(QStringLiteral("expires_at")).isDouble()) {
        c.expiresAt = QDateTime::fromMSecsSinceEpoch(qint64(o.value(QStringLiteral("expires_at")).toDouble()), Qt::UTC);
    }
    if (c.clientId.isEmpty() || !c.tokenEndpoint.isValid()) {
        return std::nullopt;
    }
    return c;
}

QString OAuthCredentials::keychainKey(const QString &profileName)
{
    return profileName + QStringLiteral("/oauth");
}

bool OAuthCredentials::expiresWithin(std::chrono::seconds margin) const
{
    return expiresAt.isValid() && QDateTime::currentDateTimeUtc().secsTo(expiresAt) <= margin.count();
}

QString newOAuthDeviceId()
{
    QString id;
    for (int i = 0; i < 10; ++i) {
        id += QChar(u'A' + QRandomGenerator::system()->bounded(26));
    }
    return id;
}

QString stewardOAuthScope(const QString &deviceId)
{
    return QStringLiteral("%1 urn:matrix:client:device:%2 urn:synapse:admin:* urn:mas:admin")
        .arg(QLatin1String(kScopeApi), deviceId);
}

OAuthClient::OAuthClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_run(new QObject(this))
{ }

OAuthClient::~OAuthClient() = default;

void OAuthClient::cancel()
{
    delete m_run;
    m_run = new QObject(this);
    if (m_loopback) {
        m_loopback->close();
    }
    m_browserDone = nullptr;
}

void OAuthClient::sendJson(const QUrl &url, const QByteArray &verb, const QByteArray &body,
                           std::function<void(int, const QJsonObject &, const ApiError &)> done, const QString &bearer)
{
    QNetworkRequest req(url);
    if (!bearer.isEmpty()) {
        req.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    }
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(30000);
    req.setRawHeader("Accept", "application/json");
    if (!body.isNull()) {
        req.setRawHeader("Content-Type", "application/json");
    }
    QNetworkReply *reply = verb == "GET" ? m_nam->get(req) : m_nam->post(req, body);
    reply->setParent(m_run);
    const QByteArray pin = m_pin;
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError> &) {
        if (!pin.isEmpty()
            && QCryptographicHash::hash(reply->sslConfiguration().peerCertificate().toDer(), QCryptographicHash::Sha256)
                == pin) {
            reply->ignoreSslErrors();
        }
    });
    connect(reply, &QNetworkReply::finished, m_run, [reply, url, done = std::move(done)]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        const QJsonObject obj = QJsonDocument::fromJson(data).object();
        if (status == 0) {
            ApiError::Kind kind = ApiError::Kind::Network;
            if (reply->error() == QNetworkReply::OperationCanceledError) {
                kind = ApiError::Kind::Timeout;
            } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
                kind = ApiError::Kind::Tls;
            }
            done(0, {}, ApiError(kind, tr("%1 did not answer: %2").arg(url.host(), reply->errorString())));
            return;
        }
        done(status, obj, ApiError());
    });
}

void OAuthClient::postForm(const QUrl &url, const QList<QPair<QString, QString>> &form,
                           std::function<void(int, const QJsonObject &, const ApiError &)> done)
{
    // Written at most once (OneShotExchange): a refresh token is single-use, a device code and an
    // authorization code are redeemed once, so a POST sent again after a lost answer could burn the
    // sign-in. A lost answer is reported as such (outcome unknown), never retried.
    auto *exchange = new OneShotExchange(url, "POST",
                                         { { "Content-Type", "application/x-www-form-urlencoded" },
                                           { "Accept", "application/json" },
                                           { "User-Agent", "Steward/" STEWARD_VERSION_STRING } },
                                         formEncode(form), m_run);
    exchange->setPinnedCertificateSha256(m_pin);
    auto *inactivity = new QTimer(exchange);
    inactivity->setSingleShot(true);
    inactivity->setInterval(std::chrono::seconds(30));
    connect(inactivity, &QTimer::timeout, exchange, [exchange, inactivity]() {
        inactivity->setProperty("expired", true);
        exchange->abort();
    });
    connect(exchange, &OneShotExchange::progress, inactivity, qOverload<>(&QTimer::start));
    connect(exchange, &OneShotExchange::finished, m_run, [exchange, inactivity, url, done = std::move(done)]() {
        // done may cancel() this client, deleting m_run: the exchange (still inside its socket's
        // signal) must not go with it synchronously.
        exchange->setParent(nullptr);
        exchange->deleteLater();
        inactivity->stop();
        if (exchange->error() != QNetworkReply::NoError) {
            ApiError::Kind kind = ApiError::Kind::Network;
            if (inactivity->property("expired").toBool()) {
                kind = ApiError::Kind::Timeout;
            } else if (exchange->error() == QNetworkReply::SslHandshakeFailedError
                       || !exchange->sslErrors().isEmpty()) {
                kind = ApiError::Kind::Tls;
            }
            ApiError error(kind, OAuthClient::tr("%1 did not answer: %2").arg(url.host(), exchange->errorString()));
            error.setOutcomeUnknown(exchange->requestWritten()); // it may have acted on the request
            done(0, {}, error);
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(exchange->body());
        done(exchange->httpStatus(), doc.object(), ApiError());
    });
    inactivity->start();
    exchange->start();
}

void OAuthClient::discover(const QUrl &homeserverBaseUrl, const QUrl &serverNameOrigin,
                           std::function<void(const Result<OAuthServerMetadata> &)> done)
{
    auto parse = [](const QJsonObject &o) -> Result<OAuthServerMetadata> {
        OAuthServerMetadata m;
        m.issuer = o.value(QStringLiteral("issuer")).toString();
        m.authorizationEndpoint = urlField(o, "authorization_endpoint");
        m.tokenEndpoint = urlField(o, "token_endpoint");
        m.registrationEndpoint = urlField(o, "registration_endpoint");
        m.revocationEndpoint = urlField(o, "revocation_endpoint");
        m.deviceAuthorizationEndpoint = urlField(o, "device_authorization_endpoint");
        if (m.issuer.isEmpty() || !m.tokenEndpoint.isValid() || m.tokenEndpoint.isEmpty()) {
            return ApiError::invalidResponse(tr("the authorization server metadata has no issuer or token endpoint"));
        }
        if (!m.registrationEndpoint.isValid() || m.registrationEndpoint.isEmpty()) {
            return ApiError(ApiError::Kind::Refused,
                            tr("the authorization server does not offer dynamic client registration, which "
                               "Steward needs to sign in with OAuth"));
        }
        return m;
    };
    QUrl metadataUrl = homeserverBaseUrl;
    metadataUrl.setPath(homeserverBaseUrl.path() + QStringLiteral("/_matrix/client/v1/auth_metadata"));
    sendJson(
        metadataUrl, "GET", QByteArray(),
        [this, parse, serverNameOrigin, done = std::move(done)](int status, const QJsonObject &o, const ApiError &e) {
            if (status == 200) {
                done(parse(o));
                return;
            }
            if (!e.isOk()) {
                done(e);
                return;
            }
            // Older servers: the issuer in /.well-known/matrix/client (MSC2965), then its OpenID
            // configuration.
            QUrl wk = serverNameOrigin;
            wk.setPath(QStringLiteral("/.well-known/matrix/client"));
            sendJson(wk, "GET", QByteArray(), [this, parse, done](int st, const QJsonObject &w, const ApiError &we) {
                QJsonObject auth = w.value(QStringLiteral("m.authentication")).toObject();
                if (auth.isEmpty()) {
                    auth = w.value(QStringLiteral("org.matrix.msc2965.authentication")).toObject();
                }
                const QString issuer = auth.value(QStringLiteral("issuer")).toString();
                if (st != 200 || issuer.isEmpty()) {
                    done(we.isOk() ? ApiError(ApiError::Kind::Refused,
                                              tr("this homeserver does not delegate sign-in to an OAuth 2.0 "
                                                 "server (no /_matrix/client/v1/auth_metadata, no issuer in "
                                                 "/.well-known/matrix/client): sign in with a password or a "
                                                 "token"))
                                   : we);
                    return;
                }
                QUrl conf(issuer);
                conf.setPath(conf.path().endsWith(u'/') ? conf.path() : conf.path() + u'/');
                conf = conf.resolved(QUrl(QStringLiteral(".well-known/openid-configuration")));
                sendJson(conf, "GET", QByteArray(), [parse, done](int s2, const QJsonObject &c, const ApiError &ce) {
                    if (!ce.isOk()) {
                        done(ce);
                    } else if (s2 != 200) {
                        done(ApiError(ApiError::Kind::Http,
                                      tr("the issuer's OpenID configuration answered HTTP %1").arg(s2)));
                    } else {
                        done(parse(c));
                    }
                });
            });
        });
}

void OAuthClient::registerClient(const OAuthServerMetadata &server, const QUrl &redirectUri,
                                 std::function<void(const Result<QString> &)> done)
{
    QJsonArray grants { QStringLiteral("refresh_token") };
    QJsonObject body {
        { QStringLiteral("client_name"), QStringLiteral("Steward") },
        { QStringLiteral("client_uri"), QStringLiteral("https://github.com/steward-matrix/steward") },
        { QStringLiteral("application_type"), QStringLiteral("native") },
        { QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none") },
    };
    if (redirectUri.isEmpty()) {
        grants.append(QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
        body.insert(QStringLiteral("response_types"), QJsonArray());
    } else {
        grants.append(QStringLiteral("authorization_code"));
        body.insert(QStringLiteral("redirect_uris"), QJsonArray { redirectUri.toString() });
        body.insert(QStringLiteral("response_types"), QJsonArray { QStringLiteral("code") });
    }
    body.insert(QStringLiteral("grant_types"), grants);
    sendJson(server.registrationEndpoint, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact),
             [done = std::move(done)](int status, const QJsonObject &o, const ApiError &e) {
                 if (!e.isOk()) {
                     done(e);
                 } else if (status != 200 && status != 201) {
                     done(ApiError(ApiError::Kind::Http,
                                   tr("the authorization server refused to register Steward "
                                      "as a client (HTTP %1, %2)")
                                       .arg(status)
                                       .arg(oauthErrorText(o))));
                 } else if (o.value(QStringLiteral("client_id")).toString().isEmpty()) {
                     done(ApiError::invalidResponse(tr("the client registration answer has no client_id")));
                 } else {
                     done(o.value(QStringLiteral("client_id")).toString());
                 }
             });
}

void OAuthClient::startDeviceAuthorization(const OAuthServerMetadata &server, const QString &clientId,
                                           const QString &scope,
                                           std::function<void(const Result<DeviceAuthorization> &)> done)
{
    if (server.deviceAuthorizationEndpoint.isEmpty()) {
        done(ApiError(ApiError::Kind::Refused,
                      tr("the authorization server does not offer the device authorization "
                         "grant; sign in with the desktop application instead")));
        return;
    }
    postForm(server.deviceAuthorizationEndpoint,
             { { QStringLiteral("client_id"), clientId }, { QStringLiteral("scope"), scope } },
             [done = std::move(done)](int status, const QJsonObject &o, const ApiError &e) {
                 if (!e.isOk()) {
                     done(e);
                     return;
                 }
                 if (status != 200) {
                     done(ApiError(
                         ApiError::Kind::Http,
                         tr("the device authorization was refused (HTTP %1, %2)").arg(status).arg(oauthErrorText(o))));
                     return;
                 }
                 DeviceAuthorization a;
                 a.deviceCode = o.value(QStringLiteral("device_code")).toString();
                 a.userCode = o.value(QStringLiteral("user_code")).toString();
                 a.verificationUri = urlField(o, "verification_uri");
                 a.verificationUriComplete = urlField(o, "verification_uri_complete");
                 a.intervalSeconds = qBound(1, o.value(QStringLiteral("interval")).toInt(5), 60);
                 a.expiresAt = QDateTime::currentDateTimeUtc().addSecs(
                     qBound(10, o.value(QStringLiteral("expires_in")).toInt(600), 3600));
                 if (a.deviceCode.isEmpty() || a.userCode.isEmpty() || a.verificationUri.isEmpty()) {
                     done(ApiError::invalidResponse(tr("the device authorization answer lacks the code or URL")));
                     return;
                 }
                 done(a);
             });
}

Result<OAuthTokens> OAuthClient::parseTokens(int status, const QJsonObject &o, const ApiError &e)
{
    if (!e.isOk()) {
        return e;
    }
    if (status != 200) {
        return ApiError(ApiError::Kind::Refused,
                        tr("the authorization server refused (HTTP %1, %2)").arg(status).arg(oauthErrorText(o)));
    }
    OAuthTokens t;
    t.accessToken = o.value(QStringLiteral("access_token")).toString();
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    t.scope = o.value(QStringLiteral("scope")).toString();
    if (o.value(QStringLiteral("expires_in")).isDouble()) {
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(qint64(o.value(QStringLiteral("expires_in")).toDouble()));
    }
    if (t.accessToken.isEmpty()) {
        return ApiError::invalidResponse(tr("the token answer has no access_token"));
    }
    return t;
}

void OAuthClient::pollDeviceToken(const OAuthServerMetadata &server, const QString &clientId,
                                  const DeviceAuthorization &auth, Done done)
{
    if (QDateTime::currentDateTimeUtc() >= auth.expiresAt) {
        done(ApiError(ApiError::Kind::Refused, tr("the code expired before it was approved: start again")));
        return;
    }
    QTimer::singleShot(std::chrono::seconds(auth.intervalSeconds), m_run, [this, server, clientId, auth, done]() {
        postForm(server.tokenEndpoint,
                 { { QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code") },
                   { QStringLiteral("device_code"), auth.deviceCode },
                   { QStringLiteral("client_id"), clientId } },
                 [this, server, clientId, auth, done](int status, const QJsonObject &o, const ApiError &e) {
                     const QString error = o.value(QStringLiteral("error")).toString();
                     if (e.isOk() && (error == u"authorization_pending" || error == u"slow_down")) {
                         DeviceAuthorization next = auth;
                         if (error == u"slow_down") {
                             next.intervalSeconds += 5;
                         }
                         pollDeviceToken(server, clientId, next, done);
                         return;
                     }
                     if (e.isOk() && error == u"access_denied") {
                         done(ApiError(ApiError::Kind::Refused,
                                       tr("the sign-in was denied (%1). Steward needs an account that may request "
                                          "admin rights (urn:synapse:admin:*).")
                                           .arg(oauthErrorText(o))));
                         return;
                     }
                     done(parseTokens(status, o, e));
                 });
    });
}

Result<QUrl> OAuthClient::listenOnLoopback()
{
    if (!m_loopback) {
        m_loopback = new QTcpServer(this);
        connect(m_loopback, &QTcpServer::newConnection, this, &OAuthClient::onLoopbackConnection);
    }
    if (!m_loopback->isListening() && !m_loopback->listen(QHostAddress::LocalHost, 0)) {
        return ApiError(
            ApiError::Kind::Network,
            tr("could not listen on 127.0.0.1 for the browser's answer: %1").arg(m_loopback->errorString()));
    }
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_loopback->serverPort()));
}

void OAuthClient::authorizeInBrowser(const OAuthServerMetadata &server, const QString &clientId,
                                     const QUrl &redirectUri, const QString &scope,
                                     std::function<void(const QUrl &)> urlReady, Done done)
{
    m_server = server;
    m_clientId = clientId;
    m_redirectUri = redirectUri;
    m_verifier = randomUrlSafe(48);
    m_state = QString::fromLatin1(randomUrlSafe(16));
    m_browserDone = std::move(done);
    const QByteArray challenge = QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QUrl url = server.authorizationEndpoint;
    const QByteArray query = formEncode({ { QStringLiteral("response_type"), QStringLiteral("code") },
                                          { QStringLiteral("client_id"), clientId },
                                          { QStringLiteral("redirect_uri"), redirectUri.toString() },
                                          { QStringLiteral("scope"), scope },
                                          { QStringLiteral("state"), m_state },
                                          { QStringLiteral("code_challenge"), QString::fromLatin1(challenge) },
                                          { QStringLiteral("code_challenge_method"), QStringLiteral("S256") } });
    const QString existing = url.query(QUrl::FullyEncoded);
    url.setQuery(existing.isEmpty() ? QString::fromLatin1(query) : existing + u'&' + QString::fromLatin1(query),
                 QUrl::StrictMode);
    urlReady(url);
}

void OAuthClient::onLoopbackConnection()
{
    while (QTcpSocket *socket = m_loopback->nextPendingConnection()) {
        // Not under m_run: a cancel must not cut off the page the browser is still receiving.
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
            const QByteArray head = socket->peek(8192);
            if (!head.contains("\r\n\r\n") && head.size() < 8192) {
                return; // wait for the whole request head
            }
            socket->readAll();
            const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
            // Form encoding: '+' is a space in the query.
            const QUrl target(QString::fromLatin1(line.value(1).replace('+', "%20")));
            const QUrlQuery q(target);
            auto answer = [socket](const QByteArray &status, const QString &text) {
                const QByteArray html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Steward</title>"
                                        "</head><body><p>"
                    + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
                socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                              + QByteArray::number(html.size()) + "\r\nConnection: close\r\n\r\n" + html);
                socket->disconnectFromHost();
            };
            if (line.value(0) != "GET" || target.path() != m_redirectUri.path() || !m_browserDone) {
                answer("404 Not Found", tr("Nothing to see here."));
                return;
            }
            if (q.queryItemValue(QStringLiteral("state")) != m_state) {
                answer("400 Bad Request", tr("This answer does not belong to the sign-in in Steward."));
                return; // keep waiting for the right one
            }
            Done done = std::move(m_browserDone);
            m_browserDone = nullptr;
            // Stop listening once this answer is out (not before: the browser is still talking to us).
            connect(socket, &QTcpSocket::disconnected, m_loopback, &QTcpServer::close);
            if (q.hasQueryItem(QStringLiteral("error"))) {
                const QString why = q.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
                const QString code = q.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
                answer("200 OK", tr("The sign-in was not completed. You may close this window."));
                done(ApiError(ApiError::Kind::Refused,
                              tr("the sign-in was not completed (%1). Steward needs an account that may request "
                                 "admin rights (urn:synapse:admin:*).")
                                  .arg(why.isEmpty() ? code : code + QStringLiteral(": ") + why)));
                return;
            }
            answer("200 OK", tr("Signed in. You may close this window and return to Steward."));
            postForm(m_server.tokenEndpoint,
                     { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                       { QStringLiteral("code"), q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded) },
                       { QStringLiteral("redirect_uri"), m_redirectUri.toString() },
                       { QStringLiteral("client_id"), m_clientId },
                       { QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier) } },
                     [done](int status, const QJsonObject &o, const ApiError &e) { done(parseTokens(status, o, e)); });
        });
    }
}

void OAuthClient::refresh(const OAuthCredentials &c, Done done)
{
    if (c.refreshToken.isEmpty()) {
        done(ApiError(ApiError::Kind::Refused, tr("there is no refresh token: sign in again")));
        return;
    }
    postForm(c.tokenEndpoint,
             { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
               { QStringLiteral("refresh_token"), c.refreshToken },
               { QStringLiteral("client_id"), c.clientId } },
             [done = std::move(done)](int status, const QJsonObject &o, const ApiError &e) {
                 qCDebug(lcProfiles) << "token refresh answered HTTP" << status;
                 if (e.outcomeUnknown()) {
                     // The refresh token is single-use: if the server got the request, it replaced
                     // it, and the answer with the new one is lost. Not sent again (that would end
                     // the session at MAS if it did); the user signs in again.
                     ApiError lost(e.kind(),
                                   OAuthClient::tr("the answer to the token refresh was lost (%1): the authorization "
                                                   "server may have replaced the refresh token, so Steward cannot "
                                                   "tell whether its sign-in still works")
                                       .arg(e.message()));
                     lost.setOutcomeUnknown(true);
                     done(lost);
                     return;
                 }
                 done(parseTokens(status, o, e));
             });
}

void OAuthClient::revoke(const OAuthCredentials &c, const QString &accessToken,
                         std::function<void(const ApiError &)> done)
{
    if (c.revocationEndpoint.isEmpty() || (c.refreshToken.isEmpty() && accessToken.isEmpty())) {
        done(ApiError(ApiError::Kind::Refused,
                      tr("the authorization server offers no revocation endpoint: end the session in the account "
                         "management page")));
        return;
    }
    // RFC 7009, one token per request: the access token, then the refresh token (MAS ends the
    // whole session with either; both are revoked so that neither outlives a partial failure).
    QList<QPair<QString, QString>> tokens;
    if (!accessToken.isEmpty()) {
        tokens.append({ accessToken, QStringLiteral("access_token") });
    }
    if (!c.refreshToken.isEmpty()) {
        tokens.append({ c.refreshToken, QStringLiteral("refresh_token") });
    }
    // Only the request on the wire holds the chain (no cycle: dropped callbacks free it).
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, c, tokens, weak = std::weak_ptr(next), done = std::move(done)](int i) {
        if (i == tokens.size()) {
            done(ApiError());
            return;
        }
        postForm(c.revocationEndpoint,
                 { { QStringLiteral("token"), tokens[i].first },
                   { QStringLiteral("token_type_hint"), tokens[i].second },
                   { QStringLiteral("client_id"), c.clientId } },
                 [step = weak.lock(), i, done](int status, const QJsonObject &o, const ApiError &e) {
                     if (!e.isOk()) {
                         done(e);
                     } else if (status != 200) {
                         done(ApiError(ApiError::Kind::Http,
                                       OAuthClient::tr("the revocation was refused (HTTP %1, %2)")
                                           .arg(status)
                                           .arg(oauthErrorText(o))));
                     } else {
                         (*step)(i + 1);
                     }
                 });
    };
    (*next)(0);
}

} // namespace Steward
