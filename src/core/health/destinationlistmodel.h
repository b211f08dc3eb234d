#pragma once

#include "health/healthapi.h"
#include "pagedlistmodel.h"

namespace Steward {

/// The server's federation destinations (/_synapse/admin/v1/federation/destinations) as a
/// random-access table (see PagedListModel). The server cannot filter by failure: with
/// failingOnly, every page is read and the failing destinations are kept (scan mode).
class DestinationListModel : public PagedTableModel<FederationDestination>
{
    Q_OBJECT
public:
    enum Column { DestinationColumn, FailingSinceColumn, RetryIntervalColumn, LastRetryColumn, StreamOrderingColumn };

    explicit DestinationListModel(ApiService *api, QObject *parent = nullptr);

    void setFailingOnly(bool failingOnly);
    bool failingOnly() const { return m_failingOnly; }
    /// A loaded destination; an empty one when the row is not loaded.
    FederationDestination destinationAt(int row) const;
    /// Fetch the row of this destination again (after a reset).
    void refresh() { reload(); }

    /// "3 h 20 min", "45 s" for a retry interval in ms.
    static QString formatInterval(qint64 ms);
    /// Local date and time of a server timestamp in ms ("—" for none).
    static QString formatTimestamp(std::optional<qint64> ms);

protected:
    ApiReply *fetch(qint64 from, int limit, Done done) override;
    QString idOf(const FederationDestination &d) const override { return d.destination; }
    bool acceptRow(const FederationDestination &d) const override { return !m_failingOnly || d.isFailing(); }

private:
    ApiService *m_api;
    bool m_failingOnly = false;
};

} // namespace Steward
