#include "notices/noticedialog.h"

#include "apiservice.h"
#include "bulkjoin/bulkjoininput.h"
#include "notices/servernoticeapi.h"
#include "notices/servernoticerun.h"
#include "operation/operationjournal.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Steward {

NoticeDialog::NoticeDialog(ApiService *api, const QString &selfUserId, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_self(selfUserId)
{
    setObjectName(QStringLiteral("noticeDialog"));
    setWindowTitle(tr("Send Server Notice"));
    resize(760, 560);
    m_pages = new QStackedWidget(this);

    // Page 1: recipients and message.
    auto *compose = new QWidget(m_pages);
    auto *composeLayout = new QVBoxLayout(compose);
    auto *who = new QGroupBox(tr("Recipients"), compose);
    auto *whoLayout = new QVBoxLayout(who);
    m_toSelected = new QRadioButton(who);
    m_toSelected->setObjectName(QStringLiteral("noticeSelectedRadio"));
    m_toAll = new QRadioButton(tr("&All local users (not deactivated)"), who);
    m_toAll->setObjectName(QStringLiteral("noticeAllRadio"));
    m_toFile = new QRadioButton(tr("Users listed in a &file:"), who);
    m_toFile->setObjectName(QStringLiteral("noticeFileRadio"));
    m_file = new QLineEdit(who);
    m_file->setObjectName(QStringLiteral("noticeFileEdit"));
    m_file->setPlaceholderText(tr("One user per line, or a CSV file (first column)"));
    m_browse = new QPushButton(tr("&Browse…"), who);
    m_browse->setObjectName(QStringLiteral("noticeBrowseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_toFile);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_includeBots = new QCheckBox(tr("Include &bots and support users"), who);
    m_includeBots->setObjectName(QStringLiteral("noticeIncludeBotsCheck"));
    m_includeGuests = new QCheckBox(tr("Include &guests"), who);
    m_includeGuests->setObjectName(QStringLiteral("noticeIncludeGuestsCheck"));
    auto *allOptions = new QHBoxLayout;
    allOptions->addSpacing(24);
    allOptions->addWidget(m_includeBots);
    allOptions->addWidget(m_includeGuests);
    allOptions->addStretch(1);
    whoLayout->addWidget(m_toSelected);
    whoLayout->addWidget(m_toAll);
    whoLayout->addLayout(allOptions);
    whoLayout->addLayout(fileRow);
    composeLayout->addWidget(who);
    auto *messageLabel = new QLabel(tr("&Message (plain text; every recipient finds it in their \"Server Notices\" "
                                       "room):"),
                                    compose);
    m_message = new QPlainTextEdit(compose);
    m_message->setObjectName(QStringLiteral("noticeMessageEdit"));
    m_message->setAccessibleName(tr("Notice text"));
    messageLabel->setBuddy(m_message);
    m_withHtml = new QCheckBox(tr("Also send a &formatted (HTML) version:"), compose);
    m_withHtml->setObjectName(QStringLiteral("noticeHtmlCheck"));
    m_html = new QPlainTextEdit(compose);
    m_html->setObjectName(QStringLiteral("noticeHtmlEdit"));
    m_html->setAccessibleName(tr("Notice HTML"));
    m_html->setPlaceholderText(tr("<p>Maintenance <b>tonight</b> from 22:00 to 23:00.</p>"));
    m_html->setVisible(false);
    m_composeError = new QLabel(compose);
    m_composeError->setObjectName(QStringLiteral("noticeComposeError"));
    m_composeError->setWordWrap(true);
    m_composeError->setStyleSheet(QStringLiteral("color:#b00020"));
    m_composeError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_composeError->hide();
    composeLayout->addWidget(messageLabel);
    composeLayout->addWidget(m_message, 2);
    composeLayout->addWidget(m_withHtml);
    composeLayout->addWidget(m_html, 1);
    composeLayout->addWidget(m_composeError);
    m_pages->addWidget(compose);

    // Page 2: preview, then the run.
    auto *result = new QWidget(m_pages);
    auto *resultLayout = new QVBoxLayout(result);
    m_summary = new QLabel(result);
    m_summary->setObjectName(QStringLiteral("noticeSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(result);
    m_progress->setObjectName(QStringLiteral("noticeProgressBar"));
    m_progress->hide();
    m_recipients = new QTableWidget(0, 3, result);
    m_recipients->setObjectName(QStringLiteral("noticeRecipientsTable"));
    m_recipients->setHorizontalHeaderLabels({ tr("User"), tr("Outcome"), tr("Reason") });
    m_recipients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recipients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recipients->verticalHeader()->hide();
    m_recipients->horizontalHeader()->setStretchLastSection(true);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_progress);
    resultLayout->addWidget(m_recipients, 1);
    m_pages->addWidget(result);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("noticeBackButton"));
    m_preview = new QPushButton(tr("&Preview >"), this);
    m_preview->setObjectName(QStringLiteral("noticePreviewButton"));
    m_preview->setDefault(true);
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("noticeSendButton"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("noticeCancelButton"));
    m_report = new QPushButton(tr("Save &Report…"), this);
    m_report->setObjectName(QStringLiteral("noticeReportButton"));
    m_close = new QPushButton(tr("C&lose"), this);
    m_close->setObjectName(QStringLiteral("noticeCloseButton"));
    buttons->addWidget(m_report);
    buttons->addStretch(1);
    for (QPushButton *b : { m_back, m_preview, m_send, m_cancel, m_close }) {
        buttons->addWidget(b);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    m_toSelected->setVisible(false);
    m_toAll->setChecked(true);
    for (QRadioButton *r : { m_toSelected, m_toAll, m_toFile }) {
        connect(r, &QRadioButton::toggled, this, &NoticeDialog::updateComposeButtons);
    }
    connect(m_file, &QLineEdit::textChanged, this, &NoticeDialog::updateComposeButtons);
    connect(m_message, &QPlainTextEdit::textChanged, this, &NoticeDialog::updateComposeButtons);
    connect(m_withHtml, &QCheckBox::toggled, m_html, &QWidget::setVisible);
    connect(m_browse, &QPushButton::clicked, this, [this]() {
        auto *files =
            new QFileDialog(this, tr("Users to Notify"), QString(), tr("User lists (*.txt *.csv);;All files (*)"));
        files->setObjectName(QStringLiteral("noticeFileDialog"));
        files->setFileMode(QFileDialog::ExistingFile);
        files->setAttribute(Qt::WA_DeleteOnClose);
        connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
            m_file->setText(path);
            m_toFile->setChecked(true);
        });
        files->open();
    });
    connect(m_preview, &QPushButton::clicked, this, &NoticeDialog::preview);
    connect(m_back, &QPushButton::clicked, this, [this]() {
        m_pages->setCurrentIndex(0);
        updateComposeButtons();
    });
    connect(m_send, &QPushButton::clicked, this, &NoticeDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &NoticeDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_report, &QPushButton::clicked, this, &NoticeDialog::saveReport);
    updateComposeButtons();
}

void NoticeDialog::setSelectedUsers(const QStringList &userIds)
{
    m_selectedUsers = userIds;
    m_toSelected->setText(tr("The %n &selected user(s)", nullptr, int(userIds.size())));
    m_toSelected->setVisible(!userIds.isEmpty());
    if (!userIds.isEmpty()) {
        m_toSelected->setChecked(true);
    }
    updateComposeButtons();
}

void NoticeDialog::updateComposeButtons()
{
    const bool composing = m_pages->currentIndex() == 0;
    const bool running = m_engine && m_engine->isRunning();
    const bool finished = m_engine && m_engine->state() == Operation::State::Finished;
    const bool recipientsOk = !m_toFile->isChecked() || !m_file->text().trimmed().isEmpty();
    m_includeBots->setEnabled(m_toAll->isChecked());
    m_includeGuests->setEnabled(m_toAll->isChecked());
    m_preview->setVisible(composing);
    m_preview->setEnabled(!running && recipientsOk && !m_message->toPlainText().trimmed().isEmpty());
    m_back->setVisible(!composing && !finished && !running);
    m_send->setVisible(!composing && !finished);
    m_send->setEnabled(!running && m_engine && m_engine->state() == Operation::State::Planned
                       && m_engine->planError().isOk() && !m_engine->noticesDisabled()
                       && m_engine->tally().planned > 0);
    m_cancel->setVisible(!finished);
    m_close->setVisible(finished);
    m_report->setVisible(!composing && m_engine && !running && m_engine->planError().isOk()
                         && !m_engine->noticesDisabled());
}

void NoticeDialog::preview()
{
    QList<BulkJoinInputItem> fromFile;
    if (m_toFile->isChecked()) {
        QString error;
        if (!BulkJoinInput::readFile(m_file->text().trimmed(), &fromFile, &error) || fromFile.isEmpty()) {
            m_composeError->setText(error.isEmpty() ? tr("The file %1 lists no users.").arg(m_file->text()) : error);
            m_composeError->show();
            return;
        }
    }
    m_composeError->hide();
    delete m_engine;
    m_engine = new ServerNoticeRun(m_api, this);
    m_engine->setSelfUserId(m_self);
    m_engine->setMessage(m_message->toPlainText().trimmed(),
                         m_withHtml->isChecked() ? m_html->toPlainText().trimmed() : QString());
    m_engine->setIncludeBots(m_includeBots->isChecked());
    m_engine->setIncludeGuests(m_includeGuests->isChecked());
    m_engine->setJournalDirectory(OperationJournal::defaultDirectory());
    m_engine->setConcurrency(8);
    connect(m_engine, &ServerNoticeRun::planReady, this, &NoticeDialog::onPlan);
    connect(m_engine, &ServerNoticeRun::finished, this, &NoticeDialog::onFinished);
    connect(m_engine, &ServerNoticeRun::progressChanged, this, [this](const OperationProgress &p) {
        m_progress->setMaximum(p.total > 0 ? int(p.total) : 0);
        m_progress->setValue(int(p.done));
        m_progress->setFormat(p.text());
        if (m_engine->state() == Operation::State::Planning) {
            m_summary->setText(p.phase);
        }
    });
    m_pages->setCurrentIndex(1);
    m_recipients->setRowCount(0);
    m_summary->setText(tr("Checking that the server can send notices…"));
    m_progress->show();
    if (m_toAll->isChecked()) {
        m_engine->planAll();
    } else if (m_toSelected->isChecked()) {
        m_engine->planUsers(m_selectedUsers);
    } else {
        m_engine->planUsers(fromFile);
    }
    updateComposeButtons();
}

void NoticeDialog::onPlan()
{
    m_progress->hide();
    if (m_engine->noticesDisabled()) {
        m_summary->setText(ServerNoticeApi::notEnabledText());
        m_summary->setStyleSheet(QStringLiteral("color:#b00020"));
    } else if (!m_engine->planError().isOk()) {
        m_summary->setText(tr("Could not read the users: %1").arg(m_engine->planError().describe()));
        m_summary->setStyleSheet(QStringLiteral("color:#b00020"));
    } else {
        m_summary->setStyleSheet(QString());
        QString message = m_engine->text();
        if (message.size() > 300) {
            message = message.left(300) + QStringLiteral("…");
        }
        m_summary->setText(m_engine->previewSummary()
                           + (m_engine->tally().skipped > 0 ? tr(" The skipped users are listed below.") : QString())
                           + QStringLiteral("\n\n") + tr("Message: %1").arg(message));
        showRecipients(m_toAll->isChecked());
    }
    updateComposeButtons();
}

void NoticeDialog::showRecipients(bool skippedOnly)
{
    const auto &items = m_engine->recipients();
    m_recipients->setRowCount(0);
    for (const auto &r : items) {
        if (skippedOnly && r.outcome.status == ItemStatus::Planned) {
            continue;
        }
        const int row = m_recipients->rowCount();
        m_recipients->insertRow(row);
        m_recipients->setItem(row, 0, new QTableWidgetItem(r.userId.isEmpty() ? r.input : r.userId));
        m_recipients->setItem(row, 1, new QTableWidgetItem(itemStatusTitle(r.outcome.status)));
        m_recipients->setItem(row, 2, new QTableWidgetItem(r.outcome.reason));
    }
    m_recipients->resizeColumnToContents(0);
}

void NoticeDialog::send()
{
    m_progress->show();
    m_summary->setText(tr("Sending…"));
    m_engine->run();
    updateComposeButtons();
}

void NoticeDialog::onFinished()
{
    m_progress->hide();
    const OperationTally t = m_engine->tally();
    QString text = m_engine->resultSummary();
    if (m_engine->noticesDisabled()) {
        text += QLatin1Char(' ') + ServerNoticeApi::notEnabledText();
    } else if (!t.complete() && !m_engine->journalPath().isEmpty()) {
        text += QLatin1Char(' ')
            + tr("To send to the rest later: steward-cli notice send --resume (journal %1).")
                  .arg(m_engine->journalPath());
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(t.complete() ? QString() : QStringLiteral("color:#b00020"));
    // Every recipient that was not skipped: its outcome.
    m_recipients->setRowCount(0);
    for (const auto &r : m_engine->recipients()) {
        if (r.outcome.status == ItemStatus::Skipped) {
            continue;
        }
        const int row = m_recipients->rowCount();
        m_recipients->insertRow(row);
        m_recipients->setItem(row, 0, new QTableWidgetItem(r.userId));
        m_recipients->setItem(row, 1, new QTableWidgetItem(itemStatusTitle(r.outcome.status)));
        m_recipients->setItem(row, 2, new QTableWidgetItem(r.outcome.reason));
    }
    m_recipients->resizeColumnToContents(0);
    updateComposeButtons();
}

void NoticeDialog::reject()
{
    if (m_engine && m_engine->isRunning()) {
        m_engine->cancel(); // what is on the wire finishes; finished() then shows the outcome
        m_summary->setText(tr("Cancelling: waiting for the notices already on their way…"));
        return;
    }
    QDialog::reject();
}

void NoticeDialog::saveReport()
{
    auto *files =
        new QFileDialog(this, tr("Save Report"), QStringLiteral("server-notice-report.csv"), tr("CSV files (*.csv)"));
    files->setObjectName(QStringLiteral("noticeReportDialog"));
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !m_engine->writeCsv(&file) || !file.commit()) {
            m_summary->setText(tr("Could not write the report %1: %2").arg(path, file.errorString()));
        }
    });
    files->open();
}

} // namespace Steward
