#include "userdetailspanel.h"

#include "useractiondialogs.h"
#include "userinfoview.h"
#include "usersafety.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Steward {

UserDetailsPanel::UserDetailsPanel(ApiService *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    setObjectName(QStringLiteral("userDetailsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("userDetailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);

    auto *grid = new QGridLayout;
    m_displayNameButton = button("editDisplayNameButton", tr("Display &Name…"), &UserDetailsPanel::editDisplayName);
    m_passwordButton = button("setPasswordButton", tr("Set &Password…"), &UserDetailsPanel::setPassword);
    m_adminButton = button("toggleAdminButton", tr("Make &Admin"), &UserDetailsPanel::toggleAdmin);
    m_lockButton = button("toggleLockButton", tr("&Lock"), &UserDetailsPanel::toggleLocked);
    m_shadowBanButton = button("toggleShadowBanButton", tr("S&hadow-Ban"), &UserDetailsPanel::toggleShadowBan);
    m_deactivateButton = button("deactivateButton", tr("&Deactivate…"), &UserDetailsPanel::deactivate);
    m_reactivateButton = button("reactivateButton", tr("&Reactivate…"), &UserDetailsPanel::reactivate);
    m_mediaButton = new QPushButton(tr("&Media…"), this);
    m_mediaButton->setObjectName(QStringLiteral("userMediaButton"));
    m_mediaButton->setAccessibleName(tr("Media"));
    m_mediaButton->setToolTip(tr("The files this user uploaded, in the Media view"));
    connect(m_mediaButton, &QPushButton::clicked, this, [this]() { Q_EMIT mediaRequested(m_userId); });
    const QList<QPushButton *> buttons { m_displayNameButton, m_passwordButton,   m_adminButton,      m_lockButton,
                                         m_shadowBanButton,   m_deactivateButton, m_reactivateButton, m_mediaButton };
    for (int i = 0; i < buttons.size(); ++i) {
        grid->addWidget(buttons.at(i), i / 4, i % 4);
    }
    layout->addLayout(grid);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("userActionResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false); // outcomes go to the view's one outcome line (outcome())
    layout->addWidget(m_result);

    m_info = new UserInfoView(api, this);
    layout->addWidget(m_info, 1);
    connect(m_info, &UserInfoView::roomActivated, this, &UserDetailsPanel::roomActivated);
    showUser(QString());
}

void UserDetailsPanel::setCurrentUserIdProvider(std::function<QString()> provider)
{
    m_currentUser = std::move(provider);
    m_info->setOwnSession(m_currentUser, m_currentDevice);
}

void UserDetailsPanel::setCurrentDeviceIdProvider(std::function<QString()> provider)
{
    m_currentDevice = std::move(provider);
    m_info->setOwnSession(m_currentUser, m_currentDevice);
}

QPushButton *UserDetailsPanel::button(const char *name, const QString &text, void (UserDetailsPanel::*slot)())
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    connect(b, &QPushButton::clicked, this, slot);
    return b;
}

QString UserDetailsPanel::resultText() const
{
    return m_result->text();
}

void UserDetailsPanel::showUser(const QString &userId)
{
    if (userId != m_userId) {
        m_result->clear();
    }
    m_userId = userId;
    reload();
}

void UserDetailsPanel::reload()
{
    ++m_generation;
    m_loaded = false;
    if (m_userId.isEmpty()) {
        m_title->setText(tr("No user selected"));
        m_info->clear(tr("Select a user in the list to see everything the server knows about them."));
        updateButtons();
        return;
    }
    m_title->setText(m_userId);
    updateButtons();
    const quint64 gen = m_generation;
    m_info->load(m_userId);
    UserApi::queryUser(m_api, m_userId, this, [this, gen](const Result<UserDetails> &r) {
        if (gen != m_generation) {
            return;
        }
        if (r.ok()) {
            m_details = r.value();
            m_loaded = true;
            render();
        } else {
            m_info->showDetailsError(tr("The account could not be loaded: %1").arg(r.error().describe()));
            updateButtons();
        }
    });
}

void UserDetailsPanel::render()
{
    const UserSummary &u = m_details.summary;
    m_title->setText(u.displayName.isEmpty() ? u.userId : tr("%1 — %2").arg(u.displayName, u.userId));
    m_info->showDetails(m_details);
    updateButtons();
    Q_EMIT userChanged(m_details.summary);
}

void UserDetailsPanel::updateButtons()
{
    const bool ready = m_loaded && !m_busy;
    const UserSummary &u = m_details.summary;
    for (QPushButton *b : { m_displayNameButton, m_passwordButton, m_adminButton, m_lockButton, m_shadowBanButton,
                            m_deactivateButton, m_reactivateButton }) {
        b->setEnabled(ready);
        b->setToolTip(QString());
    }
    m_mediaButton->setEnabled(!m_userId.isEmpty());
    if (!ready) {
        return;
    }
    m_adminButton->setText(u.admin ? tr("Revoke &Admin…") : tr("Make &Admin…"));
    m_lockButton->setText(u.locked ? tr("Un&lock…") : tr("&Lock…"));
    m_shadowBanButton->setText(u.shadowBanned ? tr("Lift S&hadow-Ban…") : tr("S&hadow-Ban…"));
    m_deactivateButton->setVisible(!u.deactivated);
    m_reactivateButton->setVisible(u.deactivated);
    m_displayNameButton->setEnabled(!u.deactivated);
    m_passwordButton->setEnabled(!u.deactivated);
    // The one safety rule (UserSafety): disabled, and the tooltip says why.
    const QList<QPair<QPushButton *, std::optional<UserSafety::Change>>> guarded {
        { m_adminButton, u.admin ? std::optional(UserSafety::Change::RevokeAdmin) : std::nullopt },
        { m_lockButton, u.locked ? std::nullopt : std::optional(UserSafety::Change::Lock) },
        { m_shadowBanButton, u.shadowBanned ? std::nullopt : std::optional(UserSafety::Change::ShadowBan) },
        { m_deactivateButton, std::optional(UserSafety::Change::Deactivate) },
    };
    for (const auto &[b, change] : guarded) {
        if (const QString why = change ? refusal(*change) : QString(); !why.isEmpty()) {
            b->setEnabled(false);
            b->setToolTip(why);
        }
    }
    if (u.admin && !m_activeAdmins && u.userId != self()) {
        // Who the admins are decides the last-admin rule: ask once, then decide again.
        const QString id = m_userId;
        UserApi::activeAdmins(m_api, this, [this, id](const Result<QStringList> &admins) {
            if (admins.ok() && id == m_userId) {
                m_activeAdmins = admins.value();
                updateButtons();
            }
        });
    }
}

QString UserDetailsPanel::refusal(UserSafety::Change change) const
{
    return UserSafety::refusal(change, m_userId, { self(), m_activeAdmins });
}

void UserDetailsPanel::showResult(const QString &text, bool error)
{
    m_result->setStyleSheet(error ? QStringLiteral("color:#b00020") : QString());
    m_result->setText(text);
    Q_EMIT outcome(text, error);
}

void UserDetailsPanel::finishAction(bool ok, const QString &text)
{
    m_busy = false;
    m_activeAdmins.reset(); // admins may have changed
    showResult(text, !ok);
    reload(); // re-read the user: the details and the list row show what the server has now
}

void UserDetailsPanel::confirmThen(const char *name, const QString &title, const QString &html, const QString &okText,
                                   std::function<void()> go)
{
    auto *dialog = new ConfirmActionDialog(QLatin1String(name), title, html, okText, this);
    const QString id = m_userId;
    connect(dialog, &QDialog::accepted, this, [this, id, go = std::move(go)]() {
        if (id == m_userId) { // still the same user
            go();
        }
    });
    connect(dialog, &QDialog::rejected, this, [this]() { showResult(tr("Cancelled: nothing was changed."), false); });
    dialog->open();
}

void UserDetailsPanel::apply(const QString &what, const UserChanges &changes, const QString &doneText)
{
    m_busy = true;
    updateButtons();
    showResult(tr("%1…").arg(what), false);
    const QString id = m_userId;
    UserApi::putUser(m_api, id, changes, this, [this, what, doneText](const Result<bool> &r) {
        finishAction(r.ok(), r.ok() ? doneText : tr("%1 failed: %2").arg(what, r.error().describe()));
    });
}

void UserDetailsPanel::editDisplayName()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("displayNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Display Name"));
    dialog->setLabelText(tr("Display name of %1:").arg(m_userId));
    dialog->setTextValue(m_details.summary.displayName);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        UserChanges c;
        c.displayName = name;
        apply(tr("Changing the display name"), c, tr("Display name changed to \"%1\".").arg(name));
    });
    dialog->open();
}

