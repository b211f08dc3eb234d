#include "profiles/signin.h"

#include "matrixid.h"
#include "profiles/profile.h"
#include "stewardlogging_profiles.h"

#include <QCoreApplication>
#include <QHostInfo>

namespace Steward {

QString SignInError::describe() const
{
    switch (reason) {
    case Reason::InsecureTransport:
        return tr("%1 uses plain http:// to a host that is not this computer: the access token would travel "
                  "unencrypted. Use https://, or confirm that you accept this for this profile.")
            .arg(url.toDisplayString());
    case Reason::Tls:
        return tr("The certificate of %1 is not trusted (%2). SHA-256 fingerprint: %3. Check the fingerprint with "
                  "the server's administrator; if it matches, you may trust exactly this certificate for this "
                  "profile.")
            .arg(url.host(), error.message(), error.peerCertificateFingerprint());
    case Reason::InvalidAddress:
    case Reason::NotMatrix:
    case Reason::WrongCredentials:
    case Reason::InvalidToken:
    case Reason::DelegatedAuth:
    case Reason::NotAdmin:
        return error.kind() == ApiError::Kind::Refused ? error.message() : error.describe();
    case Reason::Connection:
    case Reason::Cancelled:
        break;
    }
    return error.describe();
}

SignIn::SignIn(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    qRegisterMetaType<SignInError>();
    qRegisterMetaType<DiscoveredServer>();
    qRegisterMetaType<SignInOutcome>();
}

SignIn::~SignIn() = default;

QString SignIn::defaultDeviceDisplayName()
{
    return tr("Steward on %1").arg(QHostInfo::localHostName());
}

void SignIn::beginRun()
{
    if (m_run) {
        m_run->deleteLater();
    }
    m_run = new QObject(this);
    m_running = true;
}

void SignIn::endRun()
{
    m_running = false;
    if (m_run) {
        m_run->deleteLater(); // we may be inside one of its replies' handlers
        m_run = nullptr;
    }
}

void SignIn::cancel()
{
    if (!m_running) {
        return;
    }
    endRun();
    fail(SignInError::Reason::Cancelled, ApiError::cancelled());
}

ApiService *SignIn::newService(const QUrl &baseUrl, const QString &token)
{
    auto *api = new ApiService(m_nam, m_run);
    api->setBaseUrl(baseUrl);
    api->setAccessToken(token);
    api->setPinnedCertificateSha256(m_request.pinnedCertificateSha256);
    api->setTransferTimeout(std::chrono::seconds(30));
    return api;
}

bool SignIn::transportAllowed(const QUrl &url)
{
    if (Transport::needsInsecureConfirmation(url) && !m_request.allowInsecureHttp) {
        fail(SignInError::Reason::InsecureTransport, ApiError(ApiError::Kind::Refused, QString()), url);
        return false;
    }
    return true;
}

void SignIn::fail(SignInError::Reason reason, const ApiError &error, const QUrl &url)
{
    endRun();
    SignInError e { reason, error, url };
    if (reason == SignInError::Reason::InsecureTransport) {
        e.error = ApiError(ApiError::Kind::Refused, e.describe());
    }
    qCDebug(lcProfiles) << "sign-in failed, reason" << int(reason) << error.errcode();
    Q_EMIT failed(e);
}

void SignIn::failWith(const ApiError &error, const QUrl &url)
{
    if (error.kind() == ApiError::Kind::Tls) {
        fail(SignInError::Reason::Tls, error, url);
    } else if (error.kind() == ApiError::Kind::Cancelled) {
        fail(SignInError::Reason::Cancelled, error, url);
    } else {
        fail(SignInError::Reason::Connection, error, url);
    }
}

void SignIn::discover(const QString &homeserver, bool allowInsecureHttp, const QByteArray &pinnedSha256)
{
    m_request = SignInRequest();
    m_request.homeserver = homeserver;
    m_request.allowInsecureHttp = allowInsecureHttp;
    m_request.pinnedCertificateSha256 = pinnedSha256;
    beginRun();
    runDiscovery(homeserver, [this](const DiscoveredServer &server) {
        endRun();
        Q_EMIT discovered(server);
    });
}

void SignIn::start(const SignInRequest &request)
{
    m_request = request;
    if (m_request.deviceDisplayName.isEmpty()) {
        m_request.deviceDisplayName = defaultDeviceDisplayName();
    }
    m_outcome = SignInOutcome();
    beginRun();
    runDiscovery(request.homeserver, [this](const DiscoveredServer &server) { authenticate(server); });
}

void SignIn::runDiscovery(const QString &homeserver, std::function<void(const DiscoveredServer &)> next)
{
    const QUrl address = parseHomeserverAddress(homeserver);
    if (!address.isValid()) {
        fail(SignInError::Reason::InvalidAddress,
             ApiError(ApiError::Kind::Refused,
                      tr("\"%1\" is not a server name or homeserver URL: enter e.g. example.org or "
                         "https://matrix.example.org.")
                          .arg(homeserver.trimmed())));
        return;
    }
    if (!transportAllowed(address)) {
        return;
    }
    if (!address.path().isEmpty()) {
        // A URL with a path is a base URL already (e.g. https://host/matrix): no delegation lookup.
        checkBaseUrl(address, false, std::move(next));
        return;
    }
    Q_EMIT progress(tr("Looking up %1…").arg(address.host()));
    ApiService *origin = newService(address);
    AuthApi::wellKnown(origin, m_run, [this, address, next = std::move(next)](const Result<QUrl> &r) {
        if (!r.ok() && r.error().kind() == ApiError::Kind::Tls) {
            failWith(r.error(), address);
            return;
        }
        // Unreachable or no delegation: the address itself may still be the homeserver.
        const bool delegated = r.ok() && r.value().isValid();
        checkBaseUrl(delegated ? r.value() : address, delegated, next);
    });
}

void SignIn::checkBaseUrl(const QUrl &baseUrl, bool viaWellKnown, std::function<void(const DiscoveredServer &)> next)
{
    if (!transportAllowed(baseUrl)) {
        return;
    }
    Q_EMIT progress(tr("Checking %1…").arg(baseUrl.toDisplayString()));
    ApiService *api = newService(baseUrl);
    ServerApi::clientVersions(api, m_run, [this, api, baseUrl, viaWellKnown, next](const Result<ClientVersions> &r) {
        if (!r.ok()) {
            if (r.error().kind() == ApiError::Kind::Http || r.error().kind() == ApiError::Kind::InvalidResponse) {
                fail(SignInError::Reason::NotMatrix,
                     ApiError(ApiError::Kind::Refused,
                              tr("%1 does not answer like a Matrix homeserver (%2). Check the address: enter the "
                                 "server name (example.org) or the homeserver's base URL.")
                                  .arg(baseUrl.toDisplayString(), r.error().describe())),
                     baseUrl);
            } else {
                failWith(r.error(), baseUrl);
            }
            return;
        }
        auto server = std::make_shared<DiscoveredServer>();
        server->baseUrl = baseUrl;
        server->viaWellKnown = viaWellKnown;
        server->clientVersions = r.value();
        ServerApi::serverVersion(api, m_run, [this, api, server, next](const Result<QString> &v) {
            server->serverVersion = v.ok() ? v.value() : QString();
            AuthApi::usesDelegatedAuth(api, m_run, [this, server, next](const Result<bool> &mas) {
                if (!mas.ok()) {
                    failWith(mas.error(), server->baseUrl);
                    return;
                }
                server->delegatedAuth = mas.value();
                next(*server);
            });
        });
    });
}

void SignIn::authenticate(const DiscoveredServer &server)
{
    m_outcome.server = server;
    if (m_request.method == SignInRequest::Method::Token) {
        const QString token = m_request.token.trimmed();
        if (token.isEmpty()) {
            fail(SignInError::Reason::InvalidToken,
                 ApiError(ApiError::Kind::Refused, tr("The access token is empty: paste an admin's access token.")));
            return;
        }
        verifyToken(token);
        return;
    }
    if (server.delegatedAuth) {
        fail(SignInError::Reason::DelegatedAuth,
             ApiError(ApiError::Kind::Refused,
                      tr("%1 delegates sign-in to Matrix Authentication Service (MAS). Tokens from a password "
                         "login there never carry server-admin rights. Ask for an admin-scoped token (OAuth scope "
                         "urn:synapse:admin:*), e.g. with: mas-cli manage issue-compatibility-token <user> "
                         "--yes-i-want-to-grant-synapse-admin-privileges, then sign in with that token.")
                          .arg(server.baseUrl.host())));
        return;
    }
    if (m_request.user.trimmed().isEmpty() || m_request.password.isEmpty()) {
        fail(SignInError::Reason::WrongCredentials,
             ApiError(ApiError::Kind::Refused, tr("Enter both the user name and the password.")));
        return;
    }
    Q_EMIT progress(tr("Signing in as %1…").arg(m_request.user.trimmed()));
    ApiService *api = newService(server.baseUrl);
    AuthApi::loginWithPassword(
        api, m_request.user.trimmed(), m_request.password, m_request.deviceDisplayName, m_run,
        [this](const Result<LoginResult> &r) {
            if (!r.ok()) {
                if (r.error().httpStatus() == 403 || r.error().httpStatus() == 401) {
                    fail(SignInError::Reason::WrongCredentials,
                         ApiError(ApiError::Kind::Refused,
                                  tr("The server refused the user name or password (%1). Check both and try again.")
                                      .arg(r.error().message())));
                } else {
                    failWith(r.error(), m_outcome.server.baseUrl);
                }
                return;
            }
            m_outcome.tokenCreatedBySignIn = true;
            verifyToken(r->accessToken);
        });
}

void SignIn::verifyToken(const QString &token)
{
    m_outcome.accessToken = token;
    Q_EMIT progress(tr("Checking the account…"));
    ApiService *api = newService(m_outcome.server.baseUrl, token);
    ServerApi::whoAmI(api, m_run, [this, api](const Result<WhoAmI> &w) {
        if (!w.ok()) {
            if (w.error().isAuthenticationFailure()) {
                fail(SignInError::Reason::InvalidToken,
                     ApiError(ApiError::Kind::Refused,
                              tr("The server does not know this access token (%1): it may have been revoked or "
                                 "mistyped.")
                                  .arg(w.error().message())));
            } else {
                failWith(w.error(), m_outcome.server.baseUrl);
            }
            return;
        }
        m_outcome.whoAmI = w.value();
        m_outcome.serverName = MatrixId::serverName(w->userId);
        ServerApi::isServerAdmin(api, w->userId, m_run, [this, api](const Result<bool> &admin) {
            if (!admin.ok()) {
                failWith(admin.error(), m_outcome.server.baseUrl);
                return;
            }
            if (admin.value()) {
                endRun();
                qCDebug(lcProfiles) << "signed in as" << m_outcome.whoAmI.userId;
                Q_EMIT succeeded(m_outcome);
                return;
            }
            QString why = ServerProbe::notAdminError(m_outcome.whoAmI.userId).message();
            if (m_outcome.server.delegatedAuth) {
                why += u' '
                    + tr("This server uses Matrix Authentication Service: the token needs the scope "
                         "urn:synapse:admin:* (mas-cli manage issue-compatibility-token <user> "
                         "--yes-i-want-to-grant-synapse-admin-privileges).");
            }
            why += u' ' + tr("Nothing was saved.");
            const ApiError notAdmin(ApiError::Kind::Refused, why);
            if (!m_outcome.tokenCreatedBySignIn) {
                fail(SignInError::Reason::NotAdmin, notAdmin);
                return;
            }
            // The login created a device and token that nobody will use: revoke it before reporting.
            AuthApi::logout(api, m_run,
                            [this, notAdmin](const Result<bool> &) { fail(SignInError::Reason::NotAdmin, notAdmin); });
        });
    });
}

} // namespace Steward
