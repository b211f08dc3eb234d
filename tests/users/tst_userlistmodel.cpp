// UserListModel against the real Synapse (seeded with 311 users) with a small page size, so many
// fetches happen, all under QAbstractItemModelTester: paging, server-side sort, search and filters
// compared with what the server itself answers, shifted pages, and errors with retry (fake server).
#include "fakehttpserver.h"
#include "userlistmodel.h"
#include "userstesthelpers.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Steward;
using namespace UsersTest;

class TestUserListModel : public QObject
{
    Q_OBJECT

    /// Load every page the way a view does (fetchMore while canFetchMore).
    static bool loadAll(UserListModel &model)
    {
        return QTest::qWaitFor(
            [&model]() {
                if (model.hasError()) {
                    return true;
                }
                if (model.canFetchMore({})) {
                    model.fetchMore({});
                }
                return model.atEnd() && !model.isLoading();
            },
            120000);
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
        QVERIFY(loadAll(model)); // the tester fetches more too, as a view would
        QCOMPARE(inserted.first().at(1).toInt(), 0); // the first page alone ...
        QCOMPARE(inserted.first().at(2).toInt(), 24);
        QCOMPARE(inserted.size(), 12); // ... then one insertion per page
        QVERIFY2(!model.hasError(), qPrintable(model.lastError().describe()));
        QCOMPARE(model.total(), 300);
        QCOMPARE(model.rowCount(), 300);
        const QStringList got = ids(model);
        QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), 300);
        QCOMPARE(got.first(), QStringLiteral("@seed-user-0000:steward.test"));
        QCOMPARE(got.last(), QStringLiteral("@seed-user-0299:steward.test"));
        QCOMPARE(model.statusText(), QStringLiteral("300 loaded of 300"));
        QVERIFY(!model.canFetchMore({}));
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

    void noDuplicatesOrGapsWhenUsersAreCreatedWhilePaging()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin admin(server);
        const QString prefix = uniquePrefix("shift");
        QList<QPair<QString, QJsonObject>> originals;
        for (int i = 0; i < 60; ++i) {
            originals.append({ userId(server, prefix + QStringLiteral("b%1").arg(i, 3, 10, QLatin1Char('0'))), {} });
        }
        QCOMPARE(putUsers(admin.api, originals), 0);

        // No QAbstractItemModelTester here: it fetches every page at once, and this test needs the
        // server to change between pages.
        UserListModel model(&admin.api);
        model.setPageSize(10);
        UserListQuery q;
        q.search = prefix;
        model.setQuery(q);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 10, 30000);
        // 15 new users that sort before everything loaded: every later page shifts by 15.
        QList<QPair<QString, QJsonObject>> early;
        for (int i = 0; i < 15; ++i) {
            early.append({ userId(server, prefix + QStringLiteral("a%1").arg(i, 3, 10, QLatin1Char('0'))), {} });
        }
        QCOMPARE(putUsers(admin.api, early), 0);
        QVERIFY(loadAll(model));
        QStringList got = ids(model);
        QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), got.size());
        for (const auto &[id, body] : originals) {
            QVERIFY2(got.contains(id), qPrintable(id));
        }
        QVERIFY(model.listChanged());
        QCOMPARE(model.total(), 75);
        QVERIFY(model.statusText().contains(QStringLiteral("refresh")));

        // Users leaving the filter (deactivated) before the current position: pages shift back.
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 10, 30000);
        QList<QPair<QString, QJsonObject>> leaving;
        for (int i = 0; i < 8; ++i) {
            leaving.append({ early.at(i).first, { { QStringLiteral("deactivated"), true } } });
        }
        QCOMPARE(putUsers(admin.api, leaving), 0);
        QVERIFY(loadAll(model));
        got = ids(model);
        QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), got.size());
        for (const auto &[id, body] : originals) {
            QVERIFY2(got.contains(id), qPrintable(id));
        }
        for (int i = 8; i < 15; ++i) {
            QVERIFY(got.contains(early.at(i).first));
        }
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
        failing = true; // the second page fails (the tester asks for it as soon as the first lands)
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 10, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.hasError(), 10000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.rowCount(), 10); // rows kept
        QVERIFY(!model.canFetchMore({})); // the view must not hammer; retry() asks again
        QVERIFY(model.lastError().describe().contains(QStringLiteral("database on fire")));
        QVERIFY(model.statusText().contains(QStringLiteral("failed")));
        failing = false;
        model.retry();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 15, 10000);
        QVERIFY(!model.hasError());
        QVERIFY(model.atEnd());
        QCOMPARE(model.statusText(), QStringLiteral("15 loaded of 15"));
    }
};

QTEST_GUILESS_MAIN(TestUserListModel)
#include "tst_userlistmodel.moc"
