#include "users/userinfoview.h"

#include "plural.h"
#include "tableviewsetup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Steward {

namespace {
using TableViews::humanise;

/// The user's trees sort by their first column.
QTreeWidget *makeTree(QWidget *parent, const char *name, const QString &accessibleName, const QStringList &headers)
{
    QTreeWidget *tree = TableViews::makeTree(parent, name, accessibleName, headers);
    tree->setSortingEnabled(true);
    tree->sortByColumn(0, Qt::AscendingOrder);
    return tree;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString row(const QString &label, const QString &htmlValue)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), htmlValue);
}

/// A tree item with a tooltip per cell (long user agents and IDs are elided in the middle).
CollatedTreeItem *item(QTreeWidget *tree, const QStringList &texts)
{
    auto *it = new CollatedTreeItem(tree, texts);
    for (int c = 0; c < texts.size(); ++c) {
        it->setToolTip(c, texts.at(c));
    }
    return it;
}

} // namespace

UserInfoView::UserInfoView(ApiService *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    setObjectName(QStringLiteral("userInfoView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_badges = new QLabel(this);
    m_badges->setObjectName(QStringLiteral("userBadgesLabel"));
    m_badges->setAccessibleName(tr("Account type"));
    m_badges->setTextFormat(Qt::RichText);
    m_badges->setWordWrap(true);
    layout->addWidget(m_badges);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("userDetailsTabs"));
    m_tabs->setAccessibleName(tr("User details"));
    m_tabs->setUsesScrollButtons(true);
    m_overview = new QTextBrowser(m_tabs);
    m_overview->setObjectName(QStringLiteral("userDetailsText"));
    m_overview->setAccessibleName(tr("User details"));
    m_overview->setOpenLinks(false);
    m_tabs->addTab(m_overview, tr("Overview"));

    m_rooms = makeTree(m_tabs, "userRoomsTree", tr("Rooms of this user"),
                       { tr("Room"), tr("Alias"), tr("Members"), tr("Membership"), tr("Room ID") });
    m_rooms->setToolTip(tr("Double-click a room (or press Enter) to open it in the Rooms view."));
    m_tabs->addTab(m_rooms, tr("Rooms"));
    connect(m_rooms, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *it) { Q_EMIT roomActivated(it->data(0, Qt::UserRole).toString()); });

    m_devicesPage = new QWidget(m_tabs);
    auto *devLayout = new QVBoxLayout(m_devicesPage);
    m_deviceTree = makeTree(m_devicesPage, "userDevicesTree", tr("Devices"),
                            { tr("Device"), tr("Device ID"), tr("Last seen"), tr("IP address"), tr("Client") });
    m_deviceTree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    devLayout->addWidget(m_deviceTree, 1);
    auto *devButtons = new QHBoxLayout;
    auto makeButton = [this](const char *name, const QString &text, const QString &accessible) {
        auto *b = new QPushButton(text, m_devicesPage);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleName(accessible);
        return b;
    };
    m_logoutOne = makeButton("logoutDeviceButton", tr("Log &Out Device…"), tr("Log out the current device"));
    m_logoutSelected =
        makeButton("logoutSelectedDevicesButton", tr("Log Out &Selected…"), tr("Log out the selected devices"));
    m_logoutAll = makeButton("logoutAllDevicesButton", tr("Log Out A&ll…"), tr("Log out every device"));
    devButtons->addWidget(m_logoutOne);
    devButtons->addWidget(m_logoutSelected);
    devButtons->addWidget(m_logoutAll);
    devButtons->addStretch(1);
    devLayout->addLayout(devButtons);
    m_deviceResult = new QLabel(m_devicesPage);
    m_deviceResult->setObjectName(QStringLiteral("deviceResultLabel"));
    m_deviceResult->setWordWrap(true);
    m_deviceResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    devLayout->addWidget(m_deviceResult);
    m_tabs->addTab(m_devicesPage, tr("Devices"));
    connect(m_logoutOne, &QPushButton::clicked, this, &UserInfoView::logOutCurrentDevice);
    connect(m_logoutSelected, &QPushButton::clicked, this, &UserInfoView::logOutSelectedDevices);
    connect(m_logoutAll, &QPushButton::clicked, this, &UserInfoView::logOutAllDevices);
    connect(m_deviceTree, &QTreeWidget::itemSelectionChanged, this, &UserInfoView::updateDeviceButtons);

    m_sessions = makeTree(m_tabs, "userSessionsTree", tr("Sessions by address and client"),
                          { tr("IP address"), tr("Client"), tr("Devices"), tr("Connections"), tr("Last seen") });
    m_tabs->addTab(m_sessions, tr("Sessions"));
    m_pushers = makeTree(m_tabs, "userPushersTree", tr("Pushers"),
                         { tr("App"), tr("Kind"), tr("Device"), tr("Push key or URL"), tr("Language") });
    m_tabs->addTab(m_pushers, tr("Pushers"));
    layout->addWidget(m_tabs, 1);
    clear(QString());
}

