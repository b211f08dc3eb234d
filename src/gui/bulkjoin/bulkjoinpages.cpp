#include "bulkjoin/bulkjoinpages.h"

#include "apiservice.h"
#include "bulkjoin/bulkjoinengine.h"
#include "bulkjoin/bulkjoininput.h"
#include "bulkjoin/bulkjoinjournal.h"
#include "bulkjoin/bulkjoinpreflight.h"
#include "bulkjoin/bulkjoinwizard.h"
#include "widgethelpers.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Steward {

namespace {
using Outcome = BulkJoinPair::Outcome;

using Widgets::named;

QTreeWidget *makeTree(QWidget *parent, const char *objectName, const QString &accessibleName,
                      const QStringList &columns)
{
    auto *tree = named(new QTreeWidget(parent), objectName, accessibleName);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setHeaderLabels(columns);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString durationText(qint64 ms)
{
    if (ms < 0) {
        return QCoreApplication::translate("Steward::BulkJoinRunPage", "unknown");
    }
    const qint64 s = (ms + 999) / 1000;
    return s < 60 ? QCoreApplication::translate("Steward::BulkJoinRunPage", "%1 s").arg(s)
                  : QCoreApplication::translate("Steward::BulkJoinRunPage", "%1 min %2 s").arg(s / 60).arg(s % 60);
}
} // namespace

void fillPairTree(QTreeWidget *tree, const QList<BulkJoinPair> &pairs)
{
    tree->setUpdatesEnabled(false);
    tree->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(pairs.size());
    for (const auto &p : pairs) {
        auto *item = new QTreeWidgetItem({ p.user, p.room, BulkJoinPair::outcomeText(p.outcome), p.reason });
        item->setData(2, Qt::UserRole, BulkJoinPair::outcomeName(p.outcome));
        item->setToolTip(3, p.reason);
        items << item;
    }
    tree->addTopLevelItems(items);
    tree->resizeColumnToContents(0);
    tree->resizeColumnToContents(1);
    tree->resizeColumnToContents(2);
    tree->setUpdatesEnabled(true);
}

// ------------------------------------------------------------------ input

BulkJoinInputPage::BulkJoinInputPage(BulkJoinWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("bulkJoinInputPage"));
    setTitle(tr("Who joins which rooms"));
    setSubTitle(tr("One entry per line, or separated by commas or spaces. Users are @name:server or just the name "
                   "on this server; rooms are room IDs or aliases (#name:server)."));
    m_users = named(new QPlainTextEdit(this), "usersEdit", tr("Users"));
    m_rooms = named(new QPlainTextEdit(this), "roomsEdit", tr("Rooms"));
    m_users->setPlaceholderText(tr("@alice:example.org\nbob"));
    m_rooms->setPlaceholderText(tr("#general:example.org\n!roomid:example.org"));
    auto *loadUsers = named(new QPushButton(tr("Load users from file…"), this), "loadUsersButton",
                            tr("Load users from a text or CSV file"));
    auto *loadRooms = named(new QPushButton(tr("Load rooms from file…"), this), "loadRoomsButton",
                            tr("Load rooms from a text or CSV file"));
    connect(loadUsers, &QPushButton::clicked, this, [this]() { load(m_users, tr("users")); });
    connect(loadRooms, &QPushButton::clicked, this, [this]() { load(m_rooms, tr("rooms")); });
    connect(m_users, &QPlainTextEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_rooms, &QPlainTextEdit::textChanged, this, &QWizardPage::completeChanged);