void UserDetailsPanel::setPassword()
{
    auto *dialog = new PasswordDialog(PasswordDialog::Mode::SetPassword, m_userId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        UserChanges c;
        c.password = dialog->password();
        c.logoutDevices = dialog->logoutDevices();
        apply(tr("Setting the password"), c,
              c.logoutDevices ? tr("Password set; all devices were logged out.")
                              : tr("Password set; devices stay logged in."));
    });
    dialog->open();
}

void UserDetailsPanel::toggleAdmin()
{
    const bool grant = !m_details.summary.admin;
    if (const QString why = grant ? QString() : refusal(UserSafety::Change::RevokeAdmin); !why.isEmpty()) {
        showResult(why, true);
        return;
    }
    const QString id = m_userId.toHtmlEscaped();
    confirmThen(grant ? "makeAdminConfirmDialog" : "revokeAdminConfirmDialog",
                grant ? tr("Make Server Administrator") : tr("Revoke Server Administrator"),
                grant ? tr("<p>Make <b>%1</b> a server administrator?</p><p>They can then change every user and "
                           "room of this server, including you, through the admin API.</p>")
                            .arg(id)
                      : tr("<p>Revoke the server administrator rights of <b>%1</b>?</p><p>They keep their account "
                           "but can no longer use the admin API.</p>")
                            .arg(id),
                grant ? tr("Make Admin") : tr("Revoke Admin"), [this, grant]() {
                    UserChanges c;
                    c.admin = grant;
                    apply(grant ? tr("Granting admin rights") : tr("Revoking admin rights"), c,
                          grant ? tr("%1 is now a server administrator.").arg(m_userId)
                                : tr("%1 is no longer a server administrator.").arg(m_userId));
                });
}

