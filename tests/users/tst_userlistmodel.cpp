// UserListModel (the random-access PagedListModel) against the real Synapse (seeded with 311 users)
// with a small page size, so many pages are fetched, all under QAbstractItemModelTester: random
// access, server-side sort, search and filters compared with what the server itself answers, rows
// shifting between pages, the LRU bound, jumping to the end, reload keeping the selection; a fake
// server only for errors and for a slow page that goes stale.
#include "fakehttpserver.h"
#include "selectionkeeper.h"
#include "users/userlistmodel.h"
#include "userstesthelpers.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSet>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Steward;
using namespace UsersTest;

class TestUserListModel : public QObject
{
    Q_OBJECT

    /// Load every row (as a view scrolled over all of them would).
    static bool loadAll(PagedListModel &model)
    {
        return QTest::qWaitFor(
            [&model]() {
                if (model.hasError()) {
                    return true;
                }
                if (!model.isLoading() && model.total() > 0 && !model.isComplete()) {
                    model.fetchRows(0, model.rowCount() - 1);
                }
                return model.isComplete();
            },
            120000);
    }

    /// What a view does when it paints rows [first, last]: data() for each cell of column 0.
    static void paint(const QAbstractItemModel &model, int first, int last)
    {
        for (int r = qMax(0, first); r <= qMin(last, model.rowCount() - 1); ++r) {
            model.index(r, 0).data();
        }
    }

    static QStringList ids(const UserListModel &model)
    {
        QStringList list;
        for (int r = 0; r < model.rowCount(); ++r) {
            list << model.index(r, UserListModel::UserIdColumn).data().toString();
        }
        return list;
    }

