#include "rooms/roomlistmodel.h"

namespace Steward {

RoomListModel::RoomListModel(ApiService *api, QObject *parent)
    : PagedTableModel("Steward::RoomColumns", RoomColumns::listColumns(), true, parent)
    , m_api(api)
{
    m_query.orderBy = RoomOrder::Name;
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(350);
    connect(&m_searchTimer, &QTimer::timeout, this, [this]() { setSearchTermNow(m_pendingSearch); });
}

ApiReply *RoomListModel::fetch(qint64 from, int limit, Done done)
{
    RoomListQuery query = m_query;
    query.from = int(from);
    query.limit = limit;
    return RoomsApi::list(m_api, query, this, [done = std::move(done), from](const Result<RoomListPage> &result) {
        if (!result.ok()) {
            done(Result<QList<RoomSummary>>(result.error()), -1, false);
            return;
        }
        // A next_batch that does not move forward would repeat the same page forever.
        const bool more = result->nextBatch && *result->nextBatch > from;
        done(result->rooms, result->totalRooms, more);
    });
}

void RoomListModel::restart()
{
    // Synapse ANDs the filters wrongly with a search (see the class comment): filter locally then.
    setScanMode(!m_query.searchTerm.isEmpty() && (m_query.publicRooms || m_query.emptyRooms));
    resetList();
}

void RoomListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = RoomColumns::order(column);
    if (!key || (column == m_sortColumn && order == m_sortOrder)) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    m_query.orderBy = key;
    m_query.descending = order == Qt::DescendingOrder;
    restart();
}

void RoomListModel::setSearchTerm(const QString &term)
{
    m_pendingSearch = term;
    m_searchTimer.start();
}

void RoomListModel::setSearchTermNow(const QString &term)
{
    m_searchTimer.stop();
    const QString trimmed = term.trimmed();
    if (trimmed == m_query.searchTerm && isStarted()) {
        return;
    }
    m_query.searchTerm = trimmed;
    restart();
}

void RoomListModel::setPublicFilter(std::optional<bool> publicRooms)
{
    if (m_query.publicRooms == publicRooms && isStarted()) {
        return;
    }
    m_query.publicRooms = publicRooms;
    restart();
}

void RoomListModel::setEmptyFilter(std::optional<bool> emptyRooms)
{
    if (m_query.emptyRooms == emptyRooms && isStarted()) {
        return;
    }
    m_query.emptyRooms = emptyRooms;
    restart();
}

QString RoomListModel::statusText() const
{
    if (total() < 0) {
        return isLoading() ? tr("Loading rooms…") : QString();
    }
    if (filtersLocally()) {
        return tr("%1 loaded of at most %2 (filters applied to the search results by Steward)")
            .arg(total())
            .arg(serverTotal());
    }
    return tr("%1 loaded of %2").arg(loadedRowCount()).arg(total());
}

RoomSummary RoomListModel::room(int row) const
{
    const RoomSummary *r = rowAt(row);
    return r ? *r : RoomSummary {};
}

} // namespace Steward
