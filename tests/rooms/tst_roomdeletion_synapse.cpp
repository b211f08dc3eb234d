// The room-deletion engine (RoomDeletionRun) against the real Synapse: the plan (planned, or skipped
// with a reason, nothing changed), a run that deletes several rooms (Done only once the server's
// delete_status says complete), and an honest cancel (the room whose DELETE the server has is followed
// to its end and reported Done; the rest are not attempted and still exist). Each checked on the server.
#include "rooms/roomdeletionrun.h"
#include "roomstesthelper.h"

#include <QSignalSpy>

using namespace Steward;
using namespace RoomsTest;

class TestRoomDeletionSynapse : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;

    static int roomStatus(Fixture &f, const QString &roomId)
    {
        return f.get(u"/_synapse/admin/v1/rooms/{}", { roomId }).status;
    }

    static QStringList makeRooms(Fixture &f, const QString &token, const QString &prefix, int n)
    {
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            ids << f.createRoom(token, { { QStringLiteral("name"), unique(prefix) } });
        }
        return ids;
    }

private Q_SLOTS:
    void planSkipsWithReasonsAndRunDeletesEveryRoom()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QString token;
        const QString owner = f.createUser(QStringLiteral("roomdel-run"), &token);
        QVERIFY(!owner.isEmpty());
        const QStringList rooms = makeRooms(f, token, QStringLiteral("roomdel-run"), 3);
        QCOMPARE(rooms.size(), 3);
        for (const QString &id : rooms) {
            QVERIFY(!id.isEmpty());
        }
        const QString missing =
            QStringLiteral("!roomdelmissing%1:%2").arg(QCoreApplication::applicationPid()).arg(server.serverName);

        RoomDeletionRun run(&f.admin);
        run.setPollIntervalMs(100);
        QSignalSpy planReady(&run, &RoomDeletionRun::planReady);
        run.plan({ rooms.at(0), QStringLiteral("not-a-room"), rooms.at(1), rooms.at(0), missing, rooms.at(2) });
        QVERIFY(planReady.wait(60000));
        const auto &items = run.items();
        QCOMPARE(items.size(), 6);
        QVERIFY2(items.at(0).outcome.status == ItemStatus::Planned, qPrintable(items.at(0).outcome.reason));
        QCOMPARE(items.at(1).outcome.status, ItemStatus::Skipped);
        QVERIFY2(items.at(1).outcome.reason.contains(QStringLiteral("not a room ID")),
                 qPrintable(items.at(1).outcome.reason));
        QCOMPARE(items.at(3).outcome.status, ItemStatus::Skipped);
        QVERIFY(items.at(3).outcome.reason.contains(QStringLiteral("more than once")));
        QCOMPARE(items.at(4).outcome.status, ItemStatus::Skipped);
        QVERIFY2(items.at(4).outcome.reason.contains(QStringLiteral("No such room")),
                 qPrintable(items.at(4).outcome.reason));
        QCOMPARE(run.tally().planned, 3);
        QCOMPARE(run.tally().skipped, 3);
        for (const QString &id : rooms) {
            QCOMPARE(roomStatus(f, id), 200); // the plan changed nothing
        }

        QSignalSpy finished(&run, &RoomDeletionRun::finished);
        QSignalSpy settled(&run, &RoomDeletionRun::itemSettled);
        QSignalSpy progress(&run, &RoomDeletionRun::progressChanged);
        QVERIFY(run.run());
        QVERIFY(finished.wait(180000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(settled.size(), 3);
        for (int i : { 0, 2, 5 }) {
            const RoomDeletionRun::Item &item = run.items().at(i);
            QCOMPARE(item.outcome.status, ItemStatus::Done);
            QVERIFY(!item.outcome.verified);
            QCOMPARE(item.status.state, RoomDeleteStatus::State::Complete);
            QVERIFY(item.status.shutdown.kickedUsers.contains(owner));
            QVERIFY2(item.outcome.reason.contains(item.status.deleteId), qPrintable(item.outcome.reason));
            // On the server: the room is gone and its task says complete.
            QCOMPARE(roomStatus(f, item.roomId), 404);
            const Raw status = f.get(u"/_synapse/admin/v2/rooms/delete_status/{}", { item.status.deleteId });
            QCOMPARE(status.body.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        }
        QCOMPARE(run.tally().summary(), QStringLiteral("3 done, 3 skipped"));
        QVERIFY(run.allDone());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(run.progress().done, 3);
        QCOMPARE(run.progress().total, 3);

        // Planning again: the deleted rooms are skipped as already deleted, nothing is sent.
        RoomDeletionRun again(&f.admin);
        QSignalSpy againReady(&again, &RoomDeletionRun::planReady);
        again.plan({ rooms.at(0) });
        QVERIFY(againReady.wait(60000));
        QCOMPARE(again.items().at(0).outcome.status, ItemStatus::Skipped);
        QVERIFY2(again.items().at(0).outcome.reason.contains(QStringLiteral("Already deleted")),
                 qPrintable(again.items().at(0).outcome.reason));
    }

    void cancelFollowsTheSentRoomAndLeavesTheRest()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QString token;
        QVERIFY(!f.createUser(QStringLiteral("roomdel-cancel"), &token).isEmpty());
        const QStringList rooms = makeRooms(f, token, QStringLiteral("roomdel-cancel"), 3);
        for (const QString &id : rooms) {
            QVERIFY(!id.isEmpty());
        }
        RoomDeletionRun run(&f.admin);
        run.setConcurrency(1);
        run.setPollIntervalMs(100);
        QSignalSpy planReady(&run, &RoomDeletionRun::planReady);
        run.plan(rooms);
        QVERIFY(planReady.wait(60000));
        QCOMPARE(run.tally().planned, 3);

        // Stop as soon as the server has accepted the first room's DELETE (its task id is known):
        // that deletion is followed to its end, the other two are never sent.
        connect(&run, &RoomDeletionRun::statusUpdated, &run, [&run](int index) {
            if (index == 0 && !run.isCancelled()) {
                run.cancel();
            }
        });
        QSignalSpy finished(&run, &RoomDeletionRun::finished);
        QVERIFY(run.run());
        QVERIFY(finished.wait(180000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(run.isCancelled());
        const auto &items = run.items();
        QCOMPARE(items.at(0).outcome.status, ItemStatus::Done);
        QCOMPARE(items.at(0).status.state, RoomDeleteStatus::State::Complete);
        QCOMPARE(items.at(1).outcome.status, ItemStatus::NotAttempted);
        QCOMPARE(items.at(2).outcome.status, ItemStatus::NotAttempted);
        QVERIFY(items.at(1).outcome.reason.contains(QStringLiteral("not deleted")));
        QCOMPARE(run.tally().summary(), QStringLiteral("1 done, 2 not attempted"));
        QVERIFY(!run.allDone());
        QCOMPARE(roomStatus(f, rooms.at(0)), 404);
        QCOMPARE(roomStatus(f, rooms.at(1)), 200);
        QCOMPARE(roomStatus(f, rooms.at(2)), 200);
        // No deletion task was ever made for the rooms not attempted.
        QCOMPARE(f.get(u"/_synapse/admin/v2/rooms/{}/delete_status", { rooms.at(1) }).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestRoomDeletionSynapse)
#include "tst_roomdeletion_synapse.moc"
