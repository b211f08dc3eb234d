#pragma once

#include "profiles/masadminapi.h"
#include "users/userapi.h"
#include "users/usersafety.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace Steward {

class UserInfoView;

/// Everything the server knows about one user (in plain words: see UserInfoView) and the actions
/// on that user. Every action shows its result and re-reads the user; userChanged() lets the list
/// refresh its row.
class UserDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    UserDetailsPanel(ApiService *api, QWidget *parent = nullptr);

    /// Who is signed in (so demoting or deactivating yourself can be refused).
    void setCurrentUserIdProvider(std::function<QString()> provider);
    /// The device Steward is signed in with (it is never logged out from the devices list).
    void setCurrentDeviceIdProvider(std::function<QString()> provider);
    /// The server delegates to MAS: lock, deactivate, reactivate, admin and password go to MAS's
    /// admin API (access.adminApi), or are disabled saying why; MAS's state of the user is shown.
    void setMasAccess(const MasAdminApi::Access &access);
    /// Until setMasAccess(): whether the server delegates to MAS is not known yet (or could not be
    /// asked); the changes MAS would own are disabled, why saying so.
    void setMasPending(const QString &why);
    /// MAS's account of the shown user (under MAS with its admin API, once read; nullopt otherwise).
    const std::optional<MasUser> &masUser() const { return m_masUser; }
    /// Show a user (empty: nothing selected).
    void showUser(const QString &userId);
    QString userId() const { return m_userId; }
    /// The details as last loaded (valid once loaded).
    const UserDetails &details() const { return m_details; }
    bool isLoaded() const { return m_loaded; }
    QString resultText() const;
    UserInfoView *infoView() const { return m_info; }

    // The actions (each opens its dialog when one is needed).
    void editDisplayName();
    void setPassword();
    void toggleAdmin();
    void toggleLocked();
    void toggleShadowBan();
    void deactivate();
    void reactivate();

Q_SIGNALS:
    void userChanged(const Steward::UserSummary &user);
    /// The outcome of an action (shown by the view in its one outcome line); error: it failed.
    void outcome(const QString &text, bool error);
    /// A room was opened from the user's rooms list (the main window shows it in the Rooms view).
    void roomActivated(const QString &roomId);
    /// "Media…": show this user's uploads in the Media view.
    void mediaRequested(const QString &userId);

private:
    void reload();
    void render();
    void updateButtons();
    void showResult(const QString &text, bool error);
    /// Run a change and report: success text, then reload the user.
    void apply(const QString &what, const UserChanges &changes, const QString &doneText);
    void finishAction(bool ok, const QString &text);
    /// Asks first (ConfirmActionDialog), then runs go. name: the dialog's objectName.
    void confirmThen(const char *name, const QString &title, const QString &html, const QString &okText,
                     std::function<void()> go);
    /// UserSafety's refusal for this change of the shown user (empty: allowed). Uses the admins
    /// when known (last-admin rule).
    QString refusal(UserSafety::Change change) const;
    QString self() const { return m_currentUser ? m_currentUser() : QString(); }
    /// Under MAS: the change goes to MAS (true), or cannot be made (the buttons are disabled).
    bool underMas() const { return m_mas.delegated(); }
    void renderMas();
    /// Under MAS: why a MAS-owned change cannot be made now (empty: it can, or not under MAS).
    QString masBlocked() const;
    /// Shows masBlocked() as the outcome and returns true when the change cannot be made.
    bool refuseUnderMas();
    /// Run a MAS user action and report like apply().
    void applyInMas(const QString &what, const QString &doneText,
                    std::function<void(MasAdminApi *, const QString &, std::function<void(const ApiError &)>)> call);
    bool locked() const;
    bool deactivated() const;
    bool admin() const;
    QPushButton *button(const char *name, const QString &text, void (UserDetailsPanel::*slot)());

    ApiService *m_api;
    std::function<QString()> m_currentUser;
    std::function<QString()> m_currentDevice;
    QString m_userId;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_busy = false;
    UserDetails m_details;
    std::optional<QStringList> m_activeAdmins; ///< for the last-admin rule, read with each user
    MasAdminApi::Access m_mas;
    MasAdminApi *m_masApi = nullptr;
    std::optional<MasUser> m_masUser;
    QString m_masError; ///< reading the user in MAS failed (or MAS has no such user)
    QString m_masPending; ///< see setMasPending()

    QLabel *m_title;
    UserInfoView *m_info;
    QLabel *m_result;
    QLabel *m_masState;
    QPushButton *m_displayNameButton;
    QPushButton *m_passwordButton;
    QPushButton *m_adminButton;
    QPushButton *m_lockButton;
    QPushButton *m_shadowBanButton;
    QPushButton *m_deactivateButton;
    QPushButton *m_reactivateButton;
    QPushButton *m_mediaButton;
};

} // namespace Steward
