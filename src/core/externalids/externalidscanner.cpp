#include "externalidscanner.h"

#include "itemwindow.h"
#include "stewardlogging_ops.h"

namespace Steward {

ExternalIdScanner::ExternalIdScanner(ApiService *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_window(new ItemWindow(this))
{
    connect(m_window, &ItemWindow::finished, this, &ExternalIdScanner::finish);
}

void ExternalIdScanner::start(bool includeDeactivated)
{
    if (m_running) {
        return;
    }
    m_scan = ExternalIdScan();
    m_scan.includeDeactivated = includeDeactivated;
    m_users.clear();
    m_seen.clear();
    m_guard.reset();
    m_includeGuests = true;
    m_running = true;
    m_clock.start();
    requestPage(0);
}

void ExternalIdScanner::cancel()
{
    if (!m_running) {
        return;
    }
    m_scan.cancelled = true;
    if (m_pageReply) {
        m_pageReply->cancel(); // its handler finishes the scan
        return;
    }
    m_window->cancel(true);
}

void ExternalIdScanner::requestPage(qint64 from)
{
    ++m_scan.requests.listPages;
    m_pageReply = ExternalIdsApi::listUsers(
        m_api, from, kPageSize, m_scan.includeDeactivated, m_includeGuests, this,
        [this, from](Result<UserListPage> page) {
            m_pageReply = nullptr;
            if (m_scan.cancelled) {
                finish();
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
                finish();
                return;
            }
            if (const ApiError bad = m_guard.check(from, kPageSize, page->users.size(), page->nextFrom); !bad.isOk()) {
                m_scan.error = bad;
                finish();
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
            Q_EMIT listProgress(m_scan.usersListed, int(std::max<qint64>(page->total, m_users.size())));
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
    Q_EMIT readProgress(0, total);
    // Twice the service's window keeps its queue fed without piling requests up.
    m_window->start(total, 2 * m_api->maxInFlight(), [this, total](int index) {
        const QString userId = m_users.at(index).userId;
        ++m_scan.requests.userReads;
        ApiReply *reply =
            ExternalIdsApi::userExternalIds(m_api, userId, this, [this, userId, total](Result<UserExternalIds> user) {
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
                Q_EMIT readProgress(m_scan.usersRead + int(m_scan.readFailures.size()), total);
                m_window->itemDone();
            });
        m_window->track(reply);
    });
}

void ExternalIdScanner::finish()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_scan.elapsedMs = m_clock.elapsed();
    // Deterministic order for previews and reports.
    std::sort(m_scan.linkedUsers.begin(), m_scan.linkedUsers.end(),
              [](const UserExternalIds &a, const UserExternalIds &b) { return a.userId < b.userId; });
    Q_EMIT finished();
}

} // namespace Steward
