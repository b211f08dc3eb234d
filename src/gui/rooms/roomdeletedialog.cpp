#include "rooms/roomdeletedialog.h"

#include "widgethelpers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Steward {

using Widgets::named;

RoomDeleteDialog::RoomDeleteDialog(ApiService *api, const QString &roomId, const QString &roomName, QWidget *parent)
    : QDialog(parent)
    , m_deletion(new RoomDeletion(api, roomId, roomName, this))
{
    setObjectName(QStringLiteral("roomDeleteDialog"));
    setWindowTitle(tr("Delete Room — %1").arg(roomName.isEmpty() ? roomId : roomName));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("Deleting <b>%1</b> (%2) removes every local user from it. Choose what else "
           "happens, read the summary, then type the room's name or ID to confirm.")
            .arg((roomName.isEmpty() ? tr("an unnamed room") : roomName).toHtmlEscaped(), roomId.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("deleteIntroLabel"));
    layout->addWidget(intro);

    m_optionsBox = new QGroupBox(tr("Options"), this);
    auto *form = new QFormLayout(m_optionsBox);
    m_block = named(new QCheckBox(tr("&Block the room so nobody can join it again"), m_optionsBox), "deleteBlockCheck",
                    tr("Block the room"));
    m_purge = named(new QCheckBox(tr("&Purge the room's history from the database"), m_optionsBox), "deletePurgeCheck",
                    tr("Purge history"));
    m_purge->setChecked(true);
    m_forcePurge = named(new QCheckBox(tr("&Force the purge even if some users cannot be removed"), m_optionsBox),
                         "deleteForcePurgeCheck", tr("Force purge"));
    m_newRoomUser = named(new QLineEdit(m_optionsBox), "deleteNewRoomUserEdit", tr("New room creator"));
    m_newRoomUser->setPlaceholderText(tr("a local user such as @moderator:your.server (empty: no new room)"));
    m_newRoomName = named(new QLineEdit(m_optionsBox), "deleteNewRoomNameEdit", tr("New room name"));
    m_newRoomName->setPlaceholderText(tr("Content Violation Notification"));
    m_message = named(new QLineEdit(m_optionsBox), "deleteMessageEdit", tr("Message to removed users"));
    m_message->setPlaceholderText(tr("the server's default message"));
    form->addRow(m_block);
    form->addRow(m_purge);
    form->addRow(m_forcePurge);
    form->addRow(tr("Move users to a new room created by:"), m_newRoomUser);
    form->addRow(tr("New room name:"), m_newRoomName);
    form->addRow(tr("Message to removed users:"), m_message);
    layout->addWidget(m_optionsBox);

    m_previewLabel = new QLabel(tr("What will happen:"), this);
    layout->addWidget(m_previewLabel);
    m_preview = named(new QListWidget(this), "deletePreviewList", tr("What will happen"));
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(120);
    layout->addWidget(m_preview);

    m_confirmLabel = new QLabel(tr("Type the room's name or ID to confirm:"), this);
    m_confirm = named(new QLineEdit(this), "deleteConfirmEdit", tr("Room name or ID to confirm"));
    m_confirm->setPlaceholderText(roomName.isEmpty() ? roomId : roomName);
    m_confirmLabel->setBuddy(m_confirm);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);

    m_stateLabel = named(new QLabel(this), "deleteStateLabel", tr("Deletion state"));
    m_stateLabel->setWordWrap(true);
    m_progress = named(new QProgressBar(this), "deleteProgress", tr("Deletion progress"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_report = named(new QPlainTextEdit(this), "deleteReportText", tr("Deletion outcome"));
    m_report->setReadOnly(true);
    m_report->setVisible(false);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_report);

    auto *buttons = new QDialogButtonBox(this);
    m_deleteButton = named(buttons->addButton(tr("&Delete Room"), QDialogButtonBox::DestructiveRole),
                           "deleteConfirmButton", tr("Delete room"));
    m_stopButton =
        named(buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole), "deleteStopButton", tr("Stop deleting"));
    m_stopButton->setVisible(false);
    m_stopButton->setAutoDefault(false);
    m_closeButton = named(buttons->addButton(QDialogButtonBox::Close), "deleteCloseButton", tr("Close"));
    m_deleteButton->setEnabled(false);
    m_deleteButton->setAutoDefault(false);
    m_closeButton->setDefault(true);
    layout->addWidget(buttons);

    connect(m_deleteButton, &QPushButton::clicked, this, &RoomDeleteDialog::startDeletion);
    connect(m_stopButton, &QPushButton::clicked, this, &RoomDeleteDialog::stopDeletion);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    for (QCheckBox *box : { m_block, m_purge, m_forcePurge }) {
        connect(box, &QCheckBox::toggled, this, &RoomDeleteDialog::updatePreview);
    }
    for (QLineEdit *edit : { m_newRoomUser, m_newRoomName, m_message }) {
        connect(edit, &QLineEdit::textChanged, this, &RoomDeleteDialog::updatePreview);
    }
    connect(m_confirm, &QLineEdit::textChanged, this, &RoomDeleteDialog::updateState);
    connect(m_deletion, &RoomDeletion::stateChanged, this, &RoomDeleteDialog::updateState);
    connect(m_deletion, &RoomDeletion::statusUpdated, this, &RoomDeleteDialog::updateState);
    connect(m_deletion, &RoomDeletion::finished, this, [this]() {
        if (m_deletion->state() == RoomDeletion::State::Complete) {
            Q_EMIT roomDeleted(m_deletion->roomId());
        }
    });
    // Closing the window stops (honestly: a DELETE the server has is not aborted) and stops following;
    // a deletion in progress carries on on the server.
    connect(this, &QDialog::finished, m_deletion, &RoomDeletion::stopWatching);

    updatePreview();
    m_deletion->checkExisting();
    resize(620, 640);
}

