// The GUI against a real Synapse that delegates authentication to the MAS stand-in (fixture
// synapse_mas), offscreen: the OAuth authorization-code flow with PKCE through the loopback
// redirect (the test plays the browser: it fetches the URL Steward asks the desktop to open), and
// the Users view disabling what MAS servers refuse, saying why, and sending lock, deactivation,
// admin and password changes to MAS's admin API when the token holds urn:mas:admin.
#include "apiservice.h"
#include "guitest.h"
#include "mainwindow.h"
#include "profiles/memorycredentialstore.h"
#include "profiles/oauthclient.h"
#include "profiles/profilecontroller.h"
#include "profiles/profiledialog.h"
#include "profiles/profilestore.h"
#include "serversession.h"
#include "users/userdetailspanel.h"
#include "users/userlistmodel.h"
#include "users/usersview.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Steward;

/// Stands in for the system browser: QDesktopServices hands it the URL.
class FakeBrowser : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestMasGui : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QJsonObject m_server;
    FakeBrowser m_browser;

    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    int post(const QString &what, const QJsonObject &body, QJsonObject *answer = nullptr)
    {
        const QJsonObject mas = m_server.value(QStringLiteral("mas")).toObject();
        QNetworkRequest req(QUrl(mas.value(QStringLiteral("url")).toString() + QStringLiteral("_standin/") + what));
        req.setRawHeader("Authorization", "Bearer " + mas.value(QStringLiteral("secret")).toString().toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_nam.post(req, QJsonDocument(body).toJson());
        (void)QTest::qWaitFor([&]() { return reply->isFinished(); }, 30000);
        reply->deleteLater();
        if (answer) {
            *answer = QJsonDocument::fromJson(reply->readAll()).object();
        }
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QJsonObject getJson(const QUrl &url, const QString &token)
    {
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_nam.get(req);
        (void)QTest::qWaitFor([&]() { return reply->isFinished(); }, 30000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    QString str(const char *key) const { return m_server.value(QLatin1String(key)).toString(); }
    /// Synapse's admin API view of a user (the fixture's admin token).
    QJsonObject synapseUser(const QString &userId)
    {
        return getJson(QUrl(str("base_url") + QStringLiteral("/_synapse/admin/v2/users/")
                            + QString::fromLatin1(QUrl::toPercentEncoding(userId))),
                       str("admin_token"));
    }
    /// MAS's view of a user (its admin API; token must hold urn:mas:admin).
    QJsonObject masUser(const QString &localpart, const QString &token)
    {
        return getJson(QUrl(m_server.value(QStringLiteral("mas")).toObject().value(QStringLiteral("url")).toString()
                            + QStringLiteral("api/admin/v1/users/by-username/") + localpart),
                       token)
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("attributes"))
            .toObject();
    }
    /// Search for one user in the view and select it; true once the details panel shows it.
    static bool select(UsersView *view, const QString &localpart, const QString &id)
    {
        auto *search = view->findChild<QLineEdit *>(QStringLiteral("userSearchEdit"));
        search->clear();
        QTest::keyClicks(search, localpart);
        if (!QTest::qWaitFor(
                [&]() {
                    return view->model()->query().search == localpart && view->model()->atEnd()
                        && view->model()->rowOf(id) >= 0;
                },
                30000)) {
            return false;
        }
        view->findChild<QTableView *>(QStringLiteral("usersTable"))->selectRow(view->model()->rowOf(id));
        return QTest::qWaitFor(
            [&]() { return view->detailsPanel()->isLoaded() && view->detailsPanel()->userId() == id; }, 30000);
    }
    static void clickAndConfirm(QWidget *panel, const char *button, const char *confirmDialog,
                                QString *dialogText = nullptr)
    {
        auto *b = panel->findChild<QPushButton *>(QLatin1String(button));
        QTRY_VERIFY_WITH_TIMEOUT(b->isEnabled(), 30000);
        QTest::mouseClick(b, Qt::LeftButton);
        QDialog *d = StewardTest::waitForDialog<QDialog>(panel, confirmDialog);
        QVERIFY2(d, confirmDialog);
        if (dialogText) {
            for (QLabel *l : d->findChildren<QLabel *>()) {
                *dialogText += l->text();
            }
        }
        QVERIFY(StewardTest::clickOk(d));
    }

    /// With STEWARD_SCREENSHOT_DIR set, keep a picture for a person to look at.
    static void screenshot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
        }
    }

    /// The "browser": fetch the authorization URL and follow MAS's redirect to Steward's loopback.
    int browse(const QUrl &url, QByteArray *page)
    {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_nam.get(req);
        (void)QTest::qWaitFor([&]() { return reply->isFinished(); }, 30000);
        *page = reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            *page += reply->errorString().toUtf8() + " at " + reply->url().toEncoded() + " location "
                + reply->rawHeader("Location");
        }
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    /// Sign in through the dialog with the browser; returns the dialog's status text at the end.
    QString browserSignIn(MainWindow &window, ProfileController *controller, const QString &profile, QByteArray *page)
    {
        controller->showDialog();
        QPointer<ProfileDialog> dialog = controller->dialog();
        if (!dialog) {
            return QStringLiteral("no dialog");
        }
        child<QLineEdit>(dialog, "profileNameEdit")->setText(profile);
        child<QLineEdit>(dialog, "homeserverEdit")->setText(m_server.value(QStringLiteral("base_url")).toString());
        auto *button = child<QPushButton>(dialog, "browserSignInButton");
        if (!button || !button->isEnabled()) {
            return QStringLiteral("browser sign-in button missing or disabled");
        }
        m_browser.opened.clear();
        QTest::mouseClick(button, Qt::LeftButton);
        (void)QTest::qWaitFor([&]() { return !m_browser.opened.isEmpty() || button->isEnabled(); }, 30000);
        if (m_browser.opened.isEmpty()) {
            return QStringLiteral("no browser opened: ") + child<QLabel>(dialog, "statusLabel")->text();
        }
        const QUrl url = m_browser.opened.first();
        const int status = browse(url, page);
        (void)QTest::qWaitFor([&]() { return !dialog || !dialog->isVisible() || button->isEnabled(); }, 30000);
        (void)window;
        const QString text = dialog ? child<QLabel>(dialog, "statusLabel")->text() : QString();
        if (status != 200) { // the browser must land on Steward's page
            return QStringLiteral("the browser's page answered HTTP %1: %2; dialog: %3")
                .arg(status)
                .arg(QString::fromUtf8(*page), text);
        }
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(qEnvironmentVariable("STEWARD_TEST_MAS_SERVER_FILE"));
        QVERIFY2(f.open(QIODevice::ReadOnly), "no server.json from the synapse_mas fixture");
        m_server = QJsonDocument::fromJson(f.readAll()).object();
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
    }

    void browserSignInAndMasRestrictions()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.conf")));
        MemoryCredentialStore credentials;
        MainWindow window;
        window.resize(1100, 700);
        auto *controller = new ProfileController(&window, &store, &credentials);
        window.show();

        // A user MAS does not allow admin scopes: denied, explained, nothing saved.
        QCOMPARE(
            post(QStringLiteral("browser-user"), { { QStringLiteral("username"), QStringLiteral("steward-user") } }),
            200);
        QByteArray page;
        QString status = browserSignIn(window, controller, QStringLiteral("denied"), &page);
        QVERIFY2(status.contains(QStringLiteral("urn:synapse:admin:*")), qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("HTTP ")), qPrintable(status));
        QVERIFY2(page.contains("not completed"), page.constData());
        QVERIFY(!store.profile(QStringLiteral("denied")));

        // The admin: the browser lands on Steward's loopback page, the profile is saved with both
        // the access token and the OAuth credentials, and the main window is connected as admin.
        QCOMPARE(
            post(QStringLiteral("browser-user"), { { QStringLiteral("username"), QStringLiteral("steward-admin") } }),
            200);
        status = browserSignIn(window, controller, QStringLiteral("mas"), &page);
        QVERIFY2(page.contains("Signed in"), page.constData());
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == ServerSession::State::Connected, 30000);
        QVERIFY(window.session()->status().isAdmin);
        QCOMPARE(window.session()->status().whoAmI.userId, m_server.value(QStringLiteral("admin_user_id")).toString());
        QVERIFY(store.profile(QStringLiteral("mas")));
        std::optional<CredentialResult> oauth;
        credentials.readToken(OAuthCredentials::keychainKey(QStringLiteral("mas")), this,
                              [&](const CredentialResult &r) { oauth = r; });
        QTRY_VERIFY(oauth.has_value());
        QVERIFY(oauth->ok());
        const auto parsed = OAuthCredentials::fromJson(oauth->token);
        QVERIFY(parsed && parsed->refreshToken.startsWith(QStringLiteral("mar_")));

        // The Users view: what MAS servers refuse is disabled and says why; the list loads.
        auto *users = window.findChild<UsersView *>();
        QVERIFY(users);
        QTRY_VERIFY_WITH_TIMEOUT(users->delegatedAuth(), 30000);
        auto *guests = child<QCheckBox>(users, "includeGuestsCheck");
        QVERIFY(!guests->isEnabled());
        QVERIFY(guests->toolTip().contains(QStringLiteral("Matrix Authentication Service")));
        QVERIFY(!child<QPushButton>(users, "createUserButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() >= 2, 30000);

        // Signed in with OAuth, the token holds urn:mas:admin: lock, unlock, deactivate go to MAS.
        QTRY_VERIFY_WITH_TIMEOUT(users->masAccess().adminApi, 30000);
        for (const char *name : { "bulkLockAction", "bulkUnlockAction", "bulkDeactivateAction" }) {
            auto *action = child<QAction>(users, name);
            QVERIFY(action);
            QVERIFY2(action->isEnabled(), name);
            QVERIFY(action->toolTip().contains(QStringLiteral("Matrix Authentication Service")));
        }
        const QString masToken = window.session()->api()->accessToken();
        window.showPage(QStringLiteral("users")); // what a person sees (and clicks)
        QTRY_VERIFY(users->isVisible());

        // The signed-in admin cannot lock or deactivate themself, nor drop their MAS admin flag.
        UserDetailsPanel *panel = users->detailsPanel();
        QVERIFY(select(users, QStringLiteral("steward-admin"), str("admin_user_id")));
        auto *state = child<QLabel>(panel, "masStateLabel");
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("Admin (MAS)")), 30000);
        QCOMPARE(child<QPushButton>(panel, "toggleAdminButton")->text(), QStringLiteral("Revoke MAS &Admin…"));
        for (const char *name : { "toggleLockButton", "deactivateButton", "toggleAdminButton" }) {
            auto *b = child<QPushButton>(panel, name);
            QVERIFY2(!b->isEnabled(), name);
            QVERIFY2(b->toolTip().contains(QStringLiteral("signed in with")), name);
        }

        // A fresh user: MAS's state is shown; lock and admin go to MAS, which tells Synapse.
        const QString name = QStringLiteral("mas-gui-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString id = QStringLiteral("@%1:%2").arg(name, str("server_name"));
        QCOMPARE(post(QStringLiteral("users"), { { QStringLiteral("username"), name } }), 200);
        QVERIFY(select(users, name, id));
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("Not locked")), 30000);
        QVERIFY(state->isVisible());
        QVERIFY(state->text().contains(QStringLiteral("Active")));
        QVERIFY(state->text().contains(QStringLiteral("Not an admin in MAS")));
        QString asked;
        clickAndConfirm(panel, "toggleLockButton", "lockConfirmDialog", &asked);
        QVERIFY2(asked.contains(QStringLiteral("Matrix Authentication Service")), qPrintable(asked));
        QTRY_VERIFY2_WITH_TIMEOUT(users->outcomeText().contains(QStringLiteral("locked in Matrix Authentication")),
                                  qPrintable(users->outcomeText()), 30000);
        QVERIFY(!masUser(name, masToken).value(QStringLiteral("locked_at")).toString().isEmpty());
        QCOMPARE(synapseUser(id).value(QStringLiteral("locked")).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("Locked in MAS since")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(child<QPushButton>(panel, "toggleLockButton")->text(), QStringLiteral("Un&lock…"),
                                  30000);
        screenshot(&window, "mas-user-locked");
        clickAndConfirm(panel, "toggleLockButton", "unlockConfirmDialog");
        QTRY_VERIFY2_WITH_TIMEOUT(users->outcomeText().contains(QStringLiteral("unlocked in Matrix Authentication")),
                                  qPrintable(users->outcomeText()), 30000);
        QCOMPARE(synapseUser(id).value(QStringLiteral("locked")).toBool(), false);
        QVERIFY(masUser(name, masToken).value(QStringLiteral("locked_at")).isNull());

        QTRY_COMPARE_WITH_TIMEOUT(child<QPushButton>(panel, "toggleAdminButton")->text(),
                                  QStringLiteral("Make MAS &Admin…"), 30000);
        clickAndConfirm(panel, "toggleAdminButton", "makeAdminConfirmDialog");
        QTRY_VERIFY2_WITH_TIMEOUT(users->outcomeText().contains(QStringLiteral("may now request admin rights")),
                                  qPrintable(users->outcomeText()), 30000);
        QCOMPARE(masUser(name, masToken).value(QStringLiteral("admin")).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("Admin (MAS)")), 30000);

        // Set password goes to MAS: its strength check answers (the logout option is not offered).
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(panel, "setPasswordButton")->isEnabled(), 30000);
        QTest::mouseClick(child<QPushButton>(panel, "setPasswordButton"), Qt::LeftButton);
        auto *pw = StewardTest::waitForDialog<QDialog>(panel, "setPasswordDialog");
        QVERIFY(pw);
        QVERIFY(!child<QCheckBox>(pw, "logoutDevicesCheck")->isVisible());
        child<QLineEdit>(pw, "newPasswordEdit")->setText(QStringLiteral("abc"));
        child<QLineEdit>(pw, "repeatPasswordEdit")->setText(QStringLiteral("abc"));
        QVERIFY(StewardTest::clickOk(pw));
        QTRY_VERIFY2_WITH_TIMEOUT(users->outcomeText().contains(QStringLiteral("too weak")),
                                  qPrintable(users->outcomeText()), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(panel, "setPasswordButton")->isEnabled(), 30000);
        QTest::mouseClick(child<QPushButton>(panel, "setPasswordButton"), Qt::LeftButton);
        pw = StewardTest::waitForDialog<QDialog>(panel, "setPasswordDialog");
        QVERIFY(pw);
        child<QLineEdit>(pw, "newPasswordEdit")->setText(QStringLiteral("a long enough passphrase"));
        child<QLineEdit>(pw, "repeatPasswordEdit")->setText(QStringLiteral("a long enough passphrase"));
        QVERIFY(StewardTest::clickOk(pw));
        QTRY_VERIFY2_WITH_TIMEOUT(
            users->outcomeText().contains(QStringLiteral("Password set in Matrix Authentication Service")),
            qPrintable(users->outcomeText()), 30000);
    }

    void withoutMasAdminScopeTheActionsAreDisabled()
    {
        // A token with urn:synapse:admin:* but not urn:mas:admin (a compatibility token).
        ApiService api(&m_nam);
        api.setBaseUrl(QUrl(str("base_url")));
        api.setAccessToken(str("admin_token"));
        UsersView view(&api);
        view.setCurrentUserIdProvider([this]() { return str("admin_user_id"); });
        view.resize(1200, 700);
        view.show();
        view.reload();
        QTRY_VERIFY_WITH_TIMEOUT(view.masAccess().delegated(), 30000);
        QVERIFY(!view.masAccess().adminApi);
        for (const char *name :
             { "bulkLockAction", "bulkUnlockAction", "bulkDeactivateAction", "bulkDeactivateEraseAction" }) {
            auto *action = child<QAction>(&view, name);
            QVERIFY2(!action->isEnabled(), name);
            QVERIFY2(action->toolTip().contains(QStringLiteral("urn:mas:admin")), qPrintable(action->toolTip()));
            QVERIFY2(action->toolTip().contains(QStringLiteral("Sign in with OAuth")), qPrintable(action->toolTip()));
        }
        // Shadow-ban is Synapse's own: still there.
        QVERIFY(child<QAction>(&view, "bulkShadowBanAction")->isEnabled());
        QVERIFY(select(&view, QStringLiteral("steward-user"), str("user_id")));
        UserDetailsPanel *panel = view.detailsPanel();
        for (const char *name : { "toggleLockButton", "deactivateButton", "toggleAdminButton", "setPasswordButton" }) {
            auto *b = child<QPushButton>(panel, name);
            QVERIFY2(!b->isEnabled(), name);
            QVERIFY2(b->toolTip().contains(QStringLiteral("urn:mas:admin")), name);
        }
        QVERIFY(child<QPushButton>(panel, "toggleShadowBanButton")->isEnabled());
        auto *state = child<QLabel>(panel, "masStateLabel");
        QVERIFY(state->isVisibleTo(panel));
        QVERIFY(state->text().contains(QStringLiteral("urn:mas:admin")));
        // Called directly, the action refuses without asking or sending anything.
        panel->toggleLocked();
        QVERIFY(view.outcomeText().contains(QStringLiteral("urn:mas:admin")));
        QVERIFY(!panel->findChild<QDialog *>(QStringLiteral("lockConfirmDialog")));
        screenshot(&view, "mas-no-admin-scope");
        QCOMPARE(synapseUser(str("user_id")).value(QStringLiteral("locked")).toBool(), false);
    }

    void accessTokenIsRefreshedBeforeItExpires()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.conf")));
        MemoryCredentialStore credentials;
        MainWindow window;
        auto *controller = new ProfileController(&window, &store, &credentials);
        window.show();
        QCOMPARE(
            post(QStringLiteral("browser-user"), { { QStringLiteral("username"), QStringLiteral("steward-admin") } }),
            200);
        // Access tokens live 3 s: the controller refreshes a minute before expiry, i.e. at once.
        QCOMPARE(post(QStringLiteral("config"), { { QStringLiteral("access_token_ttl"), 3 } }), 200);
        QByteArray page;
        const QString status = browserSignIn(window, controller, QStringLiteral("short"), &page);
        QVERIFY2(page.contains("Signed in"), qPrintable(status));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == ServerSession::State::Connected, 30000);
        auto token = [&]() {
            std::optional<CredentialResult> r;
            credentials.readToken(QStringLiteral("short"), this, [&](const CredentialResult &c) { r = c; });
            (void)QTest::qWaitFor([&]() { return r.has_value(); }, 5000);
            return r && r->ok() ? r->token : QString();
        };
        const QString first = token();
        QVERIFY(!first.isEmpty());
        // A new access token is stored and used, with no request to sign in again.
        QTRY_VERIFY_WITH_TIMEOUT(token() != first, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->api()->accessToken() != first, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == ServerSession::State::Connected, 30000);
        QVERIFY(window.session()->status().isAdmin);
        QVERIFY(!controller->dialog() || !controller->dialog()->isVisible());
        // The token the session now sends is one Synapse accepts (MAS introspection says active).
        QNetworkRequest req(QUrl(m_server.value(QStringLiteral("base_url")).toString()
                                 + QStringLiteral("/_matrix/client/v3/account/whoami")));
        req.setRawHeader("Authorization", "Bearer " + window.session()->api()->accessToken().toUtf8());
        QNetworkReply *reply = m_nam.get(req);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QCOMPARE(post(QStringLiteral("config"), { { QStringLiteral("access_token_ttl"), 300 } }), 200);
    }

    void rejectedTokenIsRefreshedMidSession()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.conf")));
        MemoryCredentialStore credentials;
        MainWindow window;
        auto *controller = new ProfileController(&window, &store, &credentials);
        window.show();
        QCOMPARE(
            post(QStringLiteral("browser-user"), { { QStringLiteral("username"), QStringLiteral("steward-admin") } }),
            200);
        QByteArray page;
        const QString status = browserSignIn(window, controller, QStringLiteral("mid"), &page);
        QVERIFY2(page.contains("Signed in"), qPrintable(status));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == ServerSession::State::Connected, 30000);
        // The session's token stops being accepted (MAS no longer knows it, Synapse never saw it).
        QJsonObject stale;
        QCOMPARE(post(QStringLiteral("stale-access-token"),
                      { { QStringLiteral("username"), QStringLiteral("steward-admin") } }, &stale),
                 200);
        window.session()->api()->setAccessToken(stale.value(QStringLiteral("access_token")).toString());
        QSignalSpy signIn(window.session(), &ServerSession::signInRequired);
        std::optional<ApiError> result;
        ApiReply *reply = window.session()->api()->send(ApiRequest::get(u"/_matrix/client/v3/account/whoami"));
        connect(reply, &ApiReply::finished, this, [&]() { result = reply->error(); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY2(result->isOk(), qPrintable(result->describe()));
        // Refreshed once, stored where the profile keeps its tokens, no request to sign in again.
        std::optional<CredentialResult> kept;
        credentials.readToken(QStringLiteral("mid"), this, [&](const CredentialResult &c) { kept = c; });
        QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), 5000);
        QVERIFY(kept->ok());
        QCOMPARE(kept->token, window.session()->api()->accessToken());
        QVERIFY(kept->token != stale.value(QStringLiteral("access_token")).toString());
        QCOMPARE(signIn.count(), 0);
        QVERIFY(window.session()->isServerAvailable());
    }
};

QTEST_MAIN(TestMasGui)
#include "tst_mas_gui.moc"
