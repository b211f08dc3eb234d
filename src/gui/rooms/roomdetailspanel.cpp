#include "rooms/roomdetailspanel.h"

#include "health/purgehistorydialog.h"
#include "plural.h"
#include "rooms/makeroomadmindialog.h"
#include "rooms/roomdeletedialog.h"
#include "rooms/roomdeletion.h"
#include "tableviewsetup.h"
#include "users/useractiondialogs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Steward {

namespace {
using TableViews::humanise;
using TableViews::makeTree;
QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return b;
}

QString yesNo(bool b)
{
    return b ? RoomDetailsPanel::tr("Yes") : RoomDetailsPanel::tr("No");
}

QString joinRuleText(const QString &rule)
{
    if (rule == u"public") {
        return RoomDetailsPanel::tr("Anyone can join");
    }
    if (rule == u"invite") {
        return RoomDetailsPanel::tr("Invited users only");
    }
    if (rule == u"knock") {
        return RoomDetailsPanel::tr("Invited users, others can ask to join");
    }
    if (rule == u"restricted") {
        return RoomDetailsPanel::tr("Members of certain rooms or spaces");
    }
    if (rule == u"knock_restricted") {
        return RoomDetailsPanel::tr("Members of certain rooms or spaces, others can ask to join");
    }
    if (rule == u"private") {
        return RoomDetailsPanel::tr("Private");
    }
    return rule.isEmpty() ? RoomDetailsPanel::tr("(not set)") : rule;
}

QString historyText(const QString &v)
{
    if (v == u"world_readable") {
        return RoomDetailsPanel::tr("Anyone, even without joining");
    }
    if (v == u"shared") {
        return RoomDetailsPanel::tr("Members, the whole history");
    }
    if (v == u"invited") {
        return RoomDetailsPanel::tr("Members, since they were invited");
    }
    if (v == u"joined") {
        return RoomDetailsPanel::tr("Members, since they joined");
    }
    return v.isEmpty() ? RoomDetailsPanel::tr("(not set)") : v;
}

QString guestText(const QString &v)
{
    if (v == u"can_join") {
        return RoomDetailsPanel::tr("Guests can join");
    }
    if (v == u"forbidden") {
        return RoomDetailsPanel::tr("No guests");
    }
    return v.isEmpty() ? RoomDetailsPanel::tr("(not set)") : v;
}

QString displayValue(const QVariant &v)
{
    if (v.isNull()) {
        return RoomDetailsPanel::tr("(none)");
    }
    if (v.typeId() == QMetaType::Bool) {
        return yesNo(v.toBool());
    }
    if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList) {
        return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    }
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
        return QLocale().toString(v.toLongLong());
    }
    return v.toString();
}

QString powerText(int level)
{
    if (level >= 100) {
        return RoomDetailsPanel::tr("Admin (%1)").arg(level);
    }
    if (level >= 50) {
        return RoomDetailsPanel::tr("Moderator (%1)").arg(level);
    }
    return level == 0 ? RoomDetailsPanel::tr("Default (0)") : RoomDetailsPanel::tr("Custom (%1)").arg(level);
}

