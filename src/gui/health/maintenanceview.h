#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Steward {

class ServerSession;

/// Background work of the server: the database background updates (state, the update running
/// now, enable / disable, start a job) and the scheduled tasks (room deletions, history purges,
/// redactions, ...) with their state and progress. Read on open and on F5.
class MaintenanceView : public QWidget
{
    Q_OBJECT
public:
    MaintenanceView(ServerSession *session, QWidget *parent = nullptr);
    void reload();

Q_SIGNALS:
    /// Background updates were enabled, disabled or a job was queued (the overview reloads).
    void changed();

private:
    void loadBackgroundUpdates();
    void loadTasks();
    void toggleEnabled();
    void startJob();

    ServerSession *m_session;
    QLabel *m_updatesLabel;
    QPushButton *m_toggleButton;
    QComboBox *m_jobCombo;
    QPushButton *m_startButton;
    QLabel *m_jobLabel;
    QLabel *m_tasksLabel;
    QTreeWidget *m_tasks;
    bool m_enabled = true;
};

} // namespace Steward
