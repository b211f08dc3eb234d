#pragma once

#include "pageguard.h"
#include "users/userapi.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <optional>

namespace Steward {

/// Walks the offset-paged users list one page at a time and hands out each user exactly once.
///
/// The server pages by offset, so users created or removed while paging shift the pages. Every
/// request after the first re-reads a few rows the pager already delivered (the overlap) and
/// continues after the last row it recognises: a shift forward shows up as rows already delivered
/// (dropped), a shift back as the anchor appearing earlier (nothing is skipped). When none of the
/// overlap is recognised (more rows removed than the overlap), it steps back a page and looks again.
/// Users created meanwhile that sort before the current position are not delivered; listChanged()
/// tells that the server's total moved, so a face can offer to reload.
///
/// Memory: sorted by user ID ascending (the export's order; user IDs are unique and Synapse's
/// databases compare them byte by byte: SQLite's BINARY, PostgreSQL's required C collation), a row
/// was delivered exactly when its ID is not past the last one delivered, so only that ID is kept
/// and memory stays flat however many users there are. A page that is not in that order stops the
/// pager with an error (rows would otherwise be mistaken for delivered ones). In any other order
/// every delivered ID is kept.
///
/// Read-ahead (setReadAhead, for a complete walk such as the export): while the consumer works on a
/// page, the next pages are already asked for, at the offsets the sequential walk would use next if
/// no row moved (the server's next token is the offset plus the rows asked for). Answers are taken
/// in request order through the same overlap check as above, so a page that arrives early waits for
/// the ones before it (at most readAhead() + 1 pages are held: memory stays flat). When a page ends
/// elsewhere than predicted (rows moved, a step back), the pages asked for ahead are dropped and the
/// walk goes on sequentially from where it really is: the result is the same as without read-ahead.
///
/// Streamed (setStreamed, for a complete walk sorted by user ID: the export): each page is read as
/// its answer arrives, and its new users are handed out while the rest of the page is still coming
/// (rowsArrived in pieces of about one network read), so a page of 250,000 users costs no more memory
/// than one of 100 and pages can be as large as the server's cost per request makes worth it. The
/// same checks apply, row by row: the first row of a page must be one already delivered (else the walk
/// steps back), the rows must ascend, a page may not hold more rows than asked for. A page that fails
/// half-way keeps what was handed out; a retry re-reads the page and drops what was delivered. No
/// read-ahead then (a page asked for ahead would have to be held whole). Rows read before the
/// consumer asks for more wait in the pager: a consumer that asks at once (the export) keeps that to
/// about one network read.
///
/// A server whose next_token does not lead to the end (same, backwards, out of range, an empty page
/// with a next token, endless pages) stops the pager with an error (PageGuard), never a loop.
class UserPager : public QObject
{
    Q_OBJECT
public:
    explicit UserPager(ApiService *api, QObject *parent = nullptr);
    ~UserPager() override;

    const UserListQuery &query() const { return m_query; }
    /// Sets the query and starts over (nothing is fetched until fetchNext()).
    void setQuery(const UserListQuery &query);
    static constexpr int MaxPageSize = 10000;
    static constexpr int MaxStreamedPageSize = 1000000;
    /// The rows asked for per request: at most MaxPageSize, or MaxStreamedPageSize when streamed.
    int pageSize() const;
    /// Synapse spends about the same time on a page of 10 and of 5,000 users (it counts and offsets
    /// the whole table each time), so a complete walk wants large pages. Takes effect with the next request.
    void setPageSize(int size);
    /// See the class comment; set before fetching. Only for the user ID order (ignored otherwise).
    void setStreamed(bool streamed) { m_streamed = streamed; }
    bool isStreamed() const { return m_streamed && keyOrdered(); }
    int overlap() const { return m_overlap; }
    void setOverlap(int rows);

    /// Pages asked for beyond the one being waited for (0: one request at a time, the default). Set
    /// before fetching. On PostgreSQL Synapse answers several pages at once (one database connection
    /// each); on SQLite it still overlaps the server's work with the pager's parsing and the consumer's.
    void setReadAhead(int pages) { m_readAhead = qBound(0, pages, 8); }
    int readAhead() const { return m_readAhead; }
    /// Send the requests on the service's bulk lane (an export beside an interactive view).
    void setBulk(bool bulk) { m_bulk = bulk; }

    /// Forget everything delivered; cancels a request in flight.
    void restart();
    /// Fetch the next page (no-op while a request is in flight or at the end). After a failure this
    /// retries the same request.
    void fetchNext();
    void cancel();