QString membershipText(const QString &m)
{
    if (m == u"join") {
        return RoomDetailsPanel::tr("Joined");
    }
    if (m == u"invite") {
        return RoomDetailsPanel::tr("Invited");
    }
    if (m == u"leave") {
        return RoomDetailsPanel::tr("Left");
    }
    if (m == u"ban") {
        return RoomDetailsPanel::tr("Banned");
    }
    if (m == u"knock") {
        return RoomDetailsPanel::tr("Asked to join");
    }
    return m;
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
    m_mediaButton = button(tr("&Media…"), "roomMediaButton", this);
    m_mediaButton->setToolTip(tr("The files this room's messages point to, in the Media view"));
    m_purgeHistoryButton = button(tr("Purge &History…"), "roomPurgeHistoryButton", this);
    actions->addWidget(m_makeAdminButton);
    actions->addWidget(m_joinButton);
    actions->addWidget(m_mediaButton);
    actions->addStretch(1);
    actions->addWidget(m_purgeHistoryButton);
    actions->addWidget(m_deleteButton);
    layout->addLayout(actions);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("roomDetailsTabs"));
    m_tabs->setAccessibleName(tr("Room details"));
    m_fields = makeTree(m_tabs, "roomFieldsTree", tr("Room fields"), { tr("Field"), tr("Value") });
    m_fields->setAlternatingRowColors(true);
    m_tabs->addTab(m_fields, tr("Details"));

    auto *membersPage = new QWidget(m_tabs);
    auto *membersLayout = new QVBoxLayout(membersPage);
    m_membersLabel = new QLabel(membersPage);
    m_membersLabel->setObjectName(QStringLiteral("roomMembersLabel"));
    m_membersLabel->setWordWrap(true);
    m_memberTree = makeTree(membersPage, "roomMembersTree", tr("Room members"),
                            { tr("Display name"), tr("User ID"), tr("Power level"), tr("Membership") });
    m_memberTree->setSortingEnabled(true);
    membersLayout->addWidget(m_membersLabel);
    membersLayout->addWidget(m_memberTree, 1);
    m_tabs->addTab(membersPage, tr("Members"));

    m_spacePage = new QWidget(m_tabs);
    auto *spaceLayout = new QVBoxLayout(m_spacePage);
    auto *spaceHint =
        new QLabel(tr("The rooms and spaces this space contains (double-click one to open it):"), m_spacePage);
    spaceHint->setWordWrap(true);
    m_spaceChildren = makeTree(m_spacePage, "roomSpaceChildrenTree", tr("Rooms in this space"),
                               { tr("Room"), tr("Alias"), tr("Members"), tr("Room ID") });
    m_spaceChildren->setSortingEnabled(true);
    spaceLayout->addWidget(spaceHint);
    spaceLayout->addWidget(m_spaceChildren, 1);
    m_tabs->addTab(m_spacePage, tr("Space"));
    m_tabs->setTabVisible(m_tabs->indexOf(m_spacePage), false);
    connect(m_spaceChildren, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT roomActivated(item->data(0, Qt::UserRole).toString()); });

    auto *stateSplit = new QSplitter(Qt::Vertical, m_tabs);
    m_stateTree =
        makeTree(stateSplit, "roomStateTree", tr("State events"), { tr("Type / state key"), tr("Sender"), tr("Time") });
    m_stateTree->setRootIsDecorated(true);
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
        const int total = int(m_members->total());
        m_membersLabel->setText(plural(tr("%n joined member(s), %1 on this server", nullptr, total), total)
                                    .arg(m_members->localMembers().size()));
    });
    connect(m_members, &RoomMembersModel::errorOccurred, this, [this](const ApiError &e) {
        m_membersLabel->setText(tr("Members could not be loaded: %1").arg(e.describe()));
    });
    connect(m_blockButton, &QPushButton::clicked, this, &RoomDetailsPanel::toggleBlock);
    connect(m_makeAdminButton, &QPushButton::clicked, this, &RoomDetailsPanel::makeAdmin);
    connect(m_joinButton, &QPushButton::clicked, this, [this]() { Q_EMIT joinUsersRequested({ m_roomId }); });
    connect(m_mediaButton, &QPushButton::clicked, this, [this]() { Q_EMIT mediaRequested(m_roomId); });
    connect(m_deleteButton, &QPushButton::clicked, this, &RoomDetailsPanel::deleteRoom);
    connect(m_purgeHistoryButton, &QPushButton::clicked, this, [this]() {
        auto *dialog = new PurgeHistoryDialog(m_api, m_roomId, m_details.summary.name, this);
        connect(dialog, &PurgeHistoryDialog::purged, this, [this](const QString &roomId) {
            Q_EMIT outcome(tr("The history of %1 was purged.").arg(roomId), false);
        });
        dialog->open();
    });
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
    m_memberTree->clear();
    m_memberInfo.clear();
    m_spaceChildren->clear();
    m_tabs->setTabVisible(m_tabs->indexOf(m_spacePage), false);
    for (QPushButton *b :
         { m_blockButton, m_makeAdminButton, m_joinButton, m_mediaButton, m_deleteButton, m_purgeHistoryButton }) {
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
    m_mediaButton->setEnabled(true);
    m_purgeHistoryButton->setEnabled(true);
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
        showMembers(r.value());
        showSpaceChildren(r.value());
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
    const RoomSummary &r = details.summary;
    const QString name = r.name.isEmpty() ? tr("(unnamed room)") : r.name;
    m_title->setText(tr("<b>%1</b>%2<br>%3")
                         .arg(name.toHtmlEscaped(), r.isSpace() ? tr(" — space") : QString(),
                              (r.canonicalAlias.isEmpty() ? m_roomId : r.canonicalAlias).toHtmlEscaped()));
    m_topic->setText(details.topic.isEmpty() ? tr("No topic.") : details.topic);
    m_fields->clear();
    auto add = [this](const QString &label, const QString &value) {
        auto *item = new QTreeWidgetItem(m_fields, { label, value });
        item->setToolTip(1, value);
    };
    const QString none = tr("(none)");
    add(tr("Name"), r.name.isEmpty() ? none : r.name);
    add(tr("Room ID"), r.roomId);
    add(tr("Kind"), r.isSpace() ? tr("Space (a group of rooms)") : r.roomType.isEmpty() ? tr("Room") : r.roomType);
    add(tr("Main alias"), r.canonicalAlias.isEmpty() ? none : r.canonicalAlias);
    add(tr("Topic"), details.topic.isEmpty() ? none : details.topic);
    add(tr("Members"), plural(tr("%n member(s)", nullptr, r.joinedMembers), r.joinedMembers));
    add(tr("Members on this server"), plural(tr("%n member(s)", nullptr, r.joinedLocalMembers), r.joinedLocalMembers));
    add(tr("Creator"), r.creator.isEmpty() ? none : r.creator);
    add(tr("Room version"), r.version);
    add(tr("Encryption"), r.encryption.isEmpty() ? tr("Not encrypted") : tr("Encrypted (%1)").arg(r.encryption));
    add(tr("Federation"),
        r.federatable ? tr("Users of other servers can take part") : tr("Only users of this server (not federated)"));
    add(tr("In the public room directory"), yesNo(r.isPublic));
    add(tr("Who can join"), joinRuleText(r.joinRules));
    add(tr("Guest access"), guestText(r.guestAccess));
    add(tr("Who can read the history"), historyText(r.historyVisibility));
    add(tr("State events"), QLocale().toString(r.stateEvents));
    // Everything else the server reported, under a readable name (new fields show up too).
    static const QSet<QString> shown { QStringLiteral("room_id"),
                                       QStringLiteral("name"),
                                       QStringLiteral("room_type"),
                                       QStringLiteral("canonical_alias"),
                                       QStringLiteral("topic"),
                                       QStringLiteral("joined_members"),
                                       QStringLiteral("joined_local_members"),
                                       QStringLiteral("creator"),
                                       QStringLiteral("version"),
                                       QStringLiteral("encryption"),
                                       QStringLiteral("federatable"),
                                       QStringLiteral("public"),
                                       QStringLiteral("join_rules"),
                                       QStringLiteral("guest_access"),
                                       QStringLiteral("history_visibility"),
                                       QStringLiteral("state_events") };
    static const QHash<QString, const char *> labels {
        { QStringLiteral("joined_local_devices"),
          QT_TRANSLATE_NOOP("Steward::RoomDetailsPanel", "Devices of members on this server") },
        { QStringLiteral("avatar"), QT_TRANSLATE_NOOP("Steward::RoomDetailsPanel", "Avatar") },
        { QStringLiteral("forgotten"),
          QT_TRANSLATE_NOOP("Steward::RoomDetailsPanel", "Forgotten by all local members") }
    };
    for (auto it = details.fields.cbegin(); it != details.fields.cend(); ++it) {
        if (!shown.contains(it.key())) {
            add(labels.contains(it.key()) ? tr(labels.value(it.key())) : humanise(it.key()), displayValue(it.value()));
        }
    }
    m_fields->resizeColumnToContents(0);
}

