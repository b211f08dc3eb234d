#pragma once

#include "externalids/externalidbackup.h"
#include "externalids/externalidplan.h"

#include <QWizard>

#include <optional>

class QTableWidget;

namespace Steward {

class ApiService;
class ExternalIdScanner;
class ExternalIdUpdater;

/// Tools > External-ID Cleanup: scan -> providers -> preview -> backup -> apply -> report, or
/// (from the first page) restore a backup: file -> preview -> restore -> report.
/// The pages are thin: the scanner and updater engines of the core do the work.
class ExternalIdCleanupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        ScanPageId,
        ProvidersPageId,
        PreviewPageId,
        BackupPageId,
        ApplyPageId,
        RestoreFilePageId,
        RestorePreviewPageId,
        RestoreApplyPageId,
        ReportPageId,
    };

    /// serverLabel names the server in the backup file.
    ExternalIdCleanupWizard(ApiService *api, const QString &serverLabel, QWidget *parent = nullptr);
    ~ExternalIdCleanupWizard() override;

    ExternalIdScanner *scanner() const { return m_scanner; }
    ExternalIdUpdater *updater() const { return m_updater; }

    bool restoreMode() const { return m_restoreMode; }
    void setRestoreMode(bool restore) { m_restoreMode = restore; }

    QStringList chosenProviders() const { return m_providers; }
    void setChosenProviders(const QStringList &providers);
    const QList<ExternalIdChange> &plan() const { return m_plan; }
    QString serverLabel() const { return m_serverLabel; }
    /// What the user types to confirm a removal (like the other destructive wizards): the server
    /// name; the server label when none was given.
    QString confirmationText() const { return m_serverName.isEmpty() ? m_serverLabel : m_serverName; }
    void setServerName(const QString &serverName) { m_serverName = serverName; }

    /// Where the backup of this run was written (empty until written).
    QString writtenBackupPath() const { return m_writtenBackup; }
    void setWrittenBackupPath(const QString &path) { m_writtenBackup = path; }

    const std::optional<ExternalIdBackup> &restoreBackup() const { return m_restoreBackup; }
    void setRestoreBackup(const ExternalIdBackup &backup) { m_restoreBackup = backup; }

    /// The report of the last run as CSV; false (with *error) when the file cannot be written.
    bool exportReport(const QString &path, QString *error) const;

    /// Fills a results table (user, status, changed, now, detail) from the updater's outcomes.
    void fillOutcomeTable(QTableWidget *table, bool preview) const;

private:
    ApiService *m_api;
    QString m_serverLabel;
    QString m_serverName;
    ExternalIdScanner *m_scanner;
    ExternalIdUpdater *m_updater;
    bool m_restoreMode = false;
    QStringList m_providers;
    QList<ExternalIdChange> m_plan;
    QString m_writtenBackup;
    std::optional<ExternalIdBackup> m_restoreBackup;
};

/// "provider/id, provider/id" for table cells.
QString joinExternalIds(const ExternalIdList &ids);

} // namespace Steward
