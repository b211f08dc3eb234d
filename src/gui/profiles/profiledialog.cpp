#include "profiles/profiledialog.h"

#include "profiles/credentialstore.h"
#include "profiles/memorycredentialstore.h"
#include "profiles/oauthsignin.h"
#include "profiles/profilestore.h"
#include "profiles/signout.h"
#include "ui_profiledialog.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QPushButton>

namespace Steward {

ProfileDialog::ProfileDialog(ProfileStore *store, CredentialStore *credentials, MemoryCredentialStore *sessionTokens,
                             QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_store(store)
    , m_credentials(credentials)
    , m_sessionTokens(sessionTokens)
    , m_nam(nam)
    , m_signIn(new SignIn(nam, this))
    , m_oauth(new OAuthSignIn(nam, this))
{
    m_ui->setupUi(this);
    // OAuth 2.0 through the server's Matrix Authentication Service: the system browser signs in.
    m_browserSignInButton = new QPushButton(tr("Sign In with &Browser"), this);
    m_browserSignInButton->setObjectName(QStringLiteral("browserSignInButton"));
    m_browserSignInButton->setAccessibleName(tr("Sign in with the web browser (OAuth, Matrix Authentication Service)"));
    m_browserSignInButton->setToolTip(
        tr("For servers that delegate sign-in to Matrix Authentication Service: your web browser opens the "
           "server's sign-in page; Steward asks for admin rights (urn:synapse:admin:*, urn:mas:admin) and receives "
           "the token on this computer only (127.0.0.1)."));
    m_ui->signInButtons->insertWidget(m_ui->signInButtons->indexOf(m_ui->signInButton), m_browserSignInButton);
    connect(m_browserSignInButton, &QPushButton::clicked, this, &ProfileDialog::startBrowserSignIn);
    connect(m_oauth, &OAuthSignIn::progress, this, [this](const QString &step) { setStatus(step); });
    connect(m_oauth, &OAuthSignIn::openBrowser, this, [this](const QUrl &url) {
        if (!QDesktopServices::openUrl(url)) {
            setStatus(
                tr("Could not open a web browser. Open this address yourself to sign in:\n%1").arg(url.toString()));
        }
    });
    connect(m_oauth, &OAuthSignIn::failed, this, [this](const SignInError &e) {
        m_oauthRunning = false;
        onSignInFailed(e);
    });
    connect(m_oauth, &OAuthSignIn::succeeded, this, [this](const SignInOutcome &o) {
        m_oauthRunning = false;
        onSignedIn(o);
    });
    if (QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("closeButton"));
        close->setAccessibleName(tr("Close"));
    }
    m_ui->bannerLabel->hide();
    // Wrapped messages take the height they need, no more: the form stays together.
    for (QLabel *label : { m_ui->statusLabel, m_ui->serverInfoLabel, m_ui->certificateLabel }) {
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    }
    m_ui->insecureHttpCheck->hide();
    m_ui->certificateGroup->hide();
    m_ui->sessionOnlyButton->hide();
    m_ui->retryKeychainButton->hide();
    m_ui->sessionOnlyButton->setToolTip(sessionOnlyExplanation());
    m_ui->serverInfoLabel->hide();

    connect(m_ui->passwordRadio, &QRadioButton::toggled, this, &ProfileDialog::updateMethod);
    connect(m_ui->checkServerButton, &QPushButton::clicked, this, &ProfileDialog::checkServer);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &ProfileDialog::startSignIn);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, [this]() { finishSignIn(true); });
    connect(m_ui->retryKeychainButton, &QPushButton::clicked, this, &ProfileDialog::saveToKeychain);
    connect(m_ui->connectButton, &QPushButton::clicked, this, [this]() {
        if (!selectedProfile().isEmpty()) {
            Q_EMIT connectRequested(selectedProfile());
            accept();
        }
    });
    connect(m_ui->profileList, &QListWidget::itemActivated, m_ui->connectButton, &QPushButton::click);
    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ProfileDialog::updateButtons);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, [this]() { signOutSelected(false); });
    connect(m_ui->forgetButton, &QPushButton::clicked, this, [this]() { signOutSelected(true); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->homeserverEdit, &QLineEdit::textEdited, this, [this]() {
        // Another server: an earlier confirmation or certificate does not carry over.
        m_ui->insecureHttpCheck->setChecked(false);
        m_ui->insecureHttpCheck->hide();
        m_ui->certificateGroup->hide();
        m_ui->pinCertificateCheck->setChecked(false);
        m_offeredPin.clear();
        m_ui->serverInfoLabel->hide();
    });
    for (QLineEdit *edit :
         { m_ui->profileNameEdit, m_ui->homeserverEdit, m_ui->userEdit, m_ui->passwordEdit, m_ui->tokenEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::updateButtons);
    }

    connect(m_signIn, &SignIn::progress, this, [this](const QString &step) { setStatus(step); });
    connect(m_signIn, &SignIn::discovered, this, [this](const DiscoveredServer &server) {
        QString text = tr("%1 — Synapse %2")
                           .arg(server.baseUrl.toDisplayString(),
                                server.serverVersion.isEmpty() ? tr("(version hidden)") : server.serverVersion);
        if (server.delegatedAuth) {
            text += u'\n'
                + tr("Sign-in is delegated to Matrix Authentication Service: sign in with the browser, or use an "
                     "admin-scoped access token.");
            m_ui->tokenRadio->setChecked(true);
            m_browserSignInButton->setDefault(true);
        }
        m_ui->serverInfoLabel->setText(text);
        m_ui->serverInfoLabel->show();
        setStatus(QString());
        updateButtons();
    });
    connect(m_signIn, &SignIn::failed, this, &ProfileDialog::onSignInFailed);
    connect(m_signIn, &SignIn::succeeded, this, &ProfileDialog::onSignedIn);

    reloadProfiles();
    updateMethod();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::reloadProfiles()
{
    const QString current = selectedProfile();
    m_ui->profileList->clear();
    const QString last = m_store->lastUsedProfileName();
    for (const Profile &p : m_store->profiles()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(p.name, p.userId), m_ui->profileList);
        item->setToolTip(p.baseUrl.toDisplayString());
        item->setData(Qt::UserRole, p.name);
        if (p.name == current || (current.isEmpty() && p.name == last)) {
            m_ui->profileList->setCurrentItem(item);
        }
    }
    updateButtons();
}

