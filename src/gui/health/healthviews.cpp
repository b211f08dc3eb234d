#include "health/healthviews.h"

#include "health/federationview.h"
#include "health/maintenanceview.h"
#include "health/overviewview.h"
#include "mainwindow.h"
#include "rooms/roomsview.h"

namespace Steward {

void installHealthViews(MainWindow *window)
{
    ServerSession *session = window->session();
    auto *overview = new OverviewView(session, window);
    window->setPage(QStringLiteral("overview"), MainWindow::tr("Overview"), overview);
    auto *federation = new FederationView(session, window);
    window->setPage(QStringLiteral("federation"), MainWindow::tr("Federation"), federation);
    auto *maintenance = new MaintenanceView(session, window);
    window->setPage(QStringLiteral("maintenance"), MainWindow::tr("Maintenance"), maintenance);

    const auto openRoom = [window](const QString &roomId) {
        window->showPage(QStringLiteral("rooms"));
        if (auto *rooms = qobject_cast<RoomsView *>(window->page(QStringLiteral("rooms")))) {
            rooms->openRoom(roomId);
        }
    };
    QObject::connect(overview, &OverviewView::pageRequested, window,
                     [window, federation, openRoom](const QString &pageId, const QString &argument) {
                         if (pageId == u"rooms" && !argument.isEmpty()) {
                             openRoom(argument);
                             return;
                         }
                         if (pageId == u"federation") {
                             federation->setFailingOnly(argument == u"failing");
                         }
                         window->showPage(pageId);
                     });
    QObject::connect(federation, &FederationView::roomActivated, window, openRoom);
    QObject::connect(maintenance, &MaintenanceView::changed, overview, &OverviewView::reload);
    QObject::connect(window, &MainWindow::refreshRequested, window, [overview, federation, maintenance]() {
        if (overview->isVisible()) {
            overview->reload();
        } else if (federation->isVisible()) {
            federation->reload();
        } else if (maintenance->isVisible()) {
            maintenance->reload();
        }
    });
}

} // namespace Steward
