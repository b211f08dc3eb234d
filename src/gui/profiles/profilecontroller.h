#pragma once

#include "profiles/profile.h"
#include "profiles/profiledialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace Steward {

class ApiError;
class CredentialStore;
class MainWindow;
class MemoryCredentialStore;
class ProfileDialog;
class ProfileStore;

/// Ties saved profiles to the main window: the toolbar profile combo, Server > Switch Profile, the
/// first-start dialog, reopening the last used profile, and "sign in again" when a token is rejected.
class ProfileController : public QObject
{
    Q_OBJECT
public:
    /// store/credentials: injected for tests; null means the user's settings and the OS keychain.
    explicit ProfileController(MainWindow *window, ProfileStore *store = nullptr,
                               CredentialStore *credentials = nullptr);
    ~ProfileController() override;

    /// At application start: reopen the last used profile, or show the dialog when there is none.
    void start();
    /// Connect to a saved profile (reads its token asynchronously).
    void connectProfile(const QString &name);
    ProfileDialog *showDialog();
    ProfileDialog *dialog() const { return m_dialog; }
    QString currentProfile() const { return m_current; }
    MemoryCredentialStore *sessionTokens() const { return m_sessionTokens; }

    /// Revoke every token kept for this session only (at quit); done runs when all have answered.
    void revokeSessionTokens(std::function<void()> done);

private:
    void open(const Profile &profile, const QString &token);
    void askToSignInAgain(const QString &name, const QString &reason);
    /// OAuth (MAS) profiles: refresh the current profile's access token when it expires within a
    /// minute (one the server rejects is refreshed by the session's ApiService: see open()).
    void refreshToken();
    void scheduleRefresh(const QString &name);
    void fillCombo();

    MainWindow *m_window;
    std::unique_ptr<ProfileStore> m_ownStore;
    ProfileStore *m_store;
    CredentialStore *m_credentials;
    MemoryCredentialStore *m_sessionTokens;
    QPointer<ProfileDialog> m_dialog;
    QString m_current;
    QTimer *m_refreshTimer;
};

} // namespace Steward
