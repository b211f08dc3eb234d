#pragma once

#include "apiservice.h"
#include "bulkjoin/bulkjoinjournal.h"
#include "bulkjoin/bulkjoinplan.h"
#include "operation/operation.h"

#include <QList>

#include <functional>

namespace Steward {

/// Runs a bulk join plan: POST /_synapse/admin/v1/join/<room> for every pair to join, with at most
/// concurrency() pairs outstanding (the Operation's ItemWindow; the requests go to the service's bulk
/// lane, which retries 429 and transient failures). Writes the journal as it goes, reports progress
/// (done = pairs answered of total = pairs this run sends), and can be cancelled: requests on the wire
/// finish, the rest are "not attempted". A join whose answer was lost (connection closed or reset,
/// timeout, a proxy's 5xx) is not reported as failed: when the joins are done, the room's member list
/// is read and the pair is reported joined or failed "(verified)", or stays "outcome unknown" when even
/// that read fails. itemSettled(index) indexes report().pairs; finished() comes once, the report is in
/// report(). Faces (wizard, CLI) only show what it emits.
class BulkJoinEngine : public Operation
{
    Q_OBJECT
public:
    static constexpr int DefaultConcurrency = 8;

    explicit BulkJoinEngine(ApiService *api, QObject *parent = nullptr);
    ~BulkJoinEngine() override;

    /// Where journals go (default BulkJoinJournal::defaultDirectory()); empty: no journal.
    void setJournalDirectory(const QString &dir) { m_journalDir = dir; }
    QString journalPath() const { return m_journal.path(); }

    /// Starts the plan. False (with *error) when the journal cannot be written; nothing was sent then.
    bool start(const BulkJoinPlan &plan, QString *error);
    /// Continues a journal of a killed, cancelled or partly failed run: pairs it records as joined are not
    /// sent again, and pairs that may have been joined meanwhile are checked first.
    bool resume(const QString &journalPath, QString *error);
    /// Runs the failed pairs (and those of unknown outcome) of the last report again (same journal).
    bool retryFailed(QString *error);
    void cancel() override;

    bool isCancelling() const { return isCancelled() && isRunning(); }
    const BulkJoinReport &report() const { return m_report; }
    /// This run's answered pairs: done (joined, or already a member by the server's answer), failed,
    /// unknown (answer lost; checked on the server when the joins are done), not attempted.
    OperationTally tally() const { return m_tally; }

private:
    void run(const QStringList &roomsToPrepare, bool refetchMembers);
    void startJoining();
    void refetchMembers(std::function<void()> next);
    void prepareRooms(std::function<void()> next);
    void sendJoin(int index);
    void onWindowFinished();
    void record(int index, BulkJoinPair::Outcome outcome, const QString &reason);
    void publishProgress();
    void finishIfDone();
    void verifyUnknown();
    void finishRun();

    ApiService *m_api;
    QString m_journalDir;
    QString m_baseUrl;
    QString m_adminUserId;
    BulkJoinJournal m_journal;
    BulkJoinReport m_report;
    QStringList m_roomsToPrepare;
    QList<int> m_items; ///< indexes into m_report.pairs this run sends, in the window's order
    OperationTally m_tally;
    int m_total = 0;
    int m_finished = 0;
    bool m_verifying = false;
    bool m_joining = false;
};

} // namespace Steward
