#pragma once

#include "apiservice.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace Steward {

/// One column of a server-side table: its header, what its cells show, and the server's sort key.
/// A list model is one table of these (no parallel switch statements per role).
template<typename Row>
struct ListColumn
{
    /// Header text; marked with QT_TRANSLATE_NOOP in the model's translation context.
    const char *title = nullptr;
    std::function<QVariant(const Row &)> display;
    /// Typed value (PagedListModel::SortValueRole); the display text when unset.
    std::function<QVariant(const Row &)> value = {};
    /// Tool tip; the display text when unset.
    std::function<QVariant(const Row &)> toolTip = {};
    /// The server's order_by key (the list's sort enum as int); unset: the server cannot sort by it.
    std::optional<int> sortKey = {};
    Qt::Alignment alignment = {};
};

/// A random-access table over a server's offset paging (the base of every server-side list).
///
/// rowCount() is the server's total for the current query, so the scroll bar spans every row. A
/// row's data is fetched when a view asks for it: data() for a row that is not loaded schedules the
/// page holding it (requests of one event-loop turn are coalesced by a single-shot timer) and
/// answers with a placeholder ("Loading…"). Pages far from what the view asked for last are
/// cancelled while in flight; at most maxCachedPages() pages stay in memory (least recently used
/// ones are dropped). Each page also refreshes the total: when it moved, rows are inserted or
/// removed at the end and every other cached page is dropped (offset pages shift), so the view asks
/// again for what it shows. Sorting and searching happen on the server; changing them resets.
///
/// Local filtering (scan mode, for queries the server cannot filter correctly) walks the server's
/// pages in order and keeps the rows that pass; whether another page follows is judged from the
/// server's answer only, never from how many rows passed, so a page filtered down to nothing cannot
/// stop it. Those rows are all kept (the filter result), and rowCount grows as they arrive.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 total READ total NOTIFY statusChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the row's stable id (user id, room id); invalid while loading
        SortValueRole, ///< typed value of the cell
        LoadedRole, ///< false for a placeholder row
    };

    explicit PagedListModel(QObject *parent = nullptr);
    ~PagedListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;

    int pageSize() const { return m_pageSize; }
    /// Takes effect at the next reset (setting it resets a started model).
    void setPageSize(int rows);
    int maxCachedPages() const { return m_maxPages; }
    void setMaxCachedPages(int pages);

    /// Whether loading started (before the first start()/reload() nothing is fetched: a view shown
    /// before the connection is up must not ask a server that is not there yet).
    bool isStarted() const { return m_started; }
    /// Ask the server again. Rows keep their places while the pages the view shows are fetched
    /// again (aboutToReload() comes first, so a SelectionKeeper can re-select by id); the first
    /// call starts the model.
    Q_SLOT void reload();
    /// Fetch again the page holding this (loaded) row, e.g. after an action changed it.
    /// False when the row is not loaded.
    bool refreshRow(const QString &id);
    /// After a failed page: ask for the failed pages again.
    Q_SLOT void retry();
    /// Load rows [first, last] as if a view showed them (tests, export of a selection).
    void fetchRows(int first, int last);

    /// A request is in flight or the read-ahead is about to leave.
    bool isLoading() const;
    bool hasError() const { return !m_error.isOk(); }
    ApiError lastError() const { return m_error; }
    /// The server's total for the current query; -1 before the first page.
    qint64 total() const { return m_total; }
    /// Rows currently held in memory.
    int loadedRowCount() const;
    int cachedPageCount() const { return int(m_lastUse.size()); }
    bool isRowLoaded(int row) const;
    /// Every row is loaded (or, when filtering locally, every server page was read).
    bool isComplete() const;
    /// The server's total moved while pages were read (the rows shifted).
    bool listChanged() const { return m_listChanged; }
    /// The row of a loaded row with this id; -1 when it is not loaded.
    int rowOf(const QString &id) const;
    /// Whether rows are filtered by Steward after the server (scan mode; see the class comment).
    bool filtersLocally() const { return m_scan; }

    /// The total when not filtering locally; in scan mode the server's count before the filter.
    qint64 serverTotal() const { return m_serverTotal; }

