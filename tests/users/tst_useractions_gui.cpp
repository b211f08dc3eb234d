// The Users view's safety and bulk actions driven offscreen by objectName against the real Synapse:
// the signed-in account's actions disabled with the reason, each confirmation cancelled leaves the
// server unchanged, the bulk dialog (preview skips self and already-locked, 30 users locked and the
// server agrees, type-to-confirm for deactivation), and Create User (live ID preview, errors inside
// the dialog with the input kept, no password needed, the new user selected).
#include "await.h"
#include "guitest.h"
#include "users/useractiondialogs.h"
#include "users/userdetailspanel.h"
#include "users/userlistmodel.h"
#include "users/usersview.h"
#include "userstesthelpers.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Steward;
using namespace UsersTest;

class TestUserActionsGui : public StewardTest::GuiTest
{
    Q_OBJECT

    static UserDetails query(ApiService &api, const QString &id)
    {
        const auto r =
            StewardTest::await<UserDetails>([&](QObject *ctx, auto done) { UserApi::queryUser(&api, id, ctx, done); });
        return r && r->ok() ? r->value() : UserDetails();
    }

    static QStringList makeUsers(Admin &a, const QString &prefix, const StewardTest::TestServer &server, int n)
    {
        QStringList ids;
        QList<QPair<QString, QJsonObject>> put;
        for (int i = 0; i < n; ++i) {
            ids << userId(server, prefix + QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0')));
            put.append({ ids.last(), QJsonObject {} });
        }
        return putUsers(a.api, put) == 0 ? ids : QStringList();
    }

    template<typename T>
    static T *visible(QObject *parent, const char *name)
    {
        T *d = nullptr;
        (void)QTest::qWaitFor(
            [&]() {
                d = parent->findChild<T *>(QLatin1String(name));
                return d && d->isVisible();
            },
            10000);
        return d && d->isVisible() ? d : nullptr;
    }

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
        QTableView *table() { return view.findChild<QTableView *>(QStringLiteral("usersTable")); }
        /// Search; returns once exactly `rows` rows (all) are loaded.
        bool search(const QString &text, int rows)
        {
            auto *search = view.findChild<QLineEdit *>(QStringLiteral("userSearchEdit"));
            search->setText(text);
            QTest::keyClick(search, Qt::Key_Return);
            return QTest::qWaitFor(
                [&]() {
                    return view.model()->query().search == text && view.model()->total() == rows
                        && view.model()->rowCount() == rows;
                },
                30000);
        }
        bool selectOne(const QString &text, const QString &id)
        {
            if (!search(text, 1)) {
                return false;
            }
            table()->selectRow(0);
            auto *name = view.detailsPanel()->findChild<QPushButton *>(QStringLiteral("editDisplayNameButton"));
            return QTest::qWaitFor(
                [&]() {
                    return view.detailsPanel()->isLoaded() && view.detailsPanel()->userId() == id && name->isEnabled();
                },
                30000);
        }
        void triggerBulk(const char *action)
        {
            auto *button = view.findChild<QPushButton *>(QStringLiteral("bulkActionsButton"));
            QVERIFY(button->isEnabled());
            QAction *a = button->menu()->findChild<QAction *>(QLatin1String(action));
            QVERIFY2(a, action);
            a->trigger();
        }
    };

private Q_SLOTS:
    void signedInAccountActionsDisabled()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        const QString lp = server.adminUserId.mid(1).section(u':', 0, 0);
        f.view.reload();
        auto *search = f.view.findChild<QLineEdit *>(QStringLiteral("userSearchEdit"));
        search->setText(lp);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(f.view.model()->query().search == lp && f.view.model()->atEnd()
                                     && f.view.model()->rowOf(server.adminUserId) >= 0,
                                 30000);
        const int row = f.view.model()->rowOf(server.adminUserId);
        QVERIFY(row >= 0);
        f.table()->selectRow(row);
        auto *panel = f.view.detailsPanel();
        auto *lock = panel->findChild<QPushButton *>(QStringLiteral("toggleLockButton"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->userId() == server.adminUserId, 30000);
        QTRY_VERIFY(panel->findChild<QPushButton *>(QStringLiteral("editDisplayNameButton"))->isEnabled());
        for (const char *name :
             { "toggleLockButton", "toggleAdminButton", "toggleShadowBanButton", "deactivateButton" }) {
            auto *b = panel->findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(!b->isEnabled(), name);
            QVERIFY2(b->toolTip().contains(QStringLiteral("account you are signed in with")), name);
        }
        QTest::mouseClick(lock, Qt::LeftButton); // disabled: nothing opens
        QVERIFY(!panel->findChild<QDialog *>(QStringLiteral("lockConfirmDialog")));
        screenshot(&f.view, "users-self-protected");
        const UserDetails d = query(f.admin.api, server.adminUserId);
        QVERIFY(d.summary.admin && !d.summary.locked && !d.summary.shadowBanned && !d.summary.deactivated);
    }

