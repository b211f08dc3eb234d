#include "roomlistmodel.h"

#include "stewardlogging_models.h"

#include <QCoreApplication>

namespace Steward {

RoomListModel::RoomListModel(ApiService *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
    m_query.orderBy = RoomOrder::Name;
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(350);
    connect(&m_searchTimer, &QTimer::timeout, this, [this]() { setSearchTermNow(m_pendingSearch); });
}

int RoomListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rooms.size());
}

int RoomListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RoomColumns::Count;
}

QVariant RoomListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RoomSummary &r = m_rooms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return RoomColumns::text(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == RoomColumns::Name && r.name.isEmpty()) {
            return tr("This room has no name");
        }
        return RoomColumns::text(r, index.column());
    case Qt::TextAlignmentRole:
        if (RoomColumns::isNumeric(index.column())) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case RoomIdRole:
        return r.roomId;
    case SortValueRole:
        return RoomColumns::value(r, index.column());
    default:
        return {};
    }
}

QVariant RoomListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= RoomColumns::Count) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        return RoomColumns::title(section);
    }
    if (role == Qt::ToolTipRole && !isSortable(section)) {
        return tr("The server cannot sort by this column");
    }
    return {};
}

bool RoomListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_pending || hasError()) {
        return false;
    }
    return !m_started || m_nextBatch.has_value();
}

void RoomListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    requestPage(m_started ? *m_nextBatch : 0);
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
    reload();
}

void RoomListModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 1000);
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
    if (trimmed == m_query.searchTerm && m_started) {
        return;
    }
    m_query.searchTerm = trimmed;
    reload();
}

void RoomListModel::setPublicFilter(std::optional<bool> publicRooms)
{
    if (m_query.publicRooms == publicRooms && m_started) {
        return;
    }
    m_query.publicRooms = publicRooms;
    reload();
}

void RoomListModel::setEmptyFilter(std::optional<bool> emptyRooms)
{
    if (m_query.emptyRooms == emptyRooms && m_started) {
        return;
    }
    m_query.emptyRooms = emptyRooms;
    reload();
}

void RoomListModel::refresh()
{
    reload();
}

void RoomListModel::retry()
{
    if (!hasError()) {
        return;
    }
    m_error = ApiError();
    requestPage(m_failedFrom);
}

bool RoomListModel::filtersLocally() const
{
    return !m_query.searchTerm.isEmpty() && (m_query.publicRooms || m_query.emptyRooms);
}

QString RoomListModel::statusText() const
{
    if (m_total < 0) {
        return m_pending ? tr("Loading rooms…") : QString();
    }
    if (filtersLocally()) {
        return tr("%1 loaded of at most %2 (filters applied to the search results by Steward)")
            .arg(m_rooms.size())
            .arg(m_total);
    }
    return tr("%1 loaded of %2").arg(m_rooms.size()).arg(m_total);
}

int RoomListModel::rowOf(const QString &roomId) const
{
    for (int i = 0; i < m_rooms.size(); ++i) {
        if (m_rooms.at(i).roomId == roomId) {
            return i;
        }
    }
    return -1;
}

void RoomListModel::reload()
{
    ++m_generation;
    if (m_reply) {
        m_reply->cancel();
    }
    m_reply = nullptr;
    setPending(false);
    beginResetModel();
    m_rooms.clear();
    m_nextBatch.reset();
    m_total = -1;
    m_error = ApiError();
    m_started = false;
    endResetModel();
    Q_EMIT statusChanged();
    fetchMore();
}

void RoomListModel::requestPage(int from)
{
    m_started = true;
    RoomListQuery query = m_query;
    query.from = from;
    query.limit = m_pageSize;
    const quint64 generation = ++m_generation;
    setPending(true);
    m_reply = RoomsApi::list(m_api, query, this, [this, generation, from](const Result<RoomListPage> &result) {
        if (generation != m_generation) {
            return; // an answer to a query that was replaced meanwhile
        }
        m_reply = nullptr;
        if (!result.ok()) {
            if (result.error().kind() == ApiError::Kind::Cancelled) {
                setPending(false);
                return;
            }
            qCWarning(lcModels) << "rooms page from" << from << "failed:" << result.error().describe();
            m_error = result.error();
            m_failedFrom = from;
            setPending(false);
            Q_EMIT errorOccurred(m_error);
            Q_EMIT statusChanged();
            return;
        }
        RoomListPage page = result.value();
        m_total = page.totalRooms;
        if (filtersLocally()) {
            page.rooms.removeIf([this](const RoomSummary &r) { return !RoomsApi::matchesFilters(r, m_query); });
        }
        // Offset paging: guard against a server that repeats the same offset (no progress, no loop).
        m_nextBatch =
            (page.nextBatch && *page.nextBatch > from && !page.rooms.isEmpty()) ? page.nextBatch : std::nullopt;
        if (!page.rooms.isEmpty()) {
            const int first = int(m_rooms.size());
            beginInsertRows({}, first, first + int(page.rooms.size()) - 1);
            m_rooms.append(page.rooms);
            endInsertRows();
        }
        setPending(false);
        Q_EMIT statusChanged();
        // A page filtered down to nothing adds no rows, so the view would not ask again.
        if (page.rooms.isEmpty() && m_nextBatch) {
            fetchMore();
        }
    });
}

void RoomListModel::setPending(bool pending)
{
    if (m_pending == pending) {
        return;
    }
    m_pending = pending;
    Q_EMIT loadingChanged(pending);
}

} // namespace Steward
