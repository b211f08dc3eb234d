#include "bulkjoin/bulkjoinpreviewtext.h"

#include <QCoreApplication>

namespace Steward::Cli {

namespace {
struct BulkJoinTextTr
{
    Q_DECLARE_TR_FUNCTIONS(Steward::Cli::BulkJoinText)
};
using Outcome = BulkJoinPair::Outcome;
} // namespace

QString BulkJoinText::duration(qint64 ms)
{
    if (ms < 0) {
        return BulkJoinTextTr::tr("unknown");
    }
    const qint64 s = (ms + 999) / 1000;
    if (s < 60) {
        return BulkJoinTextTr::tr("%1 s").arg(s);
    }
    return BulkJoinTextTr::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void BulkJoinText::writePreview(QTextStream &out, const BulkJoinPlan &plan, bool makeAdminOptionGiven)
{
    out << BulkJoinTextTr::tr("Bulk join preview (signed in as %1). Nothing has been changed yet.")
               .arg(plan.adminUserId)
        << '\n';
    out << BulkJoinTextTr::tr("Users: %1 valid. Rooms: %2 valid.").arg(plan.users.size()).arg(plan.rooms.size())
        << '\n';
    int duplicates = 0;
    for (const auto &p : plan.problems) {
        duplicates += p.isDuplicate() ? p.count : 0;
    }
    if (duplicates > 0) {
        out << BulkJoinTextTr::tr("%1 duplicate entries ignored.").arg(duplicates) << '\n';
    }
    if (!plan.problems.isEmpty()) {
        out << '\n' << BulkJoinTextTr::tr("Problems in the input (these take no part):") << '\n';
        for (const auto &p : plan.problems) {
            const QString where = p.line > 0 ? BulkJoinTextTr::tr("line %1").arg(p.line) : QString();
            out << "  " << (p.isUser() ? BulkJoinTextTr::tr("user") : BulkJoinTextTr::tr("room")) << ' ' << p.item;
            if (!where.isEmpty()) {
                out << " (" << where << ')';
            }
            out << ": " << p.reason << '\n';
        }
    }
    if (!plan.rooms.isEmpty()) {
        out << '\n' << BulkJoinTextTr::tr("Rooms:") << '\n';
        for (const auto &r : plan.rooms) {
            int already = 0;
            for (const QString &u : plan.users) {
                already += plan.members.value(r.roomId).contains(u) ? 1 : 0;
            }
            out << "  " << r.label();
            if (r.label() != r.roomId) {
                out << " (" << r.roomId << ')';
            }
            out << ": "
                << BulkJoinTextTr::tr("join rule %1")
                       .arg(r.joinRule.isEmpty() ? BulkJoinTextTr::tr("unknown") : r.joinRule)
                << ", "
                << (r.adminJoined ? BulkJoinTextTr::tr("you are a member")
                                  : BulkJoinTextTr::tr("you are not a member"));
            if (r.needsAdmin()) {
                out << ", "
                    << (r.makeAdmin ? BulkJoinTextTr::tr("you will be made a room admin first (make_room_admin)")
                                    : (makeAdminOptionGiven
                                           ? BulkJoinTextTr::tr("skipped")
                                           : BulkJoinTextTr::tr("skipped: use --make-admin-in-private-rooms to make "
                                                                "you a room admin first")));
            }
            out << ", " << BulkJoinTextTr::tr("%1 of the users already in").arg(already) << '\n';
        }
    }
    out << '\n'
        << BulkJoinTextTr::tr("Pairs: %1 in all: %2 to join, %3 already members, %4 skipped.")
               .arg(plan.pairs.size())
               .arg(plan.count(Outcome::ToJoin))
               .arg(plan.count(Outcome::AlreadyMember))
               .arg(plan.count(Outcome::Skipped))
        << '\n';
    const auto skipped = plan.pairsWith(Outcome::Skipped);
    if (!skipped.isEmpty()) {
        out << BulkJoinTextTr::tr("Skipped pairs:") << '\n';
        for (const auto &p : skipped) {
            out << "  " << p.user << "  " << p.room << "  " << p.reason << '\n';
        }
    }
    out.flush();
}

QString BulkJoinText::progressLine(const OperationProgress &p, const OperationTally &tally)
{
    const int pct = p.total > 0 ? int(100.0 * double(p.done) / double(p.total)) : 100;
    QString line = BulkJoinTextTr::tr("Joining: %1/%2 (%3%), %4 failed")
                       .arg(p.done)
                       .arg(std::max<qint64>(p.total, 0))
                       .arg(pct)
                       .arg(tally.failed);
    if (tally.unknown > 0) {
        line += BulkJoinTextTr::tr(", %1 answers lost (checked at the end)").arg(tally.unknown);
    }
    if (p.ratePerSecond > 0) {
        line += BulkJoinTextTr::tr(", %1 pairs/s, ETA %2").arg(p.ratePerSecond, 0, 'f', 1).arg(duration(p.etaMs));
    }
    return line;
}

void BulkJoinText::writeSummary(QTextStream &out, const BulkJoinReport &report)
{
    out << (report.cancelled ? BulkJoinTextTr::tr("Bulk join cancelled.") : BulkJoinTextTr::tr("Bulk join finished."))
        << ' '
        << BulkJoinTextTr::tr(
               "Joined %1, already members %2, skipped %3, failed %4, not attempted %5, outcome unknown %6.")
               .arg(report.count(Outcome::Joined))
               .arg(report.count(Outcome::AlreadyMember))
               .arg(report.count(Outcome::Skipped))
               .arg(report.count(Outcome::Failed))
               .arg(report.count(Outcome::NotAttempted))
               .arg(report.count(Outcome::Unknown))
        << '\n';
    if (report.verifiedCount() > 0) {
        out << BulkJoinTextTr::tr(
                   "%1 pairs lost the server's answer; their outcome was verified in the rooms' member lists "
                   "(reason \"verified: ...\").")
                   .arg(report.verifiedCount())
            << '\n';
    }
    for (const Outcome o : { Outcome::Failed, Outcome::Unknown, Outcome::NotAttempted }) {
        bool header = false;
        for (const auto &p : report.pairs) {
            if (p.outcome != o) {
                continue;
            }
            if (!header) {
                out << (o == Outcome::Failed ? BulkJoinTextTr::tr("Failed pairs:")
                            : o == Outcome::Unknown
                            ? BulkJoinTextTr::tr("Outcome unknown (run --resume to check and finish them):")
                            : BulkJoinTextTr::tr("Not attempted:"))
                    << '\n';
                header = true;
            }
            out << "  " << p.user << "  " << p.room << "  " << p.reason << '\n';
        }
    }
    out.flush();
}

} // namespace Steward::Cli
