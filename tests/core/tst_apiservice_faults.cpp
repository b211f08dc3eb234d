// The request pipeline against a local fake server, for faults a real Synapse does not produce
// on demand: 429 storms, 5xx, resets, stalls, malformed JSON, redirects, untrusted TLS.
#include "apiservice.h"
#include "fakehttpserver.h"
#include "profiles/profile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QTest>
#include <QTimer>

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
        m_server->setHandler([&calls](const FakeRequest &req) {
            if (req.path() != "/x") {
                return FakeResponse::json(200, {}); // the reachability probe
            }
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

    // Each way an answer can be lost, on the wire: a request safe to repeat is retried and succeeds,
    // one that is not arrives exactly once and ends "outcome unknown", never "the server refused".
    void faultTable_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("expectedKind");
        QTest::newRow("closed without answer") << int(FakeResponse::Action::Close) << int(ApiError::Kind::Network);
        QTest::newRow("closed after headers")
            << int(FakeResponse::Action::CloseAfterHeaders) << int(ApiError::Kind::Network);
        QTest::newRow("truncated body") << int(FakeResponse::Action::Truncate) << int(ApiError::Kind::Network);
        QTest::newRow("reset after request") << int(FakeResponse::Action::Reset) << int(ApiError::Kind::Network);
        QTest::newRow("stall") << int(FakeResponse::Action::Stall) << int(ApiError::Kind::Timeout);
    }
    void faultTable()
    {
        QFETCH(int, action);
        QFETCH(int, expectedKind);
        const auto fault = FakeResponse::Action(action);
        m_api->setTransferTimeout(milliseconds(500));

        // GET: faulty first (and Qt's own silent repeat), then answered.
        int gets = 0;
        m_server->setHandler([&gets, fault](const FakeRequest &req) {
            if (req.path() != "/get") {
                return FakeResponse::json(200, {});
            }
            return ++gets <= 2 ? FakeResponse::fault(fault) : FakeResponse::json(200, { { "ok", true } });
        });
        auto get = waitFor(m_api->send(ApiRequest::get(u"/get")));
        QVERIFY2(get->ok(), qPrintable(get->error.describe()));
        QCOMPARE(get->object.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(gets >= 3);

        // POST not safe to repeat: the same fault every time.
        m_server->setHandler([fault](const FakeRequest &req) {
            return req.path() == "/post" ? FakeResponse::fault(fault) : FakeResponse::json(200, {});
        });
        auto post = waitFor(m_api->send(ApiRequest::post(u"/post", {}, { { QStringLiteral("n"), 1 } })));
        QVERIFY(post->finished);
        QCOMPARE(int(post->error.kind()), expectedKind);
        QVERIFY2(post->error.outcomeUnknown(), qPrintable(post->error.describe()));
        QVERIFY2(post->error.describe().startsWith(QStringLiteral("Outcome unknown")),
                 qPrintable(post->error.describe()));
        QVERIFY(!post->error.describe().contains(QStringLiteral("refused")));
        QCOMPARE(post->attempts, 1);
        QTest::qWait(300); // a late silent resend would show up here
        QCOMPARE(m_server->requestCount("POST", "/post"), 1);
        FakeRequest sent;
        for (const FakeRequest &r : m_server->requests()) {
            if (r.path() == "/post") {
                sent = r;
            }
        }
        QCOMPARE(sent.json().value(QStringLiteral("n")).toInt(), 1);
        QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer ") + kToken.toUtf8());
    }

    /// The keep-alive case of the issue: a POST on a reused connection that the server closes.
    void unsafeRequestNeverResentOnReusedConnection()
    {
        m_server->setHandler([](const FakeRequest &req) {
            return req.method == "POST" ? FakeResponse::fault(FakeResponse::Action::Close)
                                        : FakeResponse::json(200, {});
        });
        QVERIFY(waitFor(m_api->send(ApiRequest::get(u"/warm")))->ok()); // opens a keep-alive connection
        auto post = waitFor(m_api->send(ApiRequest::post(u"/_synapse/admin/v1/media/delete", {}, {})));
        QVERIFY(post->error.outcomeUnknown());
        QTest::qWait(300);
        QCOMPARE(m_server->requestCount("POST", "/_synapse/admin/v1/media/delete"), 1);
    }

    /// Nothing left the machine: the outcome is known (not done), and the POST may go later.
    void outcomeKnownWhenNothingWasSent()
    {
        RetryPolicy once = fastPolicy();
        once.maxTransientRetries = 1;
        m_api->setRetryPolicy(once);
        m_server->stopListening();
        auto refused = waitFor(m_api->send(ApiRequest::post(u"/post", {}, {})));
        QCOMPARE(refused->error.kind(), ApiError::Kind::Network);
        QCOMPARE(refused->error.networkError(), QNetworkReply::ConnectionRefusedError);
        QVERIFY(!refused->error.outcomeUnknown());
        QVERIFY(!refused->error.describe().contains(QStringLiteral("Outcome unknown")));
        QVERIFY(m_server->listenAgain());

        QFile certFile(QStringLiteral(STEWARD_TEST_DATA_DIR "/selfsigned-cert.pem"));
        QFile keyFile(QStringLiteral(STEWARD_TEST_DATA_DIR "/selfsigned-key.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        FakeHttpServer tls;
        tls.useTls(QSslCertificate(certFile.readAll(), QSsl::Pem), QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        QVERIFY(tls.listen());
        m_api->setBaseUrl(tls.url());
        auto untrusted = waitFor(m_api->send(ApiRequest::post(u"/post", {}, {})));
        QCOMPARE(untrusted->error.kind(), ApiError::Kind::Tls);
        QVERIFY(!untrusted->error.outcomeUnknown());
        QVERIFY(!untrusted->error.peerCertificateFingerprint().isEmpty());
        QCOMPARE(tls.requestCount(), 0);
    }

    /// The one-shot path keeps the pipeline's rules: pinned certificate accepted, redirect not followed.
    void unsafeRequestKeepsPinningAndRedirectRules()
    {
        QFile certFile(QStringLiteral(STEWARD_TEST_DATA_DIR "/selfsigned-cert.pem"));
        QFile keyFile(QStringLiteral(STEWARD_TEST_DATA_DIR "/selfsigned-key.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        FakeHttpServer tls;
        tls.useTls(cert, QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        QVERIFY(tls.listen());
        tls.setHandler([](const FakeRequest &req) {
            return FakeResponse::json(200, { { "echo", QString::fromUtf8(req.body) } });
        });
        m_api->setBaseUrl(tls.url());
        m_api->setPinnedCertificateSha256(cert.digest(QCryptographicHash::Sha256));
        auto pinned = waitFor(m_api->send(ApiRequest::post(u"/p", {}, { { QStringLiteral("a"), 1 } })));
        QVERIFY2(pinned->ok(), qPrintable(pinned->error.describe()));
        QCOMPARE(pinned->object.value(QStringLiteral("echo")).toString(), QStringLiteral("{\"a\":1}"));

        FakeHttpServer other;
        QVERIFY(other.listen());
        const QByteArray target = other.url().toEncoded() + "/stolen";
        m_server->setHandler([target](const FakeRequest &) {
            return FakeResponse::raw(307, "", "text/plain").header("Location", target);
        });
        m_api->setBaseUrl(m_server->url());
        auto redirected = waitFor(m_api->send(ApiRequest::post(u"/p", {}, {})));
        QCOMPARE(redirected->error.kind(), ApiError::Kind::InsecureRedirect);
        QCOMPARE(other.requestCount(), 0);
    }

    void transferTimeoutIsTheOneKnob()
    {
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::stall(); });
        m_api->setTransferTimeout(seconds(1));
        QCOMPARE(m_api->transferTimeout(), milliseconds(1000));
        QElapsedTimer t;
        t.start();
        auto get = waitFor(m_api->send(ApiRequest::get(u"/x").setMaxTransientRetries(0)));
        QCOMPARE(get->error.kind(), ApiError::Kind::Timeout);
        // The default (60 s) would not end within the wait at all.
        QVERIFY2(t.elapsed() < 15000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(m_server->requestCount("GET", "/x"), 1);
    }

    void tlsAgainstPlainPortIsATlsError_data()
    {
        QTest::addColumn<bool>("safe");
        QTest::newRow("GET (Qt's stack)") << true;
        QTest::newRow("POST (one-shot)") << false;
    }
    void tlsAgainstPlainPortIsATlsError()
    {
        QFETCH(bool, safe);
        QUrl url = m_server->url();
        url.setScheme(QStringLiteral("https"));
        m_api->setBaseUrl(url);
        m_api->setTransferTimeout(seconds(1));
        auto reply = waitFor(
            m_api->send(safe ? ApiRequest::get(u"/x").setMaxTransientRetries(0) : ApiRequest::post(u"/x", {}, {})));
        QVERIFY(reply->finished);
        QCOMPARE(reply->error.kind(), ApiError::Kind::Tls);
        QVERIFY2(reply->error.describe().contains(QStringLiteral("plain HTTP")), qPrintable(reply->error.describe()));
        QVERIFY(!reply->error.outcomeUnknown());
    }

    /// Server down: one probe per backoff step holds the whole queue, then the queue runs again.
    void heldQueueProbesOnce()
    {
        m_api->setMaxInFlight(2);
        int probes = 0;
        bool down = true;
        m_server->setHandler([&](const FakeRequest &req) {
            if (req.path() == "/_matrix/client/versions") {
                if (++probes <= 3) {
                    return FakeResponse::reset();
                }
                down = false; // the fourth probe finds the server back
                return FakeResponse::json(200, { { "versions", QJsonArray { "v1.11" } } });
            }
            return down ? FakeResponse::reset() : FakeResponse::json(200, {});
        });
        QSignalSpy unreachable(m_api, &ApiService::serverUnreachable);
        QSignalSpy reachable(m_api, &ApiService::serverReachable);
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 20; ++i) {
            outcomes << track(m_api->send(ApiRequest::get(u"/item")));
        }
        for (const auto &o : outcomes) {
            QTRY_VERIFY_WITH_TIMEOUT(o->finished, 20000);
            QVERIFY2(o->ok(), qPrintable(o->error.describe()));
        }
        QCOMPARE(m_server->requestCount("GET", "/_matrix/client/versions"), 4); // 3 failed + the one answered
        QCOMPARE(unreachable.count(), 4); // one per scheduled probe
        QCOMPARE(reachable.count(), 1);
        QVERIFY(m_api->isServerReachable());
        // While down, only the two requests in flight reached the server (Qt may repeat each once
        // on its own), not one per queued item.
        QVERIFY2(m_server->requestCount("GET", "/item") <= 20 + 2 * 3,
                 qPrintable(QString::number(m_server->requestCount("GET", "/item"))));
    }

    /// Bounded: after the retry limit, the held requests fail with the network error (exit 3 in the CLI).
    void heldQueueFailsAfterRetryLimit()
    {
        m_server->stopListening();
        QSignalSpy unreachable(m_api, &ApiService::serverUnreachable);
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 10; ++i) {
            outcomes << track(m_api->send(ApiRequest::get(u"/item")));
        }
        outcomes << track(m_api->send(ApiRequest::post(u"/never-sent", {}, {})));
        for (const auto &o : outcomes) {
            QTRY_VERIFY_WITH_TIMEOUT(o->finished, 20000);
            QCOMPARE(o->error.kind(), ApiError::Kind::Network);
            QCOMPARE(o->error.networkError(), QNetworkReply::ConnectionRefusedError);
            QVERIFY(!o->error.outcomeUnknown());
        }
        QCOMPARE(unreachable.count(), fastPolicy().maxTransientRetries);
        QVERIFY(!m_api->isServerReachable());

        // probeNow() after the server came back: the service is reachable again.
        QVERIFY(m_server->listenAgain());
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::json(200, {}); });
        QSignalSpy reachable(m_api, &ApiService::serverReachable);
        m_api->probeNow();
        QTRY_COMPARE(reachable.count(), 1);
        QVERIFY(m_api->isServerReachable());
    }

    void tokenIsPrintableAscii_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("valid");
        QTest::newRow("normal") << QStringLiteral("syt_YWRtaW4_abcDEF123_0x9z") << true;
        QTest::newRow("mas style") << QStringLiteral("mat_abc-DEF.123~_+/=") << true;
        QTest::newRow("CRLF injection") << QStringLiteral("syt_a\r\nX-Injected: 1") << false;
        QTest::newRow("LF") << QStringLiteral("syt_a\nb") << false;
        QTest::newRow("space") << QStringLiteral("syt_a b") << false;
        QTest::newRow("tab") << QStringLiteral("syt_a\tb") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("syt_äbc") << false;
        QTest::newRow("DEL") << QStringLiteral("syt_a\x7f") << false;
    }
    void tokenIsPrintableAscii()
    {
        QFETCH(QString, token);
        QFETCH(bool, valid);
        QCOMPARE(ApiService::accessTokenProblem(token).isEmpty(), valid);
        // The service itself never puts such a token on the wire.
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::json(200, {}); });
        m_api->setAccessToken(token);
        auto reply = waitFor(m_api->send(ApiRequest::get(u"/x")));
        QCOMPARE(reply->ok(), valid);
        QCOMPARE(m_server->requestCount(), valid ? 1 : 0);
        if (!valid) {
            QCOMPARE(reply->error.kind(), ApiError::Kind::Refused);
        }
    }

    void homeserverAddressIsValidated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("server name") << QStringLiteral("example.org") << QStringLiteral("https://example.org");
        QTest::newRow("url with port") << QStringLiteral("http://127.0.0.1:8008/")
                                       << QStringLiteral("http://127.0.0.1:8008");
        QTest::newRow("ipv6") << QStringLiteral("http://[::1]:8008") << QStringLiteral("http://[::1]:8008");
        QTest::newRow("path prefix") << QStringLiteral("https://host/matrix") << QStringLiteral("https://host/matrix");
        QTest::newRow("unclosed ipv6") << QStringLiteral("http://[::1") << QString();
        QTest::newRow("port too large") << QStringLiteral("http://127.0.0.1:99999") << QString();
        QTest::newRow("space") << QStringLiteral("http://exa mple.org") << QString();
        QTest::newRow("space in path") << QStringLiteral("https://example.org/a b") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org") << QString();
        QTest::newRow("user info") << QStringLiteral("https://u:p@example.org") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void homeserverAddressIsValidated()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QUrl url = parseHomeserverAddress(text);
        QCOMPARE(url.isValid() ? url.toString() : QString(), expected);
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

    void contextDeathCancelsTheCall()
    {
        // The views that asked are gone: a queued read never leaves, a read on the wire is aborted.
        m_api->setMaxInFlight(1);
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::stall(); });
        auto *view = new QObject;
        auto *otherView = new QObject;
        bool called = false;
        const auto parse = [](const ApiReply &) {
            return true;
        };
        const auto done = [&called](const Result<bool> &) {
            called = true;
        };
        auto onWire = track(m_api->call<bool>(ApiRequest::get(u"/a"), view, parse, done));
        auto queued = track(m_api->call<bool>(ApiRequest::get(u"/b"), otherView, parse, done));
        QTRY_COMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_api->queuedCount(), 1);
        delete otherView;
        QVERIFY(queued->finished); // dropped from the queue at once
        QCOMPARE(queued->error.kind(), ApiError::Kind::Cancelled);
        QCOMPARE(queued->attempts, 0);
        QVERIFY(!onWire->finished);
        delete view;
        QTRY_VERIFY(onWire->finished);
        QCOMPARE(onWire->error.kind(), ApiError::Kind::Cancelled);
        QVERIFY(!called); // and nobody is called back
        QCOMPARE(m_api->inFlightCount(), 0);
        QCOMPARE(m_api->queuedCount(), 0);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void contextDeathLeavesAWriteOnTheWire()
    {
        // A write that is not safe to repeat and already left: aborting it would not undo it, only
        // make its outcome unknown, so it finishes (nobody is called back).
        m_server->setHandler([](const FakeRequest &) { return FakeResponse::json(200, {}).delay(300); });
        auto *ctx = new QObject;
        bool called = false;
        ApiRequest write = ApiRequest::post(u"/_synapse/admin/v1/join/{}", { QStringLiteral("!r:x") }, {});
        write.setSafeToRepeat(false);
        auto outcome = track(m_api->call<bool>(
            write, ctx, [](const ApiReply &) { return true; }, [&called](const Result<bool> &) { called = true; }));
        QTRY_COMPARE(m_server->requestCount(), 1);
        delete ctx;
        QVERIFY(!outcome->finished);
        QTRY_VERIFY(outcome->finished);
        QVERIFY2(outcome->ok(), qPrintable(outcome->error.describe()));
        QVERIFY(!called);
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

    void rateLimitPauseIsSharedPerServer()
    {
        // A second service of the same server (a sign-in's, a sign-out's) waits for the session's 429.
        m_server->setHandler([](const FakeRequest &req) {
            return req.path() == "/a"
                ? FakeResponse::json(429, { { "errcode", "M_LIMIT_EXCEEDED" } }).header("Retry-After", "1")
                : FakeResponse::json(200, {});
        });
        ApiService other(m_nam);
        other.setBaseUrl(QUrl(m_server->url().toString() + QStringLiteral("/prefix"))); // same server
        other.setRetryPolicy(fastPolicy());
        QElapsedTimer sinceLimited;
        std::shared_ptr<Outcome> second;
        connect(m_api, &ApiService::rateLimited, this, [&]() {
            if (!second) {
                sinceLimited.start();
                second = track(other.send(ApiRequest::get(u"/b")));
                m_server->setHandler([](const FakeRequest &) { return FakeResponse::json(200, {}); });
            }
        });
        auto first = waitFor(m_api->send(ApiRequest::get(u"/a")));
        QVERIFY(first->ok());
        QVERIFY(second);
        QTRY_VERIFY_WITH_TIMEOUT(second->finished, 20000);
        QVERIFY(second->ok());
        QVERIFY2(sinceLimited.elapsed() >= 900, "the other service did not wait for the server's 429 pause");
        QCOMPARE(m_server->requestCount("GET", "/prefix/b"), 1);
    }

    void refreshesOnceForConcurrentRejections()
    {
        // Every request rejected with the old token waits for one refresh and is sent again with the
        // new one - the POST too: a 401 means the server did nothing with it.
        const QString fresh = QStringLiteral("mat_fresh_token_for_tests_only");
        m_server->setHandler([fresh](const FakeRequest &req) {
            if (req.headers.value("authorization") == "Bearer " + fresh.toUtf8()) {
                return FakeResponse::json(200, { { "ok", true } });
            }
            return FakeResponse::json(
                401,
                { { "errcode", "M_UNKNOWN_TOKEN" }, { "error", "Token is not active" }, { "soft_logout", false } });
        });
        int refreshes = 0;
        QString rejected;
        m_api->setTokenRefresher([&](const QString &old, QObject *ctx, auto done) {
            ++refreshes;
            rejected = old;
            QTimer::singleShot(100, ctx, [done, fresh]() { done(fresh); });
        });
        QSignalSpy failed(m_api, &ApiService::authenticationFailed);
        QSignalSpy refreshed(m_api, &ApiService::accessTokenRefreshed);
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 5; ++i) {
            outcomes << track(m_api->send(ApiRequest::get(u"/_matrix/client/v3/account/whoami")));
        }
        outcomes << track(m_api->send(ApiRequest::post(u"/_synapse/admin/v1/join/{}", { QStringLiteral("#r:x") },
                                                       { { QStringLiteral("user_id"), QStringLiteral("@u:x") } })));
        for (const auto &o : outcomes) {
            QTRY_VERIFY_WITH_TIMEOUT(o->finished, 20000);
            QVERIFY2(o->ok(), qPrintable(o->error.describe()));
        }
        QCOMPARE(refreshes, 1);
        QCOMPARE(rejected, kToken);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_api->accessToken(), fresh);
        QCOMPARE(m_server->requestCount("POST", "/_synapse/admin/v1/join/%23r%3Ax"), 2);
        // Later requests carry the new token at once.
        QVERIFY(waitFor(m_api->send(ApiRequest::get(u"/x")))->ok());
        QCOMPARE(refreshes, 1);
    }

    void failedRefreshReportsTheServersAnswer()
    {
        m_server->setHandler([](const FakeRequest &) {
            return FakeResponse::json(401, { { "errcode", "M_UNKNOWN_TOKEN" }, { "error", "Token is not active" } });
        });
        int refreshes = 0;
        m_api->setTokenRefresher([&](const QString &, QObject *ctx, auto done) {
            ++refreshes;
            QTimer::singleShot(100, ctx,
                               [done]() { done(ApiError(ApiError::Kind::Refused, QStringLiteral("invalid_grant"))); });
        });
        QSignalSpy failed(m_api, &ApiService::authenticationFailed);
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 3; ++i) {
            outcomes << track(m_api->send(ApiRequest::get(u"/_matrix/client/v3/account/whoami")));
        }
        for (const auto &o : outcomes) {
            QTRY_VERIFY_WITH_TIMEOUT(o->finished, 20000);
            QVERIFY(o->error.isAuthenticationFailure());
        }
        QCOMPARE(refreshes, 1);
        QCOMPARE(failed.count(), 1);
        // The same token is not refreshed again: the next request fails at once with the server's answer.
        QVERIFY(waitFor(m_api->send(ApiRequest::get(u"/x")))->error.isAuthenticationFailure());
        QCOMPARE(refreshes, 1);
        QCOMPARE(failed.count(), 2);
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
