#include "rooms/roomdeletionrun.h"

#include "apiservice.h"
#include "matrixid.h"
#include "operation/itemwindow.h"
#include "outcome.h"
#include "stewardlogging_ops.h"

#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Steward {

namespace {
/// Polls that may fail in a row (after the service's own retries) before the outcome is unknown.
constexpr int MaxPollFailures = 5;
} // namespace

RoomDeletionRun::RoomDeletionRun(ApiService *api, QObject *parent)
    : Operation(parent)
    , m_api(api)
{
    setConcurrency(DefaultConcurrency);
    connect(window(), &ItemWindow::finished, this, [this]() {
        if (state() == State::Planning) {
            planDone();
        } else if (state() == State::Running) {
            runDone();
        }
    });
}

RoomDeletionRun::~RoomDeletionRun() = default;

QString RoomDeletionRun::validateOptions(const RoomDeleteOptions &options)
{
    const QString user = options.newRoomUserId.trimmed();
    if (!user.isEmpty() && (!user.startsWith(QLatin1Char('@')) || !user.contains(QLatin1Char(':')))) {
        return tr("\"%1\" is not a user ID: the new room's creator must look like @name:server and be a user "
                  "of this server.")
            .arg(user);
    }
    return {};
}

OperationTally RoomDeletionRun::tally() const
{
    OperationTally t;
    for (const Item &item : m_items) {
        t.add(item.outcome.status);
    }
    return t;
}

void RoomDeletionRun::plan(const QStringList &roomIds)
{
    if (isRunning()) {
        return;
    }
    setState(State::Planning);
    m_items.clear();
    m_work.clear();
    QSet<QString> seen;
    for (const QString &input : roomIds) {
        Item item;
        item.roomId = input.trimmed();
        if (!MatrixId::isRoomId(item.roomId)) {
            item.outcome = { ItemStatus::Skipped,
                             tr("\"%1\" is not a room ID (room IDs start with \"!\").").arg(item.roomId) };
        } else if (seen.contains(item.roomId)) {
            item.outcome = { ItemStatus::Skipped, tr("Listed more than once: deleted once.") };
        } else {
            seen.insert(item.roomId);
            m_work.append(int(m_items.size()));
        }
        m_items.append(item);
    }
    m_settled = 0;
    setProgress(0, m_work.size(), tr("Checking the rooms"));
    window()->start(int(m_work.size()), concurrency(), [this](int n) { readOne(m_work.at(n)); });
}

void RoomDeletionRun::readOne(int index)
{
    const QString roomId = m_items.at(index).roomId;
    ApiReply *reply =
        RoomsApi::deleteStatusForRoom(m_api, roomId, this, [this, index](const Result<QList<RoomDeleteStatus>> &r) {
            Item &item = m_items[index];
            if (!r.ok()) {
                item.outcome = { ItemStatus::Skipped,
                                 r.error().kind() == ApiError::Kind::Cancelled
                                     ? tr("The check was cancelled before this room was read.")
                                     : tr("Could not read the room's deletion state: %1").arg(r.error().describe()) };
                planned(index);
                return;
            }
            for (const RoomDeleteStatus &task : r.value()) {
                item.knownTasks << task.deleteId;
            }
            for (const RoomDeleteStatus &task : r.value()) {
                if (task.isRunning()) {
                    item.adopted = true;
                    item.status = task;
                    item.outcome = { ItemStatus::Planned,
                                     tr("The server is already deleting this room (task %1): that deletion is "
                                        "followed, no second one is started.")
                                         .arg(task.deleteId) };
                    planned(index);
                    return;
                }
            }
            const BulkLane bulk; // a follow-up of the item's first read
            readRoom(index, r.value());
        });
    window()->track(reply);
}

void RoomDeletionRun::readRoom(int index, const QList<RoomDeleteStatus> &tasks)
{
    ApiReply *reply =
        RoomsApi::details(m_api, m_items.at(index).roomId, this, [this, index, tasks](const Result<RoomDetails> &r) {
            Item &item = m_items[index];
            if (r.ok()) {
                item.name = r->summary.name;
                item.outcome = { ItemStatus::Planned, {} };
            } else if (r.error().isNotFound()) {
                QString completed;
                for (const RoomDeleteStatus &task : tasks) {
                    if (task.state == RoomDeleteStatus::State::Complete) {
                        completed = task.deleteId;
                    }
                }
                item.outcome = { ItemStatus::Skipped,
                                 completed.isEmpty() ? tr("No such room on this server.")
                                                     : tr("Already deleted (task %1).").arg(completed) };
            } else if (r.error().kind() == ApiError::Kind::Cancelled) {
                item.outcome = { ItemStatus::Skipped, tr("The check was cancelled before this room was read.") };
            } else {
                item.outcome = { ItemStatus::Skipped, tr("Could not read the room: %1").arg(r.error().describe()) };
            }
            planned(index);
        });
    window()->track(reply);
}

