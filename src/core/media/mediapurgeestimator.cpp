#include "media/mediapurgeestimator.h"

#include "operation/itemwindow.h"
#include "stewardlogging_ops.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Steward {

MediaPurgeEstimator::MediaPurgeEstimator(ApiService *api, QObject *parent)
    : Operation(parent)
    , m_api(api)
{
    setConcurrency(ParallelUsers);
    connect(window(), &ItemWindow::finished, this, [this]() {
        if (m_running) {
            checkProfiles();
        }
    });
}

MediaPurgeEstimator::~MediaPurgeEstimator()
{
    for (const QPointer<ApiReply> &r : std::as_const(m_pending)) {
        if (r) {
            r->cancel();
        }
    }
}

void MediaPurgeEstimator::track(ApiReply *reply)
{
    m_pending.removeAll(nullptr);
    m_pending << reply;
}

void MediaPurgeEstimator::start(const MediaPurgeCriteria &criteria)
{
    cancel();
    m_criteria = criteria;
    m_estimate = MediaPurgeEstimate {};
    m_users.clear();
    m_displayNames.clear();
    m_avatarsPending = 0;
    m_guard.reset();
    m_running = true;
    setState(State::Running);
    setProgress(0, -1, tr("Reading the per-user media statistics…"));
    fetchStatistics(0);
}

void MediaPurgeEstimator::cancel()
{
    if (!m_running) {
        return;
    }
    stop(MediaPurgeEstimate::State::Cancelled);
}

void MediaPurgeEstimator::fail(const ApiError &error, const QString &what)
{
    if (!m_running) {
        return;
    }
    m_estimate.error = what + QStringLiteral(": ") + error.describe();
    stop(MediaPurgeEstimate::State::Failed);
}

void MediaPurgeEstimator::stop(MediaPurgeEstimate::State state)
{
    m_running = false; // first: the answers of the requests cancelled below are ignored
    if (state == MediaPurgeEstimate::State::Cancelled) {
        Operation::cancel();
    }
    const auto pending = m_pending;
    m_pending.clear();
    for (const QPointer<ApiReply> &r : pending) {
        if (r) {
            r->cancel(); // read-only: what is on the wire is aborted too
        }
    }
    m_estimate.state = state;
    finish();
}

void MediaPurgeEstimator::fetchStatistics(qint64 from)
{
    // until_ts counts only media created up to the cutoff: a file created later cannot have been
    // accessed before it, so users without such media need no closer look.
    const BulkLane bulk; // a long walk: the views' requests go first
    track(MediaApi::userMediaStatistics(
        m_api, from, PageSize, m_criteria.beforeTs, this, [this, from](const Result<Page<UserMediaStats>> &r) {
            if (!m_running) {
                return;
            }
            if (!pageOk(from, r, tr("Reading the media statistics failed"))) {
                return;
            }
            for (const UserMediaStats &u : r->items) {
                if (u.mediaCount > 0) {
                    m_users << u;
                    m_displayNames.insert(u.userId, u.displayName);
                }
            }
            m_estimate.usersTotal = m_users.size();
            setProgress(0, m_users.size());
            if (r->nextFrom) {
                fetchStatistics(*r->nextFrom);
                return;
            }
            qCDebug(lcOps) << "media estimate:" << m_users.size() << "users with media before the cutoff";
            setProgress(0, m_users.size(), tr("Reading the users' media lists…"));
            window()->start(int(m_users.size()), concurrency(), [this](int i) { fetchUserPage(m_users.at(i), 0); });
        }));
}

void MediaPurgeEstimator::fetchUserPage(const UserMediaStats &user, qint64 from)
{
    const BulkLane bulk; // the next page of an item
    track(MediaApi::userMedia(m_api, user.userId, from, PageSize, this,
                              [this, user, from](const Result<Page<LocalMediaInfo>> &r) {
                                  if (!m_running) {
                                      return;
                                  }
                                  if (!r.ok() && r.error().isNotFound()) { // the user is gone meanwhile
                                      userDone();
                                      return;
                                  }
                                  if (!pageOk(from, r, tr("Reading the media of %1 failed").arg(user.userId))) {
                                      return;
                                  }
                                  bool pastCutoff = false;
                                  for (const LocalMediaInfo &m : r->items) {
                                      // Oldest first: once a file is created after the cutoff,
                                      // so are all that follow.
                                      if (m.createdTs >= m_criteria.beforeTs) {
                                          pastCutoff = true;
                                          break;
                                      }
                                      classify(m);
                                  }
                                  if (!pastCutoff && r->nextFrom) {
                                      fetchUserPage(user, *r->nextFrom);
                                      return;
                                  }
                                  userDone();
                              }));
}

