#include "health/destinationreset.h"

#include "operation/itemwindow.h"

#include <memory>

namespace Steward {

DestinationReset::DestinationReset(ApiService *api, QStringList destinations, QObject *parent)
    : Operation(parent)
    , m_api(api)
{
    destinations.removeDuplicates();
    for (const QString &d : destinations) {
        m_items << Item { d, {} };
    }
}

OperationTally DestinationReset::tally() const
{
    OperationTally t;
    for (const Item &item : m_items) {
        t.add(item.outcome.status);
    }
    return t;
}

void DestinationReset::plan()
{
    setState(State::Planning);
    setProgress(0, m_items.size(), tr("Reading the destinations"));
    auto remaining = std::make_shared<int>(int(m_items.size()));
    if (m_items.isEmpty()) {
        setState(State::Planned);
        Q_EMIT planReady();
        return;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        HealthApi::destination(
            m_api, m_items[i].destination, this, [this, i, remaining](const Result<FederationDestination> &r) {
                ItemOutcome &o = m_items[i].outcome;
                if (!r.ok()) {
                    o = r.error().isNotFound()
                        ? ItemOutcome { ItemStatus::Skipped, tr("the server knows no such destination") }
                        : ItemOutcome { ItemStatus::Failed, r.error().describe() };
                } else if (!r->canReset()) {
                    o = { ItemStatus::Skipped, tr("the server is not backing off from it (nothing to reset)") };
                } else {
                    o = { ItemStatus::Planned, {} };
                }
                setProgress(m_items.size() - *remaining + 1, m_items.size());
                if (--*remaining == 0) {
                    setState(State::Planned);
                    Q_EMIT planReady();
                }
            });
    }
}

void DestinationReset::settle(int index, ItemOutcome outcome)
{
    m_items[index].outcome = std::move(outcome);
    setProgress(++m_settled, tally().total() - tally().skipped);
    Q_EMIT itemSettled(index);
    window()->itemDone();
}

void DestinationReset::run()
{
    QList<int> planned;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].outcome.status == ItemStatus::Planned) {
            planned << i;
        }
    }
    setState(State::Running);
    m_settled = 0;
    setProgress(0, planned.size(), tr("Resetting connections"));
    connect(
        window(), &ItemWindow::finished, this,
        [this]() {
            for (Item &item : m_items) {
                if (item.outcome.status == ItemStatus::Planned) {
                    item.outcome = { ItemStatus::NotAttempted, tr("cancelled before it was sent") };
                }
            }
            finish();
        },
        Qt::SingleShotConnection);
    window()->start(int(planned.size()), concurrency(), [this, planned](int n) {
        const int index = planned.at(n);
        const QString name = m_items[index].destination;
        window()->track(HealthApi::resetConnection(m_api, name, this, [this, index, name](const Result<bool> &r) {
            if (r.ok()) {
                settle(index, { ItemStatus::Done, tr("reset") });
                return;
            }
            if (r.error().kind() == ApiError::Kind::Cancelled && !r.error().outcomeUnknown()) {
                settle(index, { ItemStatus::NotAttempted, tr("cancelled before it was sent") });
                return;
            }
            ItemOutcome outcome = ItemOutcome::fromError(r.error());
            if (outcome.status != ItemStatus::Unknown) {
                settle(index, outcome);
                return;
            }
            // The answer was lost: the destination's retry timings say whether the reset happened.
            BulkLane lane;
            HealthApi::destination(m_api, name, this, [this, index, outcome](const Result<FederationDestination> &d) {
                if (!d.ok()) {
                    settle(index, outcome);
                } else if (!d->canReset()) {
                    settle(index, { ItemStatus::Done, tr("verified: the server no longer backs off"), true });
                } else {
                    settle(index,
                           { ItemStatus::Failed, tr("verified: the server still backs off (the reset did not happen)"),
                             true });
                }
            });
        }));
    });
}

} // namespace Steward
