#pragma once

#include "apierror.h"
#include "operation/operation.h"
#include "pageguard.h"
#include "result.h"

#include <QPointer>

#include <functional>
#include <optional>

namespace Steward {

class ApiReply;

/// A read over every page of an offset-paged admin list, with progress (rows/s, ETA) and cancel:
/// the lazy figures of the overview (media per user, failing destinations) and the CLI listings.
/// The caller's fetch sends one page and folds its rows into whatever it sums up; the walk only
/// moves the offset, guards against pages that never end, and reports progress. Its requests go
/// to the service's bulk lane, so views stay responsive.
class PageWalk : public Operation
{
    Q_OBJECT
public:
    struct Step
    {
        qint64 rows = 0; ///< rows in this page
        qint64 total = -1; ///< the server's total (-1: not given)
        std::optional<qint64> next; ///< the next offset; nullopt: last page
    };
    using Fetch = std::function<ApiReply *(qint64 from, int limit, std::function<void(Result<Step>)> done)>;

    PageWalk(QString phase, int pageSize, Fetch fetch, QObject *parent = nullptr);

    /// Starts (again) from the first page.
    void start();
    void cancel() override;
    /// Set when the walk stopped at an error (the figures summed so far are then partial).
    const ApiError &error() const { return m_error; }
    bool succeeded() const { return state() == State::Finished && m_error.isOk() && !isCancelled(); }
    qint64 rowsRead() const { return m_rows; }

private:
    void next(qint64 from);

    QString m_phase;
    int m_pageSize;
    Fetch m_fetch;
    PageGuard m_guard;
    ApiError m_error;
    qint64 m_rows = 0;
    quint64 m_run = 0;
    QPointer<ApiReply> m_reply;
};

} // namespace Steward
