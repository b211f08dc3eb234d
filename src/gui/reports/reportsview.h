#pragma once

#include "reports/reportlistmodel.h"
#include "reports/reportwatcher.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkReply;
class QPushButton;
class QSystemTrayIcon;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace Steward {

class ServerSession;

/// The Reports view: event and user reports paged from the server (newest first) with filters,
/// the selected report's details (the reported event readable, media as metadata only until "Show
/// media" is pressed, a few messages around it, key facts of the sender and the room), and the
/// moderation actions, each confirmed first, with its outcome recorded on the report's row.
/// A ReportWatcher polls for new reports (with backoff) while Steward runs: a desktop notification
/// and the count on the navigation entry (unreadCountChanged). Rows newer than what the admin last
/// saw are bold; what was seen is remembered per profile.
class ReportsView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsView(ServerSession *session, QWidget *parent = nullptr);

    ReportListModel *model() const { return m_model; }
    ReportWatcher *watcher() const { return m_watcher; }
    int unreadCount() const { return m_unread; }
    /// The report shown in the details (id -1 when none).
    Report currentReport() const { return m_current; }

    /// Poll interval of the watcher (default 60 s).
    void setWatchInterval(std::chrono::milliseconds interval) { m_interval = interval; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void unreadCountChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();
    void onConnected();
    void markSeen();
    void showReport(const Report &report);
    void renderDetails();
    void updateActions();
    void onNewReports(const QList<Report> &reports);
    void setOutcome(const Report &report, const QString &outcome);
    void confirm(const QString &name, const QString &title, const QString &html, const QString &ok,
                 std::function<void()> go);
    void dismiss();
    void redactEvent();
    void quarantineMedia();
    void userAction(int action);
    void blockRoom();
    void deleteRoom();
    void redactAll();
    void showMedia();

    ServerSession *m_session;
    ReportListModel *m_model;
    ReportWatcher *m_watcher;
    std::chrono::milliseconds m_interval { 60000 };
    QString m_seenPath;
    int m_unread = 0;

    QComboBox *m_kind;
    QLineEdit *m_room;
    QLineEdit *m_user;
    QLineEdit *m_reporter;
    QPushButton *m_refresh;
    QTableView *m_table;
    QLabel *m_status;
    QTextBrowser *m_details;
    QPushButton *m_showMedia;
    QLabel *m_mediaPreview;
    QPushButton *m_dismiss;
    QPushButton *m_redactEvent;
    QPushButton *m_quarantine;
    QToolButton *m_sender;
    QToolButton *m_room2;
    QPushButton *m_redactAll;
    QSystemTrayIcon *m_tray = nullptr;

    Report m_current;
    QJsonObject m_event;
    QString m_contextHtml;
    QString m_senderHtml;
    QString m_roomHtml;
    QPointer<QNetworkReply> m_mediaReply;
    quint64 m_detailsSerial = 0;
};

} // namespace Steward
