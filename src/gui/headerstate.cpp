#include "headerstate.h"

#include "serversession.h"
#include "tableviewsetup.h"

#include <QHeaderView>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>

namespace Steward {

namespace {
const char *const keyProperty = "stewardHeaderSettingsKey";
const char *const restoredProperty = "stewardHeaderRestored";
} // namespace

bool rememberHeaderState(QHeaderView *header, const QString &key)
{
    const QString settingsKey = QStringLiteral("Views/%1/header").arg(key);
    header->setProperty(keyProperty, settingsKey);
    const QByteArray saved = QSettings().value(settingsKey).toByteArray();
    bool restored = false;
    if (!saved.isEmpty()) {
        // Quietly: the view would otherwise sort the model at once, before there is a server to ask.
        const QSignalBlocker blocker(header);
        restored = header->restoreState(saved);
    }
    header->setProperty(restoredProperty, restored);
    if (auto *table = qobject_cast<QTableView *>(header->parentWidget())) {
        TableViews::keepFrozenColumnFirst(table); // an older saved order may have moved it
    }
    QObject::connect(header, &QHeaderView::sectionResized, header, [header]() { saveHeaderState(header); });
    QObject::connect(header, &QHeaderView::sectionMoved, header, [header]() { saveHeaderState(header); });
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, [header]() { saveHeaderState(header); });
    return restored;
}

void rememberHeaderState(QTableView *view, const QString &key, ServerSession *session)
{
    QHeaderView *header = view->horizontalHeader();
    const bool restored = rememberHeaderState(header, key);
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
}

void saveHeaderState(QHeaderView *header)
{
    const QString settingsKey = header->property(keyProperty).toString();
    if (!settingsKey.isEmpty()) {
        QSettings().setValue(settingsKey, header->saveState());
    }
}

bool headerStateRestored(const QHeaderView *header)
{
    return header->property(restoredProperty).toBool();
}

} // namespace Steward