void UserInfoView::setOwnSession(std::function<QString()> userId, std::function<QString()> deviceId)
{
    m_ownUser = std::move(userId);
    m_ownDevice = std::move(deviceId);
}

QString UserInfoView::ownDevice() const
{
    if (!m_ownUser || !m_ownDevice || m_ownUser() != m_userId) {
        return {};
    }
    return m_ownDevice();
}

void UserInfoView::clear(const QString &message)
{
    ++m_generation;
    m_userId.clear();
    m_details.reset();
    m_detailsError.clear();
    m_media.reset();
    m_devices.clear();
    m_badges->clear();
    m_badges->setVisible(false);
    m_overview->setHtml(message.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(esc(message)));
    for (QTreeWidget *t : { m_rooms, m_deviceTree, m_sessions, m_pushers }) {
        t->clear();
        TableViews::setEmptyText(t, QString());
    }
    m_deviceResult->clear();
    for (QWidget *page : { static_cast<QWidget *>(m_rooms), m_devicesPage, static_cast<QWidget *>(m_sessions),
                           static_cast<QWidget *>(m_pushers) }) {
        setTabCount(page, QString());
    }
    updateDeviceButtons();
}

void UserInfoView::setTabCount(QWidget *page, const QString &text)
{
    const int i = m_tabs->indexOf(page);
    static const QStringList titles { QString(), tr("Rooms"), tr("Devices"), tr("Sessions"), tr("Pushers") };
    if (i > 0 && i < titles.size()) {
        m_tabs->setTabText(i, text.isEmpty() ? titles.at(i) : tr("%1 (%2)").arg(titles.at(i), text));
    }
}

void UserInfoView::load(const QString &userId)
{
    clear(tr("Loading…"));
    m_userId = userId;
    const quint64 gen = m_generation;
    auto current = [this, gen]() {
        return gen == m_generation;
    };
    for (QTreeWidget *t : { m_rooms, m_deviceTree, m_sessions, m_pushers }) {
        TableViews::setEmptyText(t, tr("Loading…"));
    }

    UserApi::memberships(m_api, userId, this, [this, current](const Result<QHash<QString, QString>> &r) {
        if (!current()) {
            return;
        }
        if (!r.ok()) {
            TableViews::setEmptyText(m_rooms, tr("The rooms could not be loaded: %1").arg(r.error().describe()));
            return;
        }
        const QHash<QString, QString> memberships = r.value();
        RoomsApi::summaries(m_api, memberships.keys(), this,
                            [this, current, memberships](const QList<RoomLookup> &rooms) {
                                if (current()) {
                                    showRooms(memberships, rooms);
                                }
                            });
    });
    UserApi::devices(m_api, userId, this, [this, current](const Result<QList<UserDevice>> &r) {
        if (!current()) {
            return;
        }
        if (!r.ok()) {
            TableViews::setEmptyText(m_deviceTree, tr("The devices could not be loaded: %1").arg(r.error().describe()));
            return;
        }
        m_devices = r.value();
        showDevices();
    });
    UserApi::whois(m_api, userId, this, [this, current](const Result<QList<WhoisConnection>> &r) {
        if (!current()) {
            return;
        }
        if (!r.ok()) {
            TableViews::setEmptyText(m_sessions, tr("The sessions could not be loaded: %1").arg(r.error().describe()));
            return;
        }
        showSessions(r.value());
    });
    UserApi::pushers(m_api, userId, this, [this, current](const Result<QList<UserPusher>> &r) {
        if (!current()) {
            return;
        }
        if (!r.ok()) {
            TableViews::setEmptyText(m_pushers, tr("The pushers could not be loaded: %1").arg(r.error().describe()));
            return;
        }
        showPushers(r.value());
    });
    UserApi::mediaUsage(m_api, userId, this, [this, current](const Result<UserMediaUsage> &r) {
        if (current()) {
            m_media = r;
            renderOverview();
        }
    });
}

