// The estimate's rules and the purge's fallbacks against a scripted server: the cases a real Synapse
// cannot be made to produce on demand (an old server without /media/delete, pages, pending uploads).
#include "fakehttpserver.h"
#include "media/mediaapi.h"
#include "media/mediapurgeestimator.h"
#include "media/mediapurgerun.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Steward;
using namespace StewardTest;

namespace {
constexpr qint64 kCutoff = 1700000000000LL;
constexpr qint64 kOld = kCutoff - 1000;
constexpr qint64 kNew = kCutoff + 1000;

QJsonObject media(const char *id, qint64 created, QJsonValue lastAccess, QJsonValue length, bool quarantined = false,
                  bool safe = false)
{
    return { { "media_id", id },
             { "created_ts", created },
             { "last_access_ts", lastAccess },
             { "media_length", length },
             { "upload_name", QStringLiteral("=%1.png").arg(QLatin1String(id)) },
             { "quarantined_by", quarantined ? QJsonValue("@admin:fake") : QJsonValue() },
             { "safe_from_quarantine", safe } };
}

QUrlQuery queryOf(const FakeRequest &r)
{
    const int q = r.target.indexOf('?');
    return QUrlQuery(q < 0 ? QString() : QString::fromLatin1(r.target.mid(q + 1)));
}

/// A media admin API with two users, served in small pages.
FakeResponse fakeSynapse(const FakeRequest &r, bool legacyOnly)
{
    const QByteArray path = r.path();
    const QUrlQuery q = queryOf(r);
    const int from = q.queryItemValue(QStringLiteral("from")).toInt();
    if (path == "/_synapse/admin/v1/statistics/users/media") {
        if (from == 0) {
            return FakeResponse::json(
                200,
                { { "users",
                    QJsonArray { QJsonObject {
                        { "user_id", "@u1:fake" }, { "displayname", "User One" }, { "media_count", 8 } } } },
                  { "total", 3 },
                  { "next_token", 1 } });
        }
        return FakeResponse::json(
            200,
            { { "users",
                QJsonArray { QJsonObject { { "user_id", "@u2:fake" }, { "media_count", 2 } },
                             QJsonObject { { "user_id", "@gone:fake" }, { "media_count", 1 } } } },
              { "total", 3 } });
    }
    if (path == "/_synapse/admin/v1/users/%40u1%3Afake/media") {
        if (from == 0) {
            return FakeResponse::json(
                200,
                { { "media",
                    QJsonArray { media("m1", kOld, QJsonValue(), 100), // never accessed, old
                                 media("m2", kOld, kNew, 100), // accessed after the cutoff
                                 media("m3", kOld, kOld, 100, true), // quarantined
                                 media("m4", kOld, QJsonValue(), 100, false, true) } }, // protected
                  { "total", 9 },
                  { "next_token", 4 } });
        }
        if (from == 4) {
            return FakeResponse::json(200,
                                      { { "media",
                                          QJsonArray { media("m5", kOld, kOld, 10), // not larger than size_gt
                                                       media("m6", kOld, QJsonValue(), QJsonValue()), // upload pending
                                                       media("m7", kOld, kOld, 70), // avatar of u1
                                                       media("m8", kNew, QJsonValue(), 100) } }, // created after: stop
                                        { "total", 9 },
                                        { "next_token", 8 } });
        }
        return FakeResponse::json(500, { { "errcode", "M_UNKNOWN" }, { "error", "paged past the cutoff" } });
    }
    if (path == "/_synapse/admin/v1/users/%40u2%3Afake/media") {
        return FakeResponse::json(
            200,
            { { "media", QJsonArray { media("m9", kOld - 5000, kOld, 1000), media("m10", kOld, QJsonValue(), 60) } },
              { "total", 2 } });
    }
    if (path == "/_synapse/admin/v1/users/%40gone%3Afake/media") {
        return FakeResponse::json(404, { { "errcode", "M_NOT_FOUND" }, { "error", "Unknown user" } });
    }
    if (path == "/_synapse/admin/v2/users/%40u1%3Afake") {
        return FakeResponse::json(200, { { "name", "@u1:fake" }, { "avatar_url", "mxc://fake/m7" } });
    }
    if (path == "/_synapse/admin/v2/users/%40u2%3Afake") {
        return FakeResponse::json(200, { { "name", "@u2:fake" }, { "avatar_url", QJsonValue() } });
    }
    if (path == "/_synapse/admin/v1/rooms") {
        return FakeResponse::json(
            200,
            { { "rooms",
                QJsonArray { QJsonObject { { "room_id", "!a:fake" }, { "avatar", "mxc://fake/m10" } },
                             QJsonObject { { "room_id", "!b:fake" } } } },
              { "total_rooms", 2 } });
    }
    if (path == "/_synapse/admin/v1/media/delete" && !legacyOnly) {
        return FakeResponse::json(200, { { "deleted_media", QJsonArray { "m1", "m9", "mX" } }, { "total", 3 } });
    }
    if (path == "/_synapse/admin/v1/media/fake/delete" && legacyOnly) {
        return FakeResponse::json(200, { { "deleted_media", QJsonArray { "m1", "m9", "mX" } }, { "total", 3 } });
    }
    if (path == "/_synapse/admin/v1/purge_media_cache") {
        return FakeResponse::json(200, { { "deleted", 4 } });
    }
    return FakeResponse::json(404, { { "errcode", "M_UNRECOGNIZED" }, { "error", "Unrecognized request" } });
}
} // namespace

