#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Steward {

/// The moment before which media count as old: parsing what a person types and the guards around it.
///
/// A calendar date is read in a given time zone (the user's local one in the faces) and turned into
/// milliseconds since the epoch in UTC, which is what Synapse compares last_access_ts with.
namespace MediaPurgeCutoff {

/// Synapse refuses before_ts below this (a value in seconds passed as milliseconds lands in 1970).
inline constexpr qint64 MinimumBeforeTs = 30000000000LL;
/// A cutoff later than now minus this needs an extra, explicit confirmation.
inline constexpr qint64 RecentWindowMs = 24LL * 60 * 60 * 1000;

struct Parsed
{
    qint64 beforeTs = 0; ///< ms since the epoch, UTC
    QString error; ///< why the text could not be used (empty on success)
    bool ok() const { return error.isEmpty(); }
};

/// "YYYY-MM-DD" (start of that day) or "YYYY-MM-DDTHH:MM[:SS]" in zone.
/// A wall-clock time that occurs twice (clocks turned back) means its first occurrence, which deletes
/// less; one that does not exist (clocks skipped forward) is refused. A date whose midnight is skipped
/// starts when the day starts.
Parsed parseDate(const QString &text, const QTimeZone &zone);

/// The instant of a local wall-clock time, with the same rules as parseDate; nullopt when it does not exist.
std::optional<qint64> localToUtcMs(const QDate &date, const QTime &time, const QTimeZone &zone, bool startOfDay);

/// "Not accessed in the last N days": now minus N calendar days at the same wall-clock time in zone
/// (so a DST change in between does not shift the cutoff by an hour).
Parsed olderThanDays(int days, const QDateTime &now, const QTimeZone &zone);

enum class Check {
    Ok,
    InFuture, ///< refused
    TooEarly, ///< refused: the server rejects it (before MinimumBeforeTs)
    Recent, ///< within the last 24 hours: allowed only with an extra confirmation
};
Check check(qint64 beforeTs, qint64 nowMs);
/// One sentence for a person saying what is wrong with the cutoff and what to do; empty for Ok.
QString describe(Check check, qint64 beforeTs, const QTimeZone &zone);

/// "2024-03-31 02:00 CEST" style, in zone.
QString formatInstant(qint64 ms, const QTimeZone &zone);

} // namespace MediaPurgeCutoff

} // namespace Steward
