#pragma once

#include "apierror.h"
#include "profiles/authapi.h"
#include "profiles/oauthclient.h"
#include "serverapi.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace Steward {

/// Why a sign-in stopped, in a form a face can act on (show a checkbox, a certificate, ...).
struct SignInError
{
    Q_DECLARE_TR_FUNCTIONS(Steward::SignInError)

public:
    enum class Reason {
        InvalidAddress, ///< the homeserver text is not a server name or URL
        InsecureTransport, ///< plain http:// to a host that is not loopback, not confirmed
        Tls, ///< certificate not trusted: error.peerCertificate() + fingerprint; may be pinned
        NotMatrix, ///< no Matrix client API at that address
        Connection, ///< network, timeout, redirect, server errors
        WrongCredentials, ///< user name or password wrong
        InvalidToken, ///< the pasted token is unknown to the server
        DelegatedAuth, ///< MAS: password login cannot yield an admin token
        NotAdmin, ///< signed in fine, but not a server admin: nothing is saved
        Cancelled,
    };
    Reason reason = Reason::Connection;
    ApiError error;
    QUrl url; ///< the address concerned (for InsecureTransport and Tls)

    /// What happened and what to do, for a person.
    QString describe() const;
};

/// What discovery learnt about a homeserver before anyone signs in.
struct DiscoveredServer
{
    QUrl baseUrl;
    bool viaWellKnown = false;
    QString serverVersion; ///< empty when /_synapse/admin is hidden
    ClientVersions clientVersions;
    bool delegatedAuth = false; ///< Matrix Authentication Service
};

struct SignInRequest
{
    enum class Method { Password, Token };
    QString homeserver; ///< "example.org" or "https://matrix.example.org"
    Method method = Method::Password;
    QString user; ///< localpart or full user ID (Password)
    QString password; ///< (Password)
    QString token; ///< (Token)
    bool allowInsecureHttp = false;
    QByteArray pinnedCertificateSha256;
    QString deviceDisplayName; ///< empty: SignIn::defaultDeviceDisplayName()
};

struct SignInOutcome
{
    DiscoveredServer server;
    QString accessToken;
    WhoAmI whoAmI;
    QString serverName;
    bool tokenCreatedBySignIn = false; ///< true for a password login (a new device)
    /// OAuth sign-in (MAS): what refreshes and revokes the token; keep it in the keychain too.
    std::optional<OAuthCredentials> oauth;
};

/// The sign-in flow shared by the GUI and the CLI:
/// server name/URL -> /.well-known/matrix/client -> /_matrix/client/versions -> MAS check ->
/// password login or pasted token -> whoami -> admin check. A token that is not an admin's is
/// refused (and revoked again if this sign-in created it). Emits exactly one of discovered/
/// succeeded/failed per call.
class SignIn : public QObject
{
    Q_OBJECT
public:
    explicit SignIn(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SignIn() override;

    /// Only find and check the server (the GUI shows the version before the user signs in).
    void discover(const QString &homeserver, bool allowInsecureHttp, const QByteArray &pinnedSha256);
    void start(const SignInRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }

    /// "Steward on <hostname>": how the new device appears in the user's session list.
    static QString defaultDeviceDisplayName();

Q_SIGNALS:
    /// A step began (for a status line): "Looking up example.org…".
    void progress(const QString &step);
    void discovered(const Steward::DiscoveredServer &server);
    void succeeded(const Steward::SignInOutcome &outcome);
    void failed(const Steward::SignInError &error);

private:
    void runDiscovery(const QString &homeserver, std::function<void(const DiscoveredServer &)> next);
    void checkBaseUrl(const QUrl &baseUrl, bool viaWellKnown, std::function<void(const DiscoveredServer &)> next);
    void authenticate(const DiscoveredServer &server);
    void verifyToken(const QString &token);
    void fail(SignInError::Reason reason, const ApiError &error, const QUrl &url = QUrl());
    void failWith(const ApiError &error, const QUrl &url);
    ApiService *newService(const QUrl &baseUrl, const QString &token = QString());
    bool transportAllowed(const QUrl &url);

    void beginRun();
    void endRun();

    QNetworkAccessManager *m_nam;
    SignInRequest m_request;
    SignInOutcome m_outcome;
    /// Owns the services and replies of the current run; deleting it drops every callback.
    QPointer<QObject> m_run;
    bool m_running = false;
};

} // namespace Steward

Q_DECLARE_METATYPE(Steward::SignInError)
Q_DECLARE_METATYPE(Steward::DiscoveredServer)
Q_DECLARE_METATYPE(Steward::SignInOutcome)
