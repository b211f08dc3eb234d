// The external-ID engine against the real Synapse: scan, plan, backup, apply, restore, 409.
#include "externalids/externalidbackup.h"
#include "externalids/externalidplan.h"
#include "externalids/externalidscanner.h"
#include "externalids/externalidupdater.h"
#include "externalidsfixture.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Steward;
using namespace StewardTest;

class TestExternalIdsIntegration : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    ApiService *m_api = nullptr;
    ExternalIdsFixture m_f;
    QTemporaryDir m_dir;
    QList<ExternalIdChange> m_plan;

    ExternalIdScan scan(bool includeDeactivated)
    {
        ExternalIdScanner scanner(m_api);
        QSignalSpy finished(&scanner, &ExternalIdScanner::finished);
        QSignalSpy progress(&scanner, &ExternalIdScanner::progressChanged);
        scanner.start(includeDeactivated);
        if (!finished.wait(120000)) {
            return {};
        }
        [&] {
            QVERIFY(progress.count() > 1);
        }();
        return scanner.result();
    }

    void runUpdater(ExternalIdUpdater &u)
    {
        QSignalSpy finished(&u, &ExternalIdUpdater::finished);
        QVERIFY(finished.wait(120000));
    }

    /// What the user has after the removal: its links but those of the removed provider.
    ExternalIdList withoutProviderA(const QString &role) const
    {
        ExternalIdList out;
        for (const ExternalId &e : m_f.initial.value(role)) {
            if (e.provider != m_f.providerA) {
                out.append(e);
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // journals, backups and settings stay out of the real ones
        STEWARD_REQUIRE_TEST_SERVER(server);
        m_api = new ApiService(&m_nam, this);
        m_api->setBaseUrl(server.baseUrl);
        m_api->setAccessToken(server.adminToken);
        QString error;
        m_f = createExternalIdsFixture(m_api, server.serverName, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void scanCountsProvidersIncludingLockedUsers()
    {
        ExternalIdScan all = scan(true);
        QVERIFY(all.complete());
        QVERIFY(all.readFailures.isEmpty());
        QVERIFY2(all.usersRead >= 311, qPrintable(QString::number(all.usersRead)));
        QCOMPARE(all.providerUserCounts.value(m_f.providerA), 5); // a, ab, abDeact, aDeact, aLocked
        QCOMPARE(all.providerUserCounts.value(m_f.providerB), 3); // ab, b, abDeact
        QCOMPARE(all.requests.userReads, all.usersRead);
        QVERIFY(all.providerUserCounts.contains(QStringLiteral("oidc-old")));

        ExternalIdScan active = scan(false);
        QVERIFY(active.complete());
        QCOMPARE(active.providerUserCounts.value(m_f.providerA), 3); // a, ab, aLocked
        QCOMPARE(active.providerUserCounts.value(m_f.providerB), 2);
        // (Not "active.usersRead < all.usersRead": other tests add users to the shared server between
        // the two scans. The provider counts above show the deactivated users are left out.)

        m_plan = planExternalIdRemoval(all, { m_f.providerA });
        QStringList planned;
        for (const ExternalIdChange &c : m_plan) {
            if (c.userId.contains(m_f.providerA.mid(10))) {
                planned << c.userId;
            }
        }
        // Only our users link our provider; the plan holds exactly them.
        QCOMPARE(planned.size(), m_plan.size());
        QCOMPARE(QSet<QString>(planned.begin(), planned.end()),
                 QSet<QString>(
                     { m_f.user("a"), m_f.user("ab"), m_f.user("abDeact"), m_f.user("aDeact"), m_f.user("aLocked") }));
    }

    void removeChangesOnlyWhatMust()
    {
        QCOMPARE(m_plan.size(), 5);
        const QString path = m_dir.filePath(QStringLiteral("backup.json"));
        QString error;
        QVERIFY2(ExternalIdBackup::fromPlan(m_plan, { m_f.providerA }, QStringLiteral("test")).write(path, &error),
                 qPrintable(error));
        // The backup holds every affected user's complete list, and nobody else.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray users =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 5);
        for (const QJsonValue &v : users) {
            const QString userId = v.toObject().value(QStringLiteral("user_id")).toString();
            const QString role = m_f.users.key(userId);
            QVERIFY2(!role.isEmpty(), qPrintable(userId));
            QVERIFY(sameSet(*ExternalIdsApi::fromJson(v.toObject().value(QStringLiteral("external_ids"))),
                            m_f.initial.value(role)));
        }

        // Between the scan and the write, someone links user "a" to another provider: the removal
        // must keep that link (it re-reads the user right before its PUT), and the backup must hold it.
        const ExternalId late { m_f.providerB, QStringLiteral("added-after-the-scan") };
        ExternalIdList aNow = m_f.initial.value(QStringLiteral("a"));
        aNow.append(late);
        int status = 0;
        callSync(m_api, ExternalIdsApi::replaceExternalIdsRequest(m_f.user("a"), aNow), &status);
        QCOMPARE(status, 200);
        m_f.initial[QStringLiteral("a")] = aNow;

        const qint64 sentBefore = m_api->requestsSent();
        ExternalIdUpdater updater(m_api);
        updater.setBackup(ExternalIdBackup::fromPlan(m_plan, { m_f.providerA }, QStringLiteral("test")), path);
        updater.startRemoval(m_plan);
        runUpdater(updater);
        QCOMPARE(updater.count(ExternalIdOutcome::Status::Done), 5);
        // One read right before, one PUT per affected user, and nothing else on the wire.
        QCOMPARE(updater.requests().updates, 5);
        QCOMPARE(m_api->requestsSent() - sentBefore, qint64(10));
        QVERIFY(currentIds(m_api, m_f.user("a")).contains(late));
        const auto rewritten = ExternalIdBackup::read(path, &error);
        QVERIFY2(rewritten, qPrintable(error));
        bool backupHasLate = false;
        for (const UserExternalIds &u : rewritten->users) {
            backupHasLate = backupHasLate || (u.userId == m_f.user("a") && sameSet(u.ids, aNow));
        }
        QVERIFY(backupHasLate);

        for (auto it = m_f.users.begin(); it != m_f.users.end(); ++it) {
            ExternalIdList expected;
            for (const ExternalId &e : m_f.initial.value(it.key())) {
                if (e.provider != m_f.providerA) {
                    expected.append(e);
                }
            }
            QVERIFY2(sameSet(currentIds(m_api, it.value()), expected), qPrintable(it.key()));
        }
        // Deactivated and locked users stay so: the PUT carried nothing else.
        const QJsonObject deact =
            callSync(m_api, ApiRequest::get(u"/_synapse/admin/v2/users/{}", { m_f.user("abDeact") }));
        QVERIFY(deact.value(QStringLiteral("deactivated")).toBool());
        const QJsonObject locked =
            callSync(m_api, ApiRequest::get(u"/_synapse/admin/v2/users/{}", { m_f.user("aLocked") }));
        QVERIFY(locked.value(QStringLiteral("locked")).toBool());
    }

    void restoreRoundTripsAndReports409PerUser()
    {
        QString error;
        const auto backup = ExternalIdBackup::read(m_dir.filePath(QStringLiteral("backup.json")), &error);
        QVERIFY2(backup, qPrintable(error));

        // Preview: reads only, no write.
        {
            ExternalIdUpdater preview(m_api);
            preview.startRestore(backup->users, true);
            runUpdater(preview);
            QCOMPARE(preview.count(ExternalIdOutcome::Status::WouldChange), 5);
            QCOMPARE(preview.requests().updates, 0);
            QVERIFY(sameSet(currentIds(m_api, m_f.user("a")), withoutProviderA(QStringLiteral("a"))));
        }

        // Someone else now owns user "a"'s old ID.
        const ExternalIdList taken { { m_f.providerA, QStringLiteral("sub-a-a") } };
        int status = 0;
        callSync(m_api, ExternalIdsApi::replaceExternalIdsRequest(m_f.user("spare"), taken), &status);
        QCOMPARE(status, 200);

        ExternalIdUpdater restore(m_api);
        restore.startRestore(backup->users, false);
        runUpdater(restore);
        QCOMPARE(restore.count(ExternalIdOutcome::Status::Done), 4);
        QCOMPARE(restore.count(ExternalIdOutcome::Status::Failed), 1);
        for (const ExternalIdOutcome &o : restore.outcomes()) {
            if (o.userId == m_f.user("a")) {
                QCOMPARE(o.status, ExternalIdOutcome::Status::Failed);
                QVERIFY2(o.detail.contains(QStringLiteral("409")), qPrintable(o.detail));
                QVERIFY2(o.detail.contains(QStringLiteral("another user")), qPrintable(o.detail));
            }
        }
        QVERIFY(sameSet(currentIds(m_api, m_f.user("a")), withoutProviderA(QStringLiteral("a"))));
        QVERIFY(sameSet(currentIds(m_api, m_f.user("spare")), taken));
        for (const char *role : { "ab", "abDeact", "aDeact", "aLocked", "b", "none" }) {
            QVERIFY2(sameSet(currentIds(m_api, m_f.user(role)), m_f.initial.value(QLatin1String(role))), role);
        }

        // Release the ID and restore again: only "a" is written, the rest have nothing missing.
        callSync(m_api, ExternalIdsApi::replaceExternalIdsRequest(m_f.user("spare"), {}), &status);
        QCOMPARE(status, 200);
        ExternalIdUpdater again(m_api);
        again.startRestore(backup->users, false);
        runUpdater(again);
        QCOMPARE(again.count(ExternalIdOutcome::Status::Done), 1);
        QCOMPARE(again.count(ExternalIdOutcome::Status::Unchanged), 4);
        QCOMPARE(again.requests().updates, 1);
        QVERIFY(sameSet(currentIds(m_api, m_f.user("a")), m_f.initial.value(QStringLiteral("a"))));
    }
};

QTEST_GUILESS_MAIN(TestExternalIdsIntegration)
#include "tst_externalids_integration.moc"
