#include "health/pagewalk.h"

#include "apireply.h"
#include "apiservice.h"

namespace Steward {

PageWalk::PageWalk(QString phase, int pageSize, Fetch fetch, QObject *parent)
    : Operation(parent)
    , m_phase(std::move(phase))
    , m_pageSize(pageSize)
    , m_fetch(std::move(fetch))
{ }

void PageWalk::start()
{
    if (m_reply) {
        m_reply->cancel();
    }
    ++m_run;
    m_guard.reset();
    m_error = {};
    m_rows = 0;
    setState(State::Running);
    setProgress(0, -1, m_phase);
    next(0);
}

void PageWalk::cancel()
{
    if (state() != State::Running) {
        return;
    }
    Operation::cancel();
    if (m_reply) {
        m_reply->cancel(); // the walk only reads: nothing is lost by stopping at once
    }
}

void PageWalk::next(qint64 from)
{
    const quint64 run = m_run;
    BulkLane lane;
    m_reply = m_fetch(from, m_pageSize, [this, run, from](const Result<Step> &result) {
        if (run != m_run) {
            return;
        }
        if (isCancelled()) {
            finish();
            return;
        }
        if (!result.ok()) {
            m_error = result.error();
            finish();
            return;
        }
        const ApiError bad = m_guard.check(from, m_pageSize, result->rows, result->next);
        m_rows += result->rows;
        setProgress(m_rows, result->total, m_phase);
        if (!bad.isOk()) {
            m_error = bad;
            finish();
            return;
        }
        if (result->next) {
            next(*result->next);
        } else {
            finish();
        }
    });
}

} // namespace Steward
