#include "operation/operation.h"

#include "apierror.h"
#include "operation/itemwindow.h"
#include "outcome.h"

#include <QLocale>

#include <algorithm>

namespace Steward {

ItemOutcome ItemOutcome::fromError(const ApiError &error)
{
    if (error.isOk()) {
        return { ItemStatus::Done, {}, false };
    }
    if (answerLost(error)) {
        return { ItemStatus::Unknown, error.message(), false };
    }
    return { ItemStatus::Failed, error.message(), false };
}

QString itemStatusName(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Planned:
        return QStringLiteral("planned");
    case ItemStatus::Skipped:
        return QStringLiteral("skipped");
    case ItemStatus::Done:
        return QStringLiteral("done");
    case ItemStatus::Failed:
        return QStringLiteral("failed");
    case ItemStatus::NotAttempted:
        return QStringLiteral("not-attempted");
    case ItemStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

bool itemStatusFromName(const QString &name, ItemStatus *status)
{
    for (ItemStatus s : { ItemStatus::Planned, ItemStatus::Skipped, ItemStatus::Done, ItemStatus::Failed,
                          ItemStatus::NotAttempted, ItemStatus::Unknown }) {
        if (itemStatusName(s) == name) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString itemStatusTitle(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Planned:
        return Operation::tr("to do");
    case ItemStatus::Skipped:
        return Operation::tr("skipped");
    case ItemStatus::Done:
        return Operation::tr("done");
    case ItemStatus::Failed:
        return Operation::tr("failed");
    case ItemStatus::NotAttempted:
        return Operation::tr("not attempted");
    case ItemStatus::Unknown:
        return Operation::tr("outcome unknown");
    }
    return {};
}

void OperationTally::add(ItemStatus status, int n)
{
    switch (status) {
    case ItemStatus::Planned:
        planned += n;
        break;
    case ItemStatus::Skipped:
        skipped += n;
        break;
    case ItemStatus::Done:
        done += n;
        break;
    case ItemStatus::Failed:
        failed += n;
        break;
    case ItemStatus::NotAttempted:
        notAttempted += n;
        break;
    case ItemStatus::Unknown:
        unknown += n;
        break;
    }
}

int OperationTally::count(ItemStatus status) const
{
    switch (status) {
    case ItemStatus::Planned:
        return planned;
    case ItemStatus::Skipped:
        return skipped;
    case ItemStatus::Done:
        return done;
    case ItemStatus::Failed:
        return failed;
    case ItemStatus::NotAttempted:
        return notAttempted;
    case ItemStatus::Unknown:
        return unknown;
    }
    return 0;
}

QString OperationTally::summary() const
{
    QStringList parts;
    if (planned > 0) {
        parts << Operation::tr("%n to do", nullptr, planned);
    }
    if (done > 0) {
        parts << Operation::tr("%n done", nullptr, done);
    }
    if (failed > 0) {
        parts << Operation::tr("%n failed", nullptr, failed);
    }
    if (unknown > 0) {
        parts << Operation::tr("%n of unknown outcome", nullptr, unknown);
    }
    if (skipped > 0) {
        parts << Operation::tr("%n skipped", nullptr, skipped);
    }
    if (notAttempted > 0) {
        parts << Operation::tr("%n not attempted", nullptr, notAttempted);
    }
    if (parts.isEmpty()) {
        return Operation::tr("nothing to do");
    }
    return parts.join(QStringLiteral(", "));
}

int OperationProgress::percent() const
{
    if (total <= 0) {
        return total == 0 ? 100 : -1;
    }
    return int(std::clamp<qint64>(done * 100 / total, 0, 100));
}

namespace {
QString duration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 90) {
        return Operation::tr("%n s", nullptr, int(s));
    }
    if (s < 90 * 60) {
        return Operation::tr("%n min", nullptr, int((s + 30) / 60));
    }
    return Operation::tr("%n h", nullptr, int((s + 1800) / 3600));
}
} // namespace

QString OperationProgress::text() const
{
    const QLocale locale;
    QStringList parts;
    parts << (total >= 0 ? Operation::tr("%1 of %2").arg(locale.toString(done), locale.toString(total))
                         : locale.toString(done));
    if (ratePerSecond > 0) {
        parts << Operation::tr("%1/s").arg(locale.toString(ratePerSecond, 'f', ratePerSecond < 10 ? 1 : 0));
    }
    if (etaMs >= 0 && total >= 0 && done < total) {
        parts << Operation::tr("about %1 left").arg(duration(etaMs));
    }
    return parts.join(QStringLiteral(" · "));
}

void ProgressMeter::restart()
{
    m_clock.start();
    m_samples.clear();
}

qint64 ProgressMeter::elapsedMs() const
{
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

OperationProgress ProgressMeter::measure(qint64 done, qint64 total, const QString &phase)
{
    if (!m_clock.isValid()) {
        restart();
    }
    constexpr qint64 windowMs = 5000;
    const qint64 now = m_clock.elapsed();
    if (!m_samples.empty() && done < m_samples.back().second) {
        m_samples.clear(); // a new phase counts from zero again
    }
    m_samples.emplace_back(now, done);
    while (m_samples.size() > 2 && now - m_samples.front().first > windowMs) {
        m_samples.pop_front();
    }
    OperationProgress p;
    p.done = done;
    p.total = total;
    p.phase = phase;
    p.elapsedMs = now;
    const auto &[t0, d0] = m_samples.front();
    if (now - t0 >= 200 && done > d0) {
        p.ratePerSecond = double(done - d0) * 1000.0 / double(now - t0);
        if (total >= done) {
            p.etaMs = qint64(double(total - done) * 1000.0 / p.ratePerSecond);
        }
    }
    return p;
}

Operation::Operation(QObject *parent)
    : QObject(parent)
    , m_window(new ItemWindow(this))
{
    qRegisterMetaType<Steward::OperationProgress>();
}

Operation::~Operation() = default;

void Operation::setConcurrency(int n)
{
    m_concurrency = std::clamp(n, 1, 64);
}

void Operation::cancel()
{
    if (m_state != State::Planning && m_state != State::Running) {
        return;
    }
    m_cancelled = true;
    m_window->cancel(false);
}

void Operation::setState(State state)
{
    if (state == State::Planning || (state == State::Running && m_state != State::Running)) {
        m_cancelled = false;
        m_meter.restart();
        m_progress = OperationProgress(); // a new run: no phase, nothing done yet
    }
    m_state = state;
}

void Operation::setProgress(qint64 done, qint64 total, const QString &phase)
{
    const bool newPhase = !phase.isEmpty() && phase != m_progress.phase;
    m_progress = m_meter.measure(done, total, phase.isEmpty() ? m_progress.phase : phase);
    if (newPhase) {
        Q_EMIT phaseChanged(phase);
    }
    Q_EMIT progressChanged(m_progress);
}

void Operation::setPhase(const QString &phase)
{
    m_progress.phase = phase;
    Q_EMIT phaseChanged(phase);
    Q_EMIT progressChanged(m_progress);
}

void Operation::finish()
{
    m_progress.elapsedMs = m_meter.elapsedMs();
    m_progress.etaMs = -1;
    m_state = State::Finished;
    Q_EMIT progressChanged(m_progress);
    Q_EMIT finished();
}

} // namespace Steward
