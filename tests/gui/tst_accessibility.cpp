// Every interactive widget of the main window, its views and the three wizards has an object name
// (for tests) and an accessible name (for screen readers: set, or taken from its text or buddy label).
#include "guitest.h"
#include "mainwindow.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QTest>
#include <QWizard>

using namespace Steward;

namespace {
QStringList problems(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w->focusPolicy() == Qt::NoFocus || w->isWindow() || qobject_cast<QMenu *>(w)
            || w->window() != root->window()) {
            continue; // not focusable, or in another window (a combo box's popup list)
        }
        if (qobject_cast<QLabel *>(w)) {
            continue; // a selectable label is named by its text; an empty one holds nothing to reach
        }
        // Qt's own internals (scroll bar parts, viewport, header sections, wizard buttons...)
        const QString name = w->objectName();
        if (name.startsWith(QLatin1String("qt_")) || w->parentWidget() == nullptr
            || QByteArray(w->metaObject()->className()).startsWith("QHeaderView")
            || QByteArray(w->metaObject()->className()) == "QScrollBar"
            || QByteArray(w->metaObject()->className()) == "QCalendarWidget"
            || qobject_cast<QAbstractButton *>(w->parentWidget()) != nullptr) {
            continue;
        }
        if (w->parentWidget()->inherits("QAbstractSpinBox") || w->parentWidget()->inherits("QComboBox")
            || w->parentWidget()->inherits("QCalendarWidget") || w->parentWidget()->inherits("QDateTimeEdit")
            || w->parentWidget()->inherits("QAbstractScrollArea")) {
            continue; // the inner line edit / viewport of a compound widget
        }
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString accessible = iface ? iface->text(QAccessible::Name) : QString();
        if (name.isEmpty() || accessible.trimmed().isEmpty()) {
            out << QStringLiteral("%1 \"%2\" (accessible \"%3\") in %4")
                       .arg(QLatin1String(w->metaObject()->className()), name, accessible,
                            QLatin1String(root->metaObject()->className()));
        }
    }
    return out;
}
} // namespace

class TestAccessibility : public StewardTest::GuiTest
{
    Q_OBJECT
private Q_SLOTS:
    void everyInteractiveWidgetIsNamed()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        MainWindow window;
        window.show();
        window.openConnection(QStringLiteral("Test server"), server.baseUrl, server.adminToken);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ServerSession::State::Connected, 30000);

        QStringList found = problems(&window);
        for (const char *action : { "actionBulkJoin", "actionMediaPurge", "actionExternalIdCleanup" }) {
            auto *a = window.findChild<QAction *>(QLatin1String(action));
            QVERIFY2(a, action);
            QTRY_VERIFY2(a->isEnabled(), action);
            const auto before = QApplication::topLevelWidgets();
            a->trigger();
            QWizard *wizard = nullptr;
            QTRY_VERIFY2((wizard = [&]() -> QWizard * {
                             for (QWidget *w : QApplication::topLevelWidgets()) {
                                 if (!before.contains(w) && qobject_cast<QWizard *>(w) && w->isVisible()) {
                                     return qobject_cast<QWizard *>(w);
                                 }
                             }
                             return nullptr;
                         }()),
                         action);
            for (int id : wizard->pageIds()) {
                found << problems(wizard->page(id));
            }
            wizard->close();
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
