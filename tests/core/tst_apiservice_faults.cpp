// The request pipeline against a local fake server, for faults a real Synapse does not produce
// on demand: 429 storms, 5xx, resets, stalls, malformed JSON, redirects, untrusted TLS.
#include "apiservice.h"
#include "fakehttpserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QTest>

#include <memory>

using namespace Steward;
using namespace StewardTest;
using namespace std::chrono;

namespace {
const QString kToken = QStringLiteral("syt_fake_token_for_tests_only");

RetryPolicy fastPolicy()
{
    RetryPolicy p;
    p.baseDelay = milliseconds(10);
    p.maxDelay = milliseconds(50);
    p.defaultRateLimitDelay = milliseconds(20);
    return p;
}

/// What a reply ended with, kept after the reply deleted itself.
struct Outcome
{
    bool finished = false;
    ApiError error;
    int attempts = 0;
    QJsonObject object;
    bool ok() const { return finished && error.isOk(); }
};

std::shared_ptr<Outcome> track(ApiReply *reply)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(reply, &ApiReply::finished, reply, [reply, outcome] {
        outcome->finished = true;
        outcome->error = reply->error();
        outcome->attempts = reply->attempts();
        outcome->object = reply->object();
    });
    return outcome;
}

std::shared_ptr<Outcome> waitFor(ApiReply *reply)
{
    auto outcome = track(reply);
    QDeadlineTimer deadline(20000);
    while (!outcome->finished && !deadline.hasExpired()) {
        QTest::qWait(5);
    }
    return outcome;
}
} // namespace

class TestApiServiceFaults : public QObject
{
    Q_OBJECT

    QNetworkAccessManager *m_nam = nullptr;
    FakeHttpServer *m_server = nullptr;
    ApiService *m_api = nullptr;

private Q_SLOTS:
    void init()
    {
        m_nam = new QNetworkAccessManager(this);
        m_server = new FakeHttpServer(this);
        QVERIFY(m_server->listen());
        m_api = new ApiService(m_nam, this);
        m_api->setBaseUrl(m_server->url());
        m_api->setAccessToken(kToken);
        m_api->setRetryPolicy(fastPolicy());
    }
    void cleanup()
    {
        delete m_api;
        delete m_server;
        delete m_nam;
    }