void MediaPurgeEstimator::classify(const LocalMediaInfo &m)
{
    // Exactly the server's condition (synapse/storage/databases/main/media_repository.py,
    // get_local_media_ids): (last_access_ts < before OR (last_access_ts IS NULL AND created_ts < before))
    // AND media_length > size_gt, then the quarantine/protection/profile exclusions.
    const bool old = m.lastAccessTs ? *m.lastAccessTs < m_criteria.beforeTs : m.createdTs < m_criteria.beforeTs;
    if (!old || !m.length) {
        return;
    }
    if (m.quarantined) {
        ++m_estimate.skippedQuarantined;
    } else if (m.safeFromQuarantine) {
        ++m_estimate.skippedProtected;
    } else if (*m.length <= m_criteria.sizeGt) {
        ++m_estimate.skippedSmall;
    } else {
        m_estimate.matching << m;
    }
}

void MediaPurgeEstimator::userDone()
{
    ++m_estimate.usersScanned;
    setProgress(m_estimate.usersScanned, m_estimate.usersTotal);
    window()->itemDone();
}

void MediaPurgeEstimator::checkProfiles()
{
    if (!m_criteria.keepProfiles || m_estimate.matching.isEmpty()) {
        complete();
        return;
    }
    // Profile pictures the server keeps: the avatars of the users owning candidates, and room avatars.
    QSet<QString> owners;
    for (const LocalMediaInfo &m : std::as_const(m_estimate.matching)) {
        owners.insert(m.userId);
    }
    setProgress(0, owners.size(), tr("Looking for profile pictures…"));
    m_avatarsPending = int(owners.size()) + 1; // + the room list
    m_avatarsDone = 0;
    const BulkLane bulk;
    for (const QString &userId : std::as_const(owners)) {
        track(MediaApi::userAvatar(m_api, userId, this, [this, total = owners.size()](const Result<QString> &r) {
            if (!m_running) {
                return;
            }
            if (!r.ok() && !r.error().isNotFound()) {
                fail(r.error(), tr("Reading a user's profile picture failed"));
                return;
            }
            if (r.ok() && !r.value().isEmpty()) {
                m_estimate.profileMediaIds.insert(r.value());
            }
            setProgress(++m_avatarsDone, total);
            if (--m_avatarsPending == 0) {
                complete();
            }
        }));
    }
    fetchRoomAvatars(0);
}

void MediaPurgeEstimator::fetchRoomAvatars(qint64 from)
{
    const BulkLane bulk;
    track(MediaApi::roomAvatars(m_api, from, PageSize, this, [this, from](const Result<Page<RoomAvatar>> &r) {
        if (!m_running) {
            return;
        }
        if (!pageOk(from, r, tr("Reading the room avatars failed"))) {
            return;
        }
        for (const RoomAvatar &a : r->items) {
            m_estimate.profileMediaIds.insert(a.avatarUrl);
        }
        if (r->nextFrom) {
            fetchRoomAvatars(*r->nextFrom);
            return;
        }
        m_estimate.roomAvatarsChecked = true;
        if (--m_avatarsPending == 0) {
            complete();
        }
    }));
}

void MediaPurgeEstimator::complete()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_pending.clear();
    // profileMediaIds holds mxc URIs; the media lists hold bare IDs of this server's media.
    QSet<QString> profileIds;
    for (const QString &uri : std::as_const(m_estimate.profileMediaIds)) {
        profileIds.insert(uri.section(QLatin1Char('/'), -1));
    }
    QList<LocalMediaInfo> kept;
    QHash<QString, MediaPurgeUserShare> shares;
    for (const LocalMediaInfo &m : std::as_const(m_estimate.matching)) {
        if (m_criteria.keepProfiles && profileIds.contains(m.mediaId)) {
            ++m_estimate.skippedProfile;
            continue;
        }
        kept << m;
        MediaPurgeUserShare &s = shares[m.userId];
        s.userId = m.userId;
        s.displayName = m_displayNames.value(m.userId);
        ++s.files;
        s.bytes += m.length.value_or(0);
        ++m_estimate.files;
        m_estimate.bytes += m.length.value_or(0);
    }
    m_estimate.matching = kept;
    m_estimate.users = shares.values();
    std::sort(m_estimate.users.begin(), m_estimate.users.end(), [](const auto &a, const auto &b) {
        return a.bytes != b.bytes ? a.bytes > b.bytes : a.userId < b.userId;
    });
    m_estimate.state = MediaPurgeEstimate::State::Complete;
    finish();
}

} // namespace Steward
