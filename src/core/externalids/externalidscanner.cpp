#include "externalids/externalidscanner.h"

#include "operation/itemwindow.h"
#include "stewardlogging_ops.h"

namespace Steward {

ExternalIdScanner::ExternalIdScanner(ApiService *api, QObject *parent)
    : Operation(parent)
    , m_api(api)
{
    setConcurrency(DefaultConcurrency);
    connect(window(), &ItemWindow::finished, this, &ExternalIdScanner::finishScan);
}

void ExternalIdScanner::start(bool includeDeactivated)
{
    if (isRunning()) {
        return;
    }
    m_scan = ExternalIdScan();
    m_scan.includeDeactivated = includeDeactivated;
    m_users.clear();
    m_seen.clear();
    m_guard.reset();
    m_includeGuests = true;
    setState(State::Running);
    setProgress(0, -1, tr("Listing users"));
    requestPage(0);
}

void ExternalIdScanner::cancel()
{
    if (!isRunning()) {
        return;
    }
    m_scan.cancelled = true;
    Operation::cancel();
    if (m_pageReply) {
        m_pageReply->cancel(); // its handler finishes the scan
        return;
    }
    window()->cancel(true);
}

void ExternalIdScanner::requestPage(qint64 from)
{
    ++m_scan.requests.listPages;
    const BulkLane bulk; // a long walk: the views' requests go first
    m_pageReply = ExternalIdsApi::listUsers(
        m_api, from, kPageSize, m_scan.includeDeactivated, m_includeGuests, this,
        [this, from](Result<UserListPage> page) {
            m_pageReply = nullptr;
            if (m_scan.cancelled) {
                finishScan();
                return;
            }
            if (!page.ok()) {
                // Servers delegating auth to MAS reject guests=true (the default):
                // list without guests.
                if (m_includeGuests && from == 0 && page.error().isGuestsUnsupported()) {
                    m_includeGuests = false;
                    requestPage(0);
                    return;
                }
                m_scan.error = page.error();
                finishScan();
                return;
            }
            if (const ApiError bad = m_guard.check(from, kPageSize, page->users.size(), page->nextFrom); !bad.isOk()) {
                m_scan.error = bad;
                finishScan();
                return;
            }
            // Offset paging shifts when users are created meanwhile: a user may
            // come twice, never lost (users are never deleted, and the filters
            // include every state we asked for).
            for (const UserListEntry &u : page->users) {
                if (!m_seen.contains(u.userId)) {
                    m_seen.insert(u.userId);
                    m_users.append(u);
                }
            }
            m_scan.usersListed = int(m_users.size());
            setProgress(m_scan.usersListed, std::max<qint64>(page->total, m_users.size()));
            if (page->nextFrom) {
                requestPage(*page->nextFrom);
            } else {
                readDetails();
            }
        });
}

void ExternalIdScanner::readDetails()
{
    const int total = int(m_users.size());
    setProgress(0, total, tr("Reading users"));
    window()->start(total, concurrency(), [this, total](int index) {
        const QString userId = m_users.at(index).userId;
        ++m_scan.requests.userReads;
        ApiReply *reply = ExternalIdsApi::userExternalIds(
            m_api, userId, this, [this, index, userId, total](Result<UserExternalIds> user) {
                if (user.ok()) {
                    ++m_scan.usersRead;
                    if (!user->ids.isEmpty()) {
                        QSet<QString> providers;
                        for (const ExternalId &e : user->ids) {
                            providers.insert(e.provider);
                        }
                        for (const QString &p : providers) {
                            ++m_scan.providerUserCounts[p];
                        }
                        m_scan.linkedUsers.append(user.value());
                    }
                } else if (user.error().kind() != ApiError::Kind::Cancelled) {
                    qCDebug(lcOps) << "could not read" << userId << user.error().describe();
                    m_scan.readFailures.append({ userId, user.error() });
                }
                Q_EMIT itemSettled(index);
                setProgress(m_scan.usersRead + int(m_scan.readFailures.size()), total);
                window()->itemDone();
            });
        window()->track(reply);
    });
}

void ExternalIdScanner::finishScan()
{
    if (!isRunning()) {
        return;
    }
    m_scan.elapsedMs = elapsedMs();
    // Deterministic order for previews and reports.
    std::sort(m_scan.linkedUsers.begin(), m_scan.linkedUsers.end(),
              [](const UserExternalIds &a, const UserExternalIds &b) { return a.userId < b.userId; });
    finish();
}

} // namespace Steward
