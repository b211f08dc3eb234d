#include "itempump.h"

#include "apireply.h"

namespace Steward {

ItemPump::ItemPump(QObject *parent)
    : QObject(parent)
{ }

void ItemPump::start(int count, int window, Launch launch)
{
    m_launch = std::move(launch);
    m_tracked.clear();
    m_count = count;
    m_window = std::max(1, window);
    m_next = 0;
    m_outstanding = 0;
    m_cancelled = false;
    m_running = true;
    fill();
    checkFinished();
}

void ItemPump::track(ApiReply *reply)
{
    // Drop replies that are gone so that a long run does not accumulate dead pointers.
    if (m_tracked.size() > 4 * m_window) {
        m_tracked.removeAll(QPointer<ApiReply>());
    }
    m_tracked.append(reply);
}

void ItemPump::itemDone()
{
    --m_outstanding;
    fill();
    checkFinished();
}

void ItemPump::cancel(bool abortInFlight)
{
    if (!m_running || m_cancelled) {
        return;
    }
    m_cancelled = true;
    const auto tracked = m_tracked;
    for (const QPointer<ApiReply> &reply : tracked) {
        if (reply && !reply->isFinished() && (abortInFlight || reply->attempts() == 0)) {
            reply->cancel();
        }
    }
    checkFinished();
}

void ItemPump::fill()
{
    if (m_filling) {
        return; // itemDone() called from inside launch(): the loop below carries on
    }
    m_filling = true;
    while (m_running && !m_cancelled && m_next < m_count && m_outstanding < m_window) {
        const int index = m_next++;
        ++m_outstanding;
        m_launch(index);
    }
    m_filling = false;
}

void ItemPump::checkFinished()
{
    if (!m_running || m_filling || m_outstanding > 0) {
        return;
    }
    if (m_next < m_count && !m_cancelled) {
        return;
    }
    m_running = false;
    Q_EMIT finished();
}

} // namespace Steward
