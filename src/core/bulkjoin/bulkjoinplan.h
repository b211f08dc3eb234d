#pragma once

#include "operation/operation.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace Steward {

/// A problem found in the input before anything is changed. The item it names takes no part in the run.
struct BulkJoinProblem
{
    enum class Kind {
        MalformedUser,
        MalformedRoom,
        RemoteUser,
        UnknownUser,
        DeactivatedUser,
        DuplicateUser,
        DuplicateRoom,
        UnknownAlias,
        UnknownRoom,
        LookupFailed, ///< the server could not be asked (network, permission): reason says why
    };
    Kind kind = Kind::MalformedUser;
    QString item; ///< the user or room as the person wrote it
    QString reason; ///< one sentence for a person
    int line = 0; ///< 1-based line of the input list, 0 when unknown
    int count = 1; ///< duplicates: how many further entries named the same item

    bool isUser() const
    {
        return kind == Kind::MalformedUser || kind == Kind::RemoteUser || kind == Kind::UnknownUser
            || kind == Kind::DeactivatedUser || kind == Kind::DuplicateUser
            || (kind == Kind::LookupFailed && item.startsWith(u'@'));
    }
    /// Duplicates are merged, not dropped: they block nothing.
    bool isDuplicate() const { return kind == Kind::DuplicateUser || kind == Kind::DuplicateRoom; }
};

/// One room of the job, after its alias (if any) was resolved.
struct BulkJoinRoom
{
    QString input; ///< as the person wrote it (alias or id)
    QString roomId;
    QString name;
    QString joinRule;
    bool adminJoined = false;
    /// Not public and the admin is not in it: the admin must become a room admin first, or the room is skipped.
    bool needsAdmin() const { return joinRule != QLatin1String("public") && !adminJoined; }
    bool makeAdmin = false; ///< the person chose make_room_admin for this room
    QString label() const { return input == roomId || input.isEmpty() ? roomId : input; }
};

/// One (user, room) pair and what became of it.
struct BulkJoinPair
{
    enum class Outcome {
        ToJoin, ///< planned; not yet run
        AlreadyMember, ///< joined before the run started: nothing to do
        Skipped, ///< never tried: reason says why (bad input, a room the admin cannot invite to)
        Joined,
        Failed, ///< the server refused: reason is its answer
        NotAttempted, ///< the run was cancelled (or killed) before this pair was sent
        Unknown, ///< sent, but the answer was lost and the server could not be asked (resume checks again)
    };
    QString user; ///< full user id (or the input when malformed)
    QString room; ///< room label: the alias or id as given
    QString roomId; ///< empty when the room could not be resolved
    Outcome outcome = Outcome::ToJoin;
    QString reason;
    bool verified = false; ///< the join's answer was lost; outcome is what the server's member list showed

    bool isDone() const { return outcome == Outcome::Joined || outcome == Outcome::AlreadyMember; }
    static QString outcomeName(Outcome o); ///< stable, for CSV and the journal
    static Outcome outcomeFromName(const QString &name, bool *ok = nullptr);
    static QString outcomeText(Outcome o); ///< translated, for people
    /// The contract's status: to join = planned, already a member = skipped (nothing to do), joined =
    /// done, failed, not attempted, unknown as they are.
    static ItemStatus itemStatus(Outcome o);
};

/// Everything the bulk join knows before it runs: the preview. Nothing has changed on the server yet.
struct BulkJoinPlan
{
    QString serverName;
    QString adminUserId;
    QStringList users; ///< valid local users, in input order
    QList<BulkJoinRoom> rooms; ///< resolved rooms, in input order
    QList<BulkJoinProblem> problems;
    QList<BulkJoinPair> pairs; ///< every pair the input names, with its planned outcome
    /// Members per room id at pre-flight time.
    QHash<QString, QStringList> members;

    /// Make the admin a room admin first in every room that needs it (true), or skip those rooms (false).
    void setMakeAdminEverywhere(bool on);

    int count(BulkJoinPair::Outcome o) const;
    QList<BulkJoinPair> pairsWith(BulkJoinPair::Outcome o) const;
    int roomsNeedingAdmin() const;

    /// Items named in problems that block them, with the reason, kept so rebuildPairs can list them.
    QList<QPair<QString, QString>> blockedUsers; ///< (user as given, reason)
    QList<QPair<QString, QString>> blockedRooms; ///< (room as given, reason)
    /// Recomputes the planned outcome of every pair (after a makeAdmin choice changed).
    void rebuild();
};

/// The accounting after a run: one row per pair.
struct BulkJoinReport
{
    QList<BulkJoinPair> pairs;
    bool cancelled = false;

    int count(BulkJoinPair::Outcome o) const;
    bool anyFailed() const { return count(BulkJoinPair::Outcome::Failed) > 0; }
    /// Pairs whose answer was lost and whose membership was then checked on the server.
    int verifiedCount() const;
    bool allDone() const; ///< every pair joined or already a member
    QList<BulkJoinPair> failedPairs() const; ///< failed or outcome unknown: what a retry sends again
    /// user_id, room, room_id, outcome, reason (RFC 4180, formula-guarded).
    bool writeCsv(QIODevice *device) const;
};

} // namespace Steward
