// The Users view driven offscreen against the real Synapse: search, selection, the details actions
// through their dialogs, and the server state checked afterwards with the admin API.
#include "await.h"
#include "guitest.h"
#include "users/userdetailspanel.h"
#include "users/userlistmodel.h"
#include "users/usersview.h"
#include "userstesthelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace Steward;
using namespace UsersTest;

class TestUsersView : public StewardTest::GuiTest
{
    Q_OBJECT

    static UserDetails query(ApiService &api, const QString &id)
    {
        const auto r =
            StewardTest::await<UserDetails>([&](QObject *ctx, auto done) { UserApi::queryUser(&api, id, ctx, done); });
        return r && r->ok() ? r->value() : UserDetails();
    }

    /// Synapse on a fresh SQLite database answers a reactivation with a 500 ("ON CONFLICT clause does
    /// not match any PRIMARY KEY or UNIQUE constraint" in create_profile) until its background
    /// updates have built the profiles' unique index; the fixture server is fresh, so wait for them.
    static bool waitForBackgroundUpdates(ApiService &api)
    {
        return QTest::qWaitFor(
            [&api]() {
                bool done = false;
                bool answered = false;
                QObject ctx;
                ApiReply *reply = api.send(ApiRequest::get(u"/_synapse/admin/v1/background_updates/status"));
                QObject::connect(reply, &ApiReply::finished, &ctx, [&]() {
                    answered = true;
                    done = reply->ok() && reply->object().value(QStringLiteral("current_updates")).toObject().isEmpty();
                });
                if (!QTest::qWaitFor([&answered]() { return answered; }, 30000)) {
                    return false;
                }
                if (!done) {
                    QTest::qWait(500);
                }
                return done;
            },
            240000);
    }

    /// Click a panel action that asks first, and confirm it.
    static void clickAndConfirm(QWidget *panel, const char *button, const char *confirmDialog)
    {
        auto *b = panel->findChild<QPushButton *>(QLatin1String(button));
        QTRY_VERIFY_WITH_TIMEOUT(b->isEnabled(), 20000);
        QTest::mouseClick(b, Qt::LeftButton);
        QDialog *d = StewardTest::waitForDialog<QDialog>(panel, confirmDialog);
        QVERIFY2(d, confirmDialog);
        clickOk(d);
    }

    static void clickOk(QDialog *d) { QVERIFY(StewardTest::clickOk(d)); }

    /// With STEWARD_SCREENSHOT_DIR set, keep a picture of the view for a person to look at.
    static void screenshot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
        }
    }

    struct Fixture
    {
        Admin admin;
        UsersView view;
        QString self;
        explicit Fixture(const StewardTest::TestServer &server)
            : admin(server)
            , view(&admin.api)
            , self(server.adminUserId)
        {
            view.setCurrentUserIdProvider([this]() { return self; });
            view.resize(1200, 700);
            view.show();
        }
        /// Search for exactly one user and select it; returns when the details are loaded.
        bool select(const QString &localpart, const QString &id)
        {
            auto *search = view.findChild<QLineEdit *>(QStringLiteral("userSearchEdit"));
            search->clear();
            QTest::keyClicks(search, localpart);
            auto *table = view.findChild<QTableView *>(QStringLiteral("usersTable"));
            if (!QTest::qWaitFor(
                    [&]() {
                        return view.model()->query().search == localpart && view.model()->atEnd()
                            && view.model()->rowOf(id) >= 0;
                    },
                    20000)) {
                return false;
            }
            table->selectRow(view.model()->rowOf(id));
            auto *admin = view.detailsPanel()->findChild<QPushButton *>(QStringLiteral("editDisplayNameButton"));
            return QTest::qWaitFor(
                [&]() {
                    return view.detailsPanel()->isLoaded() && view.detailsPanel()->userId() == id && admin->isEnabled();
                },
                20000);
        }
        QString result() const { return view.detailsPanel()->resultText(); }
    };

