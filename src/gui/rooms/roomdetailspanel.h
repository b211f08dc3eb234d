#pragma once

#include "rooms/roommembersmodel.h"
#include "rooms/roomsapi.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace Steward {

class RoomDeletion;

/// Everything about one room: topic and every field the server returns, members, state events
/// (a tree with the selected event as pretty JSON), block status, and the room's actions.
class RoomDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    RoomDetailsPanel(ApiService *api, QWidget *parent = nullptr);

    /// Who is signed in (the default for "make room admin") and this server's name (local users).
    void setIdentity(const QString &ownUserId, const QString &serverName);
    void showRoom(const QString &roomId);
    void clear();
    QString roomId() const { return m_roomId; }
    QString roomName() const { return m_details.summary.name; }

    /// The member list as the room's state has it (display names and power levels; tests).
    QList<RoomMemberInfo> members() const { return m_memberInfo; }

Q_SIGNALS:
    void joinUsersRequested(const QStringList &roomIds);
    /// "Media…": show the files of this room in the Media view.
    void mediaRequested(const QString &roomId);
    /// A space's child room was activated: show that room.
    void roomActivated(const QString &roomId);
    /// Block state or membership changed on the server; the list should refresh.
    void roomChanged(const QString &roomId);
    /// The room was deleted on the server: the list drops it (re-read).
    void roomDeleted(const QString &roomId);
    /// The outcome of an action, for the view's one outcome line; error: it failed.
    void outcome(const QString &text, bool error);

private:
    void loadBlock();
    void loadDeletionState();
    void toggleBlock();
    void setBlocked(bool block);
    void makeAdmin();
    void deleteRoom();
    void showDetails(const RoomDetails &details);
    void showState(const QList<RoomStateEvent> &events);
    void showMembers(const QList<RoomStateEvent> &events);
    void showSpaceChildren(const QList<RoomStateEvent> &events);
    void setError(const QString &text);

    ApiService *m_api;
    QString m_ownUserId;
    QString m_serverName;
    QString m_roomId;
    RoomDetails m_details;
    std::optional<bool> m_blocked;
    RoomMembersModel *m_members;
    QPointer<RoomDeletion> m_deletionCheck;

    QLabel *m_title;
    QLabel *m_topic;
    QLabel *m_error;
    QLabel *m_blockLabel;
    QLabel *m_deletionLabel;
    QPushButton *m_blockButton;
    QPushButton *m_makeAdminButton;
    QPushButton *m_joinButton;
    QPushButton *m_mediaButton;
    QPushButton *m_deleteButton;
    QPushButton *m_purgeHistoryButton;
    QTabWidget *m_tabs;
    QTreeWidget *m_fields;
    QTreeWidget *m_memberTree;
    QLabel *m_membersLabel;
    QList<RoomMemberInfo> m_memberInfo;
    QWidget *m_spacePage;
    QTreeWidget *m_spaceChildren;
    QTreeWidget *m_stateTree;
    QPlainTextEdit *m_stateJson;
};

} // namespace Steward
