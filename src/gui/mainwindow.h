#pragma once

#include "serversession.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QLabel;
class QNetworkAccessManager;
class QComboBox;

namespace Ui {
class MainWindow;
}

namespace Steward {

class ServerGate;

/// The main window: profile switcher, navigation between the views, Tools menu for the wizards,
/// and the connection state in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ServerSession *session() const { return m_session; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    /// Connect to a server outside of saved profiles (the sandbox, --homeserver).
    void openConnection(const QString &label, const QUrl &baseUrl, const QString &token);

    /// Replaces the placeholder of a navigation entry ("users", "rooms") or adds a new one.
    void setPage(const QString &id, const QString &title, QWidget *page);
    QWidget *page(const QString &id) const;
    void showPage(const QString &id);
    QMenu *toolsMenu() const;
    QComboBox *profileSwitcher() const { return m_profileCombo; }

    /// Views hand users and/or rooms to the bulk join wizard through this (it emits bulkJoinRequested).
    void requestBulkJoin(const QStringList &userIds, const QStringList &roomIds);

    /// What is disabled while the server cannot be reached (actions, panels, buttons).
    ServerGate *serverGate() const { return m_gate; }

    /// Work that has to finish before the window closes (e.g. revoking session-only tokens). Each
    /// task calls done when finished; the window closes when all are done or after closeWait at most.
    using CloseTask = std::function<void(std::function<void()> done)>;
    void addCloseTask(CloseTask task) { m_closeTasks.push_back(std::move(task)); }
    static constexpr std::chrono::milliseconds closeWait { 5000 };

public Q_SLOTS:
    /// F5 / View > Refresh: reload the current view; when the server is unreachable, try it now first.
    void refresh();
    /// Server > Reconnect and the banner's button: try the server now; reload once it answers.
    void reconnect();

Q_SIGNALS:
    /// F5 / View > Refresh on the current page.
    void refreshRequested();
    /// Connected to the bulk join wizard: open it pre-filled with these users and rooms.
    void bulkJoinRequested(const QStringList &userIds, const QStringList &roomIds);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateConnectionState();
    QString offlineText() const;
    void addPlaceholder(const QString &id, const QString &title, const QString &text);
    void showAbout();
    void showPreferences();
    void holdServerActions();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager *m_nam;
    ServerSession *m_session;
    QComboBox *m_profileCombo;
    QLabel *m_stateLabel;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_versionLabel;
    QString m_connectionLabel;
    ServerGate *m_gate;
    QTimer m_countdown; ///< refreshes "reconnecting in N s"
    bool m_wasOpened = false;
    std::vector<CloseTask> m_closeTasks;
    enum class Closing { No, Finishing, Done } m_closing = Closing::No;
};

} // namespace Steward
