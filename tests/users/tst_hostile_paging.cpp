// Pagers against a hostile or broken server (a fake one: Synapse will not misbehave on demand): a
// next token that does not advance, goes backwards, is zero, negative, 1e300 or text, skips ahead,
// comes with an empty page, or a page with more rows than asked. Every pager stops with an error,
// never loops; "users export" and "rooms list" (CSV and JSON) stream the rows of good pages.
#include "clirunner.h"
#include "fakehttpserver.h"
#include "pageguard.h"
#include "users/userexport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

using namespace Steward;
using namespace StewardTest;

namespace {
/// What the fake answers for a listing: total rows, and the next token it sends (by mode).
struct FakeListing
{
    QString mode = QStringLiteral("honest");
    int total = 12;

    /// rows [from, from+limit) of the listing; the next token as the mode wants it.
    QJsonObject page(qint64 from, qint64 limit, const char *rowsKey, const char *tokenKey, bool tokenIsString,
                     const std::function<QJsonObject(int)> &row) const
    {
        QJsonArray rows;
        qint64 end = std::min<qint64>(from + limit, total);
        if (mode == QLatin1String("too many rows")) {
            end = from + limit + 5;
        }
        if (mode != QLatin1String("empty page with next")) {
            for (qint64 i = from; i < end; ++i) {
                rows.append(row(int(i)));
            }
        }
        QJsonObject o { { QLatin1String(rowsKey), rows },
                        { QStringLiteral("total"), total },
                        { QStringLiteral("total_rooms"), total },
                        { QStringLiteral("offset"), from } };
        QJsonValue next;
        const qint64 honest = from + rows.size();
        if (mode == QLatin1String("honest")) {
            if (honest < total) {
                next = tokenIsString ? QJsonValue(QString::number(honest)) : QJsonValue(double(honest));
            }
        } else if (mode == QLatin1String("same token")) {
            next = tokenIsString ? QJsonValue(QStringLiteral("3")) : QJsonValue(3);
        } else if (mode == QLatin1String("zero")) {
            next = tokenIsString ? QJsonValue(QStringLiteral("0")) : QJsonValue(0);
        } else if (mode == QLatin1String("backwards")) {
            // Honest first, then a token behind the request.
            next = from == 0 ? QJsonValue(tokenIsString ? QJsonValue(QStringLiteral("3")) : QJsonValue(3))
                             : QJsonValue(tokenIsString ? QJsonValue(QStringLiteral("1")) : QJsonValue(1));
        } else if (mode == QLatin1String("negative")) {
            next = tokenIsString ? QJsonValue(QStringLiteral("-5")) : QJsonValue(-5);
        } else if (mode == QLatin1String("1e300")) {
            next = QJsonValue(1e300);
        } else if (mode == QLatin1String("text")) {
            next = QStringLiteral("soon");
        } else if (mode == QLatin1String("skips ahead")) {
            next = double(from + limit + 1000);
        } else if (mode == QLatin1String("empty page with next")) {
            next = tokenIsString ? QJsonValue(QStringLiteral("10")) : QJsonValue(10);
        } else if (mode == QLatin1String("too many rows")) {
            next = double(from + limit);
        }
        if (!next.isUndefined()) {
            o.insert(QLatin1String(tokenKey), next);
        }
        return o;
    }
};

qint64 queryValue(const FakeRequest &req, const QString &key, qint64 fallback)
{
    const QUrlQuery q(QString::fromUtf8(req.target.mid(req.target.indexOf('?') + 1)));
    return q.hasQueryItem(key) ? q.queryItemValue(key).toLongLong() : fallback;
}

QStringList hostileModes()
{
    return { QStringLiteral("same token"),   QStringLiteral("zero"),
             QStringLiteral("backwards"),    QStringLiteral("negative"),
             QStringLiteral("1e300"),        QStringLiteral("text"),
             QStringLiteral("skips ahead"),  QStringLiteral("empty page with next"),
             QStringLiteral("too many rows") };
}
} // namespace

class TestHostilePaging : public QObject
{
    Q_OBJECT

    FakeHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    ApiService *m_api = nullptr;
    FakeListing m_listing;