    m_resumeBox = new QFrame(this);
    m_resumeBox->setObjectName(QStringLiteral("resumeBox"));
    m_resumeBox->setFrameShape(QFrame::StyledPanel);
    m_resumeLabel = new QLabel(m_resumeBox);
    m_resumeLabel->setWordWrap(true);
    m_resumeButton = named(new QPushButton(tr("Resume unfinished bulk join"), m_resumeBox), "resumeButton",
                           tr("Resume unfinished bulk join"));
    auto *resumeLayout = new QHBoxLayout(m_resumeBox);
    resumeLayout->addWidget(m_resumeLabel, 1);
    resumeLayout->addWidget(m_resumeButton);
    connect(m_resumeButton, &QPushButton::clicked, this, [this]() {
        m_wizard->setResumeJournal(m_resumePath);
        setCommitPage(true);
        m_wizard->next();
    });

    auto *grid = new QGridLayout(this);
    auto *usersLabel = new QLabel(tr("&Users:"), this);
    usersLabel->setBuddy(m_users);
    auto *roomsLabel = new QLabel(tr("&Rooms:"), this);
    roomsLabel->setBuddy(m_rooms);
    grid->addWidget(m_resumeBox, 0, 0, 1, 2);
    grid->addWidget(usersLabel, 1, 0);
    grid->addWidget(roomsLabel, 1, 1);
    grid->addWidget(m_users, 2, 0);
    grid->addWidget(m_rooms, 2, 1);
    grid->addWidget(loadUsers, 3, 0, Qt::AlignLeft);
    grid->addWidget(loadRooms, 3, 1, Qt::AlignLeft);
}

void BulkJoinInputPage::initializePage()
{
    refreshResumeOffer();
}

void BulkJoinInputPage::setLists(const QStringList &users, const QStringList &rooms)
{
    m_users->setPlainText(users.join(QLatin1Char('\n')));
    m_rooms->setPlainText(rooms.join(QLatin1Char('\n')));
}

void BulkJoinInputPage::refreshResumeOffer()
{
    const auto journals =
        BulkJoinJournal::unfinished(m_wizard->journalDirectory(), m_wizard->api()->baseUrl().toString());
    m_resumeBox->setVisible(!journals.isEmpty());
    if (journals.isEmpty()) {
        m_resumePath.clear();
        return;
    }
    const auto &j = journals.constFirst();
    m_resumePath = j.path;
    m_resumeLabel->setText(tr("A bulk join started %1 did not finish: %2 of %3 pairs are still to do.")
                               .arg(QLocale().toString(j.created.toLocalTime(), QLocale::ShortFormat))
                               .arg(j.remaining())
                               .arg(j.pairs.size()));
}

bool BulkJoinInputPage::isComplete() const
{
    return !m_users->toPlainText().trimmed().isEmpty() && !m_rooms->toPlainText().trimmed().isEmpty();
}

void BulkJoinInputPage::load(QPlainTextEdit *edit, const QString &what)
{
    const QString title = tr("Load %1").arg(what);
    auto *dialog =
        Widgets::fileDialog(this, "loadListFileDialog", title, QString(), tr("Lists (*.txt *.csv);;All files (*)"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, edit, title](const QString &path) {
        QList<BulkJoinInputItem> items;
        QString error;
        if (!BulkJoinInput::readFile(path, &items, &error)) {
            Widgets::openMessage(this, "loadListErrorBox", QMessageBox::Warning, title, error);
            return;
        }
        QStringList lines;
        for (const auto &i : items) {
            lines << i.text;
        }
        edit->setPlainText(lines.join(QLatin1Char('\n')));
    });
    dialog->open();
}

// ------------------------------------------------------------------ validation

