// The bulk join wizard driven as a person would, offscreen, against the real Synapse: Tools menu and
// the views' hand-off open it pre-filled; input -> validation -> preview -> run -> report; export; resume.
#include "apiservice.h"
#include "bulkjoin/bulkjoinengine.h"
#include "bulkjoin/bulkjoinjournal.h"
#include "bulkjoin/bulkjoinwizard.h"
#include "guitest.h"
#include "mainwindow.h"
#include "synapsehelper.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Steward;
using namespace StewardTest;

class TestBulkJoinWizard : public StewardTest::GuiTest
{
    Q_OBJECT

    static QStringList column(QTreeWidget *tree, int col, int role = Qt::DisplayRole)
    {
        QStringList out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            out << tree->topLevelItem(i)->data(col, role).toString();
        }
        return out;
    }
    static void shot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            w->grab().save(dir + QStringLiteral("/bulkjoin-") + name + QStringLiteral(".png"));
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wizardFromMainWindowToReport()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        SynapseHelper h(server);
        QVERIFY(h.createUser(QStringLiteral("a")));
        QVERIFY(h.createUser(QStringLiteral("b")));
        QVERIFY(h.createUser(QStringLiteral("d"), true));
        const QString pub = h.createRoom(QStringLiteral("pub"), QStringLiteral("public_chat"));
        const QString nj = h.createRoom(QStringLiteral("nj"), QStringLiteral("private_chat"), server.userToken);
        QVERIFY(!pub.isEmpty() && !nj.isEmpty());
        QVERIFY(h.adminJoin(pub, h.uid(QStringLiteral("a"))));

        MainWindow window;
        window.show();
        QAction *action = nullptr;
        for (QAction *a : window.toolsMenu()->actions()) {
            if (a->objectName() == QLatin1String("actionBulkJoin")) {
                action = a;
            }
        }
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // not connected yet
        window.openConnection(QStringLiteral("test"), server.baseUrl, server.adminToken);
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 30000);

        // A view hands over its selection.
        window.requestBulkJoin({ h.uid(QStringLiteral("a")), h.uid(QStringLiteral("b")), h.uid(QStringLiteral("d")) },
                               { h.alias(QStringLiteral("pub")), nj, h.alias(QStringLiteral("nope")) });
        auto *wizard = window.findChild<BulkJoinWizard *>();
        QVERIFY(wizard);
        QTemporaryDir journals;
        wizard->setJournalDirectory(journals.path());
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(BulkJoinWizard::InputPage));
        auto *users = wizard->findChild<QPlainTextEdit *>(QStringLiteral("usersEdit"));
        auto *rooms = wizard->findChild<QPlainTextEdit *>(QStringLiteral("roomsEdit"));
        QVERIFY(users && rooms);
        QVERIFY(users->toPlainText().contains(h.uid(QStringLiteral("b"))));
        QVERIFY(!wizard->findChild<QWidget *>(QStringLiteral("resumeBox"))->isVisible());
        // The person adds one more user by hand, as a bare name.
        users->appendPlainText(QStringLiteral("%1-ghost").arg(h.tag()));
        shot(wizard, QStringLiteral("1-input"));

        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(BulkJoinWizard::ValidationPage));
        auto *problems = wizard->findChild<QTreeWidget *>(QStringLiteral("problemsTree"));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 30000);
        const QStringList items = column(problems, 0);
        QCOMPARE(items.size(), 3);
        QVERIFY(items.contains(h.uid(QStringLiteral("d"))));
        QVERIFY(items.contains(h.uid(QStringLiteral("ghost"))));
        QVERIFY(items.contains(h.alias(QStringLiteral("nope"))));
        shot(wizard, QStringLiteral("2-validation"));

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(BulkJoinWizard::PreviewPage));
        auto *preview = wizard->findChild<QTreeWidget *>(QStringLiteral("previewTree"));
        QCOMPARE(preview->topLevelItemCount(), 12); // 4 users x 3 rooms
        auto *makeAdmin = wizard->findChild<QCheckBox *>(QStringLiteral("makeAdminCheck"));
        QVERIFY(makeAdmin->isVisible());
        auto *summary = wizard->findChild<QLabel *>(QStringLiteral("previewSummaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("1 to join")), qPrintable(summary->text())); // b -> pub
        QTest::mouseClick(makeAdmin, Qt::LeftButton);
        QVERIFY(makeAdmin->isChecked());
        QVERIFY2(summary->text().contains(QStringLiteral("3 to join")), qPrintable(summary->text()));
        QCOMPARE(column(preview, 2, Qt::UserRole).count(QStringLiteral("to_join")), 3);
        shot(wizard, QStringLiteral("3-preview"));

        QAbstractButton *commit = wizard->button(QWizard::CommitButton);
        QVERIFY(commit->isVisible() && commit->isEnabled());
        QTest::mouseClick(commit, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(BulkJoinWizard::ReportPage), 60000);
        auto *report = wizard->findChild<QTreeWidget *>(QStringLiteral("reportTree"));
        const QStringList outcomes = column(report, 2, Qt::UserRole);
        QCOMPARE(outcomes.size(), 12);
        QCOMPARE(outcomes.count(QStringLiteral("joined")), 3);
        QCOMPARE(outcomes.count(QStringLiteral("already_member")), 1);
        QCOMPARE(outcomes.count(QStringLiteral("skipped")), 8);
        QVERIFY(!wizard->findChild<QPushButton *>(QStringLiteral("retryButton"))->isEnabled()); // nothing failed
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("reportSummaryLabel"))
                    ->text()
                    .contains(QStringLiteral("Joined 3")));
        shot(wizard, QStringLiteral("4-report"));

        QCOMPARE(h.members(pub), (QSet<QString> { server.adminUserId, h.uid("a"), h.uid("b") }));
        QCOMPARE(h.members(nj), (QSet<QString> { server.userId, server.adminUserId, h.uid("a"), h.uid("b") }));

        // Export through the button and its file dialog (opened with open(), answered by name).
        QTemporaryDir out;
        const QString csvPath = out.filePath(QStringLiteral("report.csv"));
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        auto *saveDialog = waitForDialog<QFileDialog>(wizard, "exportReportFileDialog");
        QVERIFY(saveDialog);
        chooseFile(saveDialog, csvPath);
        QVERIFY(!wizard->findChild<QMessageBox *>(QStringLiteral("exportReportErrorBox")));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QCOMPARE(bytes.count('\n'), 13);
        QCOMPARE(bytes.count(",joined,"), 3);
        wizard->close();
    }

    // The input page loads a list through a file dialog opened with open(); a file it cannot read
    // gives a warning (also opened with open()) and leaves the list as it was.
    void loadListsThroughTheFileDialog()
    {
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        QTemporaryDir dir;
        BulkJoinWizard wizard(&api, QStringLiteral("@admin:example.org"));
        wizard.setJournalDirectory(dir.path());
        wizard.show();
        QFile list(dir.filePath(QStringLiteral("users.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("@a:example.org\n@b:example.org\n");
        list.close();
        auto *load = wizard.findChild<QPushButton *>(QStringLiteral("loadUsersButton"));
        auto *users = wizard.findChild<QPlainTextEdit *>(QStringLiteral("usersEdit"));
        QVERIFY(load && users);

        QTest::mouseClick(load, Qt::LeftButton);
        auto *dialog = waitForDialog<QFileDialog>(&wizard, "loadListFileDialog");
        QVERIFY(dialog);
        chooseFile(dialog, list.fileName());
        QCOMPARE(users->toPlainText(), QStringLiteral("@a:example.org\n@b:example.org"));

        QTest::mouseClick(load, Qt::LeftButton);
        dialog = waitForDialog<QFileDialog>(&wizard, "loadListFileDialog");
        QVERIFY(dialog);
        chooseFile(dialog, dir.filePath(QStringLiteral("missing.txt")));
        auto *box = waitForDialog<QMessageBox>(&wizard, "loadListErrorBox");
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("missing.txt")), qPrintable(box->text()));
        box->close();
        QCOMPARE(users->toPlainText(), QStringLiteral("@a:example.org\n@b:example.org"));
    }

    void resumeUnfinishedJournal()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        SynapseHelper h(server);
        QVERIFY(h.createUser(QStringLiteral("r1")));
        QVERIFY(h.createUser(QStringLiteral("r2")));
        const QString room = h.createRoom(QStringLiteral("resume"), QStringLiteral("public_chat"));
        QVERIFY(!room.isEmpty());
        QVERIFY(h.adminJoin(room, h.uid(QStringLiteral("r1")))); // the killed run got this far

        // The journal a killed run leaves: a plan, one result, no end line.
        QTemporaryDir journals;
        BulkJoinPlan plan;
        plan.adminUserId = server.adminUserId;
        plan.users = QStringList { h.uid(QStringLiteral("r1")), h.uid(QStringLiteral("r2")) };
        BulkJoinRoom r;
        r.input = r.roomId = room;
        r.joinRule = QStringLiteral("public");
        r.adminJoined = true;
        plan.rooms << r;
        plan.rebuild();
        {
            BulkJoinJournal journal;
            QString error;
            QVERIFY(journal.create(journals.path(), server.baseUrl.toString(), plan, &error));
            BulkJoinPair done = plan.pairs.first();
            done.outcome = BulkJoinPair::Outcome::Joined;
            journal.appendResult(done);
        }

        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(server.baseUrl);
        api.setAccessToken(server.adminToken);
        BulkJoinWizard wizard(&api, server.adminUserId);
        wizard.setJournalDirectory(journals.path());
        wizard.show();
        auto *resume = wizard.findChild<QPushButton *>(QStringLiteral("resumeButton"));
        QTRY_VERIFY(resume->isVisible());
        shot(&wizard, QStringLiteral("5-resume"));
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(BulkJoinWizard::ReportPage), 60000);
        const QStringList outcomes =
            column(wizard.findChild<QTreeWidget *>(QStringLiteral("reportTree")), 2, Qt::UserRole);
        QCOMPARE(outcomes, (QStringList { QStringLiteral("joined"), QStringLiteral("joined") }));
        QCOMPARE(h.members(room), (QSet<QString> { server.adminUserId, h.uid("r1"), h.uid("r2") }));
        QVERIFY(BulkJoinJournal::unfinished(journals.path(), QString()).isEmpty());
    }
};

QTEST_MAIN(TestBulkJoinWizard)
#include "tst_bulkjoin_wizard.moc"