Q_SIGNALS:
    /// Loading started/finished, total or error changed.
    void statusChanged();
    void loadFailed(const Steward::ApiError &error);
    /// Rows [first, last] arrived from the server.
    void rowsLoaded(int first, int last);
    /// reload() is about to drop the cached pages (their ids are still readable).
    void aboutToReload();

protected:
    /// Drop everything and start over from the first page (sort, search or filter changed);
    /// with start false, the model stays empty and not started until the next reset or reload().
    void resetList(bool start = true);
    /// Scan mode (see the class comment); takes effect at the next reset.
    void setScanMode(bool scan) { m_scanWanted = scan; }

    /// Send the request for rows [from, from + limit) (limit: one or more whole pages from `page`);
    /// its handler calls pageReceived() for each page or pageFailed() once, with the same serial.
    /// Returns the reply so stale requests can be cancelled.
    virtual ApiReply *startPage(int page, qint64 from, int limit, quint64 serial) = 0;
    virtual bool hasPage(int page) const = 0;
    virtual void dropPage(int page) = 0;
    virtual void dropAllPages() = 0;
    virtual int pageRowCount(int page) const = 0;
    /// The id of a loaded row (empty when not loaded).
    virtual QString idAt(int row) const = 0;

    /// False when the answer belongs to a request that was cancelled or replaced.
    bool isCurrentReply(int page, quint64 serial) const;
    /// Every page still waiting for this request stops waiting.
    void forgetRequest(quint64 serial);
    /// The page was stored (in scan mode: `rows` display rows were appended); `more`: the server has
    /// rows after it; `total`: the server's count; `serverRows`: rows the server sent.
    void pageReceived(int page, int serverRows, qint64 total, bool more, int appendedRows = 0);
    void pageFailed(int page, const ApiError &error);
    /// Called by data() for a row that is not loaded: schedules its page. Returns the placeholder.
    QVariant placeholder(const QModelIndex &index, int role) const;
    /// Marks a page as just used (LRU).
    void touch(int page) const { m_lastUse[page] = ++m_useClock; }
    /// The offset of the next server page in scan mode.
    qint64 scanOffset() const { return m_scanNext; }

private:
    void dispatch();
    /// Read ahead: the page after the last one the view asked for, once nothing else is in flight.
    void readAhead();
    /// The page to read ahead now, or -1.
    int readAheadPage() const;
    /// One request for `pages` adjacent pages starting at `page`.
    void request(int page, int pages = 1);
    void cancelPage(int page);
    void cancelAll();
    void evict();
    void startScanPage();
    void emitRowsChanged(int first, int last);

    int m_pageSize = 100;
    int m_maxPages = 24;
    bool m_started = false;
    bool m_scan = false;
    bool m_scanWanted = false;
    bool m_scanDone = false;
    qint64 m_scanNext = 0;
    qint64 m_total = -1;
    qint64 m_serverTotal = -1;
    bool m_listChanged = false;
    ApiError m_error;
    quint64 m_serial = 0;
    struct InFlight
    {
        QPointer<ApiReply> reply;
        quint64 serial = 0;
    };
    QHash<int, InFlight> m_inFlight;
    QSet<int> m_failed;
    mutable QHash<int, quint64> m_lastUse; ///< loaded pages and their last use
    mutable quint64 m_useClock = 0;
    mutable QSet<int> m_wanted; ///< pages data() asked for since the last dispatch
    int m_lastWantedLow = -1;
    int m_lastWantedHigh = -1;
    QTimer *m_dispatchTimer;
    QTimer *m_readAheadTimer;
};

