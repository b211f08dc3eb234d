#pragma once

#include "userapi.h"

#include <QAbstractTableModel>

namespace Steward {

class UserPager;

/// The users of a server as a lazily paged table. Rows arrive page by page through
/// canFetchMore()/fetchMore(); sorting, searching and filtering happen on the server (sort() and
/// setQuery() reload). A failed page keeps the rows already loaded and exposes the error; retry()
/// asks again.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 total READ total NOTIFY statusChanged)
public:
    enum Column {
        UserIdColumn,
        DisplayNameColumn,
        AdminColumn,
        DeactivatedColumn,
        LockedColumn,
        GuestColumn,
        ShadowBannedColumn,
        UserTypeColumn,
        CreatedColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum Role { UserIdRole = Qt::UserRole + 1, SortValueRole };

    explicit UserListModel(ApiService *api, QObject *parent = nullptr);
    ~UserListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorts on the server (order_by/dir) and reloads.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const UserListQuery &query() const { return m_query; }
    /// Whether reload() ran once (before that nothing is fetched, and sorting only sets the order).
    bool isStarted() const { return m_started; }
    /// Search and filters (the sort order is kept from sort()). Reloads when it changed.
    void setQuery(const UserListQuery &query);
    void setPageSize(int size);
    int pageSize() const;

    /// Drop every row and load the first page again.
    void reload();
    /// After an error: ask for the failed page again (rows already loaded stay).
    void retry();

    bool isLoading() const;
    bool hasError() const;
    ApiError lastError() const;
    /// The server's total for the current query; -1 before the first page.
    qint64 total() const;
    bool atEnd() const;
    /// The server's total changed while paging: a reload shows the list as it is now.
    bool listChanged() const;
    /// "N loaded of TOTAL" (or "Loading…", or the error).
    QString statusText() const;

    const UserSummary &user(int row) const { return m_rows.at(row); }
    int rowOf(const QString &userId) const;
    /// Replace a loaded row with what the server says now (after an action).
    void updateUser(const UserSummary &user);

    static UserSortKey sortKeyForColumn(int column);
    static int columnForSortKey(UserSortKey key);

Q_SIGNALS:
    /// Loading started/finished, total or error changed.
    void statusChanged();
    void loadFailed(const Steward::ApiError &error);

private:
    void onRows(const QList<UserSummary> &users);

    UserPager *m_pager;
    UserListQuery m_query;
    QList<UserSummary> m_rows;
    /// Nothing is fetched before the first reload(): a view shown before the connection is up must
    /// not ask a server that is not there yet.
    bool m_started = false;
};

} // namespace Steward
