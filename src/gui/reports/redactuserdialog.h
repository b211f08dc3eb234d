#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Steward {

class ApiService;
class UserRedaction;

/// "Redact all of this user's events": every room, or only the report's room; the rooms the
/// UserRedaction engine plans are listed before anything is sent (the preview), Redact runs it with
/// progress (one server task per room, followed with redact_status), and the list then shows each
/// room's outcome. Non-modal; open it with open().
class RedactUserDialog : public QDialog
{
    Q_OBJECT
public:
    RedactUserDialog(ApiService *api, const QString &userId, const QString &roomId, QWidget *parent = nullptr);
    UserRedaction *engine() const { return m_engine; }

Q_SIGNALS:
    /// The run ended; summary: the tally's one line.
    void redactionFinished(const QString &summary, bool complete);

private:
    void replan();
    void showPlan();
    void showResult();
    void reject() override;

    ApiService *m_api;
    QString m_userId;
    QString m_roomId;
    UserRedaction *m_engine = nullptr;
    QRadioButton *m_allRooms;
    QRadioButton *m_thisRoom;
    QLineEdit *m_reason;
    QListWidget *m_plan;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_run;
    QPushButton *m_close;
};

} // namespace Steward
