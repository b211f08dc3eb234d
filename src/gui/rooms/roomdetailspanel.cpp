#include "roomdetailspanel.h"

#include "makeroomadmindialog.h"
#include "roomdeletedialog.h"
#include "roomdeletion.h"
#include "useractiondialogs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Steward {

namespace {
QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return b;
}

QString displayValue(const QVariant &v)
{
    if (v.isNull()) {
        return QCoreApplication::translate("Steward::RoomDetailsPanel", "(none)");
    }
    if (v.typeId() == QMetaType::Bool) {
        return v.toBool() ? QCoreApplication::translate("Steward::RoomDetailsPanel", "yes")
                          : QCoreApplication::translate("Steward::RoomDetailsPanel", "no");
    }
    if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList) {
        return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    }
    return v.toString();
}
} // namespace

RoomDetailsPanel::RoomDetailsPanel(ApiService *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_members(new RoomMembersModel(api, this))
{
    setObjectName(QStringLiteral("roomDetailsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("roomTitleLabel"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_topic = new QLabel(this);
    m_topic->setObjectName(QStringLiteral("roomTopicLabel"));
    m_topic->setWordWrap(true);
    m_topic->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_topic->setTextFormat(Qt::PlainText);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("roomDetailsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_title);
    layout->addWidget(m_topic);
    layout->addWidget(m_error);

    auto *blockRow = new QHBoxLayout;
    m_blockLabel = new QLabel(this);
    m_blockLabel->setObjectName(QStringLiteral("roomBlockLabel"));
    m_blockButton = button(tr("&Block"), "roomBlockButton", this);
    blockRow->addWidget(m_blockLabel, 1);
    blockRow->addWidget(m_blockButton);
    layout->addLayout(blockRow);
    m_deletionLabel = new QLabel(this);
    m_deletionLabel->setObjectName(QStringLiteral("roomDeletionLabel"));
    m_deletionLabel->setWordWrap(true);
    m_deletionLabel->setVisible(false);
    layout->addWidget(m_deletionLabel);

    auto *actions = new QHBoxLayout;
    m_makeAdminButton = button(tr("Make Room &Admin…"), "roomMakeAdminButton", this);
    m_joinButton = button(tr("&Join Users to This Room…"), "roomJoinUsersButton", this);
    m_deleteButton = button(tr("&Delete Room…"), "roomDeleteButton", this);
    actions->addWidget(m_makeAdminButton);
    actions->addWidget(m_joinButton);
    actions->addStretch(1);
    actions->addWidget(m_deleteButton);
    layout->addLayout(actions);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("roomDetailsTabs"));
    m_tabs->setAccessibleName(tr("Room details"));
    m_fields = new QTreeWidget(m_tabs);
    m_fields->setObjectName(QStringLiteral("roomFieldsTree"));
    m_fields->setAccessibleName(tr("Room fields"));
    m_fields->setHeaderLabels({ tr("Field"), tr("Value") });
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(true);
    m_tabs->addTab(m_fields, tr("Details"));

    auto *membersPage = new QWidget(m_tabs);
    auto *membersLayout = new QVBoxLayout(membersPage);
    m_membersLabel = new QLabel(membersPage);
    m_membersLabel->setObjectName(QStringLiteral("roomMembersLabel"));
    m_memberTable = new QTableView(membersPage);
    m_memberTable->setObjectName(QStringLiteral("roomMembersTable"));
    m_memberTable->setAccessibleName(tr("Room members"));
    m_memberTable->setModel(m_members);
    m_memberTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_memberTable->verticalHeader()->hide();
    membersLayout->addWidget(m_membersLabel);
    membersLayout->addWidget(m_memberTable);
    m_tabs->addTab(membersPage, tr("Members"));

    auto *stateSplit = new QSplitter(Qt::Vertical, m_tabs);
    m_stateTree = new QTreeWidget(stateSplit);
    m_stateTree->setObjectName(QStringLiteral("roomStateTree"));
    m_stateTree->setAccessibleName(tr("State events"));
    m_stateTree->setHeaderLabels({ tr("Type / state key"), tr("Sender"), tr("Time") });
    m_stateJson = new QPlainTextEdit(stateSplit);
    m_stateJson->setObjectName(QStringLiteral("roomStateJson"));
    m_stateJson->setAccessibleName(tr("Selected state event as JSON"));
    m_stateJson->setReadOnly(true);
    m_stateJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stateJson->setPlaceholderText(tr("Select a state event to see it in full."));
    m_tabs->addTab(stateSplit, tr("State"));
    layout->addWidget(m_tabs, 1);

    connect(m_stateTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_stateJson->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
    connect(m_members, &RoomMembersModel::loaded, this, [this]() {
        m_membersLabel->setText(tr("%n joined member(s), %1 on this server", nullptr, m_members->total())
                                    .arg(m_members->localMembers().size()));
    });
    connect(m_members, &RoomMembersModel::errorOccurred, this, [this](const ApiError &e) {
        m_membersLabel->setText(tr("Members could not be loaded: %1").arg(e.describe()));
    });
    connect(m_blockButton, &QPushButton::clicked, this, &RoomDetailsPanel::toggleBlock);
    connect(m_makeAdminButton, &QPushButton::clicked, this, &RoomDetailsPanel::makeAdmin);
    connect(m_joinButton, &QPushButton::clicked, this, [this]() { Q_EMIT joinUsersRequested({ m_roomId }); });
    connect(m_deleteButton, &QPushButton::clicked, this, &RoomDetailsPanel::deleteRoom);
    clear();
}

void RoomDetailsPanel::setIdentity(const QString &ownUserId, const QString &serverName)
{
    m_ownUserId = ownUserId;
    m_serverName = serverName;
    m_members->setLocalServerName(serverName);
}

void RoomDetailsPanel::clear()
{
    m_roomId.clear();
    m_details = RoomDetails();
    m_blocked.reset();
    m_title->setText(tr("Select a room to see its details."));
    m_topic->clear();
    m_error->setVisible(false);
    m_blockLabel->clear();
    m_deletionLabel->setVisible(false);
    m_fields->clear();
    m_stateTree->clear();
    m_stateJson->clear();
    m_members->clear();
    m_membersLabel->clear();
    for (QPushButton *b : { m_blockButton, m_makeAdminButton, m_joinButton, m_deleteButton }) {
        b->setEnabled(false);
    }
}

void RoomDetailsPanel::showRoom(const QString &roomId)
{
    if (roomId == m_roomId) {
        return;
    }
    clear();
    if (roomId.isEmpty()) {
        return;
    }
    m_roomId = roomId;
    m_title->setText(tr("<b>%1</b>").arg(roomId.toHtmlEscaped()));
    m_makeAdminButton->setEnabled(true);
    m_joinButton->setEnabled(true);
    RoomsApi::details(m_api, roomId, this, [this, roomId](const Result<RoomDetails> &r) {
        if (roomId != m_roomId) {
            return;
        }
        if (!r.ok()) {
            setError(tr("Details could not be loaded: %1").arg(r.error().describe()));
            return;
        }
        showDetails(r.value());
    });
    RoomsApi::state(m_api, roomId, this, [this, roomId](const Result<QList<RoomStateEvent>> &r) {
        if (roomId != m_roomId) {
            return;
        }
        if (!r.ok()) {
            setError(tr("State events could not be loaded: %1").arg(r.error().describe()));
            return;
        }
        showState(r.value());
    });
    m_members->load(roomId);
    loadBlock();
    loadDeletionState();
}

void RoomDetailsPanel::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(true);
}

void RoomDetailsPanel::showDetails(const RoomDetails &details)
{
    m_details = details;
    const QString name = details.summary.name.isEmpty() ? tr("(unnamed room)") : details.summary.name;
    m_title->setText(tr("<b>%1</b><br>%2").arg(name.toHtmlEscaped(), m_roomId.toHtmlEscaped()));
    m_topic->setText(details.topic.isEmpty() ? tr("No topic.") : details.topic);
    m_fields->clear();
    for (auto it = details.fields.cbegin(); it != details.fields.cend(); ++it) {
        auto *item = new QTreeWidgetItem(m_fields, { it.key(), displayValue(it.value()) });
        item->setToolTip(1, item->text(1));
    }
    m_fields->resizeColumnToContents(0);
}

void RoomDetailsPanel::showState(const QList<RoomStateEvent> &events)
{
    m_stateTree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const RoomStateEvent &e : events) {
        QTreeWidgetItem *group = groups.value(e.type);
        if (!group) {
            group = new QTreeWidgetItem(m_stateTree, { e.type });
            groups.insert(e.type, group);
        }
        const QString when = e.originServerTs > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.originServerTs), QLocale::ShortFormat)
            : QString();
        auto *item =
            new QTreeWidgetItem(group, { e.stateKey.isEmpty() ? tr("(empty state key)") : e.stateKey, e.sender, when });
        item->setData(0, Qt::UserRole, QString::fromUtf8(QJsonDocument(e.event).toJson(QJsonDocument::Indented)));
        group->setData(0, Qt::UserRole, item->data(0, Qt::UserRole));
    }
    for (QTreeWidgetItem *group : std::as_const(groups)) {
        group->setText(1, tr("%n event(s)", nullptr, group->childCount()));
        if (group->childCount() > 1) {
            group->setData(0, Qt::UserRole, QString());
        }
    }
    m_stateTree->sortItems(0, Qt::AscendingOrder);
    m_stateTree->resizeColumnToContents(0);
}

