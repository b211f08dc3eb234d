// The bulk join engine against a fake Synapse: 429 storms, cancel with an exact report, a run that
// dies and is resumed from its journal, "retry failed".
#include "apiservice.h"
#include "bulkjoinengine.h"
#include "bulkjoinjournal.h"
#include "fakesynapse.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Steward;
using namespace StewardTest;
using Outcome = BulkJoinPair::Outcome;

class TestBulkJoinEngine : public QObject
{
    Q_OBJECT

    QNetworkAccessManager *m_nam = nullptr;
    FakeHttpServer *m_server = nullptr;
    ApiService *m_api = nullptr;
    std::unique_ptr<FakeSynapse> m_synapse;
    std::unique_ptr<QTemporaryDir> m_dir;

    BulkJoinPlan plan(int users, int rooms) const
    {
        BulkJoinPlan p;
        p.adminUserId = m_synapse->admin;
        p.serverName = m_synapse->serverName;
        for (int i = 0; i < users; ++i) {
            p.users << m_synapse->uid(i);
        }
        for (int i = 0; i < rooms; ++i) {
            BulkJoinRoom r;
            r.input = r.roomId = m_synapse->roomId(i);
            r.joinRule = QStringLiteral("public");
            r.adminJoined = true;
            p.rooms << r;
        }
        p.rebuild();
        return p;
    }

    static bool waitFinished(QSignalSpy &spy, int ms = 30000) { return spy.count() > 0 || spy.wait(ms); }

    void verifyEveryPairJoinedOnce(const BulkJoinReport &report)
    {
        for (const auto &p : report.pairs) {
            QCOMPARE(BulkJoinPair::outcomeName(p.outcome), QStringLiteral("joined"));
            QCOMPARE(m_synapse->joinCount.value(p.user + QLatin1Char(' ') + p.roomId), 1);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_nam = new QNetworkAccessManager(this);
        m_server = new FakeHttpServer(this);
        QVERIFY(m_server->listen());
        m_synapse = std::make_unique<FakeSynapse>();
        m_synapse->populate(40, 4);
        m_synapse->attach(m_server);
        m_api = new ApiService(m_nam, this);
        m_api->setBaseUrl(m_server->url());
        m_api->setAccessToken(QStringLiteral("syt_fake_token_for_tests_only"));
        RetryPolicy policy;
        policy.baseDelay = std::chrono::milliseconds(10);
        policy.maxRateLimitRetries = 1000;
        m_api->setRetryPolicy(policy);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        delete m_api;
        delete m_server;
        delete m_nam;
    }

    void rateLimitStormEveryPairJoined()
    {
        m_synapse->rateLimitShare = 0.6;
        BulkJoinEngine engine(m_api);
        engine.setJournalDirectory(m_dir->path());
        QSignalSpy finished(&engine, &BulkJoinEngine::finished);
        QString error;
        QVERIFY2(engine.start(plan(30, 4), &error), qPrintable(error));
        QVERIFY(engine.isRunning());
        QVERIFY(waitFinished(finished, 60000));
        QVERIFY(m_synapse->rateLimited > 20);
        QCOMPARE(engine.report().pairs.size(), 120);
        QVERIFY(engine.report().allDone());
        verifyEveryPairJoinedOnce(engine.report());
        QVERIFY(m_server->maxConcurrent() <= BulkJoinEngine::DefaultConcurrency);
        QCOMPARE(m_api->maxInFlight(), 8); // restored
    }

    void concurrencyIsBounded()
    {
        m_synapse->joinDelayMs = 20;
        BulkJoinEngine engine(m_api);
        engine.setJournalDirectory(m_dir->path());
        engine.setConcurrency(3);
        QSignalSpy finished(&engine, &BulkJoinEngine::finished);
        QString error;
        QVERIFY(engine.start(plan(10, 4), &error));
        QVERIFY(waitFinished(finished));
        QCOMPARE(m_server->maxConcurrent(), 3);
        verifyEveryPairJoinedOnce(engine.report());
    }

    void cancelMidRunReportIsExact()
    {
        m_synapse->joinDelayMs = 40;
        BulkJoinEngine engine(m_api);
        engine.setJournalDirectory(m_dir->path());
        engine.setConcurrency(4);
        QSignalSpy finished(&engine, &BulkJoinEngine::finished);
        int seen = 0;
        connect(&engine, &BulkJoinEngine::pairFinished, this, [&](int) {
            if (++seen == 10) {
                engine.cancel();
            }
        });
        QString error;
        QVERIFY(engine.start(plan(40, 2), &error));
        QVERIFY(waitFinished(finished));
        const BulkJoinReport report = engine.report();
        QVERIFY(report.cancelled);
        int serverJoins = 0;
        for (const int n : std::as_const(m_synapse->joinCount)) {
            serverJoins += n;
        }
        // The requests in flight at cancel time finished; nothing else was sent.
        QVERIFY(serverJoins >= 10 && serverJoins <= 14);
        QCOMPARE(report.count(Outcome::Joined), serverJoins);
        QCOMPARE(report.count(Outcome::NotAttempted), 80 - serverJoins);
        QCOMPARE(report.count(Outcome::ToJoin), 0);
        QCOMPARE(report.count(Outcome::Failed), 0);
        for (const auto &p : report.pairs) {
            const bool onServer = m_synapse->members.value(p.roomId).contains(p.user);
            QCOMPARE(onServer, p.outcome == Outcome::Joined);
        }
        QString loadError;
        const auto journal = BulkJoinJournal::load(engine.journalPath(), &loadError);
        QVERIFY2(journal, qPrintable(loadError));
        QVERIFY(journal->ended);
        for (int i = 0; i < report.pairs.size(); ++i) {
            QCOMPARE(journal->pairs.at(i).outcome, report.pairs.at(i).outcome);
        }
    }

    void killedRunResumesWithoutRepeating()
    {
        m_synapse->joinDelayMs = 30;
        QString path;
        {
            auto *engine = new BulkJoinEngine(m_api);
            engine->setJournalDirectory(m_dir->path());
            int seen = 0;
            bool gone = false;
            connect(engine, &BulkJoinEngine::pairFinished, this, [&](int) {
                if (++seen == 15 && !gone) {
                    gone = true;
                    engine->deleteLater(); // dies like a killed process: no end line, requests still out
                }
            });
            QString error;
            QVERIFY(engine->start(plan(20, 3), &error));
            path = engine->journalPath();
            QTRY_VERIFY_WITH_TIMEOUT(gone, 20000);
            QTest::qWait(200); // the orphaned requests land on the server
        }
        const auto unfinished = BulkJoinJournal::unfinished(m_dir->path(), m_api->baseUrl().toString());
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().path, path);
        QVERIFY(unfinished.first().remaining() > 0);

        BulkJoinEngine engine(m_api);
        engine.setJournalDirectory(m_dir->path());
        QSignalSpy finished(&engine, &BulkJoinEngine::finished);
        QString error;
        QVERIFY2(engine.resume(path, &error), qPrintable(error));
        QVERIFY(waitFinished(finished));
        QCOMPARE(engine.report().pairs.size(), 60);
        verifyEveryPairJoinedOnce(engine.report());
        QVERIFY(BulkJoinJournal::unfinished(m_dir->path(), QString()).isEmpty());
    }