void RoomDeletionRun::planned(int index)
{
    Q_UNUSED(index)
    ++m_settled;
    setProgress(m_settled, m_work.size());
    window()->itemDone();
}

void RoomDeletionRun::planDone()
{
    setState(State::Planned);
    Q_EMIT planReady();
}

bool RoomDeletionRun::resume(const QString &journalPath, QString *error)
{
    if (isRunning()) {
        *error = tr("a deletion is already running");
        return false;
    }
    const auto loaded = OperationJournal::load(journalPath, error, QLatin1String(JournalKind));
    if (!loaded) {
        return false;
    }
    m_journal.close();
    if (!m_journal.reopen(journalPath, error)) {
        return false;
    }
    const QJsonObject p = loaded->params;
    RoomDeleteOptions o;
    o.block = p.value(QStringLiteral("block")).toBool();
    o.purge = p.value(QStringLiteral("purge")).toBool(true);
    o.forcePurge = p.value(QStringLiteral("force_purge")).toBool();
    o.newRoomUserId = p.value(QStringLiteral("new_room_user_id")).toString();
    o.message = p.value(QStringLiteral("message")).toString();
    o.roomName = p.value(QStringLiteral("room_name")).toString();
    m_options = o;
    plan(loaded->remaining());
    return true;
}

bool RoomDeletionRun::run(QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return false;
    };
    if (state() != State::Planned) {
        return refuse(tr("The rooms have not been checked yet (or a deletion is already running)."));
    }
    const QString problem = validateOptions(m_options);
    if (!problem.isEmpty()) {
        return refuse(problem);
    }
    m_options.newRoomUserId = m_options.newRoomUserId.trimmed();
    m_work.clear();
    QStringList keys;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).outcome.status == ItemStatus::Planned) {
            m_work.append(i);
            keys << m_items.at(i).roomId;
        }
    }
    if (m_journal.isOpen()) {
        // A resumed run: what the new plan skipped (e.g. deleted meanwhile) is recorded as such.
        for (const Item &item : std::as_const(m_items)) {
            if (item.outcome.status == ItemStatus::Skipped) {
                m_journal.record(item.roomId, item.outcome);
            }
        }
    } else if (!m_journalDir.isEmpty() && !keys.isEmpty()) {
        QString journalError;
        if (!m_journal.create(m_journalDir, QLatin1String(JournalKind), m_api->baseUrl().toString(), m_options.toJson(),
                              keys, &journalError)) {
            return refuse(tr("Cannot keep a journal: %1").arg(journalError));
        }
    }
    setState(State::Running);
    m_pollFailures = QList<int>(m_items.size(), 0);
    m_settled = 0;
    setProgress(0, m_work.size(), tr("Deleting rooms"));
    window()->start(int(m_work.size()), concurrency(), [this](int n) { deleteOne(m_work.at(n)); });
    return true;
}

void RoomDeletionRun::cancel()
{
    Operation::cancel(); // what has not left is dropped; a DELETE on the wire is let finish and followed
}

void RoomDeletionRun::deleteOne(int index)
{
    Item &item = m_items[index];
    if (item.adopted) {
        follow(index, item.status.deleteId, false);
        return;
    }
    qCInfo(lcOps) << "deleting room" << item.roomId;
    ApiReply *reply =
        RoomsApi::deleteRoom(m_api, item.roomId, m_options, this, [this, index](const Result<QString> &r) {
            if (r.ok()) {
                m_items[index].sent = true;
                const BulkLane bulk; // a follow-up of the item's DELETE
                follow(index, r.value(), false);
                return;
            }
            if (r.error().kind() == ApiError::Kind::Cancelled) {
                // The window cancels only requests that have not left: nothing reached the server.
                settle(index, ItemStatus::NotAttempted, tr("Cancelled before the request was sent: not deleted."));
                return;
            }
            m_items[index].sent = true;
            if (answerLost(r.error())) {
                const BulkLane bulk;
                verify(index, r.error());
                return;
            }
            settle(index, ItemStatus::Failed,
                   tr("The server refused to delete the room: %1").arg(r.error().describe()));
        });
    window()->track(reply);
}

void RoomDeletionRun::follow(int index, const QString &deleteId, bool verified)
{
    Item &item = m_items[index];
    if (item.status.deleteId != deleteId) {
        item.status = RoomDeleteStatus();
        item.status.deleteId = deleteId;
        item.status.roomId = item.roomId;
        item.status.state = RoomDeleteStatus::State::Scheduled;
    }
    Q_EMIT statusUpdated(index);
    poll(index, verified);
}

