#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace Steward {

class ExternalIdCleanupWizard;

/// Choose the backup file to restore from; it is read and checked on Next.
class ExternalIdRestoreFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ExternalIdRestoreFilePage(ExternalIdCleanupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    ExternalIdCleanupWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_hint;
    QLabel *m_error;
};

/// Reads each user's current links and shows what the restore would add. Nothing changes yet.
class ExternalIdRestorePreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ExternalIdRestorePreviewPage(ExternalIdCleanupWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    ExternalIdCleanupWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_table;
    bool m_ready = false;
};

} // namespace Steward