class TestMediaApiFake : public QObject
{
    Q_OBJECT

    QNetworkAccessManager *m_nam = nullptr;
    FakeHttpServer *m_server = nullptr;
    ApiService *m_api = nullptr;

    MediaPurgeEstimate runEstimate(const MediaPurgeCriteria &c)
    {
        MediaPurgeEstimator estimator(m_api);
        QSignalSpy done(&estimator, &MediaPurgeEstimator::finished);
        estimator.start(c);
        if (!done.wait(20000)) {
            return {};
        }
        return estimator.estimate();
    }

private Q_SLOTS:
    void init()
    {
        m_nam = new QNetworkAccessManager(this);
        m_server = new FakeHttpServer(this);
        QVERIFY(m_server->listen());
        m_api = new ApiService(m_nam, this);
        m_api->setBaseUrl(m_server->url());
        m_api->setAccessToken(QStringLiteral("syt_fake"));
    }
    void cleanup()
    {
        delete m_api;
        delete m_server;
        delete m_nam;
    }

    void estimateAppliesTheServersRule()
    {
        m_server->setHandler([](const FakeRequest &r) { return fakeSynapse(r, false); });
        MediaPurgeCriteria c;
        c.beforeTs = kCutoff;
        c.sizeGt = 50;
        const MediaPurgeEstimate e = runEstimate(c);
        QCOMPARE(int(e.state), int(MediaPurgeEstimate::State::Complete));
        QStringList ids;
        for (const auto &m : e.matching) {
            ids << m.mediaId;
        }
        ids.sort();
        QCOMPARE(ids, (QStringList { QStringLiteral("m1"), QStringLiteral("m9") }));
        QCOMPARE(e.files, 2);
        QCOMPARE(e.bytes, 1100);
        QCOMPARE(e.skippedQuarantined, 1);
        QCOMPARE(e.skippedProtected, 1);
        QCOMPARE(e.skippedSmall, 1);
        QCOMPARE(e.skippedProfile, 2); // m7 (user avatar), m10 (room avatar)
        QCOMPARE(e.usersTotal, 3);
        QCOMPARE(e.usersScanned, 3);
        QCOMPARE(e.users.size(), 2);
        QCOMPARE(e.users.first().userId, QStringLiteral("@u2:fake")); // most bytes first
        QCOMPARE(e.users.last().displayName, QStringLiteral("User One"));
        // The statistics were asked for media created up to the cutoff only, and u1's list was not
        // paged past the first file created after the cutoff.
        bool sawUntil = false;
        for (const FakeRequest &r : m_server->requests()) {
            if (r.path() == "/_synapse/admin/v1/statistics/users/media") {
                sawUntil = queryOf(r).queryItemValue(QStringLiteral("until_ts")) == QString::number(kCutoff);
            }
            QVERIFY2(
                !(r.path().endsWith("%40u1%3Afake/media") && queryOf(r).queryItemValue(QStringLiteral("from")) == u"8"),
                "paged past the cutoff");
        }
        QVERIFY(sawUntil);
    }

