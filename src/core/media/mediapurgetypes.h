#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Steward {

/// What to purge. Mirrors the server's own criteria exactly, so an estimate can predict them.
struct MediaPurgeCriteria
{
    qint64 beforeTs = 0; ///< ms UTC: local media last accessed (or, never accessed, created) before this go
    qint64 sizeGt = 0; ///< only files strictly larger than this many bytes (0: every non-empty file)
    bool keepProfiles = true; ///< keep user and room avatars
    bool remoteCache = false; ///< also drop cached copies of other servers' media last accessed before beforeTs
};

/// One local media item as the admin API lists it.
struct LocalMediaInfo
{
    QString mediaId;
    QString userId;
    QString uploadName;
    QString mediaType;
    std::optional<qint64> length; ///< absent while an upload is still pending
    qint64 createdTs = 0;
    std::optional<qint64> lastAccessTs; ///< absent when never accessed
    bool quarantined = false;
    bool safeFromQuarantine = false; ///< "protected"
};

struct UserMediaStats
{
    QString userId;
    QString displayName;
    qint64 mediaCount = 0;
    qint64 mediaLength = 0;
};

/// One user's share of the estimate.
struct MediaPurgeUserShare
{
    QString userId;
    QString displayName;
    qint64 files = 0;
    qint64 bytes = 0;
};

/// The prediction, made from the per-user media lists before anything is deleted.
struct MediaPurgeEstimate
{
    enum class State { Complete, Cancelled, Failed };
    State state = State::Complete;
    QString error; ///< for Failed
    qint64 files = 0;
    qint64 bytes = 0;
    qint64 skippedQuarantined = 0;
    qint64 skippedProtected = 0;
    qint64 skippedProfile = 0;
    qint64 skippedSmall = 0; ///< old enough, but not larger than sizeGt
    qint64 usersScanned = 0;
    qint64 usersTotal = 0;
    QList<MediaPurgeUserShare> users; ///< every user with matching media, most bytes first
    QList<LocalMediaInfo> matching; ///< the files the server is expected to delete
    QSet<QString> profileMediaIds; ///< avatars found (kept when keepProfiles)
    bool roomAvatarsChecked = false;
};

/// What the server answered to the purge.
struct MediaPurgeResult
{
    bool localAttempted = false;
    bool localDone = false;
    bool usedLegacyPath = false;
    QStringList deletedMediaIds;
    qint64 deletedTotal = 0;
    qint64 bytesKnown = 0; ///< sum of sizes of deleted media the estimate knew about
    qint64 filesWithKnownSize = 0;
    bool remoteAttempted = false;
    bool remoteDone = false;
    qint64 remoteDeleted = 0;
    QString localError;
    QString remoteError;
    bool cancelled = false;
    /// The local delete's answer was lost; what was deleted was then found by listing what remains
    /// (deletedMediaIds: the estimate's files that are gone). localError is empty when that worked.
    bool localVerified = false;
    bool localOutcomeUnknown = false; ///< answer lost and the listing failed too: localError says so
    qint64 remainingAfter = -1; ///< when verified: files that still match the criteria

    bool ok() const { return localError.isEmpty() && remoteError.isEmpty() && !cancelled; }
};

} // namespace Steward
