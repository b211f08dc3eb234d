#include "mediapurgerun.h"

#include "csvwriter.h"
#include "mediaapi.h"
#include "stewardlogging_ops.h"

#include <QCoreApplication>

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
            m_result.localError = r.error().describe();
            finish(); // nothing else is attempted after a failed local purge
            return;
        }
        m_result.localDone = true;
        m_result.usedLegacyPath = r->usedLegacyPath;
        m_result.deletedMediaIds = r->deletedMediaIds;
        m_result.deletedTotal = r->total;
        for (const QString &id : r->deletedMediaIds) {
            const auto it = m_known.constFind(id);
            if (it != m_known.constEnd() && it->length) {
                m_result.bytesKnown += *it->length;
                ++m_result.filesWithKnownSize;
            }
        }
        qCDebug(lcOps) << "media purge: server deleted" << r->total << "local files";
        purgeRemote();
    });
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
