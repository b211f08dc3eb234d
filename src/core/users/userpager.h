#pragma once

#include "pageguard.h"
#include "userapi.h"

#include <QObject>
#include <QPointer>
#include <QSet>

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
    int pageSize() const { return m_pageSize; }
    /// 1..MaxPageSize. Synapse spends about the same time on a page of 10 and of 5,000 users (it counts
    /// and offsets the whole table each time), so a complete walk wants large pages.
    void setPageSize(int size);
    int overlap() const { return m_overlap; }
    void setOverlap(int rows);

    /// Forget everything delivered; cancels a request in flight.
    void restart();
    /// Fetch the next page (no-op while a request is in flight or at the end). After a failure this
    /// retries the same request.
    void fetchNext();
    void cancel();

    bool isFetching() const { return m_reply != nullptr; }
    bool atEnd() const { return m_atEnd; }
    bool hasError() const { return !m_error.isOk(); }
    const ApiError &error() const { return m_error; }
    /// What the server said the total was on the last page; -1 before the first page.
    qint64 total() const { return m_total; }
    qint64 delivered() const { return m_delivered; }
    bool listChanged() const { return m_listChanged; }
    /// Requests sent since restart() (for tests and progress).
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    /// New users, in server order, never one already delivered. Never emitted empty unless at the end.
    void rowsArrived(const QList<Steward::UserSummary> &users);
    void failed(const Steward::ApiError &error);

private:
    void onPage(qint64 from, int limit, const Result<UserPage> &result);
    void fail(const ApiError &error);
    /// Sorted by user ID ascending: "delivered" is "not past the last ID delivered".
    bool keyOrdered() const { return m_query.sortKey == UserSortKey::Name && !m_query.descending; }
    bool wasDelivered(const QString &userId) const;
    void markDelivered(const QString &userId);

    ApiService *m_api;
    UserListQuery m_query;
    int m_pageSize = 100;
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
    QPointer<ApiReply> m_reply;
};

} // namespace Steward
