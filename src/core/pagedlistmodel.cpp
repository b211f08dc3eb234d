#include "pagedlistmodel.h"

#include "stewardlogging_models.h"

#include <algorithm>

namespace Steward {

PagedListModel::PagedListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_dispatchTimer(new QTimer(this))
    , m_readAheadTimer(new QTimer(this))
{
    m_dispatchTimer->setSingleShot(true);
    m_dispatchTimer->setInterval(0);
    connect(m_dispatchTimer, &QTimer::timeout, this, &PagedListModel::dispatch);
    // The read-ahead leaves a frame after the page that came: the view paints the rows it waited
    // for first, without the server working on the next page meanwhile (with few cores the two
    // compete: sent at once, it delayed the first rows of 100,000 users by 4-7 ms; bench/README.md).
    m_readAheadTimer->setSingleShot(true);
    m_readAheadTimer->setInterval(16);
    connect(m_readAheadTimer, &QTimer::timeout, this, &PagedListModel::readAhead);
}

PagedListModel::~PagedListModel()
{
    cancelAll();
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_total < 0 ? 0 : int(qMin<qint64>(m_total, std::numeric_limits<int>::max()));
}

void PagedListModel::setPageSize(int rows)
{
    rows = qBound(1, rows, 1000000);
    if (rows == m_pageSize) {
        return;
    }
    m_pageSize = rows;
    if (m_started) {
        resetList();
    }
}

void PagedListModel::setMaxCachedPages(int pages)
{
    m_maxPages = qMax(2, pages);
    evict();
}

int PagedListModel::loadedRowCount() const
{
    int rows = 0;
    for (auto it = m_lastUse.cbegin(); it != m_lastUse.cend(); ++it) {
        rows += pageRowCount(it.key());
    }
    return rows;
}

bool PagedListModel::isLoading() const
{
    return !m_inFlight.isEmpty() || m_readAheadTimer->isActive();
}

bool PagedListModel::isRowLoaded(int row) const
{
    return row >= 0 && row < rowCount() && !idAt(row).isEmpty();
}

bool PagedListModel::isComplete() const
{
    if (m_total < 0 || isLoading()) {
        return false;
    }
    if (m_scan) {
        return m_scanDone;
    }
    const int pages = int((m_total + m_pageSize - 1) / m_pageSize);
    for (int p = 0; p < pages; ++p) {
        if (!hasPage(p)) {
            return false;
        }
    }
    return true;
}

int PagedListModel::rowOf(const QString &id) const
{
    if (id.isEmpty()) {
        return -1;
    }
    QList<int> pages = m_lastUse.keys();
    std::sort(pages.begin(), pages.end());
    for (int page : std::as_const(pages)) {
        const int first = page * m_pageSize;
        const int last = qMin(first + pageRowCount(page), rowCount());
        for (int row = first; row < last; ++row) {
            if (idAt(row) == id) {
                return row;
            }
        }
    }
    return -1;
}

void PagedListModel::cancelPage(int page)
{
    const InFlight f = m_inFlight.take(page);
    forgetRequest(f.serial); // the other pages of the same request
    if (f.reply) {
        f.reply->cancel(); // its handler sees a stale serial and ignores the answer
    }
}

void PagedListModel::cancelAll()
{
    const QList<int> pages = m_inFlight.keys();
    for (int page : pages) {
        cancelPage(page);
    }
    m_readAheadTimer->stop();
}

void PagedListModel::resetList(bool start)
{
    qCDebug(lcModels) << metaObject()->className() << "reset";
    m_started = start;
    cancelAll();
    m_dispatchTimer->stop();
    beginResetModel();
    dropAllPages();
    m_lastUse.clear();
    m_wanted.clear();
    m_failed.clear();
    m_total = -1;
    m_serverTotal = -1;
    m_listChanged = false;
    m_error = ApiError();
    m_scan = m_scanWanted;
    m_scanDone = false;
    m_scanNext = 0;
    m_lastWantedLow = 0;
    m_lastWantedHigh = 0; // read the second page ahead once the first is there
    endResetModel();
    if (!start) {
        // nothing to fetch
    } else if (m_scan) {
        startScanPage();
    } else {
        request(0); // the total comes with the first page; until then there are no rows to ask for
    }
    Q_EMIT statusChanged();
}

void PagedListModel::reload()
{
    if (!m_started || m_total <= 0 || m_scan || m_scan != m_scanWanted) {
        resetList();
        return;
    }
    Q_EMIT aboutToReload();
    // Ask again for the page used last (the view's), so the total is refreshed even without a view.
    int recent = 0;
    quint64 newest = 0;
    for (auto it = m_lastUse.cbegin(); it != m_lastUse.cend(); ++it) {
        if (it.value() >= newest) {
            newest = it.value();
            recent = it.key();
        }
    }
    cancelAll();
    dropAllPages();
    m_lastUse.clear();
    m_failed.clear();
    m_error = ApiError();
    m_listChanged = false;
    request(recent);
    // Rows stay where they are and show placeholders; the view asks again for the ones it shows.
    emitRowsChanged(0, rowCount() - 1);
    Q_EMIT statusChanged();
}

bool PagedListModel::refreshRow(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return false;
    }
    const int page = row / m_pageSize;
    cancelPage(page);
    request(page); // the old rows stay shown until the new page replaces them
    Q_EMIT statusChanged();
    return true;
}

