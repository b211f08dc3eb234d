// The external-ID engine without a server: plan, merge, backup file, request shape, and the
// cancel/429 accounting against a fake HTTP server.
#include "externalids/externalidbackup.h"
#include "externalids/externalidplan.h"
#include "externalids/externalidscanner.h"
#include "externalids/externalidupdater.h"
#include "fakehttpserver.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Steward;
using namespace StewardTest;

namespace {
ExternalId id(const char *p, const char *e)
{
    return { QString::fromUtf8(p), QString::fromUtf8(e) };
}
} // namespace

class TestExternalIdsEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void planRemovesOnlyChosenProviders()
    {
        ExternalIdScan scan;
        scan.linkedUsers = {
            { QStringLiteral("@a:x"), { id("old", "1") } },
            { QStringLiteral("@b:x"), { id("new", "2"), id("old", "3"), id("other", "4") }, true },
            { QStringLiteral("@c:x"), { id("new", "5") } },
        };
        const auto plan = planExternalIdRemoval(scan, { QStringLiteral("old"), QStringLiteral("other") });
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan[0].userId, QStringLiteral("@a:x"));
        QCOMPARE(plan[0].toRemove, ExternalIdList({ id("old", "1") }));
        QVERIFY(plan[0].kept.isEmpty());
        QCOMPARE(plan[1].toRemove, ExternalIdList({ id("old", "3"), id("other", "4") }));
        QCOMPARE(plan[1].kept, ExternalIdList({ id("new", "2") }));
        QCOMPARE(plan[1].before.size(), 3);
        QVERIFY(plan[1].deactivated);
        QVERIFY(planExternalIdRemoval(scan, { QStringLiteral("missing") }).isEmpty());
    }

    void restoreMergesWithoutDuplicates()
    {
        const auto step = planExternalIdRestore({ id("new", "2") }, { id("old", "1"), id("new", "2") });
        QCOMPARE(step.missing, ExternalIdList({ id("old", "1") }));
        QCOMPARE(step.merged, ExternalIdList({ id("new", "2"), id("old", "1") }));
        QVERIFY(planExternalIdRestore({ id("old", "1") }, { id("old", "1") }).missing.isEmpty());
    }

    void backupRoundTripsAndRejectsDamage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/backup.json"));
        ExternalIdChange c {
            QStringLiteral("@b:x"), { id("new", "2"), id("old", "é\"3") }, { id("old", "é\"3") }, { id("new", "2") }
        };
        const ExternalIdBackup b = ExternalIdBackup::fromPlan({ c }, { QStringLiteral("old") }, QStringLiteral("srv"));
        QString error;
        QVERIFY2(b.write(path, &error), qPrintable(error));
        QVERIFY(QFile(path).permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!QFile(path).permissions().testFlag(QFileDevice::ReadOther));
        const auto read = ExternalIdBackup::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->users.size(), 1);
        QCOMPARE(read->users[0].userId, QStringLiteral("@b:x"));
        QCOMPARE(read->users[0].ids, c.before);
        QCOMPARE(read->removedProviders, QStringList { QStringLiteral("old") });
        QCOMPARE(read->server, QStringLiteral("srv"));

        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(
            "{\"format\": \"steward-external-ids-backup\", \"version\": 1, \"users\": [{\"user_id\": \"@a:x\"}]}");
        bad.close();
        QVERIFY(!ExternalIdBackup::read(bad.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral("Entry 1")), qPrintable(error));
        QVERIFY(!ExternalIdBackup::read(dir.filePath(QStringLiteral("none.json")), &error));
        QVERIFY(!b.write(dir.path(), &error)); // a folder, not a file
        QVERIFY(ExternalIdBackup::defaultPath().contains(QStringLiteral("/backups/external-ids-")));
    }

    void putCarriesOnlyExternalIds()
    {
        const ApiRequest req = ExternalIdsApi::replaceExternalIdsRequest(QStringLiteral("@a b:x"), { id("new", "2") });
        QCOMPARE(req.method(), ApiRequest::Method::Put);
        QCOMPARE(req.encodedPath(), QByteArray("/_synapse/admin/v2/users/%40a%20b%3Ax"));
        const QJsonObject body = req.body()->object();
        QCOMPARE(body.keys(), QStringList { QStringLiteral("external_ids") });
        QCOMPARE(body.value(QStringLiteral("external_ids")).toArray().size(), 1);
        // An empty kept list clears the links: it must be [] and not missing.
        const ApiRequest clear = ExternalIdsApi::replaceExternalIdsRequest(QStringLiteral("@a:x"), {});
        QVERIFY(clear.body()->object().value(QStringLiteral("external_ids")).isArray());
    }

    // Cancel in the middle: users whose PUT never left are "not attempted", and the server saw
    // exactly the PUTs reported as done. A 429 on the way is waited out, not reported as failure.
    void cancelAccountsExactlyAndHonours429()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        int puts = 0;
        server.setHandler([&puts](const FakeRequest &r) {
            if (r.method == "PUT" && ++puts == 3) {
                return FakeResponse::json(429, { { "errcode", "M_LIMIT_EXCEEDED" }, { "retry_after_ms", 50 } });
            }
            if (r.method == "GET") { // the read right before each write
                return FakeResponse::json(
                           200,
                           { { "name", QString::fromUtf8(QByteArray::fromPercentEncoding(r.path().mid(25))) },
                             { "external_ids",
                               QJsonArray { QJsonObject { { "auth_provider", "old" }, { "external_id", "1" } } } } })
                    .delay(5);
            }
            return FakeResponse::json(200, {}).delay(20);
        });
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(server.url());
        api.setAccessToken(QStringLiteral("t"));
        api.setMaxInFlight(2);
        QList<ExternalIdChange> plan;
        for (int i = 0; i < 40; ++i) {
            plan.append({ QStringLiteral("@u%1:x").arg(i), { id("old", "1") }, { id("old", "1") }, {} });
        }
        ExternalIdUpdater updater(&api);
        QSignalSpy finished(&updater, &ExternalIdUpdater::finished);
        int settled = 0;
        connect(&updater, &ExternalIdUpdater::itemSettled, &updater, [&updater, &settled](int) {
            if (++settled == 8) {
                updater.cancel();
            }
        });
        updater.startRemoval(plan);
        QVERIFY(finished.wait(10000));
        QVERIFY(updater.wasCancelled());
        const int done = updater.count(ExternalIdOutcome::Status::Done);
        const int notAttempted = updater.count(ExternalIdOutcome::Status::NotAttempted);
        QCOMPARE(updater.count(ExternalIdOutcome::Status::Failed), 0);
        QCOMPARE(done + notAttempted, 40);
        QVERIFY(done >= 8);
        QVERIFY(notAttempted > 0);
        // One 429 was repeated: the server saw a PUT for each done user once plus that retry.
        int putsSeen = 0;
        for (const FakeRequest &r : server.requests()) {
            putsSeen += r.method == "PUT" ? 1 : 0;
        }
        QCOMPARE(putsSeen, done + 1);
        QCOMPARE(updater.requests().updates, done);
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(updater.writeReport(&csv));
        QVERIFY(csv.data().startsWith("user_id,status,removed,external_ids_now,detail\r\n"));
        QCOMPARE(csv.data().count("not-attempted"), notAttempted);
    }

    // The user's list is read right before the write: a link added after the scan survives, and the
    // backup is rewritten (before the PUT) with the list that is actually replaced.
    void removalWritesOnlyTheIntendedChange()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        const QJsonArray now { QJsonObject { { "auth_provider", "old" }, { "external_id", "1" } },
                               QJsonObject { { "auth_provider", "new" }, { "external_id", "late" } },
                               QJsonObject { { "auth_provider", "old" }, { "external_id", "late-old" } } };
        QTemporaryDir dir;
        const QString backupPath = dir.filePath(QStringLiteral("backup.json"));
        bool backupHadLateLinkAtPut = false;
        server.setHandler([&](const FakeRequest &r) {
            if (r.method == "GET") {
                return FakeResponse::json(200, { { "name", "@u:x" }, { "external_ids", now } });
            }
            QString error;
            const auto b = ExternalIdBackup::read(backupPath, &error);
            backupHadLateLinkAtPut = b && b->users.size() == 1 && b->users.first().ids.size() == 3;
            return FakeResponse::json(200, {});
        });
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(server.url());
        api.setAccessToken(QStringLiteral("t"));
        ExternalIdScan scan;
        scan.linkedUsers = { { QStringLiteral("@u:x"), { id("old", "1") } } };
        const auto plan = planExternalIdRemoval(scan, { QStringLiteral("old") });
        const ExternalIdBackup backup =
            ExternalIdBackup::fromPlan(plan, { QStringLiteral("old") }, QStringLiteral("x"));
        QString error;
        QVERIFY(backup.write(backupPath, &error));
        ExternalIdUpdater updater(&api);
        updater.setBackup(backup, backupPath);
        QSignalSpy finished(&updater, &ExternalIdUpdater::finished);
        updater.startRemoval(plan);
        QVERIFY(finished.wait(10000));
        QCOMPARE(updater.count(ExternalIdOutcome::Status::Done), 1);
        const FakeRequest put = server.requests().last();
        QCOMPARE(put.method, QByteArray("PUT"));
        const QJsonArray sent = put.json().value(QStringLiteral("external_ids")).toArray();
        QCOMPARE(sent.size(), 1); // only the link added meanwhile of a provider that stays
        QCOMPARE(sent.first().toObject().value(QStringLiteral("external_id")).toString(), QStringLiteral("late"));
        QVERIFY(backupHadLateLinkAtPut);
        QCOMPARE(updater.outcomes().first().changed, ExternalIdList({ id("old", "1"), id("old", "late-old") }));
    }

    // A PUT whose answer is lost after the server applied it is verified by reading the user back.
    void lostAnswerIsVerified()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        QJsonArray current { QJsonObject { { "auth_provider", "old" }, { "external_id", "1" } },
                             QJsonObject { { "auth_provider", "new" }, { "external_id", "2" } } };
        bool applyBeforeDrop = true;
        server.setHandler([&](const FakeRequest &r) {
            if (r.method == "GET") {
                return FakeResponse::json(200, { { "name", "@u:x" }, { "external_ids", current } });
            }
            if (applyBeforeDrop) {
                current = r.json().value(QStringLiteral("external_ids")).toArray();
            }
            return FakeResponse::reset();
        });
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(server.url());
        api.setAccessToken(QStringLiteral("t"));
        RetryPolicy fast;
        fast.baseDelay = std::chrono::milliseconds(5);
        api.setRetryPolicy(fast);
        ExternalIdScan scan;
        scan.linkedUsers = { { QStringLiteral("@u:x"), { id("old", "1"), id("new", "2") } } };
        const auto plan = planExternalIdRemoval(scan, { QStringLiteral("old") });
        {
            ExternalIdUpdater updater(&api);
            QSignalSpy finished(&updater, &ExternalIdUpdater::finished);
            updater.startRemoval(plan);
            QVERIFY(finished.wait(30000));
            const ExternalIdOutcome &o = updater.outcomes().first();
            QCOMPARE(o.status, ExternalIdOutcome::Status::Done);
            QVERIFY2(o.detail.startsWith(QStringLiteral("Verified:")), qPrintable(o.detail));
            QCOMPARE(o.after, ExternalIdList({ id("new", "2") }));
        }
        // Dropped before the server acted: verified as not done, never reported done.
        current = QJsonArray { QJsonObject { { "auth_provider", "old" }, { "external_id", "1" } } };
        applyBeforeDrop = false;
        ExternalIdUpdater updater(&api);
        QSignalSpy finished(&updater, &ExternalIdUpdater::finished);
        updater.startRemoval(plan);
        QVERIFY(finished.wait(30000));
        QCOMPARE(updater.outcomes().first().status, ExternalIdOutcome::Status::Failed);
        QVERIFY2(updater.outcomes().first().detail.contains(QStringLiteral("not made")),
                 qPrintable(updater.outcomes().first().detail));
    }

    void scanListErrorIsReported()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest &) {
            return FakeResponse::json(403, { { "errcode", "M_FORBIDDEN" }, { "error", "You are not a server admin" } });
        });
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(server.url());
        ExternalIdScanner scanner(&api);
        QSignalSpy finished(&scanner, &ExternalIdScanner::finished);
        scanner.start(false);
        QVERIFY(finished.wait(10000));
        QVERIFY(scanner.result().error);
        QCOMPARE(scanner.result().error->httpStatus(), 403);
        const QByteArray target = server.requests().constFirst().target;
        QVERIFY2(target.contains("locked=true") && target.contains("deactivated=false"), target.constData());
    }
};

QTEST_GUILESS_MAIN(TestExternalIdsEngine)
#include "tst_externalids_engine.moc"
