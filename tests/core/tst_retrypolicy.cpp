#include "apierror.h"
#include "retrypolicy.h"

#include <QTest>

using namespace Steward;
using namespace std::chrono;

namespace {
ApiError errorFor(int status, const QByteArray &body = "{}", const QByteArray &retryAfter = {})
{
    RawResponse raw;
    raw.httpStatus = status;
    raw.body = body;
    raw.retryAfterHeader = retryAfter;
    return ApiError::fromResponse(raw);
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs"); // -1: not parsed
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("whitespace") << QByteArray("  7 ") << qint64(7000);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("later") << qint64(-1);
        QTest::newRow("imf-fixdate") << QByteArray("Thu, 26 Nov 2026 10:01:30 GMT") << qint64(90000);
        QTest::newRow("imf-fixdate in the past") << QByteArray("Thu, 26 Nov 2026 09:59:00 GMT") << qint64(0);
        QTest::newRow("rfc850") << QByteArray("Thursday, 26-Nov-26 10:00:10 GMT") << qint64(10000);
        QTest::newRow("asctime") << QByteArray("Thu Nov 26 10:00:20 2026") << qint64(20000);
    }
    void parsesRetryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 11, 26), QTime(10, 0, 0), QTimeZone::utc());
        const auto parsed = ApiError::parseRetryAfterHeader(header, now);
        if (expectedMs < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY2(parsed.has_value(), header.constData());
            QCOMPARE(parsed->count(), expectedMs);
        }
    }

    void backoffGrowsAndCaps_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<qint64>("expectedMs");
        // base 500 ms, cap 30 s, jitter spreads over [half, full]
        QTest::newRow("first, no jitter") << 0 << 0.0 << qint64(250);
        QTest::newRow("first, full") << 0 << 1.0 << qint64(500);
        QTest::newRow("second, full") << 1 << 1.0 << qint64(1000);
        QTest::newRow("third, mid") << 2 << 0.5 << qint64(1500);
        QTest::newRow("capped") << 10 << 1.0 << qint64(30000);
        QTest::newRow("capped low jitter") << 20 << 0.0 << qint64(15000);
        QTest::newRow("huge attempt") << 1000 << 1.0 << qint64(30000);
    }
    void backoffGrowsAndCaps()
    {
        QFETCH(int, attempt);
        QFETCH(double, jitter);
        QFETCH(qint64, expectedMs);
        RetryPolicy p;
        QCOMPARE(p.backoff(attempt, jitter).count(), expectedMs);
    }

    void decides_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("safe");
        QTest::addColumn<int>("transientRetries");
        QTest::addColumn<int>("rateLimitRetries");
        QTest::addColumn<bool>("retry");
        QTest::addColumn<qint64>("delayMs");
        QTest::addColumn<bool>("pause");
        QTest::newRow("429 header") << 429 << QByteArray("{}") << QByteArray("2") << false << 0 << 0 << true
                                    << qint64(2000) << true;
        QTest::newRow("429 body ms") << 429 << QByteArray(R"({"retry_after_ms":350})") << QByteArray() << false << 0
                                     << 0 << true << qint64(350) << true;
        QTest::newRow("429 default") << 429 << QByteArray("{}") << QByteArray() << true << 0 << 0 << true
                                     << qint64(1000) << true;
        QTest::newRow("429 exhausted") << 429 << QByteArray("{}") << QByteArray("1") << true << 0 << 30 << false
                                       << qint64(0) << false;
        QTest::newRow("429 absurd wait") << 429 << QByteArray("{}") << QByteArray("3600") << true << 0 << 0 << false
                                         << qint64(0) << false;
        QTest::newRow("503 safe") << 503 << QByteArray() << QByteArray() << true << 0 << 0 << true << qint64(500)
                                  << false;
        QTest::newRow("503 unsafe POST") << 503 << QByteArray() << QByteArray() << false << 0 << 0 << false << qint64(0)
                                         << false;
        QTest::newRow("502 third retry") << 502 << QByteArray() << QByteArray() << true << 2 << 0 << true
                                         << qint64(2000) << false;
        QTest::newRow("504 exhausted") << 504 << QByteArray() << QByteArray() << true << 4 << 0 << false << qint64(0)
                                       << false;
        QTest::newRow("500 never") << 500 << QByteArray() << QByteArray() << true << 0 << 0 << false << qint64(0)
                                   << false;
        QTest::newRow("403 never") << 403 << QByteArray() << QByteArray() << true << 0 << 0 << false << qint64(0)
                                   << false;
    }
    void decides()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, safe);
        QFETCH(int, transientRetries);
        QFETCH(int, rateLimitRetries);
        QFETCH(bool, retry);
        QFETCH(qint64, delayMs);
        QFETCH(bool, pause);
        RetryPolicy p;
        const auto d = p.decide(errorFor(status, body, retryAfter), safe, transientRetries, rateLimitRetries, 1.0);
        QCOMPARE(d.retry, retry);
        if (retry) {
            QCOMPARE(d.delay.count(), delayMs);
            QCOMPARE(d.pauseQueue, pause);
        }
    }

    void networkErrorsRetriedWhenSafe()
    {
        RawResponse raw;
        raw.networkError = QNetworkReply::RemoteHostClosedError;
        const ApiError reset = ApiError::fromResponse(raw);
        RetryPolicy p;
        QVERIFY(p.decide(reset, true, 0, 0, 0.0).retry);
        QVERIFY(!p.decide(reset, false, 0, 0, 0.0).retry);
        raw.networkError = QNetworkReply::HostNotFoundError;
        QVERIFY(!p.decide(ApiError::fromResponse(raw), true, 0, 0, 0.0).retry);
        raw.networkError = QNetworkReply::OperationCanceledError;
        raw.cancelled = true;
        QVERIFY(!p.decide(ApiError::fromResponse(raw), true, 0, 0, 0.0).retry);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