void UserInfoView::showDetails(const UserDetails &details)
{
    m_details = details;
    m_detailsError.clear();
    renderOverview();
}

void UserInfoView::showDetailsError(const QString &text)
{
    m_details.reset();
    m_detailsError = text;
    renderOverview();
}

QString UserInfoView::overviewText() const
{
    return m_overview->toPlainText();
}

void UserInfoView::renderOverview()
{
    if (!m_details) {
        m_overview->setHtml(m_detailsError.isEmpty()
                                ? QStringLiteral("<p>%1</p>").arg(esc(tr("Loading…")))
                                : QStringLiteral("<p style='color:#b00020'>%1</p>").arg(esc(m_detailsError)));
        return;
    }
    const UserDetails &d = *m_details;
    const UserSummary &u = d.summary;
    const QString yes = tr("Yes");
    const QString no = tr("No");
    const QString none = QStringLiteral("<i>%1</i>").arg(esc(tr("none")));

    // Badges: what kind of account this is, at a glance.
    QStringList badges;
    auto badge = [&badges](const QString &text, const char *colour) {
        badges << QStringLiteral("<span style='background-color:%1; color:white'>&nbsp;%2&nbsp;</span>")
                      .arg(QLatin1String(colour), esc(text));
    };
    if (u.admin) {
        badge(tr("Admin"), "#1565c0");
    }
    if (u.userType == u"bot") {
        badge(tr("Bot"), "#6a1b9a");
    } else if (u.userType == u"support") {
        badge(tr("Support"), "#00838f");
    } else if (!u.userType.isEmpty()) {
        badge(u.userType, "#455a64");
    }
    if (!d.appserviceId.isEmpty()) {
        badge(tr("Appservice"), "#4e342e");
    }
    if (u.guest) {
        badge(tr("Guest"), "#558b2f");
    }
    if (u.locked) {
        badge(tr("Locked"), "#e65100");
    }
    if (d.suspended) {
        badge(tr("Suspended"), "#ef6c00");
    }
    if (u.deactivated) {
        badge(tr("Deactivated"), "#616161");
    }
    if (u.erased) {
        badge(tr("Erased"), "#212121");
    }
    if (u.shadowBanned) {
        badge(tr("Shadow-banned"), "#b71c1c");
    }
    m_badges->setText(badges.join(QStringLiteral("&nbsp; ")));
    m_badges->setVisible(!badges.isEmpty());

    QString status = u.deactivated ? (u.erased ? tr("Deactivated and erased") : tr("Deactivated")) : tr("Active");
    if (u.locked) {
        status += tr(", locked");
    }
    if (d.suspended) {
        status += tr(", suspended");
    }
    QString accountType = tr("Regular user");
    if (u.userType == u"bot") {
        accountType = tr("Bot");
    } else if (u.userType == u"support") {
        accountType = tr("Support");
    } else if (!u.userType.isEmpty()) {
        accountType = u.userType;
    }
    if (u.guest) {
        accountType = tr("Guest");
    }
    QString media = tr("loading…");
    if (m_media && m_media->ok()) {
        media = m_media->value().count == 0
            ? tr("No files uploaded")
            : tr("%1, %2 in total")
                  .arg(plural(tr("%n file(s)", nullptr, int(m_media->value().count)), m_media->value().count),
                       QLocale().formattedDataSize(m_media->value().bytes));
    } else if (m_media) {
        media = tr("unknown: %1").arg(m_media->error().describe());
    }

    QString html = QStringLiteral("<table cellspacing='3'>");
    html += row(tr("User ID"), esc(u.userId));
    html += row(tr("Display name"), u.displayName.isEmpty() ? none : esc(u.displayName));
    html += row(tr("Account type"), esc(accountType));
    html += row(tr("Server administrator"), u.admin ? yes : no);
    html += row(tr("Status"), esc(status));
    html += row(tr("Shadow-banned"), u.shadowBanned ? yes : no);
    html += row(tr("Created"), u.created.isValid() ? esc(when(u.created)) : none);
    html += row(tr("Last seen"), u.lastSeen.isValid() ? esc(when(u.lastSeen)) : esc(tr("Never")));
    html += row(tr("Uploaded media"), esc(media));
    html += row(tr("Application service"), d.appserviceId.isEmpty() ? none : esc(d.appserviceId));
    html += row(tr("Approved"), d.approved ? yes : no);
    html += row(tr("Avatar"), u.avatarUrl.isEmpty() ? none : esc(u.avatarUrl));
    // Fields Steward has no words for yet are still shown, under a readable name.
    static const QSet<QString> known {
        QStringLiteral("name"),         QStringLiteral("displayname"),   QStringLiteral("threepids"),
        QStringLiteral("external_ids"), QStringLiteral("is_guest"),      QStringLiteral("admin"),
        QStringLiteral("deactivated"),  QStringLiteral("erased"),        QStringLiteral("shadow_banned"),
        QStringLiteral("locked"),       QStringLiteral("suspended"),     QStringLiteral("creation_ts"),
        QStringLiteral("last_seen_ts"), QStringLiteral("appservice_id"), QStringLiteral("user_type"),
        QStringLiteral("avatar_url"),   QStringLiteral("approved")
    };
    for (auto it = d.raw.begin(); it != d.raw.end(); ++it) {
        if (known.contains(it.key())) {
            continue;
        }
        const QJsonValue v = it.value();
        QString value;
        if (v.isNull() || v.isUndefined()) {
            value = none;
        } else if (v.isBool()) {
            value = v.toBool() ? yes : no;
        } else if (v.isDouble()) {
            const qint64 n = qint64(v.toDouble());
            // Synapse's *_ts fields are milliseconds since the epoch.
            value = it.key().endsWith(QLatin1String("_ts")) && n > 0
                ? esc(when(QDateTime::fromMSecsSinceEpoch(n, Qt::UTC)))
                : esc(QLocale().toString(n));
        } else if (v.isString()) {
            value = esc(v.toString());
        } else {
            value = esc(
                QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                                      .toJson(QJsonDocument::Compact)));
        }
        html += row(humanise(it.key()), value);
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Email addresses and phone numbers")));
    if (d.threepids.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(none);
    }
    for (const ThreePid &t : d.threepids) {
        const QString medium = t.medium == u"email" ? tr("Email") : t.medium == u"msisdn" ? tr("Phone") : t.medium;
        QString line = QStringLiteral("<b>%1</b>: %2").arg(esc(medium), esc(t.address));
        if (t.validatedAt.isValid()) {
            line += esc(tr(" (confirmed %1)").arg(when(t.validatedAt)));
        } else if (t.addedAt.isValid()) {
            line += esc(tr(" (added %1, not confirmed)").arg(when(t.addedAt)));
        }
        html += QStringLiteral("<div>%1</div>").arg(line);
    }
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Identity provider links (external IDs)")));
    if (d.externalIds.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(none);
    }
    for (const ExternalId &e : d.externalIds) {
        html += QStringLiteral("<div><b>%1</b>: %2</div>").arg(esc(e.provider), esc(e.id));
    }
    m_overview->setHtml(html);
}

