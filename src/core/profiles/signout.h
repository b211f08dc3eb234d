#pragma once

#include "apierror.h"
#include "profiles/credentialstore.h"
#include "profiles/oauthclient.h"
#include "profiles/profile.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Steward {

class ProfileStore;

/// What a sign-out or forget did and did not do.
struct SignOutReport
{
    Q_DECLARE_TR_FUNCTIONS(Steward::SignOutReport)

public:
    QString profileName;
    bool hadToken = false; ///< a token was found (keychain or given)
    bool revoked = false; ///< the server no longer accepts the token
    bool oauth = false; ///< an OAuth sign-in: access and refresh token were revoked at the authorization server
    bool tokenDeleted = false; ///< the keychain entry is gone
    bool profileRemoved = false;
    ApiError revokeError;
    CredentialError credentialError;

    bool ok() const;
    /// Sentences for a person, naming what was done and what was not.
    QString describe() const;
};

/// Sign out = revoke the token on the server (POST /logout) + delete the keychain entry.
/// Forget = the same + remove the profile's settings. When the server cannot be reached nothing is
/// deleted (the token would stay valid on the server), unless localOnly is set.
class SignOut : public QObject
{
    Q_OBJECT
public:
    enum class Mode { SignOut, Forget };

    SignOut(QNetworkAccessManager *nam, ProfileStore *store, CredentialStore *credentials, QObject *parent = nullptr);

    /// Only revokes, for a token that was never stored or is held elsewhere (session-only): with oauth
    /// (an OAuth sign-in: MAS) the access and refresh token at the authorization server (RFC 7009),
    /// else POST /logout at the homeserver.
    static void revokeToken(QNetworkAccessManager *nam, const Profile &profile, const QString &token, QObject *ctx,
                            std::function<void(ApiError)> done,
                            const std::optional<OAuthCredentials> &oauth = std::nullopt);

    /// knownToken, knownOAuth: a token (and OAuth credentials) held elsewhere (session-only);
    /// otherwise they are read from the keychain.
    void start(const Profile &profile, Mode mode, bool localOnly = false, const QString &knownToken = QString(),
               const std::optional<OAuthCredentials> &knownOAuth = std::nullopt);

Q_SIGNALS:
    void finished(const Steward::SignOutReport &report);

private:
    void revoke(const QString &token, const std::optional<OAuthCredentials> &knownOAuth);
    void removeLocal();
    void done();

    QNetworkAccessManager *m_nam;
    ProfileStore *m_store;
    CredentialStore *m_credentials;
    Profile m_profile;
    Mode m_mode = Mode::SignOut;
    bool m_localOnly = false;
    bool m_oauthEntryDeleted = false; ///< the OAuth keychain entry (MAS sign-in) is gone or never was
    SignOutReport m_report;
};

} // namespace Steward

Q_DECLARE_METATYPE(Steward::SignOutReport)
