#include "profiles/profilecontroller.h"

#include "apiservice.h"
#include "mainwindow.h"
#include "profiles/keychaincredentialstore.h"
#include "profiles/memorycredentialstore.h"
#include "profiles/oauthsignin.h"
#include "profiles/profiledialog.h"
#include "profiles/profilestore.h"
#include "profiles/signout.h"
#include "stewardlogging_gui.h"

#include <QAction>
#include <QComboBox>
#include <QSignalBlocker>
#include <QTimer>

namespace Steward {

ProfileController::ProfileController(MainWindow *window, ProfileStore *store, CredentialStore *credentials)
    : QObject(window)
    , m_window(window)
    , m_ownStore(store ? nullptr : std::make_unique<ProfileStore>())
    , m_store(store ? store : m_ownStore.get())
    , m_credentials(credentials ? credentials
                                : new KeychainCredentialStore(KeychainCredentialStore::defaultService(), this))
    , m_sessionTokens(new MemoryCredentialStore(this))
    , m_refreshTimer(new QTimer(this))
{
    // OAuth sign-ins (MAS): refresh the access token a minute before it expires.
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, [this]() { refreshToken(); });
    connect(window->session()->api(), &ApiService::accessTokenRefreshed, this, [this]() {
        qCDebug(lcGui) << "refreshed the access token of profile" << m_current;
        scheduleRefresh(m_current);
    });
    if (auto *action = window->findChild<QAction *>(QStringLiteral("actionSwitchProfile"))) {
        action->setEnabled(true);
        connect(action, &QAction::triggered, this, &ProfileController::showDialog);
    }
    connect(window->profileSwitcher(), &QComboBox::activated, this, [this](int index) {
        const QString name = m_window->profileSwitcher()->itemData(index).toString();
        if (name.isEmpty()) {
            showDialog();
        } else if (name != m_current) {
            connectProfile(name);
        }
    });
    ServerSession *session = window->session();
    connect(session, &ServerSession::signInRequired, this, [this](const ApiError &error) {
        if (!m_current.isEmpty()) {
            // An OAuth sign-in's refresh has been tried already (the session's token refresher, once
            // for all rejected requests): asking MAS again with the same refresh token could end the
            // session, so the user is asked now.
            askToSignInAgain(m_current,
                             tr("The server no longer accepts the access token of \"%1\" (%2). Sign in "
                                "again; the profile is kept.")
                                 .arg(m_current, error.message()));
        }
    });
    connect(session, &ServerSession::stateChanged, this, [this, session](ServerSession::State state) {
        if (state == ServerSession::State::Failed && !m_current.isEmpty()
            && session->lastError().isAuthenticationFailure()) {
            askToSignInAgain(m_current,
                             tr("The server no longer accepts the access token of \"%1\". Sign in "
                                "again; the profile is kept.")
                                 .arg(m_current));
        }
    });
    // A token kept for this session only must not outlive it: revoke it on the server at quit.
    window->addCloseTask([this](std::function<void()> done) { revokeSessionTokens(std::move(done)); });
    fillCombo();
}

ProfileController::~ProfileController() = default;

void ProfileController::revokeSessionTokens(std::function<void()> done)
{
    const QStringList names = m_sessionTokens->profileNames();
    if (names.isEmpty()) {
        done();
        return;
    }
    if (names.contains(m_current)) {
        // Its requests would meet the revoked token and ask to sign in again.
        m_window->session()->close();
    }
    auto remaining = std::make_shared<int>(int(names.size()));
    auto allDone = std::make_shared<std::function<void()>>(std::move(done));
    auto finishOne = [remaining, allDone]() {
        if (--*remaining == 0) {
            (*allDone)();
        }
    };
    for (const QString &name : names) {
        m_sessionTokens->readToken(name, this, [this, name, finishOne](const CredentialResult &r) {
            const auto profile = m_store->profile(name);
            if (!r.ok() || !profile) {
                finishOne();
                return;
            }
            // An OAuth sign-in's access and refresh token are revoked at the authorization server.
            m_sessionTokens->readToken(
                OAuthCredentials::keychainKey(name), this,
                [this, name, finishOne, token = r.token, profile = *profile](const CredentialResult &o) {
                    SignOut::revokeToken(
                        m_window->networkAccessManager(), profile, token, this,
                        [this, name, finishOne](const ApiError &error) {
                            if (error.isOk()) {
                                m_sessionTokens->deleteToken(name, this, [](const CredentialError &) {});
                                m_sessionTokens->deleteToken(OAuthCredentials::keychainKey(name), this,
                                                             [](const CredentialError &) {});
                            } else {
                                qCWarning(lcGui) << "could not revoke the session-only token of profile" << name << ":"
                                                 << error.describe();
                            }
                            finishOne();
                        },
                        o.ok() ? OAuthCredentials::fromJson(o.token) : std::nullopt);
                });
        });
    }
}

