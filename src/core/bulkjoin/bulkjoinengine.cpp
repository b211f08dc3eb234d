#include "bulkjoin/bulkjoinengine.h"

#include "bulkjoin/bulkjoinapi.h"
#include "operation/itemwindow.h"
#include "outcome.h"
#include "rooms/roomsapi.h"
#include "stewardlogging_ops.h"

#include <QPointer>
#include <QSet>

#include <memory>

namespace Steward {

namespace {

/// The server's own words for a refused join.
QString serverReason(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Http && !error.message().isEmpty()) {
        return QStringLiteral("%1 (%2, HTTP %3)").arg(error.message(), error.errcode()).arg(error.httpStatus());
    }
    return error.describe();
}
} // namespace

BulkJoinEngine::BulkJoinEngine(ApiService *api, QObject *parent)
    : Operation(parent)
    , m_api(api)
    , m_journalDir(BulkJoinJournal::defaultDirectory())
{
    setConcurrency(DefaultConcurrency);
    connect(window(), &ItemWindow::finished, this, &BulkJoinEngine::onWindowFinished);
}

BulkJoinEngine::~BulkJoinEngine() = default;

bool BulkJoinEngine::start(const BulkJoinPlan &plan, QString *error)
{
    if (isRunning()) {
        *error = tr("a bulk join is already running");
        return false;
    }
    m_adminUserId = plan.adminUserId;
    m_baseUrl = m_api->baseUrl().toString();
    m_report = BulkJoinReport();
    m_report.pairs = plan.pairs;
    m_journal.close();
    if (!m_journalDir.isEmpty() && !m_journal.create(m_journalDir, m_baseUrl, plan, error)) {
        return false;
    }
    QStringList prepare;
    for (const auto &room : plan.rooms) {
        if (room.makeAdmin && room.needsAdmin()) {
            prepare << room.roomId;
        }
    }
    run(prepare, false);
    return true;
}

bool BulkJoinEngine::resume(const QString &journalPath, QString *error)
{
    if (isRunning()) {
        *error = tr("a bulk join is already running");
        return false;
    }
    const auto loaded = BulkJoinJournal::load(journalPath, error);
    if (!loaded) {
        return false;
    }
    m_baseUrl = m_api->baseUrl().toString();
    if (loaded->baseUrl != m_baseUrl) {
        *error = tr("the journal %1 belongs to %2, not to %3").arg(journalPath, loaded->baseUrl, m_baseUrl);
        return false;
    }
    m_adminUserId = loaded->adminUserId;
    m_report = BulkJoinReport();
    m_report.pairs = loaded->pairs;
    if (!m_journal.reopen(journalPath, error)) {
        return false;
    }
    QList<BulkJoinPair> again;
    for (auto &p : m_report.pairs) {
        if (p.outcome == BulkJoinPair::Outcome::Failed || p.outcome == BulkJoinPair::Outcome::NotAttempted
            || p.outcome == BulkJoinPair::Outcome::Unknown) {
            p.outcome = BulkJoinPair::Outcome::ToJoin;
            p.reason.clear();
            again << p;
        }
    }
    m_journal.appendRetry(again);
    QStringList prepare;
    for (const QString &room : loaded->makeAdminRooms) {
        if (!loaded->readyRooms.contains(room)) {
            prepare << room;
        }
    }
    run(prepare, true);
    return true;
}

bool BulkJoinEngine::retryFailed(QString *error)
{
    if (isRunning()) {
        *error = tr("a bulk join is already running");
        return false;
    }
    const QList<BulkJoinPair> failed = m_report.failedPairs();
    if (failed.isEmpty()) {
        *error = tr("no pair failed");
        return false;
    }
    if (!m_journal.path().isEmpty()) {
        if (!m_journal.reopen(m_journal.path(), error)) {
            return false;
        }
        m_journal.appendRetry(failed);
    }
    for (auto &p : m_report.pairs) {
        if (p.outcome == BulkJoinPair::Outcome::Failed || p.outcome == BulkJoinPair::Outcome::Unknown) {
            p.outcome = BulkJoinPair::Outcome::ToJoin;
            p.reason.clear();
            p.verified = false;
        }
    }
    run({}, true);
    return true;
}

void BulkJoinEngine::run(const QStringList &roomsToPrepare, bool refetch)
{
    setState(State::Running);
    m_joining = false;
    m_report.cancelled = false;
    m_roomsToPrepare = roomsToPrepare;
    m_items.clear();
    m_tally = OperationTally();
    m_finished = 0;
    m_verifying = false;
    m_total = int(std::count_if(m_report.pairs.cbegin(), m_report.pairs.cend(),
                                [](const BulkJoinPair &p) { return p.outcome == BulkJoinPair::Outcome::ToJoin; }));
    publishProgress();

    auto prepare = [this]() {
        if (isCancelled()) {
            startJoining();
            return;
        }
        prepareRooms([this]() { startJoining(); });
    };
    // From the event loop, so that start() returns (and callers see isRunning()) before anything is emitted.
    QMetaObject::invokeMethod(
        this,
        [this, refetch, prepare]() {
            if (refetch) {
                refetchMembers(prepare);
            } else {
                prepare();
            }
        },
        Qt::QueuedConnection);
}

