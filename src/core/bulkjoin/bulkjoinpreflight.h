#pragma once

#include "apiservice.h"
#include "bulkjoin/bulkjoinapi.h"
#include "bulkjoin/bulkjoininput.h"
#include "bulkjoin/bulkjoinplan.h"
#include "result.h"

#include <QObject>
#include <QPointer>

namespace Steward {

/// Validation and pre-flight: checks every user on the server (unknown, deactivated), resolves aliases,
/// reads each room's join rule and members, and builds the plan. Changes nothing on the server.
class BulkJoinPreflight : public QObject
{
    Q_OBJECT
public:
    explicit BulkJoinPreflight(ApiService *api, QObject *parent = nullptr);

    /// adminUserId: the signed-in admin (its server part is the server name bare localparts expand to).
    void start(const QList<BulkJoinInputItem> &users, const QList<BulkJoinInputItem> &rooms,
               const QString &adminUserId);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    /// The plan, or the error that stopped the pre-flight (authentication, connection).
    void finished(const Steward::Result<Steward::BulkJoinPlan> &plan);

private:
    struct RoomSlot
    {
        QString input;
        QString roomId;
        BulkJoinRoomDetails details;
        QStringList members;
        QString problem;
        BulkJoinProblem::Kind problemKind = BulkJoinProblem::Kind::UnknownRoom;
        int fetchedBy = -1; ///< another slot that looks up the same room id
        int line = 0;
    };
    void lookUpRoom(int slot);
    void oneDone();
    /// A lookup failed for a reason other than "not found": stop everything.
    bool isFatal(const ApiError &error) const;
    void fail(const ApiError &error);
    void finish();

    ApiService *m_api;
    bool m_running = false;
    int m_pending = 0;
    int m_done = 0;
    int m_total = 0;
    BulkJoinPlan m_plan;
    BulkJoinInput::Checked m_checked;
    QHash<QString, int> m_userLine;
    QHash<QString, int> m_roomLine;
    QHash<QString, BulkJoinProblem> m_userProblems;
    QList<RoomSlot> m_rooms;
    QList<QPointer<ApiReply>> m_replies;
};

} // namespace Steward
