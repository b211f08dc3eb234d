#pragma once

#include "rooms/roomdeletion.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Steward {

/// Deleting a room (v2): options, a preview of what will happen, confirmation by typing the room's
/// name or ID (the Delete button stays disabled until it matches), then progress and the outcome.
/// When the server is already deleting the room, shows that deletion instead of the options.
/// Stop is the engine's honest cancel: a DELETE that has not left is dropped (nothing deleted); one
/// the server has cannot be taken back and is followed to its end; the dialog says which.
/// Open it with open()/show(): it never blocks in a nested event loop.
class RoomDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    RoomDeleteDialog(ApiService *api, const QString &roomId, const QString &roomName, QWidget *parent = nullptr);

    RoomDeletion *deletion() const { return m_deletion; }

Q_SIGNALS:
    /// The server finished deleting the room (the rooms list should refresh).
    void roomDeleted(const QString &roomId);

private:
    void updatePreview();
    void updateState();
    void startDeletion();
    void stopDeletion();
    RoomDeleteOptions currentOptions() const;

    RoomDeletion *m_deletion;
    QGroupBox *m_optionsBox;
    QCheckBox *m_block;
    QCheckBox *m_purge;
    QCheckBox *m_forcePurge;
    QLineEdit *m_newRoomUser;
    QLineEdit *m_newRoomName;
    QLineEdit *m_message;
    QLabel *m_previewLabel;
    QListWidget *m_preview;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_stateLabel;
    QProgressBar *m_progress;
    QPlainTextEdit *m_report;
    QPushButton *m_deleteButton;
    QPushButton *m_stopButton;
    bool m_stopAsked = false;
    QPushButton *m_closeButton;
};

} // namespace Steward
