#include "apirequest.h"

#include <QTest>

using namespace Steward;

class TestApiRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodesPathSegments_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<QByteArray>("expectedPath");
        QTest::newRow("room alias") << QStringLiteral("#room:server")
                                    << QByteArray("/_synapse/admin/v1/join/%23room%3Aserver");
        QTest::newRow("room id") << QStringLiteral("!abc:example.org")
                                 << QByteArray("/_synapse/admin/v1/join/%21abc%3Aexample.org");
        QTest::newRow("user id") << QStringLiteral("@alice:example.org")
                                 << QByteArray("/_synapse/admin/v1/join/%40alice%3Aexample.org");
        QTest::newRow("slash and query") << QStringLiteral("a/b?c=d&e")
                                         << QByteArray("/_synapse/admin/v1/join/a%2Fb%3Fc%3Dd%26e");
        QTest::newRow("percent") << QStringLiteral("100%") << QByteArray("/_synapse/admin/v1/join/100%25");
        QTest::newRow("space and plus") << QStringLiteral("a b+c") << QByteArray("/_synapse/admin/v1/join/a%20b%2Bc");
        QTest::newRow("non-ascii") << QStringLiteral("#ünï:sérver")
                                   << QByteArray("/_synapse/admin/v1/join/%23%C3%BCn%C3%AF%3As%C3%A9rver");
        QTest::newRow("emoji") << QStringLiteral("@🎉:x") << QByteArray("/_synapse/admin/v1/join/%40%F0%9F%8E%89%3Ax");
        QTest::newRow("dot segment") << QStringLiteral("..") << QByteArray("/_synapse/admin/v1/join/..");
        QTest::newRow("unreserved stays")
            << QStringLiteral("a-b_c.d~e") << QByteArray("/_synapse/admin/v1/join/a-b_c.d~e");
    }
    void encodesPathSegments()
    {
        QFETCH(QString, segment);
        QFETCH(QByteArray, expectedPath);
        const auto req = ApiRequest::post(u"/_synapse/admin/v1/join/{}", { segment }, {});
        QCOMPARE(req.encodedPath(), expectedPath);
        const QUrl url = req.url(QUrl(QStringLiteral("https://matrix.example.org")));
        QCOMPARE(url.toEncoded(), QByteArray("https://matrix.example.org") + expectedPath);
        QVERIFY(!url.hasFragment());
        QVERIFY(!url.hasQuery());
    }

    void keepsBasePathPrefix_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringLiteral("http://127.0.0.1:8008")
                               << QByteArray("http://127.0.0.1:8008/_matrix/client/v3/account/whoami");
        QTest::newRow("trailing slash") << QStringLiteral("http://127.0.0.1:8008/")
                                        << QByteArray("http://127.0.0.1:8008/_matrix/client/v3/account/whoami");
        QTest::newRow("prefix") << QStringLiteral("https://example.org/matrix/")
                                << QByteArray("https://example.org/matrix/_matrix/client/v3/account/whoami");
    }
    void keepsBasePathPrefix()
    {
        QFETCH(QString, base);
        QFETCH(QByteArray, expected);
        QCOMPARE(ApiRequest::get(u"/_matrix/client/v3/account/whoami").url(QUrl(base)).toEncoded(), expected);
    }

    void encodesQuery_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expectedQuery");
        QTest::newRow("plain") << QStringLiteral("alice") << QByteArray("name=alice");
        QTest::newRow("ampersand and equals") << QStringLiteral("a&b=c") << QByteArray("name=a%26b%3Dc");
        QTest::newRow("plus and space") << QStringLiteral("a+b c") << QByteArray("name=a%2Bb%20c");
        QTest::newRow("hash") << QStringLiteral("#x") << QByteArray("name=%23x");
        QTest::newRow("non-ascii") << QStringLiteral("Jörg") << QByteArray("name=J%C3%B6rg");
    }
    void encodesQuery()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, expectedQuery);
        auto req = ApiRequest::get(u"/_synapse/admin/v2/users");
        req.addQuery(QStringLiteral("name"), value);
        const QUrl url = req.url(QUrl(QStringLiteral("http://h")));
        QCOMPARE(url.query(QUrl::FullyEncoded).toLatin1(), expectedQuery);
        QVERIFY(!url.hasFragment());
    }

    void booleansAreTrueFalseStrings()
    {
        auto req = ApiRequest::get(u"/_synapse/admin/v2/users");
        req.addQuery(QStringLiteral("guests"), false)
            .addQuery(QStringLiteral("deactivated"), true)
            .addQuery(QStringLiteral("limit"), 50);
        QCOMPARE(req.url(QUrl(QStringLiteral("http://h"))).query(QUrl::FullyEncoded),
                 QStringLiteral("guests=false&deactivated=true&limit=50"));
    }

    void repeatabilityDefaults()
    {
        QVERIFY(ApiRequest::get(u"/x").safeToRepeat());
        QVERIFY(ApiRequest::put(u"/x", {}, {}).safeToRepeat());
        QVERIFY(ApiRequest::del(u"/x", {}, {}).safeToRepeat());
        QVERIFY(!ApiRequest::post(u"/x", {}, {}).safeToRepeat());
        QVERIFY(ApiRequest::post(u"/x", {}, {}).setSafeToRepeat(true).safeToRepeat());
    }

    void jsonBody()
    {
        const auto req = ApiRequest::post(u"/_synapse/admin/v1/join/{}", { QStringLiteral("#a:b") },
                                          { { QStringLiteral("user_id"), QStringLiteral("@u:b") } });
        QCOMPARE(req.bodyBytes(), QByteArray(R"({"user_id":"@u:b"})"));
        QCOMPARE(req.verb(), QByteArray("POST"));
        QCOMPARE(req.describeForLog(), QStringLiteral("POST /_synapse/admin/v1/join/%23a%3Ab"));
    }

    void logLineHasNoQuery()
    {
        auto req = ApiRequest::get(u"/_synapse/admin/v2/users");
        req.addQuery(QStringLiteral("name"), QStringLiteral("secret-search"));
        QVERIFY(!req.describeForLog().contains(QStringLiteral("secret-search")));
    }
};

QTEST_GUILESS_MAIN(TestApiRequest)
#include "tst_apirequest.moc"
