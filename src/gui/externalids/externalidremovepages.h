#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Steward {

class ExternalIdCleanupWizard;

/// Scan the server (include deactivated, progress, cancel); also the entry to a restore.
class ExternalIdScanPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ExternalIdScanPage(ExternalIdCleanupWizard *wizard);
    bool isComplete() const override;
    int nextId() const override;

private:
    void startScan();
    void onFinished();

    ExternalIdCleanupWizard *m_wizard;
    QCheckBox *m_includeDeactivated;
    QPushButton *m_scanButton;
    QPushButton *m_cancelButton;
    QPushButton *m_restoreButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    bool m_scanned = false;
};

/// The providers found, checkable, with how many users link each.
class ExternalIdProvidersPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ExternalIdProvidersPage(ExternalIdCleanupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QStringList checked() const;

    ExternalIdCleanupWizard *m_wizard;
    QListWidget *m_list;
};

/// Per affected user: the IDs that go and the ones that stay. Nothing has changed yet.
class ExternalIdPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ExternalIdPreviewPage(ExternalIdCleanupWizard *wizard);
    void initializePage() override;

private:
    ExternalIdCleanupWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_signInWarning;
    QTableWidget *m_table;
};

/// Where to write the backup; it is written when the user commits, before any change.
class ExternalIdBackupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ExternalIdBackupPage(ExternalIdCleanupWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    ExternalIdCleanupWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_confirmPrompt;
    QLineEdit *m_confirm;
    QLabel *m_error;
};

/// Runs the removal or the restore: progress and cancel.
class ExternalIdRunPage : public QWizardPage
{
    Q_OBJECT
public:
    ExternalIdRunPage(ExternalIdCleanupWizard *wizard, bool restore);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    ExternalIdCleanupWizard *m_wizard;
    bool m_restore;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancelButton;
    bool m_done = false;
};

/// Per-user results of the run, exportable as CSV.
class ExternalIdReportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ExternalIdReportPage(ExternalIdCleanupWizard *wizard);
    void initializePage() override;

private:
    void chooseExportFile();

    ExternalIdCleanupWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_exportButton;
    QLabel *m_exportStatus;
};

/// A push button with object and accessible names (every interactive widget has both).
QPushButton *makeButton(const QString &text, const char *objectName, QWidget *parent);

} // namespace Steward