void UserInfoView::showRooms(const QHash<QString, QString> &memberships, const QList<RoomLookup> &rooms)
{
    m_rooms->setSortingEnabled(false);
    m_rooms->clear();
    int joined = 0;
    for (const RoomLookup &r : rooms) {
        const QString membership = memberships.value(r.roomId);
        joined += membership == u"join" ? 1 : 0;
        QString name;
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
        } else {
            name = tr("(not readable: %1)").arg(r.error.describe());
        }
        QString state = membership;
        if (membership == u"join") {
            state = tr("Joined");
        } else if (membership == u"invite") {
            state = tr("Invited");
        } else if (membership == u"leave") {
            state = tr("Left");
        } else if (membership == u"ban") {
            state = tr("Banned");
        } else if (membership == u"knock") {
            state = tr("Asked to join");
        }
        auto *it = item(m_rooms, { name, alias, members, state, r.roomId });
        it->setData(0, Qt::UserRole, r.roomId);
        it->setData(2, CollatedTreeItem::SortRole, count);
        it->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_rooms->setSortingEnabled(true);
    TableViews::setEmptyText(m_rooms, rooms.isEmpty() ? tr("Not in any room.") : QString());
    setTabCount(m_rooms, QLocale().toString(joined));
    m_rooms->setToolTip(
        plural(tr("Member of %n room(s); double-click a room to open it in the Rooms view.", nullptr, joined), joined));
}