void PagedListModel::retry()
{
    if (!hasError()) {
        return;
    }
    m_error = ApiError();
    const QList<int> failed(m_failed.cbegin(), m_failed.cend());
    m_failed.clear();
    if (m_scan) {
        startScanPage();
    } else if (m_total < 0) {
        request(0);
    } else {
        for (int page : failed) {
            request(page);
        }
    }
    Q_EMIT statusChanged();
}

void PagedListModel::fetchRows(int first, int last)
{
    if (m_scan || m_total <= 0) {
        return;
    }
    first = qBound(0, first, rowCount() - 1);
    last = qBound(first, last, rowCount() - 1);
    for (int page = first / m_pageSize; page <= last / m_pageSize; ++page) {
        if (!hasPage(page) && !m_inFlight.contains(page) && !m_failed.contains(page)) {
            request(page);
        }
    }
}

QVariant PagedListModel::placeholder(const QModelIndex &index, int role) const
{
    const int page = index.row() / m_pageSize;
    if (!m_scan && !hasPage(page) && !m_failed.contains(page)) {
        m_wanted.insert(page);
        if (!m_dispatchTimer->isActive()) {
            m_dispatchTimer->start();
        }
    }
    if (role == LoadedRole) {
        return false;
    }
    if (role == Qt::DisplayRole && index.column() == 0) {
        return m_failed.contains(page) ? tr("(not loaded)") : tr("Loading…");
    }
    return {};
}

void PagedListModel::dispatch()
{
    if (m_wanted.isEmpty() || m_scan) {
        return;
    }
    const auto [low, high] = std::minmax_element(m_wanted.cbegin(), m_wanted.cend());
    const int lo = *low;
    const int hi = *high;
    // The view moved on: requests for pages far from what it shows now are stale.
    const QList<int> inFlight = m_inFlight.keys();
    for (int page : inFlight) {
        if (page < lo - 1 || page > hi + 1) {
            qCDebug(lcModels) << "cancelling stale page" << page;
            cancelPage(page);
            // Should the view still show it, the repaint asks for it again.
            emitRowsChanged(page * m_pageSize, qMin((page + 1) * m_pageSize, rowCount()) - 1);
        }
    }
    QList<int> wanted(m_wanted.cbegin(), m_wanted.cend());
    std::sort(wanted.begin(), wanted.end());
    m_wanted.clear();
    m_lastWantedLow = lo;
    m_lastWantedHigh = hi;
    // Adjacent pages (a screen straddling two) go out as one request: the server's cost of a page
    // hardly depends on its size.
    int runStart = -1;
    int runLength = 0;
    for (int page : std::as_const(wanted)) {
        if (hasPage(page) || m_inFlight.contains(page) || m_failed.contains(page)) {
            continue;
        }
        if (runStart >= 0 && page == runStart + runLength && runLength < 4) {
            ++runLength;
            continue;
        }
        if (runStart >= 0) {
            request(runStart, runLength);
        }
        runStart = page;
        runLength = 1;
    }
    if (runStart >= 0) {
        request(runStart, runLength);
    }
    Q_EMIT statusChanged();
}

void PagedListModel::request(int page, int pages)
{
    qCDebug(lcModels) << "requesting page" << page << "pages" << pages;
    const quint64 serial = ++m_serial;
    for (int i = 0; i < pages; ++i) {
        m_inFlight.insert(page + i, InFlight { nullptr, serial });
    }
    ApiReply *reply = startPage(page, qint64(page) * m_pageSize, pages * m_pageSize, serial);
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        if (it->serial == serial) {
            it->reply = reply;
        }
    }
}

void PagedListModel::forgetRequest(quint64 serial)
{
    m_inFlight.removeIf([serial](const auto &it) { return it.value().serial == serial; });
}

void PagedListModel::startScanPage()
{
    const int page = int(m_scanNext / m_pageSize);
    const quint64 serial = ++m_serial;
    m_inFlight.insert(page, InFlight { nullptr, serial });
    ApiReply *reply = startPage(page, m_scanNext, m_pageSize, serial);
    auto it = m_inFlight.find(page);
    if (it != m_inFlight.end() && it->serial == serial) {
        it->reply = reply;
    }
}

bool PagedListModel::isCurrentReply(int page, quint64 serial) const
{
    const auto it = m_inFlight.constFind(page);
    return it != m_inFlight.cend() && it->serial == serial;
}