BulkJoinValidationPage::BulkJoinValidationPage(BulkJoinWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("bulkJoinValidationPage"));
    setTitle(tr("Checking the users and rooms"));
    setSubTitle(tr("Every user and room is checked on the server. Nothing is changed yet."));
    m_status = named(new QLabel(this), "validationStatusLabel", tr("Validation status"));
    m_status->setWordWrap(true);
    m_progress = named(new QProgressBar(this), "validationProgress", tr("Validation progress"));
    m_problems = makeTree(this, "problemsTree", tr("Problems found"), { tr("Item"), tr("Line"), tr("Problem") });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_problems, 1);

    connect(wizard->preflight(), &BulkJoinPreflight::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(wizard->preflight(), &BulkJoinPreflight::finished, this, [this](const Result<BulkJoinPlan> &result) {
        m_progress->hide();
        if (!result.ok()) {
            m_status->setText(tr("The check failed: %1").arg(result.error().describe()));
            return;
        }
        BulkJoinPlan &plan = m_wizard->plan();
        plan = result.value();
        m_problems->clear();
        for (const auto &p : std::as_const(plan.problems)) {
            auto *item =
                new QTreeWidgetItem(m_problems, { p.item, p.line > 0 ? QString::number(p.line) : QString(), p.reason });
            item->setToolTip(2, p.reason);
        }
        m_problems->resizeColumnToContents(0);
        m_problems->setVisible(!plan.problems.isEmpty());
        if (plan.users.isEmpty() || plan.rooms.isEmpty()) {
            m_status->setText(plan.users.isEmpty() ? tr("None of the users can be joined. Go back and fix the list.")
                                                   : tr("None of the rooms can be used. Go back and fix the list."));
            return;
        }
        m_status->setText(plan.problems.isEmpty()
                              ? tr("All %1 users and %2 rooms are fine.").arg(plan.users.size()).arg(plan.rooms.size())
                              : tr("%n problem(s) found. Go back to fix them, or continue: the items listed here take "
                                   "no part (duplicates are joined once).",
                                   nullptr, int(plan.problems.size())));
        m_ready = true;
        Q_EMIT completeChanged();
    });
}

void BulkJoinValidationPage::initializePage()
{
    m_ready = false;
    m_problems->clear();
    m_problems->hide();
    m_progress->show();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Checking…"));
    auto *usersEdit = m_wizard->findChild<QPlainTextEdit *>(QStringLiteral("usersEdit"));
    auto *roomsEdit = m_wizard->findChild<QPlainTextEdit *>(QStringLiteral("roomsEdit"));
    m_wizard->preflight()->start(BulkJoinInput::splitList(usersEdit->toPlainText()),
                                 BulkJoinInput::splitList(roomsEdit->toPlainText()), m_wizard->adminUserId());
}

void BulkJoinValidationPage::cleanupPage()
{
    m_wizard->preflight()->cancel();
    m_ready = false;
}

bool BulkJoinValidationPage::isComplete() const
{
    return m_ready;
}

// ------------------------------------------------------------------ preview

