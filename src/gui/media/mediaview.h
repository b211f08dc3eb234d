#pragma once

#include "media/mediaaction.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace Steward {

class MainWindow;
class MediaListModel;
class MediaStatsModel;
class ServerSession;

/// The Media view: users ranked by the space their uploads take (date range and search on the
/// server), the largest rooms in the database, and one user's or one room's files as a paged list
/// with quarantine / unquarantine, protect / unprotect and delete for the selected files, and
/// "quarantine everything" of the user or room. Every change is previewed by the MediaAction
/// engine, confirmed in a dialog, run with progress and reported file by file. No media content is
/// downloaded unless the opt-in preview is switched on (and then shown blurred until clicked).
class MediaView : public QWidget
{
    Q_OBJECT
public:
    MediaView(ServerSession *session, QWidget *parent = nullptr);
    ~MediaView() override;

    MediaStatsModel *statsModel() const { return m_stats; }
    MediaListModel *listModel() const { return m_list; }
    /// The engine of the last action (tests).
    MediaAction *lastAction() const { return m_action; }

public Q_SLOTS:
    void reload();
    void showUserMedia(const QString &userId);
    void showRoomMedia(const QString &roomId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void loadLargestRooms();
    void updateButtons();
    QStringList selectedMxcs() const;
    void startAction(MediaAction::Action action, const QStringList &mxcs, bool everything);
    void confirm();
    void showReport();
    void updatePreview();
    void loadThumbnail(const MediaRef &media);
    QString serverName() const;

    ServerSession *m_session;
    MediaStatsModel *m_stats;
    MediaListModel *m_list;
    QLineEdit *m_search;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_untilCheck;
    QDateEdit *m_until;
    QLabel *m_statsStatus;
    QTableView *m_statsTable;
    QTreeWidget *m_rooms;
    QLabel *m_roomsStatus;
    QGroupBox *m_listBox;
    QTableView *m_listTable;
    QLabel *m_listStatus;
    QPushButton *m_quarantineButton;
    QPushButton *m_unquarantineButton;
    QPushButton *m_protectButton;
    QPushButton *m_unprotectButton;
    QPushButton *m_deleteButton;
    QPushButton *m_quarantineAllButton;
    QCheckBox *m_previewCheck;
    QLabel *m_preview;
    QLabel *m_outcome;
    QPointer<MediaAction> m_action;
    QPointer<QMessageBox> m_dialog;
    bool m_everything = false;
    QString m_previewFor;
    quint64 m_previewGeneration = 0;
};

/// Adds the Media view to the main window and wires it to the users' and rooms' details panels.
void installMediaView(MainWindow *window);

} // namespace Steward
