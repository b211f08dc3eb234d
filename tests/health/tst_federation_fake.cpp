// Federation destinations against a fake server (a test homeserver has no federation, so failing
// destinations cannot be had from the real one): the paged model and its failing filter, reset
// with preview and a lost answer verified by reading the destination back, and the view driven
// offscreen by objectName.
#include "fakehttpserver.h"
#include "health/destinationlistmodel.h"
#include "health/destinationreset.h"
#include "health/federationview.h"
#include "serversession.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Steward;
using namespace StewardTest;

namespace {

/// A server that backs off from some destinations; reset_connection clears their retry timings.
struct FakeFederation
{
    struct Dest
    {
        QString name;
        qint64 failureTs = 0; // 0: not failing
        qint64 retryLastTs = 0;
        qint64 retryInterval = 0;
    };
    QList<Dest> destinations;
    QSet<QString> loseResetAnswer; ///< reset happens, but the connection drops before the answer
    int resets = 0;
    QStringList startedJobs;

    FakeFederation()
    {
        for (int i = 0; i < 7; ++i) {
            Dest d { QStringLiteral("ok%1.test").arg(i) };
            if (i % 3 == 1) {
                d = Dest { QStringLiteral("down%1.test").arg(i), 1700000000000 + i, 1700000500000, 600000 };
            }
            destinations << d;
        }
    }

    QJsonObject json(const Dest &d) const
    {
        return { { QStringLiteral("destination"), d.name },
                 { QStringLiteral("retry_last_ts"), double(d.retryLastTs) },
                 { QStringLiteral("retry_interval"), double(d.retryInterval) },
                 { QStringLiteral("failure_ts"), d.failureTs ? QJsonValue(double(d.failureTs)) : QJsonValue() },
                 { QStringLiteral("last_successful_stream_ordering"), 42 } };
    }

    FakeResponse handle(const FakeRequest &req)
    {
        const QByteArray path = req.path();
        const QUrlQuery query(QString::fromUtf8(req.target.mid(req.target.indexOf('?') + 1)));
        if (path == "/_matrix/client/versions") {
            return FakeResponse::json(200, { { QStringLiteral("versions"), QJsonArray { QStringLiteral("v1.11") } } });
        }
        if (path == "/_synapse/admin/v1/server_version") {
            return FakeResponse::json(200, { { QStringLiteral("server_version"), QStringLiteral("1.163.2 (fake)") } });
        }
        if (path == "/_matrix/client/v3/account/whoami") {
            return FakeResponse::json(200, { { QStringLiteral("user_id"), QStringLiteral("@admin:fake.test") } });
        }
        if (path.startsWith("/_synapse/admin/v2/users/")) { // the admin check reads the own account
            return FakeResponse::json(
                200,
                { { QStringLiteral("name"), QStringLiteral("@admin:fake.test") }, { QStringLiteral("admin"), true } });
        }
        if (path == "/_synapse/admin/v1/background_updates/start_job" && req.method == "POST") {
            const QString job = req.json().value(QStringLiteral("job_name")).toString();
            if (startedJobs.contains(job)) {
                return FakeResponse::json(
                    400,
                    { { QStringLiteral("errcode"), QStringLiteral("M_UNKNOWN") },
                      { QStringLiteral("error"),
                        QStringLiteral("Job %1 is already in queue of background updates.").arg(job) } });
            }
            startedJobs << job;
            return FakeResponse::json(200, {});
        }
        const QByteArray prefix = "/_synapse/admin/v1/federation/destinations";
        if (path == prefix) {
            const int from = query.queryItemValue(QStringLiteral("from")).toInt();
            const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
            QJsonArray page;
            for (int i = from; i < destinations.size() && i < from + limit; ++i) {
                page << json(destinations.at(i));
            }
            QJsonObject body { { QStringLiteral("destinations"), page },
                               { QStringLiteral("total"), destinations.size() } };
            if (from + limit < destinations.size()) {
                body.insert(QStringLiteral("next_token"), QString::number(from + limit));
            }
            return FakeResponse::json(200, body);
        }
        if (path.startsWith(QByteArray(prefix + '/'))) {
            const QList<QByteArray> parts = path.mid(prefix.size() + 1).split('/');
            const QString name = QUrl::fromPercentEncoding(parts.value(0));
            int index = -1;
            for (int i = 0; i < destinations.size(); ++i) {
                if (destinations.at(i).name == name) {
                    index = i;
                }
            }
            if (index < 0) {
                return FakeResponse::json(404,
                                          { { QStringLiteral("errcode"), QStringLiteral("M_NOT_FOUND") },
                                            { QStringLiteral("error"), QStringLiteral("Unknown destination") } });
            }
            Dest &d = destinations[index];
            if (parts.value(1) == "rooms") {
                return FakeResponse::json(
                    200,
                    { { QStringLiteral("rooms"),
                        QJsonArray { QJsonObject { { QStringLiteral("room_id"), QStringLiteral("!shared:fake.test") },
                                                   { QStringLiteral("stream_ordering"), 7 } } } },
                      { QStringLiteral("total"), 1 } });
            }
            if (parts.value(1) == "reset_connection" && req.method == "POST") {
                if (!d.retryLastTs) {
                    return FakeResponse::json(400,
                                              { { QStringLiteral("errcode"), QStringLiteral("M_UNKNOWN") },
                                                { QStringLiteral("error"),
                                                  QStringLiteral("The retry timing does not need to be reset "
                                                                 "for this destination.") } });
                }
                ++resets;
                d.failureTs = 0;
                d.retryLastTs = 0;
                d.retryInterval = 0;
                if (loseResetAnswer.contains(d.name)) {
                    return FakeResponse::fault(FakeResponse::Action::Close);
                }
                return FakeResponse::json(200, {});
            }
            return FakeResponse::json(200, json(d));
        }
        return FakeResponse::json(404, { { QStringLiteral("errcode"), QStringLiteral("M_UNRECOGNIZED") } });
    }
};

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w) {
        qWarning() << "no" << name;
    }
    return w;
}

} // namespace

