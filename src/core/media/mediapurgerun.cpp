#include "media/mediapurgerun.h"

#include "csvwriter.h"
#include "media/mediaapi.h"
#include "media/mediapurgeestimator.h"
#include "outcome.h"
#include "stewardlogging_ops.h"

#include <QCoreApplication>
#include <QSet>

namespace Steward {

MediaPurgeRun::MediaPurgeRun(ApiService *api, const QString &serverName, QObject *parent)
    : Operation(parent)
    , m_api(api)
    , m_serverName(serverName)
{ }

void MediaPurgeRun::step(const QString &description)
{
    setPhase(description);
    setProgress(m_stepsDone, m_steps);
}

void MediaPurgeRun::start(const MediaPurgeCriteria &criteria, const MediaPurgeEstimate *knownSizes)
{
    if (isRunning()) {
        return;
    }
    setState(State::Running);
    m_criteria = criteria;
    m_result = MediaPurgeResult {};
    m_known.clear();
    if (knownSizes) {
        for (const LocalMediaInfo &m : knownSizes->matching) {
            m_known.insert(m.mediaId, m);
        }
    }
    m_steps = criteria.remoteCache ? 2 : 1;
    m_stepsDone = 0;
    m_result.localAttempted = true;
    step(tr("Deleting local media…"));
    const BulkLane bulk;
    m_reply =
        MediaApi::deleteLocalMedia(m_api, m_serverName, criteria, this, [this](const Result<MediaDeleteAnswer> &r) {
            m_reply.clear();
            if (!r.ok()) {
                if (r.error().kind() == ApiError::Kind::Cancelled && isCancelled()) {
                    m_result.localAttempted = false; // cancelled before it was sent
                    finishRun();
                    return;
                }
                if (answerLost(r.error()) && r.error().kind() != ApiError::Kind::Cancelled) {
                    verifyLocal(r.error());
                    return;
                }
                m_result.localError = r.error().describe();
                finishRun(); // nothing else is attempted after a failed local purge
                return;
            }
            localDeleted(r.value());
        });
}

void MediaPurgeRun::localDeleted(const MediaDeleteAnswer &answer)
{
    m_result.localDone = true;
    m_result.usedLegacyPath = answer.usedLegacyPath;
    m_result.deletedMediaIds = answer.deletedMediaIds;
    m_result.deletedTotal = answer.total;
    for (const QString &id : answer.deletedMediaIds) {
        const auto it = m_known.constFind(id);
        if (it != m_known.constEnd() && it->length) {
            m_result.bytesKnown += *it->length;
            ++m_result.filesWithKnownSize;
        }
    }
    qCDebug(lcOps) << "media purge: server deleted" << answer.total << "local files";
    ++m_stepsDone;
    purgeRemote();
}

void MediaPurgeRun::verifyLocal(const ApiError &lost)
{
    // The delete may have run on the server. What is gone is what the estimate listed and the server no
    // longer has: list again (the same walk as the estimate) instead of guessing.
    step(tr("The server's answer was lost; checking which media are still there…"));
    auto *check = new MediaPurgeEstimator(m_api, this);
    m_check = check;
    connect(check, &MediaPurgeEstimator::finished, this, [this, check, lost]() {
        const MediaPurgeEstimate now = check->estimate();
        check->deleteLater();
        if (now.state != MediaPurgeEstimate::State::Complete) {
            m_result.localOutcomeUnknown = true;
            m_result.localError = tr("Outcome unknown: the answer to the delete was lost (%1) and the media could not "
                                     "be listed afterwards (%2). Estimate again to see what is left.")
                                      .arg(lost.describe(), now.error);
            finishRun();
            return;
        }
        if (m_known.isEmpty()) {
            m_result.localOutcomeUnknown = true;
            m_result.remainingAfter = now.files;
            m_result.localError = tr("Outcome unknown: the answer to the delete was lost (%1). %2 files still match "
                                     "the criteria; without an earlier estimate it is not known how many were deleted.")
                                      .arg(lost.describe())
                                      .arg(now.files);
            finishRun();
            return;
        }
        QSet<QString> remaining;
        for (const LocalMediaInfo &m : now.matching) {
            remaining.insert(m.mediaId);
        }
        MediaDeleteAnswer answer;
        for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
            if (!remaining.contains(it.key())) {
                answer.deletedMediaIds << it.key();
            }
        }
        answer.deletedMediaIds.sort();
        answer.total = answer.deletedMediaIds.size();
        m_result.localVerified = true;
        m_result.remainingAfter = now.files;
        qCDebug(lcOps) << "media purge: answer lost; verified" << answer.total << "deleted," << now.files << "left";
        localDeleted(answer);
    });
    check->start(m_criteria);
}

void MediaPurgeRun::purgeRemote()
{
    if (!m_criteria.remoteCache || isCancelled()) {
        finishRun(); // cancelled: the remote step is not attempted
        return;
    }
    m_result.remoteAttempted = true;
    step(tr("Deleting cached remote media…"));
    const BulkLane bulk;
    m_reply = MediaApi::purgeRemoteCache(m_api, m_criteria.beforeTs, this, [this](const Result<qint64> &r) {
        m_reply.clear();
        if (!r.ok() && r.error().kind() == ApiError::Kind::Cancelled && isCancelled()) {
            m_result.remoteAttempted = false; // cancelled before it was sent
        } else if (!r.ok()) {
            m_result.remoteError = r.error().describe();
        } else {
            ++m_stepsDone;
            m_result.remoteDone = true;
            m_result.remoteDeleted = r.value();
        }
        finishRun();
    });
}

void MediaPurgeRun::cancel()
{
    if (!isRunning()) {
        return;
    }
    m_result.cancelled = true;
    Operation::cancel();
    if (m_check) {
        m_check->cancel(); // the listing after a lost answer: the outcome stays unknown, and says so
        return;
    }
    if (m_reply && m_reply->attempts() == 0) {
        m_reply->cancel(); // not sent yet: not attempted
        return;
    }
    if (m_reply) {
        setPhase(tr("Cancelling: the server has received this step and carries it out; waiting for its answer…"));
    }
}

void MediaPurgeRun::finishRun()
{
    setProgress(m_stepsDone, m_steps);
    finish();
}

bool writeDeletedMediaCsv(QIODevice *device, const MediaPurgeResult &result, const MediaPurgeEstimate &estimate,
                          const QString &serverName)
{
    QHash<QString, const LocalMediaInfo *> known;
    for (const LocalMediaInfo &m : estimate.matching) {
        known.insert(m.mediaId, &m);
    }
    CsvWriter csv(device);
    csv.setTrustedColumns({ 3 });
    csv.writeRow({ QStringLiteral("media_id"), QStringLiteral("mxc_uri"), QStringLiteral("user_id"),
                   QStringLiteral("bytes"), QStringLiteral("upload_name") });
    for (const QString &id : result.deletedMediaIds) {
        const LocalMediaInfo *m = known.value(id);
        csv.writeRow({ id, QStringLiteral("mxc://%1/%2").arg(serverName, id), m ? m->userId : QString(),
                       m && m->length ? QString::number(*m->length) : QString(), m ? m->uploadName : QString() });
    }
    return !csv.hasError();
}

} // namespace Steward
