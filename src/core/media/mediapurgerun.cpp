#include "mediapurgerun.h"

#include "csvwriter.h"
#include "mediaapi.h"
#include "mediapurgeestimator.h"
#include "outcome.h"
#include "stewardlogging_ops.h"

#include <QCoreApplication>
#include <QSet>

namespace Steward {

MediaPurgeRun::MediaPurgeRun(ApiService *api, const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_serverName(serverName)
{ }

void MediaPurgeRun::start(const MediaPurgeCriteria &criteria, const MediaPurgeEstimate *knownSizes)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_criteria = criteria;
    m_result = MediaPurgeResult {};
    m_known.clear();
    if (knownSizes) {
        for (const LocalMediaInfo &m : knownSizes->matching) {
            m_known.insert(m.mediaId, m);
        }
    }
    m_result.localAttempted = true;
    Q_EMIT stepStarted(tr("Deleting local media…"));
    m_step = new QObject(this);
    MediaApi::deleteLocalMedia(m_api, m_serverName, criteria, m_step, [this](const Result<MediaDeleteAnswer> &r) {
        m_step->deleteLater();
        if (!r.ok()) {
            if (answerLost(r.error()) && r.error().kind() != ApiError::Kind::Cancelled) {
                verifyLocal(r.error());
                return;
            }
            m_result.localError = r.error().describe();
            finish(); // nothing else is attempted after a failed local purge
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
    purgeRemote();
}

void MediaPurgeRun::verifyLocal(const ApiError &lost)
{
    // The delete may have run on the server. What is gone is what the estimate listed and the server no
    // longer has: list again (the same walk as the estimate) instead of guessing.
    Q_EMIT stepStarted(tr("The server's answer was lost; checking which media are still there…"));
    auto *check = new MediaPurgeEstimator(m_api, this);
    m_step = check;
    connect(check, &MediaPurgeEstimator::finished, this, [this, check, lost](const MediaPurgeEstimate &now) {
        check->deleteLater();
        if (now.state != MediaPurgeEstimate::State::Complete) {
            m_result.localOutcomeUnknown = true;
            m_result.localError = tr("Outcome unknown: the answer to the delete was lost (%1) and the media could not "
                                     "be listed afterwards (%2). Estimate again to see what is left.")
                                      .arg(lost.describe(), now.error);
            finish();
            return;
        }
        if (m_known.isEmpty()) {
            m_result.localOutcomeUnknown = true;
            m_result.remainingAfter = now.files;
            m_result.localError = tr("Outcome unknown: the answer to the delete was lost (%1). %2 files still match "
                                     "the criteria; without an earlier estimate it is not known how many were deleted.")
                                      .arg(lost.describe())
                                      .arg(now.files);
            finish();
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
    if (!m_criteria.remoteCache) {
        finish();
        return;
    }
    m_result.remoteAttempted = true;
    Q_EMIT stepStarted(tr("Deleting cached remote media…"));
    m_step = new QObject(this);
    MediaApi::purgeRemoteCache(m_api, m_criteria.beforeTs, m_step, [this](const Result<qint64> &r) {
        m_step->deleteLater();
        if (!r.ok()) {
            m_result.remoteError = r.error().describe();
        } else {
            m_result.remoteDone = true;
            m_result.remoteDeleted = r.value();
        }
        finish();
    });
}

void MediaPurgeRun::cancel()
{
    if (!m_running) {
        return;
    }
    delete m_step.data(); // its handler is never called now
    m_result.cancelled = true;
    finish();
}

void MediaPurgeRun::finish()
{
    m_running = false;
    Q_EMIT finished(m_result);
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