/// PagedListModel over rows of type Row, described by a column table.
template<typename Row>
class PagedTableModel : public PagedListModel
{
public:
    using Column = ListColumn<Row>;
    using Done = std::function<void(const Result<QList<Row>> &, qint64 total, bool more)>;

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        const Row *row = rowAt(index.row());
        if (!row) {
            return placeholder(index, role);
        }
        const Column &c = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return c.display(*row);
        case Qt::ToolTipRole:
            return c.toolTip ? c.toolTip(*row) : c.display(*row);
        case Qt::TextAlignmentRole:
            return c.alignment ? QVariant::fromValue(c.alignment) : QVariant();
        case SortValueRole:
            return c.value ? c.value(*row) : c.display(*row);
        case IdRole:
            return idOf(*row);
        case LoadedRole:
            return true;
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size()) {
            return PagedListModel::headerData(section, orientation, role);
        }
        if (role == Qt::DisplayRole) {
            return QCoreApplication::translate(m_context, m_columns.at(section).title);
        }
        if (role == Qt::ToolTipRole && m_sortable && !m_columns.at(section).sortKey) {
            return QCoreApplication::translate("Steward::PagedListModel", "The server cannot sort by this column");
        }
        return {};
    }

    const QList<Column> &columns() const { return m_columns; }
    /// The server's sort key of a column (unset when it cannot sort by it).
    std::optional<int> sortKey(int column) const
    {
        return column >= 0 && column < m_columns.size() ? m_columns.at(column).sortKey : std::nullopt;
    }
    int columnForSortKey(int key) const
    {
        for (int c = 0; c < m_columns.size(); ++c) {
            if (m_columns.at(c).sortKey == key) {
                return c;
            }
        }
        return -1;
    }

    /// A loaded row, or nullptr.
    const Row *rowAt(int row) const
    {
        if (row < 0 || row >= rowCount()) {
            return nullptr;
        }
        const int page = row / pageSize();
        const auto it = m_pages.constFind(page);
        if (it == m_pages.cend() || row % pageSize() >= it->size()) {
            return nullptr;
        }
        touch(page);
        return &it->at(row % pageSize());
    }

protected:
    /// context: translation context of the column titles; sortable: whether the list sorts on the server.
    PagedTableModel(const char *context, QList<Column> columns, bool sortable, QObject *parent)
        : PagedListModel(parent)
        , m_context(context)
        , m_columns(std::move(columns))
        , m_sortable(sortable)
    { }

    /// Ask the server for rows [from, from + limit) of the current query.
    virtual ApiReply *fetch(qint64 from, int limit, Done done) = 0;
    virtual QString idOf(const Row &row) const = 0;
    /// Scan mode only: whether a row passes the local filter.
    virtual bool acceptRow(const Row &) const { return true; }

    /// Replace a loaded row (same id) with fresh data.
    void replaceRow(int row, const Row &value)
    {
        const int page = row / pageSize();
        auto it = m_pages.find(page);
        if (it == m_pages.end() || row % pageSize() >= it->size()) {
            return;
        }
        (*it)[row % pageSize()] = value;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    ApiReply *startPage(int page, qint64 from, int limit, quint64 serial) override
    {
        return fetch(from, limit, [this, page, serial](const Result<QList<Row>> &result, qint64 total, bool more) {
            if (!isCurrentReply(page, serial)) {
                return;
            }
            if (!result.ok()) {
                pageFailed(page, result.error());
                return;
            }
            if (!filtersLocally()) {
                // One request may cover several adjacent pages: split it.
                const QList<Row> &rows = result.value();
                const int size = pageSize();
                const int pages = qMax(1, int((rows.size() + size - 1) / size));
                for (int i = 0; i < pages; ++i) {
                    if (!isCurrentReply(page + i, serial)) {
                        continue; // dropped meanwhile (the total moved while splitting)
                    }
                    m_pages.insert(page + i, rows.mid(qsizetype(i) * size, size));
                    pageReceived(page + i, int(m_pages.value(page + i).size()), total, more || i < pages - 1);
                }
                forgetRequest(serial); // pages of the request the server had no rows for
                return;
            }
            int appended = 0;
            const qint64 shown = qMax<qint64>(0, this->total());
            for (const Row &r : result.value()) {
                if (acceptRow(r)) {
                    const qint64 at = shown + appended++;
                    m_pages[int(at / pageSize())].append(r);
                }
            }
            pageReceived(page, int(result.value().size()), total, more, appended);
        });
    }
    bool hasPage(int page) const override { return m_pages.contains(page); }
    void dropPage(int page) override { m_pages.remove(page); }
    void dropAllPages() override { m_pages.clear(); }
    int pageRowCount(int page) const override { return int(m_pages.value(page).size()); }
    QString idAt(int row) const override
    {
        const Row *r = rowAt(row);
        return r ? idOf(*r) : QString();
    }

private:
    const char *m_context;
    QList<Column> m_columns;
    bool m_sortable;
    QHash<int, QList<Row>> m_pages;
};

} // namespace Steward