void RoomDetailsPanel::loadBlock()
{
    const QString roomId = m_roomId;
    m_blockLabel->setText(tr("Block status: checking…"));
    m_blockButton->setEnabled(false);
    RoomsApi::blockStatus(m_api, roomId, this, [this, roomId](const Result<RoomBlockStatus> &r) {
        if (roomId != m_roomId) {
            return;
        }
        if (!r.ok()) {
            m_blockLabel->setText(tr("Block status unknown: %1").arg(r.error().describe()));
            return;
        }
        m_blocked = r->blocked;
        m_blockLabel->setText(r->blocked
                                  ? (r->blockedBy.isEmpty()
                                         ? tr("Blocked: nobody on this server can join.")
                                         : tr("Blocked by %1: nobody on this server can join.").arg(r->blockedBy))
                                  : tr("Not blocked."));
        m_blockButton->setText(r->blocked ? tr("Un&block") : tr("&Block"));
        m_blockButton->setAccessibleName(r->blocked ? tr("Unblock room") : tr("Block room"));
        m_blockButton->setEnabled(true);
    });
}

void RoomDetailsPanel::toggleBlock()
{
    if (!m_blocked) {
        return;
    }
    const bool block = !*m_blocked;
    const QString name = (m_details.summary.name.isEmpty() ? m_roomId : m_details.summary.name).toHtmlEscaped();
    auto *dialog = new ConfirmActionDialog(
        block ? QStringLiteral("blockRoomConfirmDialog") : QStringLiteral("unblockRoomConfirmDialog"),
        block ? tr("Block Room") : tr("Unblock Room"),
        block ? tr("<p>Block <b>%1</b>?</p><p>Nobody on this server can join it any more (members stay) until it is "
                   "unblocked.</p>")
                    .arg(name)
              : tr("<p>Unblock <b>%1</b>?</p><p>Users of this server can join it again.</p>").arg(name),
        block ? tr("Block") : tr("Unblock"), this);
    const QString roomId = m_roomId;
    connect(dialog, &QDialog::accepted, this, [this, roomId, block]() {
        if (roomId == m_roomId) {
            setBlocked(block);
        }
    });
    connect(dialog, &QDialog::rejected, this,
            [this]() { Q_EMIT outcome(tr("Cancelled: nothing was changed."), false); });
    dialog->open();
}

