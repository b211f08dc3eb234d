#include "apierror.h"

#include <QTest>

using namespace Steward;
using namespace std::chrono;

Q_DECLARE_METATYPE(Steward::ApiError::Kind)

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapsResponses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("errcode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("transient");
        QTest::addColumn<bool>("rateLimited");
        QTest::addColumn<bool>("authFailure");

        const int none = QNetworkReply::NoError;
        QTest::newRow("200 json") << 200 << QByteArray("{}") << none << false << false << ApiError::Kind::None
                                  << QString() << QString() << false << false << false;
        QTest::newRow("200 malformed") << 200 << QByteArray("{\"users\": [") << none << false << false
                                       << ApiError::Kind::InvalidResponse << QString() << QString() << false << false
                                       << false;
        QTest::newRow("403 not admin") << 403
                                       << QByteArray(
                                              R"({"errcode":"M_FORBIDDEN","error":"You are not a server admin"})")
                                       << int(QNetworkReply::ContentAccessDenied) << false << false
                                       << ApiError::Kind::Http << QStringLiteral("M_FORBIDDEN")
                                       << QStringLiteral("You are not a server admin") << false << false << false;
        QTest::newRow("401 unknown token")
            << 401
            << QByteArray(R"({"errcode":"M_UNKNOWN_TOKEN","error":"Invalid access token passed.","soft_logout":false})")
            << int(QNetworkReply::AuthenticationRequiredError) << false << false << ApiError::Kind::Http
            << QStringLiteral("M_UNKNOWN_TOKEN") << QStringLiteral("Invalid access token passed.") << false << false
            << true;
        QTest::newRow("401 missing token")
            << 401 << QByteArray(R"({"errcode":"M_MISSING_TOKEN","error":"Missing access token"})")
            << int(QNetworkReply::AuthenticationRequiredError) << false << false << ApiError::Kind::Http
            << QStringLiteral("M_MISSING_TOKEN") << QStringLiteral("Missing access token") << false << false << true;
        QTest::newRow("404 not found") << 404 << QByteArray(R"({"errcode":"M_NOT_FOUND","error":"User not found"})")
                                       << int(QNetworkReply::ContentNotFoundError) << false << false
                                       << ApiError::Kind::Http << QStringLiteral("M_NOT_FOUND")
                                       << QStringLiteral("User not found") << false << false << false;
        QTest::newRow("404 html proxy") << 404 << QByteArray("<html>nginx</html>")
                                        << int(QNetworkReply::ContentNotFoundError) << false << false
                                        << ApiError::Kind::Http << QStringLiteral("M_NOT_FOUND")
                                        << QStringLiteral("<html>nginx</html>") << false << false << false;
        QTest::newRow("429")
            << 429 << QByteArray(R"({"errcode":"M_LIMIT_EXCEEDED","error":"Too Many Requests","retry_after_ms":2000})")
            << int(QNetworkReply::UnknownContentError) << false << false << ApiError::Kind::Http
            << QStringLiteral("M_LIMIT_EXCEEDED") << QStringLiteral("Too Many Requests") << false << true << false;
        QTest::newRow("429 no body") << 429 << QByteArray() << int(QNetworkReply::UnknownContentError) << false << false
                                     << ApiError::Kind::Http << QStringLiteral("M_LIMIT_EXCEEDED")
                                     << QStringLiteral("net") << false << true << false;
        QTest::newRow("500 M_UNKNOWN") << 500
                                       << QByteArray(R"({"errcode":"M_UNKNOWN","error":"Internal server error"})")
                                       << int(QNetworkReply::InternalServerError) << false << false
                                       << ApiError::Kind::Http << QStringLiteral("M_UNKNOWN")
                                       << QStringLiteral("Internal server error") << false << false << false;
        QTest::newRow("502") << 502 << QByteArray("Bad gateway") << int(QNetworkReply::UnknownServerError) << false
                             << false << ApiError::Kind::Http << QStringLiteral("HTTP_502")
                             << QStringLiteral("Bad gateway") << true << false << false;
        QTest::newRow("503") << 503 << QByteArray() << int(QNetworkReply::ServiceUnavailableError) << false << false
                             << ApiError::Kind::Http << QStringLiteral("HTTP_503") << QStringLiteral("net") << true
                             << false << false;
        QTest::newRow("504") << 504 << QByteArray() << int(QNetworkReply::UnknownServerError) << false << false
                             << ApiError::Kind::Http << QStringLiteral("HTTP_504") << QStringLiteral("net") << true
                             << false << false;
        QTest::newRow("400 bad json") << 400 << QByteArray(R"({"errcode":"M_NOT_JSON","error":"Content not JSON."})")
                                      << int(QNetworkReply::ProtocolInvalidOperationError) << false << false
                                      << ApiError::Kind::Http << QStringLiteral("M_NOT_JSON")
                                      << QStringLiteral("Content not JSON.") << false << false << false;
        QTest::newRow("connection refused")
            << 0 << QByteArray() << int(QNetworkReply::ConnectionRefusedError) << false << false
            << ApiError::Kind::Network << QString() << QStringLiteral("net") << true << false << false;
        QTest::newRow("reset") << 0 << QByteArray() << int(QNetworkReply::RemoteHostClosedError) << false << false
                               << ApiError::Kind::Network << QString() << QStringLiteral("net") << true << false
                               << false;
        QTest::newRow("host not found") << 0 << QByteArray() << int(QNetworkReply::HostNotFoundError) << false << false
                                        << ApiError::Kind::Network << QString() << QStringLiteral("net") << false
                                        << false << false;
        QTest::newRow("timeout beats cancel")
            << 0 << QByteArray() << int(QNetworkReply::OperationCanceledError) << true << false
            << ApiError::Kind::Timeout << QString() << QStringLiteral("The server did not answer in time") << true
            << false << false;
        QTest::newRow("cancelled") << 0 << QByteArray() << int(QNetworkReply::OperationCanceledError) << false << true
                                   << ApiError::Kind::Cancelled << QString() << QStringLiteral("Cancelled") << false
                                   << false << false;
    }
    void mapsResponses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, networkError);
        QFETCH(bool, timedOut);
        QFETCH(bool, cancelled);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, errcode);
        QFETCH(QString, message);
        QFETCH(bool, transient);
        QFETCH(bool, rateLimited);
        QFETCH(bool, authFailure);

        RawResponse raw;
        raw.httpStatus = status;
        raw.body = body;
        raw.networkError = QNetworkReply::NetworkError(networkError);
        raw.networkErrorText = QStringLiteral("net");
        raw.timedOut = timedOut;
        raw.cancelled = cancelled;
        QJsonDocument json;
        const ApiError e = ApiError::fromResponse(raw, &json);
        QCOMPARE(e.kind(), kind);
        QCOMPARE(e.errcode(), errcode);
        if (kind != ApiError::Kind::None && kind != ApiError::Kind::InvalidResponse) {
            QCOMPARE(e.message(), message);
        }
        QCOMPARE(e.isTransient(), transient);
        QCOMPARE(e.isRateLimited(), rateLimited);
        QCOMPARE(e.isAuthenticationFailure(), authFailure);
        QCOMPARE(e.httpStatus(), cancelled ? 0 : status);
        QVERIFY(!e.describe().isEmpty());
        if (kind == ApiError::Kind::None) {
            QVERIFY(json.isObject());
        }
    }

    void retryAfterFromBodyAndHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("body only") << QByteArray()
                                   << QByteArray(R"({"errcode":"M_LIMIT_EXCEEDED","retry_after_ms":1500})")
                                   << qint64(1500);
        QTest::newRow("header wins") << QByteArray("3")
                                     << QByteArray(R"({"errcode":"M_LIMIT_EXCEEDED","retry_after_ms":1500})")
                                     << qint64(3000);
        QTest::newRow("http-date header")
            << QByteArray("Thu, 26 Nov 2026 10:00:05 GMT") << QByteArray("{}") << qint64(5000);
        QTest::newRow("neither") << QByteArray() << QByteArray("{}") << qint64(-1);
        QTest::newRow("garbage header falls back to body")
            << QByteArray("soon") << QByteArray(R"({"retry_after_ms":700})") << qint64(700);
    }
    void retryAfterFromBodyAndHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        QFETCH(qint64, expectedMs);
        RawResponse raw;
        raw.httpStatus = 429;
        raw.body = body;
        raw.retryAfterHeader = header;
        raw.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0), QTimeZone::utc());
        const ApiError e = ApiError::fromResponse(raw);
        QVERIFY(e.isRateLimited());
        if (expectedMs < 0) {
            QVERIFY(!e.retryAfter().has_value());
        } else {
            QVERIFY(e.retryAfter().has_value());
            QCOMPARE(e.retryAfter()->count(), expectedMs);
        }
    }

    void describeGivesAdvice()
    {
        RawResponse raw;
        raw.httpStatus = 404;
        raw.body = R"({"errcode":"M_UNRECOGNIZED","error":"Unrecognized request"})";
        QVERIFY(ApiError::fromResponse(raw).describe().contains(QStringLiteral("reverse proxy")));
        raw.httpStatus = 401;
        raw.body = R"({"errcode":"M_UNKNOWN_TOKEN","error":"Invalid access token passed."})";
        QVERIFY(ApiError::fromResponse(raw).describe().contains(QStringLiteral("sign in again")));
    }

    // The server's words Steward recognises (Synapse 1.163's texts), and near misses that must not match.
    void predicates_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("alreadyInRoom");
        QTest::addColumn<bool>("guestsUnsupported");
        QTest::addColumn<bool>("notServerAdmin");
        QTest::newRow("already in the room")
            << 403 << QByteArray(R"({"errcode":"M_FORBIDDEN","error":"@a:b is already in the room."})") << true << false
            << false;
        QTest::newRow("other 403") << 403 << QByteArray(R"({"errcode":"M_FORBIDDEN","error":"You are banned"})")
                                   << false << false << false;
        QTest::newRow("already in the room, not 403")
            << 400 << QByteArray(R"({"errcode":"M_UNKNOWN","error":"@a:b is already in the room."})") << false << false
            << false;
        QTest::newRow("guests") << 400
                                << QByteArray(
                                       R"({"errcode":"M_UNKNOWN","error":"The guests parameter is not supported"})")
                                << false << true << false;
        QTest::newRow("guests, 500") << 500 << QByteArray(R"({"errcode":"M_UNKNOWN","error":"guests"})") << false
                                     << false << false;
        QTest::newRow("not server admin")
            << 403 << QByteArray(R"({"errcode":"M_FORBIDDEN","error":"You are not a server admin"})") << false << false
            << true;
    }
    void predicates()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, alreadyInRoom);
        QFETCH(bool, guestsUnsupported);
        QFETCH(bool, notServerAdmin);
        RawResponse raw;
        raw.httpStatus = status;
        raw.body = body;
        const ApiError e = ApiError::fromResponse(raw);
        QCOMPARE(e.isAlreadyInRoom(), alreadyInRoom);
        QCOMPARE(e.isGuestsUnsupported(), guestsUnsupported);
        QCOMPARE(e.isNotServerAdmin(), notServerAdmin);
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
