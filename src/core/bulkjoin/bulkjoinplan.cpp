#include "bulkjoin/bulkjoinplan.h"

#include "csvwriter.h"

namespace Steward {

namespace {
const char *const outcomeNames[] = { "to_join", "already_member", "skipped", "joined",
                                     "failed",  "not_attempted",  "unknown" };
} // namespace

ItemStatus BulkJoinPair::itemStatus(Outcome o)
{
    switch (o) {
    case Outcome::ToJoin:
        return ItemStatus::Planned;
    case Outcome::AlreadyMember:
    case Outcome::Skipped:
        return ItemStatus::Skipped;
    case Outcome::Joined:
        return ItemStatus::Done;
    case Outcome::Failed:
        return ItemStatus::Failed;
    case Outcome::NotAttempted:
        return ItemStatus::NotAttempted;
    case Outcome::Unknown:
        return ItemStatus::Unknown;
    }
    return ItemStatus::Planned;
}

QString BulkJoinPair::outcomeName(Outcome o)
{
    return QString::fromLatin1(outcomeNames[int(o)]);
}

BulkJoinPair::Outcome BulkJoinPair::outcomeFromName(const QString &name, bool *ok)
{
    for (int i = 0; i < int(std::size(outcomeNames)); ++i) {
        if (name == QLatin1String(outcomeNames[i])) {
            if (ok) {
                *ok = true;
            }
            return Outcome(i);
        }
    }
    if (ok) {
        *ok = false;
    }
    return Outcome::NotAttempted;
}

QString BulkJoinPair::outcomeText(Outcome o)
{
    switch (o) {
    case Outcome::ToJoin:
        return QCoreApplication::translate("Steward::BulkJoin", "to join");
    case Outcome::AlreadyMember:
        return QCoreApplication::translate("Steward::BulkJoin", "already a member");
    case Outcome::Skipped:
        return QCoreApplication::translate("Steward::BulkJoin", "skipped");
    case Outcome::Joined:
        return QCoreApplication::translate("Steward::BulkJoin", "joined");
    case Outcome::Failed:
        return QCoreApplication::translate("Steward::BulkJoin", "failed");
    case Outcome::NotAttempted:
        return QCoreApplication::translate("Steward::BulkJoin", "not attempted");
    case Outcome::Unknown:
        return QCoreApplication::translate("Steward::BulkJoin", "outcome unknown");
    }
    return {};
}

void BulkJoinPlan::setMakeAdminEverywhere(bool on)
{
    for (auto &room : rooms) {
        room.makeAdmin = on && room.needsAdmin();
    }
    rebuild();
}

void BulkJoinPlan::rebuild()
{
    pairs.clear();
    QList<QPair<QString, QString>> allRooms; // (label, room id) in input order
    for (const auto &room : std::as_const(rooms)) {
        allRooms.append({ room.label(), room.roomId });
    }
    for (const auto &[input, reason] : std::as_const(blockedRooms)) {
        allRooms.append({ input, QString() });
    }
    // User-major order: consecutive pairs name different rooms, so parallel joins rarely wait on one room.
    for (const QString &user : std::as_const(users)) {
        for (const auto &room : std::as_const(rooms)) {
            BulkJoinPair p { user, room.label(), room.roomId, BulkJoinPair::Outcome::ToJoin, QString() };
            if (members.value(room.roomId).contains(user)) {
                p.outcome = BulkJoinPair::Outcome::AlreadyMember;
            } else if (room.needsAdmin() && !room.makeAdmin) {
                p.outcome = BulkJoinPair::Outcome::Skipped;
                p.reason = QCoreApplication::translate("Steward::BulkJoin",
                                                       "the room is not public (join rule \"%1\") and %2 is not in it, "
                                                       "so the server cannot invite; make %2 a room admin first")
                               .arg(room.joinRule, adminUserId);
            }
            pairs.append(p);
        }
        for (const auto &[input, reason] : std::as_const(blockedRooms)) {
            pairs.append({ user, input, QString(), BulkJoinPair::Outcome::Skipped, reason });
        }
    }
    for (const auto &[input, reason] : std::as_const(blockedUsers)) {
        for (const auto &[label, roomId] : std::as_const(allRooms)) {
            pairs.append({ input, label, roomId, BulkJoinPair::Outcome::Skipped, reason });
        }
    }
}

int BulkJoinPlan::count(BulkJoinPair::Outcome o) const
{
    return int(std::count_if(pairs.cbegin(), pairs.cend(), [o](const BulkJoinPair &p) { return p.outcome == o; }));
}

QList<BulkJoinPair> BulkJoinPlan::pairsWith(BulkJoinPair::Outcome o) const
{
    QList<BulkJoinPair> out;
    for (const auto &p : pairs) {
        if (p.outcome == o) {
            out << p;
        }
    }
    return out;
}

int BulkJoinPlan::roomsNeedingAdmin() const
{
    return int(std::count_if(rooms.cbegin(), rooms.cend(), [](const BulkJoinRoom &r) { return r.needsAdmin(); }));
}

int BulkJoinReport::count(BulkJoinPair::Outcome o) const
{
    return int(std::count_if(pairs.cbegin(), pairs.cend(), [o](const BulkJoinPair &p) { return p.outcome == o; }));
}

bool BulkJoinReport::allDone() const
{
    return std::all_of(pairs.cbegin(), pairs.cend(), [](const BulkJoinPair &p) { return p.isDone(); });
}

QList<BulkJoinPair> BulkJoinReport::failedPairs() const
{
    QList<BulkJoinPair> out;
    for (const auto &p : pairs) {
        if (p.outcome == BulkJoinPair::Outcome::Failed || p.outcome == BulkJoinPair::Outcome::Unknown) {
            out << p;
        }
    }
    return out;
}

int BulkJoinReport::verifiedCount() const
{
    return int(std::count_if(pairs.cbegin(), pairs.cend(), [](const BulkJoinPair &p) { return p.verified; }));
}

bool BulkJoinReport::writeCsv(QIODevice *device) const
{
    CsvWriter csv(device);
    csv.writeRow({ QStringLiteral("user_id"), QStringLiteral("room"), QStringLiteral("room_id"),
                   QStringLiteral("outcome"), QStringLiteral("reason") });
    for (const auto &p : pairs) {
        csv.writeRow({ p.user, p.room, p.roomId, BulkJoinPair::outcomeName(p.outcome), p.reason });
    }
    return !csv.hasError();
}

} // namespace Steward