BulkJoinPreviewPage::BulkJoinPreviewPage(BulkJoinWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("bulkJoinPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("What will happen. Nothing has changed yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Join"));
    m_summary = named(new QLabel(this), "previewSummaryLabel", tr("Preview summary"));
    m_summary->setWordWrap(true);
    m_makeAdmin = named(new QCheckBox(this), "makeAdminCheck", tr("Make me a room admin where needed"));
    m_concurrency = named(new QSpinBox(this), "concurrencySpin", tr("Requests in flight"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(BulkJoinEngine::DefaultConcurrency);
    m_concurrency->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_pairs =
        makeTree(this, "previewTree", tr("Planned pairs"), { tr("User"), tr("Room"), tr("Planned"), tr("Reason") });
    auto *form = new QFormLayout;
    form->addRow(tr("Requests in &flight:"), m_concurrency);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_makeAdmin);
    layout->addLayout(form);
    layout->addWidget(m_pairs, 1);
    connect(m_makeAdmin, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->plan().setMakeAdminEverywhere(on);
        refresh();
    });
}

void BulkJoinPreviewPage::initializePage()
{
    const int rooms = m_wizard->plan().roomsNeedingAdmin();
    m_makeAdmin->setText(tr("Make me (%1) a room admin first in %n room(s) that are not public and that I am not "
                            "in (make_room_admin); otherwise they are skipped",
                            nullptr, rooms)
                             .arg(m_wizard->adminUserId()));
    m_makeAdmin->setVisible(rooms > 0);
    m_makeAdmin->blockSignals(true);
    m_makeAdmin->setChecked(false);
    m_makeAdmin->blockSignals(false);
    m_wizard->plan().setMakeAdminEverywhere(false);
    refresh();
}

void BulkJoinPreviewPage::refresh()
{
    const BulkJoinPlan &plan = m_wizard->plan();
    m_summary->setText(tr("%1 users × %2 rooms: <b>%3 to join</b>, %4 already members, %5 skipped.")
                           .arg(plan.users.size())
                           .arg(plan.rooms.size())
                           .arg(plan.count(Outcome::ToJoin))
                           .arg(plan.count(Outcome::AlreadyMember))
                           .arg(plan.count(Outcome::Skipped))
                       + (plan.count(Outcome::ToJoin) == 0 ? tr(" Nothing to do.") : QString()));
    fillPairTree(m_pairs, plan.pairs);
    Q_EMIT completeChanged();
}

bool BulkJoinPreviewPage::isComplete() const
{
    return m_wizard->plan().count(Outcome::ToJoin) > 0;
}

int BulkJoinPreviewPage::concurrency() const
{
    return m_concurrency->value();
}

// ------------------------------------------------------------------ run

BulkJoinRunPage::BulkJoinRunPage(BulkJoinWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("bulkJoinRunPage"));
    setTitle(tr("Joining"));
    setSubTitle(tr("Cancel lets the requests in flight finish; the rest are reported as not attempted."));
    setCommitPage(true);
    m_progress = named(new QProgressBar(this), "runProgress", tr("Join progress"));
    m_status = named(new QLabel(this), "runStatusLabel", tr("Run status"));
    m_status->setWordWrap(true);
    m_rate = named(new QLabel(this), "rateLabel", tr("Rate and time left"));
    m_cancel = named(new QPushButton(tr("&Cancel the run"), this), "cancelRunButton", tr("Cancel the run"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_rate);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch(1);
    BulkJoinEngine *engine = wizard->engine();
    connect(m_cancel, &QPushButton::clicked, engine, &BulkJoinEngine::cancel);
    connect(engine, &BulkJoinEngine::phaseChanged, m_status, &QLabel::setText);
    connect(engine, &BulkJoinEngine::progressChanged, this, &BulkJoinRunPage::showProgress);
    connect(engine, &BulkJoinEngine::finished, this, [this]() {
        if (m_wizard->currentPage() != this) {
            return;
        }
        m_done = true;
        m_cancel->setEnabled(false);
        Q_EMIT completeChanged();
        QTimer::singleShot(0, m_wizard, &QWizard::next);
    });
}

void BulkJoinRunPage::initializePage()
{
    m_done = false;
    m_cancel->setEnabled(true);
    m_status->setText(tr("Starting…"));
    BulkJoinEngine *engine = m_wizard->engine();
    auto *preview = m_wizard->findChild<BulkJoinPreviewPage *>();
    engine->setConcurrency(preview ? preview->concurrency() : BulkJoinEngine::DefaultConcurrency);
    engine->setJournalDirectory(m_wizard->journalDirectory());
    QString error;
    const bool started = m_wizard->resumeJournal().isEmpty() ? engine->start(m_wizard->plan(), &error)
                                                             : engine->resume(m_wizard->resumeJournal(), &error);
    if (!started) {
        m_status->setText(tr("Could not start: %1").arg(error));
        m_cancel->setEnabled(false);
        return;
    }
    m_status->setText(tr("Joining… (journal: %1)").arg(engine->journalPath()));
}

void BulkJoinRunPage::showProgress(const OperationProgress &p)
{
    const OperationTally tally = m_wizard->engine()->tally();
    m_progress->setRange(0, int(std::max<qint64>(1, p.total)));
    m_progress->setValue(int(p.done));
    m_progress->setFormat(tr("%1 of %2").arg(p.done).arg(std::max<qint64>(p.total, 0)));
    QString text = tr("%1 joined, %2 failed").arg(tally.done).arg(tally.failed);
    if (p.ratePerSecond > 0) {
        text += tr(" — %1 pairs/s, about %2 left").arg(p.ratePerSecond, 0, 'f', 1).arg(durationText(p.etaMs));
    }
    m_rate->setText(text);
}

// ------------------------------------------------------------------ report

BulkJoinReportPage::BulkJoinReportPage(BulkJoinWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("bulkJoinReportPage"));
    setTitle(tr("Report"));
    setSubTitle(tr("What happened to every pair."));
    m_summary = named(new QLabel(this), "reportSummaryLabel", tr("Report summary"));
    m_summary->setWordWrap(true);
    m_pairs =
        makeTree(this, "reportTree", tr("Outcome per pair"), { tr("User"), tr("Room"), tr("Outcome"), tr("Reason") });
    m_export = named(new QPushButton(tr("&Export CSV…"), this), "exportButton", tr("Export the report as CSV"));
    m_retry = named(new QPushButton(tr("&Retry failed"), this), "retryButton", tr("Retry the failed pairs"));
    m_retryStatus = named(new QLabel(this), "retryStatusLabel", tr("Retry status"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_retryStatus, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_pairs, 1);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &BulkJoinReportPage::exportCsv);
    connect(m_retry, &QPushButton::clicked, this, &BulkJoinReportPage::retryFailed);
    connect(wizard->engine(), &BulkJoinEngine::finished, this, [this]() {
        if (m_wizard->currentPage() == this) {
            m_retryStatus->clear();
            refresh();
        }
    });
}

