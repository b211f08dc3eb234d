#include "externalids/externalidremovepages.h"

#include "externalids/externalidcleanupwizard.h"
#include "externalids/externalidscanner.h"
#include "externalids/externalidupdater.h"
#include "widgethelpers.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Steward {

QPushButton *makeButton(const QString &text, const char *objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return b;
}

namespace {
QTableWidget *makeTable(const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(QLatin1String(objectName));
    t->setAccessibleName(accessibleName);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    return t;
}

QLabel *makeLabel(const char *objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(objectName));
    l->setWordWrap(true);
    return l;
}
} // namespace

// ---------------------------------------------------------------------------------------- scan

ExternalIdScanPage::ExternalIdScanPage(ExternalIdCleanupWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Scan the users"));
    setSubTitle(tr("Steward reads every user's identity-provider links. Nothing is changed on this page."));
    m_includeDeactivated = new QCheckBox(tr("Include &deactivated accounts"), this);
    m_includeDeactivated->setObjectName(QStringLiteral("includeDeactivatedCheck"));
    m_includeDeactivated->setAccessibleName(tr("Include deactivated accounts"));
    m_scanButton = makeButton(tr("&Scan"), "scanButton", this);
    m_cancelButton = makeButton(tr("Ca&ncel scan"), "cancelScanButton", this);
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = makeLabel("scanStatusLabel", this);
    m_restoreButton = makeButton(tr("&Restore from a backup…"), "restoreButton", this);
    m_restoreButton->setToolTip(tr("Put external IDs from a backup file back instead of removing any"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_scanButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_includeDeactivated);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    auto *restoreRow = new QHBoxLayout;
    restoreRow->addStretch();
    restoreRow->addWidget(m_restoreButton);
    layout->addLayout(restoreRow);

    ExternalIdScanner *scanner = wizard->scanner();
    connect(m_scanButton, &QPushButton::clicked, this, &ExternalIdScanPage::startScan);
    connect(m_cancelButton, &QPushButton::clicked, scanner, &ExternalIdScanner::cancel);
    connect(m_includeDeactivated, &QCheckBox::toggled, this, [this]() {
        // The result no longer matches the option: scan again.
        if (m_scanned) {
            m_scanned = false;
            m_status->setText(tr("The option changed: scan again."));
            Q_EMIT completeChanged();
        }
    });
    connect(scanner, &ExternalIdScanner::progressChanged, this, [this](const OperationProgress &p) {
        if (p.total < 0) {
            return; // before the first page
        }
        m_progress->setFormat(p.phase + QStringLiteral(": %v of %m"));
        m_progress->setRange(0, int(std::max<qint64>(1, p.total)));
        m_progress->setValue(int(p.done));
    });
    connect(scanner, &ExternalIdScanner::finished, this, &ExternalIdScanPage::onFinished);
    connect(m_restoreButton, &QPushButton::clicked, this, [this]() {
        m_wizard->scanner()->cancel();
        m_wizard->setRestoreMode(true);
        m_wizard->next();
    });
}

void ExternalIdScanPage::startScan()
{
    m_scanned = false;
    m_wizard->setRestoreMode(false);
    m_scanButton->setEnabled(false);
    m_includeDeactivated->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_status->setText(tr("Scanning…"));
    Q_EMIT completeChanged();
    m_wizard->scanner()->start(m_includeDeactivated->isChecked());
}

void ExternalIdScanPage::onFinished()
{
    const ExternalIdScan &s = m_wizard->scanner()->result();
    m_scanButton->setEnabled(true);
    m_scanButton->setText(tr("&Scan again"));
    m_includeDeactivated->setEnabled(true);
    m_cancelButton->setEnabled(false);
    if (s.error) {
        m_status->setText(tr("The scan failed: %1").arg(s.error->describe()));
    } else if (s.cancelled) {
        m_status->setText(tr("Scan cancelled after %1 users; nothing was changed.").arg(s.usersRead));
    } else {
        QString text = tr("%n users read", nullptr, s.usersRead) + QStringLiteral("; ")
            + tr("%n have external IDs", nullptr, int(s.linkedUsers.size())) + QStringLiteral("; ")
            + tr("%n providers found.", nullptr, int(s.providerUserCounts.size()));
        if (!s.readFailures.isEmpty()) {
            text += QLatin1Char(' ')
                + tr("%n users could not be read and will not be changed (first: %1).", nullptr,
                     int(s.readFailures.size()))
                      .arg(s.readFailures.first().first + QStringLiteral(": ")
                           + s.readFailures.first().second.describe());
        }
        if (s.providerUserCounts.isEmpty()) {
            text += QLatin1Char(' ') + tr("There is nothing to clean up.");
        }
        m_status->setText(text);
        m_scanned = !s.providerUserCounts.isEmpty();
    }
    Q_EMIT completeChanged();
}

bool ExternalIdScanPage::isComplete() const
{
    return m_wizard->restoreMode() || (m_scanned && !m_wizard->scanner()->isRunning());
}

int ExternalIdScanPage::nextId() const
{
    return m_wizard->restoreMode() ? ExternalIdCleanupWizard::RestoreFilePageId
                                   : ExternalIdCleanupWizard::ProvidersPageId;
}

// ----------------------------------------------------------------------------------- providers

ExternalIdProvidersPage::ExternalIdProvidersPage(ExternalIdCleanupWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Choose the providers to remove"));
    setSubTitle(tr("The links of the checked providers are removed from every user; all other links stay."));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("providersList"));
    m_list->setAccessibleName(tr("Identity providers"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemChanged, this, &QWizardPage::completeChanged);
}

void ExternalIdProvidersPage::initializePage()
{
    const QStringList before = m_wizard->chosenProviders();
    m_list->clear();
    const auto &counts = m_wizard->scanner()->result().providerUserCounts;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        auto *item = new QListWidgetItem(tr("%1 (%n users)", nullptr, it.value()).arg(it.key()), m_list);
        item->setData(Qt::UserRole, it.key());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(before.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList ExternalIdProvidersPage::checked() const
{
    QStringList providers;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            providers << m_list->item(i)->data(Qt::UserRole).toString();
        }
    }
    return providers;
}

bool ExternalIdProvidersPage::isComplete() const
{
    return !checked().isEmpty();
}

bool ExternalIdProvidersPage::validatePage()
{
    m_wizard->setChosenProviders(checked());
    return true;
}

// ------------------------------------------------------------------------------------- preview

ExternalIdPreviewPage::ExternalIdPreviewPage(ExternalIdCleanupWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Nothing has changed yet. Users not listed here get no request at all."));
    m_summary = makeLabel("previewSummaryLabel", this);
    m_signInWarning = makeLabel("noSignInWarningLabel", this);
    m_signInWarning->setTextFormat(Qt::RichText);
    m_table = makeTable("previewTable", tr("Users whose links will be removed"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_signInWarning);
    layout->addWidget(m_table);
}

void ExternalIdPreviewPage::initializePage()
{
    const auto &plan = m_wizard->plan();
    int ids = 0;
    m_table->clear();
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("User"), tr("To remove"), tr("Kept") });
    m_table->setRowCount(int(plan.size()));
    QStringList noLinkLeft;
    for (int row = 0; row < plan.size(); ++row) {
        const ExternalIdChange &c = plan.at(row);
        ids += int(c.toRemove.size());
        QString user = c.userId;
        if (c.deactivated) {
            user += QLatin1Char(' ') + tr("(deactivated)");
        } else if (c.locked) {
            user += QLatin1Char(' ') + tr("(locked)");
        }
        m_table->setItem(row, 0, new QTableWidgetItem(user));
        m_table->setItem(row, 1, new QTableWidgetItem(joinExternalIds(c.toRemove)));
        auto *kept = new QTableWidgetItem(c.kept.isEmpty() && !c.deactivated ? tr("none: may be left without a way to "
                                                                                  "sign in")
                                                                             : joinExternalIds(c.kept));
        if (c.kept.isEmpty() && !c.deactivated) {
            kept->setForeground(palette().brush(QPalette::Link));
            noLinkLeft << c.userId;
        }
        m_table->setItem(row, 2, kept);
    }
    // Synapse's admin API does not say whether an account has a password (no such field in the
    // user record), so Steward cannot tell who would really be locked out: it names who might be.
    if (noLinkLeft.isEmpty()) {
        m_signInWarning->hide();
    } else {
        m_signInWarning->setText(
            tr("<b>%n user(s) will have no identity-provider link left</b> and may be left without a way to sign "
               "in if they have no password. Synapse does not tell Steward whether an account has a password, so "
               "check these users (or give them a password) before you continue; a restore from the backup puts "
               "the links back.",
               nullptr, int(noLinkLeft.size())));
        m_signInWarning->setToolTip(noLinkLeft.join(QLatin1Char('\n')));
        m_signInWarning->show();
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setText(tr("%1 external IDs of %n users will be removed (providers: %2).", nullptr, int(plan.size()))
                           .arg(ids)
                           .arg(m_wizard->chosenProviders().join(QStringLiteral(", "))));
}

// -------------------------------------------------------------------------------------- backup

ExternalIdBackupPage::ExternalIdBackupPage(ExternalIdCleanupWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Back up before the change"));
    setSubTitle(tr("Every affected user's complete list of external IDs is written to this file before anything "
                   "changes. Use it with \"Restore from a backup\" to undo."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Write Backup and Remove"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("backupPathEdit"));
    m_path->setAccessibleName(tr("Backup file"));
    auto *browse = makeButton(tr("&Browse…"), "backupBrowseButton", this);
    m_error = makeLabel("backupErrorLabel", this);
    m_error->setStyleSheet(QStringLiteral("color: palette(link)"));
    auto *label = new QLabel(tr("Backup &file:"), this);
    label->setBuddy(m_path);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    m_confirmPrompt = makeLabel("removeConfirmPromptLabel", this);
    m_confirmPrompt->setTextFormat(Qt::RichText);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("removeConfirmEdit"));
    m_confirm->setAccessibleName(tr("Server name to confirm"));
    m_confirmPrompt->setBuddy(m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addSpacing(12);
    layout->addWidget(m_confirmPrompt);
    layout->addWidget(m_confirm);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_confirm, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(browse, &QPushButton::clicked, this, [this]() {
        auto *dialog = Widgets::fileDialog(this, "backupFileDialog", tr("Backup file"), m_path->text(),
                                           tr("JSON files (*.json)"), QStringLiteral("json"));
        connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
        dialog->open();
    });
}

void ExternalIdBackupPage::initializePage()
{
    if (m_path->text().isEmpty()) {
        m_path->setText(ExternalIdBackup::defaultPath());
    }
    int ids = 0;
    for (const ExternalIdChange &c : m_wizard->plan()) {
        ids += int(c.toRemove.size());
    }
    m_confirmPrompt->setText(tr("This removes %1 external IDs of %n user(s). Type the server name <b>%2</b> to "
                                "confirm:",
                                nullptr, int(m_wizard->plan().size()))
                                 .arg(ids)
                                 .arg(m_wizard->confirmationText().toHtmlEscaped()));
    m_confirm->setPlaceholderText(m_wizard->confirmationText());
    m_confirm->clear();
    m_error->clear();
}

bool ExternalIdBackupPage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty() && m_confirm->text().trimmed() == m_wizard->confirmationText();
}

bool ExternalIdBackupPage::validatePage()
{
    if (!isComplete()) {
        return false; // not confirmed: nothing is written or sent
    }
    const QString path = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    const ExternalIdBackup backup =
        ExternalIdBackup::fromPlan(m_wizard->plan(), m_wizard->chosenProviders(), m_wizard->serverLabel());
    QString error;
    if (!backup.write(path, &error)) {
        m_error->setText(error + QLatin1Char(' ') + tr("Nothing was changed."));
        return false;
    }
    m_wizard->setWrittenBackupPath(path);
    m_wizard->updater()->setBackup(backup, path); // kept true when a user changed since the scan
    return true;
}

// ----------------------------------------------------------------------------------------- run

ExternalIdRunPage::ExternalIdRunPage(ExternalIdCleanupWizard *wizard, bool restore)
    : m_wizard(wizard)
    , m_restore(restore)
{
    setObjectName(restore ? QStringLiteral("restoreRunPage") : QStringLiteral("applyRunPage"));
    setTitle(restore ? tr("Restoring") : tr("Removing"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setFormat(tr("%v of %m users"));
    m_status = makeLabel("runStatusLabel", this);
    m_cancelButton = makeButton(tr("Ca&ncel"), "cancelRunButton", this);
    m_cancelButton->setToolTip(tr("Start no further users; the ones in flight finish and are reported"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addStretch();

    ExternalIdUpdater *updater = wizard->updater();
    connect(m_cancelButton, &QPushButton::clicked, this, [this]() {
        m_wizard->updater()->cancel();
        m_cancelButton->setEnabled(false);
        m_status->setText(tr("Cancelling: waiting for the requests already sent…"));
    });
    connect(updater, &ExternalIdUpdater::progressChanged, this, [this](const OperationProgress &p) {
        m_progress->setRange(0, int(std::max<qint64>(1, p.total)));
        m_progress->setValue(int(p.done));
    });
    connect(updater, &ExternalIdUpdater::finished, this, [this]() {
        if (m_wizard->currentPage() != this) {
            return; // the restore preview uses the same engine
        }
        m_done = true;
        m_cancelButton->setEnabled(false);
        m_status->setText(m_wizard->updater()->wasCancelled() ? tr("Cancelled. The report says what was done.")
                                                              : tr("Finished."));
        Q_EMIT completeChanged();
        m_wizard->next();
    });
}

void ExternalIdRunPage::initializePage()
{
    m_done = false;
    m_cancelButton->setEnabled(true);
    m_status->clear();
    if (m_restore) {
        m_wizard->updater()->startRestore(m_wizard->restoreBackup()->users, false);
    } else {
        m_status->setText(tr("Backup written to %1").arg(m_wizard->writtenBackupPath()));
        m_wizard->updater()->startRemoval(m_wizard->plan());
    }
}

bool ExternalIdRunPage::isComplete() const
{
    return m_done;
}

int ExternalIdRunPage::nextId() const
{
    return ExternalIdCleanupWizard::ReportPageId;
}

// -------------------------------------------------------------------------------------- report

ExternalIdReportPage::ExternalIdReportPage(ExternalIdCleanupWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Report"));
    setFinalPage(true);
    m_summary = makeLabel("reportSummaryLabel", this);
    m_table = makeTable("reportTable", tr("Result per user"), this);
    m_exportButton = makeButton(tr("&Export CSV…"), "exportReportButton", this);
    m_exportStatus = makeLabel("exportStatusLabel", this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_exportStatus, 1);
    row->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addLayout(row);
    connect(m_exportButton, &QPushButton::clicked, this, &ExternalIdReportPage::chooseExportFile);
}

void ExternalIdReportPage::initializePage()
{
    const ExternalIdUpdater *u = m_wizard->updater();
    m_wizard->fillOutcomeTable(m_table, false);
    QString text = tr("%1 done, %2 failed, %3 not attempted.")
                       .arg(u->count(ExternalIdOutcome::Status::Done))
                       .arg(u->count(ExternalIdOutcome::Status::Failed))
                       .arg(u->count(ExternalIdOutcome::Status::NotAttempted));
    if (m_wizard->restoreMode()) {
        text += QLatin1Char(' ')
            + tr("%n users already had everything.", nullptr, u->count(ExternalIdOutcome::Status::Unchanged));
    } else if (!m_wizard->writtenBackupPath().isEmpty()) {
        text += QLatin1Char(' ') + tr("Backup: %1").arg(m_wizard->writtenBackupPath());
    }
    m_summary->setText(text);
    m_exportStatus->clear();
}

void ExternalIdReportPage::chooseExportFile()
{
    auto *dialog = Widgets::fileDialog(this, "exportFileDialog", tr("Export report"), QString(),
                                       tr("CSV files (*.csv)"), QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        m_exportStatus->setText(m_wizard->exportReport(path, &error) ? tr("Report written to %1").arg(path) : error);
    });
    dialog->open();
}

} // namespace Steward