void BulkJoinEngine::startJoining()
{
    m_joining = true;
    for (int i = 0; i < m_report.pairs.size(); ++i) {
        if (m_report.pairs.at(i).outcome == BulkJoinPair::Outcome::ToJoin) {
            m_items << i;
        }
    }
    if (isCancelled()) {
        onWindowFinished(); // cancelled before the joins: none of them is attempted
        return;
    }
    window()->start(int(m_items.size()), concurrency(), [this](int k) { sendJoin(m_items.at(k)); });
}

void BulkJoinEngine::refetchMembers(std::function<void()> next)
{
    QSet<QString> rooms;
    for (const auto &p : std::as_const(m_report.pairs)) {
        if (p.outcome == BulkJoinPair::Outcome::ToJoin && !p.roomId.isEmpty()) {
            rooms.insert(p.roomId);
        }
    }
    if (rooms.isEmpty()) {
        next();
        return;
    }
    setPhase(tr("Checking which users are members by now…"));
    auto pending = std::make_shared<int>(int(rooms.size()));
    const BulkLane bulk;
    for (const QString &roomId : std::as_const(rooms)) {
        BulkJoinApi::roomMembers(m_api, roomId, this, [this, roomId, pending, next](const Result<QStringList> &r) {
            if (r.ok()) {
                // A pair sent just before a kill may have been joined without its result being recorded.
                for (int i = 0; i < m_report.pairs.size(); ++i) {
                    const BulkJoinPair &p = m_report.pairs.at(i);
                    if (p.outcome == BulkJoinPair::Outcome::ToJoin && p.roomId == roomId && r->contains(p.user)) {
                        --m_total;
                        m_report.pairs[i].outcome = BulkJoinPair::Outcome::Joined;
                        m_report.pairs[i].reason = tr("joined by the earlier, interrupted run");
                        m_journal.appendResult(m_report.pairs.at(i));
                        Q_EMIT itemSettled(i);
                    }
                }
            }
            if (--*pending == 0) {
                publishProgress();
                next();
            }
        });
    }
}

void BulkJoinEngine::prepareRooms(std::function<void()> next)
{
    QStringList rooms;
    for (const QString &roomId : std::as_const(m_roomsToPrepare)) {
        const bool needed =
            std::any_of(m_report.pairs.cbegin(), m_report.pairs.cend(), [&roomId](const BulkJoinPair &p) {
                return p.roomId == roomId && p.outcome == BulkJoinPair::Outcome::ToJoin;
            });
        if (needed) {
            rooms << roomId;
        }
    }
    if (rooms.isEmpty()) {
        next();
        return;
    }
    auto pending = std::make_shared<int>(int(rooms.size()));
    const BulkLane bulk;
    for (const QString &roomId : std::as_const(rooms)) {
        setPhase(tr("Making %1 a room admin in %2…").arg(m_adminUserId, roomId));
        auto failRoom = [this, roomId, pending, next](const ApiError &error) {
            const QString reason =
                tr("could not make %1 a room admin first: %2").arg(m_adminUserId, serverReason(error));
            for (int i = 0; i < m_report.pairs.size(); ++i) {
                if (m_report.pairs.at(i).roomId == roomId
                    && m_report.pairs.at(i).outcome == BulkJoinPair::Outcome::ToJoin) {
                    record(i, BulkJoinPair::Outcome::Failed, reason);
                }
            }
            if (--*pending == 0) {
                next();
            }
        };
        RoomsApi::makeRoomAdmin(
            m_api, roomId, m_adminUserId, this, [this, roomId, pending, next, failRoom](const Result<bool> &r) {
                if (!r.ok()) {
                    failRoom(r.error());
                    return;
                }
                // make_room_admin invites the admin into a room that is not public;
                // joining makes the admin able to invite the users.
                const BulkLane bulk;
                BulkJoinApi::joinSelf(m_api, roomId, this,
                                      [this, roomId, pending, next, failRoom](const Result<bool> &j) {
                                          if (!j.ok()) {
                                              failRoom(j.error());
                                              return;
                                          }
                                          m_journal.appendRoomReady(roomId);
                                          if (--*pending == 0) {
                                              next();
                                          }
                                      });
            });
    }
}