QString ProfileDialog::selectedProfile() const
{
    const QListWidgetItem *item = m_ui->profileList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileDialog::signInAgain(const QString &profileName, const QString &reason)
{
    const auto p = m_store->profile(profileName);
    if (!reason.isEmpty()) {
        m_ui->bannerLabel->setText(reason);
        m_ui->bannerLabel->show();
    }
    if (!p) {
        return;
    }
    m_ui->profileNameEdit->setText(p->name);
    m_ui->homeserverEdit->setText(p->baseUrl.toString());
    m_ui->userEdit->setText(p->userId);
    m_ui->insecureHttpCheck->setChecked(p->allowInsecureHttp);
    m_ui->insecureHttpCheck->setVisible(p->allowInsecureHttp);
    if (!p->pinnedCertificateSha256.isEmpty()) {
        m_offeredPin = p->pinnedCertificateSha256;
        m_ui->pinCertificateCheck->setChecked(true);
        m_ui->certificateLabel->setText(tr("Pinned certificate, SHA-256 fingerprint:\n%1")
                                            .arg(QString::fromLatin1(p->pinnedCertificateSha256.toHex(':').toUpper())));
        m_ui->certificateGroup->show();
    }
    m_ui->passwordEdit->setFocus();
}

void ProfileDialog::updateMethod()
{
    const bool password = m_ui->passwordRadio->isChecked();
    m_ui->userLabel->setVisible(password);
    m_ui->userEdit->setVisible(password);
    m_ui->passwordLabel->setVisible(password);
    m_ui->passwordEdit->setVisible(password);
    m_ui->tokenLabel->setVisible(!password);
    m_ui->tokenEdit->setVisible(!password);
    updateButtons();
}

void ProfileDialog::updateButtons()
{
    const bool busy = m_signIn->isRunning() || m_oauthRunning || m_signOut;
    const bool selected = !selectedProfile().isEmpty();
    m_ui->connectButton->setEnabled(selected && !busy);
    m_ui->signOutButton->setEnabled(selected && !busy);
    m_ui->forgetButton->setEnabled(selected && !busy);
    const bool secret = m_ui->passwordRadio->isChecked()
        ? !m_ui->userEdit->text().trimmed().isEmpty() && !m_ui->passwordEdit->text().isEmpty()
        : !m_ui->tokenEdit->text().trimmed().isEmpty();
    m_ui->signInButton->setEnabled(!busy && !m_ui->profileNameEdit->text().trimmed().isEmpty()
                                   && !m_ui->homeserverEdit->text().trimmed().isEmpty() && secret);
    m_ui->checkServerButton->setEnabled(!busy && !m_ui->homeserverEdit->text().trimmed().isEmpty());
    m_browserSignInButton->setEnabled(!busy && !m_ui->profileNameEdit->text().trimmed().isEmpty()
                                      && !m_ui->homeserverEdit->text().trimmed().isEmpty());
}

void ProfileDialog::startBrowserSignIn()
{
    if (const QString problem = profileNameProblem(m_ui->profileNameEdit->text()); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    m_pending.reset();
    m_ui->sessionOnlyButton->hide();
    m_ui->retryKeychainButton->hide();
    const Profile p = profileFromForm();
    m_oauthRunning = true;
    m_oauth->start(m_ui->homeserverEdit->text(), OAuthSignIn::Flow::Browser, p.allowInsecureHttp,
                   p.pinnedCertificateSha256);
    updateButtons();
}

void ProfileDialog::setStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: palette(bright-text); background: #b3261e; "
                                                            "padding: 4px; border-radius: 3px;")
                                           : QString());
}