    FakeResponse handle(const FakeRequest &req)
    {
        const QByteArray path = req.path();
        if (path == "/_matrix/client/versions") {
            return FakeResponse::json(200, { { QStringLiteral("versions"), QJsonArray { QStringLiteral("v1.11") } } });
        }
        if (path == "/_synapse/admin/v1/server_version") {
            return FakeResponse::json(200, { { QStringLiteral("server_version"), QStringLiteral("1.163.0 (fake)") } });
        }
        if (path == "/_matrix/client/v3/account/whoami") {
            return FakeResponse::json(200, { { QStringLiteral("user_id"), QStringLiteral("@admin:fake.test") } });
        }
        if (path == "/_synapse/admin/v2/users/%40admin%3Afake.test") { // the admin check
            return FakeResponse::json(200, { { QStringLiteral("name"), QStringLiteral("@admin:fake.test") } });
        }
        const qint64 from = queryValue(req, QStringLiteral("from"), 0);
        const qint64 limit = queryValue(req, QStringLiteral("limit"), 100);
        if (path == "/_synapse/admin/v2/users") {
            return FakeResponse::json(200, m_listing.page(from, limit, "users", "next_token", true, [](int i) {
                return QJsonObject { { QStringLiteral("name"),
                                       QStringLiteral("@u%1:fake.test").arg(i, 5, 10, QLatin1Char('0')) } };
            }));
        }
        if (path == "/_synapse/admin/v1/rooms") {
            return FakeResponse::json(200, m_listing.page(from, limit, "rooms", "next_batch", false, [](int i) {
                return QJsonObject { { QStringLiteral("room_id"), QStringLiteral("!r%1:fake.test").arg(i) },
                                     { QStringLiteral("name"), QStringLiteral("Room %1").arg(i) } };
            }));
        }
        return FakeResponse::json(404, { { QStringLiteral("errcode"), QStringLiteral("M_UNRECOGNIZED") } });
    }

