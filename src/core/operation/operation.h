#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <deque>
#include <utility>

namespace Steward {

class ApiError;
class ItemWindow;

/// What became of one item of a long operation. Every item a report lists is in exactly one of
/// these states, and the state is never guessed (see docs/ARCHITECTURE.md, "The engine contract").
enum class ItemStatus {
    Planned, ///< previewed: will be changed when the operation runs (not yet run)
    Skipped, ///< nothing is sent for it; the reason says why
    Done, ///< the server confirmed it (or a read-back showed it done: verified)
    Failed, ///< the server refused it; the reason is the server's answer
    NotAttempted, ///< cancelled (or stopped) before any request for it was sent
    Unknown, ///< the answer was lost and reading the state back failed too
};

/// The outcome of one item: the status, a reason a person can read, and whether the outcome was
/// established by reading the server's state back after the answer to the change was lost.
struct ItemOutcome
{
    ItemStatus status = ItemStatus::Planned;
    QString reason;
    bool verified = false;

    /// Failed with the server's reason, or Unknown when the answer to a change was lost (then the
    /// caller verifies it against the server before reporting it).
    static ItemOutcome fromError(const ApiError &error);
};

/// Stable machine names for reports and journals: planned, skipped, done, failed, not-attempted,
/// unknown. itemStatusFromName() returns false for anything else.
QString itemStatusName(ItemStatus status);
bool itemStatusFromName(const QString &name, ItemStatus *status);
/// "done", "failed", ... for a person (translated).
QString itemStatusTitle(ItemStatus status);

/// How many items are in each state, with the one-line summary every face shows.
struct OperationTally
{
    int planned = 0;
    int skipped = 0;
    int done = 0;
    int failed = 0;
    int notAttempted = 0;
    int unknown = 0;

    void add(ItemStatus status, int n = 1);
    int count(ItemStatus status) const;
    int total() const { return planned + skipped + done + failed + notAttempted + unknown; }
    /// Every item that was to be changed was (nothing failed, unknown, not attempted or left planned).
    bool complete() const { return failed == 0 && unknown == 0 && notAttempted == 0 && planned == 0; }
    /// "12 done, 1 failed, 3 skipped, 4 not attempted" (only the non-zero parts; "nothing to do").
    QString summary() const;
};

/// One progress type for every long operation: how far it is, in which phase, and how fast.
struct OperationProgress
{
    qint64 done = 0; ///< items (or rows, pages) settled so far
    qint64 total = -1; ///< -1: not known (yet)
    QString phase; ///< a line for a person: "Reading users", "Locking users", ...
    double ratePerSecond = 0; ///< over the last few seconds; 0 until measurable
    qint64 elapsedMs = 0;
    qint64 etaMs = -1; ///< -1: not known

    /// 0..100, or -1 when the total is unknown.
    int percent() const;
    /// "1,234 of 10,000 · 412/s · about 21 s left" (parts that are unknown are left out).
    QString text() const;
};

/// Measures rate and ETA from a stream of "done so far" samples (a sliding window of ~5 s, so a
/// pause for a 429 shows as a slower rate and a later ETA, not as a frozen one).
class ProgressMeter
{
public:
    void restart();
    OperationProgress measure(qint64 done, qint64 total, const QString &phase);
    qint64 elapsedMs() const;

private:
    QElapsedTimer m_clock;
    std::deque<std::pair<qint64, qint64>> m_samples; // (ms since start, done)
};

/// The base of every long operation in the core. A concrete engine:
/// 1. plans: reads what it needs and decides, per item, Planned or Skipped(reason); then
///    planReady(). Nothing is changed before run() (the preview is the plan);
/// 2. runs: sends the changes through its window() (at most N items outstanding, requests on the
///    service's bulk lane), settles each item with settle() (done / failed with the server's reason /
///    unknown, then verified), reports progress with setProgress(), and calls finish() when the
///    window is drained;
/// 3. cancel(): stops starting items; what was never sent is NotAttempted; what is on the wire
///    finishes (its outcome is recorded); finished() still comes, exactly once;
/// 4. keeps a journal (OperationJournal) where re-running matters, so a killed run can be resumed.
/// Engines never change the ApiService's shared settings.
class Operation : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Planning, Planned, Running, Finished };
    Q_ENUM(State)

    explicit Operation(QObject *parent = nullptr);
    ~Operation() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Planning || m_state == State::Running; }
    bool isCancelled() const { return m_cancelled; }
    OperationProgress progress() const { return m_progress; }
    /// Items outstanding at once during run() (default 4; clamped to 1..64).
    int concurrency() const { return m_concurrency; }
    void setConcurrency(int n);

    /// Stop: no new item is started; items not yet sent are reported not attempted; requests on the
    /// wire finish and are recorded. Engines with more to stop override and call the base.
    virtual void cancel();

Q_SIGNALS:
    void planReady();
    void progressChanged(const Steward::OperationProgress &progress);
    /// The phase line changed ("Making … a room admin in …"): faces that print a line per phase
    /// (the CLI) or show it in a label connect here instead of comparing progress phases.
    void phaseChanged(const QString &phase);
    /// An item got its final outcome in this run (index into the engine's item list).
    void itemSettled(int index);
    void finished();

protected:
    void setState(State state);
    /// Publishes progress: emits progressChanged for every call, so that a face (or a test) sees each
    /// step, e.g. to cancel after exactly n items or rows. Engines call it once per settled item or page;
    /// a face that draws less often (the CLI's one line a second) reads progress() on its own timer.
    void setProgress(qint64 done, qint64 total, const QString &phase = {});
    /// Sets the phase line (emits at once).
    void setPhase(const QString &phase);
    /// State Finished, final progress, finished().
    void finish();
    ItemWindow *window() const { return m_window; }
    /// Since the run (or the planning) started.
    qint64 elapsedMs() const { return m_meter.elapsedMs(); }

private:
    State m_state = State::Idle;
    bool m_cancelled = false;
    int m_concurrency = 4;
    ItemWindow *m_window;
    ProgressMeter m_meter;
    OperationProgress m_progress;
};

} // namespace Steward

Q_DECLARE_METATYPE(Steward::OperationProgress)