    static QStringList ids(const UserPage &page)
    {
        QStringList list;
        for (const auto &u : page.users) {
            list << u.userId;
        }
        return list;
    }

private Q_SLOTS:
    void pagesEverySeedUser()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        UserListModel model(&admin.api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(25);
        UserListQuery q;
        q.search = QStringLiteral("seed-user-");
        q.includeDeactivated = true;
        model.setQuery(q);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 300, 30000);
        // The first page tells the total: every row exists at once (the scroll bar spans them all).
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 299);
        QVERIFY(!model.isRowLoaded(299));
        QVERIFY(loadAll(model));
        QCOMPARE(inserted.size(), 1);
        QVERIFY2(!model.hasError(), qPrintable(model.lastError().describe()));
        QCOMPARE(model.total(), 300);
        QCOMPARE(model.rowCount(), 300);
        const QStringList got = ids(model);
        QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), 300);
        QCOMPARE(got.first(), QStringLiteral("@seed-user-0000:steward.test"));
        QCOMPARE(got.last(), QStringLiteral("@seed-user-0299:steward.test"));
        QCOMPARE(model.statusText(), QStringLiteral("300 loaded of 300"));
        QVERIFY(!model.canFetchMore({})); // no incremental fetchMore: the view never pages by itself
        // Display: admin flag, deactivated flag, display name, created (local time), never seen.
        const int r1 = model.rowOf(QStringLiteral("@seed-user-0001:steward.test"));
        QCOMPARE(model.index(r1, UserListModel::AdminColumn).data().toString(), QStringLiteral("yes"));
        QCOMPARE(model.index(r1, UserListModel::DisplayNameColumn).data().toString(), QStringLiteral("Seed User 0001"));
        const int r24 = model.rowOf(QStringLiteral("@seed-user-0024:steward.test"));
        QCOMPARE(model.index(r24, UserListModel::DeactivatedColumn).data().toString(), QStringLiteral("yes"));
        const QDateTime created = model.user(r1).created;
        QVERIFY(created.isValid());
        QVERIFY2(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 10LL * 365 * 86400,
                 qPrintable(created.toString(Qt::ISODate))); // milliseconds read as milliseconds
        QCOMPARE(model.index(r1, UserListModel::CreatedColumn).data().toString(),
                 created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }

    void filtersMatchTheServer_data()
    {
        QTest::addColumn<bool>("deactivated");
        QTest::addColumn<bool>("adminsOnly");
        QTest::addColumn<int>("expected");
        QTest::newRow("active only") << false << false << 288;
        QTest::newRow("with deactivated") << true << false << 300;
        QTest::newRow("admins only") << true << true << 3;
    }
    void filtersMatchTheServer()
    {
        QFETCH(bool, deactivated);
        QFETCH(bool, adminsOnly);
        QFETCH(int, expected);
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        UserListModel model(&admin.api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(25);
        UserListQuery q;
        q.search = QStringLiteral("seed-user-");
        q.includeDeactivated = deactivated;
        q.adminsOnly = adminsOnly;
        model.setQuery(q);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(ids(model), ids(listDirect(admin.api, q)));
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY(deactivated || !model.user(r).deactivated);
            QVERIFY(!adminsOnly || model.user(r).admin);
        }
    }

    void sortsOnTheServer_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::newRow("user id asc") << int(UserListModel::UserIdColumn) << false;
        QTest::newRow("user id desc") << int(UserListModel::UserIdColumn) << true;
        QTest::newRow("display name desc") << int(UserListModel::DisplayNameColumn) << true;
        QTest::newRow("admin desc") << int(UserListModel::AdminColumn) << true;
        QTest::newRow("deactivated desc") << int(UserListModel::DeactivatedColumn) << true;
        QTest::newRow("created asc") << int(UserListModel::CreatedColumn) << false;
    }
    void sortsOnTheServer()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        UserListModel model(&admin.api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(25);
        UserListQuery q;
        q.search = QStringLiteral("seed-user-");
        q.includeDeactivated = true;
        model.setQuery(q);
        QVERIFY(loadAll(model));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        const bool unchanged = column == UserListModel::UserIdColumn && !descending; // the default order
        QCOMPARE(reset.size(), unchanged ? 0 : 1);
        QVERIFY(loadAll(model));
        QCOMPARE(model.query().sortKey, UserListModel::sortKeyForColumn(column));
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(ids(model), ids(listDirect(admin.api, model.query())));
        if (column == UserListModel::AdminColumn) {
            QVERIFY(model.user(0).admin && model.user(2).admin && !model.user(3).admin);
        }
        if (column == UserListModel::UserIdColumn && descending) {
            QCOMPARE(model.user(0).userId, QStringLiteral("@seed-user-0299:steward.test"));
        }
    }

    void searchMatchesLocalpartOrDisplayName()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        UserListModel model(&admin.api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        UserListQuery q;
        q.search = QStringLiteral("seed user 004"); // display names "Seed User 004x"
        model.setQuery(q);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 9); // 0040..0049 without the deactivated 0049
        QCOMPARE(ids(model), ids(listDirect(admin.api, q)));
        q.search = QStringLiteral("no-such-user-anywhere");
        model.setQuery(q);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.total(), 0);
        QCOMPARE(model.statusText(), QStringLiteral("0 loaded of 0"));
    }

    void lockedAndUserTypeFilters()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        const QString prefix = uniquePrefix("lmf");
        const QString locked = userId(server, prefix + QStringLiteral("locked"));
        const QString bot = userId(server, prefix + QStringLiteral("bot"));
        const QString plain = userId(server, prefix + QStringLiteral("plain"));
        QCOMPARE(
            putUsers(
                admin.api,
                { { locked, {} }, { bot, { { QStringLiteral("user_type"), QStringLiteral("bot") } } }, { plain, {} } }),
            0);
        QVERIFY(putUser(admin.api, locked, { { QStringLiteral("locked"), true } })); // ignored on creation

        UserListModel model(&admin.api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        UserListQuery q;
        q.search = prefix;
        model.setQuery(q);
        QVERIFY(loadAll(model));
        QCOMPARE(ids(model), (QStringList { bot, locked, plain }));
        QCOMPARE(model.index(model.rowOf(locked), UserListModel::LockedColumn).data().toString(),
                 QStringLiteral("yes"));
        QCOMPARE(model.index(model.rowOf(bot), UserListModel::UserTypeColumn).data().toString(), QStringLiteral("bot"));

        q.includeLocked = false;
        model.setQuery(q);
        QVERIFY(loadAll(model));
        QCOMPARE(ids(model), (QStringList { bot, plain }));

        q.includeLocked = true;
        q.excludedUserTypes = { QStringLiteral("bot") };
        model.setQuery(q);
        QVERIFY(loadAll(model));
        QCOMPARE(ids(model), (QStringList { locked, plain }));

        q.excludedUserTypes = { QStringLiteral("support") };
        model.setQuery(q);
        QVERIFY(loadAll(model));
        QCOMPARE(ids(model), (QStringList { bot, locked, plain }));
    }

    void rowsShiftingBetweenPagesFollowTheServer()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        const QString prefix = uniquePrefix("shift");
        QList<QPair<QString, QJsonObject>> originals;
        for (int i = 0; i < 60; ++i) {
            originals.append({ userId(server, prefix + QStringLiteral("b%1").arg(i, 3, 10, QLatin1Char('0'))), {} });
        }
        QCOMPARE(putUsers(admin.api, originals), 0);

        UserListModel model(&admin.api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        UserListQuery q;
        q.search = prefix;
        model.setQuery(q);
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(0) && !model.isLoading(), 30000);
        QCOMPARE(model.rowCount(), 60);
        // 15 new users that sort before everything loaded: every later page shifts by 15. The next
        // page brings the new total: 15 rows are inserted and the pages read before are fetched again.
        QList<QPair<QString, QJsonObject>> early;
        for (int i = 0; i < 15; ++i) {
            early.append({ userId(server, prefix + QStringLiteral("a%1").arg(i, 3, 10, QLatin1Char('0'))), {} });
        }
        QCOMPARE(putUsers(admin.api, early), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(loadAll(model));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(2).toInt() - inserted.first().at(1).toInt() + 1, 15);
        QVERIFY(model.listChanged());
        QCOMPARE(model.total(), 75);
        QCOMPARE(ids(model), ids(listDirect(admin.api, q))); // no duplicates, no gaps
        QVERIFY(model.statusText().contains(QStringLiteral("adjusted")));

        // Users leaving the filter (deactivated): rows are removed at the end, the rest re-read.
        QList<QPair<QString, QJsonObject>> leaving;
        for (int i = 0; i < 8; ++i) {
            leaving.append({ early.at(i).first, { { QStringLiteral("deactivated"), true } } });
        }
        QCOMPARE(putUsers(admin.api, leaving), 0);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.reload();
        QVERIFY(loadAll(model));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 67);
        QCOMPARE(ids(model), ids(listDirect(admin.api, q)));
    }

    void jumpToTheLastRowTakesAtMostTwoRequests()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        UserListModel model(&admin.api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(25);
        UserListQuery q;
        q.search = QStringLiteral("seed-user-");
        q.includeDeactivated = true;
        model.setQuery(q);
        QTRY_VERIFY_WITH_TIMEOUT(model.total() == 300 && !model.isLoading(), 30000);
        paint(model, 0, 29); // the first screenful
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(29) && !model.isLoading(), 30000);
        QVERIFY(!model.isRowLoaded(299));

        // Ctrl+End: the view shows the last 30 rows; they straddle two pages.
        const qint64 before = admin.api.requestsSent();
        paint(model, 270, 299);
        QCOMPARE(model.index(299, 0).data().toString(), QStringLiteral("Loading…"));
        QVERIFY(!model.index(299, 0).data(PagedListModel::LoadedRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(299) && model.isRowLoaded(270) && !model.isLoading(), 30000);
        QVERIFY(admin.api.requestsSent() - before <= 2);
        QCOMPARE(model.index(299, 0).data().toString(), QStringLiteral("@seed-user-0299:steward.test"));
        QCOMPARE(model.index(270, 0).data().toString(), QStringLiteral("@seed-user-0270:steward.test"));
        QVERIFY(!model.isRowLoaded(150)); // nothing in between was read

        // 90% of the scroll bar: the same.
        const qint64 before90 = admin.api.requestsSent();
        paint(model, 255, 269);
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(255) && !model.isLoading(), 30000);
        QVERIFY(admin.api.requestsSent() - before90 <= 2);
        QCOMPARE(model.user(255).userId, QStringLiteral("@seed-user-0255:steward.test"));
    }

    void keepsABoundedNumberOfPages()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        UserListModel model(&admin.api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(25);
        model.setMaxCachedPages(4);
        UserListQuery q;
        q.search = QStringLiteral("seed-user-");
        q.includeDeactivated = true;
        model.setQuery(q);
        QTRY_VERIFY_WITH_TIMEOUT(model.total() == 300 && !model.isLoading(), 30000);
        int mostPages = 0;
        connect(&model, &PagedListModel::rowsLoaded, this,
                [&]() { mostPages = qMax(mostPages, model.cachedPageCount()); });
        // Scroll through every row, a screenful at a time, as a view would.
        for (int first = 0; first < 300; first += 20) {
            paint(model, first, first + 19);
            QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(qMin(first + 19, 299)) && !model.isLoading(), 30000);
            QCOMPARE(model.index(first, 0).data().toString(),
                     QStringLiteral("@seed-user-%1:steward.test").arg(first, 4, 10, QLatin1Char('0')));
            QVERIFY(model.cachedPageCount() <= 4);
            QVERIFY(model.loadedRowCount() <= 100);
        }
        QCOMPARE(mostPages, 4);
        QVERIFY(!model.isRowLoaded(100)); // the least recently used pages went first
        QVERIFY(model.isRowLoaded(299));
        // An evicted page comes back when shown again.
        paint(model, 100, 119);
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(100), 30000);
        QCOMPARE(model.user(100).userId, QStringLiteral("@seed-user-0100:steward.test"));
    }

    void reloadKeepsTheSelectionWhereRowsStillExist()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        const QString prefix = uniquePrefix("keep");
        QList<QPair<QString, QJsonObject>> users;
        for (int i = 0; i < 30; ++i) {
            users.append({ userId(server, prefix + QStringLiteral("m%1").arg(i, 3, 10, QLatin1Char('0'))), {} });
        }
        QCOMPARE(putUsers(admin.api, users), 0);
        UserListModel model(&admin.api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        UserListQuery q;
        q.search = prefix;
        model.setQuery(q);
        QVERIFY(loadAll(model));
        QItemSelectionModel selection(&model);
        SelectionKeeper keeper(&model, &selection);
        const QString kept = users.at(12).first;
        const QString gone = users.at(13).first;
        const QString alsoKept = users.at(25).first;
        for (const QString &id : { kept, gone, alsoKept }) {
            selection.select(model.index(model.rowOf(id), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        selection.setCurrentIndex(model.index(model.rowOf(alsoKept), 0), QItemSelectionModel::NoUpdate);
        QCOMPARE(selection.selectedRows().size(), 3);

        // Three users that sort first appear, one selected user leaves the list (deactivated).
        QList<QPair<QString, QJsonObject>> early;
        for (int i = 0; i < 3; ++i) {
            early.append({ userId(server, prefix + QStringLiteral("a%1").arg(i)), {} });
        }
        QCOMPARE(putUsers(admin.api, early), 0);
        QVERIFY(putUser(admin.api, gone, { { QStringLiteral("deactivated"), true } }));
        model.reload();
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 32);
        QStringList selected;
        for (const QModelIndex &index : selection.selectedRows()) {
            selected << index.data(UserListModel::UserIdRole).toString();
        }
        selected.sort();
        QCOMPARE(selected, (QStringList { kept, alsoKept }));
        QCOMPARE(model.rowOf(kept), 15); // shifted by the three new users
        QCOMPARE(selection.currentIndex().data(UserListModel::UserIdRole).toString(), alsoKept);

        // The user choosing something else ends the keeping.
        selection.select(model.index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(keeper.pendingIds().isEmpty());
    }

    void refreshRowReadsThatRowAgain()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        const QString prefix = uniquePrefix("refresh");
        const QString id = userId(server, prefix + QStringLiteral("one"));
        QVERIFY(putUser(admin.api, id, { { QStringLiteral("displayname"), QStringLiteral("Before") } }));
        UserListModel model(&admin.api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        UserListQuery q;
        q.search = prefix;
        model.setQuery(q);
        QVERIFY(loadAll(model));
        QCOMPARE(model.index(0, UserListModel::DisplayNameColumn).data().toString(), QStringLiteral("Before"));
        QVERIFY(putUser(admin.api, id, { { QStringLiteral("displayname"), QStringLiteral("After") } }));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.refreshRow(id));
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, UserListModel::DisplayNameColumn).data().toString(),
                                  QStringLiteral("After"), 30000);
        QVERIFY(!changed.isEmpty());
        QVERIFY(!model.refreshRow(QStringLiteral("@nobody-loaded:x")));
    }

    void readAheadLeavesAfterTheRowsThatCame()
    {
        // The page after the first is read ahead, but not before a view had its turn to lay out and
        // paint the rows that came (what it does next: posted events); loading goes on meanwhile.
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        UserListModel model(&admin.api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(25);
        QSignalSpy loaded(&model, &PagedListModel::rowsLoaded);
        QElapsedTimer sinceLoaded;
        connect(&model, &PagedListModel::rowsLoaded, this, [&sinceLoaded]() { sinceLoaded.start(); });
        const qint64 before = admin.api.requestsSent();
        model.reload();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(0).toInt(), 0);
        QCoreApplication::sendPostedEvents(); // a request sent with the page would have left here
        if (sinceLoaded.elapsed() < 16) { // (on a machine so slow that a frame passed, it may be out)
            QCOMPARE(admin.api.requestsSent(), before + 1);
        }
        QVERIFY(model.isLoading());
        QVERIFY(model.statusText().contains(QStringLiteral("loading")));
        QTRY_COMPARE_WITH_TIMEOUT(admin.api.requestsSent(), before + 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
        QVERIFY(model.isRowLoaded(25) || model.listChanged()); // other tests may add users meanwhile
        QCOMPARE(admin.api.requestsSent(), before + 2);
    }

    void staleRequestsAreCancelledWhenTheViewMovesOn()
    {
        // A slow page (a fake server: a real one answers too fast to leave a page in flight).
        StewardTest::FakeHttpServer fake;
        fake.setHandler([](const StewardTest::FakeRequest &req) {
            const QUrlQuery query(QString::fromUtf8(req.target.mid(req.target.indexOf('?') + 1)));
            const int from = query.queryItemValue(QStringLiteral("from")).toInt();
            const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
            QJsonArray users;
            for (int i = from; i < qMin(from + limit, 1000); ++i) {
                users.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("@u%1:x").arg(i) } });
            }
            QJsonObject body { { QStringLiteral("users"), users }, { QStringLiteral("total"), 1000 } };
            if (from + limit < 1000) {
                body.insert(QStringLiteral("next_token"), QString::number(from + limit));
            }
            auto response = StewardTest::FakeResponse::json(200, body);
            if (from == 500) {
                response.delay(3000);
            }
            return response;
        });
        QVERIFY(fake.listen());
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(fake.url());
        api.setAccessToken(QStringLiteral("t"));
        UserListModel model(&api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(50);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.total() == 1000 && !model.isLoading(), 10000);
        QList<int> loadedFirstRows;
        connect(&model, &PagedListModel::rowsLoaded, this, [&](int first, int) { loadedFirstRows << first; });

        paint(model, 500, 520); // the view passes by the middle ...
        QTRY_VERIFY_WITH_TIMEOUT(fake.requestCount() == 3 && model.isLoading(), 10000);
        paint(model, 980, 999); // ... and moves on to the end before the middle page arrived
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(999) && !model.isLoading(), 10000);
        QTest::qWait(3500); // longer than the slow page takes
        QVERIFY(!model.isRowLoaded(500));
        QVERIFY(!loadedFirstRows.contains(500));
        QVERIFY(!model.hasError()); // a cancelled page is no error
        // Shown again, it is asked for again.
        paint(model, 500, 520);
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(500), 10000);
    }

    void errorKeepsRowsAndRetries()
    {
        StewardTest::FakeHttpServer fake;
        bool failing = false;
        fake.setHandler([&failing](const StewardTest::FakeRequest &req) {
            const int from = QUrlQuery(QString::fromUtf8(req.target.mid(req.target.indexOf('?') + 1)))
                                 .queryItemValue(QStringLiteral("from"))
                                 .toInt();
            if (from > 0 && failing) {
                return StewardTest::FakeResponse::json(
                    500,
                    { { QStringLiteral("errcode"), QStringLiteral("M_UNKNOWN") },
                      { QStringLiteral("error"), QStringLiteral("database on fire") } });
            }
            QJsonArray users;
            for (int i = from; i < qMin(from + 10, 15); ++i) {
                users.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("@u%1:x").arg(i) } });
            }
            QJsonObject body { { QStringLiteral("users"), users }, { QStringLiteral("total"), 15 } };
            if (from + 10 < 15) {
                body.insert(QStringLiteral("next_token"), QString::number(from + 10));
            }
            return StewardTest::FakeResponse::json(200, body);
        });
        QVERIFY(fake.listen());
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(fake.url());
        api.setAccessToken(QStringLiteral("t"));
        UserListModel model(&api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        QSignalSpy failed(&model, &UserListModel::loadFailed);
        failing = true; // the second page fails (read ahead as soon as the first lands)
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 15, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.hasError(), 10000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.rowCount(), 15); // rows kept
        QVERIFY(model.isRowLoaded(9));
        QVERIFY(!model.isRowLoaded(10));
        // The view must not hammer: showing the failed rows does not ask again; retry() does.
        const int requests = fake.requestCount();
        paint(model, 0, 14);
        QCOMPARE(model.index(12, 0).data().toString(), QStringLiteral("(not loaded)"));
        QTest::qWait(100);
        QCOMPARE(fake.requestCount(), requests);
        QVERIFY(model.lastError().describe().contains(QStringLiteral("database on fire")));
        QVERIFY(model.statusText().contains(QStringLiteral("failed")));
        failing = false;
        model.retry();
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(14), 10000);
        QVERIFY(!model.hasError());
        QVERIFY(model.atEnd());
        QCOMPARE(model.statusText(), QStringLiteral("15 loaded of 15"));
    }
};

QTEST_GUILESS_MAIN(TestUserListModel)
#include "tst_userlistmodel.moc"
