#include "servergate.h"

#include "serversession.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QWidget>

namespace Steward {

ServerGate::ServerGate(ServerSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_actions(new QActionGroup(this))
{
    m_actions->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
    connect(session, &ServerSession::serverAvailableChanged, this, &ServerGate::apply);
    apply();
}

void ServerGate::hold(QAction *action)
{
    m_actions->addAction(action);
}

void ServerGate::hold(QWidget *widget)
{
    m_widgets << widget;
    connect(widget, &QObject::destroyed, this, [this, widget]() { m_held.remove(widget); });
    apply();
}

void ServerGate::apply()
{
    const bool available = m_session->isServerAvailable();
    m_actions->setEnabled(available);
    m_applying = true;
    for (const QPointer<QWidget> &w : std::as_const(m_widgets)) {
        if (!w) {
            continue;
        }
        if (!available && !m_held.contains(w)) {
            m_held.insert(w, !w->testAttribute(Qt::WA_ForceDisabled));
            w->installEventFilter(this);
            w->setEnabled(false);
        } else if (available && m_held.contains(w)) {
            w->removeEventFilter(this);
            w->setEnabled(m_held.take(w));
        }
    }
    m_applying = false;
}

bool ServerGate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::EnabledChange && !m_applying) {
        auto *w = static_cast<QWidget *>(watched);
        if (m_held.contains(w) && w->isEnabled()) {
            // The owner enabled it while the server is away: keep that for later, hold it now.
            m_held[w] = true;
            m_applying = true;
            w->setEnabled(false);
            m_applying = false;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Steward
