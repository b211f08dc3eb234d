// Server notices against a fake server for the faults a real Synapse will not produce on demand: the
// server delivers a notice and then answers 500, or drops the connection after delivering. No
// recipient ever gets two copies: every request for a recipient carries the same transaction ID (a
// real server answers a repeated one from its cache), a lost answer is checked in the recipient's
// rooms, and the resumed run sends only what is not done, with the same IDs. A server without a
// server notices user is found before anything is sent.
#include "apiservice.h"
#include "fakehttpserver.h"
#include "notices/servernoticeapi.h"
#include "notices/servernoticerun.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Steward;
using namespace StewardTest;

class TestNoticesFake : public QObject
{
    Q_OBJECT

    struct Fake
    {
        FakeHttpServer http;
        enum class Mode { Healthy, FailAfter, Disabled } mode = Mode::Healthy;
        int acceptedOk = 0; ///< FailAfter: PUTs answered 200 before the faults start
        int puts = 0;
        QHash<QString, QSet<QString>> txnsByUser; ///< every transaction ID a user's notice was sent with
        QHash<QString, QString> userOfTxn;
        QHash<QString, QJsonObject> delivered; ///< txn -> content (delivered once per txn, like Synapse)

        Fake()
        {
            http.setHandler([this](const FakeRequest &r) { return handle(r); });
        }

        FakeResponse handle(const FakeRequest &r)
        {
            const QString path = QUrl::fromPercentEncoding(r.path());
            if (r.method == "POST" && path == u"/_synapse/admin/v1/send_server_notice") {
                if (mode == Mode::Disabled) {
                    return FakeResponse::json(
                        400,
                        { { "errcode", "M_UNKNOWN" }, { "error", "Server notices are not enabled on this server" } });
                }
                return FakeResponse::json(404, { { "errcode", "M_NOT_FOUND" }, { "error", "User not found" } });
            }
            if (r.method == "GET" && path.startsWith(u"/_synapse/admin/v2/users/")) {
                const QString id = path.section(u'/', 5);
                return FakeResponse::json(200, { { "name", id }, { "deactivated", false }, { "admin", false } });
            }
            if (r.method == "GET" && path.endsWith(u"/memberships")) {
                const QString id = path.section(u'/', 5, 5);
                return FakeResponse::json(
                    200, { { "memberships", QJsonObject { { QStringLiteral("!notices-") + id, "invite" } } } });
            }
            if (r.method == "GET" && path.endsWith(u"/messages")) {
                const QString user = path.section(u'/', 5, 5).mid(QStringLiteral("!notices-").size());
                QJsonArray chunk;
                for (const QString &txn : txnsByUser.value(user)) {
                    if (delivered.contains(txn)) {
                        chunk.append(QJsonObject { { "type", "m.room.message" }, { "content", delivered.value(txn) } });
                    }
                }
                return FakeResponse::json(200, { { "chunk", chunk } });
            }
            if (r.method == "PUT" && path.startsWith(u"/_synapse/admin/v1/send_server_notice/")) {
                const QString txn = path.section(u'/', 5);
                const QJsonObject body = r.json();
                const QString user = body.value(QStringLiteral("user_id")).toString();
                txnsByUser[user].insert(txn);
                userOfTxn.insert(txn, user);
                delivered.insert(txn, body.value(QStringLiteral("content")).toObject()); // the same txn: one copy
                ++puts;
                if (mode == Mode::FailAfter && puts > acceptedOk) {
                    // Even-numbered users: a 500 after delivering; odd ones: the connection drops after
                    // delivering, on every retry too.
                    if (user.mid(5, user.indexOf(u':') - 5).toInt() % 2 == 0) {
                        return FakeResponse::json(500,
                                                  { { "errcode", "M_UNKNOWN" }, { "error", "Internal server error" } });
                    }
                    return FakeResponse::reset(); // delivered, but the answer never comes
                }
                return FakeResponse::json(200, { { QStringLiteral("event_id"), QString(QStringLiteral("$") + txn) } });
            }
            return FakeResponse::json(404, { { "errcode", "M_UNRECOGNIZED" }, { "error", "Unrecognized request" } });
        }
    };

    static QStringList users(int n)
    {
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            ids << QStringLiteral("@user%1:example.org").arg(i);
        }
        return ids;
    }

