#include "userlistmodel.h"

#include "stewardlogging_models.h"
#include "userpager.h"

#include <QCoreApplication>

namespace Steward {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Steward::UserListModel", text);
}

QString yesNo(bool value)
{
    return value ? tr("yes") : QString();
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

UserListModel::UserListModel(ApiService *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pager(new UserPager(api, this))
{
    m_pager->setPageSize(100);
    connect(m_pager, &UserPager::rowsArrived, this, &UserListModel::onRows);
    connect(m_pager, &UserPager::failed, this, [this](const ApiError &error) {
        Q_EMIT loadFailed(error);
        Q_EMIT statusChanged();
    });
}

UserListModel::~UserListModel() = default;

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const UserSummary &u = m_rows.at(index.row());
    if (role == UserIdRole) {
        return u.userId;
    }
    if (role == Qt::ToolTipRole && index.column() == DisplayNameColumn) {
        return u.displayName;
    }
    if (role == Qt::ToolTipRole && (index.column() == CreatedColumn || index.column() == LastSeenColumn)) {
        const QDateTime t = index.column() == CreatedColumn ? u.created : u.lastSeen;
        return t.isValid() ? t.toString(Qt::ISODate) : QVariant();
    }
    if (role == SortValueRole) {
        switch (index.column()) {
        case CreatedColumn:
            return u.created;
        case LastSeenColumn:
            return u.lastSeen;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != SortValueRole) {
        return {};
    }
    switch (index.column()) {
    case UserIdColumn:
        return u.userId;
    case DisplayNameColumn:
        return u.displayName;
    case AdminColumn:
        return yesNo(u.admin);
    case DeactivatedColumn:
        return u.erased ? tr("erased") : yesNo(u.deactivated);
    case LockedColumn:
        return yesNo(u.locked);
    case GuestColumn:
        return yesNo(u.guest);
    case ShadowBannedColumn:
        return yesNo(u.shadowBanned);
    case UserTypeColumn:
        return u.userType;
    case CreatedColumn:
        return localTime(u.created);
    case LastSeenColumn:
        return u.lastSeen.isValid() ? localTime(u.lastSeen) : tr("never");
    default:
        return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case UserIdColumn:
        return tr("User ID");
    case DisplayNameColumn:
        return tr("Display name");
    case AdminColumn:
        return tr("Admin");
    case DeactivatedColumn:
        return tr("Deactivated");
    case LockedColumn:
        return tr("Locked");
    case GuestColumn:
        return tr("Guest");
    case ShadowBannedColumn:
        return tr("Shadow-banned");
    case UserTypeColumn:
        return tr("User type");
    case CreatedColumn:
        return tr("Created");
    case LastSeenColumn:
        return tr("Last seen");
    default:
        return {};
    }
}

bool UserListModel::canFetchMore(const QModelIndex &parent) const
{
    // After an error, only retry() asks again: a view must not hammer a failing server.
    return m_started && !parent.isValid() && !m_pager->atEnd() && !m_pager->isFetching() && !m_pager->hasError();
}

void UserListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    m_pager->fetchNext();
    Q_EMIT statusChanged();
}

UserSortKey UserListModel::sortKeyForColumn(int column)
{
    static const UserSortKey keys[] = { UserSortKey::Name,         UserSortKey::DisplayName, UserSortKey::Admin,
                                        UserSortKey::Deactivated,  UserSortKey::Locked,      UserSortKey::Guest,
                                        UserSortKey::ShadowBanned, UserSortKey::UserType,    UserSortKey::Created,
                                        UserSortKey::LastSeen };
    return column >= 0 && column < ColumnCount ? keys[column] : UserSortKey::Name;
}

int UserListModel::columnForSortKey(UserSortKey key)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortKeyForColumn(c) == key) {
            return c;
        }
    }
    return UserIdColumn;
}

void UserListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    UserListQuery q = m_query;
    q.sortKey = sortKeyForColumn(column);
    q.descending = order == Qt::DescendingOrder;
    if (q == m_query && m_pager->total() >= 0) {
        return;
    }
    m_query = q;
    if (m_started) {
        reload(); // before the first reload the order is just remembered
    }
}

void UserListModel::setQuery(const UserListQuery &query)
{
    if (query == m_query && m_pager->total() >= 0 && !m_pager->hasError()) {
        return;
    }
    m_query = query;
    reload();
}

void UserListModel::setPageSize(int size)
{
    m_pager->setPageSize(size);
    m_pager->setOverlap(qBound(1, size / 4, 10));
}

int UserListModel::pageSize() const
{
    return m_pager->pageSize();
}

void UserListModel::reload()
{
    qCDebug(lcModels) << "reloading the users list";
    m_started = true;
    beginResetModel();
    m_rows.clear();
    m_pager->setQuery(m_query);
    endResetModel();
    m_pager->fetchNext();
    Q_EMIT statusChanged();
}

void UserListModel::retry()
{
    if (!m_pager->hasError()) {
        return;
    }
    m_pager->fetchNext();
    Q_EMIT statusChanged();
}

bool UserListModel::isLoading() const
{
    return m_pager->isFetching();
}

bool UserListModel::hasError() const
{
    return m_pager->hasError();
}

ApiError UserListModel::lastError() const
{
    return m_pager->error();
}

qint64 UserListModel::total() const
{
    return m_pager->total();
}

bool UserListModel::atEnd() const
{
    return m_pager->atEnd();
}

bool UserListModel::listChanged() const
{
    return m_pager->listChanged();
}

QString UserListModel::statusText() const
{
    QString text;
    if (m_pager->total() < 0) {
        text = m_pager->isFetching() ? tr("Loading users…") : QString();
    } else {
        text = tr("%1 loaded of %2").arg(m_rows.size()).arg(m_pager->total());
        if (m_pager->isFetching()) {
            text += tr(" (loading more…)");
        }
    }
    if (m_pager->hasError()) {
        text = text.isEmpty() ? tr("Loading failed") : text + tr(" (loading failed)");
    } else if (m_pager->listChanged()) {
        text += tr(" (users were added or removed meanwhile: refresh to see them)");
    }
    return text;
}

int UserListModel::rowOf(const QString &userId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).userId == userId) {
            return i;
        }
    }
    return -1;
}

void UserListModel::updateUser(const UserSummary &user)
{
    const int row = rowOf(user.userId);
    if (row < 0) {
        return;
    }
    UserSummary updated = user;
    if (!updated.lastSeen.isValid()) {
        updated.lastSeen = m_rows.at(row).lastSeen;
    }
    m_rows[row] = updated;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UserListModel::onRows(const QList<UserSummary> &users)
{
    if (!users.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + users.size() - 1));
        m_rows.append(users);
        endInsertRows();
    }
    Q_EMIT statusChanged();
}

} // namespace Steward
