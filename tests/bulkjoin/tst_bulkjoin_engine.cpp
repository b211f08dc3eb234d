// The bulk join engine against a fake Synapse: 429 storms, cancel with an exact report, a run that
// dies and is resumed from its journal, "retry failed", answers lost after the server acted (verified
// in the member list), resume after cancel and after failures, the journal lock, damaged journals.
#include "apiservice.h"
#include "bulkjoin/bulkjoinengine.h"
#include "bulkjoin/bulkjoinjournal.h"
#include "fakesynapse.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
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
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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
        QCOMPARE(m_api->maxInFlight(), 8); // untouched: engines never change the service's settings
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
        connect(&engine, &BulkJoinEngine::itemSettled, this, [&](int) {
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
            connect(engine, &BulkJoinEngine::itemSettled, this, [&](int) {
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

    void lostAnswersAreVerifiedInTheMemberList()
    {
        // The server joins, then the connection dies before the answer (every attempt): for users 0-2
        // the join happened, for users 3-4 the request never reached the join (dropped before acting).
        m_server->setHandler([this](const FakeRequest &req) {
            if (req.path().startsWith("/_synapse/admin/v1/join/")) {
                const QString user = req.json().value(QStringLiteral("user_id")).toString();
                const int i = user.mid(2, 4).toInt();
                if (i < 3) {
                    m_synapse->handle(req);
                    return FakeResponse::reset();
                }
                if (i < 5) {
                    return FakeResponse::reset();
                }
            }
            return m_synapse->handle(req);
        });
        BulkJoinEngine engine(m_api);
        engine.setJournalDirectory(m_dir->path());
        QSignalSpy finished(&engine, &BulkJoinEngine::finished);
        QString error;
        QVERIFY(engine.start(plan(8, 2), &error));
        QVERIFY(waitFinished(finished, 60000));
        const BulkJoinReport &report = engine.report();
        QCOMPARE(report.count(Outcome::Unknown), 0);
        QCOMPARE(report.verifiedCount(), 10);
        for (const auto &p : report.pairs) {
            const int i = p.user.mid(2, 4).toInt();
            const bool onServer = m_synapse->members.value(p.roomId).contains(p.user);
            QCOMPARE(p.outcome == Outcome::Joined, onServer); // never a false outcome
            if (i < 3) {
                QCOMPARE(p.outcome, Outcome::Joined);
                QVERIFY2(p.reason.startsWith(QStringLiteral("verified:")), qPrintable(p.reason));
                QVERIFY(p.verified);
            } else if (i < 5) {
                QCOMPARE(p.outcome, Outcome::Failed);
                QVERIFY2(p.reason.contains(QStringLiteral("not joined")), qPrintable(p.reason));
            } else {
                QCOMPARE(p.outcome, Outcome::Joined);
                QVERIFY(!p.verified);
            }
        }
        QCOMPARE(report.count(Outcome::Joined), 12);
        QCOMPARE(report.count(Outcome::Failed), 4);
    }

    void unverifiableOutcomeStaysUnknownAndResumeChecksIt()
    {
        // The join happens, its answer is lost, and the member list cannot be read either.
        bool membersDown = true;
        m_server->setHandler([&](const FakeRequest &req) {
            if (req.path().startsWith("/_synapse/admin/v1/join/") && membersDown) {
                m_synapse->handle(req);
                return FakeResponse::reset();
            }
            if (req.path().endsWith("/members") && membersDown) {
                return FakeResponse::json(403,
                                          { { QStringLiteral("errcode"), QStringLiteral("M_FORBIDDEN") },
                                            { QStringLiteral("error"), QStringLiteral("members hidden") } });
            }
            return m_synapse->handle(req);
        });
        QString path;
        {
            BulkJoinEngine engine(m_api);
            engine.setJournalDirectory(m_dir->path());
            QSignalSpy finished(&engine, &BulkJoinEngine::finished);
            QString error;
            QVERIFY(engine.start(plan(2, 1), &error));
            path = engine.journalPath();
            QVERIFY(waitFinished(finished, 60000));
            QCOMPARE(engine.report().count(Outcome::Unknown), 2);
            QVERIFY(!engine.report().allDone());
            QVERIFY(engine.report().pairs.first().reason.contains(QStringLiteral("--resume")));
        }
        membersDown = false;
        const QHash<QString, int> joinsBefore = m_synapse->joinCount;
        const auto unfinished = BulkJoinJournal::unfinished(m_dir->path(), QString());
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().remaining(), 2);
        BulkJoinEngine engine(m_api);
        engine.setJournalDirectory(m_dir->path());
        QSignalSpy finished(&engine, &BulkJoinEngine::finished);
        QString error;
        QVERIFY2(engine.resume(path, &error), qPrintable(error));
        QVERIFY(waitFinished(finished));
        QVERIFY(engine.report().allDone());
        QCOMPARE(m_synapse->joinCount, joinsBefore); // found joined in the member list: not sent again
    }

    void cancelledRunCanBeResumed()
    {
        m_synapse->joinDelayMs = 20;
        QString path;
        {
            BulkJoinEngine engine(m_api);
            engine.setJournalDirectory(m_dir->path());
            engine.setConcurrency(2);
            QSignalSpy finished(&engine, &BulkJoinEngine::finished);
            connect(&engine, &BulkJoinEngine::itemSettled, &engine, [&engine](int) { engine.cancel(); });
            QString error;
            QVERIFY(engine.start(plan(10, 2), &error));
            path = engine.journalPath();
            QVERIFY(waitFinished(finished));
            QVERIFY(engine.report().cancelled);
            QVERIFY(engine.report().count(Outcome::NotAttempted) > 0);
        }
        const auto unfinished = BulkJoinJournal::unfinished(m_dir->path(), m_api->baseUrl().toString());
        QCOMPARE(unfinished.size(), 1); // Ctrl-C leaves a resumable journal
        QCOMPARE(unfinished.first().path, path);
        BulkJoinEngine engine(m_api);
        engine.setJournalDirectory(m_dir->path());
        QSignalSpy finished(&engine, &BulkJoinEngine::finished);
        QString error;
        QVERIFY2(engine.resume(path, &error), qPrintable(error));
        QVERIFY(waitFinished(finished));
        verifyEveryPairJoinedOnce(engine.report());
        QVERIFY(BulkJoinJournal::unfinished(m_dir->path(), QString()).isEmpty());
    }

    void runWithFailuresCanBeResumed()
    {
        bool refuse = true;
        m_server->setHandler([&](const FakeRequest &req) {
            if (refuse && req.path().startsWith("/_synapse/admin/v1/join/")
                && req.json().value(QStringLiteral("user_id")).toString() == m_synapse->uid(1)) {
                return FakeResponse::json(403,
                                          { { QStringLiteral("errcode"), QStringLiteral("M_FORBIDDEN") },
                                            { QStringLiteral("error"), QStringLiteral("banned for now") } });
            }
            return m_synapse->handle(req);
        });
        QString path;
        {
            BulkJoinEngine engine(m_api);
            engine.setJournalDirectory(m_dir->path());
            QSignalSpy finished(&engine, &BulkJoinEngine::finished);
            QString error;
            QVERIFY(engine.start(plan(4, 2), &error));
            path = engine.journalPath();
            QVERIFY(waitFinished(finished));
            QCOMPARE(engine.report().count(Outcome::Failed), 2);
        }
        refuse = false;
        const auto unfinished = BulkJoinJournal::unfinished(m_dir->path(), QString());
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().remaining(), 2);
        BulkJoinEngine engine(m_api);
        engine.setJournalDirectory(m_dir->path());
        QSignalSpy finished(&engine, &BulkJoinEngine::finished);
        QString error;
        QVERIFY2(engine.resume(path, &error), qPrintable(error));
        QVERIFY(waitFinished(finished));
        verifyEveryPairJoinedOnce(engine.report());
    }

    void journalIsLockedWhileInUse()
    {
        BulkJoinJournal first;
        QString error;
        QVERIFY2(first.create(m_dir->path(), m_api->baseUrl().toString(), plan(2, 1), &error), qPrintable(error));
        BulkJoinJournal second;
        QVERIFY(!second.reopen(first.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("in use by another process")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
        // An engine cannot resume it either, and says why.
        BulkJoinEngine engine(m_api);
        QString engineError;
        QVERIFY(!engine.resume(first.path(), &engineError));
        QVERIFY2(engineError.contains(QStringLiteral("in use")), qPrintable(engineError));
        QCOMPARE(m_server->requestCount(), 0);
        first.close();
        QVERIFY2(second.reopen(first.path(), &error), qPrintable(error));
    }

    void damagedJournalIsRefused_data()
    {
        QTest::addColumn<int>("line"); // 0: the plan line, 1: an added result line
        QTest::addColumn<QByteArray>("replaceWhat");
        QTest::addColumn<QByteArray>("replaceWith");
        QTest::newRow("garbage line") << 1 << QByteArray() << QByteArray("}{ not json");
        QTest::newRow("pairs not a list") << 0 << QByteArray("\"pairs\":[") << QByteArray("\"pairs\":7,\"x\":[");
        QTest::newRow("empty user id") << 0 << QByteArray("[\"@u0000:fake.test\"") << QByteArray("[\"\"");
        QTest::newRow("user id is a number") << 0 << QByteArray("[\"@u0000:fake.test\"") << QByteArray("[42");
        QTest::newRow("room id not a room id")
            << 0 << QByteArray(",\"!room0:fake.test\",\"to_join\"") << QByteArray(",\"room0\",\"to_join\"");
        QTest::newRow("empty room id to join")
            << 0 << QByteArray(",\"!room0:fake.test\",\"to_join\"") << QByteArray(",\"\",\"to_join\"");
        QTest::newRow("unknown outcome") << 0 << QByteArray("\"to_join\"") << QByteArray("\"teleported\"");
        QTest::newRow("base url not text")
            << 0 << QByteArray("\"base_url\":\"") << QByteArray("\"base_url\":1,\"y\":\"");
        QTest::newRow("result for a foreign pair")
            << 1 << QByteArray()
            << QByteArray("{\"type\":\"result\",\"user\":\"@eve:fake.test\",\"room\":\"!r:x\",\"room_id\":\"!r:x\","
                          "\"outcome\":\"joined\",\"reason\":\"\"}");
        QTest::newRow("unknown line type") << 1 << QByteArray() << QByteArray("{\"type\":\"launch\"}");
    }
    void damagedJournalIsRefused()
    {
        QFETCH(int, line);
        QFETCH(QByteArray, replaceWhat);
        QFETCH(QByteArray, replaceWith);
        QString error;
        QString path;
        {
            BulkJoinJournal journal;
            QVERIFY(journal.create(m_dir->path(), m_api->baseUrl().toString(), plan(2, 1), &error));
            path = journal.path();
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        QVERIFY(BulkJoinJournal::load(path, &error)); // intact: accepted
        if (line == 0) {
            QVERIFY(text.contains(replaceWhat));
            text.replace(text.indexOf(replaceWhat), replaceWhat.size(), replaceWith);
        } else {
            text += replaceWith + '\n' + "{\"type\":\"end\",\"cancelled\":false}\n";
        }
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        QVERIFY(!BulkJoinJournal::load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")) || error.contains(QStringLiteral("not a bulk join")),
                 qPrintable(error));
        QStringList damaged;
        QVERIFY(BulkJoinJournal::unfinished(m_dir->path(), QString(), &damaged).isEmpty());
        QCOMPARE(damaged.size(), 1);
        BulkJoinEngine engine(m_api);
        QVERIFY(!engine.resume(path, &error));
        QTest::qWait(50);
        QCOMPARE(m_server->requestCount(), 0); // never drives a request
    }
};

QTEST_GUILESS_MAIN(TestBulkJoinEngine)
#include "tst_bulkjoin_engine.moc"
