#pragma once

#include <QDateTime>
#include <QJsonValue>

#include <cmath>

namespace Steward {

/// A JSON number from the server as a whole number. Out of the range a double holds exactly
/// (±2^53), NaN or not a number at all gives 0: converting such a double to qint64 would be
/// undefined behaviour, and a hostile server can send 1e300.
inline qint64 jsonInt64(const QJsonValue &v)
{
    constexpr double limit = 9007199254740992.0; // 2^53
    const double d = v.toDouble();
    return std::isfinite(d) && d >= -limit && d <= limit ? qint64(d) : 0;
}

/// Milliseconds since the epoch as UTC; invalid for 0, negative or past the year 9999 (beyond it a
/// QDateTime is of no use, and may overflow).
inline QDateTime msToUtc(qint64 ms)
{
    constexpr qint64 year9999 = 253402300799999;
    return ms > 0 && ms <= year9999 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

/// The same for a JSON value; invalid also for null and anything not a number.
inline QDateTime jsonMsToUtc(const QJsonValue &v)
{
    return msToUtc(jsonInt64(v));
}

} // namespace Steward
