#pragma once

#include "apierror.h"
#include "operation/operation.h"
#include "operation/operationjournal.h"
#include "rooms/roomsapi.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Steward {

class ApiService;

/// Deleting rooms with Synapse's asynchronous v2 API, on the engine contract (operation.h).
///
/// plan(rooms): per room, local checks (a room ID, not listed twice), then the server's deletion
/// tasks for the room and the room itself: Planned, Planned-and-followed (the server is already
/// deleting it: no second DELETE is sent, that task is followed), or Skipped with the reason (not a
/// room ID, listed twice, no such room, already deleted, could not be read). Nothing is changed.
///
/// run(): through window(); per room one DELETE (never repeated: it is not safe to repeat), then
/// delete_status is polled until the server says complete (Done) or failed (Failed, the server's
/// reason). When the DELETE's answer is lost the item is Unknown until the room's deletion tasks
/// are read back: a task Steward did not know of before is followed to its end (verified), no task
/// and the room gone is Done (verified), no task and the room still there is Failed (verified); when
/// that read fails too the item stays Unknown.
///
/// cancel(): rooms whose DELETE has not left are NotAttempted; a DELETE that left is never aborted:
/// its task is followed to its end and recorded. finished() comes once every sent room is settled.
///
/// Journal (when a directory is set): run() writes the planned rooms and the options, then one line
/// per settled room; resume() continues a cancelled, failed or killed run: the rooms not done are
/// planned again (one whose earlier deletion went through is then skipped as already deleted).
class RoomDeletionRun : public Operation
{
    Q_OBJECT
public:
    struct Item
    {
        QString roomId; ///< as listed (trimmed)
        QString name; ///< from the room's details, when read
        ItemOutcome outcome; ///< Planned until the run settles it; reason says what happened
        bool adopted = false; ///< the server was already deleting it when planned: followed, not sent
        bool sent = false; ///< a DELETE for it left Steward
        QStringList knownTasks; ///< delete_ids the server listed for the room when planned
        RoomDeleteStatus status; ///< the latest state of its deletion task (deleteId empty: none)
    };

    static constexpr int DefaultConcurrency = 4;
    static constexpr const char *JournalKind = "room-delete";

    explicit RoomDeletionRun(ApiService *api, QObject *parent = nullptr);
    ~RoomDeletionRun() override;

    RoomDeleteOptions options() const { return m_options; }
    void setOptions(const RoomDeleteOptions &options) { m_options = options; }
    /// Empty when the options can be sent; otherwise what is wrong and how to fix it.
    static QString validateOptions(const RoomDeleteOptions &options);

    /// Where run() keeps its journal (empty, the default: no journal).
    void setJournalDirectory(const QString &dir) { m_journalDir = dir; }
    QString journalPath() const { return m_journal.path(); }

    /// The preview: reads each room and its deletion tasks. Ends with planReady().
    void plan(const QStringList &roomIds);
    /// Continue the run of a journal: its options, its rooms not done, planned again (ends with
    /// planReady(); run() then continues the same journal). False with *error when the journal cannot
    /// be read or is held by another process.
    bool resume(const QString &journalPath, QString *error);
    /// Deletes (or follows) every Planned room. False, with *error, when not planned or the options
    /// are not valid (nothing is sent then).
    bool run(QString *error = nullptr);
    void cancel() override;

    const QList<Item> &items() const { return m_items; }
    OperationTally tally() const;
    /// Every planned room was deleted (none failed, unknown or not attempted).
    bool allDone() const { return tally().complete(); }

    int pollIntervalMs() const { return m_pollIntervalMs; }
    void setPollIntervalMs(int ms) { m_pollIntervalMs = std::max(1, ms); }

Q_SIGNALS:
    /// A room's deletion task changed (its delete_id became known, or a poll answered).
    void statusUpdated(int index);

private:
    void readOne(int index);
    void readRoom(int index, const QList<RoomDeleteStatus> &tasks);
    void planned(int index);
    void planDone();
    void deleteOne(int index);
    void follow(int index, const QString &deleteId, bool verified);
    void poll(int index, bool verified);
    void verify(int index, const ApiError &original);
    void settle(int index, ItemStatus status, const QString &reason, bool verified = false);
    void runDone();
    QString doneText(const Item &item) const;

    ApiService *m_api;
    RoomDeleteOptions m_options;
    QList<Item> m_items;
    QList<int> m_work; ///< indexes into m_items the window walks through
    QList<int> m_pollFailures;
    int m_settled = 0;
    int m_pollIntervalMs = 1000;
    QString m_journalDir;
    OperationJournal m_journal;
};

} // namespace Steward
