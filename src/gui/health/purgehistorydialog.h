#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Steward {

class ApiService;
class HistoryPurge;

/// Purge a room's history: before a local date and time (DST-correct, as in the media purge) or
/// before an event, optionally with local users' events. "Preview" asks the server what the purge
/// will hit (HistoryPurge::plan) and says what is deleted and what is kept; the Purge button stays
/// disabled until a preview for the current choices exists and the room ID is typed. Then progress
/// from purge_history_status and the outcome. Open it with open(): it never blocks.
class PurgeHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    PurgeHistoryDialog(ApiService *api, const QString &roomId, const QString &roomName, QWidget *parent = nullptr);

    /// Closing while the server purges is refused (the outcome would be lost to the user).
    void reject() override;

Q_SIGNALS:
    void purged(const QString &roomId);

private:
    void invalidate();
    void preview();
    void purge();
    void updateButtons();

    ApiService *m_api;
    QString m_roomId;
    QRadioButton *m_byDate;
    QRadioButton *m_byEvent;
    QDateTimeEdit *m_date;
    QLineEdit *m_event;
    QCheckBox *m_deleteLocal;
    QPushButton *m_previewButton;
    QLabel *m_preview;
    QLineEdit *m_confirm;
    QLabel *m_state;
    QProgressBar *m_progress;
    QPushButton *m_purgeButton;
    QPushButton *m_closeButton;
    QPointer<HistoryPurge> m_purge;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace Steward
