#pragma once

#include "apiservice.h"
#include "mediaapi.h"
#include "mediapurgetypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QIODevice;

namespace Steward {

/// Runs the purge: local media by date and size, then (when asked) the cached remote media.
/// Synapse answers each request only when it is done, so there is no per-file progress; the result
/// says which step was done, which failed with the server's reason, and which was not attempted.
/// When the local delete's answer is lost (connection closed, timeout), the run does not guess: it
/// lists what still matches the criteria and reports the estimate's files that are gone as deleted
/// ("verified"), or says that the outcome is unknown when even that fails.
class MediaPurgeRun : public QObject
{
    Q_OBJECT
public:
    /// serverName: for the fallback to the older /media/<server_name>/delete path.
    MediaPurgeRun(ApiService *api, const QString &serverName, QObject *parent = nullptr);

    /// knownSizes: the estimate, whose media sizes give the bytes of what was deleted (may be null).
    void start(const MediaPurgeCriteria &criteria, const MediaPurgeEstimate *knownSizes = nullptr);
    /// Stops waiting. A request the server has already received may still complete there.
    void cancel();
    bool isRunning() const { return m_running; }
    const MediaPurgeResult &result() const { return m_result; }

Q_SIGNALS:
    void stepStarted(const QString &description);
    void finished(const Steward::MediaPurgeResult &result);

private:
    void localDeleted(const MediaDeleteAnswer &answer);
    void verifyLocal(const ApiError &lost);
    void purgeRemote();
    void finish();

    ApiService *m_api;
    QString m_serverName;
    MediaPurgeCriteria m_criteria;
    MediaPurgeResult m_result;
    QHash<QString, LocalMediaInfo> m_known;
    QPointer<QObject> m_step; ///< context of the request in flight (or the check); deleting it drops its answer
    bool m_running = false;
};

/// The deleted media as CSV: media_id, mxc_uri, user_id, bytes, upload_name (bytes and uploader
/// empty when the estimate did not know the file).
bool writeDeletedMediaCsv(QIODevice *device, const MediaPurgeResult &result, const MediaPurgeEstimate &estimate,
                          const QString &serverName);

} // namespace Steward
