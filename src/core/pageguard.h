#pragma once

#include "apierror.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <optional>

namespace Steward {

/// Parses a paging token (next_token, next_batch): a JSON number or a string of digits. nullopt and
/// *ok = false when it is neither, negative, fractional, or beyond 2^53 (no integer overflow on
/// hostile values such as 1e300). A missing or null token is nullopt with *ok = true (last page).
std::optional<qint64> parsePageToken(const QJsonValue &value, bool *ok);

/// Defends an offset pager against a server whose pages never end: every page must hold no more
/// rows than asked for, a next token must move forward by at most the rows asked for, an empty page
/// must be the last, and a run stops after maxPages pages. check() says what is wrong, once per page.
class PageGuard
{
    Q_DECLARE_TR_FUNCTIONS(Steward::PageGuard)

public:
    static constexpr qint64 DefaultMaxPages = 100000;

    explicit PageGuard(qint64 maxPages = DefaultMaxPages)
        : m_maxPages(maxPages)
    { }
    void reset() { m_pages = 0; }
    qint64 pages() const { return m_pages; }

    /// from/limit: what was asked; rows: what came; next: the server's next token (nullopt: last page).
    /// Returns an InvalidResponse error naming the fault, or a default (ok) ApiError.
    ApiError check(qint64 from, qint64 limit, qint64 rows, std::optional<qint64> next);

private:
    qint64 m_maxPages;
    qint64 m_pages = 0;
};

} // namespace Steward
