#pragma once

#include "pageguard.h"

#include "externalids/externalidsapi.h"
#include "operation/operation.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Steward {

/// Requests an engine put on the wire, by kind (printed in summaries; the benchmark reads them).
struct ExternalIdRequestCounts
{
    int listPages = 0; ///< GET /v2/users pages
    int userReads = 0; ///< GET /v2/users/<id>
    int updates = 0; ///< PUT /v2/users/<id>

    int gets() const { return listPages + userReads; }
};

/// What a scan found: every user that has at least one external ID, and per provider how many users.
struct ExternalIdScan
{
    bool includeDeactivated = false;
    int usersListed = 0;
    int usersRead = 0;
    QList<UserExternalIds> linkedUsers;
    QMap<QString, int> providerUserCounts;
    QList<QPair<QString, ApiError>> readFailures; ///< users whose details could not be read
    std::optional<ApiError> error; ///< the scan itself failed (the user list could not be read)
    bool cancelled = false;
    ExternalIdRequestCounts requests;
    qint64 elapsedMs = 0;

    bool complete() const { return !error && !cancelled; }
};

/// Scan: pages through all users (locked ones always, deactivated ones on request), reads each
/// user's details with bounded concurrency, and collects the external IDs. An Operation: progress in two
/// phases (listing users: listed of the server's total; reading users: read of listed), at most
/// concurrency() reads outstanding (default 16), finished() once, result() holds the scan.
class ExternalIdScanner : public Operation
{
    Q_OBJECT
public:
    explicit ExternalIdScanner(ApiService *api, QObject *parent = nullptr);

    void start(bool includeDeactivated);
    /// Read-only work: everything outstanding is aborted at once.
    void cancel() override;
    const ExternalIdScan &result() const { return m_scan; }

    /// Users per list page (Synapse has no upper limit; fewer round trips for big servers).
    static constexpr int kPageSize = 5000; ///< Synapse's cost per page hardly depends on its size
    static constexpr int DefaultConcurrency = 16;

private:
    void requestPage(qint64 from);
    void readDetails();
    void finishScan();

    ApiService *m_api;
    ExternalIdScan m_scan;
    QList<UserListEntry> m_users;
    QSet<QString> m_seen;
    PageGuard m_guard;
    QPointer<ApiReply> m_pageReply;
    bool m_includeGuests = true;
};

} // namespace Steward
