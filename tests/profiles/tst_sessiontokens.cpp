// Keychain failures and tokens kept for this session only, driven through the real dialog and main
// window (offscreen) against the real Synapse.
#include "apiservice.h"
#include "guitest.h"
#include "mainwindow.h"
#include "profiles/memorycredentialstore.h"
#include "profiles/profilecontroller.h"
#include "profiles/profiledialog.h"
#include "profiles/profilestore.h"
#include "testserver.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Steward;

namespace {
/// A keychain that fails the way a desktop without a Secret Service does (QtKeychain's D-Bus error
/// text), until it is "started".
class BrokenKeychain : public MemoryCredentialStore
{
public:
    using MemoryCredentialStore::MemoryCredentialStore;
    bool broken = true;
    int writes = 0;

    void writeToken(const QString &profileName, const QString &token, QObject *ctx,
                    std::function<void(CredentialError)> done) override
    {
        ++writes;
        if (!broken) {
            MemoryCredentialStore::writeToken(profileName, token, ctx, std::move(done));
            return;
        }
        const CredentialError e { CredentialError::Code::Unavailable,
                                  QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown: The name "
                                                 "org.freedesktop.secrets was not provided by any .service files") };
        QTimer::singleShot(0, ctx, [e, done = std::move(done)]() { done(e); });
    }
};
} // namespace

class TestSessionTokens : public StewardTest::GuiTest
{
    Q_OBJECT

    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void grab(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
        }
    }

    /// Signs in with the admin's password (a new token of its own) through the dialog.
    static void signIn(ProfileDialog *dialog, const StewardTest::TestServer &server, const QString &name)
    {
        type(child<QLineEdit>(dialog, "profileNameEdit"), name);
        type(child<QLineEdit>(dialog, "homeserverEdit"), server.baseUrl.toString());
        type(child<QLineEdit>(dialog, "userEdit"), server.adminUserId);
        type(child<QLineEdit>(dialog, "passwordEdit"), server.adminPassword);
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    }

    /// HTTP status of whoami with token.
    static int whoAmIStatus(const StewardTest::TestServer &server, const QString &token)
    {
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(server.baseUrl);
        api.setAccessToken(token);
        ApiReply *who = api.send(ApiRequest::get(u"/_matrix/client/v3/account/whoami"));
        int status = -1;
        QObject::connect(who, &ApiReply::finished, &api, [&]() { status = who->httpStatus(); });
        QTest::qWaitFor([&]() { return status != -1; }, 20000);
        return status;
    }

private Q_SLOTS:
    void keychainFailureIsPlainAndRetryWorks()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.conf")));
        BrokenKeychain keychain;
        MainWindow window;
        auto *controller = new ProfileController(&window, &store, &keychain);
        window.show();
        QPointer<ProfileDialog> dialog = controller->showDialog();
        signIn(dialog, server, QStringLiteral("retry"));
        auto *retry = child<QPushButton>(dialog, "retryKeychainButton");
        auto *sessionOnly = child<QPushButton>(dialog, "sessionOnlyButton");
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 20000);
        QVERIFY(sessionOnly->isVisible());
        const QString text = child<QLabel>(dialog, "statusLabel")->text();
        // A plain explanation: no D-Bus names, what the choices mean.
        QVERIFY2(!text.contains(QStringLiteral("freedesktop")) && !text.contains(QStringLiteral("D-Bus"))
                     && !text.contains(QStringLiteral("DBus")) && !text.contains(QStringLiteral(".service")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("keychain is not available")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("for this session only")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("When you quit Steward")), qPrintable(text));
        QVERIFY(!store.contains(QStringLiteral("retry")));
        grab(dialog, QStringLiteral("profiledialog-keychain-failed"));

        // Retry while it is still broken: asked again, still nothing saved.
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(keychain.writes, 2);
        QTRY_VERIFY(retry->isVisible());
        QVERIFY(!store.contains(QStringLiteral("retry")));

        // The keychain is started; Retry stores the token there and connects.
        keychain.broken = false;
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(store.contains(QStringLiteral("retry")), 20000);
        QVERIFY(keychain.contains(QStringLiteral("retry")));
        QVERIFY(!controller->sessionTokens()->contains(QStringLiteral("retry")));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ServerSession::State::Connected, 20000);
        QVERIFY(!dialog || !dialog->isVisible());
    }

    void sessionOnlyTokenIsRevokedAtQuit()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.conf")));
        MemoryCredentialStore keychain;
        keychain.setUnavailable(true);
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<MainWindow> alive = window;
        auto *controller = new ProfileController(window, &store, &keychain);
        window->show();
        ProfileDialog *dialog = controller->showDialog();
        signIn(dialog, server, QStringLiteral("temporary"));
        auto *sessionOnly = child<QPushButton>(dialog, "sessionOnlyButton");
        QTRY_VERIFY_WITH_TIMEOUT(sessionOnly->isVisible(), 20000);
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), ServerSession::State::Connected, 20000);
        const QString token = window->session()->api()->accessToken();
        QVERIFY(!token.isEmpty());
        QVERIFY(token != server.adminToken);
        QCOMPARE(whoAmIStatus(server, token), 200);

        // Quit (File > Quit): the window waits for the logout, then closes by itself.
        window->findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!alive, 20000);
        QCOMPARE(whoAmIStatus(server, token), 401);
    }
};

QTEST_MAIN(TestSessionTokens)
#include "tst_sessiontokens.moc"
