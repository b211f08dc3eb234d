#include "users/usersviewsetup.h"

#include "mainwindow.h"
#include "users/userdetailspanel.h"
#include "users/usersview.h"

namespace Steward {

void installUsersView(MainWindow *window)
{
    ServerSession *session = window->session();
    auto *view = new UsersView(session->api(), window);
    view->setCurrentUserIdProvider([session]() { return session->status().whoAmI.userId; });
    view->detailsPanel()->setCurrentDeviceIdProvider([session]() { return session->status().whoAmI.deviceId; });
    view->setBulkJoinHandler([window](const QStringList &userIds) { window->requestBulkJoin(userIds, {}); });
    QObject::connect(session, &ServerSession::stateChanged, view, [view](ServerSession::State state) {
        if (state == ServerSession::State::Connected) {
            view->reload();
        }
    });
    QObject::connect(window, &MainWindow::refreshRequested, view, [view]() {
        if (view->isVisible()) {
            view->reload();
        }
    });
    window->setPage(QStringLiteral("users"), MainWindow::tr("Users"), view);
}

} // namespace Steward