class TestFederationFake : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void modelFiltersFailingDestinations()
    {
        FakeFederation fake;
        FakeHttpServer server;
        server.setHandler([&fake](const FakeRequest &r) { return fake.handle(r); });
        QVERIFY(server.listen());
        ApiService api(&m_nam);
        api.setBaseUrl(server.url());
        api.setAccessToken(QStringLiteral("token"));
        DestinationListModel model(&api);
        model.setPageSize(3);
        model.reload();
        QTRY_COMPARE(model.total(), 7);
        model.fetchRows(0, 6);
        QTRY_VERIFY(model.isComplete());
        QCOMPARE(model.destinationAt(1).destination, QStringLiteral("down1.test"));
        QVERIFY(model.destinationAt(1).isFailing());
        QCOMPARE(model.data(model.index(1, DestinationListModel::RetryIntervalColumn)).toString(),
                 QStringLiteral("10 min"));

        model.setFailingOnly(true);
        QTRY_VERIFY(model.isComplete());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.destinationAt(0).destination, QStringLiteral("down1.test"));
        QCOMPARE(model.destinationAt(1).destination, QStringLiteral("down4.test"));
        QCOMPARE(model.serverTotal(), 7);
    }

    void resetPreviewsSkipsAndVerifiesALostAnswer()
    {
        FakeFederation fake;
        fake.loseResetAnswer.insert(QStringLiteral("down4.test"));
        FakeHttpServer server;
        server.setHandler([&fake](const FakeRequest &r) { return fake.handle(r); });
        QVERIFY(server.listen());
        ApiService api(&m_nam);
        api.setBaseUrl(server.url());
        api.setAccessToken(QStringLiteral("token"));
        DestinationReset reset(&api,
                               { QStringLiteral("down1.test"), QStringLiteral("down4.test"), QStringLiteral("ok0.test"),
                                 QStringLiteral("nowhere.test") });
        bool planned = false;
        connect(&reset, &DestinationReset::planReady, this, [&planned]() { planned = true; });
        reset.plan();
        QTRY_VERIFY(planned);
        QCOMPARE(fake.resets, 0); // the preview changes nothing
        QCOMPARE(reset.items().at(0).outcome.status, ItemStatus::Planned);
        QCOMPARE(reset.items().at(1).outcome.status, ItemStatus::Planned);
        QCOMPARE(reset.items().at(2).outcome.status, ItemStatus::Skipped);
        QCOMPARE(reset.items().at(3).outcome.status, ItemStatus::Skipped);
        QVERIFY(reset.items().at(3).outcome.reason.contains(QStringLiteral("no such destination")));

        bool finished = false;
        connect(&reset, &DestinationReset::finished, this, [&finished]() { finished = true; });
        reset.run();
        QTRY_VERIFY(finished);
        QCOMPARE(fake.resets, 2);
        QCOMPARE(reset.items().at(0).outcome.status, ItemStatus::Done);
        QVERIFY(!reset.items().at(0).outcome.verified);
        // The answer was lost: read back, the server no longer backs off -> done, verified.
        QCOMPARE(reset.items().at(1).outcome.status, ItemStatus::Done);
        QVERIFY(reset.items().at(1).outcome.verified);
        QCOMPARE(reset.tally().done, 2);
        QCOMPARE(reset.tally().skipped, 2);
        QVERIFY(reset.tally().complete());
    }

    // start_job sends the job's name once (not repeated: a second insert is refused) and reports the
    // server's refusal in its words.
    void startBackgroundJobSendsTheJobOnce()
    {
        FakeFederation fake;
        FakeHttpServer server;
        server.setHandler([&fake](const FakeRequest &r) { return fake.handle(r); });
        QVERIFY(server.listen());
        ApiService api(&m_nam);
        api.setBaseUrl(server.url());
        api.setAccessToken(QStringLiteral("token"));
        std::optional<Result<bool>> first;
        HealthApi::startBackgroundJob(&api, QStringLiteral("regenerate_directory"), this,
                                      [&first](const Result<bool> &r) { first = r; });
        QTRY_VERIFY(first.has_value());
        QVERIFY(first->ok());
        QCOMPARE(fake.startedJobs, QStringList { QStringLiteral("regenerate_directory") });
        std::optional<Result<bool>> second;
        HealthApi::startBackgroundJob(&api, QStringLiteral("regenerate_directory"), this,
                                      [&second](const Result<bool> &r) { second = r; });
        QTRY_VERIFY(second.has_value());
        QVERIFY(!second->ok());
        QVERIFY(second->error().message().contains(QStringLiteral("already in queue")));
        QCOMPARE(server.requestCount("POST", "/_synapse/admin/v1/background_updates/start_job"), 2);
    }

    void viewShowsFailingDestinationsAndResetsThem()
    {
        FakeFederation fake;
        FakeHttpServer server;
        server.setHandler([&fake](const FakeRequest &r) { return fake.handle(r); });
        QVERIFY(server.listen());
        ServerSession session(&m_nam);
        FederationView view(&session);
        view.resize(1200, 700);
        view.show();
        session.open(server.url(), QStringLiteral("token"));
        auto *table = child<QTableView>(&view, "federationTable");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 7, 10000);
        QTRY_VERIFY(view.model()->isComplete());

        // scripts/screenshots.sh photographs the view here (the sandbox server does not federate).
        if (qEnvironmentVariableIsSet("STEWARD_SCREENSHOT_DIR")) {
            table->selectRow(1);
            QTRY_COMPARE(child<QTreeWidget>(&view, "federationRoomsTree")->topLevelItemCount(), 1);
            QTRY_VERIFY(
                child<QLabel>(&view, "federationDetailsLabel")->text().contains(QStringLiteral("Rooms shared")));
            QTest::qWait(300);
            QVERIFY(
                view.grab().save(qEnvironmentVariable("STEWARD_SCREENSHOT_DIR") + QStringLiteral("/federation.png")));
            table->clearSelection();
        }

        child<QCheckBox>(&view, "federationFailingOnly")->setChecked(true);
        QTRY_VERIFY(view.model()->isComplete() && view.model()->rowCount() == 2);
        QTRY_VERIFY(child<QLabel>(&view, "federationStatusLabel")->text().contains(QStringLiteral("2 failing of 7")));

        // Details of one destination, with the rooms shared with it.
        table->selectRow(0);
        QTRY_COMPARE(child<QTreeWidget>(&view, "federationRoomsTree")->topLevelItemCount(), 1);
        QTRY_VERIFY(child<QLabel>(&view, "federationDetailsLabel")->text().contains(QStringLiteral("Failing: yes")));

        // Both selected -> Reset Connection -> the confirmation lists them -> reset.
        table->selectAll();
        auto *resetButton = child<QPushButton>(&view, "federationResetButton");
        QTRY_VERIFY(resetButton->isEnabled());
        resetButton->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = view.findChild<QMessageBox *>(QStringLiteral("federationResetConfirm")))
                    && box->isVisible());
        QVERIFY(box->detailedText().contains(QStringLiteral("down1.test: will be reset")));
        QVERIFY(box->detailedText().contains(QStringLiteral("down4.test: will be reset")));
        QCOMPARE(fake.resets, 0);
        child<QPushButton>(box, "federationResetConfirmButton")->click();
        QTRY_VERIFY(child<QLabel>(&view, "federationOutcomeLabel")->text().contains(QStringLiteral("2 done")));
        QCOMPARE(fake.resets, 2);
        // Refreshed: nothing is failing any more.
        QTRY_VERIFY(view.model()->isComplete() && view.model()->rowCount() == 0);
    }
};

QTEST_MAIN(TestFederationFake)
#include "tst_federation_fake.moc"
