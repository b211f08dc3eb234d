#include "uiconventions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

namespace Steward {

namespace {
class UiConventions : public QObject
{
public:
    using QObject::QObject;

    void trackFocus(QWidget *, QWidget *now)
    {
        if (now && qobject_cast<QMainWindow *>(now->window())) {
            m_lastMainFocus = now;
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::Polish:
            if (auto *view = qobject_cast<QAbstractItemView *>(watched)) {
                view->setTabKeyNavigation(false);
            }
            break;
        case QEvent::Hide:
            if (auto *dialog = qobject_cast<QDialog *>(watched); dialog && dialog->isWindow()) {
                returnFocus(dialog);
            }
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void returnFocus(QDialog *dialog)
    {
        QWidget *parent = dialog->parentWidget();
        auto *main = parent ? qobject_cast<QMainWindow *>(parent->window()) : nullptr;
        if (!main) {
            return;
        }
        // After the dialog is gone: activate the main window and give the focus back.
        QTimer::singleShot(0, main, [this, main]() {
            if (QApplication::activeModalWidget() || !main->isVisible()) {
                return;
            }
            main->activateWindow();
            main->raise();
            QWidget *target = m_lastMainFocus && m_lastMainFocus->window() == main && m_lastMainFocus->isVisible()
                ? m_lastMainFocus.data()
                : main->focusWidget();
            if (target) {
                target->setFocus(Qt::ActiveWindowFocusReason);
            }
        });
    }

    QPointer<QWidget> m_lastMainFocus;
};
} // namespace

void installUiConventions()
{
    static QPointer<UiConventions> installed;
    if (installed || !qApp) {
        return;
    }
    installed = new UiConventions(qApp);
    qApp->installEventFilter(installed);
    QObject::connect(qApp, &QApplication::focusChanged, installed, &UiConventions::trackFocus);
    // Views that were shown before the filter was installed.
    for (QWidget *w : QApplication::allWidgets()) {
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            view->setTabKeyNavigation(false);
        }
    }
}

} // namespace Steward
