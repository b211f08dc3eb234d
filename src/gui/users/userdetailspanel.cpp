#include "users/userdetailspanel.h"

#include "matrixid.h"
#include "users/useractiondialogs.h"
#include "users/userinfoview.h"
#include "users/usersafety.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Steward {

namespace {
/// A MAS user action's answer as the plain outcome applyInMas() reports.
std::function<void(const Result<MasUser> &)> outcomeOf(std::function<void(const ApiError &)> done)
{
    return [done = std::move(done)](const Result<MasUser> &r) {
        done(r.ok() ? ApiError() : r.error());
    };
}
} // namespace

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

    m_masState = new QLabel(this);
    m_masState->setObjectName(QStringLiteral("masStateLabel"));
    m_masState->setWordWrap(true);
    m_masState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_masState->hide();
    layout->addWidget(m_masState);

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

void UserDetailsPanel::setMasPending(const QString &why)
{
    m_masPending = why;
    updateButtons();
}

void UserDetailsPanel::setMasAccess(const MasAdminApi::Access &access)
{
    m_masPending.clear();
    const bool same = access.issuer == m_mas.issuer && access.adminApi == m_mas.adminApi;
    m_mas = access;
    if (same && (m_masApi != nullptr) == access.adminApi) {
        updateButtons();
        return; // keep the client: a change in flight still reports its outcome
    }
    delete m_masApi;
    m_masApi = access.adminApi ? new MasAdminApi(m_api, access.issuer, this) : nullptr;
    reload();
}

bool UserDetailsPanel::locked() const
{
    return underMas() && m_masUser ? m_masUser->locked() : m_details.summary.locked;
}

bool UserDetailsPanel::deactivated() const
{
    return underMas() && m_masUser ? m_masUser->deactivated() : m_details.summary.deactivated;
}

bool UserDetailsPanel::admin() const
{
    return underMas() && m_masUser ? m_masUser->admin : m_details.summary.admin;
}

void UserDetailsPanel::renderMas()
{
    m_masState->setVisible(underMas() && !m_userId.isEmpty());
    if (!underMas() || m_userId.isEmpty()) {
        return;
    }
    if (!m_mas.adminApi) {
        m_masState->setText(m_mas.reason);
    } else if (!m_masError.isEmpty()) {
        m_masState->setText(m_masError);
    } else if (!m_masUser) {
        m_masState->setText(tr("Reading the account in Matrix Authentication Service…"));
    } else {
        const auto when = [](const QDateTime &t) {
            return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
        };
        const MasUser &m = *m_masUser;
        QStringList parts;
        parts << (m.locked() ? tr("Locked in MAS since %1").arg(when(m.lockedAt)) : tr("Not locked"));
        parts << (m.deactivated() ? tr("Deactivated in MAS since %1").arg(when(m.deactivatedAt)) : tr("Active"));
        parts << (m.admin ? tr("Admin (MAS): may request admin rights") : tr("Not an admin in MAS"));
        m_masState->setText(
            tr("Matrix Authentication Service (MAS) owns this account: %1.").arg(parts.join(QStringLiteral(" · "))));
    }
}

QString UserDetailsPanel::masBlocked() const
{
    if (!m_masPending.isEmpty()) {
        return m_masPending;
    }
    if (!underMas()) {
        return {};
    }
    if (!m_mas.adminApi) {
        return m_mas.reason;
    }
    if (!m_masError.isEmpty()) {
        return m_masError;
    }
    return m_masUser ? QString() : tr("Reading the account in Matrix Authentication Service…");
}

bool UserDetailsPanel::refuseUnderMas()
{
    const QString why = masBlocked();
    if (!why.isEmpty()) {
        showResult(why, true);
    }
    return !why.isEmpty();
}

