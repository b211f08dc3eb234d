#pragma once

#include "pagedlistmodel.h"
#include "users/userapi.h"

namespace Steward {

/// The users of a server as a random-access table (see PagedListModel): the scroll bar spans every
/// user, pages are fetched for the rows a view shows. Sorting, searching and filtering happen on
/// the server (sort() and setQuery() reset).
class UserListModel : public PagedTableModel<UserSummary>
{
    Q_OBJECT
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
    enum Role { UserIdRole = IdRole };

    explicit UserListModel(ApiService *api, QObject *parent = nullptr);
    ~UserListModel() override;

    /// Sorts on the server (order_by/dir) and resets.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const UserListQuery &query() const { return m_query; }
    /// Search and filters (the sort order is kept from sort()). Resets when it changed.
    void setQuery(const UserListQuery &query);

    /// Every user of the query is loaded.
    bool atEnd() const { return isComplete(); }
    /// "N loaded of TOTAL" (or "Loading…", or the error).
    QString statusText() const;

    /// A loaded user; an empty one (no id) when the row is not loaded.
    UserSummary user(int row) const;
    /// Replace a loaded row with what the server says now (after an action).
    void updateUser(const UserSummary &user);

    static UserSortKey sortKeyForColumn(int column);
    static int columnForSortKey(UserSortKey key);

protected:
    ApiReply *fetch(qint64 from, int limit, Done done) override;
    QString idOf(const UserSummary &user) const override { return user.userId; }

private:
    ApiService *m_api;
    UserListQuery m_query;
};

} // namespace Steward