void BulkJoinReportPage::initializePage()
{
    refresh();
}

void BulkJoinReportPage::refresh()
{
    const BulkJoinReport &r = m_wizard->engine()->report();
    m_summary->setText((r.cancelled ? tr("The run was cancelled.") : tr("The run is complete.")) + QLatin1Char(' ')
                       + tr("Joined %1, already members %2, skipped %3, failed %4, not attempted %5.")
                             .arg(r.count(Outcome::Joined))
                             .arg(r.count(Outcome::AlreadyMember))
                             .arg(r.count(Outcome::Skipped))
                             .arg(r.count(Outcome::Failed))
                             .arg(r.count(Outcome::NotAttempted))
                       + (r.count(Outcome::Unknown) > 0 ? QLatin1Char(' ')
                                  + tr("%n pair(s) of unknown outcome: the answer was lost and the member list "
                                       "could not be read; retry to check them.",
                                       nullptr, r.count(Outcome::Unknown))
                                                        : QString())
                       + (r.verifiedCount() > 0 ? QLatin1Char(' ')
                                  + tr("%n pair(s) lost the server's answer and were verified in the member list.",
                                       nullptr, r.verifiedCount())
                                                : QString()));
    fillPairTree(m_pairs, r.pairs);
    m_retry->setEnabled(!r.failedPairs().isEmpty() && !m_wizard->engine()->isRunning());
    m_export->setEnabled(!m_wizard->engine()->isRunning());
}

void BulkJoinReportPage::exportCsv()
{
    auto *dialog =
        Widgets::fileDialog(this, "exportReportFileDialog", tr("Export report"), QStringLiteral("bulk-join-report.csv"),
                            tr("CSV files (*.csv)"), QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!m_wizard->exportReport(path, &error)) {
            Widgets::openMessage(this, "exportReportErrorBox", QMessageBox::Warning, tr("Export report"), error);
        }
    });
    dialog->open();
}

void BulkJoinReportPage::retryFailed()
{
    QString error;
    const int failed = int(m_wizard->engine()->report().failedPairs().size());
    if (!m_wizard->engine()->retryFailed(&error)) {
        m_retryStatus->setText(error);
        return;
    }
    m_retry->setEnabled(false);
    m_export->setEnabled(false);
    m_retryStatus->setText(tr("Retrying %n failed pair(s)…", nullptr, failed));
}

} // namespace Steward
