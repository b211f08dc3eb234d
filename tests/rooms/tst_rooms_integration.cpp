// The rooms core against the real Synapse: the paged model (under QAbstractItemModelTester),
// server-side sort/search/filters, block, make-room-admin and a v2 deletion, each checked on the
// server afterwards. Rooms that are changed are this test's own; seeded rooms are read only.
#include "rooms/roomdeletion.h"
#include "rooms/roomlistmodel.h"
#include "rooms/roommembersmodel.h"
#include "rooms/roomsapi.h"
#include "roomstesthelper.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Steward;
using namespace RoomsTest;

class TestRoomsIntegration : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;

    static bool loadAll(RoomListModel &model)
    {
        QDeadlineTimer deadline(120000);
        while (!deadline.hasExpired()) {
            if (model.hasError()) {
                qWarning() << model.lastError().describe();
                return false;
            }
            if (model.isComplete()) {
                return true;
            }
            if (!model.isLoading() && model.total() > 0) {
                model.fetchRows(0, model.rowCount() - 1); // as a view scrolled over every row would
            }
            QTest::qWait(5);
        }
        return false;
    }

    static QStringList column(const RoomListModel &model, int column)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r) {
            out << model.index(r, column).data().toString();
        }
        return out;
    }

    /// Every room the server lists for this query, read directly (the model's reference).
    static QList<RoomSummary> serverList(ApiService &api, RoomListQuery query)
    {
        QList<RoomSummary> out;
        query.limit = 1000;
        std::optional<Result<RoomListPage>> page;
        QObject ctx;
        RoomsApi::list(&api, query, &ctx, [&](const Result<RoomListPage> &r) { page = r; });
        if (!waitFor(page) || !page->ok()) {
            return out;
        }
        return page->value().rooms;
    }

    QString seedRoom(const StewardTest::TestServer &server, const char *kind)
    {
        const QString alias =
            server.seed.value(QStringLiteral("room_kinds")).toObject().value(QLatin1String(kind)).toString();
        return server.seed.value(QStringLiteral("rooms")).toObject().value(alias).toString();
    }