    void sendsBearerJsonAndEncodedPath()
    {
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::json(200, { { "room_id", "!r:x" } }); });
        auto reply = waitFor(m_api->send(ApiRequest::post(u"/_synapse/admin/v1/join/{}", { QStringLiteral("#a b:x") },
                                                          { { QStringLiteral("user_id"), QStringLiteral("@u:x") } })));
        QVERIFY2(reply->ok(), qPrintable(reply->error.describe()));
        QCOMPARE(reply->object.value(QStringLiteral("room_id")).toString(), QStringLiteral("!r:x"));
        QCOMPARE(m_server->requestCount(), 1);
        const FakeRequest req = m_server->requests().constFirst();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/_synapse/admin/v1/join/%23a%20b%3Ax"));
        QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer ") + kToken.toUtf8());
        QCOMPARE(req.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(req.json().value(QStringLiteral("user_id")).toString(), QStringLiteral("@u:x"));
        QVERIFY(!req.target.contains(kToken.toUtf8()));
    }

    void unauthenticatedRequestsCarryNoToken()
    {
        m_server->setHandler([](const FakeRequest &) {
            return FakeResponse::json(200, { { "versions", QJsonArray { "v1.11" } } });
        });
        auto reply = waitFor(m_api->send(ApiRequest::get(u"/_matrix/client/versions").setAuthenticated(false)));
        QVERIFY(reply->ok());
        QVERIFY(!m_server->requests().constFirst().headers.contains("authorization"));
    }

    void honoursRateLimitStorm()
    {
        // Every request is refused twice with 429 (alternating header / body delays) before it passes.
        QHash<QByteArray, int> seen;
        m_server->setHandler([&seen](const FakeRequest &req) {
            const int n = seen[req.target]++;
            if (n == 0) {
                return FakeResponse::json(429, { { "errcode", "M_LIMIT_EXCEEDED" }, { "retry_after_ms", 30 } });
            }
            if (n == 1) {
                return FakeResponse::json(429, { { "errcode", "M_LIMIT_EXCEEDED" } }).header("Retry-After", "0");
            }
            return FakeResponse::json(200, {});
        });
        QSignalSpy limited(m_api, &ApiService::rateLimited);
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 20; ++i) {
            outcomes << track(m_api->send(ApiRequest::post(u"/_synapse/admin/v1/join/{}", { QString::number(i) }, {})));
        }
        for (const auto &o : outcomes) {
            QTRY_VERIFY_WITH_TIMEOUT(o->finished, 20000);
            QVERIFY2(o->ok(), qPrintable(o->error.describe()));
            QCOMPARE(o->attempts, 3);
        }
        QCOMPARE(m_server->requestCount(), 60);
        QVERIFY(limited.count() >= 20);
    }

    void rateLimitDelayIsWaited()
    {
        int calls = 0;
        m_server->setHandler([&calls](const FakeRequest &) {
            return ++calls == 1
                ? FakeResponse::json(429, { { "errcode", "M_LIMIT_EXCEEDED" } }).header("Retry-After", "1")
                : FakeResponse::json(200, {});
        });
        QElapsedTimer t;
        t.start();
        auto reply = waitFor(m_api->send(ApiRequest::get(u"/x")));
        QVERIFY(reply->ok());
        QVERIFY2(t.elapsed() >= 900, "the Retry-After of 1 s was not honoured");
    }

    void retriesTransientOnlyWhenSafe()
    {
        int calls = 0;
        m_server->setHandler([&calls](const FakeRequest &) {
            return ++calls <= 2 ? FakeResponse::raw(503, "busy", "text/plain") : FakeResponse::json(200, {});
        });
        auto get = waitFor(m_api->send(ApiRequest::get(u"/safe")));
        QVERIFY(get->ok());
        QCOMPARE(get->attempts, 3);

        calls = 0;
        auto post = waitFor(m_api->send(ApiRequest::post(u"/unsafe", {}, {})));
        QVERIFY(!post->ok());
        QCOMPARE(post->error.httpStatus(), 503);
        QCOMPARE(post->attempts, 1);
    }

    void givesUpAfterMaxRetries()
    {
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::raw(502, "bad gateway", "text/plain"); });
        auto reply = waitFor(m_api->send(ApiRequest::get(u"/x")));
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error.httpStatus(), 502);
        QCOMPARE(reply->attempts, 1 + fastPolicy().maxTransientRetries);
    }

    void resetIsRetriedThenReported()
    {
        // Qt itself repeats an idempotent request once when a connection drops; three resets in a row
        // get past that, so the pipeline's own retry must do the rest.
        int calls = 0;
        m_server->setHandler([&calls](const FakeRequest &) {
            return ++calls <= 3 ? FakeResponse::reset() : FakeResponse::json(200, {});
        });
        auto reply = waitFor(m_api->send(ApiRequest::get(u"/x")));
        QVERIFY2(reply->ok(), qPrintable(reply->error.describe()));
        QVERIFY(reply->attempts >= 2);
        QCOMPARE(calls, 4);

        m_server->setHandler([](const FakeRequest &) { return FakeResponse::reset(); });
        auto post = waitFor(m_api->send(ApiRequest::post(u"/y", {}, {})));
        QCOMPARE(post->error.kind(), ApiError::Kind::Network);
        QCOMPARE(post->attempts, 1);
    }

    void stallIsATimeoutNotACancel()
    {
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::stall(); });
        auto reply = waitFor(m_api->send(ApiRequest::post(u"/x", {}, {}).setTransferTimeout(milliseconds(300))));
        QCOMPARE(reply->error.kind(), ApiError::Kind::Timeout);
        QVERIFY(reply->error.describe().contains(QStringLiteral("did not answer in time")));
    }

    void malformedJsonIsInvalidResponse()
    {
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::raw(200, "{\"users\": [ {\"name\": "); });
        auto reply = waitFor(m_api->send(ApiRequest::get(u"/x")));
        QCOMPARE(reply->error.kind(), ApiError::Kind::InvalidResponse);
        QCOMPARE(reply->attempts, 1);
    }

    void htmlErrorPageIsMapped()
    {
        m_server->setHandler(
            [](const FakeRequest &) { return FakeResponse::raw(404, "<html>Not Found</html>", "text/html"); });
        auto reply = waitFor(m_api->send(ApiRequest::get(u"/_synapse/admin/v1/server_version")));
        QCOMPARE(reply->error.kind(), ApiError::Kind::Http);
        QCOMPARE(reply->error.errcode(), QStringLiteral("M_NOT_FOUND"));
    }

    void boundsConcurrency_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("default 8") << 0;
        QTest::newRow("16") << 16;
        QTest::newRow("3") << 3;
        QTest::newRow("1") << 1;
    }
    void boundsConcurrency()
    {
        QFETCH(int, limit);
        if (limit > 0) {
            m_api->setMaxInFlight(limit);
        }
        const int expected = limit > 0 ? limit : 8;
        QCOMPARE(m_api->maxInFlight(), expected);
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::json(200, {}).delay(60); });
        // Qt 6.4 opens at most 6 connections per host and manager: the service must get past that.
        const int observable = expected;
        QList<std::shared_ptr<Outcome>> outcomes;
        int maxSeen = 0;
        for (int i = 0; i < 30; ++i) {
            auto *r = m_api->send(ApiRequest::get(u"/x"));
            connect(r, &ApiReply::finished, this,
                    [&maxSeen, this] { maxSeen = std::max(maxSeen, m_api->inFlightCount() + 1); });
            outcomes << track(r);
        }
        for (const auto &o : outcomes) {
            QTRY_VERIFY_WITH_TIMEOUT(o->finished, 20000);
            QVERIFY(o->ok());
        }
        QVERIFY2(maxSeen <= expected, qPrintable(QString::number(maxSeen)));
        QVERIFY(m_server->maxConcurrent() <= expected);
        QCOMPARE(m_server->maxConcurrent(), observable);
        QCOMPARE(m_server->requestCount(), 30);
    }

    void cancelQueuedAndInFlight()
    {
        m_api->setMaxInFlight(2);
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::json(200, {}).delay(300); });
        QList<ApiReply *> replies;
        for (int i = 0; i < 6; ++i) {
            replies << m_api->send(ApiRequest::get(u"/x"));
        }
        QTRY_COMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_api->inFlightCount(), 2);
        int cancelled = 0;
        for (auto *r : replies) {
            connect(r, &ApiReply::finished, this, [r, &cancelled] {
                if (r->error().kind() == ApiError::Kind::Cancelled) {
                    ++cancelled;
                }
            });
        }
        m_api->cancelAll();
        QTRY_COMPARE(cancelled, 6);
        QCOMPARE(m_api->inFlightCount(), 0);
        QCOMPARE(m_api->queuedCount(), 0);
        QTest::qWait(400);
        QCOMPARE(m_server->requestCount(), 2); // the four queued ones never left
    }

    void cancelDuringRetryWait()
    {
        RetryPolicy slow = fastPolicy();
        slow.baseDelay = milliseconds(5000);
        slow.maxDelay = milliseconds(5000);
        m_api->setRetryPolicy(slow);
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::raw(503, "", "text/plain"); });
        auto *reply = m_api->send(ApiRequest::get(u"/x"));
        QTRY_COMPARE(m_server->requestCount(), 1);
        QTest::qWait(50);
        auto outcome = track(reply);
        reply->cancel();
        QVERIFY(outcome->finished); // synchronously, without waiting for the retry timer
        QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
    }

    void unknownTokenSignalsAuthenticationFailure()
    {
        m_server->setHandler([](const FakeRequest &) {
            return FakeResponse::json(
                401, { { "errcode", "M_UNKNOWN_TOKEN" }, { "error", "Invalid access token passed." } });
        });
        QSignalSpy spy(m_api, &ApiService::authenticationFailed);
        auto reply = waitFor(m_api->send(ApiRequest::get(u"/_matrix/client/v3/account/whoami")));
        QVERIFY(reply->error.isAuthenticationFailure());
        QCOMPARE(spy.count(), 1);
    }

    void tokenDoesNotFollowCrossHostRedirect()
    {
        FakeHttpServer other;
        QVERIFY(other.listen());
        other.setHandler([](const FakeRequest &) { return FakeResponse::json(200, {}); });
        const QByteArray target = "http://localhost:" + QByteArray::number(other.port()) + "/stolen";
        m_server->setHandler([target](const FakeRequest &) {
            return FakeResponse::raw(302, "", "text/plain").header("Location", target);
        });
        auto reply = waitFor(m_api->send(ApiRequest::get(u"/_matrix/client/v3/account/whoami")));
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error.kind(), ApiError::Kind::InsecureRedirect);
        for (const auto &req : other.requests()) {
            QVERIFY2(!req.headers.contains("authorization"), "the token followed a redirect to another host");
        }
    }

    void untrustedTlsIsRefusedAndPinnedAccepted()
    {
        QFile certFile(QStringLiteral(STEWARD_TEST_DATA_DIR "/selfsigned-cert.pem"));
        QFile keyFile(QStringLiteral(STEWARD_TEST_DATA_DIR "/selfsigned-key.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!cert.isNull());
        FakeHttpServer tls;
        tls.useTls(cert, key);
        QVERIFY(tls.listen());
        tls.setHandler([](const FakeRequest &) { return FakeResponse::json(200, { { "server_version", "1.0" } }); });
        m_api->setBaseUrl(tls.url());

        auto refused = waitFor(m_api->send(ApiRequest::get(u"/_synapse/admin/v1/server_version")));
        QCOMPARE(refused->error.kind(), ApiError::Kind::Tls);
        const QString expected = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        QCOMPARE(refused->error.peerCertificateFingerprint(), expected);
        QVERIFY(refused->error.describe().contains(expected));
        QCOMPARE(refused->attempts, 1);
        for (const auto &req : tls.requests()) {
            QVERIFY(!req.headers.contains("authorization"));
        }

        m_api->setPinnedCertificateSha256(cert.digest(QCryptographicHash::Sha256));
        auto pinned = waitFor(m_api->send(ApiRequest::get(u"/_synapse/admin/v1/server_version")));
        QVERIFY2(pinned->ok(), qPrintable(pinned->error.describe()));
        QCOMPARE(pinned->object.value(QStringLiteral("server_version")).toString(), QStringLiteral("1.0"));

        m_api->setPinnedCertificateSha256(QByteArray(32, 'x')); // another certificate pinned: refused
        auto wrongPin = waitFor(m_api->send(ApiRequest::get(u"/_synapse/admin/v1/server_version")));
        QCOMPARE(wrongPin->error.kind(), ApiError::Kind::Tls);
    }
};

QTEST_GUILESS_MAIN(TestApiServiceFaults)
#include "tst_apiservice_faults.moc"
