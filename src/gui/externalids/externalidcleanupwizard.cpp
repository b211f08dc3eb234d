#include "externalids/externalidcleanupwizard.h"

#include "externalids/externalidremovepages.h"
#include "externalids/externalidrestorepages.h"
#include "externalids/externalidscanner.h"
#include "externalids/externalidupdater.h"

#include <QHeaderView>
#include <QSaveFile>
#include <QTableWidget>

namespace Steward {

QString joinExternalIds(const ExternalIdList &ids)
{
    QStringList parts;
    for (const ExternalId &e : ids) {
        parts << e.display();
    }
    return parts.join(QStringLiteral(", "));
}

ExternalIdCleanupWizard::ExternalIdCleanupWizard(ApiService *api, const QString &serverLabel, QWidget *parent)
    : QWizard(parent)
    , m_api(api)
    , m_serverLabel(serverLabel)
    , m_scanner(new ExternalIdScanner(api, this))
    , m_updater(new ExternalIdUpdater(api, this))
{
    setObjectName(QStringLiteral("externalIdCleanupWizard"));
    setWindowTitle(tr("External-ID Cleanup"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ScanPageId, new ExternalIdScanPage(this));
    setPage(ProvidersPageId, new ExternalIdProvidersPage(this));
    setPage(PreviewPageId, new ExternalIdPreviewPage(this));
    setPage(BackupPageId, new ExternalIdBackupPage(this));
    setPage(ApplyPageId, new ExternalIdRunPage(this, false));
    setPage(RestoreFilePageId, new ExternalIdRestoreFilePage(this));
    setPage(RestorePreviewPageId, new ExternalIdRestorePreviewPage(this));
    setPage(RestoreApplyPageId, new ExternalIdRunPage(this, true));
    setPage(ReportPageId, new ExternalIdReportPage(this));
    setStartId(ScanPageId);
    resize(860, 600);
    // Closing the wizard stops the engines: reads are aborted, writes finish the users in flight.
    connect(this, &QWizard::rejected, this, [this]() {
        m_scanner->cancel();
        m_updater->cancel();
    });
}

ExternalIdCleanupWizard::~ExternalIdCleanupWizard() = default;

void ExternalIdCleanupWizard::setChosenProviders(const QStringList &providers)
{
    m_providers = providers;
    m_plan = planExternalIdRemoval(m_scanner->result(), providers);
}

bool ExternalIdCleanupWizard::exportReport(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_updater->writeReport(&file) || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ExternalIdCleanupWizard::fillOutcomeTable(QTableWidget *table, bool preview) const
{
    const auto &outcomes = m_updater->outcomes();
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels({ tr("User"), tr("Result"), m_restoreMode ? tr("Added") : tr("Removed"),
                                       preview ? tr("Would have") : tr("Has now"), tr("Detail") });
    table->setRowCount(int(outcomes.size()));
    for (int row = 0; row < outcomes.size(); ++row) {
        const ExternalIdOutcome &o = outcomes.at(row);
        QString status;
        switch (o.status) {
        case ExternalIdOutcome::Status::Done:
            status = m_restoreMode ? tr("Restored") : tr("Removed");
            break;
        case ExternalIdOutcome::Status::Unchanged:
            status = tr("Nothing missing");
            break;
        case ExternalIdOutcome::Status::WouldChange:
            status = tr("Will be restored");
            break;
        case ExternalIdOutcome::Status::Failed:
            status = tr("Failed");
            break;
        case ExternalIdOutcome::Status::NotAttempted:
            status = tr("Not attempted");
            break;
        case ExternalIdOutcome::Status::Unknown:
            status = tr("Outcome unknown");
            break;
        }
        const bool changedNothing = o.status == ExternalIdOutcome::Status::Failed
            || o.status == ExternalIdOutcome::Status::NotAttempted || o.status == ExternalIdOutcome::Status::Unknown;
        const QStringList cells { o.userId, status, changedNothing ? QString() : joinExternalIds(o.changed),
                                  changedNothing ? QString() : joinExternalIds(o.after), o.detail };
        for (int col = 0; col < cells.size(); ++col) {
            table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace Steward
