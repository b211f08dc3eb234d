#pragma once

#include "apiservice.h"
#include "bulkjoinjournal.h"
#include "bulkjoinplan.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <deque>

namespace Steward {

struct BulkJoinProgress
{
    int total = 0; ///< pairs this run sends
    int finished = 0; ///< of those, answered (joined, failed)
    int joined = 0;
    int failed = 0;
    int unknown = 0; ///< answer lost; checked on the server when the run ends
    double pairsPerSecond = 0;
    qint64 elapsedMs = 0;
    qint64 etaMs = -1; ///< -1: not known yet
};

/// Runs a bulk join plan: POST /_synapse/admin/v1/join/<room> for every pair to join, with at most
/// concurrency() requests out at once (the ApiService retries 429 and transient failures). Writes the
/// journal as it goes, reports progress, and can be cancelled: requests in flight finish, the rest are
/// "not attempted". A join whose answer was lost (connection closed or reset, timeout, a proxy's 5xx)
/// is not reported as failed: when the joins are done, the room's member list is read and the pair
/// is reported joined or failed "(verified)", or stays "outcome unknown" when even that read fails.
/// Faces (wizard, CLI) only show what it emits.
class BulkJoinEngine : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultConcurrency = 8;

    explicit BulkJoinEngine(ApiService *api, QObject *parent = nullptr);
    ~BulkJoinEngine() override;

    int concurrency() const { return m_concurrency; }
    void setConcurrency(int n);
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
    void cancel();

    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_cancelled && m_running; }
    const BulkJoinReport &report() const { return m_report; }
    BulkJoinProgress progress() const;

Q_SIGNALS:
    void progressChanged(const Steward::BulkJoinProgress &progress);
    /// Index into report().pairs of a pair that got its final outcome in this run.
    void pairFinished(int index);
    /// A line for the person about a phase ("Making … a room admin in …").
    void status(const QString &text);
    void finished(const Steward::BulkJoinReport &report);

private:
    void run(const QStringList &roomsToPrepare, bool refetchMembers);
    void refetchMembers(std::function<void()> next);
    void prepareRooms(std::function<void()> next);
    void pump();
    void sendJoin(int index);
    void record(int index, BulkJoinPair::Outcome outcome, const QString &reason);
    void finishIfDone();
    void verifyUnknown();
    void finish();

    ApiService *m_api;
    int m_concurrency = DefaultConcurrency;
    int m_savedMaxInFlight = 0;
    QString m_journalDir;
    QString m_baseUrl;
    QString m_adminUserId;
    BulkJoinJournal m_journal;
    BulkJoinReport m_report;
    QStringList m_roomsToPrepare;
    std::deque<int> m_queue; ///< indexes into m_report.pairs still to send
    QList<QPointer<ApiReply>> m_inFlight;
    int m_outstanding = 0;
    int m_total = 0;
    int m_finished = 0;
    int m_joined = 0;
    int m_failed = 0;
    int m_unknown = 0;
    bool m_verifying = false;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_joining = false;
    QElapsedTimer m_clock;
};

} // namespace Steward

Q_DECLARE_METATYPE(Steward::BulkJoinProgress)
