#pragma once

#include "profiles/profile.h"
#include "profiles/signin.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QPushButton;

namespace Ui {
class ProfileDialog;
}

namespace Steward {

class CredentialStore;
class MemoryCredentialStore;
class ProfileStore;
class SignOut;
class OAuthSignIn;

/// Saved profiles (connect, sign out, forget) and the sign-in form. Everything runs asynchronously:
/// open it with open()/show(), never exec() inside a flow.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    /// sessionTokens: tokens kept for this session only (no keychain); also consulted on sign-out.
    ProfileDialog(ProfileStore *store, CredentialStore *credentials, MemoryCredentialStore *sessionTokens,
                  QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    /// Prefill the form to sign in again to an existing profile, with an explanation on top.
    void signInAgain(const QString &profileName, const QString &reason);
    void reloadProfiles();

Q_SIGNALS:
    /// The user wants to connect to a saved profile (the token is read by whoever listens).
    void connectRequested(const QString &profileName);
    /// A sign-in succeeded and the profile is saved; token: the fresh token (never stored here).
    void signedIn(const Steward::Profile &profile, const QString &token);
    /// The profile was signed out or forgotten (the main window disconnects if it was in use).
    void signedOut(const QString &profileName, bool forgotten);

private:
    void updateMethod();
    void updateButtons();
    void checkServer();
    void startSignIn();
    void startBrowserSignIn();
    void onSignInFailed(const SignInError &error);
    void onSignedIn(const SignInOutcome &outcome);
    void finishSignIn(bool sessionOnly);
    void saveToKeychain();
    static QString sessionOnlyExplanation();
    void signOutSelected(bool forget);
    Profile profileFromForm() const;
    QString selectedProfile() const;
    void setStatus(const QString &text, bool error = false);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    ProfileStore *m_store;
    CredentialStore *m_credentials;
    MemoryCredentialStore *m_sessionTokens;
    QNetworkAccessManager *m_nam;
    SignIn *m_signIn;
    OAuthSignIn *m_oauth;
    QPushButton *m_browserSignInButton;
    bool m_oauthRunning = false;
    QPointer<SignOut> m_signOut;
    QByteArray m_offeredPin; ///< fingerprint shown in the certificate box
    std::optional<SignInOutcome> m_pending; ///< signed in, waiting for "session only"
};

} // namespace Steward
