#include "users/userlistmodel.h"

#include "stewardlogging_models.h"

#include <QCoreApplication>

namespace Steward {

namespace {
constexpr const char *Context = "Steward::UserListModel";

QString yesNo(bool value)
{
    return value ? UserListModel::tr("yes") : QString();
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QVariant isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QVariant();
}

int key(UserSortKey k)
{
    return int(k);
}

/// The users table: one entry per column, in UserListModel::Column order.
const QList<ListColumn<UserSummary>> &userColumns()
{
    using U = const UserSummary &;
    static const QList<ListColumn<UserSummary>> columns {
        { QT_TRANSLATE_NOOP("Steward::UserListModel", "User ID"),
          [](U u) { return QVariant(u.userId); },
          {},
          {},
          key(UserSortKey::Name) },
        { QT_TRANSLATE_NOOP("Steward::UserListModel", "Display name"),
          [](U u) { return QVariant(u.displayName); },
          {},
          {},
          key(UserSortKey::DisplayName) },
        { QT_TRANSLATE_NOOP("Steward::UserListModel", "Admin"),
          [](U u) { return QVariant(yesNo(u.admin)); },
          [](U u) { return QVariant(u.admin); },
          {},
          key(UserSortKey::Admin) },
        { QT_TRANSLATE_NOOP("Steward::UserListModel", "Deactivated"),
          [](U u) { return QVariant(u.erased ? UserListModel::tr("erased") : yesNo(u.deactivated)); },
          [](U u) { return QVariant(u.deactivated); },
          {},
          key(UserSortKey::Deactivated) },
        { QT_TRANSLATE_NOOP("Steward::UserListModel", "Locked"),
          [](U u) { return QVariant(yesNo(u.locked)); },
          [](U u) { return QVariant(u.locked); },
          {},
          key(UserSortKey::Locked) },
        { QT_TRANSLATE_NOOP("Steward::UserListModel", "Guest"),
          [](U u) { return QVariant(yesNo(u.guest)); },
          [](U u) { return QVariant(u.guest); },
          {},
          key(UserSortKey::Guest) },
        { QT_TRANSLATE_NOOP("Steward::UserListModel", "Shadow-banned"),
          [](U u) { return QVariant(yesNo(u.shadowBanned)); },
          [](U u) { return QVariant(u.shadowBanned); },
          {},
          key(UserSortKey::ShadowBanned) },
        { QT_TRANSLATE_NOOP("Steward::UserListModel", "User type"),
          [](U u) { return QVariant(u.userType); },
          {},
          {},
          key(UserSortKey::UserType) },
        { QT_TRANSLATE_NOOP("Steward::UserListModel", "Created"), [](U u) { return QVariant(localTime(u.created)); },
          [](U u) { return QVariant(u.created); }, [](U u) { return isoTime(u.created); }, key(UserSortKey::Created) },
        { QT_TRANSLATE_NOOP("Steward::UserListModel", "Last seen"),
          [](U u) { return QVariant(u.lastSeen.isValid() ? localTime(u.lastSeen) : UserListModel::tr("never")); },
          [](U u) { return QVariant(u.lastSeen); }, [](U u) { return isoTime(u.lastSeen); },
          key(UserSortKey::LastSeen) },
    };
    return columns;
}
} // namespace

UserListModel::UserListModel(ApiService *api, QObject *parent)
    : PagedTableModel(Context, userColumns(), true, parent)
    , m_api(api)
{
    // A users page costs the server about the same at 100 or 2,000 rows (COUNT(*) plus OFFSET),
    // so pages are large enough that a screenful and its read-ahead come in one request.
    setPageSize(200);
}

UserListModel::~UserListModel() = default;

ApiReply *UserListModel::fetch(qint64 from, int limit, Done done)
{
    return UserApi::listUsers(m_api, m_query, from, limit, this,
                              [done = std::move(done)](const Result<UserPage> &result) {
                                  if (!result.ok()) {
                                      done(Result<QList<UserSummary>>(result.error()), -1, false);
                                      return;
                                  }
                                  done(result->users, result->total, result->nextFrom.has_value());
                              });
}

UserSortKey UserListModel::sortKeyForColumn(int column)
{
    const auto &columns = userColumns();
    return column >= 0 && column < columns.size() ? UserSortKey(*columns.at(column).sortKey) : UserSortKey::Name;
}

int UserListModel::columnForSortKey(UserSortKey key)
{
    const auto &columns = userColumns();
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).sortKey == int(key)) {
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
    if (q == m_query && total() >= 0) {
        return;
    }
    m_query = q;
    if (isStarted()) {
        resetList(); // before the first reload the order is just remembered
    }
}

void UserListModel::setQuery(const UserListQuery &query)
{
    if (query == m_query && total() >= 0 && !hasError()) {
        return;
    }
    m_query = query;
    resetList();
}

QString UserListModel::statusText() const
{
    QString text;
    if (total() < 0) {
        text = isLoading() ? tr("Loading users…") : QString();
    } else {
        text = tr("%1 loaded of %2").arg(loadedRowCount()).arg(total());
        if (isLoading()) {
            text += tr(" (loading…)");
        }
    }
    if (hasError()) {
        text = text.isEmpty() ? tr("Loading failed") : text + tr(" (loading failed)");
    } else if (listChanged()) {
        text += tr(" (users were added or removed meanwhile; the list was adjusted, refresh to see all changes)");
    }
    return text;
}

UserSummary UserListModel::user(int row) const
{
    const UserSummary *u = rowAt(row);
    return u ? *u : UserSummary {};
}

void UserListModel::updateUser(const UserSummary &user)
{
    const int row = rowOf(user.userId);
    if (row < 0) {
        return;
    }
    UserSummary updated = user;
    if (!updated.lastSeen.isValid()) {
        updated.lastSeen = rowAt(row)->lastSeen;
    }
    replaceRow(row, updated);
}

} // namespace Steward
