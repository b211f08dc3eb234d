#include "users/userpager.h"

#include "stewardlogging_models.h"

#include <algorithm>

namespace Steward {

UserPager::UserPager(ApiService *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

UserPager::~UserPager()
{
    cancel();
}

void UserPager::setQuery(const UserListQuery &query)
{
    m_query = query;
    restart();
}

void UserPager::setPageSize(int size)
{
    m_pageSize = qBound(1, size, MaxStreamedPageSize);
}

int UserPager::pageSize() const
{
    return isStreamed() ? m_pageSize : qMin(m_pageSize, MaxPageSize);
}

void UserPager::setOverlap(int rows)
{
    m_overlap = qMax(1, rows);
}

void UserPager::cancel()
{
    ++m_generation;
    m_wanted = false;
    dropPending();
}

void UserPager::restart()
{
    cancel();
    m_nextFrom = 0;
    m_total = -1;
    m_atEnd = false;
    m_listChanged = false;
    m_requests = 0;
    m_droppedAhead = 0;
    m_seen.clear();
    m_lastKey.clear();
    m_delivered = 0;
    m_guard.reset();
    m_steppedBack = false;
    m_pagesWithoutProgress = 0;
    m_error = ApiError();
}

std::pair<qint64, int> UserPager::nextRequest() const
{
    // Re-read the overlap so a shifted page is recognised (see the class comment).
    // m_nextFrom is checked by PageGuard (0 <= m_nextFrom <= 2^53): no overflow here.
    const qint64 from = m_delivered == 0 ? m_nextFrom : qMax<qint64>(0, m_nextFrom - m_overlap);
    return { from, int(pageSize() + qMin<qint64>(m_nextFrom - from, m_overlap)) };
}

void UserPager::fetchNext()
{
    if (m_wanted || atEnd()) {
        return;
    }
    m_error = ApiError();
    m_wanted = true;
    if (isStreamed() && !m_pending.empty()) {
        queueDelivery(); // the page is still coming, or has rows to hand out
        return;
    }
    const auto [from, limit] = nextRequest();
    if (!m_pending.empty() && (m_pending.front().from != from || m_pending.front().limit != limit)) {
        // The rows moved (or the walk stepped back): what was asked for ahead is not what comes next.
        m_droppedAhead += int(m_pending.size());
        dropPending();
    }
    if (m_pending.empty()) {
        send(from, limit);
    }
    topUp();
    if (!m_pending.empty() && m_pending.front().result) {
        queueDelivery();
    }
}

void UserPager::queueDelivery()
{
    if (m_deliveryQueued || !m_wanted) {
        return;
    }
    // Delivered from the event loop, not from inside the caller (often a rowsArrived slot) nor from
    // inside the network's signal (a slot may cancel the request that is reading).
    m_deliveryQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this]() {
            m_deliveryQueued = false;
            deliverHead();
        },
        Qt::QueuedConnection);
}

void UserPager::send(qint64 from, int limit)
{
    Pending pending;
    pending.id = ++m_nextId;
    pending.from = from;
    pending.limit = limit;
    m_pending.push_back(std::move(pending));
    ++m_requests;
    if (isStreamed()) {
        sendStreamed(m_pending.back());
        return;
    }
    const quint64 id = m_nextId;
    const quint64 generation = m_generation;
    std::optional<BulkLane> lane;
    if (m_bulk) {
        lane.emplace();
    }
    ApiReply *reply =
        UserApi::listUsers(m_api, m_query, from, limit, this, [this, id, generation](const Result<UserPage> &result) {
            if (generation != m_generation) {
                return; // restarted or cancelled meanwhile
            }
            const auto it =
                std::find_if(m_pending.begin(), m_pending.end(), [id](const Pending &p) { return p.id == id; });
            if (it == m_pending.end()) {
                return; // dropped meanwhile
            }
            it->reply = nullptr;
            it->result = result;
            if (it == m_pending.begin()) {
                deliverHead();
            }
        });
    for (Pending &p : m_pending) {
        if (p.id == id && !p.result) {
            p.reply = reply;
        }
    }
}

UserPager::Pending *UserPager::streamedPending(quint64 id, quint64 generation)
{
    if (generation != m_generation) {
        return nullptr; // restarted or cancelled meanwhile
    }
    const auto it = std::find_if(m_pending.begin(), m_pending.end(), [id](const Pending &p) { return p.id == id; });
    return it == m_pending.end() ? nullptr : &*it;
}

