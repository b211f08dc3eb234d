#include "profiles/oauthsignin.h"

#include "profiles/credentialstore.h"
#include "profiles/profile.h"
#include "stewardlogging_profiles.h"

#include <QCoreApplication>

namespace Steward {

OAuthSignIn::OAuthSignIn(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_client(new OAuthClient(nam, this))
{
    qRegisterMetaType<DeviceAuthorization>();
}

void OAuthSignIn::fail(SignInError::Reason reason, const ApiError &error)
{
    m_running = false;
    m_client->cancel();
    SignInError e;
    e.reason = reason;
    e.error = error;
    Q_EMIT failed(e);
}

void OAuthSignIn::cancel()
{
    if (!m_running) {
        return;
    }
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel();
    }
    fail(SignInError::Reason::Cancelled, ApiError::cancelled());
}

void OAuthSignIn::start(const QString &homeserver, Flow flow, bool allowInsecureHttp, const QByteArray &pinnedSha256)
{
    m_homeserver = homeserver;
    m_flow = flow;
    m_allowInsecure = allowInsecureHttp;
    m_pin = pinnedSha256;
    m_running = true;
    m_client->cancel();
    m_client->setPinnedCertificateSha256(pinnedSha256);
    if (m_signIn) {
        m_signIn->deleteLater();
    }
    m_signIn = new SignIn(m_nam, this);
    connect(m_signIn, &SignIn::progress, this, &OAuthSignIn::progress);
    connect(m_signIn, &SignIn::failed, this, [this](const SignInError &e) {
        m_running = false;
        Q_EMIT failed(e);
    });
    connect(m_signIn, &SignIn::discovered, this, [this](const DiscoveredServer &server) {
        Q_EMIT progress(tr("Finding the sign-in service of %1…").arg(server.baseUrl.host()));
        const QUrl origin = parseHomeserverAddress(m_homeserver);
        m_client->discover(server.baseUrl, origin, [this, server](const Result<OAuthServerMetadata> &meta) {
            if (!meta.ok()) {
                fail(meta.error().kind() == ApiError::Kind::Refused ? SignInError::Reason::NotMatrix
                                                                    : SignInError::Reason::Connection,
                     meta.error());
                return;
            }
            for (const QUrl &u : { meta->tokenEndpoint, meta->registrationEndpoint, meta->authorizationEndpoint }) {
                if (Transport::needsInsecureConfirmation(u) && !m_allowInsecure) {
                    fail(SignInError::Reason::InsecureTransport,
                         ApiError(ApiError::Kind::Refused,
                                  tr("The sign-in service %1 uses plain http:// to a host that is not this computer. "
                                     "Use https://, or confirm that you accept this for this profile.")
                                      .arg(u.toDisplayString())));
                    return;
                }
            }
            authorize(server, meta.value());
        });
    });
    m_signIn->discover(homeserver, allowInsecureHttp, pinnedSha256);
}

void OAuthSignIn::authorize(const DiscoveredServer &server, const OAuthServerMetadata &meta)
{
    QUrl redirect;
    if (m_flow == Flow::Browser) {
        const Result<QUrl> listening = m_client->listenOnLoopback();
        if (!listening.ok()) {
            fail(SignInError::Reason::Connection, listening.error());
            return;
        }
        redirect = listening.value();
    }
    Q_EMIT progress(tr("Registering Steward with %1…").arg(meta.issuer));
    m_client->registerClient(meta, redirect, [this, server, meta, redirect](const Result<QString> &client) {
        if (!client.ok()) {
            fail(SignInError::Reason::Connection, client.error());
            return;
        }
        const QString clientId = client.value();
        const QString scope = stewardOAuthScope(newOAuthDeviceId());
        auto granted = [this, server, meta, clientId](const Result<OAuthTokens> &tokens) {
            if (!tokens.ok()) {
                fail(tokens.error().kind() == ApiError::Kind::Refused ? SignInError::Reason::NotAdmin
                                                                      : SignInError::Reason::Connection,
                     tokens.error());
                return;
            }
            verify(server, meta, clientId, tokens.value());
        };
        if (m_flow == Flow::Browser) {
            Q_EMIT progress(tr("Waiting for the sign-in in the web browser…"));
            m_client->authorizeInBrowser(
                meta, clientId, redirect, scope, [this](const QUrl &url) { Q_EMIT openBrowser(url); }, granted);
            return;
        }
        m_client->startDeviceAuthorization(meta, clientId, scope,
                                           [this, meta, clientId, granted](const Result<DeviceAuthorization> &a) {
                                               if (!a.ok()) {
                                                   fail(SignInError::Reason::Connection, a.error());
                                                   return;
                                               }
                                               Q_EMIT deviceCodeReady(a.value());
                                               m_client->pollDeviceToken(meta, clientId, a.value(), granted);
                                           });
    });
}

void OAuthSignIn::verify(const DiscoveredServer &server, const OAuthServerMetadata &meta, const QString &clientId,
                         const OAuthTokens &tokens)
{
    OAuthCredentials credentials;
    credentials.clientId = clientId;
    credentials.tokenEndpoint = meta.tokenEndpoint;
    credentials.revocationEndpoint = meta.revocationEndpoint;
    credentials.refreshToken = tokens.refreshToken;
    credentials.expiresAt = tokens.expiresAt;
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->deleteLater();
    }
    m_signIn = new SignIn(m_nam, this);
    connect(m_signIn, &SignIn::progress, this, &OAuthSignIn::progress);
    connect(m_signIn, &SignIn::succeeded, this, [this, credentials](const SignInOutcome &o) {
        m_running = false;
        SignInOutcome out = o;
        out.oauth = credentials;
        out.tokenCreatedBySignIn = true;
        Q_EMIT succeeded(out);
    });
    connect(m_signIn, &SignIn::failed, this,
            [this, credentials, accessToken = tokens.accessToken](const SignInError &e) {
                // Nobody will use this grant: end the session at the authorization server before reporting.
                m_client->revoke(credentials, accessToken, [this, e](const ApiError &revokeError) {
                    qCDebug(lcProfiles) << "revoked the unused OAuth grant:" << revokeError.isOk();
                    m_running = false;
                    Q_EMIT failed(e);
                });
            });
    SignInRequest request;
    request.homeserver = server.baseUrl.toString();
    request.method = SignInRequest::Method::Token;
    request.token = tokens.accessToken;
    request.allowInsecureHttp = m_allowInsecure;
    request.pinnedCertificateSha256 = m_pin;
    m_signIn->start(request);
}

