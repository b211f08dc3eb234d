#pragma once

#include "apierror.h"
#include "credentialstore.h"
#include "profile.h"

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

    /// Only POST /logout for a token that was never stored (e.g. the keychain refused it).
    static void revokeToken(QNetworkAccessManager *nam, const Profile &profile, const QString &token, QObject *ctx,
                            std::function<void(ApiError)> done);

    /// knownToken: a token held elsewhere (session-only); otherwise it is read from the keychain.
    void start(const Profile &profile, Mode mode, bool localOnly = false, const QString &knownToken = QString());

Q_SIGNALS:
    void finished(const Steward::SignOutReport &report);

private:
    void revoke(const QString &token);
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