void BulkJoinEngine::sendJoin(int index)
{
    const BulkJoinPair &p = m_report.pairs.at(index);
    auto sent = std::make_shared<QPointer<ApiReply>>();
    ApiReply *reply =
        BulkJoinApi::joinUser(m_api, p.roomId, p.user, this, [this, index, sent](const Result<QString> &r) {
            if (r.ok()) {
                record(index, BulkJoinPair::Outcome::Joined, QString());
            } else if (r.error().kind() == ApiError::Kind::Cancelled && *sent && (*sent)->attempts() == 0) {
                // Cancelled by the window before it left: never sent.
                record(index, BulkJoinPair::Outcome::NotAttempted,
                       tr("the run was cancelled before this pair was sent"));
            } else if (r.error().isAlreadyInRoom()) {
                // Joined by someone else since the preview: in a room that is not public the invite is refused.
                record(index, BulkJoinPair::Outcome::AlreadyMember, QString());
            } else if (!answerLost(r.error())) {
                record(index, BulkJoinPair::Outcome::Failed, serverReason(r.error()));
            } else {
                // Cancelled on the wire, or the answer was lost: the server may have joined the user.
                record(index, BulkJoinPair::Outcome::Unknown,
                       r.error().kind() == ApiError::Kind::Cancelled ? tr("cancelled while in flight")
                                                                     : r.error().describe());
            }
            window()->itemDone();
        });
    *sent = reply;
    window()->track(reply);
}

void BulkJoinEngine::onWindowFinished()
{
    if (isCancelled()) {
        // Every launched pair got its outcome before it left the window: those still to join never started.
        for (const int index : std::as_const(m_items)) {
            if (m_report.pairs.at(index).outcome == BulkJoinPair::Outcome::ToJoin) {
                record(index, BulkJoinPair::Outcome::NotAttempted,
                       tr("the run was cancelled before this pair was sent"));
            }
        }
    }
    finishIfDone();
}

void BulkJoinEngine::record(int index, BulkJoinPair::Outcome outcome, const QString &reason)
{
    BulkJoinPair &p = m_report.pairs[index];
    const bool verification = p.outcome == BulkJoinPair::Outcome::Unknown; // counted when it was sent
    p.outcome = outcome;
    p.reason = reason;
    m_journal.appendResult(p);
    if (verification) {
        m_tally.add(ItemStatus::Unknown, -1);
    } else if (outcome != BulkJoinPair::Outcome::NotAttempted) {
        ++m_finished;
    }
    // Already a member by the server's answer: what the run was for is done.
    m_tally.add(p.isDone() ? ItemStatus::Done : BulkJoinPair::itemStatus(outcome));
    Q_EMIT itemSettled(index);
    publishProgress();
}

void BulkJoinEngine::publishProgress()
{
    setProgress(m_finished, m_total);
}

void BulkJoinEngine::cancel()
{
    if (!isRunning()) {
        return;
    }
    const bool first = !isCancelled();
    m_report.cancelled = true;
    if (first) {
        setPhase(tr("Cancelling: waiting for the requests in flight…"));
    }
    // Stops the window (when the joins run): requests not yet on the wire are cancelled and reported
    // not attempted; the phases before the joins check isCancelled() when they end.
    Operation::cancel();
}

void BulkJoinEngine::finishIfDone()
{
    if (!isRunning() || !m_joining || m_verifying || window()->isRunning()) {
        return;
    }
    if (m_tally.unknown > 0) {
        verifyUnknown();
        return;
    }
    finishRun();
}

void BulkJoinEngine::verifyUnknown()
{
    m_verifying = true;
    QSet<QString> rooms;
    for (const auto &p : std::as_const(m_report.pairs)) {
        if (p.outcome == BulkJoinPair::Outcome::Unknown) {
            rooms.insert(p.roomId);
        }
    }
    setPhase(
        tr("%n join(s) lost their answer; checking the member lists of %1 room(s) on the server…", "", m_tally.unknown)
            .arg(rooms.size()));
    auto pending = std::make_shared<int>(int(rooms.size()));
    const BulkLane bulk;
    for (const QString &roomId : std::as_const(rooms)) {
        BulkJoinApi::roomMembers(m_api, roomId, this, [this, roomId, pending](const Result<QStringList> &r) {
            const QSet<QString> members = r.ok() ? QSet<QString>(r->cbegin(), r->cend()) : QSet<QString>();
            for (int i = 0; i < m_report.pairs.size(); ++i) {
                BulkJoinPair &p = m_report.pairs[i];
                if (p.outcome != BulkJoinPair::Outcome::Unknown || p.roomId != roomId) {
                    continue;
                }
                const QString lost = p.reason;
                if (!r.ok()) {
                    // Still unknown: said so, and a resume checks again.
                    record(i, BulkJoinPair::Outcome::Unknown,
                           tr("the answer was lost (%1) and the member list could not be read (%2); run --resume "
                              "to check again")
                               .arg(lost, r.error().describe()));
                    continue;
                }
                p.verified = true;
                if (members.contains(p.user)) {
                    record(i, BulkJoinPair::Outcome::Joined,
                           tr("verified: the answer was lost (%1), the member list shows the user joined").arg(lost));
                } else {
                    record(
                        i, BulkJoinPair::Outcome::Failed,
                        tr("verified: the answer was lost (%1), the member list shows the user not joined").arg(lost));
                }
            }
            if (--*pending == 0) {
                finishRun();
            }
        });
    }
}

void BulkJoinEngine::finishRun()
{
    m_verifying = false;
    m_journal.appendEnd(isCancelled());
    m_journal.close();
    qCDebug(lcOps) << "bulk join finished:" << m_tally.summary() << "in" << progress().elapsedMs << "ms";
    publishProgress();
    finish();
}

} // namespace Steward