void UserDetailsPanel::applyInMas(
    const QString &what, const QString &doneText,
    std::function<void(MasAdminApi *, const QString &, std::function<void(const ApiError &)>)> call)
{
    if (!m_masApi || !m_masUser) {
        return; // the buttons are disabled then
    }
    m_busy = true;
    updateButtons();
    showResult(tr("%1…").arg(what), false);
    call(m_masApi, m_masUser->id, [this, what, doneText](const ApiError &e) {
        finishAction(e.isOk(), e.isOk() ? doneText : tr("%1 failed: %2").arg(what, e.describe()));
    });
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
        m_masUser.reset();
        updateButtons();
        renderMas();
        return;
    }
    m_title->setText(m_userId);
    m_masUser.reset();
    m_masError.clear();
    updateButtons();
    renderMas();
    const quint64 gen = m_generation;
    m_info->load(m_userId);
    if (m_masApi && MatrixId::serverName(m_userId) == MatrixId::serverName(self())) {
        m_masApi->userByUsername(MatrixId::localpart(m_userId), [this, gen](const Result<std::optional<MasUser>> &r) {
            if (gen != m_generation) {
                return;
            }
            if (!r.ok()) {
                m_masError = tr("The account could not be read in Matrix Authentication "
                                "Service: %1")
                                 .arg(r.error().describe());
            } else if (!r.value()) {
                m_masError = tr("Matrix Authentication Service has no such user.");
            } else {
                m_masUser = r.value();
            }
            renderMas();
            updateButtons();
        });
    } else if (m_masApi) {
        m_masError = tr("A user of another server: Matrix Authentication Service manages only this server's users.");
    }
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
    if (underMas()) {
        m_adminButton->setText(admin() ? tr("Revoke MAS &Admin…") : tr("Make MAS &Admin…"));
    } else {
        m_adminButton->setText(admin() ? tr("Revoke &Admin…") : tr("Make &Admin…"));
    }
    m_lockButton->setText(locked() ? tr("Un&lock…") : tr("&Lock…"));
    m_shadowBanButton->setText(u.shadowBanned ? tr("Lift S&hadow-Ban…") : tr("S&hadow-Ban…"));
    m_deactivateButton->setVisible(!deactivated());
    m_reactivateButton->setVisible(deactivated());
    m_displayNameButton->setEnabled(!u.deactivated);
    m_passwordButton->setEnabled(!deactivated());
    // The one safety rule (UserSafety): disabled, and the tooltip says why.
    const QList<QPair<QPushButton *, std::optional<UserSafety::Change>>> guarded {
        { m_adminButton, admin() ? std::optional(UserSafety::Change::RevokeAdmin) : std::nullopt },
        { m_lockButton, locked() ? std::nullopt : std::optional(UserSafety::Change::Lock) },
        { m_shadowBanButton, u.shadowBanned ? std::nullopt : std::optional(UserSafety::Change::ShadowBan) },
        { m_deactivateButton, std::optional(UserSafety::Change::Deactivate) },
    };
    for (const auto &[b, change] : guarded) {
        if (const QString why = change ? refusal(*change) : QString(); !why.isEmpty()) {
            b->setEnabled(false);
            b->setToolTip(why);
        }
    }
    if (underMas() || !m_masPending.isEmpty()) {
        // MAS owns these: without its admin API, or before MAS's account is read, nothing is sent.
        const QString why = masBlocked();
        for (QPushButton *b :
             { m_passwordButton, m_adminButton, m_lockButton, m_deactivateButton, m_reactivateButton }) {
            if (!why.isEmpty()) {
                b->setEnabled(false);
                b->setToolTip(why);
            } else if (b->toolTip().isEmpty()) {
                b->setToolTip(tr("Made in Matrix Authentication Service (MAS), which tells Synapse."));
            }
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
    if (refuseUnderMas()) {
        return;
    }
    auto *dialog = new PasswordDialog(PasswordDialog::Mode::SetPassword, m_userId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (underMas()) {
        dialog->setLogoutOffered(false); // MAS's set-password ends no session
        connect(dialog, &QDialog::accepted, this, [this, dialog]() {
            const QString password = dialog->password();
            applyInMas(tr("Setting the password in Matrix Authentication Service"),
                       tr("Password set in Matrix Authentication Service; signed-in sessions stay signed in."),
                       [password](MasAdminApi *mas, const QString &id, std::function<void(const ApiError &)> done) {
                           mas->setUserPassword(id, password, std::move(done));
                       });
        });
        dialog->open();
        return;
    }
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
    if (refuseUnderMas()) {
        return;
    }
    const bool grant = !admin();
    if (const QString why = grant ? QString() : refusal(UserSafety::Change::RevokeAdmin); !why.isEmpty()) {
        showResult(why, true);
        return;
    }
    const QString id = m_userId.toHtmlEscaped();
    if (underMas()) {
        // MAS's admin flag: whether the user may request admin rights when signing in.
        confirmThen(
            grant ? "makeAdminConfirmDialog" : "revokeAdminConfirmDialog",
            grant ? tr("Make MAS Administrator") : tr("Revoke MAS Administrator"),
            grant ? tr("<p>Let <b>%1</b> request admin rights in Matrix Authentication Service?</p><p>When "
                       "they sign in asking for the admin scopes (urn:synapse:admin:*, urn:mas:admin) they "
                       "can change every user and room of this server, including you.</p>")
                        .arg(id)
                  : tr("<p>Stop <b>%1</b> from requesting admin rights in Matrix Authentication "
                       "Service?</p><p>MAS checks this when they sign in; sessions they already have are "
                       "not ended by this change.</p>")
                        .arg(id),
            grant ? tr("Make MAS Admin") : tr("Revoke MAS Admin"), [this, grant]() {
                applyInMas(grant ? tr("Granting admin rights in MAS") : tr("Revoking admin rights in MAS"),
                           grant ? tr("%1 may now request admin rights in MAS.").arg(m_userId)
                                 : tr("%1 may no longer request admin rights in MAS.").arg(m_userId),
                           [grant](MasAdminApi *mas, const QString &masId, std::function<void(const ApiError &)> done) {
                               mas->setUserAdmin(masId, grant, outcomeOf(std::move(done)));
                           });
            });
        return;
    }
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
    if (refuseUnderMas()) {
        return;
    }
    const bool lock = !locked();
    if (const QString why = lock ? refusal(UserSafety::Change::Lock) : QString(); !why.isEmpty()) {
        showResult(why, true);
        return;
    }
    const QString id = m_userId.toHtmlEscaped();
    const QString masNote = underMas()
        ? QStringLiteral("<p>") + tr("The change is made in Matrix Authentication Service (MAS), which tells Synapse.")
            + QStringLiteral("</p>")
        : QString();
    confirmThen(lock ? "lockConfirmDialog" : "unlockConfirmDialog", lock ? tr("Lock User") : tr("Unlock User"),
                (lock ? tr("<p>Lock <b>%1</b>?</p><p>Every request of theirs is refused until the account is "
                           "unlocked; nothing else about the account changes.</p>")
                            .arg(id)
                      : tr("<p>Unlock <b>%1</b>?</p><p>They can use their account again.</p>").arg(id))
                    + masNote,
                lock ? tr("Lock") : tr("Unlock"), [this, lock]() {
                    if (underMas()) {
                        applyInMas(
                            lock ? tr("Locking in MAS") : tr("Unlocking in MAS"),
                            lock ? tr("%1 is locked in Matrix Authentication Service: they cannot use their "
                                      "account until unlocked.")
                                       .arg(m_userId)
                                 : tr("%1 is unlocked in Matrix Authentication Service.").arg(m_userId),
                            [lock](MasAdminApi *mas, const QString &masId, std::function<void(const ApiError &)> done) {
                                if (lock) {
                                    mas->lockUser(masId, outcomeOf(std::move(done)));
                                } else {
                                    mas->unlockUser(masId, outcomeOf(std::move(done)));
                                }
                            });
                        return;
                    }
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
    if (refuseUnderMas()) {
        return;
    }
    if (const QString why = refusal(UserSafety::Change::Deactivate); !why.isEmpty()) {
        showResult(why, true);
        return;
    }
    auto *dialog = new DeactivateDialog(m_userId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_userId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id]() {
        const bool erase = dialog->erase();
        if (underMas()) {
            applyInMas(tr("Deactivating %1 in Matrix Authentication Service").arg(id),
                       erase ? tr("%1 is deactivated in Matrix Authentication Service, which asks Synapse to "
                                  "deactivate and erase the account.")
                                   .arg(id)
                             : tr("%1 is deactivated in Matrix Authentication Service, which asks Synapse to "
                                  "deactivate the account.")
                                   .arg(id),
                       [erase](MasAdminApi *mas, const QString &masId, std::function<void(const ApiError &)> done) {
                           mas->deactivateUser(masId, erase, outcomeOf(std::move(done)));
                       });
            return;
        }
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
    if (refuseUnderMas()) {
        return;
    }
    if (underMas()) {
        confirmThen("reactivateConfirmDialog", tr("Reactivate User"),
                    tr("<p>Reactivate <b>%1</b> in Matrix Authentication Service?</p><p>MAS reactivates the account "
                       "in Synapse too. The password in MAS stays as it was: set a new one with Set Password if "
                       "needed.</p>")
                        .arg(m_userId.toHtmlEscaped()),
                    tr("Reactivate"), [this]() {
                        applyInMas(
                            tr("Reactivating in MAS"),
                            tr("%1 is active again in Matrix Authentication Service.").arg(m_userId),
                            [](MasAdminApi *mas, const QString &masId, std::function<void(const ApiError &)> done) {
                                mas->reactivateUser(masId, outcomeOf(std::move(done)));
                            });
                    });
        return;
    }
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
