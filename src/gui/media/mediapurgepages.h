#pragma once

#include "media/mediapurgetypes.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace Steward {

class MediaPurgeWizard;

/// What to delete: a date or "not accessed in N days", a size limit, profile pictures, remote cache.
class MediaPurgeCutoffPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MediaPurgeCutoffPage(MediaPurgeWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void recompute();

    MediaPurgeWizard *m_wizard;
    QRadioButton *m_daysRadio;
    QSpinBox *m_daysSpin;
    QRadioButton *m_dateRadio;
    QDateTimeEdit *m_dateEdit;
    QCheckBox *m_sizeCheck;
    QSpinBox *m_sizeSpin;
    QComboBox *m_sizeUnit;
    QCheckBox *m_keepProfiles;
    QCheckBox *m_remoteCache;
    QLabel *m_cutoffLabel;
    MediaPurgeCriteria m_criteria;
    QString m_error;
};

/// The estimate, with progress; it can be cancelled or skipped on very large servers.
class MediaPurgeEstimatePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MediaPurgeEstimatePage(MediaPurgeWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void onFinished();
    void stop(bool skip);

    MediaPurgeWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancelButton;
    QPushButton *m_skipButton;
    QLabel *m_summary;
    QTreeWidget *m_users;
    bool m_done = false;
    bool m_skipRequested = false;
};

/// A plain summary, and the server name typed to confirm (plus a checkbox for a recent cutoff).
class MediaPurgeConfirmPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MediaPurgeConfirmPage(MediaPurgeWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    MediaPurgeWizard *m_wizard;
    QLabel *m_summary;
    QLineEdit *m_serverNameEdit;
    QCheckBox *m_recentCheck;
};

/// Runs the purge and reports what the server did; exports the deleted media IDs as CSV.
class MediaPurgeResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MediaPurgeResultPage(MediaPurgeWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    /// Writes the deleted media to path; false (with a message on the page) on failure.
    bool exportCsv(const QString &path);

private:
    void onFinished();
    void chooseExportFile();

    MediaPurgeWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_summary;
    QPushButton *m_exportButton;
    QPushButton *m_cancelRun; ///< cancels the purge (the wizard's own Cancel would only hide its answer)
    bool m_done = false;
};

/// "1.2 MB (1234567 bytes)"
QString formatBytes(qint64 bytes);

} // namespace Steward
