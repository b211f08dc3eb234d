#pragma once

#include "bulkjoin/bulkjoinplan.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QFrame;

namespace Steward {

class BulkJoinWizard;
struct OperationProgress;

/// Fills a tree with one row per pair: user, room, outcome, reason.
void fillPairTree(QTreeWidget *tree, const QList<BulkJoinPair> &pairs);

class BulkJoinInputPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BulkJoinInputPage(BulkJoinWizard *wizard);
    void setLists(const QStringList &users, const QStringList &rooms);
    void refreshResumeOffer();
    bool isComplete() const override;
    void initializePage() override;

private:
    void load(QPlainTextEdit *edit, const QString &what);

    BulkJoinWizard *m_wizard;
    QPlainTextEdit *m_users;
    QPlainTextEdit *m_rooms;
    QFrame *m_resumeBox;
    QLabel *m_resumeLabel;
    QPushButton *m_resumeButton;
    QString m_resumePath;
};

class BulkJoinValidationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BulkJoinValidationPage(BulkJoinWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    BulkJoinWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTreeWidget *m_problems;
    bool m_ready = false;
};

class BulkJoinPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BulkJoinPreviewPage(BulkJoinWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    int concurrency() const;

private:
    void refresh();

    BulkJoinWizard *m_wizard;
    QLabel *m_summary;
    QCheckBox *m_makeAdmin;
    QSpinBox *m_concurrency;
    QTreeWidget *m_pairs;
};

class BulkJoinRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BulkJoinRunPage(BulkJoinWizard *wizard);
    void initializePage() override;
    bool isComplete() const override { return m_done; }

private:
    void showProgress(const OperationProgress &p);

    BulkJoinWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_rate;
    QPushButton *m_cancel;
    bool m_done = false;
};

class BulkJoinReportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BulkJoinReportPage(BulkJoinWizard *wizard);
    void initializePage() override;

private:
    void refresh();
    void exportCsv();
    void retryFailed();

    BulkJoinWizard *m_wizard;
    QLabel *m_summary;
    QTreeWidget *m_pairs;
    QPushButton *m_export;
    QPushButton *m_retry;
    QLabel *m_retryStatus;
};

} // namespace Steward
