#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QWidget;

namespace Steward {

class ServerSession;

/// The one place where what needs the server follows ServerSession::serverAvailable: while the
/// server cannot be reached (or the token was rejected) the held actions and widgets are disabled,
/// afterwards they are back in the state their owners gave them.
///
/// Actions are held through an action group and containers through their own enabled state, so
/// what the owner enables or disables meanwhile is kept (Qt's rule for explicitly disabled children).
/// Prefer holding a container (a details panel, a button bar) over a single button: a single widget
/// that its owner disables while it is held is enabled again afterwards.
class ServerGate : public QObject
{
    Q_OBJECT
public:
    explicit ServerGate(ServerSession *session, QObject *parent = nullptr);

    void hold(QAction *action);
    void hold(QWidget *widget);

private:
    void apply();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ServerSession *m_session;
    QActionGroup *m_actions;
    QList<QPointer<QWidget>> m_widgets;
    /// Widgets disabled by the gate, with the state their owner wants.
    QHash<QWidget *, bool> m_held;
    bool m_applying = false;
};

} // namespace Steward