    void cancelledConfirmationsChangeNothing()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        const QString lp = uniquePrefix("guicancel") + QStringLiteral("x");
        const QString id = userId(server, lp);
        QVERIFY(putUser(f.admin.api, id, {}));
        f.view.reload();
        QVERIFY(f.selectOne(lp, id));
        auto *panel = f.view.detailsPanel();
        const QList<QPair<const char *, const char *>> asks {
            { "toggleLockButton", "lockConfirmDialog" },
            { "toggleAdminButton", "makeAdminConfirmDialog" },
            { "toggleShadowBanButton", "shadowBanConfirmDialog" },
        };
        for (const auto &[button, dialogName] : asks) {
            auto *b = panel->findChild<QPushButton *>(QLatin1String(button));
            QTRY_VERIFY_WITH_TIMEOUT(b->isEnabled(), 20000);
            QTest::mouseClick(b, Qt::LeftButton);
            QDialog *ask = visible<QDialog>(panel, dialogName);
            QVERIFY2(ask, dialogName);
            QVERIFY(ask->findChild<QLabel *>(QStringLiteral("confirmText"))->text().contains(id));
            if (QByteArray(dialogName) == "lockConfirmDialog") {
                screenshot(ask, "users-lock-confirm");
            }
            // Enter picks the safe default: Cancel.
            QTest::keyClick(ask, Qt::Key_Return);
            QTRY_VERIFY(!ask->isVisible() || panel->findChild<QDialog *>(QLatin1String(dialogName)) == nullptr);
            QCOMPARE(f.view.outcomeText(), QStringLiteral("Cancelled: nothing was changed."));
        }
        // Bulk: the dialog previews, then is closed without running.
        QVERIFY(f.search(lp, 1));
        f.table()->selectAll();
        f.triggerBulk("bulkLockAction");
        auto *dialog = visible<QDialog>(&f.view, "bulkUserActionDialog");
        QVERIFY(dialog);
        auto *run = dialog->findChild<QPushButton *>(QStringLiteral("bulkRunButton"));
        QTRY_VERIFY_WITH_TIMEOUT(run->isVisible() && run->isEnabled(), 30000);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("bulkCloseButton")), Qt::LeftButton);
        QTRY_VERIFY(f.view.findChild<QDialog *>(QStringLiteral("bulkUserActionDialog")) == nullptr);
        const UserDetails d = query(f.admin.api, id);
        QVERIFY(!d.summary.locked);
        QVERIFY(!d.summary.admin);
        QVERIFY(!d.summary.shadowBanned);
    }

    void bulkLockThirtyAndDeactivateNeedsTheCount()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        const QString prefix = uniquePrefix("guibulk");
        const QStringList users = makeUsers(f.admin, prefix, server, 31);
        QCOMPARE(users.size(), 31);
        QVERIFY(putUser(f.admin.api, users.last(), { { QStringLiteral("locked"), true } })); // already locked
        f.view.reload();
        QVERIFY(f.search(prefix, 31));
        f.table()->selectAll();
        // Pretend the signed-in account is one of them: the preview skips it.
        f.self = users.at(5);
        f.triggerBulk("bulkLockAction");
        auto *dialog = visible<QDialog>(&f.view, "bulkUserActionDialog");
        QVERIFY(dialog);
        auto *run = dialog->findChild<QPushButton *>(QStringLiteral("bulkRunButton"));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("bulkUsersTable"));
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("bulkSummaryLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(run->isVisible(), 30000);
        QCOMPARE(table->rowCount(), 31);
        QVERIFY2(summary->text().startsWith(QStringLiteral("Lock: 29 user")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("(1 your own account, 1 already so)")),
                 qPrintable(summary->text()));
        QVERIFY(run->text().startsWith(QStringLiteral("Lock 29 User")));
        screenshot(dialog, "users-bulk-preview");
        QTest::mouseClick(run, Qt::LeftButton);
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("bulkSaveReportButton"));
        QTRY_VERIFY_WITH_TIMEOUT(save->isVisible(), 120000);
        QVERIFY2(summary->text().startsWith(QStringLiteral("Lock: 29 done, 2 skipped")), qPrintable(summary->text()));
        screenshot(dialog, "users-bulk-result");
        for (int i = 0; i < users.size(); ++i) {
            QCOMPARE(query(f.admin.api, users.at(i)).summary.locked, i != 5);
        }
        // The report, and the list re-read: every row shows the server's state.
        QTemporaryDir dir;
        auto *bulk = qobject_cast<BulkUserActionDialog *>(dialog);
        QVERIFY(bulk->saveReport(dir.filePath(QStringLiteral("r.csv"))));
        QFile report(dir.filePath(QStringLiteral("r.csv")));
        QVERIFY(report.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsvWithPython(report.readAll()).size(), 32);
        QVERIFY(f.view.outcomeText().contains(QStringLiteral("29 done")));
        QTRY_COMPARE_WITH_TIMEOUT(f.view.model()->rowCount(), 31, 30000);
        for (int r = 0; r < 31; ++r) {
            const QString id = f.view.model()->index(r, UserListModel::UserIdColumn).data().toString();
            QCOMPARE(f.view.model()->index(r, UserListModel::LockedColumn).data().toString(),
                     id == users.at(5) ? QString() : QStringLiteral("yes"));
        }
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("bulkCloseButton")), Qt::LeftButton);

        // Deactivate needs the number typed.
        f.self = server.adminUserId;
        QVERIFY(f.search(prefix + QStringLiteral("0"), 10)); // 00..09
        f.table()->selectAll();
        f.triggerBulk("bulkDeactivateAction");
        dialog = visible<QDialog>(&f.view, "bulkUserActionDialog");
        QVERIFY(dialog);
        run = dialog->findChild<QPushButton *>(QStringLiteral("bulkRunButton"));
        QTRY_VERIFY_WITH_TIMEOUT(run->isVisible(), 30000);
        QVERIFY(!run->isEnabled());
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("bulkConfirmEdit"));
        QTest::keyClicks(confirm, QStringLiteral("9"));
        QVERIFY(!run->isEnabled());
        screenshot(dialog, "users-bulk-deactivate-confirm");
        confirm->clear();
        QTest::keyClicks(confirm, QStringLiteral("10"));
        QVERIFY(run->isEnabled());
        // Cancelled here: nothing deactivated.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("bulkCloseButton")), Qt::LeftButton);
        QTRY_VERIFY(f.view.findChild<QDialog *>(QStringLiteral("bulkUserActionDialog")) == nullptr);
        QVERIFY(!query(f.admin.api, users.first()).summary.deactivated);
    }

    void createUserPreviewErrorsAndSelection()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        f.view.reload();
        QTest::mouseClick(f.view.findChild<QPushButton *>(QStringLiteral("createUserButton")), Qt::LeftButton);
        auto *create = visible<QDialog>(&f.view, "createUserDialog");
        QVERIFY(create);
        auto *localpart = create->findChild<QLineEdit *>(QStringLiteral("newUserLocalpartEdit"));
        auto *preview = create->findChild<QLabel *>(QStringLiteral("newUserIdPreview"));
        auto *problem = create->findChild<QLabel *>(QStringLiteral("createUserProblemLabel"));
        auto *ok = create->findChild<QPushButton *>(QStringLiteral("okButton"));
        // An existing user: the error shows inside, the dialog and the input stay.
        const QString existing = server.adminUserId.mid(1).section(u':', 0, 0);
        QTest::keyClicks(localpart, existing);
        QCOMPARE(preview->text(), server.adminUserId); // live preview of the full ID
        QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("newUserDisplayNameEdit")),
                         QStringLiteral("Kept Name"));
        QVERIFY(ok->isEnabled()); // no password needed
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(QStringLiteral("already exists")), 20000);
        QVERIFY(create->isVisible());
        QCOMPARE(localpart->text(), existing);
        QCOMPARE(create->findChild<QLineEdit *>(QStringLiteral("newUserDisplayNameEdit"))->text(),
                 QStringLiteral("Kept Name"));
        screenshot(create, "users-create-error");
        QTest::keyClicks(localpart, QStringLiteral(" X"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("may only contain")));
        // A new one, without a password: created, the dialog closes, the user is selected.
        const QString lp = uniquePrefix("guinew") + QStringLiteral("sso");
        localpart->clear();
        QTest::keyClicks(localpart, lp);
        QCOMPARE(preview->text(), userId(server, lp));
        QVERIFY(create->findChild<QLabel *>(QStringLiteral("newUserPasswordNote"))
                    ->text()
                    .contains(QStringLiteral("single sign-on")));
        screenshot(create, "users-create");
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(f.view.findChild<QDialog *>(QStringLiteral("createUserDialog")) == nullptr, 20000);
        const UserDetails d = query(f.admin.api, userId(server, lp));
        QCOMPARE(d.summary.userId, userId(server, lp));
        QCOMPARE(d.summary.displayName, QStringLiteral("Kept Name"));
        QTRY_COMPARE_WITH_TIMEOUT(f.view.selectedUserIds(), QStringList { userId(server, lp) }, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(f.view.detailsPanel()->userId(), userId(server, lp), 30000);
        QCOMPARE(f.view.outcomeText(), QStringLiteral("Created %1.").arg(userId(server, lp)));
    }
};

QTEST_MAIN(TestUserActionsGui)
#include "tst_useractions_gui.moc"