void UserInfoView::showDevices()
{
    m_deviceTree->setSortingEnabled(false);
    m_deviceTree->clear();
    const QString own = ownDevice();
    for (const UserDevice &d : std::as_const(m_devices)) {
        QString name = d.displayName.isEmpty() ? tr("(no name)") : d.displayName;
        if (!own.isEmpty() && d.deviceId == own) {
            name = tr("%1 (this Steward session)").arg(name);
        }
        auto *it = item(m_deviceTree, { name, d.deviceId, when(d.lastSeen), d.lastSeenIp, d.lastSeenUserAgent });
        it->setData(0, Qt::UserRole, d.deviceId);
        it->setData(2, CollatedTreeItem::SortRole, d.lastSeen.isValid() ? d.lastSeen.toMSecsSinceEpoch() : 0);
    }
    m_deviceTree->setSortingEnabled(true);
    m_deviceTree->sortByColumn(2, Qt::DescendingOrder); // most recently used first
    TableViews::setEmptyText(m_deviceTree,
                             m_devices.isEmpty() ? tr("No devices: the user is not signed in anywhere.") : QString());
    setTabCount(m_devicesPage, QLocale().toString(m_devices.size()));
    updateDeviceButtons();
}

void UserInfoView::showSessions(const QList<WhoisConnection> &connections)
{
    struct Group
    {
        QSet<QString> devices;
        int connections = 0;
        QDateTime lastSeen;
    };
    QMap<QPair<QString, QString>, Group> groups;
    for (const WhoisConnection &c : connections) {
        Group &g = groups[{ c.ip, c.userAgent }];
        g.devices.insert(c.deviceId);
        ++g.connections;
        if (c.lastSeen > g.lastSeen) {
            g.lastSeen = c.lastSeen;
        }
    }
    m_sessions->setSortingEnabled(false);
    m_sessions->clear();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QStringList devices(it->devices.begin(), it->devices.end());
        std::sort(devices.begin(), devices.end(), TableViews::collatedLess);
        auto *i = item(m_sessions,
                       { it.key().first, it.key().second.isEmpty() ? tr("(unknown client)") : it.key().second,
                         devices.join(QStringLiteral(", ")), QLocale().toString(it->connections), when(it->lastSeen) });
        i->setData(3, CollatedTreeItem::SortRole, it->connections);
        i->setData(4, CollatedTreeItem::SortRole, it->lastSeen.isValid() ? it->lastSeen.toMSecsSinceEpoch() : 0);
        i->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_sessions->setSortingEnabled(true);
    m_sessions->sortByColumn(4, Qt::DescendingOrder);
    TableViews::setEmptyText(m_sessions, groups.isEmpty() ? tr("No recorded sessions.") : QString());
    setTabCount(m_sessions, QLocale().toString(groups.size()));
    m_sessions->setToolTip(
        plural(tr("%n connection(s) in all, grouped by IP address and client", nullptr, int(connections.size())),
               connections.size()));
}

void UserInfoView::showPushers(const QList<UserPusher> &pushers)
{
    m_pushers->setSortingEnabled(false);
    m_pushers->clear();
    for (const UserPusher &p : pushers) {
        const QString app = p.appDisplayName.isEmpty() ? p.appId : tr("%1 (%2)").arg(p.appDisplayName, p.appId);
        const QString kind = p.kind == u"http" ? tr("Push notifications") : p.kind == u"email" ? tr("Email") : p.kind;
        item(m_pushers, { app, kind, p.deviceDisplayName, p.url.isEmpty() ? p.pushKey : p.url, p.lang });
    }
    m_pushers->setSortingEnabled(true);
    TableViews::setEmptyText(m_pushers,
                             pushers.isEmpty() ? tr("No pushers: nothing notifies this user's devices.") : QString());
    setTabCount(m_pushers, QLocale().toString(pushers.size()));
}