void ProfileController::start()
{
    const QString last = m_store->lastUsedProfileName();
    if (!last.isEmpty()) {
        connectProfile(last);
    } else if (m_store->profiles().isEmpty()) {
        showDialog();
    } else {
        showDialog();
    }
}

void ProfileController::fillCombo()
{
    QComboBox *combo = m_window->profileSwitcher();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const Profile &p : m_store->profiles()) {
        combo->addItem(p.name, p.name);
        combo->setItemData(combo->count() - 1, QStringLiteral("%1 — %2").arg(p.userId, p.baseUrl.toDisplayString()),
                           Qt::ToolTipRole);
    }
    combo->addItem(tr("Add or Manage Profiles…"), QString());
    const int index = combo->findData(m_current);
    combo->setCurrentIndex(index >= 0 && !m_current.isEmpty() ? index : -1);
}

ProfileDialog *ProfileController::showDialog()
{
    if (!m_dialog) {
        m_dialog =
            new ProfileDialog(m_store, m_credentials, m_sessionTokens, m_window->networkAccessManager(), m_window);
        m_dialog->setObjectName(QStringLiteral("profileDialog"));
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ProfileDialog::connectRequested, this, &ProfileController::connectProfile);
        connect(m_dialog, &ProfileDialog::signedIn, this,
                [this](const Profile &p, const QString &token) { open(p, token); });
        connect(m_dialog, &ProfileDialog::signedOut, this, [this](const QString &name, bool) {
            if (name == m_current) {
                m_window->session()->close();
                m_current.clear();
            }
            fillCombo();
        });
    }
    m_dialog->reloadProfiles();
    m_dialog->open(); // window-modal, no nested event loop
    m_dialog->raise();
    return m_dialog;
}

void ProfileController::askToSignInAgain(const QString &name, const QString &reason)
{
    ProfileDialog *d = showDialog();
    d->signInAgain(name, reason);
}

void ProfileController::connectProfile(const QString &name)
{
    const auto profile = m_store->profile(name);
    if (!profile) {
        fillCombo();
        showDialog();
        return;
    }
    // A session-only token first, then the keychain; both answer asynchronously.
    m_sessionTokens->readToken(name, this, [this, p = *profile](const CredentialResult &session) {
        if (session.ok()) {
            open(p, session.token);
            return;
        }
        m_credentials->readToken(p.name, this, [this, p](const CredentialResult &r) {
            if (r.ok()) {
                // OAuth (MAS): an access token about to expire is refreshed before use.
                refreshStoredOAuthToken(m_window->networkAccessManager(), m_credentials, p, r.token, false,
                                        std::chrono::seconds(60), this, [this, p](const Result<QString> &token) {
                                            if (token.ok()) {
                                                open(p, token.value());
                                            } else {
                                                askToSignInAgain(p.name, token.error().message());
                                            }
                                        });
                return;
            }
            qCDebug(lcGui) << "no token for profile" << p.name << int(r.error.code);
            askToSignInAgain(p.name,
                             r.error.code == CredentialError::Code::NotFound
                                 ? tr("Profile \"%1\" is signed out. Sign in again to use it.").arg(p.name)
                                 : r.error.describe());
        });
    });
}

void ProfileController::refreshToken()
{
    // Through the service's single flight: a refresh after a rejected request and this one never
    // spend the same refresh token twice (MAS would end the session). The refresher stores the new
    // tokens where the profile keeps them; accessTokenRefreshed() schedules the next one.
    m_window->session()->api()->refreshAccessToken();
}

void ProfileController::scheduleRefresh(const QString &name)
{
    m_refreshTimer->stop();
    m_credentials->readToken(OAuthCredentials::keychainKey(name), this, [this, name](const CredentialResult &r) {
        const auto oauth = r.ok() ? OAuthCredentials::fromJson(r.token) : std::nullopt;
        if (!oauth || !oauth->expiresAt.isValid() || name != m_current) {
            return;
        }
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(oauth->expiresAt) - 60000;
        m_refreshTimer->start(std::chrono::milliseconds(qMax<qint64>(ms, 1000)));
    });
}

void ProfileController::open(const Profile &profile, const QString &token)
{
    m_current = profile.name;
    m_store->markUsed(profile.name);
    m_window->session()->api()->setPinnedCertificateSha256(profile.pinnedCertificateSha256);
    // OAuth (MAS): an access token the server rejects is refreshed once for all the requests it
    // failed, which are then sent again; the new tokens go where the old ones were kept.
    const bool sessionOnly = m_sessionTokens->profileNames().contains(profile.name);
    m_window->session()->api()->setTokenRefresher(
        oauthTokenRefresher(m_window->networkAccessManager(),
                            sessionOnly ? static_cast<CredentialStore *>(m_sessionTokens) : m_credentials, profile));
    m_window->openConnection(profile.name, profile.baseUrl, token);
    fillCombo(); // openConnection shows only the label; put the profiles back
    scheduleRefresh(profile.name);
}

} // namespace Steward
