#pragma once

#include "health/healthapi.h"
#include "operation/operation.h"

namespace Steward {

/// "Reset connection" for one or many federation destinations: the server forgets its back-off
/// and tries them again at once.
/// plan(): reads every destination: Planned when the server backs off from it, Skipped when it
/// does not (Synapse refuses the reset then) or the destination is unknown. run(): one POST each;
/// an answer that was lost is checked by reading the destination again (verified).
class DestinationReset : public Operation
{
    Q_OBJECT
public:
    struct Item
    {
        QString destination;
        ItemOutcome outcome;
    };

    DestinationReset(ApiService *api, QStringList destinations, QObject *parent = nullptr);

    void plan();
    void run();
    const QList<Item> &items() const { return m_items; }
    OperationTally tally() const;

private:
    void settle(int index, ItemOutcome outcome);
    ApiService *m_api;
    QList<Item> m_items;
    int m_settled = 0;
};

} // namespace Steward