private Q_SLOTS:
    void searchFiltersAndStatus()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        f.view.reload();
        QTRY_VERIFY_WITH_TIMEOUT(f.view.model()->total() >= 0, 20000);
        // Other tests create users on the shared server meanwhile: the exact comparison with the
        // server is made below on the seeded users, which nobody changes.
        QVERIFY(f.view.model()->total() > 250);
        auto *status = f.view.findChild<QLabel *>(QStringLiteral("usersStatusLabel"));
        QVERIFY(status->text().contains(QStringLiteral(" loaded of %1").arg(f.view.model()->total())));
        // Ctrl+F focuses the search box.
        f.view.activateWindow();
        QTest::keyClick(&f.view, Qt::Key_F, Qt::ControlModifier);
        auto *search = f.view.findChild<QLineEdit *>(QStringLiteral("userSearchEdit"));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("seed-user-000"));
        QTRY_COMPARE_WITH_TIMEOUT(f.view.model()->query().search, QStringLiteral("seed-user-000"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(f.view.model()->total(), 10, 10000);
        QCOMPARE(f.view.model()->total(), listDirect(f.admin.api, f.view.model()->query()).total);
        f.view.findChild<QCheckBox *>(QStringLiteral("adminsOnlyCheck"))->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(f.view.model()->rowCount(), 3, 10000);
        QTRY_COMPARE(status->text(), QStringLiteral("3 loaded of 3"));
        search->setText(QStringLiteral("no-such-user-at-all"));
        QTRY_COMPARE_WITH_TIMEOUT(f.view.model()->total(), 0, 10000);
        QTRY_VERIFY(f.view.findChild<QLabel *>(QStringLiteral("usersEmptyLabel"))
                        ->text()
                        .contains(QStringLiteral("No user matches")));
        screenshot(&f.view, "users-empty");
    }

    void detailsShowEverything()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        f.view.findChild<QCheckBox *>(QStringLiteral("includeDeactivatedCheck"))->setChecked(false);
        QVERIFY(f.select(QStringLiteral("seed-user-0070"), QStringLiteral("@seed-user-0070:steward.test")));
        auto *overview = f.view.findChild<QTextBrowser *>(QStringLiteral("userDetailsText"));
        QTRY_VERIFY_WITH_TIMEOUT(!overview->toPlainText().contains(QStringLiteral("loading…")), 30000);
        const QString text = overview->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("old-seed-user-0070")), qPrintable(text)); // oidc-old external id
        QVERIFY(text.contains(QStringLiteral("new-seed-user-0070")));
        QVERIFY(text.contains(QStringLiteral("Identity provider links (external IDs)")));
        QVERIFY(text.contains(QStringLiteral("Shadow-banned")));
        QVERIFY(!text.contains(QStringLiteral("shadow_banned")));
        auto *tabs = f.view.findChild<QTabWidget *>(QStringLiteral("userDetailsTabs"));
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i) {
            titles << tabs->tabText(i);
        }
        const QString all = titles.join(u'|');
        QVERIFY2(all.contains(QStringLiteral("Rooms")) && all.contains(QStringLiteral("Devices"))
                     && all.contains(QStringLiteral("Sessions")) && all.contains(QStringLiteral("Pushers")),
                 qPrintable(all));
        screenshot(&f.view, "users-details");
    }

    void actionsChangeTheServer()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        const QString lp = uniquePrefix("gui") + QStringLiteral("target");
        const QString id = userId(server, lp);
        // Create through the dialog.
        QTest::mouseClick(f.view.findChild<QPushButton *>(QStringLiteral("createUserButton")), Qt::LeftButton);
        QDialog *create = StewardTest::waitForDialog<QDialog>(&f.view, "createUserDialog");
        QVERIFY(create);
        QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("newUserLocalpartEdit")), lp);
        QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("newUserDisplayNameEdit")),
                         QStringLiteral("GUI Target"));
        QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("newUserPasswordEdit")),
                         QStringLiteral("pw-123456"));
        clickOk(create);
        QTRY_COMPARE_WITH_TIMEOUT(query(f.admin.api, id).summary.displayName, QStringLiteral("GUI Target"), 20000);
        QVERIFY(f.select(lp, id));
        auto *panel = f.view.detailsPanel();

        // Display name.
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("editDisplayNameButton")), Qt::LeftButton);
        auto *nameDialog = StewardTest::waitForDialog<QInputDialog>(panel, "displayNameDialog");
        QVERIFY(nameDialog);
        nameDialog->setTextValue(QStringLiteral("=Renamed, \"quoted\""));
        nameDialog->accept();
        QTRY_VERIFY2_WITH_TIMEOUT(f.result().contains(QStringLiteral("Display name changed")), qPrintable(f.result()),
                                  20000);
        QCOMPARE(query(f.admin.api, id).summary.displayName, QStringLiteral("=Renamed, \"quoted\""));
        QTRY_COMPARE_WITH_TIMEOUT(
            f.view.model()->index(f.view.model()->rowOf(id), UserListModel::DisplayNameColumn).data().toString(),
            QStringLiteral("=Renamed, \"quoted\""), 20000); // the row refreshed

        // Admin, lock, shadow-ban.
        clickAndConfirm(panel, "toggleAdminButton", "makeAdminConfirmDialog");
        QTRY_VERIFY2_WITH_TIMEOUT(f.result().contains(QStringLiteral("is now a server administrator")),
                                  qPrintable(f.result()), 20000);
        QVERIFY(query(f.admin.api, id).summary.admin);
        clickAndConfirm(panel, "toggleLockButton", "lockConfirmDialog");
        QTRY_VERIFY2_WITH_TIMEOUT(f.result().contains(QStringLiteral("is locked")), qPrintable(f.result()), 20000);
        QVERIFY(query(f.admin.api, id).summary.locked);
        QTRY_COMPARE_WITH_TIMEOUT(
            f.view.model()->index(f.view.model()->rowOf(id), UserListModel::LockedColumn).data().toString(),
            QStringLiteral("yes"), 20000);
        clickAndConfirm(panel, "toggleLockButton", "unlockConfirmDialog");
        QTRY_VERIFY2_WITH_TIMEOUT(f.result().contains(QStringLiteral("is unlocked")), qPrintable(f.result()), 20000);
        QVERIFY(!query(f.admin.api, id).summary.locked);
        clickAndConfirm(panel, "toggleShadowBanButton", "shadowBanConfirmDialog");
        QTRY_VERIFY2_WITH_TIMEOUT(f.result().contains(QStringLiteral("is shadow-banned")), qPrintable(f.result()),
                                  20000);
        QVERIFY(query(f.admin.api, id).summary.shadowBanned);

        // Password (keep devices).
        QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<QPushButton *>(QStringLiteral("setPasswordButton"))->isEnabled(),
                                 20000);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("setPasswordButton")), Qt::LeftButton);
        QDialog *pw = StewardTest::waitForDialog<QDialog>(panel, "setPasswordDialog");
        QVERIFY(pw);
        QTest::keyClicks(pw->findChild<QLineEdit *>(QStringLiteral("newPasswordEdit")), QStringLiteral("new-pw-1"));
        QTest::keyClicks(pw->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit")), QStringLiteral("new-pw-1"));
        pw->findChild<QCheckBox *>(QStringLiteral("logoutDevicesCheck"))->setChecked(false);
        clickOk(pw);
        QTRY_VERIFY2_WITH_TIMEOUT(f.result().contains(QStringLiteral("devices stay logged in")), qPrintable(f.result()),
                                  20000);

        // Deactivate: OK only once the user ID is typed.
        QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<QPushButton *>(QStringLiteral("deactivateButton"))->isEnabled(),
                                 20000);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("deactivateButton")), Qt::LeftButton);
        QDialog *deact = StewardTest::waitForDialog<QDialog>(panel, "deactivateDialog");
        QVERIFY(deact);
        auto *ok = deact->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(deact->findChild<QLineEdit *>(QStringLiteral("confirmUserIdEdit")), id.left(id.size() - 1));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(deact->findChild<QLineEdit *>(QStringLiteral("confirmUserIdEdit")), id.right(1));
        clickOk(deact);
        QTRY_VERIFY2_WITH_TIMEOUT(f.result().contains(QStringLiteral("is deactivated")), qPrintable(f.result()), 20000);
        QVERIFY(query(f.admin.api, id).summary.deactivated);

        // Reactivate with a new password.
        QVERIFY(waitForBackgroundUpdates(f.admin.api));
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->findChild<QPushButton *>(QStringLiteral("reactivateButton"))->isVisible()
                && panel->findChild<QPushButton *>(QStringLiteral("reactivateButton"))->isEnabled(),
            20000);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("reactivateButton")), Qt::LeftButton);
        QDialog *re = StewardTest::waitForDialog<QDialog>(panel, "reactivateDialog");
        QVERIFY(re);
        QTest::keyClicks(re->findChild<QLineEdit *>(QStringLiteral("newPasswordEdit")), QStringLiteral("back-pw-2"));
        QTest::keyClicks(re->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit")), QStringLiteral("back-pw-2"));
        clickOk(re);
        QTRY_VERIFY2_WITH_TIMEOUT(f.result().contains(QStringLiteral("is active again")), qPrintable(f.result()),
                                  20000);
        QVERIFY(!query(f.admin.api, id).summary.deactivated);
    }

    void refusesToDemoteOrDeactivateYourself()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        // Pretend a fresh admin of ours is the signed-in user: nothing may change on the server.
        const QString lp = uniquePrefix("self") + QStringLiteral("admin");
        const QString id = userId(server, lp);
        QVERIFY(putUser(f.admin.api, id, { { QStringLiteral("admin"), true } }));
        f.self = id;
        QVERIFY(f.select(lp, id));
        auto *panel = f.view.detailsPanel();
        // Every change that would lock the signed-in admin out is disabled, and says why.
        for (const char *name :
             { "deactivateButton", "toggleAdminButton", "toggleLockButton", "toggleShadowBanButton" }) {
            auto *b = panel->findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(!b->isEnabled(), name);
            QVERIFY2(b->toolTip().contains(QStringLiteral("signed in with")), name);
        }
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("editDisplayNameButton"))->isEnabled());
        // Even when called directly, the actions refuse without asking or sending anything.
        panel->toggleAdmin();
        QVERIFY(f.result().contains(QStringLiteral("without admin rights you could no longer use")));
        panel->toggleLocked();
        QVERIFY(f.result().contains(QStringLiteral("locking it would lock you out")));
        panel->deactivate();
        QVERIFY(f.result().contains(QStringLiteral("deactivating it would lock you out")));
        QVERIFY(!panel->findChild<QDialog *>(QStringLiteral("lockConfirmDialog")));
        QCOMPARE(f.view.outcomeText(), f.result()); // the one outcome line of the view
        const UserDetails d = query(f.admin.api, id);
        QVERIFY(d.summary.admin);
        QVERIFY(!d.summary.deactivated);
        QVERIFY(!d.summary.locked);
    }

    void bulkJoinAndExportFromTheView()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QStringList handed;
        f.view.setBulkJoinHandler([&handed](const QStringList &ids) { handed = ids; });
        f.view.findChild<QLineEdit *>(QStringLiteral("userSearchEdit"))->setText(QStringLiteral("seed-user-010"));
        QTRY_COMPARE_WITH_TIMEOUT(f.view.model()->rowCount(), 10, 20000);
        auto *table = f.view.findChild<QTableView *>(QStringLiteral("usersTable"));
        table->selectAll();
        auto *join = f.view.findChild<QPushButton *>(QStringLiteral("joinSelectedUsersButton"));
        QVERIFY(join->isEnabled());
        QTest::mouseClick(join, Qt::LeftButton);
        QCOMPARE(handed.size(), 10);
        QVERIFY(handed.contains(QStringLiteral("@seed-user-0105:steward.test")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("view.csv"));
        f.view.exportTo(path);
        QTRY_VERIFY_WITH_TIMEOUT(f.view.findChild<QLabel *>(QStringLiteral("usersStatusLabel"))
                                     ->text()
                                     .contains(QStringLiteral("Exported 10 users")),
                                 20000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsvWithPython(file.readAll()).size(), 11);
    }
};

QTEST_MAIN(TestUsersView)
#include "tst_usersview.moc"