private Q_SLOTS:
    void faultsNeverDeliverTwice()
    {
        Fake fake;
        QVERIFY(fake.http.listen());
        fake.mode = Fake::Mode::FailAfter;
        fake.acceptedOk = 10;
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(fake.http.url());
        api.setAccessToken(QStringLiteral("token"));
        RetryPolicy quick = api.retryPolicy();
        quick.baseDelay = std::chrono::milliseconds(10);
        api.setRetryPolicy(quick);
        QTemporaryDir dir;

        ServerNoticeRun first(&api);
        first.setSelfUserId(QStringLiteral("@admin:example.org"));
        first.setMessage(QStringLiteral("Maintenance"), QStringLiteral("<b>Maintenance</b>"));
        first.setJournalDirectory(dir.path());
        first.setConcurrency(3);
        const QStringList ids = users(30);
        first.planUsers(ids);
        QVERIFY(QTest::qWaitFor([&]() { return first.state() == Operation::State::Planned; }, 30000));
        QVERIFY(first.planError().isOk());
        QCOMPARE(first.tally().planned, 30);
        first.run();
        QVERIFY(QTest::qWaitFor([&]() { return first.state() == Operation::State::Finished; }, 120000));
        const OperationTally t1 = first.tally();
        QVERIFY2(t1.done >= 10 && t1.failed > 0, qPrintable(t1.summary()));
        // A lost answer was checked in the recipient's rooms: done, verified, never guessed.
        int verified = 0;
        for (const auto &r : first.recipients()) {
            verified += r.outcome.verified ? 1 : 0;
            QVERIFY(r.outcome.status != ItemStatus::Unknown);
            if (r.outcome.status == ItemStatus::Failed) {
                QVERIFY2(r.outcome.reason.contains(QStringLiteral("500"))
                             || r.outcome.reason.contains(QStringLiteral("Internal")),
                         qPrintable(r.outcome.reason));
            }
        }
        QVERIFY(verified > 0);
        QVERIFY(!first.journalPath().isEmpty());

        // The server recovers; the resumed run sends the failed ones again, with the same IDs.
        fake.mode = Fake::Mode::Healthy;
        ServerNoticeRun second(&api);
        second.setSelfUserId(QStringLiteral("@admin:example.org"));
        QString error;
        QVERIFY2(second.resume(first.journalPath(), &error), qPrintable(error));
        QCOMPARE(second.runId(), first.runId());
        QCOMPARE(second.text(), QStringLiteral("Maintenance"));
        second.run();
        QVERIFY(QTest::qWaitFor([&]() { return second.state() == Operation::State::Finished; }, 120000));
        QCOMPARE(second.tally().done, 30);

        for (const QString &id : ids) {
            QCOMPARE(fake.txnsByUser.value(id).size(), 1); // one transaction ID per recipient, ever
            QCOMPARE(*fake.txnsByUser.value(id).cbegin(), ServerNoticeApi::transactionId(first.runId(), id));
        }
        QCOMPARE(fake.delivered.size(), 30);
        const QJsonObject content = fake.delivered.value(ServerNoticeApi::transactionId(first.runId(), ids.first()));
        QCOMPARE(content.value(QStringLiteral("body")).toString(), QStringLiteral("Maintenance"));
        QCOMPARE(content.value(QStringLiteral("formatted_body")).toString(), QStringLiteral("<b>Maintenance</b>"));
        QCOMPARE(content.value(QStringLiteral("format")).toString(), QStringLiteral("org.matrix.custom.html"));
    }

    void disabledServerIsFoundBeforeSending()
    {
        Fake fake;
        QVERIFY(fake.http.listen());
        fake.mode = Fake::Mode::Disabled;
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(fake.http.url());
        api.setAccessToken(QStringLiteral("token"));
        ServerNoticeRun run(&api);
        run.setSelfUserId(QStringLiteral("@admin:example.org"));
        run.setMessage(QStringLiteral("hi"));
        run.planAll();
        QVERIFY(QTest::qWaitFor([&]() { return run.state() == Operation::State::Planned; }, 30000));
        QVERIFY(run.noticesDisabled());
        QVERIFY(ServerNoticeApi::notEnabledText().contains(QStringLiteral("server_notices")));
        run.run(); // refused: nothing is sent
        QCOMPARE(fake.puts, 0);
        QCOMPARE(fake.http.requestCount("GET", "/_synapse/admin/v2/users"), 0);
    }

    void transactionIdsAreStable()
    {
        const QString a = ServerNoticeApi::transactionId(QStringLiteral("run1"), QStringLiteral("@a:x"));
        QCOMPARE(a, ServerNoticeApi::transactionId(QStringLiteral("run1"), QStringLiteral("@a:x")));
        QVERIFY(a != ServerNoticeApi::transactionId(QStringLiteral("run1"), QStringLiteral("@b:x")));
        QVERIFY(a != ServerNoticeApi::transactionId(QStringLiteral("run2"), QStringLiteral("@a:x")));
    }
};

QTEST_GUILESS_MAIN(TestNoticesFake)
#include "tst_notices_fake.moc"
