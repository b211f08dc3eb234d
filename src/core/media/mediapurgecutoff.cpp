#include "media/mediapurgecutoff.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Steward::MediaPurgeCutoff {

namespace {
struct MediaPurgeCutoffText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::MediaPurgeCutoff)
};

int offsetAt(const QTimeZone &zone, qint64 ms)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}
} // namespace

std::optional<qint64> localToUtcMs(const QDate &date, const QTime &time, const QTimeZone &zone, bool startOfDay)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid()) {
        return std::nullopt;
    }
    // The wall-clock reading as if it were UTC; the real instant is this minus the zone's offset then.
    // Rather than trusting how a Qt version resolves gaps and folds, try every offset the zone uses
    // around that time and keep those that map back onto the same wall-clock reading.
    const qint64 wall = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    constexpr qint64 around = 36LL * 60 * 60 * 1000;
    const int before = offsetAt(zone, wall - around);
    QList<int> offsets { before, offsetAt(zone, wall), offsetAt(zone, wall + around) };
    std::optional<qint64> best;
    for (int offset : offsets) {
        const qint64 utc = wall - qint64(offset) * 1000;
        if (offsetAt(zone, utc) == offset && (!best || utc < *best)) {
            best = utc; // the earlier of two occurrences: the cutoff that deletes less
        }
    }
    if (!best && startOfDay) {
        // Midnight was skipped: the day starts when the clocks jumped, i.e. at the old offset.
        best = wall - qint64(before) * 1000;
    }
    return best;
}

Parsed parseDate(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?\s*$)"));
    Parsed p;
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        p.error =
            MediaPurgeCutoffText::tr("\"%1\" is not a date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (local time), "
                                     "e.g. 2024-01-31 or 2024-01-31T18:30")
                .arg(text);
        return p;
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid()) {
        p.error = MediaPurgeCutoffText::tr("\"%1\" is not a calendar date (check month and day)").arg(text);
        return p;
    }
    const bool hasTime = m.capturedLength(4) > 0;
    QTime time(0, 0);
    if (hasTime) {
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.capturedLength(6) ? m.captured(6).toInt() : 0);
        if (!time.isValid()) {
            p.error =
                MediaPurgeCutoffText::tr("\"%1\" has no valid time of day (hours 00-23, minutes and seconds 00-59)")
                    .arg(text);
            return p;
        }
    }
    const std::optional<qint64> ms = localToUtcMs(date, time, zone, !hasTime);
    if (!ms) {
        p.error = MediaPurgeCutoffText::tr(
                      "%1 does not exist in the time zone %2 (the clocks skip it when daylight saving time "
                      "starts): choose a time outside that gap")
                      .arg(text.trimmed(), QString::fromUtf8(zone.id()));
        return p;
    }
    p.beforeTs = *ms;
    return p;
}

Parsed olderThanDays(int days, const QDateTime &now, const QTimeZone &zone)
{
    Parsed p;
    if (days < 1 || days > 36500) {
        p.error = MediaPurgeCutoffText::tr("the number of days must be between 1 and 36500 (got %1)").arg(days);
        return p;
    }
    const QDateTime local = now.toTimeZone(zone);
    const std::optional<qint64> ms = localToUtcMs(local.date().addDays(-days), local.time(), zone, true);
    p.beforeTs = ms.value_or(now.toMSecsSinceEpoch() - qint64(days) * 24 * 60 * 60 * 1000);
    return p;
}

Check check(qint64 beforeTs, qint64 nowMs)
{
    if (beforeTs < MinimumBeforeTs) {
        return Check::TooEarly;
    }
    if (beforeTs > nowMs) {
        return Check::InFuture;
    }
    if (beforeTs > nowMs - RecentWindowMs) {
        return Check::Recent;
    }
    return Check::Ok;
}

QString describe(Check c, qint64 beforeTs, const QTimeZone &zone)
{
    switch (c) {
    case Check::Ok:
        return {};
    case Check::InFuture:
        return MediaPurgeCutoffText::tr(
                   "The cutoff %1 is in the future: media last accessed up to now would all be deleted. "
                   "Choose a date in the past.")
            .arg(formatInstant(beforeTs, zone));
    case Check::TooEarly:
        return MediaPurgeCutoffText::tr(
                   "The cutoff %1 is earlier than 12 December 1970, which Synapse refuses. Choose a later date.")
            .arg(formatInstant(beforeTs, zone));
    case Check::Recent:
        return MediaPurgeCutoffText::tr(
                   "The cutoff %1 is within the last 24 hours: media people are using right now would be "
                   "deleted. This needs an extra confirmation.")
            .arg(formatInstant(beforeTs, zone));
    }
    return {};
}

QString formatInstant(qint64 ms, const QTimeZone &zone)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + zone.abbreviation(dt);
}

} // namespace Steward::MediaPurgeCutoff
