#pragma once

#include "apiservice.h"
#include "media/mediaapi.h"
#include "media/mediapurgetypes.h"
#include "operation/operation.h"
#include "pageguard.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Steward {

/// Predicts what POST /_synapse/admin/v1/media/delete will remove, since the server has no dry run.
///
/// Walks the per-user media statistics (only users with media created before the cutoff), then each
/// such user's media list, oldest first, applying the server's own rule: last accessed before the
/// cutoff, or never accessed and created before it; larger than size_gt; neither quarantined nor
/// protected; and, when profile pictures are kept, not a user's avatar or a room's avatar.
///
/// It is an estimate: media not attributed to a user (URL previews), custom per-room avatars and
/// anything accessed or uploaded between the estimate and the purge are not seen.
///
/// An Operation (read-only): progress in phases (statistics, the users' media lists: users read of
/// users with old media, profile pictures), at most ParallelUsers users read at once, finished() once;
/// estimate() holds the result (State Complete, Cancelled or Failed).
class MediaPurgeEstimator : public Operation
{
    Q_OBJECT
public:
    MediaPurgeEstimator(ApiService *api, QObject *parent = nullptr);
    ~MediaPurgeEstimator() override;

    void start(const MediaPurgeCriteria &criteria);
    /// Stops at once; finished() follows with State::Cancelled and the numbers gathered so far.
    void cancel() override;
    const MediaPurgeEstimate &estimate() const { return m_estimate; }

    /// Users whose media lists are fetched at the same time.
    static constexpr int ParallelUsers = 4;
    static constexpr int PageSize = 500;

private:
    void fetchStatistics(qint64 from);
    void fetchUserPage(const UserMediaStats &user, qint64 from);
    void classify(const LocalMediaInfo &media);
    void userDone();
    void checkProfiles();
    void fetchRoomAvatars(qint64 from);
    void complete();
    void fail(const ApiError &error, const QString &what);
    void stop(MediaPurgeEstimate::State state);
    void track(ApiReply *reply);
    /// False (and the estimate failed) when the page could not be read or the server's paging is
    /// broken (PageGuard).
    template<typename T>
    bool pageOk(qint64 from, const Result<Page<T>> &page, const QString &what)
    {
        if (!page.ok()) {
            fail(page.error(), what);
            return false;
        }
        const ApiError bad = m_guard.check(from, PageSize, page->rows, page->nextFrom);
        if (!bad.isOk()) {
            fail(bad, what);
            return false;
        }
        return true;
    }

    ApiService *m_api;
    MediaPurgeCriteria m_criteria;
    MediaPurgeEstimate m_estimate;
    QList<UserMediaStats> m_users;
    int m_avatarsPending = 0;
    int m_avatarsDone = 0;
    QHash<QString, QString> m_displayNames;
    QList<QPointer<ApiReply>> m_pending;
    PageGuard m_guard;
    bool m_running = false; ///< false once it failed or was cancelled: late answers are ignored
};

} // namespace Steward
