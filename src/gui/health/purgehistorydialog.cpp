#include "health/purgehistorydialog.h"

#include "health/historypurge.h"
#include "media/mediapurgecutoff.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Steward {

PurgeHistoryDialog::PurgeHistoryDialog(ApiService *api, const QString &roomId, const QString &roomName, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_roomId(roomId)
{
    setObjectName(QStringLiteral("purgeHistoryDialog"));
    setWindowTitle(tr("Purge Room History"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Delete old events of <b>%1</b> from this server's database.")
            .arg((roomName.isEmpty() ? roomId : QStringLiteral("%1 (%2)").arg(roomName, roomId)).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    m_byDate = new QRadioButton(tr("Before this &date and time (local):"), this);
    m_byDate->setObjectName(QStringLiteral("purgeHistoryByDate"));
    m_byDate->setChecked(true);
    m_date = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-30), this);
    m_date->setObjectName(QStringLiteral("purgeHistoryDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_date->setCalendarPopup(true);
    m_byEvent = new QRadioButton(tr("Before this &event:"), this);
    m_byEvent->setObjectName(QStringLiteral("purgeHistoryByEvent"));
    m_event = new QLineEdit(this);
    m_event->setObjectName(QStringLiteral("purgeHistoryEvent"));
    m_event->setPlaceholderText(tr("$event_id"));
    grid->addWidget(m_byDate, 0, 0);
    grid->addWidget(m_date, 0, 1);
    grid->addWidget(m_byEvent, 1, 0);
    grid->addWidget(m_event, 1, 1);
    layout->addLayout(grid);
    m_deleteLocal = new QCheckBox(tr("Also delete the events of this server's &users"), this);
    m_deleteLocal->setObjectName(QStringLiteral("purgeHistoryDeleteLocal"));
    layout->addWidget(m_deleteLocal);

    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("purgeHistoryPreviewButton"));
    layout->addWidget(m_previewButton, 0, Qt::AlignLeft);
    m_preview = new QLabel(tr("Preview first: Steward asks the server what the purge will hit."), this);
    m_preview->setObjectName(QStringLiteral("purgeHistoryPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_preview);

    auto *confirmRow = new QFormLayout;
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("purgeHistoryConfirm"));
    m_confirm->setPlaceholderText(roomId);
    confirmRow->addRow(tr("Type the room ID to &confirm:"), m_confirm);
    layout->addLayout(confirmRow);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("purgeHistoryState"));
    m_state->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("purgeHistoryProgress"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(this);
    m_purgeButton = buttons->addButton(tr("P&urge History"), QDialogButtonBox::DestructiveRole);
    m_purgeButton->setObjectName(QStringLiteral("purgeHistoryButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("purgeHistoryCloseButton"));
    layout->addWidget(buttons);

    connect(m_byDate, &QRadioButton::toggled, this, &PurgeHistoryDialog::invalidate);
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, &PurgeHistoryDialog::invalidate);
    connect(m_event, &QLineEdit::textChanged, this, [this]() {
        if (!m_event->text().isEmpty()) {
            m_byEvent->setChecked(true);
        }
        invalidate();
    });
    connect(m_deleteLocal, &QCheckBox::toggled, this, &PurgeHistoryDialog::invalidate);
    connect(m_confirm, &QLineEdit::textChanged, this, &PurgeHistoryDialog::updateButtons);
    connect(m_previewButton, &QPushButton::clicked, this, &PurgeHistoryDialog::preview);
    connect(m_purgeButton, &QPushButton::clicked, this, &PurgeHistoryDialog::purge);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    resize(640, 480);
    updateButtons();
}

void PurgeHistoryDialog::reject()
{
    if (!m_running) {
        QDialog::reject();
    }
}

void PurgeHistoryDialog::invalidate()
{
    if (m_running || m_finished) {
        return;
    }
    if (m_purge) {
        m_purge->deleteLater();
        m_purge = nullptr;
    }
    m_preview->setText(tr("Preview first: Steward asks the server what the purge will hit."));
    updateButtons();
}

void PurgeHistoryDialog::preview()
{
    invalidate();
    HistoryPurgeRequest request;
    request.deleteLocalEvents = m_deleteLocal->isChecked();
    if (m_byDate->isChecked()) {
        // The wall-clock time as typed, read in the local zone with the media purge's DST rules.
        const MediaPurgeCutoff::Parsed cutoff = MediaPurgeCutoff::parseDate(
            m_date->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")), QTimeZone::systemTimeZone());
        if (!cutoff.ok()) {
            m_preview->setText(cutoff.error.toHtmlEscaped());
            return;
        }
        request.beforeTs = cutoff.beforeTs;
    } else {
        request.beforeEventId = m_event->text().trimmed();
        if (!request.beforeEventId.startsWith(u'$')) {
            m_preview->setText(tr("An event ID starts with $ (copy it from the room's state or a client)."));
            return;
        }
    }
    auto *purge = new HistoryPurge(m_api, m_roomId, request, this);
    m_purge = purge;
    m_preview->setText(tr("Asking the server…"));
    m_previewButton->setEnabled(false);
    connect(purge, &HistoryPurge::planReady, this, [this, purge]() {
        m_previewButton->setEnabled(true);
        if (purge != m_purge) {
            return;
        }
        if (!purge->planError().isEmpty()) {
            m_preview->setText(purge->planError().toHtmlEscaped());
            m_purge = nullptr;
            purge->deleteLater();
        } else {
            QStringList lines;
            for (const QString &line : describeHistoryPurge(purge->planned())) {
                lines << line.toHtmlEscaped();
            }
            m_preview->setText(lines.join(QStringLiteral("<br>")));
        }
        updateButtons();
    });
    purge->plan();
}

void PurgeHistoryDialog::updateButtons()
{
    const bool planned = m_purge && m_purge->state() == Operation::State::Planned && m_purge->planError().isEmpty();
    m_purgeButton->setEnabled(!m_running && !m_finished && planned && m_confirm->text().trimmed() == m_roomId);
    m_purgeButton->setToolTip(planned ? tr("Type the room ID above to enable this") : tr("Preview first"));
    for (QWidget *w : std::initializer_list<QWidget *> { m_byDate, m_byEvent, m_date, m_event, m_deleteLocal,
                                                         m_previewButton, m_confirm }) {
        w->setEnabled(!m_running && !m_finished);
    }
    m_closeButton->setEnabled(!m_running);
}

void PurgeHistoryDialog::purge()
{
    if (!m_purge) {
        return;
    }
    m_running = true;
    m_progress->setVisible(true);
    updateButtons();
    HistoryPurge *purge = m_purge;
    connect(purge, &HistoryPurge::progressChanged, this,
            [this](const OperationProgress &p) { m_state->setText(p.phase); });
    connect(purge, &HistoryPurge::finished, this, [this, purge]() {
        m_running = false;
        m_finished = true;
        m_progress->setVisible(false);
        const ItemOutcome o = purge->outcome();
        m_state->setText(
            tr("Outcome: %1%2")
                .arg(itemStatusTitle(o.status), o.reason.isEmpty() ? QString() : QStringLiteral(" — ") + o.reason));
        updateButtons();
        if (o.status == ItemStatus::Done) {
            Q_EMIT purged(m_roomId);
        }
    });
    purge->run();
}

} // namespace Steward
