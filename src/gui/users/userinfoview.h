#pragma once

#include "rooms/roomsapi.h"
#include "users/userapi.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace Steward {

/// What the server knows about one user, in plain words: account badges, an overview of labelled
/// fields, the rooms (by name, with member counts), the devices with their log-out actions, the
/// sessions grouped by address and client, and the pushers. Read-only except for logging devices out.
class UserInfoView : public QWidget
{
    Q_OBJECT
public:
    explicit UserInfoView(ApiService *api, QWidget *parent = nullptr);

    /// Who is signed in and with which device: that device cannot be logged out from here.
    void setOwnSession(std::function<QString()> userId, std::function<QString()> deviceId);
    /// Nothing selected.
    void clear(const QString &message);
    /// Start loading rooms, devices, sessions, pushers and media of this user.
    void load(const QString &userId);
    /// The account as GET v2/users/<id> returned it (the overview and the badges).
    void showDetails(const UserDetails &details);
    void showDetailsError(const QString &text);

    /// The overview as plain text (what a screen reader reads; tests).
    QString overviewText() const;
    QList<UserDevice> devices() const { return m_devices; }

    void logOutCurrentDevice();
    void logOutSelectedDevices();
    void logOutAllDevices();

Q_SIGNALS:
    /// A room was activated (double-click or Enter) in the rooms list.
    void roomActivated(const QString &roomId);
    /// Devices were logged out (the caller may want to re-read the user).
    void devicesChanged();

private:
    void renderOverview();
    void showRooms(const QHash<QString, QString> &memberships, const QList<RoomLookup> &rooms);
    void showDevices();
    void showSessions(const QList<WhoisConnection> &connections);
    void showPushers(const QList<UserPusher> &pushers);
    void updateDeviceButtons();
    void confirmLogout(const QStringList &deviceIds, const QString &question);
    void setTabCount(QWidget *page, const QString &text);
    QString ownDevice() const;

    ApiService *m_api;
    std::function<QString()> m_ownUser;
    std::function<QString()> m_ownDevice;
    QString m_userId;
    quint64 m_generation = 0;
    std::optional<UserDetails> m_details;
    QString m_detailsError;
    std::optional<Result<UserMediaUsage>> m_media;
    QList<UserDevice> m_devices;
    bool m_busy = false;

    QLabel *m_badges;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    QTreeWidget *m_rooms;
    QWidget *m_devicesPage;
    QTreeWidget *m_deviceTree;
    QLabel *m_deviceResult;
    QPushButton *m_logoutOne;
    QPushButton *m_logoutSelected;
    QPushButton *m_logoutAll;
    QTreeWidget *m_sessions;
    QTreeWidget *m_pushers;
};

} // namespace Steward
