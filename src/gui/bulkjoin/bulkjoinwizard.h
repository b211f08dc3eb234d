#pragma once

#include "bulkjoin/bulkjoinplan.h"

#include <QPointer>
#include <QWizard>

namespace Steward {

class ApiService;
class BulkJoinEngine;
class BulkJoinPreflight;
class MainWindow;

/// The bulk join as a wizard whose pages are the engine's phases:
/// input -> validation -> preview -> run -> report. The work is done by BulkJoinPreflight and
/// BulkJoinEngine; the pages only show what they emit.
class BulkJoinWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { InputPage, ValidationPage, PreviewPage, RunPage, ReportPage };

    BulkJoinWizard(ApiService *api, const QString &adminUserId, QWidget *parent = nullptr);
    ~BulkJoinWizard() override;

    /// Enables Tools > Bulk Join when a session is connected, and opens the wizard from it and from
    /// MainWindow::bulkJoinRequested (pre-filled).
    static void install(MainWindow *window);

    /// Pre-fills the input page (from the Users/Rooms views).
    void setLists(const QStringList &users, const QStringList &rooms);
    void setJournalDirectory(const QString &dir);
    QString journalDirectory() const { return m_journalDir; }

    ApiService *api() const { return m_api; }
    QString adminUserId() const { return m_adminUserId; }
    BulkJoinPreflight *preflight() const { return m_preflight; }
    BulkJoinEngine *engine() const { return m_engine; }
    BulkJoinPlan &plan() { return m_plan; }

    /// Set by the input page's "Resume" button: the run page continues this journal.
    QString resumeJournal() const { return m_resumeJournal; }
    void setResumeJournal(const QString &path) { m_resumeJournal = path; }

    /// Writes the report as CSV (the Export button asks for the path, then calls this).
    bool exportReport(const QString &path, QString *error) const;

    int nextId() const override;

private:
    ApiService *m_api;
    QString m_adminUserId;
    QString m_journalDir;
    QString m_resumeJournal;
    BulkJoinPlan m_plan;
    BulkJoinPreflight *m_preflight;
    BulkJoinEngine *m_engine;
};

} // namespace Steward
