#include "pageguard.h"

#include <QCoreApplication>

#include <cmath>

namespace Steward {

namespace {
constexpr qint64 MaxToken = qint64(1) << 53; // exact in a double, far beyond any real list
} // namespace

std::optional<qint64> parsePageToken(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (value.isString()) {
        bool parsed = false;
        const qint64 n = value.toString().toLongLong(&parsed);
        if (parsed && n >= 0 && n <= MaxToken) {
            return n;
        }
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d >= 0 && d <= double(MaxToken) && d == std::floor(d)) {
            return qint64(d);
        }
    }
    *ok = false;
    return std::nullopt;
}

ApiError PageGuard::check(qint64 from, qint64 limit, qint64 rows, std::optional<qint64> next)
{
    auto bad = [](const QString &what) {
        return ApiError::invalidResponse(tr("the server's paging is broken: %1; stopped").arg(what));
    };
    if (++m_pages > m_maxPages) {
        return bad(tr("more than %1 pages").arg(m_maxPages));
    }
    if (rows > limit) {
        return bad(tr("%1 rows on a page of at most %2").arg(rows).arg(limit));
    }
    if (!next) {
        return {};
    }
    if (rows == 0) {
        return bad(tr("an empty page with a next token (%1)").arg(*next));
    }
    if (*next <= from) {
        return bad(tr("the next token %1 does not move past %2").arg(*next).arg(from));
    }
    if (*next - from > limit) {
        return bad(tr("the next token %1 skips past the %2 rows asked for from %3").arg(*next).arg(limit).arg(from));
    }
    return {};
}

} // namespace Steward