    using Run = StewardTest::CliRun;
    /// Runs the CLI while this process's event loop serves the fake server.
    Run cli(const QStringList &args)
    {
        return StewardTest::runCli(
            QStringList { QStringLiteral("--homeserver"), m_server->url().toString() } + args,
            { { { QStringLiteral("STEWARD_ACCESS_TOKEN"), QStringLiteral("syt_fake_token_for_tests_only") } },
              {},
              60000 });
    }

private Q_SLOTS:
    void init()
    {
        m_server = new FakeHttpServer(this);
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const FakeRequest &req) { return handle(req); });
        m_nam = new QNetworkAccessManager(this);
        m_api = new ApiService(m_nam, this);
        m_api->setBaseUrl(m_server->url());
        m_api->setAccessToken(QStringLiteral("syt_fake_token_for_tests_only"));
        m_listing = FakeListing();
    }
    void cleanup()
    {
        delete m_api;
        delete m_nam;
        delete m_server;
    }

    void pageTokens_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << true << qint64(-1);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << true << qint64(-1);
        QTest::newRow("string") << QJsonValue(QStringLiteral("500")) << true << qint64(500);
        QTest::newRow("number") << QJsonValue(500) << true << qint64(500);
        QTest::newRow("1e300") << QJsonValue(1e300) << false << qint64(-1);
        QTest::newRow("negative") << QJsonValue(-1) << false << qint64(-1);
        QTest::newRow("negative string") << QJsonValue(QStringLiteral("-1")) << false << qint64(-1);
        QTest::newRow("fraction") << QJsonValue(2.5) << false << qint64(-1);
        QTest::newRow("overflowing string")
            << QJsonValue(QStringLiteral("99999999999999999999")) << false << qint64(-1);
        QTest::newRow("bool") << QJsonValue(true) << false << qint64(-1);
    }
    void pageTokens()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, ok);
        QFETCH(qint64, expected);
        bool parsed = !ok;
        const auto token = parsePageToken(value, &parsed);
        QCOMPARE(parsed, ok);
        QCOMPARE(token.value_or(-1), expected);
    }

    void guardCapsPages()
    {
        PageGuard guard(3);
        QVERIFY(guard.check(0, 10, 10, 10).isOk());
        QVERIFY(guard.check(10, 10, 10, 20).isOk());
        QVERIFY(guard.check(20, 10, 10, 30).isOk());
        const ApiError capped = guard.check(30, 10, 10, 40);
        QCOMPARE(capped.kind(), ApiError::Kind::InvalidResponse);
        QVERIFY2(capped.message().contains(QStringLiteral("more than 3 pages")), qPrintable(capped.message()));
        guard.reset();
        QVERIFY(guard.check(0, 10, 3, std::nullopt).isOk()); // a short last page
    }

    void userExportStopsOnBrokenPaging_data()
    {
        QTest::addColumn<QString>("mode");
        for (const QString &mode : hostileModes()) {
            QTest::newRow(qPrintable(mode)) << mode;
        }
    }
    void userExportStopsOnBrokenPaging()
    {
        QFETCH(QString, mode);
        m_listing.mode = mode;
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        UserExport job(m_api);
        job.setPageSize(5);
        job.start(&buffer);
        QVERIFY(QTest::qWaitFor([&job]() { return job.status() != UserExport::Status::Running; }, 20000));
        QCOMPARE(job.status(), UserExport::Status::Failed);
        QCOMPARE(job.apiError().kind(), ApiError::Kind::InvalidResponse);
        QVERIFY(m_server->requestCount() <= 3);
        QVERIFY2(job.errorString().contains(QStringLiteral("Reading the users list failed")),
                 qPrintable(job.errorString()));
    }

    void userExportStreamsHonestPages()
    {
        m_listing.total = 23;
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        UserExport job(m_api);
        job.setPageSize(5);
        job.start(&buffer);
        QVERIFY(QTest::qWaitFor([&job]() { return job.status() != UserExport::Status::Running; }, 20000));
        QCOMPARE(job.status(), UserExport::Status::Succeeded);
        QCOMPARE(job.rowsWritten(), 23);
        QCOMPARE(buffer.data().count('\n'), 24); // header and every user once
        QVERIFY(m_server->requestCount() >= 5);
    }

    void cliRoomsListStopsOnBrokenPaging_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("format");
        for (const QString &mode : hostileModes()) {
            for (const QString &format : { QStringLiteral("csv"), QStringLiteral("json") }) {
                QTest::newRow(qPrintable(mode + QLatin1Char(' ') + format)) << mode << format;
            }
        }
    }
    void cliRoomsListStopsOnBrokenPaging()
    {
        QFETCH(QString, mode);
        QFETCH(QString, format);
        m_listing.mode = mode;
        const Run r = cli({ QStringLiteral("rooms"), QStringLiteral("list"), QStringLiteral("--format"), format });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("listing rooms (the output is incomplete)")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        if (format == QLatin1String("json")) {
            QJsonParseError error;
            QJsonDocument::fromJson(r.outBytes, &error);
            QVERIFY(error.error != QJsonParseError::NoError); // a cut listing never parses as complete
        }
    }

    void cliRoomsListStreamsPages_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("json") << QStringLiteral("json");
    }
    void cliRoomsListStreamsPages()
    {
        QFETCH(QString, format);
        // More rooms than one of the CLI's pages (10,000) holds: two pages, written as they arrive.
        m_listing.total = 12001;
        const Run r = cli({ QStringLiteral("rooms"), QStringLiteral("list"), QStringLiteral("--format"), format });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        int listRequests = 0;
        for (const FakeRequest &req : m_server->requests()) {
            listRequests += req.path() == "/_synapse/admin/v1/rooms" ? 1 : 0;
        }
        QCOMPARE(listRequests, 2);
        if (format == QLatin1String("json")) {
            const QJsonArray rooms = QJsonDocument::fromJson(r.outBytes).array();
            QCOMPARE(rooms.size(), 12001);
            QCOMPARE(rooms.at(12000).toObject().value(QStringLiteral("room_id")).toString(),
                     QStringLiteral("!r12000:fake.test"));
        } else {
            QCOMPARE(r.outBytes.count('\n'), 12002);
        }
    }

    void cliUsersExportStopsOnBrokenPaging()
    {
        m_listing.mode = QStringLiteral("same token");
        const Run r = cli({ QStringLiteral("users"), QStringLiteral("export"), QStringLiteral("-") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not move past")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // said once
    }
};

QTEST_GUILESS_MAIN(TestHostilePaging)
#include "tst_hostile_paging.moc"
