#pragma once

#include "rooms/roomlistmodel.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QFrame;

namespace Steward {

class OperationProgressBar;
class RoomDetailsPanel;
class RoomExport;
class ServerSession;

/// The Rooms page: the server's rooms (paged, sorted, searched and filtered on the server), the
/// details of the selected room, and the room actions. Independent of MainWindow: the hand-off to
/// the bulk join wizard is a callback.
class RoomsView : public QWidget
{
    Q_OBJECT
public:
    using JoinUsersHandler = std::function<void(const QStringList &roomIds)>;

    RoomsView(ServerSession *session, JoinUsersHandler joinUsers, QWidget *parent = nullptr);

    RoomListModel *model() const { return m_model; }
    RoomDetailsPanel *detailsPanel() const { return m_details; }
    QStringList selectedRoomIds() const;
    /// The outcome of the last change (one place for every action of this view).
    QString outcomeText() const;

public Q_SLOTS:
    void refresh();
    /// Finds the room by its ID (a search the server answers exactly) and selects it.
    void openRoom(const QString &roomId);
    /// Export the rooms matching the current search and filters into path: JSON when it ends in
    /// ".json", else CSV (the button asks for the file first). Runs in the background with a
    /// progress strip and Cancel; the outcome line says how far it got.
    void exportTo(const QString &path);

private:
    void onSessionState();
    void updateStatus();
    void onSelectionChanged();
    void applyFilters();
    void showOutcome(const QString &text, bool error);
    /// Publishes the selected rooms in the room directory (or removes them), then reloads the list.
    void setSelectedPublished(bool published);
    void chooseExportFile();

    ServerSession *m_session;
    JoinUsersHandler m_joinUsers;
    RoomListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_publicFilter;
    QComboBox *m_emptyFilter;
    QPushButton *m_refresh;
    QPushButton *m_joinSelected;
    QPushButton *m_export;
    OperationProgressBar *m_exportProgress;
    QPointer<RoomExport> m_exportJob;
    QTableView *m_table;
    RoomDetailsPanel *m_details;
    QLabel *m_status;
    QLabel *m_outcome;
    QFrame *m_errorFrame;
    QLabel *m_errorLabel;
    QPushButton *m_retry;
    bool m_attached = false;
    QString m_pendingRoom;
};

} // namespace Steward
