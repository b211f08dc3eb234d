#pragma once

#include "externalids/externalidbackup.h"
#include "externalids/externalidplan.h"
#include "externalids/externalidscanner.h"
#include "operation/operation.h"

#include <QObject>

class QIODevice;

namespace Steward {

/// How one user came out of a removal or a restore.
struct ExternalIdOutcome
{
    enum class Status {
        Done, ///< the server accepted the new list
        Unchanged, ///< restore: nothing was missing, no write was sent
        WouldChange, ///< restore preview: these IDs would be added (nothing sent)
        Failed, ///< the server refused; detail has its reason
        NotAttempted, ///< cancelled before any request for this user went out
        Unknown, ///< the write's answer was lost and the user could not be read back; detail says so
    };
    QString userId;
    Status status = Status::NotAttempted;
    ExternalIdList changed; ///< removed (removal) or added back (restore)
    ExternalIdList after; ///< the list the user has now (or would have)
    QString detail;

    static QString statusName(Status status);
};

/// Apply a removal plan or restore a backup, with bounded concurrency, per-user results, and a
/// cancel that stops starting new users (requests already on the wire finish and are reported
/// truthfully; users never started are "not attempted").
///
/// Removal: per planned user, read the user's current list right before writing, and PUT only
/// {"external_ids": current minus the chosen providers}: a link added meanwhile survives (Synapse has no
/// conditional write; the window is one request long). When the current list differs from the scan,
/// the backup (setBackup) is rewritten with it before the PUT, so it always holds what is replaced.
/// A write whose answer is lost is verified by reading the user again ("verified" in detail).
/// Restore: per user, read the current list, add what the backup has and the user lacks, and PUT
/// only when something is missing. A 409 (the ID belongs to someone else now) fails that user only.
/// An Operation: at most concurrency() users outstanding (default 16), itemSettled(index into
/// outcomes()), progress counts settled users, finished() once.
class ExternalIdUpdater : public Operation
{
    Q_OBJECT
public:
    explicit ExternalIdUpdater(ApiService *api, QObject *parent = nullptr);

    /// Kept up to date during a removal (see above); its removedProviders are the providers removed.
    /// Without it, each user loses the providers of its planned toRemove.
    void setBackup(const ExternalIdBackup &backup, const QString &path);
    void startRemoval(const QList<ExternalIdChange> &plan);
    /// previewOnly: read and compare, send no write (status WouldChange / Unchanged).
    void startRestore(const QList<UserExternalIds> &backupUsers, bool previewOnly);

    bool wasCancelled() const { return isCancelled(); }
    const QList<ExternalIdOutcome> &outcomes() const { return m_outcomes; }
    int count(ExternalIdOutcome::Status status) const;
    const ExternalIdRequestCounts &requests() const { return m_requests; }
    qint64 elapsedMs() const { return m_elapsedMs; }

    /// The report as CSV (user_id, status, changed, after, detail); false on a write error.
    bool writeReport(QIODevice *device) const;

    static constexpr int DefaultConcurrency = 16;

private:
    void begin(int total, const QString &phase);
    void settle(int index, ExternalIdOutcome::Status status, const QString &detail = QString());
    void removeOne(int index);
    void writeRemoval(int index, const ExternalIdList &current);
    /// The write's answer was lost: read the user back and settle on what the server shows.
    void verifyWrite(int index, const ApiError &lost);
    bool updateBackup(const QString &userId, const ExternalIdList &current, QString *error);
    void restoreOne(int index);
    void onWindowFinished();

    ApiService *m_api;
    QList<ExternalIdChange> m_plan;
    QList<UserExternalIds> m_backupUsers;
    std::optional<ExternalIdBackup> m_backup;
    QString m_backupPath;
    QList<ExternalIdOutcome> m_outcomes;
    ExternalIdRequestCounts m_requests;
    qint64 m_elapsedMs = 0;
    int m_settled = 0;
    bool m_previewOnly = false;
};

} // namespace Steward
