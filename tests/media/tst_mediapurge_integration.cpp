// Media purge end to end against the real Synapse: the engines, steward-cli media purge and the wizard.
//
// The server deletes by date across the whole server, so every case here lives in this one test
// program (its functions run one after another, never two purges at once), builds its own users and
// files around a cutoff it records between uploads, and protects the seeded fixture media first
// (POST /_synapse/admin/v1/media/protect) so other tests keep theirs.
#include "clirunner.h"
#include "guitest.h"
#include "mainwindow.h"
#include "media/mediaapi.h"
#include "media/mediapurgeestimator.h"
#include "media/mediapurgepages.h"
#include "media/mediapurgerun.h"
#include "media/mediapurgewizard.h"
#include "mediatestkit.h"
#include "testserver.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Steward;

namespace {
QSet<QString> idsOf(const QList<LocalMediaInfo> &media)
{
    QSet<QString> ids;
    for (const LocalMediaInfo &m : media) {
        ids.insert(m.mediaId);
    }
    return ids;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

using Run = StewardTest::CliRun;
} // namespace

class TestMediaPurgeIntegration : public StewardTest::GuiTest
{
    Q_OBJECT

    StewardTest::TestServer m_server;
    QNetworkAccessManager *m_nam = nullptr;
    ApiService *m_api = nullptr;
    MediaTestKit *m_kit = nullptr;

    MediaPurgeEstimate estimate(const MediaPurgeCriteria &c)
    {
        MediaPurgeEstimator estimator(m_api);
        QSignalSpy done(&estimator, &MediaPurgeEstimator::finished);
        estimator.start(c);
        if (!done.wait(120000)) {
            return {};
        }
        return estimator.estimate();
    }

    MediaPurgeResult purge(const MediaPurgeCriteria &c, const MediaPurgeEstimate *e)
    {
        MediaPurgeRun run(m_api, m_server.serverName);
        QSignalSpy done(&run, &MediaPurgeRun::finished);
        run.start(c, e);
        if (!done.wait(120000)) {
            return {};
        }
        return run.result();
    }

    Run cli(const QStringList &args, const QByteArray &tz = "Asia/Kolkata")
    {
        return StewardTest::runCli(QStringList { QStringLiteral("--homeserver"), m_server.baseUrl.toString(),
                                                 QStringLiteral("media"), QStringLiteral("purge") }
                                       + args,
                                   { { { QStringLiteral("STEWARD_ACCESS_TOKEN"), m_server.adminToken },
                                       { QStringLiteral("TZ"), QString::fromLatin1(tz) } } });
    }

    /// The files of a scenario that must survive any purge at its cutoff.
    void verifyKeptAlways(const MediaTestKit::Scenario &s)
    {
        const QSet<QString> a = m_kit->mediaIdsOf(s.userA);
        QVERIFY(a.contains(s.newPlain));
        QVERIFY(a.contains(s.oldQuarantined));
        QVERIFY(a.contains(s.oldProtected));
        QVERIFY(m_kit->mediaIdsOf(s.userB).contains(s.newB));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = StewardTest::TestServer::load();
        QVERIFY2(m_server.isValid(), qPrintable(m_server.error));
        m_nam = new QNetworkAccessManager(this);
        m_api = new ApiService(m_nam, this);
        m_api->setBaseUrl(m_server.baseUrl);
        m_api->setAccessToken(m_server.adminToken);
        m_kit = new MediaTestKit(m_server, m_nam, m_api);
        if (m_server.seed.value(QStringLiteral("profile")).toString() == u"test") {
            QVERIFY(m_kit->protectSeededMedia());
        }
    }
    void cleanupTestCase() { delete m_kit; }