    void estimateWithoutKeepingProfiles()
    {
        m_server->setHandler([](const FakeRequest &r) { return fakeSynapse(r, false); });
        MediaPurgeCriteria c;
        c.beforeTs = kCutoff;
        c.keepProfiles = false;
        const MediaPurgeEstimate e = runEstimate(c);
        QCOMPARE(e.files, 5); // m1, m5, m7, m9, m10
        QCOMPARE(e.skippedProfile, 0);
        QCOMPARE(e.skippedSmall, 0);
        for (const FakeRequest &r : m_server->requests()) {
            QVERIFY(!r.path().startsWith("/_synapse/admin/v2/users/")); // no avatar look-ups needed
        }
    }

    void estimateCancel()
    {
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::stall(); });
        MediaPurgeEstimator estimator(m_api);
        QSignalSpy done(&estimator, &MediaPurgeEstimator::finished);
        estimator.start(MediaPurgeCriteria { kCutoff, 0, true, false });
        QTRY_COMPARE(m_server->requestCount(), 1);
        estimator.cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(int(estimator.estimate().state), int(MediaPurgeEstimate::State::Cancelled));
        QVERIFY(!estimator.isRunning());
    }

    void estimateFailureNamesTheStep()
    {
        m_server->setHandler([](const FakeRequest &) {
            return FakeResponse::json(403, { { "errcode", "M_FORBIDDEN" }, { "error", "You are not a server admin" } });
        });
        const MediaPurgeEstimate e = runEstimate(MediaPurgeCriteria { kCutoff, 0, true, false });
        QCOMPARE(int(e.state), int(MediaPurgeEstimate::State::Failed));
        QVERIFY2(e.error.contains(QStringLiteral("statistics")), qPrintable(e.error));
        QVERIFY2(e.error.contains(QStringLiteral("not a server admin")), qPrintable(e.error));
    }

    void purge_data()
    {
        QTest::addColumn<bool>("legacyOnly");
        QTest::newRow("current path") << false;
        QTest::newRow("older server") << true;
    }
    void purge()
    {
        QFETCH(bool, legacyOnly);
        m_server->setHandler([legacyOnly](const FakeRequest &r) { return fakeSynapse(r, legacyOnly); });
        const MediaPurgeCriteria c { kCutoff, 50, true, true };
        const MediaPurgeEstimate e = runEstimate(c);
        const int before = m_server->requestCount();
        MediaPurgeRun run(m_api, QStringLiteral("fake"));
        QSignalSpy done(&run, &MediaPurgeRun::finished);
        run.start(c, &e);
        QVERIFY(done.wait(20000));
        const MediaPurgeResult r = run.result();
        QVERIFY2(r.ok(), qPrintable(r.localError + r.remoteError));
        QCOMPARE(r.usedLegacyPath, legacyOnly);
        QCOMPARE(r.deletedTotal, 3);
        QCOMPARE(r.bytesKnown, 1100);
        QCOMPARE(r.filesWithKnownSize, 2);
        QCOMPARE(r.remoteDeleted, 4);
        const QList<FakeRequest> reqs = m_server->requests().mid(before);
        QCOMPARE(reqs.size(), legacyOnly ? 3 : 2);
        const FakeRequest del = reqs.at(legacyOnly ? 1 : 0);
        QCOMPARE(del.method, QByteArray("POST"));
        QCOMPARE(del.body, QByteArray("{}"));
        QCOMPARE(queryOf(del).queryItemValue(QStringLiteral("before_ts")), QString::number(kCutoff));
        QCOMPARE(queryOf(del).queryItemValue(QStringLiteral("size_gt")), QStringLiteral("50"));
        QCOMPARE(queryOf(del).queryItemValue(QStringLiteral("keep_profiles")), QStringLiteral("true"));
        QCOMPARE(reqs.last().path(), QByteArray("/_synapse/admin/v1/purge_media_cache"));
        QCOMPARE(queryOf(reqs.last()).queryItemValue(QStringLiteral("before_ts")), QString::number(kCutoff));

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeDeletedMediaCsv(&buffer, r, e, QStringLiteral("fake")));
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.at(0), QByteArray("media_id,mxc_uri,user_id,bytes,upload_name\r"));
        QVERIFY(buffer.data().contains("m9,mxc://fake/m9,@u2:fake,1000,'=m9.png\r\n")); // formula guarded
        QVERIFY(buffer.data().contains("mX,mxc://fake/mX,,,\r\n")); // unknown to the estimate
    }

    void failedLocalPurgeStopsThere()
    {
        m_server->setHandler([](const FakeRequest &r) {
            if (r.path() == "/_synapse/admin/v1/media/delete") {
                return FakeResponse::json(400, { { "errcode", "M_INVALID_PARAM" }, { "error", "from the year 1970" } });
            }
            return fakeSynapse(r, false);
        });
        MediaPurgeRun run(m_api, QStringLiteral("fake"));
        QSignalSpy done(&run, &MediaPurgeRun::finished);
        run.start(MediaPurgeCriteria { kCutoff, 0, true, true });
        QVERIFY(done.wait(20000));
        const MediaPurgeResult r = run.result();
        QVERIFY(!r.ok());
        QVERIFY(!r.localDone);
        QVERIFY(r.localError.contains(QStringLiteral("1970")));
        QVERIFY(!r.remoteAttempted); // not attempted after a failure, and the old path was not tried
        QCOMPARE(m_server->requestCount(), 1);
    }

    // The delete's answer is lost (connection reset after the server acted, or before): the run lists
    // the media again and reports what is really gone, never "failed, nothing deleted".
    void lostDeleteAnswerIsVerified_data()
    {
        QTest::addColumn<bool>("serverDeleted");
        QTest::newRow("deleted, then the connection reset") << true;
        QTest::newRow("reset before the server acted") << false;
    }
    void lostDeleteAnswerIsVerified()
    {
        QFETCH(bool, serverDeleted);
        QSet<QString> deleted;
        int deletePosts = 0;
        m_server->setHandler([&](const FakeRequest &r) {
            if (r.path() == "/_synapse/admin/v1/media/delete") {
                ++deletePosts;
                if (serverDeleted) {
                    deleted = { QStringLiteral("m1"), QStringLiteral("m9") };
                }
                return FakeResponse::reset();
            }
            FakeResponse response = fakeSynapse(r, false);
            if (r.path().endsWith("/media") && response.status == 200) {
                QJsonObject o = QJsonDocument::fromJson(response.body).object();
                QJsonArray kept;
                for (const QJsonValue &m : o.value(QStringLiteral("media")).toArray()) {
                    if (!deleted.contains(m.toObject().value(QStringLiteral("media_id")).toString())) {
                        kept.append(m);
                    }
                }
                o.insert(QStringLiteral("media"), kept);
                response.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            return response;
        });
        const MediaPurgeCriteria c { kCutoff, 50, true, true };
        const MediaPurgeEstimate e = runEstimate(c);
        QCOMPARE(e.files, 2);
        MediaPurgeRun run(m_api, QStringLiteral("fake"));
        QSignalSpy done(&run, &MediaPurgeRun::finished);
        run.start(c, &e);
        QVERIFY(done.wait(30000));
        const MediaPurgeResult r = run.result();
        QCOMPARE(deletePosts, 1); // a POST that is not safe to repeat reaches the wire once
        QVERIFY2(r.localDone, qPrintable(r.localError));
        QVERIFY(r.localVerified);
        QVERIFY(!r.localOutcomeUnknown);
        QCOMPARE(r.deletedTotal, serverDeleted ? 2 : 0);
        QCOMPARE(r.deletedMediaIds,
                 serverDeleted ? QStringList({ QStringLiteral("m1"), QStringLiteral("m9") }) : QStringList());
        QCOMPARE(r.remainingAfter, serverDeleted ? 0 : 2);
        QCOMPARE(r.bytesKnown, serverDeleted ? 1100 : 0);
        QVERIFY(r.remoteDone); // the run goes on once it knows
    }

    void lostDeleteAnswerThatCannotBeCheckedIsUnknown()
    {
        bool listingDown = false;
        m_server->setHandler([&](const FakeRequest &r) {
            if (r.path() == "/_synapse/admin/v1/media/delete") {
                listingDown = true;
                return FakeResponse::reset();
            }
            if (listingDown && r.path() == "/_synapse/admin/v1/statistics/users/media") {
                return FakeResponse::json(403, { { "errcode", "M_FORBIDDEN" }, { "error", "statistics hidden" } });
            }
            return fakeSynapse(r, false);
        });
        const MediaPurgeCriteria c { kCutoff, 50, true, false };
        const MediaPurgeEstimate e = runEstimate(c);
        MediaPurgeRun run(m_api, QStringLiteral("fake"));
        QSignalSpy done(&run, &MediaPurgeRun::finished);
        run.start(c, &e);
        QVERIFY(done.wait(30000));
        const MediaPurgeResult r = run.result();
        QVERIFY(!r.ok());
        QVERIFY(!r.localDone);
        QVERIFY(r.localOutcomeUnknown);
        QVERIFY2(r.localError.startsWith(QStringLiteral("Outcome unknown")), qPrintable(r.localError));
        QVERIFY2(r.localError.contains(QStringLiteral("statistics hidden")), qPrintable(r.localError));
    }

    void cancelWaitsForAStepTheServerReceived()
    {
        m_server->setHandler([](const FakeRequest &r) {
            FakeResponse response = fakeSynapse(r, false);
            if (r.path() == "/_synapse/admin/v1/media/delete") {
                response.delay(300);
            }
            return response;
        });
        const MediaPurgeCriteria c { kCutoff, 50, true, true };
        const MediaPurgeEstimate e = runEstimate(c);
        const int before = m_server->requestCount();
        MediaPurgeRun run(m_api, QStringLiteral("fake"));
        QSignalSpy done(&run, &MediaPurgeRun::finished);
        run.start(c, &e);
        QTRY_COMPARE(m_server->requestCount(), before + 1);
        run.cancel();
        QVERIFY(run.isCancelling());
        QVERIFY(done.wait(20000));
        QCOMPARE(done.count(), 1);
        const MediaPurgeResult r = run.result();
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QVERIFY(r.localDone); // the server carried it out: its answer is reported, not dropped
        QCOMPARE(r.deletedTotal, 3);
        QVERIFY(!r.remoteAttempted); // the next step never started
        QCOMPARE(m_server->requestCount(), before + 1);
    }

    void cancelBeforeTheDeleteLeftAttemptsNothing()
    {
        m_server->setHandler([](const FakeRequest &r) {
            if (r.path() == "/stall") {
                return FakeResponse::stall();
            }
            return fakeSynapse(r, false);
        });
        const MediaPurgeCriteria c { kCutoff, 50, true, true };
        const MediaPurgeEstimate e = runEstimate(c);
        m_api->setMaxBulkInFlight(1);
        {
            const BulkLane lane;
            m_api->send(ApiRequest::get(u"/stall")); // another bulk run fills the bulk lane
        }
        QTRY_COMPARE(m_api->inFlightCount(ApiRequest::Lane::Bulk), 1);
        const int before = m_server->requestCount();
        MediaPurgeRun run(m_api, QStringLiteral("fake"));
        QSignalSpy done(&run, &MediaPurgeRun::finished);
        run.start(c, &e);
        QCOMPARE(m_api->queuedCount(), 1); // the delete waits for the lane
        run.cancel();
        QTRY_COMPARE(done.count(), 1);
        const MediaPurgeResult r = run.result();
        QVERIFY(r.cancelled);
        QVERIFY(!r.localAttempted);
        QVERIFY(!r.localDone);
        QVERIFY(r.localError.isEmpty());
        QVERIFY(!r.remoteAttempted);
        QCOMPARE(m_server->requestCount(), before); // nothing was sent
        m_api->cancelAll();
    }

    void localMediaId()
    {
        QCOMPARE(MediaApi::localMediaId(QStringLiteral("mxc://hs.org/abc"), QStringLiteral("hs.org")),
                 QStringLiteral("abc"));
        QVERIFY(MediaApi::localMediaId(QStringLiteral("mxc://other.org/abc"), QStringLiteral("hs.org")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMediaApiFake)
#include "tst_mediaapi_fake.moc"
