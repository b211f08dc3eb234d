#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

namespace Steward {

class ApiService;
class ServerNoticeRun;

/// Send a server notice: to the users selected in the Users view, to the users listed in a file, or
/// to all local users. Compose -> preview (who gets it, who is skipped and why) -> send with progress,
/// cancel, per-user outcome and a CSV report. The run keeps a journal, so a run the window did not
/// finish (closed, crashed) can be resumed with `steward-cli notice send --resume`.
class NoticeDialog : public QDialog
{
    Q_OBJECT
public:
    NoticeDialog(ApiService *api, const QString &selfUserId, QWidget *parent = nullptr);

    /// Pre-selects "the selected users" with these users.
    void setSelectedUsers(const QStringList &userIds);
    ServerNoticeRun *engine() const { return m_engine; }

protected:
    void reject() override;

private:
    void preview();
    void onPlan();
    void send();
    void onFinished();
    void saveReport();
    void showRecipients(bool skippedOnly);
    void updateComposeButtons();

    ApiService *m_api;
    QString m_self;
    QStringList m_selectedUsers;
    ServerNoticeRun *m_engine = nullptr;
    QStackedWidget *m_pages;
    // compose
    QRadioButton *m_toSelected;
    QRadioButton *m_toAll;
    QRadioButton *m_toFile;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QCheckBox *m_includeBots;
    QCheckBox *m_includeGuests;
    QPlainTextEdit *m_message;
    QCheckBox *m_withHtml;
    QPlainTextEdit *m_html;
    QLabel *m_composeError;
    QPushButton *m_preview;
    // preview and run
    QLabel *m_summary;
    QTableWidget *m_recipients;
    QProgressBar *m_progress;
    QPushButton *m_back;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QPushButton *m_report;
    QPushButton *m_close;
};

} // namespace Steward
