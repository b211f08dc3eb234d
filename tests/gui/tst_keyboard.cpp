// Keyboard conventions of the main window, driven offscreen against the real Synapse: Tab leaves a
// table, Ctrl+1/Ctrl+2 switch views, the focus comes back after a dialog; and the icons are there.
#include "guitest.h"
#include "mainwindow.h"
#include "testserver.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Steward;

class TestKeyboard : public StewardTest::GuiTest
{
    Q_OBJECT

    MainWindow *m_window = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        m_window = new MainWindow;
        m_window->resize(1200, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window);
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_window->openConnection(QStringLiteral("Test server"), server.baseUrl, server.adminToken);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), ServerSession::State::Connected, 30000);
    }

    void cleanupTestCase() { delete m_window; }

    void tabLeavesTheTable()
    {
        m_window->showPage(QStringLiteral("users"));
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("usersTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model() && table->model()->rowCount() > 2, 30000);
        for (auto *view : m_window->findChildren<QAbstractItemView *>()) {
            QVERIFY2(!view->tabKeyNavigation(), qPrintable(view->objectName()));
        }
        table->setFocus();
        table->selectRow(1);
        QTRY_COMPARE(QApplication::focusWidget(), table);
        const QModelIndex current = table->currentIndex();
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table);
        QCOMPARE(table->currentIndex(), current);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().constFirst().row(), 1);
        // Shift+Tab comes back into the table.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->currentIndex(), current);
    }

    void ctrlNumberSwitchesViews()
    {
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
        m_window->showPage(QStringLiteral("users"));
        QCOMPARE(stack->currentWidget(), m_window->page(QStringLiteral("users")));
        // Ctrl+1 is the overview (the first entry), Ctrl+2 the users, Ctrl+3 the rooms.
        QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget(), m_window->page(QStringLiteral("rooms")));
        QCOMPARE(nav->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("rooms"));
        QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget(), m_window->page(QStringLiteral("users")));
        QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget(), m_window->page(QStringLiteral("overview")));
    }

    void focusReturnsAfterADialog()
    {
        m_window->showPage(QStringLiteral("users"));
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("usersTable"));
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        m_window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("preferencesDialog")))
                    && dialog->isVisible());
        QApplication::setActiveWindow(dialog);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog);
        dialog->reject();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        QCOMPARE(QApplication::activeWindow(), m_window);
    }

    void navigationAndActionsHaveIcons()
    {
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
        for (int i = 0; i < nav->count(); ++i) {
            QVERIFY2(!nav->item(i)->icon().isNull(), qPrintable(nav->item(i)->text()));
            QVERIFY(!nav->item(i)->icon().pixmap(22, 22).isNull());
        }
        for (const char *name :
             { "actionRefresh", "actionReconnect", "actionQuit", "actionSwitchProfile", "actionPreferences",
               "actionAbout", "actionBulkJoin", "actionMediaPurge", "actionExternalIdCleanup", "actionShowView_users",
               "actionShowView_rooms", "actionShowView_overview", "actionShowView_federation",
               "actionShowView_maintenance" }) {
            auto *action = m_window->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->icon().pixmap(16, 16).isNull(), name);
        }
    }

    void minimumSizeFitsEverything()
    {
        QVERIFY(m_window->minimumSize().width() <= 900 && m_window->minimumSize().height() <= 600);
        m_window->resize(900, 600);
        QTRY_COMPARE(m_window->size(), QSize(900, 600));
        // Every visible child of the window fits into it at this size.
        const QSize hint = m_window->minimumSizeHint();
        QString widest; // which page makes the window too big, for the failure message
        if (auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"))) {
            for (int i = 0; i < stack->count(); ++i) {
                const QSize page = stack->widget(i)->minimumSizeHint();
                widest += QStringLiteral(" %1=%2x%3")
                              .arg(stack->widget(i)->property("stewardPageId").toString())
                              .arg(page.width())
                              .arg(page.height());
            }
        }
        QVERIFY2(hint.width() <= 900 && hint.height() <= 600,
                 qPrintable(QStringLiteral("%1x%2;%3").arg(hint.width()).arg(hint.height()).arg(widest)));
        m_window->resize(1200, 800);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