void UserDetailsPanel::toggleLocked()
{
    const bool lock = !m_details.summary.locked;
    if (const QString why = lock ? refusal(UserSafety::Change::Lock) : QString(); !why.isEmpty()) {
        showResult(why, true);
        return;
    }
    const QString id = m_userId.toHtmlEscaped();
    confirmThen(lock ? "lockConfirmDialog" : "unlockConfirmDialog", lock ? tr("Lock User") : tr("Unlock User"),
                lock ? tr("<p>Lock <b>%1</b>?</p><p>Every request of theirs is refused until the account is "
                          "unlocked; nothing else about the account changes.</p>")
                           .arg(id)
                     : tr("<p>Unlock <b>%1</b>?</p><p>They can use their account again.</p>").arg(id),
                lock ? tr("Lock") : tr("Unlock"), [this, lock]() {
                    UserChanges c;
                    c.locked = lock;
                    apply(lock ? tr("Locking") : tr("Unlocking"), c,
                          lock ? tr("%1 is locked: they cannot use their account until unlocked.").arg(m_userId)
                               : tr("%1 is unlocked.").arg(m_userId));
                });
}

void UserDetailsPanel::toggleShadowBan()
{
    const bool ban = !m_details.summary.shadowBanned;
    if (const QString why = ban ? refusal(UserSafety::Change::ShadowBan) : QString(); !why.isEmpty()) {
        showResult(why, true);
        return;
    }
    const QString id = m_userId.toHtmlEscaped();
    confirmThen(ban ? "shadowBanConfirmDialog" : "liftShadowBanConfirmDialog",
                ban ? tr("Shadow-Ban User") : tr("Lift Shadow-Ban"),
                ban ? tr("<p>Shadow-ban <b>%1</b>?</p><p>Their messages, invites and room creations silently "
                         "reach nobody; they are not told.</p>")
                          .arg(id)
                    : tr("<p>Lift the shadow-ban of <b>%1</b>?</p><p>What they send from now on reaches others "
                         "again.</p>")
                          .arg(id),
                ban ? tr("Shadow-Ban") : tr("Lift Shadow-Ban"), [this, ban]() {
                    m_busy = true;
                    updateButtons();
                    UserApi::setShadowBanned(m_api, m_userId, ban, this, [this, ban](const Result<bool> &r) {
                        finishAction(r.ok(),
                                     r.ok() ? (ban ? tr("%1 is shadow-banned.").arg(m_userId)
                                                   : tr("The shadow-ban of %1 is lifted.").arg(m_userId))
                                            : tr("Changing the shadow-ban failed: %1").arg(r.error().describe()));
                    });
                });
}

void UserDetailsPanel::deactivate()
{
    if (const QString why = refusal(UserSafety::Change::Deactivate); !why.isEmpty()) {
        showResult(why, true);
        return;
    }
    auto *dialog = new DeactivateDialog(m_userId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_userId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id]() {
        const bool erase = dialog->erase();
        m_busy = true;
        updateButtons();
        showResult(tr("Deactivating %1…").arg(id), false);
        UserApi::deactivate(m_api, id, erase, this, [this, id, erase](const Result<bool> &r) {
            finishAction(r.ok(),
                         r.ok()
                             ? (erase ? tr("%1 is deactivated and erased.").arg(id) : tr("%1 is deactivated.").arg(id))
                             : tr("Deactivating %1 failed: %2").arg(id, r.error().describe()));
        });
    });
    dialog->open();
}

void UserDetailsPanel::reactivate()
{
    auto *dialog = new PasswordDialog(PasswordDialog::Mode::Reactivate, m_userId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        UserChanges c;
        c.deactivated = false;
        c.password = dialog->password();
        apply(tr("Reactivating"), c, tr("%1 is active again.").arg(m_userId));
    });
    dialog->open();
}

} // namespace Steward
