#include "bulkjoin/bulkjoinpreflight.h"

#include "bulkjoin/bulkjoinapi.h"
#include "rooms/roomsapi.h"

namespace Steward {

BulkJoinPreflight::BulkJoinPreflight(ApiService *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

void BulkJoinPreflight::start(const QList<BulkJoinInputItem> &users, const QList<BulkJoinInputItem> &rooms,
                              const QString &adminUserId)
{
    cancel();
    m_running = true;
    m_plan = BulkJoinPlan();
    m_plan.adminUserId = adminUserId;
    m_plan.serverName = BulkJoinInput::serverNameOf(adminUserId);
    m_checked = BulkJoinInput::check(users, rooms, m_plan.serverName);
    m_userProblems.clear();
    m_rooms.clear();
    m_userLine.clear();
    m_roomLine.clear();
    for (const auto &item : users) {
        QString ignored;
        const QString id = BulkJoinInput::normalizeUser(item.text, m_plan.serverName, &ignored);
        if (!m_userLine.contains(id)) {
            m_userLine.insert(id, item.line);
        }
    }
    for (const auto &item : rooms) {
        if (!m_roomLine.contains(item.text.trimmed())) {
            m_roomLine.insert(item.text.trimmed(), item.line);
        }
    }
    m_pending = 1; // held until every request is sent
    m_done = 0;
    m_total = int(m_checked.users.size() + m_checked.rooms.size());

    for (const QString &user : std::as_const(m_checked.users)) {
        ++m_pending;
        m_replies << BulkJoinApi::queryUser(m_api, user, this, [this, user](const Result<BulkJoinUserInfo> &r) {
            if (!r.ok()) {
                if (isFatal(r.error())) {
                    fail(r.error());
                    return;
                }
                m_userProblems.insert(user,
                                      { BulkJoinProblem::Kind::UnknownUser, user, tr("no such user on this server"),
                                        m_userLine.value(user) });
            } else if (r->deactivated) {
                m_userProblems.insert(user,
                                      { BulkJoinProblem::Kind::DeactivatedUser, user, tr("the account is deactivated"),
                                        m_userLine.value(user) });
            }
            oneDone();
        });
    }
    for (const QString &room : std::as_const(m_checked.rooms)) {
        RoomSlot slot;
        slot.input = m_checked.roomInput.value(room, room);
        slot.line = m_roomLine.value(slot.input.trimmed());
        m_rooms.append(slot);
        const int index = int(m_rooms.size() - 1);
        ++m_pending;
        if (room.startsWith(u'#')) {
            m_replies << RoomsApi::resolveAlias(m_api, room, this, [this, index](const Result<QString> &r) {
                if (!r.ok()) {
                    if (isFatal(r.error())) {
                        fail(r.error());
                        return;
                    }
                    m_rooms[index].problemKind = BulkJoinProblem::Kind::UnknownAlias;
                    m_rooms[index].problem = r.error().isNotFound()
                        ? tr("no room has this alias")
                        : tr("the alias could not be resolved: %1").arg(r.error().message());
                    oneDone();
                    return;
                }
                m_rooms[index].roomId = r.value();
                lookUpRoom(index);
            });
        } else {
            m_rooms[index].roomId = room;
            lookUpRoom(index);
        }
    }
    oneDone();
}

void BulkJoinPreflight::lookUpRoom(int index)
{
    const QString roomId = m_rooms.at(index).roomId;
    for (int i = 0; i < m_rooms.size(); ++i) {
        if (i != index && m_rooms.at(i).roomId == roomId && m_rooms.at(i).fetchedBy < 0) {
            // Two entries name one room (an alias and its id, two aliases): look it up once.
            m_rooms[index].fetchedBy = i;
            oneDone();
            return;
        }
    }
    // Details and members both count towards this room's one "done".
    auto remaining = std::make_shared<int>(2);
    auto partDone = [this, remaining]() {
        if (--*remaining == 0) {
            oneDone();
        }
    };
    m_replies << BulkJoinApi::roomDetails(m_api, roomId, this,
                                          [this, index, partDone](const Result<BulkJoinRoomDetails> &r) {
                                              if (!r.ok()) {
                                                  if (isFatal(r.error())) {
                                                      fail(r.error());
                                                      return;
                                                  }
                                                  m_rooms[index].problemKind = BulkJoinProblem::Kind::UnknownRoom;
                                                  m_rooms[index].problem = tr("no such room on this server");
                                              } else {
                                                  m_rooms[index].details = r.value();
                                              }
                                              partDone();
                                          });
    m_replies << BulkJoinApi::roomMembers(m_api, roomId, this, [this, index, partDone](const Result<QStringList> &r) {
        if (!r.ok() && isFatal(r.error())) {
            fail(r.error());
            return;
        }
        if (r.ok()) {
            m_rooms[index].members = r.value();
        }
        partDone();
    });
}

bool BulkJoinPreflight::isFatal(const ApiError &error) const
{
    // 404: not there; 400: Synapse's answer for a malformed or remote ID. Everything else means the
    // server could not be asked, and a plan built on guesses would be wrong.
    return !(error.isNotFound() || error.httpStatus() == 400);
}

void BulkJoinPreflight::oneDone()
{
    if (!m_running) {
        return;
    }
    --m_pending;
    if (m_pending > 0) {
        ++m_done;
        Q_EMIT progress(m_done, m_total);
        return;
    }
    finish();
}

void BulkJoinPreflight::fail(const ApiError &error)
{
    if (!m_running) {
        return;
    }
    cancel();
    Q_EMIT finished(error);
}

void BulkJoinPreflight::cancel()
{
    m_running = false;
    const auto replies = m_replies;
    m_replies.clear();
    for (const auto &r : replies) {
        if (r) {
            r->cancel();
        }
    }
}

void BulkJoinPreflight::finish()
{
    m_running = false;
    m_replies.clear();
    BulkJoinPlan &plan = m_plan;
    plan.problems = m_checked.problems;
    for (const QString &user : std::as_const(m_checked.users)) {
        if (m_userProblems.contains(user)) {
            plan.problems.append(m_userProblems.value(user));
        } else {
            plan.users << user;
        }
    }
    QHash<QString, QString> firstInput; // room id -> the entry that named it first
    for (const RoomSlot &entry : std::as_const(m_rooms)) {
        if (!entry.roomId.isEmpty() && firstInput.contains(entry.roomId)) {
            plan.problems.append({ BulkJoinProblem::Kind::DuplicateRoom, entry.input,
                                   tr("the same room as %1; joined once").arg(firstInput.value(entry.roomId)),
                                   entry.line });
            continue;
        }
        if (!entry.roomId.isEmpty()) {
            firstInput.insert(entry.roomId, entry.input);
        }
        const RoomSlot &slot = entry.fetchedBy >= 0 ? m_rooms.at(entry.fetchedBy) : entry;
        if (!entry.problem.isEmpty() || !slot.problem.isEmpty()) {
            const RoomSlot &bad = entry.problem.isEmpty() ? slot : entry;
            plan.problems.append({ bad.problemKind, entry.input, bad.problem, entry.line });
            continue;
        }
        BulkJoinRoom room;
        room.input = entry.input;
        room.roomId = slot.details.roomId.isEmpty() ? slot.roomId : slot.details.roomId;
        room.name = slot.details.name;
        room.joinRule = slot.details.joinRule;
        room.adminJoined = slot.members.contains(plan.adminUserId);
        plan.members.insert(room.roomId, slot.members);
        plan.rooms.append(room);
    }
    std::stable_sort(plan.problems.begin(), plan.problems.end(),
                     [](const BulkJoinProblem &a, const BulkJoinProblem &b) {
                         return a.isUser() != b.isUser() ? a.isUser() : a.line < b.line;
                     });
    for (const auto &p : std::as_const(plan.problems)) {
        if (p.isDuplicate()) {
            continue;
        }
        (p.isUser() ? plan.blockedUsers : plan.blockedRooms).append({ p.item, p.reason });
    }
    plan.rebuild();
    Q_EMIT finished(plan);
}

} // namespace Steward