void ProfileDialog::checkServer()
{
    m_signIn->discover(m_ui->homeserverEdit->text(), m_ui->insecureHttpCheck->isChecked(),
                       m_ui->pinCertificateCheck->isChecked() ? m_offeredPin : QByteArray());
    updateButtons();
}

Profile ProfileDialog::profileFromForm() const
{
    Profile p;
    p.name = m_ui->profileNameEdit->text().trimmed();
    p.allowInsecureHttp = m_ui->insecureHttpCheck->isChecked();
    p.pinnedCertificateSha256 = m_ui->pinCertificateCheck->isChecked() ? m_offeredPin : QByteArray();
    return p;
}

void ProfileDialog::startSignIn()
{
    const QString name = m_ui->profileNameEdit->text().trimmed();
    if (const QString problem = profileNameProblem(m_ui->profileNameEdit->text()); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    m_pending.reset();
    m_ui->sessionOnlyButton->hide();
    m_ui->retryKeychainButton->hide();
    SignInRequest req;
    req.homeserver = m_ui->homeserverEdit->text();
    req.method = m_ui->passwordRadio->isChecked() ? SignInRequest::Method::Password : SignInRequest::Method::Token;
    req.user = m_ui->userEdit->text();
    req.password = m_ui->passwordEdit->text();
    req.token = m_ui->tokenEdit->text();
    const Profile p = profileFromForm();
    req.allowInsecureHttp = p.allowInsecureHttp;
    req.pinnedCertificateSha256 = p.pinnedCertificateSha256;
    (void)name;
    m_signIn->start(req);
    updateButtons();
}

void ProfileDialog::onSignInFailed(const SignInError &error)
{
    updateButtons();
    if (error.reason == SignInError::Reason::Cancelled) {
        setStatus(QString());
        return;
    }
    if (error.reason == SignInError::Reason::InsecureTransport) {
        m_ui->insecureHttpCheck->show();
        m_ui->insecureHttpCheck->setFocus();
    } else if (error.reason == SignInError::Reason::Tls) {
        const QSslCertificate &cert = error.error.peerCertificate();
        m_offeredPin = cert.digest(QCryptographicHash::Sha256);
        m_ui->pinCertificateCheck->setChecked(false);
        m_ui->certificateLabel->setText(tr("Host: %1\nSubject: %2\nIssuer: %3\nValid: %4 to %5\nSHA-256 "
                                           "fingerprint:\n%6\n\nCompare the fingerprint "
                                           "with the one your server's administrator gives you before trusting it.")
                                            .arg(error.url.host(), cert.subjectDisplayName(), cert.issuerDisplayName(),
                                                 QLocale().toString(cert.effectiveDate(), QLocale::ShortFormat),
                                                 QLocale().toString(cert.expiryDate(), QLocale::ShortFormat),
                                                 error.error.peerCertificateFingerprint()));
        m_ui->certificateGroup->show();
    } else if (error.reason == SignInError::Reason::WrongCredentials) {
        m_ui->passwordEdit->selectAll();
        m_ui->passwordEdit->setFocus();
    }
    setStatus(error.describe(), true);
}

void ProfileDialog::onSignedIn(const SignInOutcome &outcome)
{
    m_pending = outcome;
    m_ui->passwordEdit->clear();
    m_ui->tokenEdit->clear();
    saveToKeychain();
}

QString ProfileDialog::sessionOnlyExplanation()
{
    return tr("\"Keep for this session only\": Steward holds the token in memory while it runs and writes it "
              "nowhere. When you quit Steward, it signs this session out on the server (the token stops working) "
              "and you sign in again next time.");
}

void ProfileDialog::saveToKeychain()
{
    if (!m_pending) {
        return;
    }
    m_ui->sessionOnlyButton->hide();
    m_ui->retryKeychainButton->hide();
    setStatus(tr("Signed in as %1. Saving the token in the system keychain…").arg(m_pending->whoAmI.userId));
    const QString name = m_ui->profileNameEdit->text().trimmed();
    auto written = [this](const CredentialError &e) {
        if (e.ok()) {
            finishSignIn(false);
            return;
        }
        // Never a silent plaintext fallback: the user decides.
        setStatus(e.describe() + QStringLiteral("\n\n") + sessionOnlyExplanation(), true);
        m_ui->retryKeychainButton->show();
        m_ui->sessionOnlyButton->show();
        m_ui->retryKeychainButton->setFocus();
        updateButtons();
    };
    // OAuth (MAS): the refresh credentials go to the keychain too; a stale entry must not stay.
    const QString oauthKey = OAuthCredentials::keychainKey(name);
    auto writeToken = [this, name, written](const CredentialError &e) {
        if (!e.ok()) {
            written(e);
            return;
        }
        m_credentials->writeToken(name, m_pending->accessToken, this, written);
    };
    if (m_pending->oauth) {
        m_credentials->writeToken(oauthKey, m_pending->oauth->toJson(), this, writeToken);
    } else {
        m_credentials->deleteToken(oauthKey, this, writeToken);
    }
}

void ProfileDialog::finishSignIn(bool sessionOnly)
{
    if (!m_pending) {
        return;
    }
    const SignInOutcome o = *m_pending;
    m_pending.reset();
    m_ui->sessionOnlyButton->hide();
    m_ui->retryKeychainButton->hide();
    Profile p = profileFromForm();
    p.baseUrl = o.server.baseUrl;
    p.serverName = o.serverName;
    p.userId = o.whoAmI.userId;
    p.deviceId = o.whoAmI.deviceId;
    p.lastUsed = QDateTime::currentDateTimeUtc();
    p.allowInsecureHttp = p.allowInsecureHttp && Transport::needsInsecureConfirmation(p.baseUrl);
    if (sessionOnly) {
        m_sessionTokens->writeToken(p.name, o.accessToken, this, [](const CredentialError &) {});
        if (o.oauth) {
            m_sessionTokens->writeToken(OAuthCredentials::keychainKey(p.name), o.oauth->toJson(), this,
                                        [](const CredentialError &) {});
        }
    }
    m_store->save(p);
    m_store->markUsed(p.name);
    reloadProfiles();
    setStatus(sessionOnly ? tr("Signed in as %1. The token is kept for this session only.").arg(p.userId)
                          : tr("Signed in as %1. The token is stored in the system keychain.").arg(p.userId));
    Q_EMIT signedIn(p, o.accessToken);
    accept();
}

void ProfileDialog::signOutSelected(bool forget)
{
    const auto p = m_store->profile(selectedProfile());
    if (!p || m_signOut) {
        return;
    }
    setStatus(forget ? tr("Signing out of %1 and forgetting it…").arg(p->name) : tr("Signing out of %1…").arg(p->name));
    m_signOut = new SignOut(m_nam, m_store, m_credentials, this);
    const QString name = p->name;
    connect(m_signOut, &SignOut::finished, this, [this, name, forget](const SignOutReport &report) {
        m_signOut->deleteLater();
        m_signOut = nullptr;
        const bool done = report.ok() || report.profileRemoved;
        if (done) {
            m_sessionTokens->deleteToken(name, this, [](const CredentialError &) {});
            m_sessionTokens->deleteToken(OAuthCredentials::keychainKey(name), this, [](const CredentialError &) {});
        }
        setStatus(report.describe(), !report.ok());
        reloadProfiles();
        if (done) {
            Q_EMIT signedOut(name, report.profileRemoved);
        }
        (void)forget;
    });
    // A session-only token (and its OAuth credentials) is revoked as well; otherwise the keychain's.
    m_sessionTokens->readToken(name, this, [this, p = *p, forget](const CredentialResult &r) {
        m_sessionTokens->readToken(OAuthCredentials::keychainKey(p.name), this,
                                   [this, p, forget, token = r.ok() ? r.token : QString()](const CredentialResult &o) {
                                       if (m_signOut) {
                                           m_signOut->start(
                                               p, forget ? SignOut::Mode::Forget : SignOut::Mode::SignOut, false, token,
                                               o.ok() ? OAuthCredentials::fromJson(o.token) : std::nullopt);
                                       }
                                   });
    });
    updateButtons();
}

} // namespace Steward