    void retryFailedJoinsTheRest()
    {
        int refusals = 5;
        m_server->setHandler([&](const FakeRequest &req) {
            if (req.path().startsWith("/_synapse/admin/v1/join/") && refusals > 0) {
                --refusals;
                return FakeResponse::json(403,
                                          { { QStringLiteral("errcode"), QStringLiteral("M_FORBIDDEN") },
                                            { QStringLiteral("error"), QStringLiteral("Nope, not now") } });
            }
            return m_synapse->handle(req);
        });
        BulkJoinEngine engine(m_api);
        engine.setJournalDirectory(m_dir->path());
        engine.setConcurrency(1);
        QSignalSpy finished(&engine, &BulkJoinEngine::finished);
        QString error;
        QVERIFY(engine.start(plan(5, 2), &error));
        QVERIFY(waitFinished(finished));
        QCOMPARE(engine.report().count(Outcome::Failed), 5);
        QVERIFY(engine.report().failedPairs().first().reason.contains(QStringLiteral("Nope, not now")));
        QVERIFY(engine.report().failedPairs().first().reason.contains(QStringLiteral("M_FORBIDDEN")));
        finished.clear();
        QVERIFY(engine.retryFailed(&error));
        QVERIFY(waitFinished(finished));
        QVERIFY(engine.report().allDone());
        verifyEveryPairJoinedOnce(engine.report());
    }
};

QTEST_GUILESS_MAIN(TestBulkJoinEngine)
#include "tst_bulkjoin_engine.moc"
