#pragma once

#include "roomcolumns.h"
#include "roomsapi.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Steward {

/// The server's rooms, paged lazily from /_synapse/admin/v1/rooms as the view scrolls
/// (canFetchMore/fetchMore). Sorting, searching and filtering happen on the server: each change
/// starts over from the first page. Keeps no copy of the truth beyond the pages loaded.
class RoomListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        RoomIdRole = Qt::UserRole + 1,
        SortValueRole,
    };

    explicit RoomListModel(ApiService *api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    /// Server-side sort; ignored for columns the server cannot sort by (see isSortable).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column) { return RoomColumns::order(column).has_value(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);

    /// Debounced: the server is asked once typing pauses. An empty term sends no parameter.
    void setSearchTerm(const QString &term);
    /// Applies the term now (Enter in the search box, tests).
    void setSearchTermNow(const QString &term);
    QString searchTerm() const { return m_query.searchTerm; }
    int searchDelayMs() const { return m_searchTimer.interval(); }
    void setSearchDelayMs(int ms) { m_searchTimer.setInterval(ms); }

    void setPublicFilter(std::optional<bool> publicRooms);
    void setEmptyFilter(std::optional<bool> emptyRooms);
    std::optional<bool> publicFilter() const { return m_query.publicRooms; }
    std::optional<bool> emptyFilter() const { return m_query.emptyRooms; }

    /// Start over from the first page (F5, after a change on the server).
    void refresh();
    /// Repeat the request that failed (the first page or the next one).
    void retry();

    bool isLoading() const { return m_pending; }
    bool hasError() const { return !m_error.isOk(); }
    const ApiError &lastError() const { return m_error; }
    /// Rooms matching the current search and filters, as the server counts them (-1 before the first page).
    int totalRooms() const { return m_total; }
    /// True while searching with a public/empty filter: Synapse applies those filters only
    /// partly then, so the model filters each page again and the total is an upper bound.
    bool filtersLocally() const;
    /// "N loaded of TOTAL".
    QString statusText() const;

    const RoomSummary &room(int row) const { return m_rooms.at(row); }
    /// Row of a loaded room, -1 when not loaded.
    int rowOf(const QString &roomId) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const Steward::ApiError &error);
    /// Rows, total or error changed: the status line should be redrawn.
    void statusChanged();

private:
    void reload();
    void requestPage(int from);
    void setPending(bool pending);

    ApiService *m_api;
    RoomListQuery m_query;
    int m_pageSize = 100;
    int m_sortColumn = RoomColumns::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<RoomSummary> m_rooms;
    std::optional<int> m_nextBatch;
    int m_total = -1;
    bool m_pending = false;
    bool m_started = false;
    ApiError m_error;
    int m_failedFrom = 0;
    quint64 m_generation = 0; ///< replies of an older query are dropped
    QPointer<ApiReply> m_reply;
    QTimer m_searchTimer;
    QString m_pendingSearch;
};

} // namespace Steward
