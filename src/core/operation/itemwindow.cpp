#include "operation/itemwindow.h"

#include "apireply.h"
#include "apiservice.h"

namespace Steward {

ItemWindow::ItemWindow(QObject *parent)
    : QObject(parent)
{ }

void ItemWindow::start(int count, int window, Launch launch)
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

void ItemWindow::track(ApiReply *reply)
{
    // Drop replies that are gone so that a long run does not accumulate dead pointers.
    if (m_tracked.size() > 4 * m_window) {
        m_tracked.removeAll(QPointer<ApiReply>());
    }
    m_tracked.append(reply);
}

void ItemWindow::itemDone()
{
    --m_outstanding;
    fill();
    checkFinished();
}

void ItemWindow::cancel(bool abortInFlight)
{
    if (!m_running || (m_cancelled && !abortInFlight)) {
        return; // a second, harder cancel (abortInFlight) still stops what is on the wire
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

void ItemWindow::fill()
{
    if (m_filling) {
        return; // itemDone() called from inside launch(): the loop below carries on
    }
    m_filling = true;
    while (m_running && !m_cancelled && m_next < m_count && m_outstanding < m_window) {
        const int index = m_next++;
        ++m_outstanding;
        const BulkLane bulk; // the item's requests go to the service's bulk lane
        m_launch(index);
    }
    m_filling = false;
}

void ItemWindow::checkFinished()
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