RoomDeleteOptions RoomDeleteDialog::currentOptions() const
{
    RoomDeleteOptions o;
    o.block = m_block->isChecked();
    o.purge = m_purge->isChecked();
    o.forcePurge = m_forcePurge->isChecked();
    o.newRoomUserId = m_newRoomUser->text().trimmed();
    o.roomName = m_newRoomName->text().trimmed();
    o.message = m_message->text().trimmed();
    return o;
}

void RoomDeleteDialog::updatePreview()
{
    m_deletion->setOptions(currentOptions());
    m_forcePurge->setEnabled(m_purge->isChecked());
    const bool newRoom = !m_newRoomUser->text().trimmed().isEmpty();
    m_newRoomName->setEnabled(newRoom);
    m_message->setEnabled(newRoom);
    m_preview->clear();
    for (const QString &line : m_deletion->preview()) {
        m_preview->addItem(QStringLiteral("• ") + line);
    }
    const QString problem = m_deletion->validateOptions();
    if (!problem.isEmpty()) {
        auto *item = new QListWidgetItem(QStringLiteral("⚠ ") + problem, m_preview);
        item->setForeground(palette().color(QPalette::Highlight));
    }
    updateState();
}

void RoomDeleteDialog::updateState()
{
    const RoomDeletion::State state = m_deletion->state();
    const bool ready = state == RoomDeletion::State::Ready;
    const bool confirmed =
        RoomDeletion::confirmationMatches(m_confirm->text(), m_deletion->roomId(), m_deletion->roomName());
    const bool valid = m_deletion->validateOptions().isEmpty();
    m_deleteButton->setEnabled(ready && confirmed && valid);
    m_deleteButton->setToolTip(ready && !confirmed ? tr("Type the room's name or ID above to enable") : QString());

    const bool editable = ready || state == RoomDeletion::State::Idle || state == RoomDeletion::State::Checking;
    m_optionsBox->setEnabled(ready);
    m_confirm->setEnabled(ready);
    m_optionsBox->setVisible(editable);
    m_preview->setVisible(editable);
    m_previewLabel->setVisible(editable);
    m_confirmLabel->setVisible(editable);
    m_confirm->setVisible(editable);
    m_deleteButton->setVisible(editable);

    const bool busy = state == RoomDeletion::State::Checking || state == RoomDeletion::State::Starting
        || state == RoomDeletion::State::Running;
    m_progress->setVisible(busy);
    const QStringList report = m_deletion->report();
    switch (state) {
    case RoomDeletion::State::Idle:
    case RoomDeletion::State::Checking:
        m_stateLabel->setText(tr("Checking whether the server is already deleting this room…"));
        break;
    case RoomDeletion::State::Ready:
        m_stateLabel->setText(confirmed ? tr("Confirmed. Deleting cannot be undone.")
                                        : tr("Nothing has been changed yet."));
        break;
    default:
        if (busy && m_stopAsked) {
            // Stop came after the server had the request: it cannot be taken back, only followed.
            m_stateLabel->setText(tr("Stop asked, but the server already has this deletion: it cannot be taken back. "
                                     "Steward follows it to the end and reports what happened."));
        } else {
            m_stateLabel->setText(report.value(0));
        }
        break;
    }
    const bool stoppable = state == RoomDeletion::State::Starting; // once the server has it, nothing to stop
    m_stopButton->setVisible(stoppable || (busy && m_stopAsked));
    m_stopButton->setEnabled(stoppable && !m_stopAsked);
    const bool showReport = !editable;
    m_report->setVisible(showReport);
    if (showReport) {
        m_report->setPlainText(report.join(u'\n'));
    }
    m_closeButton->setText(busy && state != RoomDeletion::State::Checking ? tr("Close (deletion continues)")
                                                                          : tr("Close"));
}

void RoomDeleteDialog::stopDeletion()
{
    m_stopAsked = true;
    m_deletion->stopWatching();
    updateState();
}

void RoomDeleteDialog::startDeletion()
{
    m_deletion->setOptions(currentOptions());
    m_deletion->confirm(m_confirm->text());
    if (!m_deletion->start()) {
        m_stateLabel->setText(m_deletion->error().message());
    }
    updateState();
}

} // namespace Steward