void UserPager::sendStreamed(Pending &pending)
{
    pending.streamed = true;
    const quint64 id = pending.id;
    const quint64 generation = m_generation;
    UserApi::UserStreamHandlers handlers;
    handlers.restarted = [this, id, generation]() {
        if (Pending *p = streamedPending(id, generation)) {
            // Sent again after a transient failure: the page starts over (rows handed out stay delivered).
            p->rows = 0;
            p->fresh = 0;
            p->lastKey.clear();
            p->waiting.clear();
        }
    };
    handlers.user = [this, id, generation](const UserSummary &user, QString *stop) {
        Pending *p = streamedPending(id, generation);
        if (!p) {
            *stop = tr("cancelled");
            return false;
        }
        return takeStreamed(*p, user, stop);
    };
    handlers.chunk = [this, id, generation]() {
        if (streamedPending(id, generation)) {
            queueDelivery();
        }
    };
    std::optional<BulkLane> lane;
    if (m_bulk) {
        lane.emplace();
    }
    ApiReply *reply = UserApi::streamUsers(m_api, m_query, pending.from, pending.limit, this, std::move(handlers),
                                           [this, id, generation](const Result<UserPage> &result) {
                                               if (Pending *p = streamedPending(id, generation)) {
                                                   p->reply = nullptr;
                                                   onStreamedEnd(*p, result);
                                               }
                                           });
    if (Pending *p = streamedPending(id, generation); p && !p->ended) {
        p->reply = reply;
    }
}

bool UserPager::takeStreamed(Pending &page, const UserSummary &user, QString *stop)
{
    const QByteArray key = user.userId.toUtf8();
    if (++page.rows > page.limit) {
        page.broken = true;
        *stop = tr("the server sent more than the %1 users asked for in one page; stopped").arg(page.limit);
        return false;
    }
    if (page.rows > 1 && key <= page.lastKey) {
        page.broken = true;
        *stop = unsorted(user.userId, QString::fromUtf8(page.lastKey)).message();
        return false;
    }
    page.lastKey = key;
    if (wasDelivered(user.userId)) {
        return true; // the overlap, or rows shifted forward
    }
    if (page.rows == 1 && m_delivered > 0 && page.from > 0) {
        // Not one of the rows delivered: more rows than the overlap vanished before this point.
        page.stepBack = true;
        *stop = tr("the list changed; looking earlier");
        return false;
    }
    ++page.fresh;
    page.waiting << user;
    return true;
}

void UserPager::onStreamedEnd(Pending &page, const Result<UserPage> &result)
{
    if (!result.ok()) {
        if (page.stepBack && countPageWithoutProgress()) {
            lookEarlier(page.from);
            return;
        }
        if (page.stepBack) {
            return; // failed: too many pages without progress
        }
        if (page.broken) {
            m_atEnd = true; // a retry would walk into the same trap
        }
        fail(result.error()); // rows read and not handed out are not delivered: a retry reads them again
        return;
    }
    if (!checkPage(page.from, page.limit, page.rows, result.value())) {
        return;
    }
    if (page.fresh > 0) {
        m_pagesWithoutProgress = 0;
    } else if (!countPageWithoutProgress()) {
        return;
    }
    if (page.rows == 0 && m_delivered > 0 && page.from > 0) {
        // Empty where rows were expected: more rows than the overlap vanished before this point (as
        // onPage finds when nothing in a page is recognised).
        lookEarlier(page.from);
        return;
    }
    if (!advance(page.from, page.rows, result.value())) {
        return;
    }
    page.ended = true;
    deliverHead();
}

void UserPager::lookEarlier(qint64 from)
{
    m_pending.clear(); // the only page pending when streamed
    stepBack(from);
    if (std::exchange(m_wanted, false)) {
        fetchNext();
    }
}

void UserPager::deliverStreamed()
{
    Pending &head = m_pending.front();
    QList<UserSummary> rows;
    rows.swap(head.waiting);
    const bool ended = head.ended;
    if (rows.isEmpty() && !ended) {
        return; // more is coming
    }
    m_wanted = false;
    if (ended) {
        m_pending.pop_front();
    }
    for (const UserSummary &u : std::as_const(rows)) {
        markDelivered(u.userId);
    }
    if (rows.isEmpty() && !m_atEnd) {
        fetchNext(); // the page brought nothing new: on to the next
        return;
    }
    Q_EMIT rowsArrived(rows);
}

void UserPager::topUp()
{
    if (isStreamed() || m_readAhead == 0 || m_total < 0 || m_atEnd || m_pending.empty()) {
        return;
    }
    // Where the walk would continue after the last page asked for, if no row moves: Synapse's next
    // token is the offset plus the rows asked for (a page shorter than that is the last one).
    qint64 predicted = m_pending.back().from + m_pending.back().limit;
    while (int(m_pending.size()) <= m_readAhead && predicted < m_total) {
        const qint64 from = qMax<qint64>(0, predicted - m_overlap);
        const int limit = int(pageSize() + qMin<qint64>(predicted - from, m_overlap));
        send(from, limit);
        predicted = from + limit;
    }
}

void UserPager::dropPending()
{
    std::deque<Pending> dropped;
    dropped.swap(m_pending); // a cancel may answer at once: the callbacks then find nothing
    for (Pending &p : dropped) {
        if (ApiReply *reply = p.reply) {
            p.reply = nullptr;
            reply->cancel();
        }
    }
}

void UserPager::deliverHead()
{
    if (!m_wanted || m_pending.empty()) {
        return;
    }
    if (m_pending.front().streamed) {
        deliverStreamed();
        return;
    }
    if (!m_pending.front().result) {
        return;
    }
    Pending head = std::move(m_pending.front());
    m_pending.pop_front();
    m_wanted = false;
    onPage(head.from, head.limit, *head.result);
}