void UserInfoView::updateDeviceButtons()
{
    const QString own = ownDevice();
    QTreeWidgetItem *current = m_deviceTree->currentItem();
    const bool currentIsOwn = current && current->data(0, Qt::UserRole).toString() == own && !own.isEmpty();
    const bool idle = !m_busy && !m_userId.isEmpty();
    m_logoutOne->setEnabled(idle && current && !currentIsOwn);
    m_logoutOne->setToolTip(currentIsOwn ? tr("Steward is signed in with this device: logging it out here would end "
                                              "this session. Sign out from the File menu instead.")
                                         : QString());
    m_logoutSelected->setEnabled(idle && !m_deviceTree->selectedItems().isEmpty());
    m_logoutAll->setEnabled(idle && !m_devices.isEmpty()
                            && !(m_devices.size() == 1 && m_devices.first().deviceId == own));
}

void UserInfoView::logOutCurrentDevice()
{
    QTreeWidgetItem *current = m_deviceTree->currentItem();
    if (!current) {
        return;
    }
    const QString id = current->data(0, Qt::UserRole).toString();
    confirmLogout({ id },
                  tr("Log out the device \"%1\" (%2) of %3? Its access is revoked at once; the person has "
                     "to sign in again on it, and messages they cannot decrypt elsewhere may be lost.")
                      .arg(current->text(0), id, m_userId));
}

void UserInfoView::logOutSelectedDevices()
{
    QStringList ids;
    for (QTreeWidgetItem *it : m_deviceTree->selectedItems()) {
        ids << it->data(0, Qt::UserRole).toString();
    }
    const int n = int(ids.size());
    confirmLogout(ids,
                  plural(tr("Log out %n selected device(s) of %1? Their access is revoked at once; the person "
                            "has to sign in again on them.",
                            nullptr, n),
                         n)
                      .arg(m_userId));
}

void UserInfoView::logOutAllDevices()
{
    QStringList ids;
    for (const UserDevice &d : std::as_const(m_devices)) {
        ids << d.deviceId;
    }
    const int n = int(ids.size());
    confirmLogout(ids,
                  plural(tr("Log out all %n device(s) of %1? They are signed out everywhere at once.", nullptr, n), n)
                      .arg(m_userId));
}

void UserInfoView::confirmLogout(const QStringList &requested, const QString &question)
{
    // Never end the session Steward itself is using (that would lock the administrator out of Steward).
    QStringList ids = requested;
    const QString own = ownDevice();
    QString text = question;
    if (!own.isEmpty() && ids.removeAll(own) > 0) {
        text += QLatin1Char('\n') + tr("The device Steward is signed in with (%1) stays signed in.").arg(own);
    }
    if (ids.isEmpty()) {
        m_deviceResult->setText(tr("Nothing to log out: only Steward's own session was selected."));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Log Out Devices"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("logoutDevicesDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *ok = box->addButton(tr("Log Out"), QMessageBox::DestructiveRole);
    ok->setObjectName(QStringLiteral("okButton"));
    box->button(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    const QString userId = m_userId;
    const quint64 gen = m_generation;
    connect(box, &QMessageBox::buttonClicked, this, [this, ok, ids, userId, gen](QAbstractButton *clicked) {
        if (clicked != ok || gen != m_generation) {
            return;
        }
        m_busy = true;
        updateDeviceButtons();
        const int n = int(ids.size());
        m_deviceResult->setText(plural(tr("Logging out %n device(s)…", nullptr, n), n));
        auto done = [this, userId, n](const Result<bool> &r) {
            m_busy = false;
            if (userId != m_userId) {
                return;
            }
            // Either way, show what the server has now.
            UserApi::devices(m_api, userId, this, [this, userId, n, r](const Result<QList<UserDevice>> &now) {
                if (userId != m_userId) {
                    return;
                }
                if (now.ok()) {
                    m_devices = now.value();
                    showDevices();
                }
                m_deviceResult->setText(r.ok() ? plural(tr("%n device(s) logged out.", nullptr, n), n)
                                               : tr("Logging out failed: %1").arg(r.error().describe()));
                m_deviceResult->setStyleSheet(r.ok() ? QString() : QStringLiteral("color:#b00020"));
                updateDeviceButtons();
            });
            Q_EMIT devicesChanged();
        };
        if (ids.size() == 1) {
            UserApi::deleteDevice(m_api, userId, ids.first(), this, done);
        } else {
            UserApi::deleteDevices(m_api, userId, ids, this, done);
        }
    });
    box->open();
}

} // namespace Steward