private Q_SLOTS:
    void modelPagesLazilyUnderTester()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        RoomListModel model(&f.admin);
        model.setPageSize(4);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isStarted()); // nothing asked yet: lazy
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // "seed" matches the seeded rooms' names and aliases only: other tests' rooms are named otherwise.
        model.setSearchTermNow(QStringLiteral("seed"));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
        const int total = model.totalRooms();
        QCOMPARE(model.rowCount(), total); // every row exists at once ...
        QCOMPARE(model.loadedRowCount(), 8); // ... the first page and the one read ahead are loaded
        QCOMPARE(model.statusText(), QStringLiteral("8 loaded of %1").arg(total));
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), total);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.statusText(), QStringLiteral("%1 loaded of %1").arg(total));

        const QJsonObject rooms = server.seed.value(QStringLiteral("rooms")).toObject();
        QSet<QString> seededIds;
        for (auto it = rooms.begin(); it != rooms.end(); ++it) {
            seededIds.insert(it.value().toString());
        }
        QCOMPARE(total, seededIds.size());
        const QStringList ids = column(model, RoomColumns::RoomId);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()), seededIds);

        const auto rowFor = [&](const char *kind) {
            return model.rowOf(seedRoom(server, kind));
        };
        QCOMPARE(model.index(rowFor("space"), RoomColumns::Type).data().toString(), QStringLiteral("space"));
        QCOMPARE(model.index(rowFor("public"), RoomColumns::Type).data().toString(), QStringLiteral("room"));
        QCOMPARE(model.index(rowFor("encrypted"), RoomColumns::Encryption).data().toString(),
                 QStringLiteral("m.megolm.v1.aes-sha2"));
        QCOMPARE(model.index(rowFor("public"), RoomColumns::Public).data().toString(), QStringLiteral("yes"));
        QCOMPARE(model.index(rowFor("private"), RoomColumns::Public).data().toString(), QStringLiteral("no"));
        QCOMPARE(model.index(rowFor("private"), RoomColumns::JoinRules).data().toString(), QStringLiteral("invite"));
        QCOMPARE(model.index(rowFor("public"), RoomColumns::CanonicalAlias).data().toString(),
                 server.seed.value(QStringLiteral("room_kinds")).toObject().value(QStringLiteral("public")).toString());
        // Compared with the members endpoint (other tests may join users to public rooms meanwhile).
        const int pub = rowFor("public");
        QVERIFY(model.index(pub, RoomColumns::JoinedMembers).data(RoomListModel::SortValueRole).toInt() > 1);
        QVERIFY(model.index(pub, RoomColumns::JoinedMembers).data(RoomListModel::SortValueRole).toInt()
                <= f.joinedMembers(seedRoom(server, "public")).size());
    }

    void sortIsTheServers_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("members desc") << int(RoomColumns::JoinedMembers) << int(Qt::DescendingOrder);
        QTest::newRow("name asc") << int(RoomColumns::Name) << int(Qt::AscendingOrder);
        QTest::newRow("name desc") << int(RoomColumns::Name) << int(Qt::DescendingOrder);
        QTest::newRow("state events asc") << int(RoomColumns::StateEvents) << int(Qt::AscendingOrder);
        QTest::newRow("alias desc") << int(RoomColumns::CanonicalAlias) << int(Qt::DescendingOrder);
    }
    void sortIsTheServers()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        RoomListModel model(&f.admin);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(5);
        model.setSearchTermNow(QStringLiteral("seed"));
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(model.sortColumn(), column);
        QVERIFY(loadAll(model));

        RoomListQuery q;
        q.searchTerm = QStringLiteral("seed");
        q.orderBy = RoomColumns::order(column);
        q.descending = order == Qt::DescendingOrder;
        QList<RoomSummary> expected = serverList(f.admin, q);
        QCOMPARE(model.rowCount(), expected.size());
        // Ties may come back in any order between requests; compare the sort key sequence, and ids where unique.
        for (int r = 0; r < expected.size(); ++r) {
            QCOMPARE(model.index(r, column).data().toString(), RoomColumns::text(expected.at(r), column));
        }
        if (column == RoomColumns::JoinedMembers) {
            for (int r = 1; r < model.rowCount(); ++r) {
                QVERIFY(model.index(r - 1, column).data(RoomListModel::SortValueRole).toInt()
                        >= model.index(r, column).data(RoomListModel::SortValueRole).toInt());
            }
        }
        // A column the server cannot sort by changes nothing (no reload).
        const int rows = model.rowCount();
        model.sort(RoomColumns::RoomId, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), column);
        QCOMPARE(model.rowCount(), rows);
        QVERIFY(!model.isLoading());
    }

    void searchIsDebouncedAndServerSide()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        RoomListModel model(&f.admin);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchDelayMs(50);
        model.setSearchTermNow(QStringLiteral("seed"));
        QVERIFY(loadAll(model));
        const qint64 before = f.admin.requestsSent();
        model.setSearchTerm(QStringLiteral("seed-r"));
        model.setSearchTerm(QStringLiteral("seed-room"));
        model.setSearchTerm(QStringLiteral("SEED ROOM 1"));
        QCOMPARE(f.admin.requestsSent(), before); // nothing sent while typing
        QTRY_COMPARE_WITH_TIMEOUT(model.searchTerm(), QStringLiteral("SEED ROOM 1"), 10000);
        QVERIFY(loadAll(model));
        QCOMPARE(f.admin.requestsSent(), before + 1); // one request for the settled term
        QCOMPARE(model.rowCount(), 10); // Seed room 10..19, matched case-insensitively by the server
        for (const QString &name : column(model, RoomColumns::Name)) {
            QVERIFY2(name.startsWith(QStringLiteral("Seed room 1")), qPrintable(name));
        }
        // Exact room id search, and alias search with characters that need encoding in the query.
        model.setSearchTermNow(seedRoom(server, "encrypted"));
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RoomColumns::RoomId).data().toString(), seedRoom(server, "encrypted"));
        model.setSearchTermNow(QStringLiteral("seed-ünïcode"));
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 1);
        // Clearing the box sends no search_term (the server would answer 400 to an empty one).
        model.setSearchTermNow(QStringLiteral("   "));
        QVERIFY(loadAll(model));
        QVERIFY(!model.hasError());
        QVERIFY(model.rowCount() >= 26);
        const ApiRequest req = RoomsApi::listRequest(RoomListQuery {});
        for (const auto &[key, value] : req.query()) {
            QVERIFY(key != u"search_term");
        }
    }

    void filtersPublicAndEmpty()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        // An empty room of our own: created, then left by its only member.
        QString token;
        const QString user = f.createUser(QStringLiteral("rooms-empty"), &token);
        QVERIFY(!user.isEmpty());
        const QString name = unique(QStringLiteral("rooms-tst-empty"));
        const QString roomId = f.createRoom(token, { { QStringLiteral("name"), name } });
        QVERIFY(!roomId.isEmpty());
        QCOMPARE(f.asUser(token, ApiRequest::post(u"/_matrix/client/v3/rooms/{}/leave", { roomId }, {})).status, 200);

        RoomListModel model(&f.admin);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Small pages: many of them hold no public room once filtered (the paging must go on).
        model.setPageSize(2);
        model.setSearchTermNow(QStringLiteral("seed"));
        model.setPublicFilter(true);
        QVERIFY(loadAll(model));
        QVERIFY(model.rowCount() > 20);
        QVERIFY(!column(model, RoomColumns::Public).contains(QStringLiteral("no")));
        QVERIFY(model.rowOf(seedRoom(server, "public")) >= 0);
        QCOMPARE(model.rowOf(seedRoom(server, "private")), -1);
        model.setPublicFilter(false);
        QVERIFY(loadAll(model));
        QVERIFY(!column(model, RoomColumns::Public).contains(QStringLiteral("yes")));
        QVERIFY(model.rowOf(seedRoom(server, "private")) >= 0);
        QVERIFY(model.rowOf(seedRoom(server, "encrypted")) >= 0);
        // Synapse applies the filters only partly while searching: the model filters again and says so.
        QVERIFY(model.filtersLocally());
        QVERIFY(model.statusText().contains(QStringLiteral("at most")));

        // Without a search the server filters alone. Every room of the server is listed now (other
        // tests may have made hundreds): larger pages, and loadAll keeps them all.
        model.setPageSize(100);
        model.setMaxCachedPages(100000);
        model.setSearchTermNow(QString());
        QVERIFY(!model.filtersLocally());
        QVERIFY(loadAll(model));
        QVERIFY(!column(model, RoomColumns::Public).contains(QStringLiteral("yes")));
        QVERIFY(model.rowOf(seedRoom(server, "private")) >= 0);
        QCOMPARE(model.rowOf(seedRoom(server, "public")), -1);
        model.setPublicFilter(true);
        QVERIFY(loadAll(model));
        QVERIFY(!column(model, RoomColumns::Public).contains(QStringLiteral("no")));
        QVERIFY(model.rowOf(seedRoom(server, "public")) >= 0);

        model.setPublicFilter(std::nullopt);
        // Synapse forgets the name of a room nobody local is in: find it by its exact id.
        model.setSearchTermNow(roomId);
        model.setEmptyFilter(true);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RoomColumns::JoinedMembers).data().toString(), QStringLiteral("0"));
        model.setEmptyFilter(false);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.statusText().startsWith(QStringLiteral("0 loaded of ")));
    }

    void detailsMembersAndState()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        const QString roomId = seedRoom(server, "public");
        std::optional<Result<RoomDetails>> details;
        RoomsApi::details(&f.admin, roomId, this, [&](const Result<RoomDetails> &r) { details = r; });
        QVERIFY(waitFor(details));
        QVERIFY2(details->ok(), qPrintable(details->error().describe()));
        QCOMPARE(details->value().topic, QStringLiteral("Public seed room"));
        QCOMPARE(details->value().summary.roomId, roomId);
        QVERIFY(details->value().fields.contains(QStringLiteral("history_visibility")));
        QVERIFY(details->value().fields.contains(QStringLiteral("joined_local_devices")));

        RoomMembersModel members(&f.admin);
        QAbstractItemModelTester tester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        members.setLocalServerName(server.serverName);
        QSignalSpy loaded(&members, &RoomMembersModel::loaded);
        members.load(roomId);
        QVERIFY(loaded.wait(30000));
        QStringList expected = f.joinedMembers(roomId);
        expected.sort(Qt::CaseInsensitive);
        QCOMPARE(members.members(), expected);
        QCOMPARE(members.index(0, RoomMembersModel::Origin).data().toString(), QStringLiteral("local"));

        std::optional<Result<QList<RoomStateEvent>>> state;
        RoomsApi::state(&f.admin, roomId, this, [&](const Result<QList<RoomStateEvent>> &r) { state = r; });
        QVERIFY(waitFor(state));
        QVERIFY(state->ok());
        bool sawCreate = false;
        for (const RoomStateEvent &e : state->value()) {
            if (e.type == u"m.room.create") {
                sawCreate = true;
                QVERIFY(!e.sender.isEmpty());
                QVERIFY(e.originServerTs > 0);
            }
        }
        QVERIFY(sawCreate);

        // An alias resolves to the room id (the admin details endpoints need the id).
        const QString oddAlias =
            server.seed.value(QStringLiteral("room_kinds")).toObject().value(QStringLiteral("odd_alias")).toString();
        std::optional<Result<QString>> resolved;
        RoomsApi::resolveAlias(&f.admin, oddAlias, this, [&](const Result<QString> &r) { resolved = r; });
        QVERIFY(waitFor(resolved));
        QVERIFY2(resolved->ok(), qPrintable(resolved->error().describe()));
        QCOMPARE(resolved->value(), server.seed.value(QStringLiteral("rooms")).toObject().value(oddAlias).toString());
    }

    void blockAndUnblock()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QString token;
        QVERIFY(!f.createUser(QStringLiteral("rooms-block"), &token).isEmpty());
        const QString roomId =
            f.createRoom(token, { { QStringLiteral("name"), unique(QStringLiteral("rooms-tst-block")) } });
        QVERIFY(!roomId.isEmpty());

        std::optional<Result<RoomBlockStatus>> status;
        RoomsApi::blockStatus(&f.admin, roomId, this, [&](const Result<RoomBlockStatus> &r) { status = r; });
        QVERIFY(waitFor(status));
        QVERIFY(status->ok());
        QVERIFY(!status->value().blocked);

        status.reset();
        RoomsApi::setBlocked(&f.admin, roomId, true, this, [&](const Result<RoomBlockStatus> &r) { status = r; });
        QVERIFY(waitFor(status));
        QVERIFY2(status->ok(), qPrintable(status->error().describe()));
        QVERIFY(status->value().blocked);
        Raw raw = f.get(u"/_synapse/admin/v1/rooms/{}/block", { roomId });
        QCOMPARE(raw.body.value(QStringLiteral("block")).toBool(), true);
        QCOMPARE(raw.body.value(QStringLiteral("user_id")).toString(), server.adminUserId);

        status.reset();
        RoomsApi::setBlocked(&f.admin, roomId, false, this, [&](const Result<RoomBlockStatus> &r) { status = r; });
        QVERIFY(waitFor(status));
        QVERIFY(status->ok());
        QVERIFY(!status->value().blocked);
        raw = f.get(u"/_synapse/admin/v1/rooms/{}/block", { roomId });
        QCOMPARE(raw.body.value(QStringLiteral("block")).toBool(), false);
    }

    void makeRoomAdmin()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QString token;
        QVERIFY(!f.createUser(QStringLiteral("rooms-owner"), &token).isEmpty());
        const QString target = f.createUser(QStringLiteral("rooms-promoted"));
        QVERIFY(!target.isEmpty());
        const QString roomId = f.createRoom(token,
                                            { { QStringLiteral("name"), unique(QStringLiteral("rooms-tst-admin")) },
                                              { QStringLiteral("preset"), QStringLiteral("private_chat") } });
        QVERIFY(!roomId.isEmpty());
        QVERIFY(!f.joinedMembers(roomId).contains(target));

        std::optional<Result<bool>> done;
        RoomsApi::makeRoomAdmin(&f.admin, roomId, target, this, [&](const Result<bool> &r) { done = r; });
        QVERIFY(waitFor(done));
        QVERIFY2(done->ok(), qPrintable(done->error().describe()));
        // Not in an invite-only room yet: the server invites the user and raises their power level.
        QCOMPARE(f.membership(roomId, target), QStringLiteral("invite"));
        QCOMPARE(f.powerLevel(roomId, target), 100);

        // Default user: the calling admin.
        done.reset();
        RoomsApi::makeRoomAdmin(&f.admin, roomId, QString(), this, [&](const Result<bool> &r) { done = r; });
        QVERIFY(waitFor(done));
        QVERIFY2(done->ok(), qPrintable(done->error().describe()));
        QCOMPARE(f.powerLevel(roomId, server.adminUserId), 100);

        // Refusals are explained with the server's conditions.
        done.reset();
        RoomsApi::makeRoomAdmin(&f.admin, roomId, QStringLiteral("@someone:elsewhere.invalid"), this,
                                [&](const Result<bool> &r) { done = r; });
        QVERIFY(waitFor(done));
        QVERIFY(!done->ok());
        QString text = RoomsApi::explainMakeRoomAdminError(done->error());
        QVERIFY2(text.contains(QStringLiteral("local user")), qPrintable(text));

        const QString abandoned =
            f.createRoom(token, { { QStringLiteral("name"), unique(QStringLiteral("rooms-tst-left")) } });
        QCOMPARE(f.asUser(token, ApiRequest::post(u"/_matrix/client/v3/rooms/{}/leave", { abandoned }, {})).status,
                 200);
        done.reset();
        RoomsApi::makeRoomAdmin(&f.admin, abandoned, target, this, [&](const Result<bool> &r) { done = r; });
        QVERIFY(waitFor(done));
        QVERIFY(!done->ok());
        text = RoomsApi::explainMakeRoomAdminError(done->error());
        QVERIFY2(text.contains(QStringLiteral("no longer takes part")), qPrintable(text));
        QVERIFY(!f.joinedMembers(abandoned).contains(target));
    }

    void deleteV2EndToEnd()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QString token;
        const QString owner = f.createUser(QStringLiteral("rooms-del"), &token);
        const QString member = f.createUser(QStringLiteral("rooms-delm"));
        QVERIFY(!owner.isEmpty() && !member.isEmpty());
        const QString name = unique(QStringLiteral("rooms-tst-delete"));
        const QString roomId = f.createRoom(
            token, { { QStringLiteral("name"), name }, { QStringLiteral("preset"), QStringLiteral("public_chat") } });
        QVERIFY(!roomId.isEmpty());
        QCOMPARE(f.get(u"/_synapse/admin/v1/rooms/{}", { roomId }).status, 200);
        QCOMPARE(rawCall(f.admin,
                         ApiRequest::post(u"/_synapse/admin/v1/join/{}", { roomId },
                                          { { QStringLiteral("user_id"), member } }))
                     .status,
                 200);

        RoomDeletion deletion(&f.admin, roomId, name);
        deletion.setPollIntervalMs(100);
        RoomDeleteOptions options;
        options.block = true;
        options.purge = true;
        options.newRoomUserId = server.adminUserId;
        options.roomName = QStringLiteral("Moved by Steward test");
        options.message = QStringLiteral("This room was removed.");
        deletion.setOptions(options);
        const QStringList preview = deletion.preview();
        QVERIFY(preview.join(u'\n').contains(QStringLiteral("blocked")));
        QVERIFY(preview.join(u'\n').contains(QStringLiteral("Moved by Steward test")));

        QVERIFY(!deletion.start()); // not checked yet
        deletion.checkExisting();
        QTRY_COMPARE_WITH_TIMEOUT(deletion.state(), RoomDeletion::State::Ready, 30000);
        QVERIFY(!deletion.start()); // not confirmed
        QVERIFY(deletion.error().message().contains(QStringLiteral("Type the room")));
        QVERIFY(!deletion.confirm(name.left(name.size() - 1)));
        QVERIFY(!deletion.start());
        QCOMPARE(f.get(u"/_synapse/admin/v1/rooms/{}", { roomId }).status, 200); // still there
        QVERIFY(deletion.confirm(QStringLiteral("  ") + name + QStringLiteral(" ")));

        QSignalSpy finished(&deletion, &RoomDeletion::finished);
        QVERIFY(deletion.start());
        QVERIFY(finished.wait(120000));
        QCOMPARE(deletion.state(), RoomDeletion::State::Complete);
        const RoomShutdownResult &outcome = deletion.status().shutdown;
        QVERIFY2(outcome.kickedUsers.contains(owner), qPrintable(outcome.kickedUsers.join(u',')));
        QVERIFY(outcome.kickedUsers.contains(member));
        QVERIFY(outcome.failedToKickUsers.isEmpty());
        QVERIFY(!outcome.newRoomId.isEmpty());
        QVERIFY(deletion.report().join(u'\n').contains(outcome.newRoomId));

        // On the server: gone, blocked, task complete, users moved to the new room.
        QCOMPARE(f.get(u"/_synapse/admin/v1/rooms/{}", { roomId }).status, 404);
        QCOMPARE(f.get(u"/_synapse/admin/v1/rooms/{}/block", { roomId }).body.value(QStringLiteral("block")).toBool(),
                 true);
        const Raw status = f.get(u"/_synapse/admin/v2/rooms/{}/delete_status", { roomId });
        QCOMPARE(status.body.value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("complete"));
        const Raw newRoom = f.get(u"/_synapse/admin/v1/rooms/{}", { outcome.newRoomId });
        QCOMPARE(newRoom.body.value(QStringLiteral("name")).toString(), QStringLiteral("Moved by Steward test"));

        // Looking again: a finished deletion is not "running"; nothing is adopted. The room is gone
        // (purged), so the check says it was already deleted and offers nothing to start.
        RoomDeletion again(&f.admin, roomId, name);
        again.checkExisting();
        QTRY_COMPARE_WITH_TIMEOUT(again.state(), RoomDeletion::State::NotDeletable, 30000);
        QVERIFY(!again.wasAlreadyRunning());
        QVERIFY2(again.report().join(u'\n').contains(QStringLiteral("Already deleted")),
                 qPrintable(again.report().join(u'\n')));
    }

    void deleteOfUnknownRoomFailsCleanly()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        const QString roomId =
            QStringLiteral("!doesnotexist%1:%2").arg(QCoreApplication::applicationPid()).arg(server.serverName);
        RoomDeletion deletion(&f.admin, roomId, QString());
        deletion.checkExisting();
        // The check (the engine's plan) reads the room: one the server does not have is skipped with
        // that reason, and nothing is sent (Synapse would accept a task for it).
        QTRY_COMPARE_WITH_TIMEOUT(deletion.state(), RoomDeletion::State::NotDeletable, 30000);
        QVERIFY(deletion.confirm(roomId));
        QVERIFY(!deletion.start());
        QVERIFY(!deletion.report().isEmpty());
        QVERIFY2(deletion.report().join(u'\n').contains(QStringLiteral("No such room")),
                 qPrintable(deletion.report().join(u'\n')));
        QCOMPARE(f.get(u"/_synapse/admin/v2/rooms/{}/delete_status", { roomId }).status, 404); // no task made
    }
};

QTEST_GUILESS_MAIN(TestRoomsIntegration)
#include "tst_rooms_integration.moc"
