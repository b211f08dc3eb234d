#include "headerstate.h"

#include "serversession.h"

#include <QHeaderView>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>

namespace Steward {

void rememberHeaderState(QTableView *view, const QString &key, ServerSession *session)
{
    QHeaderView *header = view->horizontalHeader();
    const QString settingsKey = QStringLiteral("Views/%1/header").arg(key);
    const QByteArray saved = QSettings().value(settingsKey).toByteArray();
    bool restored = false;
    if (!saved.isEmpty()) {
        // Quietly: the view would otherwise sort the model at once, before there is a server to ask.
        const QSignalBlocker blocker(header);
        restored = header->restoreState(saved);
    }
    if (restored && view->isSortingEnabled() && header->sortIndicatorSection() >= 0) {
        // The models sort on the server: ask for the remembered order once there is a server.
        auto *once = new QObject(view);
        QObject::connect(session, &ServerSession::stateChanged, once, [view, header, once](ServerSession::State s) {
            if (s == ServerSession::State::Connected) {
                view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
                once->deleteLater();
            }
        });
    }
    auto save = [header, settingsKey]() {
        QSettings().setValue(settingsKey, header->saveState());
    };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}

} // namespace Steward