void RoomDetailsPanel::setBlocked(bool block)
{
    const QString roomId = m_roomId;
    m_blockButton->setEnabled(false);
    m_blockLabel->setText(block ? tr("Blocking…") : tr("Unblocking…"));
    RoomsApi::setBlocked(m_api, roomId, block, this, [this, roomId, block](const Result<RoomBlockStatus> &r) {
        if (!r.ok()) {
            Q_EMIT outcome(block ? tr("Blocking %1 failed: %2").arg(roomId, r.error().describe())
                                 : tr("Unblocking %1 failed: %2").arg(roomId, r.error().describe()),
                           true);
        } else {
            Q_EMIT outcome(block ? tr("%1 is blocked.").arg(roomId) : tr("%1 is unblocked.").arg(roomId), false);
        }
        if (roomId != m_roomId) {
            return;
        }
        loadBlock(); // show what the server now says, including who blocked it
        if (r.ok()) {
            Q_EMIT roomChanged(roomId);
        }
    });
}

void RoomDetailsPanel::loadDeletionState()
{
    if (m_deletionCheck) {
        m_deletionCheck->deleteLater();
    }
    m_deleteButton->setEnabled(false);
    auto *check = new RoomDeletion(m_api, m_roomId, QString(), this);
    m_deletionCheck = check;
    connect(check, &RoomDeletion::stateChanged, this, [this, check](RoomDeletion::State s) {
        if (check != m_deletionCheck) {
            return;
        }
        if (s == RoomDeletion::State::Ready) {
            m_deleteButton->setEnabled(true);
            check->deleteLater();
        } else if (s == RoomDeletion::State::Running) {
            // Already being deleted: show that state and follow it instead of offering delete.
            m_deletionLabel->setText(check->report().join(u'\n'));
            m_deletionLabel->setVisible(true);
        } else if (s == RoomDeletion::State::Complete || s == RoomDeletion::State::Failed) {
            m_deletionLabel->setText(check->report().join(u'\n'));
            m_deletionLabel->setVisible(true);
            m_deleteButton->setEnabled(s == RoomDeletion::State::Failed);
            Q_EMIT roomChanged(m_roomId);
        } else if (s == RoomDeletion::State::Error) {
            m_deletionLabel->setText(
                tr("Could not check for a deletion in progress: %1").arg(check->error().describe()));
            m_deletionLabel->setVisible(true);
        }
    });
    connect(check, &RoomDeletion::statusUpdated, this, [this, check]() {
        if (check == m_deletionCheck && check->state() == RoomDeletion::State::Running) {
            m_deletionLabel->setText(check->report().join(u'\n'));
        }
    });
    check->setPollIntervalMs(2000);
    check->checkExisting();
}

void RoomDetailsPanel::makeAdmin()
{
    auto *dialog = new MakeRoomAdminDialog(m_api, m_roomId, m_ownUserId, m_members->localMembers(), this);
    const QString roomId = m_roomId;
    connect(dialog, &MakeRoomAdminDialog::succeeded, this, [this, roomId]() {
        if (roomId == m_roomId) {
            m_members->load(roomId);
        }
        Q_EMIT roomChanged(roomId);
    });
    dialog->open();
}

void RoomDetailsPanel::deleteRoom()
{
    auto *dialog = new RoomDeleteDialog(m_api, m_roomId, m_details.summary.name, this);
    connect(dialog, &RoomDeleteDialog::roomDeleted, this, [this](const QString &roomId) {
        if (roomId == m_roomId) {
            loadDeletionState();
        }
        Q_EMIT outcome(tr("%1 was deleted.").arg(roomId), false);
        Q_EMIT roomDeleted(roomId);
    });
    dialog->open();
}

} // namespace Steward