void RoomDetailsPanel::showMembers(const QList<RoomStateEvent> &events)
{
    m_memberInfo = RoomsApi::membersFromState(events);
    m_memberTree->setSortingEnabled(false);
    m_memberTree->clear();
    for (const RoomMemberInfo &m : std::as_const(m_memberInfo)) {
        auto *item =
            new CollatedTreeItem(m_memberTree,
                                 { m.displayName.isEmpty() ? m.userId : m.displayName, m.userId,
                                   m.creator ? tr("Creator (above every power level)") : powerText(m.powerLevel),
                                   membershipText(m.membership) });
        item->setData(2, CollatedTreeItem::SortRole, m.creator ? std::numeric_limits<qint64>::max() : m.powerLevel);
        item->setToolTip(1, m.userId);
    }
    m_memberTree->setSortingEnabled(true);
    m_memberTree->sortByColumn(2, Qt::DescendingOrder); // admins and moderators first
    TableViews::setEmptyText(m_memberTree, m_memberInfo.isEmpty() ? tr("Nobody is in this room.") : QString());
}

void RoomDetailsPanel::showSpaceChildren(const QList<RoomStateEvent> &events)
{
    const bool space = std::any_of(events.cbegin(), events.cend(), [](const RoomStateEvent &e) {
        return e.type == u"m.room.create" && e.content.value(QStringLiteral("type")).toString() == u"m.space";
    });
    const QStringList children = RoomsApi::spaceChildren(events);
    m_tabs->setTabVisible(m_tabs->indexOf(m_spacePage), space || !children.isEmpty());
    m_tabs->setTabText(m_tabs->indexOf(m_spacePage),
                       plural(tr("Space: %n room(s)", nullptr, int(children.size())), children.size()));
    m_spaceChildren->clear();
    TableViews::setEmptyText(m_spaceChildren, children.isEmpty() ? tr("This space lists no rooms.") : tr("Loading…"));
    const QString roomId = m_roomId;
    RoomsApi::summaries(m_api, children, this, [this, roomId](const QList<RoomLookup> &rooms) {
        if (roomId != m_roomId) {
            return;
        }
        m_spaceChildren->setSortingEnabled(false);
        for (const RoomLookup &r : rooms) {
            QString name = tr("(not on this server)");
            QString alias;
            QString members;
            int count = -1;
            if (r.summary) {
                name = r.summary->name.isEmpty() ? tr("(unnamed room)") : r.summary->name;
                if (r.summary->isSpace()) {
                    name = tr("%1 (space)").arg(name);
                }
                alias = r.summary->canonicalAlias;
                count = r.summary->joinedMembers;
                members = plural(tr("%n member(s)", nullptr, count), count);
            }
            auto *item = new CollatedTreeItem(m_spaceChildren, { name, alias, members, r.roomId });
            item->setData(0, Qt::UserRole, r.roomId);
            item->setData(2, CollatedTreeItem::SortRole, count);
            item->setToolTip(3, r.roomId);
        }
        m_spaceChildren->setSortingEnabled(true);
        TableViews::setEmptyText(m_spaceChildren, rooms.isEmpty() ? tr("This space lists no rooms.") : QString());
    });
}

void RoomDetailsPanel::showState(const QList<RoomStateEvent> &events)
{
    m_stateTree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const RoomStateEvent &e : events) {
        QTreeWidgetItem *group = groups.value(e.type);
        if (!group) {
            group = new CollatedTreeItem(m_stateTree, { e.type });
            groups.insert(e.type, group);
        }
        const QString when = e.originServerTs > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.originServerTs), QLocale::ShortFormat)
            : QString();
        auto *item = new CollatedTreeItem(
            group, { e.stateKey.isEmpty() ? tr("(empty state key)") : e.stateKey, e.sender, when });
        item->setData(0, Qt::UserRole, QString::fromUtf8(QJsonDocument(e.event).toJson(QJsonDocument::Indented)));
        group->setData(0, Qt::UserRole, item->data(0, Qt::UserRole));
    }
    for (QTreeWidgetItem *group : std::as_const(groups)) {
        group->setText(1, plural(tr("%n event(s)", nullptr, group->childCount()), group->childCount()));
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
        } else if (s == RoomDeletion::State::Error || s == RoomDeletion::State::NotDeletable) {
            // Gone already, unreadable, or a followed deletion whose outcome could not be read.
            m_deletionLabel->setText(check->report().join(u'\n'));
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