ApiService::TokenRefresher oauthTokenRefresher(QNetworkAccessManager *nam, CredentialStore *credentials,
                                               const Profile &profile)
{
    QPointer<CredentialStore> store(credentials);
    return [nam, store, profile](const QString &rejected, QObject *ctx,
                                 std::function<void(const Result<QString> &)> done) {
        if (!store) {
            done(ApiError(ApiError::Kind::Cancelled, QString()));
            return;
        }
        // force: the server rejected the token, whatever its recorded expiry says.
        refreshStoredOAuthToken(nam, store, profile, rejected, true, std::chrono::seconds(0), ctx, std::move(done));
    };
}

void refreshStoredOAuthToken(QNetworkAccessManager *nam, CredentialStore *credentials, const Profile &profile,
                             const QString &currentToken, bool force, std::chrono::seconds margin, QObject *ctx,
                             std::function<void(const Result<QString> &)> done)
{
    const QString key = OAuthCredentials::keychainKey(profile.name);
    credentials->readToken(key, ctx, [=](const CredentialResult &r) {
        const auto oauth = r.ok() ? OAuthCredentials::fromJson(r.token) : std::nullopt;
        if (!oauth || (!force && !oauth->expiresWithin(margin))) {
            done(currentToken); // not an OAuth sign-in, or the token is still good
            return;
        }
        auto *client = new OAuthClient(nam, ctx);
        client->setPinnedCertificateSha256(profile.pinnedCertificateSha256);
        client->refresh(*oauth, [=](const Result<OAuthTokens> &t) {
            client->deleteLater();
            if (!t.ok()) {
                done(ApiError(
                    ApiError::Kind::Refused,
                    OAuthSignIn::tr("the access token of profile \"%1\" expired and could not be refreshed (%2): sign "
                                    "in again")
                        .arg(profile.name, t.error().message())));
                return;
            }
            OAuthCredentials next = *oauth;
            next.expiresAt = t->expiresAt;
            if (!t->refreshToken.isEmpty()) {
                next.refreshToken = t->refreshToken;
            }
            const QString token = t->accessToken;
            auto stored = [=](const CredentialError &e) {
                if (!e.ok()) {
                    done(ApiError(ApiError::Kind::Refused,
                                  OAuthSignIn::tr(
                                      "the access token of profile \"%1\" was refreshed, but the keychain refused the "
                                      "new one: %2")
                                      .arg(profile.name, e.describe())));
                    return;
                }
                done(token);
            };
            credentials->writeToken(key, next.toJson(), ctx, [=](const CredentialError &e) {
                if (!e.ok()) {
                    stored(e);
                    return;
                }
                credentials->writeToken(profile.name, token, ctx, stored);
            });
        });
    });
}

} // namespace Steward
