// The profile dialog and the main window's profile handling, driven as a user would (offscreen),
// against the real Synapse, with the in-memory credential store standing in for the keychain.
#include "apiservice.h"
#include "guitest.h"
#include "mainwindow.h"
#include "profiles/memorycredentialstore.h"
#include "profiles/profilecontroller.h"
#include "profiles/profiledialog.h"
#include "profiles/profilestore.h"
#include "testserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Steward;

class TestProfileDialog : public StewardTest::GuiTest
{
    Q_OBJECT

    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    static void grab(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
        }
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void signInWithPasswordThroughTheDialog()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.conf")));
        MemoryCredentialStore credentials;
        MainWindow window;
        window.resize(1100, 700);
        auto *controller = new ProfileController(&window, &store, &credentials);
        window.show();
        controller->start(); // no profiles: the dialog opens
        QTRY_VERIFY(controller->dialog() && controller->dialog()->isVisible());
        // The dialog deletes itself once it is done: hold it by a guarded pointer.
        QPointer<ProfileDialog> dialog = controller->dialog();
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            if (w->focusPolicy() != Qt::NoFocus && !qobject_cast<QLabel *>(w) && w->isVisible()) {
                QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            }
        }
        auto *signInButton = child<QPushButton>(dialog, "signInButton");
        QVERIFY(!signInButton->isEnabled());
        type(child<QLineEdit>(dialog, "profileNameEdit"), QStringLiteral("fixture"));
        type(child<QLineEdit>(dialog, "homeserverEdit"), server.baseUrl.toString());
        QTest::mouseClick(child<QPushButton>(dialog, "checkServerButton"), Qt::LeftButton);
        auto *info = child<QLabel>(dialog, "serverInfoLabel");
        QTRY_VERIFY_WITH_TIMEOUT(info->isVisible(), 20000);
        QVERIFY(info->text().contains(QStringLiteral("Synapse 1.")));

        // Wrong password first: a clear error, nothing saved.
        type(child<QLineEdit>(dialog, "userEdit"), server.adminUserId);
        type(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("not-the-password"));
        QVERIFY(signInButton->isEnabled());
        QTest::mouseClick(signInButton, Qt::LeftButton);
        auto *status = child<QLabel>(dialog, "statusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("user name or password")), 20000);
        QVERIFY(store.profiles().isEmpty());
        grab(dialog, QStringLiteral("profiledialog-wrong-password"));

        type(child<QLineEdit>(dialog, "passwordEdit"), server.adminPassword);
        QTest::mouseClick(signInButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(store.contains(QStringLiteral("fixture")), 20000);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY(credentials.contains(QStringLiteral("fixture")));
        QCOMPARE(store.profile(QStringLiteral("fixture"))->userId, server.adminUserId);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ServerSession::State::Connected, 20000);
        QCOMPARE(window.session()->status().whoAmI.userId, server.adminUserId);
        QCOMPARE(window.profileSwitcher()->currentText(), QStringLiteral("fixture"));
        QCOMPARE(controller->currentProfile(), QStringLiteral("fixture"));
        grab(&window, QStringLiteral("mainwindow-connected"));

        // The token gets rejected later: the dialog asks to sign in again and keeps the profile.
        Q_EMIT window.session()->signInRequired(ApiError(ApiError::Kind::Http, QStringLiteral("Unknown token")));
        QTRY_VERIFY(controller->dialog() && controller->dialog()->isVisible());
        auto *banner = child<QLabel>(controller->dialog(), "bannerLabel");
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("sign in again"), Qt::CaseInsensitive));
        QCOMPARE(child<QLineEdit>(controller->dialog(), "profileNameEdit")->text(), QStringLiteral("fixture"));
        QVERIFY(store.contains(QStringLiteral("fixture")));
        grab(controller->dialog(), QStringLiteral("profiledialog-sign-in-again"));
        controller->dialog()->reject();
    }

    void noKeychainOffersSessionOnly()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.conf")));
        MemoryCredentialStore credentials;
        credentials.setUnavailable(true);
        MainWindow window;
        auto *controller = new ProfileController(&window, &store, &credentials);
        window.show();
        ProfileDialog *dialog = controller->showDialog();
        QTRY_VERIFY(dialog->isVisible());
        type(child<QLineEdit>(dialog, "profileNameEdit"), QStringLiteral("temporary"));
        type(child<QLineEdit>(dialog, "homeserverEdit"), server.baseUrl.toString());
        QTest::mouseClick(child<QRadioButton>(dialog, "tokenRadio"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(dialog, "tokenEdit")->isVisible());
        QVERIFY(!child<QLineEdit>(dialog, "passwordEdit")->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "tokenEdit")->echoMode(), QLineEdit::Password);
        type(child<QLineEdit>(dialog, "tokenEdit"), server.adminToken);
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        auto *sessionOnly = child<QPushButton>(dialog, "sessionOnlyButton");
        QTRY_VERIFY_WITH_TIMEOUT(sessionOnly->isVisible(), 20000);
        QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("keychain is not available")));
        QVERIFY(!store.contains(QStringLiteral("temporary"))); // nothing saved until the user decides
        grab(dialog, QStringLiteral("profiledialog-no-keychain"));
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QTRY_VERIFY(controller->sessionTokens()->contains(QStringLiteral("temporary")));
        QVERIFY(store.contains(QStringLiteral("temporary")));
        QVERIFY(!credentials.contains(QStringLiteral("temporary")));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ServerSession::State::Connected, 20000);
    }

    void signOutFromTheDialogRevokes()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.conf")));
        MemoryCredentialStore credentials;
        // A fresh admin of our own, signed in through the dialog.
        QNetworkAccessManager nam;
        ApiService admin(&nam);
        admin.setBaseUrl(server.baseUrl);
        admin.setAccessToken(server.adminToken);
        const QString localpart = QStringLiteral("gui-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        const QString password = QStringLiteral("gui-pw");
        ApiReply *created = admin.send(ApiRequest::put(
            u"/_synapse/admin/v2/users/{}", { QStringLiteral("@%1:%2").arg(localpart, server.serverName) },
            { { QStringLiteral("password"), password }, { QStringLiteral("admin"), true } }));
        bool done = false;
        connect(created, &ApiReply::finished, this, [&]() { done = created->ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);

        MainWindow window;
        auto *controller = new ProfileController(&window, &store, &credentials);
        window.show();
        ProfileDialog *dialog = controller->showDialog();
        type(child<QLineEdit>(dialog, "profileNameEdit"), QStringLiteral("mine"));
        type(child<QLineEdit>(dialog, "homeserverEdit"), server.baseUrl.toString());
        type(child<QLineEdit>(dialog, "userEdit"), localpart);
        type(child<QLineEdit>(dialog, "passwordEdit"), password);
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(credentials.contains(QStringLiteral("mine")), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ServerSession::State::Connected, 20000);
        const QString token = window.session()->api()->accessToken();

        dialog = controller->showDialog();
        auto *list = child<QListWidget>(dialog, "profileList");
        QCOMPARE(list->count(), 1);
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(dialog, "signOutButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!credentials.contains(QStringLiteral("mine")), 20000);
        QTRY_VERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("revoked")));
        QVERIFY(store.contains(QStringLiteral("mine"))); // sign out keeps the profile
        QCOMPARE(window.session()->state(), ServerSession::State::Disconnected);

        ApiService revoked(&nam);
        revoked.setBaseUrl(server.baseUrl);
        revoked.setAccessToken(token);
        ApiReply *who = revoked.send(ApiRequest::get(u"/_matrix/client/v3/account/whoami"));
        int status = 0;
        connect(who, &ApiReply::finished, this, [&]() { status = who->httpStatus(); });
        QTRY_COMPARE_WITH_TIMEOUT(status, 401, 20000);

        // Forget removes it; the combo follows.
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(dialog, "forgetButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!store.contains(QStringLiteral("mine")), 20000);
        QCOMPARE(window.profileSwitcher()->findData(QStringLiteral("mine")), -1);
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
