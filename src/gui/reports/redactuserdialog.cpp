#include "reports/redactuserdialog.h"

#include "reports/userredaction.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Steward {

RedactUserDialog::RedactUserDialog(ApiService *api, const QString &userId, const QString &roomId, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_userId(userId)
    , m_roomId(roomId)
{
    setObjectName(QStringLiteral("redactUserDialog"));
    setWindowTitle(tr("Redact All Events of %1").arg(userId));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Redacts the messages (and joins) %1 sent, as the server's redaction task does: "
                                "their content is removed for everyone. This cannot be undone.")
                                 .arg(userId.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_allRooms = new QRadioButton(tr("In every room the user wrote in"), this);
    m_allRooms->setObjectName(QStringLiteral("redactAllRoomsRadio"));
    m_thisRoom = new QRadioButton(tr("Only in the reported room (%1)").arg(roomId), this);
    m_thisRoom->setObjectName(QStringLiteral("redactThisRoomRadio"));
    m_thisRoom->setEnabled(!roomId.isEmpty());
    (roomId.isEmpty() ? m_allRooms : m_thisRoom)->setChecked(true);
    layout->addWidget(m_allRooms);
    layout->addWidget(m_thisRoom);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("redactReasonEdit"));
    m_reason->setPlaceholderText(tr("Optional; recorded in each redaction"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_plan = new QListWidget(this);
    m_plan->setObjectName(QStringLiteral("redactPlanList"));
    m_plan->setAccessibleName(tr("Rooms to redact in"));
    layout->addWidget(m_plan, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("redactSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("redactProgress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    auto *box = new QDialogButtonBox(this);
    m_run = box->addButton(tr("&Redact"), QDialogButtonBox::DestructiveRole);
    m_run->setObjectName(QStringLiteral("redactRunButton"));
    m_run->setEnabled(false);
    m_close = box->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("redactCloseButton"));
    m_close->setDefault(true);
    layout->addWidget(box);
    connect(m_close, &QPushButton::clicked, this, &RedactUserDialog::reject);
    connect(m_allRooms, &QRadioButton::toggled, this, &RedactUserDialog::replan);
    connect(m_run, &QPushButton::clicked, this, [this]() {
        m_engine->setReason(m_reason->text().trimmed());
        m_run->setEnabled(false);
        m_allRooms->setEnabled(false);
        m_thisRoom->setEnabled(false);
        m_reason->setEnabled(false);
        m_close->setText(tr("&Stop"));
        m_progress->setVisible(true);
        m_engine->run();
    });
    resize(560, 420);
    replan();
}

void RedactUserDialog::replan()
{
    if (m_engine) {
        m_engine->disconnect(this);
        m_engine->deleteLater();
    }
    m_engine = new UserRedaction(m_api, this);
    m_engine->setUserId(m_userId);
    m_engine->setRooms(m_thisRoom->isChecked() ? QStringList { m_roomId } : QStringList());
    m_run->setEnabled(false);
    m_plan->clear();
    m_summary->setText(tr("Reading the user's rooms…"));
    connect(m_engine, &Operation::planReady, this, &RedactUserDialog::showPlan);
    connect(m_engine, &Operation::progressChanged, this, [this](const OperationProgress &p) {
        m_progress->setMaximum(int(qMax<qint64>(1, p.total)));
        m_progress->setValue(int(p.done));
        m_summary->setText(p.phase + QStringLiteral(" · ") + p.text());
    });
    connect(m_engine, &Operation::itemSettled, this, [this](int index) {
        const auto &item = m_engine->items().at(index);
        if (QListWidgetItem *row = m_plan->item(index)) {
            row->setText(QStringLiteral("%1 — %2: %3")
                             .arg(item.roomId, itemStatusTitle(item.outcome.status), item.outcome.reason));
        }
    });
    connect(m_engine, &Operation::finished, this, &RedactUserDialog::showResult);
    m_engine->plan();
}

void RedactUserDialog::showPlan()
{
    m_plan->clear();
    if (!m_engine->planError().isOk()) {
        m_summary->setText(tr("The user's rooms could not be read: %1").arg(m_engine->planError().describe()));
        return;
    }
    int planned = 0;
    for (const auto &item : m_engine->items()) {
        if (item.outcome.status == ItemStatus::Planned) {
            ++planned;
            m_plan->addItem(tr("%1 — will be redacted").arg(item.roomId));
        } else {
            m_plan->addItem(tr("%1 — skipped: %2").arg(item.roomId, item.outcome.reason));
        }
    }
    m_summary->setText(planned == 0 ? tr("Nothing to redact: the user has no rooms with events.")
                                    : tr("The user's events will be redacted in %n room(s).", nullptr, planned));
    m_run->setEnabled(planned > 0);
}

void RedactUserDialog::showResult()
{
    const OperationTally tally = m_engine->tally();
    m_summary->setText(tally.summary());
    m_close->setText(tr("&Close"));
    Q_EMIT redactionFinished(tally.summary(), tally.complete());
}

void RedactUserDialog::reject()
{
    if (m_engine && m_engine->state() == Operation::State::Running) {
        m_engine->cancel(); // the task on the server finishes; its outcome is still recorded
        return;
    }
    QDialog::reject();
}

} // namespace Steward
