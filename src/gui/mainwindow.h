#pragma once

#include "serversession.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QNetworkAccessManager;
class QComboBox;

namespace Ui {
class MainWindow;
}

namespace Steward {

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

Q_SIGNALS:
    /// F5 / View > Refresh on the current page.
    void refreshRequested();
    /// Connected to the bulk join wizard: open it pre-filled with these users and rooms.
    void bulkJoinRequested(const QStringList &userIds, const QStringList &roomIds);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateConnectionState();
    void addPlaceholder(const QString &id, const QString &title, const QString &text);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager *m_nam;
    ServerSession *m_session;
    QComboBox *m_profileCombo;
    QLabel *m_stateLabel;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_versionLabel;
    QString m_connectionLabel;
};

} // namespace Steward
