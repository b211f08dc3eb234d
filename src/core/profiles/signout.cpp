#include "profiles/signout.h"

#include "apiservice.h"
#include "profiles/authapi.h"
#include "profiles/oauthclient.h"
#include "profiles/profilestore.h"
#include "stewardlogging_profiles.h"

#include <QCoreApplication>

namespace Steward {

bool SignOutReport::ok() const
{
    return revokeError.isOk() && credentialError.ok();
}

QString SignOutReport::describe() const
{
    QStringList parts;
    if (!hadToken && credentialError.ok()) {
        parts << tr("No token was stored for profile \"%1\", so there was nothing to revoke.").arg(profileName);
    } else if (revoked && oauth) {
        parts << tr("The sign-in of profile \"%1\" (its access and refresh token) was revoked at the authorization "
                    "server.")
                     .arg(profileName);
    } else if (revoked) {
        parts << tr("The access token of profile \"%1\" was revoked on the server.").arg(profileName);
    } else if (!revokeError.isOk()) {
        parts << tr("The access token of profile \"%1\" could NOT be revoked: %2")
                     .arg(profileName, revokeError.describe());
    }
    if (!credentialError.ok()) {
        parts << credentialError.describe();
    }
    parts << (tokenDeleted ? tr("The keychain entry was deleted.") : tr("The keychain entry was NOT deleted."));
    if (profileRemoved) {
        parts << tr("The profile was removed.");
    }
    return parts.join(u' ');
}

SignOut::SignOut(QNetworkAccessManager *nam, ProfileStore *store, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_store(store)
    , m_credentials(credentials)
{
    qRegisterMetaType<SignOutReport>();
}

void SignOut::start(const Profile &profile, Mode mode, bool localOnly, const QString &knownToken,
                    const std::optional<OAuthCredentials> &knownOAuth)
{
    m_profile = profile;
    m_mode = mode;
    m_localOnly = localOnly;
    m_report = SignOutReport();
    m_report.profileName = profile.name;
    m_oauthEntryDeleted = false;
    if (!knownToken.isEmpty()) {
        revoke(knownToken, knownOAuth);
        return;
    }
    m_credentials->readToken(profile.name, this, [this](const CredentialResult &r) {
        if (r.ok()) {
            revoke(r.token, std::nullopt);
        } else if (r.error.code == CredentialError::Code::NotFound) {
            removeLocal();
        } else if (m_localOnly) {
            m_report.credentialError = r.error;
            removeLocal();
        } else {
            m_report.credentialError = r.error;
            done();
        }
    });
}

void SignOut::revokeToken(QNetworkAccessManager *nam, const Profile &profile, const QString &token, QObject *ctx,
                          std::function<void(ApiError)> done, const std::optional<OAuthCredentials> &oauth)
{
    if (oauth) {
        // An OAuth sign-in (MAS) is revoked at the authorization server: a server delegating to MAS
        // has no /logout of its own.
        auto *client = new OAuthClient(nam, ctx);
        client->setPinnedCertificateSha256(profile.pinnedCertificateSha256);
        client->revoke(*oauth, token, [client, done = std::move(done)](const ApiError &error) {
            client->deleteLater();
            done(error);
        });
        return;
    }
    auto *api = new ApiService(nam, ctx);
    api->setBaseUrl(profile.baseUrl);
    api->setAccessToken(token);
    api->setPinnedCertificateSha256(profile.pinnedCertificateSha256);
    api->setTransferTimeout(std::chrono::seconds(30));
    AuthApi::logout(api, ctx, [api, done = std::move(done)](const Result<bool> &r) {
        api->deleteLater();
        // A token the server no longer knows is as revoked as it gets.
        done(r.ok() || r.error().isAuthenticationFailure() ? ApiError() : r.error());
    });
}

void SignOut::revoke(const QString &token, const std::optional<OAuthCredentials> &knownOAuth)
{
    m_report.hadToken = true;
    if (m_localOnly) {
        removeLocal();
        return;
    }
    auto revokeWith = [this, token](const std::optional<OAuthCredentials> &oauth) {
        m_report.oauth = oauth.has_value();
        revokeToken(
            m_nam, m_profile, token, this,
            [this](const ApiError &error) {
                if (error.isOk()) {
                    m_report.revoked = true;
                    removeLocal();
                    return;
                }
                m_report.revokeError = error;
                done();
            },
            oauth);
    };
    if (knownOAuth) {
        revokeWith(knownOAuth);
        return;
    }
    m_credentials->readToken(OAuthCredentials::keychainKey(m_profile.name), this,
                             [revokeWith](const CredentialResult &r) {
                                 revokeWith(r.ok() ? OAuthCredentials::fromJson(r.token) : std::nullopt);
                             });
}

void SignOut::removeLocal()
{
    if (!m_oauthEntryDeleted) { // first the OAuth entry (refresh token), if any: it must not outlive the token
        m_oauthEntryDeleted = true;
        m_credentials->deleteToken(OAuthCredentials::keychainKey(m_profile.name), this,
                                   [this](const CredentialError &e) {
                                       if (!e.ok() && !m_localOnly) {
                                           m_report.credentialError = e;
                                           done();
                                           return;
                                       }
                                       removeLocal();
                                   });
        return;
    }
    m_credentials->deleteToken(m_profile.name, this, [this](const CredentialError &e) {
        if (!e.ok()) {
            m_report.credentialError = e;
            if (!m_localOnly) {
                done();
                return;
            }
        } else {
            m_report.tokenDeleted = true;
        }
        if (m_mode == Mode::Forget) {
            m_store->remove(m_profile.name);
            m_report.profileRemoved = true;
        }
        done();
    });
}

void SignOut::done()
{
    qCDebug(lcProfiles) << "sign-out of profile" << m_profile.name << "revoked" << m_report.revoked << "deleted"
                        << m_report.tokenDeleted << "removed" << m_report.profileRemoved;
    Q_EMIT finished(m_report);
}

} // namespace Steward
