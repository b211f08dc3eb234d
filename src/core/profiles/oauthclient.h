#pragma once

#include "apierror.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTcpServer;

namespace Steward {

/// OAuth 2.0 server metadata of the authorization server a homeserver delegates to (MAS).
struct OAuthServerMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl registrationEndpoint;
    QUrl revocationEndpoint;
    QUrl deviceAuthorizationEndpoint; ///< empty when the server does not offer the device grant
};

/// What a token endpoint granted.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken; ///< empty when the grant has none
    QDateTime expiresAt; ///< invalid: does not expire
    QString scope;
};

/// What Steward keeps to refresh and revoke an OAuth sign-in: one JSON entry in the keychain next
/// to the access token (never on disk, never logged). Key: OAuthCredentials::keychainKey(profile).
struct OAuthCredentials
{
    QString clientId;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;
    QString refreshToken;
    QDateTime expiresAt; ///< of the current access token

    QString toJson() const;
    static std::optional<OAuthCredentials> fromJson(const QString &json);
    /// "<profile>/oauth": '/' never occurs in a profile name, so it cannot collide with one.
    static QString keychainKey(const QString &profileName);
    /// True when the access token expires within margin (and so should be refreshed first).
    bool expiresWithin(std::chrono::seconds margin) const;
};

/// A device authorization in progress (RFC 8628): show the URL and the code to the user.
struct DeviceAuthorization
{
    QString deviceCode;
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete;
    int intervalSeconds = 5;
    QDateTime expiresAt;
};

/// The scopes Steward asks for: the client API, a device of its own, Synapse admin and MAS admin.
/// (MAS grants the admin scopes only to users it allows to request them; otherwise it denies.)
QString stewardOAuthScope(const QString &deviceId);
/// A new random device ID for the scope (10 upper-case letters, like Synapse's).
QString newOAuthDeviceId();

/// The OAuth 2.0 calls Steward makes to Matrix Authentication Service: discovery (from the
/// homeserver's /_matrix/client/v1/auth_metadata, else the issuer in /.well-known/matrix/client),
/// dynamic client registration (RFC 7591), the device grant (RFC 8628), the authorization-code
/// grant with PKCE (RFC 7636) on a loopback redirect (RFC 8252), refresh and revocation (RFC 7009).
/// Every call reports once through its callback; callbacks are dropped when ctx dies.
class OAuthClient : public QObject
{
    Q_OBJECT
public:
    explicit OAuthClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~OAuthClient() override;

    void setPinnedCertificateSha256(const QByteArray &digest) { m_pin = digest; }

    using Done = std::function<void(const Result<OAuthTokens> &)>;

    void discover(const QUrl &homeserverBaseUrl, const QUrl &serverNameOrigin,
                  std::function<void(const Result<OAuthServerMetadata> &)> done);
    /// Registers Steward as a native public client; redirectUri empty: device grant only.
    void registerClient(const OAuthServerMetadata &server, const QUrl &redirectUri,
                        std::function<void(const Result<QString> &)> done);
    void startDeviceAuthorization(const OAuthServerMetadata &server, const QString &clientId, const QString &scope,
                                  std::function<void(const Result<DeviceAuthorization> &)> done);
    /// Polls the token endpoint (at the server's interval) until the user approved, denied, or the
    /// code expired.
    void pollDeviceToken(const OAuthServerMetadata &server, const QString &clientId, const DeviceAuthorization &auth,
                         Done done);
    /// Listens on 127.0.0.1 (random port), returns the authorization URL to open in the browser
    /// through urlReady, then waits for the redirect and exchanges the code.
    void authorizeInBrowser(const OAuthServerMetadata &server, const QString &clientId, const QUrl &redirectUri,
                            const QString &scope, std::function<void(const QUrl &)> urlReady, Done done);
    /// Opens the loopback listener; the URL to register as redirect URI ("http://127.0.0.1:PORT/callback").
    Result<QUrl> listenOnLoopback();
    void refresh(const OAuthCredentials &credentials, Done done);
    /// Revokes the access token (when given) and the refresh token at the revocation endpoint
    /// (RFC 7009; MAS ends the whole session, device included). done gets the first failure.
    void revoke(const OAuthCredentials &credentials, const QString &accessToken,
                std::function<void(const ApiError &)> done);

    void cancel();

    /// One JSON request (verb GET or POST; bearer: an access token, or empty) to the authorization
    /// server, e.g. its admin API; status 0 with error when there was no HTTP answer.
    void sendJson(const QUrl &url, const QByteArray &verb, const QByteArray &body,
                  std::function<void(int status, const QJsonObject &body, const ApiError &error)> done,
                  const QString &bearer = QString());

private:
    void postForm(const QUrl &url, const QList<QPair<QString, QString>> &form,
                  std::function<void(int status, const QJsonObject &body, const ApiError &error)> done);
    void onLoopbackConnection();
    static Result<OAuthTokens> parseTokens(int status, const QJsonObject &body, const ApiError &error);

    QNetworkAccessManager *m_nam;
    QByteArray m_pin;
    QPointer<QObject> m_run; ///< owns the replies of the current calls; deleting it drops callbacks
    QTcpServer *m_loopback = nullptr;
    QByteArray m_verifier;
    QString m_state;
    QUrl m_redirectUri;
    OAuthServerMetadata m_server;
    QString m_clientId;
    Done m_browserDone;
};

} // namespace Steward