void PagedListModel::emitRowsChanged(int first, int last)
{
    if (first <= last && first >= 0 && last < rowCount() && columnCount() > 0) {
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
}

void PagedListModel::pageReceived(int page, int serverRows, qint64 total, bool more, int appendedRows)
{
    qCDebug(lcModels) << "page" << page << "arrived:" << serverRows << "rows of" << total << (more ? "" : "(last)");
    m_inFlight.remove(page);
    const qint64 from = m_scan ? m_scanNext : qint64(page) * m_pageSize;
    m_serverTotal = total;

    if (m_scan) {
        if (appendedRows > 0) {
            const int first = rowCount();
            beginInsertRows({}, first, first + appendedRows - 1);
            m_total = qMax<qint64>(0, m_total) + appendedRows;
            endInsertRows();
            for (int p = first / m_pageSize; p <= (first + appendedRows - 1) / m_pageSize; ++p) {
                touch(p);
            }
            Q_EMIT rowsLoaded(first, first + appendedRows - 1);
        } else if (m_total < 0) {
            m_total = 0;
        }
        // Whether the server has more is its answer alone: a page with no row passing the filter
        // must not stop the walk. An offset that does not move would loop, so it ends there.
        if (more && serverRows > 0) {
            m_scanNext = from + serverRows;
            startScanPage();
        } else {
            m_scanDone = true;
        }
        Q_EMIT statusChanged();
        return;
    }

    touch(page);
    // The server's answer is the truth: no more rows after this page means the list ends here.
    qint64 newTotal = more ? qMax<qint64>(total, from + serverRows) : from + serverRows;
    if (!more && serverRows == 0 && from > 0) {
        newTotal = qMin<qint64>(total, from); // past the end: the list got shorter
    }
    const qint64 oldTotal = m_total;
    if (oldTotal != newTotal) {
        if (oldTotal >= 0) {
            // Rows were added or removed somewhere: every other page may have shifted.
            m_listChanged = true;
            const QList<int> cached = m_lastUse.keys();
            for (int p : cached) {
                if (p != page) {
                    dropPage(p);
                    m_lastUse.remove(p);
                }
            }
        }
        const int oldRows = rowCount();
        const int newRows = int(qMin<qint64>(newTotal, std::numeric_limits<int>::max()));
        if (newRows > oldRows) {
            beginInsertRows({}, oldRows, newRows - 1);
            m_total = newTotal;
            endInsertRows();
        } else if (newRows < oldRows) {
            beginRemoveRows({}, newRows, oldRows - 1);
            m_total = newTotal;
            endRemoveRows();
        } else {
            m_total = newTotal;
        }
        if (oldTotal >= 0) {
            emitRowsChanged(0, rowCount() - 1);
        }
        if (from >= newTotal) {
            dropPage(page);
            m_lastUse.remove(page);
        }
    }
    evict(); // before anyone hears of the new rows: never more pages than the bound
    const int first = int(from);
    const int last = qMin<int>(first + serverRows, rowCount()) - 1;
    if (first <= last) {
        emitRowsChanged(first, last);
        Q_EMIT rowsLoaded(first, last);
    }
    if (m_inFlight.isEmpty() && readAheadPage() >= 0) {
        m_readAheadTimer->start();
    }
    Q_EMIT statusChanged();
}

int PagedListModel::readAheadPage() const
{
    const int next = m_lastWantedHigh + 1;
    return m_lastWantedHigh >= 0 && qint64(next) * m_pageSize < m_total && !hasPage(next) && !m_failed.contains(next)
        ? next
        : -1;
}

void PagedListModel::readAhead()
{
    const int page = readAheadPage();
    if (m_inFlight.isEmpty() && page >= 0 && !m_scan) {
        request(page);
    }
    Q_EMIT statusChanged(); // loading goes on, or it is over
}

void PagedListModel::pageFailed(int page, const ApiError &error)
{
    const quint64 serial = m_inFlight.value(page).serial;
    QList<int> pages;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        if (it->serial == serial) {
            pages << it.key();
        }
    }
    forgetRequest(serial);
    if (error.kind() == ApiError::Kind::Cancelled) {
        Q_EMIT statusChanged();
        return;
    }
    qCWarning(lcModels) << metaObject()->className() << "page" << page << "failed:" << error.describe();
    m_error = error;
    for (int p : std::as_const(pages)) {
        m_failed.insert(p); // not asked again on every repaint: retry() does
        if (m_total > 0) {
            emitRowsChanged(p * m_pageSize, qMin<qint64>(qint64(p + 1) * m_pageSize, m_total) - 1);
        }
    }
    Q_EMIT loadFailed(error);
    Q_EMIT statusChanged();
}

void PagedListModel::evict()
{
    if (m_scan) {
        return; // the filtered rows are the whole result; they are not fetched again by row
    }
    // The pages around what the view asked for last (and the one read ahead) go last.
    const auto near = [this](int page) {
        return page >= m_lastWantedLow && page <= m_lastWantedHigh + 1;
    };
    while (m_lastUse.size() > m_maxPages) {
        auto oldest = m_lastUse.cend();
        for (auto it = m_lastUse.cbegin(); it != m_lastUse.cend(); ++it) {
            if (oldest == m_lastUse.cend() || near(oldest.key()) > near(it.key())
                || (near(oldest.key()) == near(it.key()) && it.value() < oldest.value())) {
                oldest = it;
            }
        }
        const int page = oldest.key();
        qCDebug(lcModels) << "dropping the least recently used page" << page;
        m_lastUse.erase(oldest);
        dropPage(page);
    }
}

} // namespace Steward