    void estimateMatchesWhatTheServerDeletes()
    {
        const MediaTestKit::Scenario s = m_kit->makeScenario(QStringLiteral("est"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const MediaPurgeCriteria c { s.cutoffMs, 0, true, false };

        const MediaPurgeEstimate e = estimate(c);
        QCOMPARE(int(e.state), int(MediaPurgeEstimate::State::Complete));
        const QSet<QString> predicted = idsOf(e.matching);
        for (const QString &id : { s.oldPlain, s.oldSmall, s.oldB }) {
            QVERIFY2(predicted.contains(id), qPrintable(id));
        }
        for (const QString &id : { s.oldAvatar, s.oldQuarantined, s.oldProtected, s.newPlain, s.newB }) {
            QVERIFY2(!predicted.contains(id), qPrintable(id));
        }
        QVERIFY(e.skippedQuarantined >= 1);
        QVERIFY(e.skippedProtected >= 1);
        QVERIFY(e.skippedProfile >= 1);
        bool sawB = false;
        for (const MediaPurgeUserShare &u : e.users) {
            if (u.userId == s.userB) {
                sawB = true;
                QCOMPARE(u.files, 1);
                QCOMPARE(u.bytes, 5000);
            }
        }
        QVERIFY(sawB);
        // Nothing is deleted by estimating.
        QCOMPARE(m_kit->mediaIdsOf(s.userA).size(), 6);

        const MediaPurgeResult r = purge(c, &e);
        QVERIFY2(r.ok(), qPrintable(r.localError + r.remoteError));
        QVERIFY(!r.usedLegacyPath);
        QVERIFY(!r.remoteAttempted);
        QCOMPARE(toSet(r.deletedMediaIds), predicted); // the estimate was right, file for file
        QCOMPARE(r.deletedTotal, e.files);
        QCOMPARE(r.bytesKnown, e.bytes);
        QCOMPARE(r.filesWithKnownSize, e.files);

        const QSet<QString> a = m_kit->mediaIdsOf(s.userA);
        QVERIFY(!a.contains(s.oldPlain));
        QVERIFY(!a.contains(s.oldSmall));
        QVERIFY(a.contains(s.oldAvatar)); // profile pictures are kept by default
        QVERIFY(!m_kit->mediaIdsOf(s.userB).contains(s.oldB));
        verifyKeptAlways(s);
    }

    void profileMediaSizeLimitAndRemoteCache()
    {
        const MediaTestKit::Scenario s = m_kit->makeScenario(QStringLiteral("prof"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const MediaPurgeCriteria c { s.cutoffMs, 1000, false, true };
        const MediaPurgeEstimate e = estimate(c);
        QCOMPARE(int(e.state), int(MediaPurgeEstimate::State::Complete));
        const QSet<QString> predicted = idsOf(e.matching);
        QVERIFY(predicted.contains(s.oldAvatar));
        QVERIFY(!predicted.contains(s.oldSmall));
        QVERIFY(e.skippedSmall >= 1);

        const MediaPurgeResult r = purge(c, &e);
        QVERIFY2(r.ok(), qPrintable(r.localError + r.remoteError));
        QCOMPARE(toSet(r.deletedMediaIds), predicted);
        QVERIFY(r.remoteDone);
        QCOMPARE(r.remoteDeleted, 0); // nothing federated here, but the call went through

        const QSet<QString> a = m_kit->mediaIdsOf(s.userA);
        QVERIFY(!a.contains(s.oldPlain));
        QVERIFY(!a.contains(s.oldAvatar)); // asked for: profile pictures go too
        QVERIFY(a.contains(s.oldSmall)); // not larger than 1000 bytes
        QVERIFY(!m_kit->mediaIdsOf(s.userB).contains(s.oldB));
        verifyKeptAlways(s);
    }

    void serverRefusesEpochSeconds()
    {
        // What the guard in MediaPurgeCutoff protects against, seen on the real server.
        const MediaPurgeResult r = purge(MediaPurgeCriteria { 1700000000, 0, true, false }, nullptr);
        QVERIFY(!r.localDone);
        QVERIFY2(r.localError.contains(QStringLiteral("1970")), qPrintable(r.localError));
    }

    void cliInputErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("no cutoff") << QStringList {} << "exactly one of";
        QTest::newRow("both cutoffs") << QStringList { "--before", "2020-01-01", "--older-than-days", "5" }
                                      << "exactly one of";
        QTest::newRow("bad date") << QStringList { "--before", "01/02/2020" } << "YYYY-MM-DD";
        QTest::newRow("future") << QStringList { "--before", "2999-01-01" } << "in the future";
        QTest::newRow("1970") << QStringList { "--before", "1970-01-02" } << "1970";
        QTest::newRow("days not a number") << QStringList { "--older-than-days", "ten" } << "whole number";
        QTest::newRow("zero days") << QStringList { "--older-than-days", "0" } << "between 1 and";
        QTest::newRow("negative size") << QStringList { "--older-than-days", "30", "--size-gt", "-1" } << "--size-gt";
        QTest::newRow("dst gap") << QStringList { "--before", "2024-03-31T02:30" } << "does not exist";
    }
    void cliInputErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, errorContains);
        const Run r = cli(args, "Europe/Berlin");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(errorContains), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void cliDryRunConfirmationAndPurge()
    {
        const MediaTestKit::Scenario s = m_kit->makeScenario(QStringLiteral("cli"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        // The cutoff as a person in Kolkata (UTC+05:30) would type it; the CLI runs with TZ=Asia/Kolkata.
        const QString local = QDateTime::fromMSecsSinceEpoch(s.cutoffMs, QTimeZone("Asia/Kolkata"))
                                  .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        const QSet<QString> before = m_kit->mediaIdsOf(s.userA);

        Run r = cli({ QStringLiteral("--before"), local, QStringLiteral("--dry-run") });
        QCOMPARE(r.exitCode, 2); // within the last 24 hours
        QVERIFY2(r.err.contains(QStringLiteral("--allow-recent")), qPrintable(r.err));

        r = cli({ QStringLiteral("--before"), local, QStringLiteral("--allow-recent"), QStringLiteral("--dry-run") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("IST")), qPrintable(r.out)); // the cutoff shown in local time
        QVERIFY(r.out.contains(QStringLiteral("Estimate")));
        QVERIFY(r.out.contains(s.userB));
        QVERIFY(r.out.contains(QStringLiteral("Dry run: nothing was deleted.")));
        QCOMPARE(m_kit->mediaIdsOf(s.userA), before);

        r = cli({ QStringLiteral("--before"), local, QStringLiteral("--allow-recent") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains(QStringLiteral("Estimate")));
        QVERIFY(r.out.contains(QStringLiteral("Run again with --yes")));
        QCOMPARE(m_kit->mediaIdsOf(s.userA), before);
        QVERIFY(m_kit->mediaIdsOf(s.userB).contains(s.oldB));

        r = cli({ QStringLiteral("--before"), local, QStringLiteral("--allow-recent"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Deleted ")), qPrintable(r.out));
        const QSet<QString> a = m_kit->mediaIdsOf(s.userA);
        QVERIFY(!a.contains(s.oldPlain));
        QVERIFY(!a.contains(s.oldSmall));
        QVERIFY(a.contains(s.oldAvatar));
        QVERIFY(!m_kit->mediaIdsOf(s.userB).contains(s.oldB));
        verifyKeptAlways(s);
    }

    void wizardToConfirmationAndThrough()
    {
        const MediaTestKit::Scenario s = m_kit->makeScenario(QStringLiteral("wiz"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        MediaPurgeWizard wizard(m_api, m_server.serverName);
        wizard.setTimeZone(QTimeZone("America/New_York"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QString shots = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
        auto shot = [&](const char *name) {
            if (!shots.isEmpty()) {
                wizard.grab().save(shots + QStringLiteral("/media-wizard-%1.png").arg(QLatin1String(name)));
            }
        };

        // Cutoff page: a date in the future is refused.
        auto *dateRadio = wizard.findChild<QRadioButton *>(QStringLiteral("beforeDateRadio"));
        auto *dateEdit = wizard.findChild<QDateTimeEdit *>(QStringLiteral("beforeDateTimeEdit"));
        auto *next = wizard.findChild<QPushButton *>(QStringLiteral("nextButton"));
        QVERIFY(dateRadio && dateEdit && next);
        QVERIFY(next->isEnabled()); // 90 days by default
        QTest::mouseClick(dateRadio, Qt::LeftButton);
        QVERIFY(dateRadio->isChecked());
        const QTimeZone ny("America/New_York");
        dateEdit->setDateTime(QDateTime::currentDateTime().addDays(2));
        QVERIFY(!next->isEnabled());
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("cutoffSummaryLabel"))
                    ->text()
                    .contains(QStringLiteral("future")));
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(s.cutoffMs, ny);
        dateEdit->setDateTime(QDateTime(local.date(), local.time())); // the wall-clock reading, in New York
        QVERIFY(next->isEnabled());
        shot("1-cutoff");
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(MediaPurgeWizard::EstimatePageId));
        QCOMPARE(wizard.criteria().beforeTs, s.cutoffMs);
        QVERIFY(wizard.criteria().keepProfiles);

        // Estimate page.
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 120000);
        const QString summary = wizard.findChild<QLabel *>(QStringLiteral("estimateSummaryLabel"))->text();
        QVERIFY2(summary.contains(QStringLiteral("estimate"), Qt::CaseInsensitive), qPrintable(summary));
        QVERIFY(wizard.estimate());
        const QSet<QString> predicted = idsOf(wizard.estimate()->matching);
        QVERIFY(predicted.contains(s.oldPlain));
        auto *tree = wizard.findChild<QTreeWidget *>(QStringLiteral("topUsersTree"));
        QVERIFY(tree->topLevelItemCount() >= 2); // A and B at least, most bytes first
        QCOMPARE(tree->topLevelItem(0)->text(0), wizard.estimate()->users.constFirst().userId);
        shot("2-estimate");
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(MediaPurgeWizard::ConfirmPageId));

        // Confirmation: the server name typed, and the extra checkbox for a cutoff in the last 24 hours.
        auto *commit = wizard.findChild<QPushButton *>(QStringLiteral("commitButton"));
        auto *nameEdit = wizard.findChild<QLineEdit *>(QStringLiteral("confirmServerNameEdit"));
        auto *recent = wizard.findChild<QCheckBox *>(QStringLiteral("confirmRecentCheck"));
        QVERIFY(commit && nameEdit && recent);
        QVERIFY(commit->isVisible());
        QVERIFY(!commit->isEnabled());
        QVERIFY(recent->isVisible());
        QTest::keyClicks(nameEdit, QStringLiteral("wrong.example"));
        QVERIFY(!commit->isEnabled());
        nameEdit->clear();
        QTest::keyClicks(nameEdit, m_server.serverName);
        QVERIFY(!commit->isEnabled()); // the recent-cutoff box is still unticked
        shot("3-confirm");
        recent->click();
        QVERIFY(commit->isEnabled());
        QVERIFY(m_kit->mediaIdsOf(s.userA).contains(s.oldPlain)); // nothing deleted before this click
        QTest::mouseClick(commit, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(MediaPurgeWizard::ResultPageId));

        // Result page.
        auto *finish = wizard.findChild<QPushButton *>(QStringLiteral("finishButton"));
        QTRY_VERIFY_WITH_TIMEOUT(finish->isVisible() && finish->isEnabled(), 120000);
        const QString result = wizard.findChild<QLabel *>(QStringLiteral("resultSummaryLabel"))->text();
        QVERIFY2(
            result.contains(QStringLiteral("Deleted %1 local media files").arg(wizard.run()->result().deletedTotal)),
            qPrintable(result));
        QCOMPARE(toSet(wizard.run()->result().deletedMediaIds), predicted);
        auto *exportButton = wizard.findChild<QPushButton *>(QStringLiteral("exportCsvButton"));
        QVERIFY(exportButton->isEnabled());
        shot("4-result");
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("deleted.csv"));
        auto *resultPage = qobject_cast<MediaPurgeResultPage *>(wizard.page(MediaPurgeWizard::ResultPageId));
        QVERIFY(resultPage && resultPage->exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("media_id,mxc_uri,user_id,bytes,upload_name\r\n"));
        QVERIFY(text.contains(QByteArray(s.oldPlain.toUtf8() + ",mxc://")));
        QVERIFY(text.contains(",2000,old-plain.bin\r\n"));

        const QSet<QString> a = m_kit->mediaIdsOf(s.userA);
        QVERIFY(!a.contains(s.oldPlain));
        QVERIFY(a.contains(s.oldAvatar));
        verifyKeptAlways(s);
        QTest::mouseClick(finish, Qt::LeftButton);
        QVERIFY(!wizard.isVisible());
    }

    void mainWindowToolsActionOpensWizard()
    {
        MainWindow window;
        auto *action = window.toolsMenu()->findChild<QAction *>(QStringLiteral("actionMediaPurge"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // not connected yet
        window.openConnection(QStringLiteral("test"), m_server.baseUrl, m_server.adminToken);
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 30000);
        action->trigger();
        auto *wizard = window.findChild<MediaPurgeWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->serverName(), m_server.serverName);
        QTRY_VERIFY(wizard->isVisible());
        wizard->reject();
    }

    void wizardSkipEstimate()
    {
        MediaPurgeWizard wizard(m_api, m_server.serverName);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *next = wizard.findChild<QPushButton *>(QStringLiteral("nextButton"));
        QTest::mouseClick(next, Qt::LeftButton); // 90 days
        QCOMPARE(wizard.currentId(), int(MediaPurgeWizard::EstimatePageId));
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("skipEstimateButton")), Qt::LeftButton);
        QTRY_COMPARE(wizard.currentId(), int(MediaPurgeWizard::ConfirmPageId));
        QVERIFY(!wizard.estimate());
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("confirmSummaryLabel"))
                    ->text()
                    .contains(QStringLiteral("No estimate")));
        QVERIFY(!wizard.findChild<QCheckBox *>(QStringLiteral("confirmRecentCheck"))->isVisible());
        wizard.reject(); // nothing deleted
    }
};

QTEST_MAIN(TestMediaPurgeIntegration)
#include "tst_mediapurge_integration.moc"
