#include "externalids/externalidrestorepages.h"

#include "externalids/externalidcleanupwizard.h"
#include "externalids/externalidremovepages.h"
#include "externalids/externalidupdater.h"
#include "widgethelpers.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Steward {

ExternalIdRestoreFilePage::ExternalIdRestoreFilePage(ExternalIdCleanupWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Restore from a backup"));
    setSubTitle(tr("Removed external IDs are put back and merged with what each user has now: missing IDs are "
                   "added, existing ones kept."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("restorePathEdit"));
    m_path->setAccessibleName(tr("Backup file to restore"));
    auto *browse = makeButton(tr("&Browse…"), "restoreBrowseButton", this);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("restoreHintLabel"));
    m_hint->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("restoreErrorLabel"));
    m_error->setWordWrap(true);
    auto *label = new QLabel(tr("Backup &file:"), this);
    label->setBuddy(m_path);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString current = m_path->text().trimmed();
        const QString dir = current.isEmpty() ? ExternalIdBackup::defaultFolder() : QFileInfo(current).absolutePath();
        auto *dialog =
            Widgets::fileDialog(this, "restoreFileDialog", tr("Backup file"), dir, tr("JSON files (*.json)"));
        connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
        dialog->open();
    });
}

void ExternalIdRestoreFilePage::initializePage()
{
    // The latest backup Steward wrote is the one to offer; Browse for another.
    const QString latest = ExternalIdBackup::latestIn();
    if (m_path->text().trimmed().isEmpty() && !latest.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(latest));
    }
    m_hint->setText(latest.isEmpty()
                        ? tr("No backup found in %1. Choose the file with Browse.")
                              .arg(QDir::toNativeSeparators(ExternalIdBackup::defaultFolder()))
                        : tr("The latest backup (%1) is filled in; choose another with Browse.")
                              .arg(QLocale().toString(QFileInfo(latest).lastModified(), QLocale::ShortFormat)));
}

bool ExternalIdRestoreFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ExternalIdRestoreFilePage::validatePage()
{
    QString error;
    const auto backup = ExternalIdBackup::read(m_path->text().trimmed(), &error);
    if (!backup) {
        m_error->setText(error);
        return false;
    }
    m_error->clear();
    m_wizard->setRestoreBackup(*backup);
    return true;
}

int ExternalIdRestoreFilePage::nextId() const
{
    return ExternalIdCleanupWizard::RestorePreviewPageId;
}

ExternalIdRestorePreviewPage::ExternalIdRestorePreviewPage(ExternalIdCleanupWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Restore preview"));
    setSubTitle(tr("Nothing has changed yet. Only users with something missing are written."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Restore"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("restoreSummaryLabel"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("restorePreviewTable"));
    m_table->setAccessibleName(tr("What the restore would add"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    connect(wizard->updater(), &ExternalIdUpdater::finished, this, [this]() {
        if (m_wizard->currentPage() != this) {
            return;
        }
        const ExternalIdUpdater *u = m_wizard->updater();
        m_wizard->fillOutcomeTable(m_table, true);
        m_summary->setText(tr("%1 users will get IDs back; %2 already have everything; %3 could not be read.")
                               .arg(u->count(ExternalIdOutcome::Status::WouldChange))
                               .arg(u->count(ExternalIdOutcome::Status::Unchanged))
                               .arg(u->count(ExternalIdOutcome::Status::Failed)));
        m_ready = u->count(ExternalIdOutcome::Status::WouldChange) > 0;
        Q_EMIT completeChanged();
    });
}

void ExternalIdRestorePreviewPage::initializePage()
{
    m_ready = false;
    m_table->setRowCount(0);
    const auto &backup = m_wizard->restoreBackup();
    m_summary->setText(tr("Reading the current links of %n users…", nullptr, int(backup->users.size())));
    m_wizard->updater()->startRestore(backup->users, true);
}

void ExternalIdRestorePreviewPage::cleanupPage()
{
    m_wizard->updater()->cancel();
}

bool ExternalIdRestorePreviewPage::isComplete() const
{
    return m_ready && !m_wizard->updater()->isRunning();
}

int ExternalIdRestorePreviewPage::nextId() const
{
    return ExternalIdCleanupWizard::RestoreApplyPageId;
}

} // namespace Steward
