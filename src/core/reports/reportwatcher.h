#pragma once

#include "reports/reportsapi.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace Steward {

/// The newest report ids a face has dealt with, kept per profile in the data directory
/// (<GenericDataLocation>/steward/reports/<profile key>-<purpose>.json). -1: none yet.
struct ReportMark
{
    qint64 eventId = -1;
    qint64 userId = -1;

    qint64 of(ReportKind kind) const { return kind == ReportKind::Event ? eventId : userId; }
    void raise(const Report &report);
    bool operator==(const ReportMark &) const = default;

    /// The file for this server and signed-in admin; purpose: "cli-watch", "seen", ...
    static QString path(const QUrl &baseUrl, const QString &adminUserId, const QString &purpose);
    /// A missing file is the empty mark; an unreadable one too, with *error set.
    static ReportMark load(const QString &path, QString *error = nullptr);
    bool save(const QString &path, QString *error = nullptr) const;
};

/// Notices new reports: check() reads event and user reports newest first, page by page, until it
/// reaches reports at or below the baseline; what is above it is announced once (newReports) and
/// becomes the new baseline. start() polls; failures back off (doubling, up to 16 times the interval)
/// so an unreachable server is not hammered. A server without user reports (404) is checked for
/// event reports only.
class ReportWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ReportWatcher(ApiService *api, QObject *parent = nullptr);

    ReportMark baseline() const { return m_baseline; }
    void setBaseline(const ReportMark &mark) { m_baseline = mark; }

    void check();
    bool isChecking() const { return m_pending > 0; }
    void start(std::chrono::milliseconds interval);
    void stop();
    bool isPolling() const { return m_timer.isActive() || (m_polling && isChecking()); }
    std::chrono::milliseconds currentDelay() const { return m_delay; }
    /// The server has no user reports API (older Synapse).
    bool userReportsUnsupported() const { return m_noUserReports; }
    /// Page size of the scan (tests use a small one).
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

Q_SIGNALS:
    /// Reports above the baseline, oldest first (the baseline already moved past them).
    void newReports(const QList<Steward::Report> &reports);
    void failed(const Steward::ApiError &error);
    /// A check finished (successfully or not).
    void checked();

private:
    void scan(ReportKind kind, qint64 from);
    void kindDone();
    void scheduleNext();

    ApiService *m_api;
    ReportMark m_baseline;
    QList<Report> m_found;
    ApiError m_error;
    int m_pending = 0;
    int m_pageSize = 100;
    bool m_polling = false;
    bool m_noUserReports = false;
    std::chrono::milliseconds m_interval { 60000 };
    std::chrono::milliseconds m_delay { 60000 };
    QTimer m_timer;
};

} // namespace Steward
