// The engine contract (src/core/operation): the item window, progress with rate and ETA, the tally,
// the journal, and the request service's two lanes (a bulk run never queues a view's request).
#include "apiservice.h"
#include "fakehttpserver.h"
#include "operation/itemwindow.h"
#include "operation/operation.h"
#include "operation/operationjournal.h"

#include <QFile>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Steward;
using namespace StewardTest;

namespace {
/// Whether a reply finished, kept after it deleted itself.
std::shared_ptr<bool> finishedFlag(ApiReply *reply, ApiError *error = nullptr)
{
    auto flag = std::make_shared<bool>(false);
    QObject::connect(reply, &ApiReply::finished, reply, [reply, flag, error]() {
        *flag = true;
        if (error) {
            *error = reply->error();
        }
    });
    return flag;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool append(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Append) && f.write(bytes) == bytes.size();
}
} // namespace

class TestOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---------------------------------------------------------------- ItemWindow

    void windowKeepsAtMostNOutstanding()
    {
        ItemWindow window;
        QSignalSpy finished(&window, &ItemWindow::finished);
        QList<int> launched;
        window.start(10, 3, [&launched](int index) { launched << index; });
        QCOMPARE(launched, QList<int>({ 0, 1, 2 }));
        QVERIFY(window.isRunning());
        window.itemDone();
        QCOMPARE(launched, QList<int>({ 0, 1, 2, 3 }));
        for (int i = 0; i < 9; ++i) {
            QCOMPARE(finished.count(), 0);
            window.itemDone();
        }
        QCOMPARE(launched.size(), 10);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!window.isRunning());
    }

    void windowItemsSettledInsideLaunchDoNotRecurse()
    {
        ItemWindow window;
        QSignalSpy finished(&window, &ItemWindow::finished);
        int launched = 0;
        window.start(1000, 4, [&](int) {
            ++launched;
            window.itemDone(); // an item that needs no request
        });
        QCOMPARE(launched, 1000);
        QCOMPARE(finished.count(), 1);
    }

    void cancelLeavesTheRestNeverStarted()
    {
        ItemWindow window;
        QSignalSpy finished(&window, &ItemWindow::finished);
        QList<int> launched;
        window.start(10, 3, [&launched](int index) { launched << index; });
        window.itemDone(); // item 0 done, item 3 starts
        window.cancel(false);
        QVERIFY(window.isCancelled());
        QCOMPARE(finished.count(), 0); // three items are still outstanding
        window.itemDone();
        window.itemDone();
        QCOMPARE(finished.count(), 0);
        window.itemDone();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(window.started(), 4);
        QCOMPARE(launched, QList<int>({ 0, 1, 2, 3 })); // items 4..9 never started
        QCOMPARE(window.count() - window.started(), 6);
    }

    void cancelDropsRequestsNotYetOnTheWire()
    {
        QNetworkAccessManager nam;
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest &) { return FakeResponse::stall(); });
        ApiService api(&nam);
        api.setBaseUrl(server.url());
        api.setMaxBulkInFlight(1);
        ItemWindow window;
        QSignalSpy finished(&window, &ItemWindow::finished);
        QList<ApiError> errors(3);
        QList<int> attempts(3, -1);
        window.start(3, 3, [&](int index) {
            ApiReply *reply = api.send(ApiRequest::get(u"/_synapse/admin/v1/server_version"));
            QCOMPARE(reply->request().lane(), ApiRequest::Lane::Bulk); // the window opened a BulkLane scope
            connect(reply, &ApiReply::finished, this, [&, reply, index]() {
                errors[index] = reply->error();
                attempts[index] = reply->attempts();
                window.itemDone();
            });
            window.track(reply);
        });
        QVERIFY(QTest::qWaitFor([&]() { return server.requestCount() == 1; }, 10000));
        window.cancel(false);
        // The two queued ones finish at once, cancelled and never sent; the one on the wire goes on.
        QCOMPARE(attempts[1], 0);
        QCOMPARE(attempts[2], 0);
        QCOMPARE(errors[1].kind(), ApiError::Kind::Cancelled);
        QCOMPARE(attempts[0], -1);
        QCOMPARE(finished.count(), 0);
        window.cancel(true); // stops the one on the wire too
        QVERIFY(QTest::qWaitFor([&]() { return finished.count() == 1; }, 10000));
        QCOMPARE(errors[0].kind(), ApiError::Kind::Cancelled);
        QCOMPARE(server.requestCount(), 1);
    }

    // ---------------------------------------------------------------- progress

    void progressMeterRateAndEta()
    {
        ProgressMeter meter;
        meter.restart();
        OperationProgress p = meter.measure(0, 100, QStringLiteral("Reading"));
        QCOMPARE(p.ratePerSecond, 0.0); // nothing measurable yet
        QCOMPARE(p.etaMs, qint64(-1));
        QCOMPARE(p.percent(), 0);
        QTest::qWait(300);
        p = meter.measure(30, 100, QStringLiteral("Reading"));
        QVERIFY(p.ratePerSecond > 0);
        QVERIFY(p.elapsedMs >= 300);
        // The ETA is what is left at the measured rate.
        QCOMPARE(p.etaMs, qint64(70 * 1000.0 / p.ratePerSecond));
        QCOMPARE(p.percent(), 30);
        QCOMPARE(p.phase, QStringLiteral("Reading"));
        QVERIFY2(p.text().startsWith(QStringLiteral("30 of 100 · ")), qPrintable(p.text()));
        QVERIFY2(p.text().contains(QStringLiteral("/s")), qPrintable(p.text()));
        QVERIFY2(p.text().contains(QStringLiteral("left")), qPrintable(p.text()));

        // A new phase counts from zero: the old samples do not make a rate.
        p = meter.measure(0, 50, QStringLiteral("Writing"));
        QCOMPARE(p.ratePerSecond, 0.0);
        QCOMPARE(p.etaMs, qint64(-1));
    }

    void progressWithoutTotal()
    {
        OperationProgress p;
        p.done = 12;
        QCOMPARE(p.percent(), -1);
        QCOMPARE(p.text(), QStringLiteral("12"));
        p.total = 0;
        QCOMPARE(p.percent(), 100);
    }

    // ---------------------------------------------------------------- outcomes and tally

    void tallySummary()
    {
        OperationTally t;
        QCOMPARE(t.summary(), QStringLiteral("nothing to do"));
        QVERIFY(t.complete());
        t.add(ItemStatus::Done, 12);
        t.add(ItemStatus::Skipped, 3);
        QVERIFY(t.complete());
        t.add(ItemStatus::Failed);
        t.add(ItemStatus::NotAttempted, 4);
        QCOMPARE(t.summary(), QStringLiteral("12 done, 1 failed, 3 skipped, 4 not attempted"));
        QCOMPARE(t.total(), 20);
        QCOMPARE(t.count(ItemStatus::NotAttempted), 4);
        QVERIFY(!t.complete());
        t.add(ItemStatus::Unknown);
        QVERIFY(t.summary().contains(QStringLiteral("1 of unknown outcome")));
    }

    void outcomeFromError()
    {
        QCOMPARE(ItemOutcome::fromError(ApiError()).status, ItemStatus::Done);
        QCOMPARE(ItemOutcome::fromError(ApiError::cancelled()).status, ItemStatus::Unknown);
        for (ItemStatus s : { ItemStatus::Planned, ItemStatus::Skipped, ItemStatus::Done, ItemStatus::Failed,
                              ItemStatus::NotAttempted, ItemStatus::Unknown }) {
            ItemStatus back = ItemStatus::Planned;
            QVERIFY(itemStatusFromName(itemStatusName(s), &back));
            QCOMPARE(back, s);
        }
        ItemStatus none;
        QVERIFY(!itemStatusFromName(QStringLiteral("joined"), &none));
    }

    // ---------------------------------------------------------------- journal

    void journalCreateRecordLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        OperationJournal journal;
        QString error;
        const QStringList keys { QStringLiteral("@a:x"), QStringLiteral("@b:x"), QStringLiteral("@c:x"),
                                 QStringLiteral("@d:x") };
        QVERIFY2(journal.create(dir.path(), QStringLiteral("lock"), QStringLiteral("https://x"),
                                { { QStringLiteral("reason"), QStringLiteral("spam") } }, keys, &error),
                 qPrintable(error));
        QVERIFY(journal.path().startsWith(dir.path() + QStringLiteral("/lock-")));
        journal.record(QStringLiteral("@a:x"), { ItemStatus::Done, {}, false });
        journal.record(QStringLiteral("@b:x"), { ItemStatus::Failed, QStringLiteral("M_FORBIDDEN"), false });
        journal.record(QStringLiteral("@c:x"), { ItemStatus::Unknown, QStringLiteral("reset"), false });
        journal.record(QStringLiteral("@c:x"), { ItemStatus::Done, QStringLiteral("read back"), true }); // last wins
        const QString path = journal.path();

        // Not ended yet: a killed run, with @b and @d left.
        auto loaded = OperationJournal::load(path, &error, QStringLiteral("lock"));
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->keys, keys);
        QCOMPARE(loaded->baseUrl, QStringLiteral("https://x"));
        QCOMPARE(loaded->params.value(QStringLiteral("reason")).toString(), QStringLiteral("spam"));
        QVERIFY(!loaded->ended);
        QCOMPARE(loaded->remaining(), QStringList({ QStringLiteral("@b:x"), QStringLiteral("@d:x") }));
        QVERIFY(loaded->outcomes.value(QStringLiteral("@c:x")).verified);
        QCOMPARE(loaded->outcomes.value(QStringLiteral("@b:x")).reason, QStringLiteral("M_FORBIDDEN"));
        const OperationTally t = loaded->tally();
        QCOMPARE(t.done, 2);
        QCOMPARE(t.failed, 1);
        QCOMPARE(t.planned, 1);
        QCOMPARE(OperationJournal::unfinished(dir.path(), QStringLiteral("lock"), QStringLiteral("https://x")).size(),
                 1);
        QCOMPARE(OperationJournal::unfinished(dir.path(), QStringLiteral("lock"), QStringLiteral("https://y")).size(),
                 0);
        QCOMPARE(OperationJournal::unfinished(dir.path(), QStringLiteral("unlock"), {}).size(), 0);

        journal.end(true);
        journal.close();
        loaded = OperationJournal::load(path, &error);
        QVERIFY(loaded->ended);
        QVERIFY(loaded->cancelled);

        // Another kind than expected is refused.
        QVERIFY(!OperationJournal::load(path, &error, QStringLiteral("unlock")));
        QVERIFY2(error.contains(QStringLiteral("lock")), qPrintable(error));

        // Resume: a later process continues it; the resume line clears "ended".
        QVERIFY2(journal.reopen(path, &error), qPrintable(error));
        journal.record(QStringLiteral("@b:x"), { ItemStatus::Done, {}, false });
        journal.record(QStringLiteral("@d:x"), { ItemStatus::Skipped, QStringLiteral("deactivated"), false });
        journal.end(false);
        journal.close();
        loaded = OperationJournal::load(path, &error);
        QVERIFY(loaded->ended);
        QVERIFY(!loaded->cancelled);
        QVERIFY(loaded->remaining().isEmpty());
        QCOMPARE(OperationJournal::unfinished(dir.path(), QStringLiteral("lock"), {}).size(), 0);
    }

    void journalDefaultDirectoryIsNotDoubledAndOldJournalsAreFound()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString app = QCoreApplication::applicationName();
        const QString org = QCoreApplication::organizationName();
        QCoreApplication::setApplicationName(QStringLiteral("steward"));
        QCoreApplication::setOrganizationName(QStringLiteral("steward"));
        const QString dir = OperationJournal::defaultDirectory();
        QVERIFY2(!dir.contains(QStringLiteral("steward/steward")), qPrintable(dir));
        QVERIFY2(dir.endsWith(QStringLiteral("/steward/journals")), qPrintable(dir));
        // A journal an older Steward left in the doubled folder is still offered for resuming, and
        // the newest of both folders comes first.
        const QString legacy = OperationJournal::legacyDirectory();
        QVERIFY2(legacy.contains(QStringLiteral("steward/steward")), qPrintable(legacy));
        const QString kind = QStringLiteral("legacytest%1").arg(QCoreApplication::applicationPid());
        const QStringList keys { QStringLiteral("a"), QStringLiteral("b") };
        QString error;
        QString oldPath;
        QString newPath;
        {
            OperationJournal old;
            QVERIFY2(old.create(legacy, kind, QStringLiteral("https://x"), {}, keys, &error), qPrintable(error));
            oldPath = old.path();
        }
        QTest::qWait(5); // the names carry the UTC time to the millisecond
        {
            OperationJournal current;
            QVERIFY2(current.create(dir, kind, QStringLiteral("https://x"), {}, keys, &error), qPrintable(error));
            newPath = current.path();
        }
        const auto found = OperationJournal::unfinished(dir, kind, QStringLiteral("https://x"));
        QFile::remove(oldPath);
        QFile::remove(newPath);
        QCoreApplication::setApplicationName(app);
        QCoreApplication::setOrganizationName(org);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).path, newPath);
        QCOMPARE(found.at(1).path, oldPath);
    }

    void journalTornLastLineIsIgnored()
    {
        QTemporaryDir dir;
        OperationJournal journal;
        QString error;
        QVERIFY(journal.create(dir.path(), QStringLiteral("k"), {}, {}, { QStringLiteral("a"), QStringLiteral("b") },
                               &error));
        journal.record(QStringLiteral("a"), { ItemStatus::Done, {}, false });
        const QString path = journal.path();
        journal.close();
        // A process killed in the middle of a write leaves a line without its newline.
        QVERIFY(append(path, "{\"type\":\"item\",\"key\":\"b\",\"sta"));
        const auto loaded = OperationJournal::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->remaining(), QStringList({ QStringLiteral("b") }));
    }

    void journalDamagedLineIsRefused_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{not json\n") << QStringLiteral("not a JSON object");
        QTest::newRow("unknown key") << QByteArray("{\"type\":\"item\",\"key\":\"zz\",\"status\":\"done\"}"
                                                   "\n")
                                     << QStringLiteral("does not hold");
        QTest::newRow("unknown status") << QByteArray("{\"type\":\"item\",\"key\":\"a\",\"status\":\"joined\"}"
                                                      "\n")
                                        << QStringLiteral("unknown status");
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"party\"}"
                                                    "\n")
                                      << QStringLiteral("unknown line type");
    }
    void journalDamagedLineIsRefused()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, says);
        QTemporaryDir dir;
        OperationJournal journal;
        QString error;
        QVERIFY(journal.create(dir.path(), QStringLiteral("k"), {}, {}, { QStringLiteral("a") }, &error));
        const QString path = journal.path();
        journal.close();
        QVERIFY(append(path, line));
        QVERIFY(append(path,
                       "{\"type\":\"end\",\"cancelled\":false}"
                       "\n"));
        QVERIFY(!OperationJournal::load(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QStringList damaged;
        QCOMPARE(OperationJournal::unfinished(dir.path(), QStringLiteral("k"), {}, &damaged).size(), 0);
        QCOMPARE(damaged.size(), 1);
    }

    void journalLockHeldByAnother()
    {
        QTemporaryDir dir;
        OperationJournal first;
        QString error;
        QVERIFY(first.create(dir.path(), QStringLiteral("k"), {}, {}, { QStringLiteral("a") }, &error));
        const QString path = first.path();
        const QByteArray before = readAll(path);

        OperationJournal second;
        QVERIFY(!second.reopen(path, &error));
        QVERIFY2(error.contains(QStringLiteral("in use by another process")), qPrintable(error));
        QVERIFY(error.contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(!second.isOpen());
        QVERIFY(!OperationJournal::lock(path, &error));
        QCOMPARE(readAll(path), before); // the refused one wrote nothing

        first.close(); // unlocks
        QVERIFY2(second.reopen(path, &error), qPrintable(error));
        QVERIFY(second.isOpen());
    }

    // ---------------------------------------------------------------- lanes

    void interactiveRequestIsNotQueuedBehindBulk()
    {
        QNetworkAccessManager nam;
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest &req) {
            if (req.path().endsWith("/stall")) {
                return FakeResponse::stall();
            }
            return FakeResponse::json(200, { { QStringLiteral("server_version"), QStringLiteral("1") } });
        });
        ApiService api(&nam);
        api.setBaseUrl(server.url());
        api.setMaxBulkInFlight(4);
        QList<std::shared_ptr<bool>> bulk;
        {
            const BulkLane lane; // as an ItemWindow does for each item it launches
            for (int i = 0; i < 10; ++i) {
                bulk << finishedFlag(api.send(ApiRequest::get(u"/_synapse/admin/v1/stall")));
            }
        }
        QVERIFY(QTest::qWaitFor([&]() { return server.requestCount() == 4; }, 10000));
        QCOMPARE(api.inFlightCount(ApiRequest::Lane::Bulk), 4); // saturated, six more queued
        QCOMPARE(api.queuedCount(), 6);

        ApiError error;
        ApiReply *view = api.send(ApiRequest::get(u"/_synapse/admin/v1/server_version"));
        QCOMPARE(view->request().lane(), ApiRequest::Lane::Interactive);
        auto done = finishedFlag(view, &error);
        QVERIFY(QTest::qWaitFor([&]() { return *done; }, 10000));
        QVERIFY2(error.isOk(), qPrintable(error.describe()));
        for (const auto &b : std::as_const(bulk)) {
            QVERIFY(!*b); // still stalled or queued: the view did not wait for them
        }
        QCOMPARE(server.requestCount(), 5);
        api.cancelAll();
    }
};

QTEST_GUILESS_MAIN(TestOperation)
#include "tst_operation.moc"
