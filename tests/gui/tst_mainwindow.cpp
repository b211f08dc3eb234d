// The main window driven offscreen against the real Synapse: navigation, Tools menu, status bar.
#include "guitest.h"
#include "mainwindow.h"
#include "testserver.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace Steward;

class TestMainWindow : public StewardTest::GuiTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsConnectionInStatusBar()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        MainWindow window;
        window.show();
        window.openConnection(QStringLiteral("Test server"), server.baseUrl, server.adminToken);
        auto *state = window.findChild<QLabel *>(QStringLiteral("connectionStateLabel"));
        auto *user = window.findChild<QLabel *>(QStringLiteral("userLabel"));
        auto *version = window.findChild<QLabel *>(QStringLiteral("serverVersionLabel"));
        auto *serverLabel = window.findChild<QLabel *>(QStringLiteral("serverLabel"));
        QVERIFY(state && user && version && serverLabel);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ServerSession::State::Connected, 30000);
        QCOMPARE(state->text(), QStringLiteral("Connected"));
        QVERIFY(user->text().contains(server.adminUserId));
        QVERIFY(user->text().contains(QStringLiteral("admin")));
        QVERIFY(version->text().startsWith(QStringLiteral("Synapse 1.")));
        QVERIFY(serverLabel->text().contains(server.baseUrl.authority()));
        QCOMPARE(serverLabel->toolTip(), server.baseUrl.toDisplayString());
        QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("profileCombo"))->currentText(),
                 QStringLiteral("Test server"));
    }

    void showsWhyANormalUserIsRefused()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        MainWindow window;
        window.show();
        window.openConnection(QStringLiteral("Test server"), server.baseUrl, server.userToken);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ServerSession::State::Failed, 30000);
        const QString text = window.findChild<QLabel *>(QStringLiteral("connectionStateLabel"))->text();
        QVERIFY2(text.contains(QStringLiteral("not a server administrator")), qPrintable(text));
    }

    void navigatesBetweenViews()
    {
        MainWindow window;
        window.show();
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        QVERIFY(nav && stack);
        // The overview comes first and is what the window opens on.
        const QStringList titles { QStringLiteral("Overview"),    QStringLiteral("Users"),
                                   QStringLiteral("Rooms"),       QStringLiteral("Federation"),
                                   QStringLiteral("Maintenance"), QStringLiteral("Reports"),
                                   QStringLiteral("Media"),       QStringLiteral("Tokens") };
        QCOMPARE(nav->count(), titles.size());
        for (int i = 0; i < titles.size(); ++i) {
            QCOMPARE(nav->item(i)->text(), titles.at(i));
        }
        QCOMPARE(stack->currentWidget(), window.page(QStringLiteral("overview")));
        QCOMPARE(window.page(QStringLiteral("overview"))->objectName(), QStringLiteral("overviewView"));
        window.showPage(QStringLiteral("media"));
        QCOMPARE(stack->currentWidget(), window.page(QStringLiteral("media")));
        // The overview's unread-reports figure is wired to the Reports view and links to it.
        auto *unread =
            window.page(QStringLiteral("overview"))->findChild<QLabel *>(QStringLiteral("overviewReportsLabel"));
        QVERIFY(unread);
        QVERIFY2(unread->text().contains(QStringLiteral("page:reports")), qPrintable(unread->text()));
        window.showPage(QStringLiteral("rooms"));
        QCOMPARE(stack->currentWidget(), window.page(QStringLiteral("rooms")));
        window.showPage(QStringLiteral("users"));
        QCOMPARE(stack->currentWidget(), window.page(QStringLiteral("users")));
    }

    void networkTimeoutPreference()
    {
        QSettings().remove(QStringLiteral("Network/timeoutSeconds"));
        {
            MainWindow window;
            window.show();
            QCOMPARE(window.session()->api()->transferTimeout(), std::chrono::milliseconds(60000));
            window.findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
            QDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("preferencesDialog"))));
            auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("networkTimeoutSpin"));
            QCOMPARE(spin->value(), 60);
            spin->setValue(3); // below the minimum: clamped
            QCOMPARE(spin->value(), 5);
            spin->setValue(15);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
            QCOMPARE(window.session()->api()->transferTimeout(), std::chrono::milliseconds(15000));
            QCOMPARE(QSettings().value(QStringLiteral("Network/timeoutSeconds")).toInt(), 15);
        }
        MainWindow again; // applied at start
        QCOMPARE(again.session()->api()->transferTimeout(), std::chrono::milliseconds(15000));
        QSettings().remove(QStringLiteral("Network/timeoutSeconds"));
    }

    void toolsMenuHoldsTheWizards()
    {
        MainWindow window;
        QStringList names;
        for (QAction *a : window.toolsMenu()->actions()) {
            names << a->objectName();
        }
        QVERIFY(names.contains(QStringLiteral("actionBulkJoin")));
        QVERIFY(names.contains(QStringLiteral("actionMediaPurge")));
        QVERIFY(names.contains(QStringLiteral("actionExternalIdCleanup")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
