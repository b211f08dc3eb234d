#pragma once

#include "apiservice.h"
#include "media/mediaapi.h"
#include "media/mediapurgetypes.h"
#include "operation/operation.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QIODevice;

namespace Steward {

class MediaPurgeEstimator;

/// Runs the purge: local media by date and size, then (when asked) the cached remote media.
/// Synapse answers each request only when it is done, so there is no per-file progress; the result
/// says which step was done, which failed with the server's reason, and which was not attempted.
/// When the local delete's answer is lost (connection closed, timeout), the run does not guess: it
/// lists what still matches the criteria and reports the estimate's files that are gone as deleted
/// ("verified"), or says that the outcome is unknown when even that fails.
/// An Operation of two steps (local, then remote): the phase line names the step, progress counts the
/// steps, finished() comes once and result() holds the outcome.
class MediaPurgeRun : public Operation
{
    Q_OBJECT
public:
    /// serverName: for the fallback to the older /media/<server_name>/delete path.
    MediaPurgeRun(ApiService *api, const QString &serverName, QObject *parent = nullptr);

    /// knownSizes: the estimate, whose media sizes give the bytes of what was deleted (may be null).
    void start(const MediaPurgeCriteria &criteria, const MediaPurgeEstimate *knownSizes = nullptr);
    /// No further step is started. A step the server has not received yet is dropped (not attempted);
    /// one it has received is waited for and its answer reported, since it runs on the server anyway.
    void cancel() override;
    bool isCancelling() const { return isCancelled() && isRunning(); }
    const MediaPurgeResult &result() const { return m_result; }

private:
    void step(const QString &description);
    void localDeleted(const MediaDeleteAnswer &answer);
    void verifyLocal(const ApiError &lost);
    void purgeRemote();
    void finishRun();

    ApiService *m_api;
    QString m_serverName;
    MediaPurgeCriteria m_criteria;
    MediaPurgeResult m_result;
    QHash<QString, LocalMediaInfo> m_known;
    QPointer<ApiReply> m_reply; ///< the step's request
    QPointer<MediaPurgeEstimator> m_check; ///< listing what is left after a lost answer
    int m_steps = 0;
    int m_stepsDone = 0;
};

/// The deleted media as CSV: media_id, mxc_uri, user_id, bytes, upload_name (bytes and uploader
/// empty when the estimate did not know the file).
bool writeDeletedMediaCsv(QIODevice *device, const MediaPurgeResult &result, const MediaPurgeEstimate &estimate,
                          const QString &serverName);

} // namespace Steward