void RoomDeletionRun::poll(int index, bool verified)
{
    // Not tracked by the window: a cancel never drops the polls of a deletion the server has.
    RoomsApi::deleteStatus(
        m_api, m_items.at(index).status.deleteId, this, [this, index, verified](const Result<RoomDeleteStatus> &r) {
            Item &item = m_items[index];
            if (!r.ok()) {
                if (++m_pollFailures[index] >= MaxPollFailures || r.error().isAuthenticationFailure()) {
                    settle(index, ItemStatus::Unknown,
                           tr("The server has the deletion (task %1) but reading its state failed: %2. It may "
                              "still be running: look at the room again.")
                               .arg(item.status.deleteId, r.error().describe()));
                    return;
                }
            } else {
                m_pollFailures[index] = 0;
                item.status = r.value();
                Q_EMIT statusUpdated(index);
                if (item.status.state == RoomDeleteStatus::State::Complete) {
                    settle(index, ItemStatus::Done, doneText(item), verified);
                    return;
                }
                if (item.status.state == RoomDeleteStatus::State::Failed) {
                    settle(index, ItemStatus::Failed,
                           tr("The server reports that the deletion failed: %1")
                               .arg(item.status.error.isEmpty() ? tr("no reason given") : item.status.error),
                           verified);
                    return;
                }
            }
            QTimer::singleShot(m_pollIntervalMs, this, [this, index, verified]() {
                const BulkLane bulk;
                poll(index, verified);
            });
        });
}

void RoomDeletionRun::verify(int index, const ApiError &original)
{
    const QString roomId = m_items.at(index).roomId;
    auto unknown = [this, index, original](const ApiError &readError) {
        settle(index, ItemStatus::Unknown,
               tr("The answer to the deletion was lost (%1) and reading the room's state failed too (%2): look at "
                  "the room again before deleting it again.")
                   .arg(original.describe(), readError.describe()));
    };
    RoomsApi::deleteStatusForRoom(
        m_api, roomId, this, [this, index, original, unknown](const Result<QList<RoomDeleteStatus>> &r) {
            if (!r.ok()) {
                unknown(r.error());
                return;
            }
            for (const RoomDeleteStatus &task : r.value()) {
                if (!m_items.at(index).knownTasks.contains(task.deleteId)) {
                    // The server has a task Steward did not know of: the DELETE arrived; follow it.
                    follow(index, task.deleteId, true);
                    return;
                }
            }
            const BulkLane bulk;
            RoomsApi::details(m_api, m_items.at(index).roomId, this,
                              [this, index, original, unknown](const Result<RoomDetails> &d) {
                                  if (d.ok()) {
                                      settle(index, ItemStatus::Failed,
                                             tr("The answer to the deletion was lost (%1); the server has no "
                                                "deletion task for the room and the room is still there: it was "
                                                "not deleted.")
                                                 .arg(original.describe()),
                                             true);
                                  } else if (d.error().isNotFound()) {
                                      settle(index, ItemStatus::Done,
                                             tr("The answer to the deletion was lost (%1); the room is gone from "
                                                "the server.")
                                                 .arg(original.describe()),
                                             true);
                                  } else {
                                      unknown(d.error());
                                  }
                              });
        });
}

QString RoomDeletionRun::doneText(const Item &item) const
{
    const RoomShutdownResult &s = item.status.shutdown;
    QString text =
        tr("Deleted (task %1): %n user(s) removed", nullptr, int(s.kickedUsers.size())).arg(item.status.deleteId);
    if (!s.failedToKickUsers.isEmpty()) {
        text += tr(", %n could not be removed", nullptr, int(s.failedToKickUsers.size()));
    }
    if (!s.newRoomId.isEmpty()) {
        text += tr(", moved to %1").arg(s.newRoomId);
    }
    return text + QLatin1Char('.');
}

void RoomDeletionRun::settle(int index, ItemStatus status, const QString &reason, bool verified)
{
    Item &item = m_items[index];
    item.outcome = { status, reason, verified };
    if (m_journal.isOpen()) {
        m_journal.record(item.roomId, item.outcome);
    }
    if (status != ItemStatus::Done) {
        qCWarning(lcOps) << "room deletion of" << item.roomId << itemStatusName(status) << reason;
    }
    ++m_settled;
    setProgress(m_settled, m_work.size());
    Q_EMIT itemSettled(index);
    window()->itemDone();
}

void RoomDeletionRun::runDone()
{
    for (int index : std::as_const(m_work)) {
        Item &item = m_items[index];
        if (item.outcome.status == ItemStatus::Planned) {
            item.outcome = { ItemStatus::NotAttempted,
                             item.adopted ? tr("Stopped before Steward followed it; the server's own deletion "
                                               "(task %1) carries on.")
                                                .arg(item.status.deleteId)
                                          : tr("Stopped before the request was sent: not deleted.") };
            if (m_journal.isOpen()) {
                m_journal.record(item.roomId, item.outcome);
            }
            Q_EMIT itemSettled(index);
        }
    }
    if (m_journal.isOpen()) {
        m_journal.end(isCancelled());
        m_journal.close();
    }
    finish();
}

} // namespace Steward