bool UserPager::wasDelivered(const QString &userId) const
{
    if (keyOrdered()) {
        return m_delivered > 0 && userId.toUtf8() <= m_lastKey;
    }
    return m_seen.contains(userId);
}

void UserPager::markDelivered(const QString &userId)
{
    ++m_delivered;
    if (keyOrdered()) {
        m_lastKey = userId.toUtf8(); // delivered in ascending order: the newest is the greatest
    } else {
        m_seen.insert(userId);
    }
}

void UserPager::fail(const ApiError &error)
{
    dropPending(); // a retry starts again from the failed request
    m_wanted = false; // streamed: rows may have been asked for while the page was coming
    m_error = error;
    qCDebug(lcModels) << "users page failed:" << m_error.describe();
    Q_EMIT failed(m_error);
}

ApiError UserPager::unsorted(const QString &user, const QString &before)
{
    return ApiError::invalidResponse(
        tr("the server did not sort the users by user ID as asked (%1 came after %2); stopped").arg(user, before));
}

bool UserPager::checkPage(qint64 from, int limit, qint64 rows, const UserPage &page)
{
    if (const ApiError bad = m_guard.check(from, limit, rows, page.nextFrom); !bad.isOk()) {
        m_atEnd = true; // a retry would walk into the same trap
        fail(bad);
        return false;
    }
    if (m_total >= 0 && page.total != m_total) {
        m_listChanged = true;
    }
    m_total = page.total;
    return true;
}

bool UserPager::countPageWithoutProgress()
{
    // Pages that bring nothing new (a step back, rows seen already) are bounded: a server whose
    // pages keep changing under the pager (or alternate) ends in an error, never in a loop.
    if (++m_pagesWithoutProgress > MaxPagesWithoutProgress) {
        m_atEnd = true;
        fail(ApiError::invalidResponse(tr("the server's pages keep changing: %1 pages in a row brought no new user; "
                                          "stopped")
                                           .arg(MaxPagesWithoutProgress)));
        return false;
    }
    return true;
}

void UserPager::stepBack(qint64 from)
{
    m_listChanged = true;
    m_steppedBack = true;
    m_nextFrom = qMax<qint64>(0, from - pageSize());
    qCDebug(lcModels) << "users list shifted; stepping back to" << m_nextFrom;
}

bool UserPager::advance(qint64 from, qint64 rows, const UserPage &page)
{
    const qint64 previous = m_nextFrom;
    m_nextFrom = page.nextFrom.value_or(from + rows);
    m_atEnd = !page.nextFrom.has_value();
    if (m_atEnd && !isStreamed()) {
        dropPending(); // pages asked for ahead of a list that ended sooner than its total said
    }
    if (!m_atEnd && !m_steppedBack && m_nextFrom <= previous) {
        // The overlap makes every request start before the last token; the answer must still end past it.
        m_atEnd = true;
        fail(ApiError::invalidResponse(tr("the server's paging is broken: the next token %1 does not move past %2; "
                                          "stopped")
                                           .arg(m_nextFrom)
                                           .arg(previous)));
        return false;
    }
    m_steppedBack = false;
    return true;
}

void UserPager::onPage(qint64 from, int limit, const Result<UserPage> &result)
{
    if (!result.ok()) {
        fail(result.error());
        return;
    }
    const UserPage &page = result.value();
    if (!checkPage(from, limit, page.users.size(), page) || !countPageWithoutProgress()) {
        return;
    }
    if (keyOrdered()) {
        for (int i = 1; i < page.users.size(); ++i) {
            if (page.users.at(i - 1).userId.toUtf8() >= page.users.at(i).userId.toUtf8()) {
                m_atEnd = true;
                fail(unsorted(page.users.at(i).userId, page.users.at(i - 1).userId));
                return;
            }
        }
    }
    int anchor = -1;
    for (int i = int(page.users.size()) - 1; i >= 0; --i) {
        if (wasDelivered(page.users.at(i).userId)) {
            anchor = i;
            break;
        }
    }
    if (anchor < 0 && m_delivered > 0 && from > 0) {
        // Nothing recognised: more rows than the overlap vanished before this point. Look earlier.
        stepBack(from);
        fetchNext();
        return;
    }
    QList<UserSummary> fresh;
    for (int i = anchor + 1; i < page.users.size(); ++i) {
        const UserSummary &u = page.users.at(i);
        if (!wasDelivered(u.userId)) {
            markDelivered(u.userId);
            fresh << u;
        }
    }
    if (!advance(from, page.users.size(), page)) {
        return;
    }
    if (fresh.isEmpty() && !m_atEnd) {
        fetchNext(); // the whole page had been delivered already (rows shifted forward)
        return;
    }
    if (!fresh.isEmpty()) {
        m_pagesWithoutProgress = 0;
    }
    Q_EMIT rowsArrived(fresh);
}

} // namespace Steward
