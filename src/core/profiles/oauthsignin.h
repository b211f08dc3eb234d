#pragma once

#include "apiservice.h"
#include "profiles/oauthclient.h"
#include "profiles/signin.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Steward {

class CredentialStore;
struct Profile;

/// For a profile signed in with OAuth (its keychain holds OAuthCredentials): when force is set or
/// the access token expires within margin, refresh it at the authorization server and store the
/// new access token and credentials in the keychain (MAS rotates the refresh token). done gets the
/// access token to use now (currentToken when there is nothing to refresh) or why there is none.
void refreshStoredOAuthToken(QNetworkAccessManager *nam, CredentialStore *credentials, const Profile &profile,
                             const QString &currentToken, bool force, std::chrono::seconds margin, QObject *ctx,
                             std::function<void(const Result<QString> &)> done);

/// The ApiService's refresher for a profile (ApiService::setTokenRefresher): an OAuth sign-in's
/// access token is refreshed with the refresh token in credentials (which must outlive the service)
/// and both new tokens are stored there; a profile without OAuth credentials has nothing to refresh.
ApiService::TokenRefresher oauthTokenRefresher(QNetworkAccessManager *nam, CredentialStore *credentials,
                                               const Profile &profile);

/// Sign-in through the OAuth 2.0 server a homeserver delegates to (Matrix Authentication Service),
/// shared by the GUI and the CLI: discovery (SignIn::discover, then the authorization server's
/// metadata) -> dynamic client registration -> the device grant (CLI: deviceCodeReady) or the
/// authorization-code grant with PKCE on a loopback redirect (GUI: openBrowser) -> the same token
/// checks as a pasted token (whoami, admin check). A token that is not an admin's is revoked at the
/// authorization server again and nothing is kept. Emits exactly one of succeeded/failed.
class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    enum class Flow { Device, Browser };

    explicit OAuthSignIn(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void start(const QString &homeserver, Flow flow, bool allowInsecureHttp = false,
               const QByteArray &pinnedSha256 = QByteArray());
    void cancel();

Q_SIGNALS:
    void progress(const QString &step);
    /// Device grant: show the URL and the code; the sign-in waits until the user approved.
    void deviceCodeReady(const Steward::DeviceAuthorization &authorization);
    /// Browser flow: open this URL in the system browser; Steward listens for the redirect.
    void openBrowser(const QUrl &url);
    /// outcome.oauth holds what is needed to refresh and revoke (keep it in the keychain).
    void succeeded(const Steward::SignInOutcome &outcome);
    void failed(const Steward::SignInError &error);

private:
    void authorize(const DiscoveredServer &server, const OAuthServerMetadata &meta);
    void verify(const DiscoveredServer &server, const OAuthServerMetadata &meta, const QString &clientId,
                const OAuthTokens &tokens);
    void fail(SignInError::Reason reason, const ApiError &error);

    QNetworkAccessManager *m_nam;
    OAuthClient *m_client;
    QPointer<SignIn> m_signIn;
    QString m_homeserver;
    Flow m_flow = Flow::Device;
    bool m_allowInsecure = false;
    QByteArray m_pin;
    bool m_running = false;
};

} // namespace Steward

Q_DECLARE_METATYPE(Steward::DeviceAuthorization)
