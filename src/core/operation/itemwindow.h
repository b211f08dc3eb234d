#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Steward {

class ApiReply;

/// Feeds a fixed number of items to an engine with at most `window` items outstanding, so that a
/// cancel knows exactly which items were never started. The engine's launch(index) sends its
/// request(s), registers them with track(), and calls itemDone() once per item when it is settled
/// (synchronously too, for items that need no request).
class ItemWindow : public QObject
{
    Q_OBJECT
public:
    using Launch = std::function<void(int index)>;

    explicit ItemWindow(QObject *parent = nullptr);

    void start(int count, int window, Launch launch);
    void track(ApiReply *reply);
    void itemDone();
    /// Stop starting items. Requests not yet on the wire are cancelled (they finish with
    /// ApiError::Kind::Cancelled and attempts() == 0); abortInFlight also aborts those on the wire
    /// (also after a polite cancel: a second Ctrl-C).
    void cancel(bool abortInFlight);

    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    int started() const { return m_next; }
    int count() const { return m_count; }

Q_SIGNALS:
    /// Every started item is done (all of them, or fewer after cancel).
    void finished();

private:
    void fill();
    void checkFinished();

    Launch m_launch;
    QList<QPointer<ApiReply>> m_tracked;
    int m_count = 0;
    int m_window = 1;
    int m_next = 0;
    int m_outstanding = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_filling = false;
};

} // namespace Steward
