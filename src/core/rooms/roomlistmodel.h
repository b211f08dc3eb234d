#pragma once

#include "pagedlistmodel.h"
#include "rooms/roomcolumns.h"
#include "rooms/roomsapi.h"

#include <QTimer>

#include <optional>

namespace Steward {

/// The server's rooms (/_synapse/admin/v1/rooms) as a random-access table (see PagedListModel).
/// Sorting, searching and filtering happen on the server: each change starts over.
///
/// Synapse ANDs the public/empty filters only with the exact-room-id part of a search
/// (`name LIKE ? OR alias LIKE ? OR room_id = ? AND public`), so while searching with a filter the
/// model filters the search results itself (scan mode: every page of the search is read, whether or
/// not any of its rooms pass; the total shown is then an upper bound).
class RoomListModel : public PagedTableModel<RoomSummary>
{
    Q_OBJECT
public:
    enum Roles {
        RoomIdRole = IdRole,
    };

    explicit RoomListModel(ApiService *api, QObject *parent = nullptr);

    /// Server-side sort; ignored for columns the server cannot sort by (see isSortable).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column) { return RoomColumns::order(column).has_value(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Debounced: the server is asked once typing pauses. An empty term sends no parameter.
    void setSearchTerm(const QString &term);
    /// Applies the term now (Enter in the search box, tests).
    void setSearchTermNow(const QString &term);
    QString searchTerm() const { return m_query.searchTerm; }
    /// The search and filters as the server is asked them (for an export of the same rooms).
    const RoomListQuery &query() const { return m_query; }
    int searchDelayMs() const { return m_searchTimer.interval(); }
    void setSearchDelayMs(int ms) { m_searchTimer.setInterval(ms); }

    void setPublicFilter(std::optional<bool> publicRooms);
    void setEmptyFilter(std::optional<bool> emptyRooms);
    std::optional<bool> publicFilter() const { return m_query.publicRooms; }
    std::optional<bool> emptyFilter() const { return m_query.emptyRooms; }

    /// Ask the server again (F5, after a change on the server); keeps rows where they are.
    void refresh() { reload(); }

    /// Rooms matching the current search and filters (-1 before the first page).
    int totalRooms() const { return int(total()); }
    /// "N loaded of TOTAL".
    QString statusText() const;

    /// A loaded room; an empty one (no id) when the row is not loaded.
    RoomSummary room(int row) const;

protected:
    ApiReply *fetch(qint64 from, int limit, Done done) override;
    QString idOf(const RoomSummary &room) const override { return room.roomId; }
    bool acceptRow(const RoomSummary &room) const override { return RoomsApi::matchesFilters(room, m_query); }

private:
    void restart();

    ApiService *m_api;
    RoomListQuery m_query;
    int m_sortColumn = RoomColumns::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QTimer m_searchTimer;
    QString m_pendingSearch;
};

} // namespace Steward