    /// Rows were asked for (fetchNext) and not delivered yet.
    bool isFetching() const { return m_wanted; }
    /// Every row was handed out (nothing left to fetch or to hand out).
    bool atEnd() const { return m_atEnd && m_pending.empty(); }
    bool hasError() const { return !m_error.isOk(); }
    const ApiError &error() const { return m_error; }
    /// What the server said the total was on the last page; -1 before the first page.
    qint64 total() const { return m_total; }
    qint64 delivered() const { return m_delivered; }
    bool listChanged() const { return m_listChanged; }
    /// Requests sent since restart() (for tests and progress), read-ahead included.
    int requestCount() const { return m_requests; }
    /// Page requests outstanding or answered and not yet handed out (at most readAhead() + 1).
    int pagesInFlight() const { return int(m_pending.size()); }
    /// Requests sent ahead and dropped because the rows moved (for tests).
    int droppedAhead() const { return m_droppedAhead; }

Q_SIGNALS:
    /// New users, in server order, never one already delivered. Never emitted empty unless at the end.
    void rowsArrived(const QList<Steward::UserSummary> &users);
    void failed(const Steward::ApiError &error);

private:
    struct Pending
    {
        quint64 id = 0;
        qint64 from = 0;
        int limit = 0;
        QPointer<ApiReply> reply;
        std::optional<Result<UserPage>> result;
        // Streamed pages (isStreamed()): what this attempt's answer brought so far.
        bool streamed = false;
        qint64 rows = 0; ///< rows read, delivered before or not
        qint64 fresh = 0; ///< rows read that were not delivered before
        QByteArray lastKey; ///< UTF-8 of the last user ID read (the rows must ascend)
        QList<UserSummary> waiting; ///< new rows read and not handed out yet
        bool ended = false; ///< the answer is complete and the page's end is applied
        bool stepBack = false; ///< stopped: the first row was not one delivered before
        bool broken = false; ///< stopped: the server broke the order or the page size
    };
    /// The request the sequential walk sends next (offset, rows).
    std::pair<qint64, int> nextRequest() const;
    void send(qint64 from, int limit);
    /// Keep readAhead() requests beyond the first pending one, at the predicted offsets.
    void topUp();
    void dropPending();
    /// Hand the first pending page to onPage when it has arrived and rows are wanted.
    void deliverHead();
    void onPage(qint64 from, int limit, const Result<UserPage> &result);
    void sendStreamed(Pending &pending);
    /// The pending streamed page id of this generation, or nullptr when it was dropped meanwhile.
    Pending *streamedPending(quint64 id, quint64 generation);
    bool takeStreamed(Pending &page, const UserSummary &user, QString *stop);
    void onStreamedEnd(Pending &page, const Result<UserPage> &result);
    void deliverStreamed();
    void queueDelivery();
    // Shared by both ways of reading a page; false when the pager failed.
    bool checkPage(qint64 from, int limit, qint64 rows, const UserPage &page);
    bool countPageWithoutProgress();
    bool advance(qint64 from, qint64 rows, const UserPage &page);
    void stepBack(qint64 from);
    /// Streamed: drop the page and step back from it.
    void lookEarlier(qint64 from);
    static ApiError unsorted(const QString &user, const QString &before);
    void fail(const ApiError &error);
    /// Sorted by user ID ascending: "delivered" is "not past the last ID delivered".
    bool keyOrdered() const { return m_query.sortKey == UserSortKey::Name && !m_query.descending; }
    bool wasDelivered(const QString &userId) const;
    void markDelivered(const QString &userId);

    ApiService *m_api;
    UserListQuery m_query;
    int m_pageSize = 100;
    int m_readAhead = 0;
    bool m_streamed = false;
    bool m_bulk = false;
    bool m_wanted = false;
    bool m_deliveryQueued = false;
    quint64 m_nextId = 0;
    int m_droppedAhead = 0;
    std::deque<Pending> m_pending; ///< in request order; the first is the one the walk waits for
    int m_overlap = 10;
    qint64 m_nextFrom = 0;
    qint64 m_total = -1;
    bool m_atEnd = false;
    bool m_listChanged = false;
    bool m_steppedBack = false; ///< the last request looked earlier on purpose (rows vanished)
    int m_requests = 0;
    static constexpr int MaxPagesWithoutProgress = 8;
    int m_pagesWithoutProgress = 0; ///< pages in a row that delivered no new user
    quint64 m_generation = 0;
    QSet<QString> m_seen; ///< every ID delivered (unless keyOrdered())
    QByteArray m_lastKey; ///< keyOrdered(): the UTF-8 of the last ID delivered
    qint64 m_delivered = 0;
    PageGuard m_guard;
    ApiError m_error;
};

} // namespace Steward
