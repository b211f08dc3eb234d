// Pure logic of the users core: request building, parsing (milliseconds vs seconds), CSV rows and
// the formula guard, and the pager's handling of shifted pages against a scripted fake server.
#include "csvreader.h"
#include "csvwriter.h"
#include "fakehttpserver.h"
#include "users/userapi.h"
#include "users/userexport.h"
#include "users/userpager.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Steward;
using namespace StewardTest;

namespace {
/// A users list the test can change between requests; serves v2 pages by offset.
struct FakeList
{
    QStringList ids;
    std::function<void(int requestNo)> beforeRequest;
    int requests = 0;
    int truncateRequest = -1; ///< this request's answer stops half-way (the connection closes)
    int maxLimit = 0; ///< when set, a request for more rows gets a 504 (a proxy's read timeout)
    int refused = 0;

    FakeResponse serve(const FakeRequest &req)
    {
        if (beforeRequest) {
            beforeRequest(requests);
        }
        ++requests;
        const QUrlQuery q(QString::fromUtf8(req.target.mid(req.target.indexOf('?') + 1)));
        const int from = q.queryItemValue(QStringLiteral("from")).toInt();
        const int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
        if (maxLimit > 0 && limit > maxLimit) {
            ++refused;
            return FakeResponse::raw(504, "<html>504 Gateway Time-out</html>", "text/html");
        }
        QJsonArray users;
        for (int i = from; i < qMin(int(ids.size()), from + limit); ++i) {
            users.append(QJsonObject { { QStringLiteral("name"), ids.at(i) },
                                       { QStringLiteral("creation_ts"), 1700000000000.0 } });
        }
        QJsonObject body { { QStringLiteral("users"), users }, { QStringLiteral("total"), int(ids.size()) } };
        if (from + limit < ids.size()) {
            body.insert(QStringLiteral("next_token"), QString::number(from + users.size()));
        }
        if (requests - 1 == truncateRequest) {
            FakeResponse cut = FakeResponse::json(200, body);
            cut.action = FakeResponse::Action::Truncate;
            return cut;
        }
        return FakeResponse::json(200, body);
    }
};

/// A UserPager over a FakeList on a fake server, walked to the end as the export walks it (each
/// batch taken, then the next asked for).
struct PagerWalk
{
    FakeHttpServer fake;
    QNetworkAccessManager nam;
    ApiService api { &nam };
    UserPager pager { &api };
    QStringList got;

    bool listen(FakeList &list)
    {
        fake.setHandler([&list](const FakeRequest &r) { return list.serve(r); });
        if (!fake.listen()) {
            return false;
        }
        api.setBaseUrl(fake.url());
        api.setAccessToken(QStringLiteral("t"));
        QObject::connect(&pager, &UserPager::rowsArrived, &pager, [this](const QList<UserSummary> &users) {
            for (const auto &u : users) {
                got << u.userId;
            }
            if (!pager.atEnd()) {
                pager.fetchNext();
            }
        });
        return true;
    }
};

QString uid(const char *prefix, int i)
{
    return QStringLiteral("@%1%2:x").arg(QLatin1String(prefix)).arg(i, 4, 10, QLatin1Char('0'));
}
} // namespace

class TestUserApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listRequestCarriesEveryFilter()
    {
        UserListQuery q;
        q.search = QStringLiteral("al ice");
        q.includeGuests = true;
        q.adminsOnly = true;
        q.excludedUserTypes = { QStringLiteral("bot"), QString() };
        q.sortKey = UserSortKey::LastSeen;
        q.descending = true;
        const QUrl url = UserApi::listRequest(q, 50, 25).url(QUrl(QStringLiteral("https://h")));
        QCOMPARE(url.path(), QStringLiteral("/_synapse/admin/v2/users"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("from")), QStringLiteral("50"));
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("25"));
        QCOMPARE(query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded), QStringLiteral("al ice"));
        QCOMPARE(query.queryItemValue(QStringLiteral("guests")), QStringLiteral("true"));
        QCOMPARE(query.queryItemValue(QStringLiteral("deactivated")), QStringLiteral("false"));
        QCOMPARE(query.queryItemValue(QStringLiteral("locked")), QStringLiteral("true"));
        QCOMPARE(query.queryItemValue(QStringLiteral("admins")), QStringLiteral("true"));
        QCOMPARE(query.allQueryItemValues(QStringLiteral("not_user_type")), (QStringList { QStringLiteral("bot") }));
        QCOMPARE(query.queryItemValue(QStringLiteral("order_by")), QStringLiteral("last_seen_ts"));
        QCOMPARE(query.queryItemValue(QStringLiteral("dir")), QStringLiteral("b"));

        const QUrlQuery plain(UserApi::listRequest(UserListQuery(), 0, 100).url(QUrl(QStringLiteral("https://h"))));
        QVERIFY(!plain.hasQueryItem(QStringLiteral("name")));
        QVERIFY(!plain.hasQueryItem(QStringLiteral("admins")));
        QCOMPARE(plain.queryItemValue(QStringLiteral("order_by")), QStringLiteral("name"));
        QCOMPARE(plain.queryItemValue(QStringLiteral("dir")), QStringLiteral("f"));
    }

    void parsePageUsesMilliseconds()
    {
        const QJsonObject obj { { QStringLiteral("users"),
                                  QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("@a:x") },
                                                             { QStringLiteral("displayname"), QStringLiteral("A") },
                                                             { QStringLiteral("admin"), true },
                                                             { QStringLiteral("creation_ts"), 1700000000123.0 },
                                                             { QStringLiteral("last_seen_ts"), QJsonValue() },
                                                             { QStringLiteral("user_type"), QJsonValue() } } } },
                                { QStringLiteral("total"), 7 },
                                { QStringLiteral("next_token"), QStringLiteral("1") } };
        const auto page = UserApi::parsePage(obj);
        QVERIFY(page.ok());
        QCOMPARE(page->total, 7);
        QCOMPARE(page->nextFrom.value_or(-1), 1);
        QCOMPARE(page->users.size(), 1);
        const UserSummary &u = page->users.first();
        QCOMPARE(u.created, QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC));
        QVERIFY(!u.lastSeen.isValid());
        QVERIFY(u.admin);
        QVERIFY(u.userType.isEmpty());

        QVERIFY(!UserApi::parsePage(QJsonObject { { QStringLiteral("total"), 1 } }).ok());
        QVERIFY(!UserApi::parsePage(QJsonObject { { QStringLiteral("users"), QJsonArray() } }).ok());
        QVERIFY(!UserApi::parsePage(QJsonObject { { QStringLiteral("users"), QJsonArray() },
                                                  { QStringLiteral("total"), 0 },
                                                  { QStringLiteral("next_token"), QStringLiteral("x") } })
                     .ok());
    }

    void parseDetailsUsesSeconds()
    {
        const QJsonObject obj {
            { QStringLiteral("name"), QStringLiteral("@a:x") },
            { QStringLiteral("creation_ts"), 1700000000 },
            { QStringLiteral("threepids"),
              QJsonArray { QJsonObject { { QStringLiteral("medium"), QStringLiteral("email") },
                                         { QStringLiteral("address"), QStringLiteral("a@x") },
                                         { QStringLiteral("added_at"), 1700000000000.0 } } } },
            { QStringLiteral("external_ids"),
              QJsonArray { QJsonObject { { QStringLiteral("auth_provider"), QStringLiteral("oidc") },
                                         { QStringLiteral("external_id"), QStringLiteral("42") } } } },
        };
        const auto d = UserApi::parseDetails(obj);
        QVERIFY(d.ok());
        QCOMPARE(d->summary.created, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QCOMPARE(d->threepids.size(), 1);
        QCOMPARE(d->threepids.first().addedAt, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QCOMPARE(d->externalIds.size(), 1);
        QCOMPARE(d->externalIds.first().id, QStringLiteral("42"));
    }

    void changesSendOnlyWhatChanged()
    {
        UserChanges c;
        QVERIFY(c.isEmpty());
        c.password = QStringLiteral("pw");
        c.logoutDevices = false;
        const QJsonObject o = c.toJson();
        QCOMPARE(o.size(), 2);
        QCOMPARE(o.value(QStringLiteral("logout_devices")).toBool(true), false);
        UserChanges a;
        a.admin = false;
        QCOMPARE(a.toJson(), (QJsonObject { { QStringLiteral("admin"), false } }));
    }

    void userIdGuard_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("@alice:example.org") << QStringLiteral("@alice:example.org");
        QTest::newRow("allowed punctuation") << QStringLiteral("@a.b_c=d-e/f+g:host-1.example.org:8448")
                                             << QStringLiteral("@a.b_c=d-e/f+g:host-1.example.org:8448");
        QTest::newRow("formula") << QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0:x")
                                 << QStringLiteral("'@SUM(1+1)*cmd|' /C calc'!A0:x");
        QTest::newRow("upper case") << QStringLiteral("@Legacy:x") << QStringLiteral("'@Legacy:x");
    }
    void userIdGuard()
    {
        QFETCH(QString, id);
        QFETCH(QString, written);
        QCOMPARE(UserExport::guardedUserId(id), written);
    }

    void exportRowFormat()
    {
        UserSummary u;
        u.userId = QStringLiteral("@a:x");
        u.displayName = QStringLiteral("=HYPERLINK(\"http://evil\")");
        u.admin = true;
        u.created = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
        const QStringList row = UserExport::row(u);
        QCOMPARE(row.size(), UserExport::header().size());
        QCOMPARE(row.at(2), QStringLiteral("true"));
        QCOMPARE(row.at(3), QStringLiteral("false"));
        QCOMPARE(row.at(10), QStringLiteral("2023-11-14T22:13:20Z"));
        QCOMPARE(row.at(11), QString());

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter w(&buffer);
        w.setTrustedColumns(UserExport::trustedColumns());
        w.writeRow(row);
        // The display name is guarded by CsvWriter (not a trusted column).
        QVERIFY(buffer.data().startsWith("@a:x,\"'=HYPERLINK(\"\"http://evil\"\")\",true,false,"));
    }

    void pagerSurvivesShifts_data()
    {
        QTest::addColumn<int>("inserted"); // before the current position, after the first page
        QTest::addColumn<int>("removed"); // from the already-delivered part, after the first page
        QTest::addColumn<int>("readAhead"); // pages asked for ahead; -1: streamed (the export's way)
        for (const int ahead : { 0, 2, -1 }) {
            const auto name = [ahead](const char *what) {
                // A QByteArray: it lives until the end of each newRow() statement (qPrintable's would not).
                return (ahead < 0 ? QStringLiteral("%1, streamed").arg(QLatin1String(what))
                                  : QStringLiteral("%1, read-ahead %2").arg(QLatin1String(what)).arg(ahead))
                    .toUtf8();
            };
            QTest::newRow(name("unchanged").constData()) << 0 << 0 << ahead;
            QTest::newRow(name("insert < overlap").constData()) << 2 << 0 << ahead;
            QTest::newRow(name("insert > page").constData()) << 17 << 0 << ahead;
            QTest::newRow(name("remove < overlap").constData()) << 0 << 2 << ahead;
            QTest::newRow(name("remove > overlap").constData()) << 0 << 7 << ahead;
            QTest::newRow(name("remove > page").constData()) << 0 << 23 << ahead;
            QTest::newRow(name("both").constData()) << 9 << 13 << ahead;
            // The list ends before the next page: that page comes back empty.
            QTest::newRow(name("remove past the position").constData()) << 0 << 80 << ahead;
        }
    }
    void pagerSurvivesShifts()
    {
        QFETCH(int, inserted);
        QFETCH(int, removed);
        QFETCH(int, readAhead);
        FakeList list;
        for (int i = 0; i < 95; ++i) {
            list.ids << uid("b", i);
        }
        const QStringList original = list.ids;
        list.beforeRequest = [&](int n) {
            if (n == 2) { // after two pages were delivered
                for (int i = 0; i < removed; ++i) {
                    list.ids.removeAt(1); // keep the first row, drop delivered ones
                }
                for (int i = 0; i < inserted; ++i) {
                    list.ids.insert(i, uid("a", i)); // before every b: sorted by ID, as asked
                }
            }
        };
        PagerWalk walk;
        QVERIFY(walk.listen(list));
        UserPager &pager = walk.pager;
        pager.setPageSize(10);
        pager.setOverlap(3);
        pager.setReadAhead(qMax(0, readAhead));
        pager.setStreamed(readAhead < 0);
        QCOMPARE(pager.isStreamed(), readAhead < 0);
        int mostInFlight = 0;
        connect(&pager, &UserPager::rowsArrived, this, [&]() { // after the walk asked for more
            if (!pager.atEnd()) {
                mostInFlight = qMax(mostInFlight, pager.pagesInFlight());
            }
        });
        pager.fetchNext();
        QTRY_VERIFY_WITH_TIMEOUT(pager.atEnd() || pager.hasError(), 20000);
        QVERIFY(!pager.hasError());
        QCOMPARE(QSet<QString>(walk.got.begin(), walk.got.end()).size(), walk.got.size()); // no duplicates
        if (readAhead <= 0) {
            QCOMPARE(mostInFlight, 1);
            QCOMPARE(pager.droppedAhead(), 0);
        } else {
            QCOMPARE(mostInFlight, readAhead + 1); // the page waited for and those asked for ahead
            if (inserted + removed == 0) {
                QCOMPARE(pager.droppedAhead(), 0); // every page asked for ahead was the next one
                QCOMPARE(pager.requestCount(), 10); // 95 rows, 10 a page (the overlap adds none)
            } else if (inserted == 0 && removed > pager.overlap()) {
                // The pager stepped back: the pages asked for ahead were not the next ones, and were
                // dropped rather than delivered (the checks above: nothing twice, nothing missed).
                QVERIFY(pager.droppedAhead() > 0);
            }
        }
        for (const QString &id : original) {
            if (list.ids.contains(id)) {
                QVERIFY2(walk.got.contains(id), qPrintable(id + QStringLiteral(" missing")));
            }
        }
        QCOMPARE(pager.listChanged(), inserted + removed > 0);
        if (inserted + removed == 0) {
            QCOMPARE(walk.got, original);
        }
    }

    void flatUserReaderAgreesWithQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("fast"); // the fast reader must answer (the common shape)
        const QByteArray synapse =
            "{\"name\":\"@alice:example.org\",\"user_type\":null,\"is_guest\":false,\"admin\":false,\"deactivated\":"
            "false,"
            "\"shadow_banned\":false,\"displayname\":\"Alice\",\"avatar_url\":\"mxc://example.org/"
            "a\",\"creation_ts\":1700000000000,"
            "\"approved\":true,\"erased\":false,\"last_seen_ts\":1710000000123,\"locked\":false,\"suspended\":false}";
        QTest::newRow("synapse's shape") << synapse << true;
        QTest::newRow("flags true") << QByteArray(
            "{\"name\":\"@b:x\",\"admin\":true,\"deactivated\":true,\"erased\":true,"
            "\"locked\":true,\"is_guest\":true,\"shadow_banned\":true,\"user_type\":\"bot\"}")
                                    << true;
        QTest::newRow("whitespace") << QByteArray(" {\n \"name\" :\t\"@c:x\" , \"last_seen_ts\" : 0 }\r\n") << true;
        QTest::newRow("nulls") << QByteArray(
            "{\"name\":\"@d:x\",\"displayname\":null,\"last_seen_ts\":null,\"creation_ts\":null}")
                               << true;
        QTest::newRow("number as string")
            << QByteArray("{\"name\":\"@e:x\",\"displayname\":5,\"admin\":1,\"creation_ts\":\"17\"}") << true;
        QTest::newRow("negative and zero times")
            << QByteArray("{\"name\":\"@f:x\",\"creation_ts\":-5,\"last_seen_ts\":-0}") << true;
        QTest::newRow("year 9999 and beyond")
            << QByteArray("{\"name\":\"@g:x\",\"creation_ts\":253402300799999,\"last_seen_ts\":253402300800000}")
            << true;
        // Not the common shape: the fast reader leaves these to QJsonDocument.
        QTest::newRow("escape") << QByteArray("{\"name\":\"@h:x\",\"displayname\":\"A \\\"quoted\\\" name\"}") << false;
        QTest::newRow("unicode") << QByteArray("{\"name\":\"@i:x\",\"displayname\":\"J\xc3\xbcrgen\"}") << false;
        QTest::newRow("invalid utf-8") << QByteArray("{\"name\":\"@i:x\",\"displayname\":\"\xc3\"}") << false;
        QTest::newRow("control character") << QByteArray("{\"name\":\"@j:x\",\"displayname\":\"a\tb\"}") << false;
        QTest::newRow("fraction") << QByteArray("{\"name\":\"@k:x\",\"creation_ts\":1.5}") << false;
        QTest::newRow("exponent") << QByteArray("{\"name\":\"@k:x\",\"creation_ts\":1e3}") << false;
        QTest::newRow("16 digits") << QByteArray("{\"name\":\"@l:x\",\"creation_ts\":1234567890123456}") << false;
        QTest::newRow("leading zero") << QByteArray("{\"name\":\"@l:x\",\"creation_ts\":0123}") << false;
        QTest::newRow("nested") << QByteArray("{\"name\":\"@m:x\",\"threepids\":[{\"medium\":\"email\"}]}") << false;
        QTest::newRow("name twice") << QByteArray("{\"name\":\"@n:x\",\"name\":\"@o:x\"}") << false;
        QTest::newRow("no name") << QByteArray("{\"displayname\":\"P\"}") << false;
        QTest::newRow("empty name") << QByteArray("{\"name\":\"\"}") << false;
        QTest::newRow("empty object") << QByteArray("{}") << false;
        QTest::newRow("trailing comma") << QByteArray("{\"name\":\"@q:x\",}") << false;
        QTest::newRow("trailing bytes") << QByteArray("{\"name\":\"@q:x\"}x") << false;
        QTest::newRow("cut short") << QByteArray("{\"name\":\"@r:x\",\"admin\":tru") << false;
        QTest::newRow("not an object") << QByteArray("[\"@s:x\"]") << false;
    }
    void flatUserReaderAgreesWithQJsonDocument()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, fast);
        const std::optional<UserSummary> quick = UserApi::readFlatListedUser(json);
        QCOMPARE(quick.has_value(), fast);
        if (!quick) {
            return;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const Result<UserSummary> slow = UserApi::parseListedUser(doc.object());
        QVERIFY(slow.ok());
        const UserSummary &a = *quick;
        const UserSummary &b = slow.value();
        QCOMPARE(a.userId, b.userId);
        QCOMPARE(a.displayName, b.displayName);
        QCOMPARE(a.avatarUrl, b.avatarUrl);
        QCOMPARE(a.userType, b.userType);
        QCOMPARE(a.admin, b.admin);
        QCOMPARE(a.deactivated, b.deactivated);
        QCOMPARE(a.erased, b.erased);
        QCOMPARE(a.locked, b.locked);
        QCOMPARE(a.guest, b.guest);
        QCOMPARE(a.shadowBanned, b.shadowBanned);
        QCOMPARE(a.created, b.created);
        QCOMPARE(a.lastSeen, b.lastSeen);
    }

    void streamedPagerRereadsAPageCutShort()
    {
        // A page's answer stops half-way: the rows read before the cut may have been handed out; the
        // request is sent again and every user comes exactly once, in order.
        FakeList list;
        for (int i = 0; i < 300; ++i) {
            list.ids << uid("b", i);
        }
        list.truncateRequest = 1; // the second page
        PagerWalk walk;
        QVERIFY(walk.listen(list));
        RetryPolicy fast;
        fast.baseDelay = std::chrono::milliseconds(10);
        walk.api.setRetryPolicy(fast);
        UserPager &pager = walk.pager;
        pager.setStreamed(true);
        pager.setPageSize(100);
        pager.fetchNext();
        QTRY_VERIFY_WITH_TIMEOUT(pager.atEnd() || pager.hasError(), 20000);
        QVERIFY2(!pager.hasError(), qPrintable(pager.error().describe()));
        QCOMPARE(walk.got, list.ids);
        QCOMPARE(pager.delivered(), 300);
        QCOMPARE(list.requests, 4); // 3 pages and the one sent again
    }

    void streamedPagerRetriesAfterAFailedPage()
    {
        // The page fails for good (no transient retries): rows handed out before stay delivered,
        // fetchNext() asks again, and every user comes exactly once.
        FakeList list;
        for (int i = 0; i < 300; ++i) {
            list.ids << uid("d", i);
        }
        list.truncateRequest = 1;
        PagerWalk walk;
        QVERIFY(walk.listen(list));
        RetryPolicy none;
        none.maxTransientRetries = 0;
        walk.api.setRetryPolicy(none);
        UserPager &pager = walk.pager;
        pager.setStreamed(true);
        pager.setPageSize(100);
        int failures = 0;
        connect(&pager, &UserPager::failed, this, [&]() {
            ++failures;
            QVERIFY(!pager.isFetching());
            QTimer::singleShot(0, &pager, [&pager]() { pager.fetchNext(); });
        });
        pager.fetchNext();
        QTRY_VERIFY_WITH_TIMEOUT(pager.atEnd(), 20000);
        QCOMPARE(failures, 1);
        QCOMPARE(walk.got, list.ids);
    }

    void streamedPagerTakesPagesLargerThanTheUnstreamedMaximum()
    {
        FakeList list;
        for (int i = 0; i < 2500; ++i) {
            list.ids << uid("c", i);
        }
        PagerWalk walk;
        QVERIFY(walk.listen(list));
        UserPager &pager = walk.pager;
        pager.setPageSize(UserPager::MaxPageSize * 3);
        QCOMPARE(pager.pageSize(), UserPager::MaxPageSize); // not streamed: the cap
        pager.setStreamed(true);
        QCOMPARE(pager.pageSize(), UserPager::MaxPageSize * 3);
        pager.fetchNext();
        QTRY_VERIFY_WITH_TIMEOUT(pager.atEnd() || pager.hasError(), 20000);
        QVERIFY(!pager.hasError());
        QCOMPARE(walk.got, list.ids);
        QCOMPARE(list.requests, 1);
        QCOMPARE(pager.requestCount(), 1);
    }

    void exportAsksForSmallerPagesWhenALargeOneFails()
    {
        // A proxy in front of the server gives up on pages of more than 12,000 users: the export
        // halves its page until one comes, and every user is written once.
        FakeList list;
        for (int i = 0; i < 25000; ++i) {
            list.ids << QStringLiteral("@e%1:x").arg(i, 5, 10, QLatin1Char('0')); // sorted as bytes
        }
        list.maxLimit = 12000;
        FakeHttpServer fake;
        fake.setHandler([&list](const FakeRequest &r) { return list.serve(r); });
        QVERIFY(fake.listen());
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(fake.url());
        api.setAccessToken(QStringLiteral("t"));
        RetryPolicy fast;
        fast.baseDelay = std::chrono::milliseconds(10);
        fast.maxTransientRetries = 1;
        api.setRetryPolicy(fast);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        UserExport job(&api);
        QSignalSpy finished(&job, &Operation::finished);
        job.start(&out);
        QVERIFY(finished.wait(60000));
        QCOMPARE(job.status(), UserExport::Status::Succeeded);
        // 500,000 -> 250,000 -> 125,000 -> 62,500 -> 31,250: each refused once (large pages are not sent
        // again as they were); 15,625: refused, retried once by ApiService, refused; then 10,000.
        QCOMPARE(list.refused, 7);
        const QList<QStringList> rows = StewardTest::parseCsv(QString::fromUtf8(out.data()));
        QStringList ids;
        for (int i = 1; i < rows.size(); ++i) {
            ids << rows.at(i).at(0);
        }
        QCOMPARE(ids, list.ids);
        QCOMPARE(job.rowsWritten(), 25000);
    }

    void pagerStopsOnUnsortedPage_data()
    {
        QTest::addColumn<bool>("streamed");
        QTest::newRow("whole pages") << false;
        QTest::newRow("streamed") << true;
    }
    void pagerStopsOnUnsortedPage()
    {
        // Sorted by user ID, the pager keeps only the last ID it delivered; a page out of that order
        // would make it take rows for delivered ones: it stops and says why instead.
        FakeList list;
        for (int i = 0; i < 30; ++i) {
            list.ids << uid("b", i);
        }
        list.ids.swapItemsAt(14, 15);
        PagerWalk walk;
        QVERIFY(walk.listen(list));
        QFETCH(bool, streamed);
        UserPager &pager = walk.pager;
        pager.setPageSize(10);
        pager.setStreamed(streamed);
        pager.fetchNext();
        QTRY_VERIFY_WITH_TIMEOUT(pager.hasError(), 20000);
        QVERIFY2(pager.error().message().contains(QStringLiteral("did not sort the users by user ID")),
                 qPrintable(pager.error().message()));
        if (streamed) {
            // The rows of the second page before the fault may have been handed out already, never more.
            QVERIFY(walk.got.size() >= 10 && walk.got.size() <= 14);
            QCOMPARE(walk.got, list.ids.mid(0, walk.got.size()));
        } else {
            QCOMPARE(walk.got, list.ids.mid(0, 10)); // the first page only
        }
        QCOMPARE(pager.delivered(), walk.got.size());
    }
};

QTEST_GUILESS_MAIN(TestUserApi)
#include "tst_userapi.moc"
