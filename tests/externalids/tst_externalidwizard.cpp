// The External-ID Cleanup wizard driven through its pages offscreen against the real Synapse.
#include "externalids/externalidbackup.h"
#include "externalids/externalidcleanupwizard.h"
#include "externalids/externalidscanner.h"
#include "externalids/externalidupdater.h"
#include "externalidsfixture.h"
#include "guitest.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Steward;
using namespace StewardTest;

class TestExternalIdWizard : public StewardTest::GuiTest
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    ApiService *m_api = nullptr;
    ExternalIdsFixture m_f;
    QTemporaryDir m_dir;

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c) {
            qWarning() << "no child" << name;
        }
        return c;
    }
    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        m_api = new ApiService(&m_nam, this);
        m_api->setBaseUrl(server.baseUrl);
        m_api->setAccessToken(server.adminToken);
        QString error;
        m_f = createExternalIdsFixture(m_api, server.serverName, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void toolsMenuOpensTheWizard()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        MainWindow window;
        QAction *action = window.toolsMenu()->findChild<QAction *>(QStringLiteral("actionExternalIdCleanup"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // needs the server
        window.openConnection(QStringLiteral("Test server"), server.baseUrl, server.adminToken);
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 30000);
        action->trigger();
        auto *wizard = window.findChild<ExternalIdCleanupWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(ExternalIdCleanupWizard::ScanPageId));
        QCOMPARE(wizard->confirmationText(), server.serverName); // typed to confirm a removal
        wizard->close();
    }

    void backupFolderHasNoDoubledSegment()
    {
        const QString org = QCoreApplication::organizationName();
        const QString app = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(QStringLiteral("steward"));
        QCoreApplication::setApplicationName(QStringLiteral("steward"));
        const QString folder = ExternalIdBackup::defaultFolder();
        const QString path = ExternalIdBackup::defaultPath();
        QCoreApplication::setOrganizationName(org);
        QCoreApplication::setApplicationName(app);
        QVERIFY2(folder.endsWith(QStringLiteral("/steward/backups")), qPrintable(folder));
        QVERIFY2(!folder.contains(QStringLiteral("steward/steward")), qPrintable(folder));
        QVERIFY2(path.startsWith(folder + QStringLiteral("/external-ids-")), qPrintable(path));
    }

    void removeThroughThePages()
    {
        ExternalIdCleanupWizard wizard(m_api, QStringLiteral("test"));
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ExternalIdCleanupWizard::ScanPageId));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        child<QCheckBox>(&wizard, "includeDeactivatedCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(&wizard, "scanButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 120000);
        QVERIFY(wizard.scanner()->result().complete());
        screenshot(&wizard, QStringLiteral("extids-1-scan"));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(ExternalIdCleanupWizard::ProvidersPageId));
        auto *list = child<QListWidget>(&wizard, "providersList");
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        bool found = false;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == m_f.providerA) {
                QCOMPARE(list->item(i)->text(), m_f.providerA + QStringLiteral(" (5 users)"));
                list->item(i)->setCheckState(Qt::Checked);
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(&wizard, QStringLiteral("extids-2-providers"));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(ExternalIdCleanupWizard::PreviewPageId));
        auto *preview = child<QTableWidget>(&wizard, "previewTable");
        QCOMPARE(preview->rowCount(), 5);
        QStringList previewUsers;
        for (int r = 0; r < preview->rowCount(); ++r) {
            previewUsers << preview->item(r, 0)->text().section(QLatin1Char(' '), 0, 0);
        }
        QVERIFY(previewUsers.contains(m_f.user("ab")));
        QVERIFY(!previewUsers.contains(m_f.user("b")));
        const int abRow = int(previewUsers.indexOf(m_f.user("ab")));
        QCOMPARE(preview->item(abRow, 1)->text(), m_f.providerA + QStringLiteral("/sub-a-ab"));
        QCOMPARE(preview->item(abRow, 2)->text(), m_f.providerB + QStringLiteral("/sub-b-ab"));
        // "a" keeps no link: warned that it may be left without a way to sign in.
        auto *warning = child<QLabel>(&wizard, "noSignInWarningLabel");
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("may be left without a way to sign in")),
                 qPrintable(warning->text()));
        QVERIFY(warning->toolTip().contains(m_f.user("a")));
        QVERIFY(!warning->toolTip().contains(m_f.user("ab"))); // keeps its provider-B link
        const int aRow = int(previewUsers.indexOf(m_f.user("a")));
        QVERIFY(preview->item(aRow, 2)->text().contains(QStringLiteral("without a way to sign in")));
        screenshot(&wizard, QStringLiteral("extids-3-preview"));
        // Nothing changed yet.
        QVERIFY(sameSet(currentIds(m_api, m_f.user("ab")), m_f.initial.value(QStringLiteral("ab"))));
        wizard.next();

        QCOMPARE(wizard.currentId(), int(ExternalIdCleanupWizard::BackupPageId));
        auto *pathEdit = child<QLineEdit>(&wizard, "backupPathEdit");
        QVERIFY(pathEdit->text().contains(QStringLiteral("external-ids-")));
        const QString backupPath = m_dir.filePath(QStringLiteral("wizard/backup.json"));
        pathEdit->setText(backupPath);
        // At the moment the removal starts, the backup must already be on disk.
        bool backupExistedAtStart = false;
        qint64 requestsAtStart = -1;
        const qint64 requestsBefore = m_api->requestsSent();
        connect(wizard.updater(), &ExternalIdUpdater::progressChanged, this, [&](const OperationProgress &p) {
            if (p.done == 0) {
                backupExistedAtStart = QFile::exists(backupPath);
                requestsAtStart = m_api->requestsSent();
            }
        });
        // Type-to-confirm: nothing can start before the server name is typed.
        auto *confirm = child<QLineEdit>(&wizard, "removeConfirmEdit");
        QVERIFY(confirm->text().isEmpty());
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        wizard.next(); // refused: still on the backup page, nothing written or sent
        QCOMPARE(wizard.currentId(), int(ExternalIdCleanupWizard::BackupPageId));
        QVERIFY(!QFile::exists(backupPath));
        QTest::keyClicks(confirm, QStringLiteral("tes"));
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QTest::keyClicks(confirm, QStringLiteral("t"));
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(m_api->requestsSent(), requestsBefore);
        screenshot(&wizard, QStringLiteral("extids-4-backup"));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ExternalIdCleanupWizard::ReportPageId), 120000);
        QVERIFY(backupExistedAtStart);
        QCOMPARE(requestsAtStart, requestsBefore);
        QCOMPARE(m_api->requestsSent() - requestsBefore, qint64(10)); // a read right before each PUT

        QFile file(backupPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray users =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 5);
        for (const QJsonValue &v : users) {
            const QString role = m_f.users.key(v.toObject().value(QStringLiteral("user_id")).toString());
            QVERIFY(sameSet(*ExternalIdsApi::fromJson(v.toObject().value(QStringLiteral("external_ids"))),
                            m_f.initial.value(role)));
        }

        auto *report = child<QTableWidget>(&wizard, "reportTable");
        QCOMPARE(report->rowCount(), 5);
        for (int r = 0; r < report->rowCount(); ++r) {
            QCOMPARE(report->item(r, 1)->text(), QStringLiteral("Removed"));
        }
        QVERIFY(child<QLabel>(&wizard, "reportSummaryLabel")->text().startsWith(QStringLiteral("5 done, 0 failed")));
        screenshot(&wizard, QStringLiteral("extids-5-report"));
        QVERIFY(currentIds(m_api, m_f.user("a")).isEmpty());
        QVERIFY(sameSet(currentIds(m_api, m_f.user("ab")), { { m_f.providerB, QStringLiteral("sub-b-ab") } }));
        QVERIFY(sameSet(currentIds(m_api, m_f.user("b")), m_f.initial.value(QStringLiteral("b"))));

        // Export through the button and its (non-modal) file dialog.
        QTest::mouseClick(child<QPushButton>(&wizard, "exportReportButton"), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard.findChild<QFileDialog *>(QStringLiteral("exportFileDialog"))));
        const QString csvPath = m_dir.filePath(QStringLiteral("report.csv"));
        StewardTest::chooseFile(dialog, csvPath);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count(",done,"), 5);
    }

    void restoreOffersTheLatestBackup()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString folder = ExternalIdBackup::defaultFolder();
        QDir(folder).removeRecursively();
        QVERIFY(QDir().mkpath(folder));
        for (const char *name : { "external-ids-20250101-120000.json", "external-ids-20261231-235959.json",
                                  "external-ids-20260601-080000.json", "unrelated.json" }) {
            QFile f(folder + u'/' + QLatin1String(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        ExternalIdCleanupWizard wizard(m_api, QStringLiteral("test"));
        wizard.show();
        QTest::mouseClick(child<QPushButton>(&wizard, "restoreButton"), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ExternalIdCleanupWizard::RestoreFilePageId));
        QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(&wizard, "restorePathEdit")->text()),
                 folder + QStringLiteral("/external-ids-20261231-235959.json"));
        QVERIFY(child<QLabel>(&wizard, "restoreHintLabel")->text().contains(QStringLiteral("latest backup")));
        QDir(folder).removeRecursively();
        QStandardPaths::setTestModeEnabled(false);
    }

    void restoreThroughThePages()
    {
        ExternalIdCleanupWizard wizard(m_api, QStringLiteral("test"));
        wizard.show();
        QTest::mouseClick(child<QPushButton>(&wizard, "restoreButton"), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ExternalIdCleanupWizard::RestoreFilePageId));
        auto *path = child<QLineEdit>(&wizard, "restorePathEdit");
        path->setText(m_dir.filePath(QStringLiteral("nope.json")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExternalIdCleanupWizard::RestoreFilePageId));
        QVERIFY(child<QLabel>(&wizard, "restoreErrorLabel")->text().contains(QStringLiteral("nope.json")));
        path->setText(m_dir.filePath(QStringLiteral("wizard/backup.json")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExternalIdCleanupWizard::RestorePreviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), 60000);
        QCOMPARE(child<QTableWidget>(&wizard, "restorePreviewTable")->rowCount(), 5);
        QVERIFY(child<QLabel>(&wizard, "restoreSummaryLabel")->text().startsWith(QStringLiteral("5 users will")));
        QVERIFY(currentIds(m_api, m_f.user("a")).isEmpty()); // preview changed nothing
        screenshot(&wizard, QStringLiteral("extids-6-restore-preview"));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ExternalIdCleanupWizard::ReportPageId), 60000);
        QVERIFY(child<QLabel>(&wizard, "reportSummaryLabel")->text().startsWith(QStringLiteral("5 done, 0 failed")));
        for (auto it = m_f.users.begin(); it != m_f.users.end(); ++it) {
            QVERIFY2(sameSet(currentIds(m_api, it.value()), m_f.initial.value(it.key())), qPrintable(it.key()));
        }
    }
};

QTEST_MAIN(TestExternalIdWizard)
#include "tst_externalidwizard.moc"
