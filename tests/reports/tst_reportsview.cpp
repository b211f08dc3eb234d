// The Reports view driven offscreen against the real Synapse: the count of new reports on the
// navigation entry, the list with a filter, a report's details (media as metadata only), and the
// actions: dismiss with confirmation, and redact all of the sender's events in the room with the
// outcome recorded on the row and checked on the server.
#include "mainwindow.h"
#include "reports/redactuserdialog.h"
#include "reports/reportsview.h"
#include "reports/userredaction.h"
#include "reportstesthelper.h"
#include "serversession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace Steward;
using namespace ReportsTest;

class TestReportsView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c) {
            qWarning() << "no child" << name;
        }
        return c;
    }

    static QString navText(MainWindow &window, const QString &id)
    {
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        for (int i = 0; i < nav->count(); ++i) {
            if (nav->item(i)->data(Qt::UserRole).toString() == id) {
                return nav->item(i)->text();
            }
        }
        return {};
    }

    template<typename T>
    static T *waitForDialog(QWidget *parent, const char *name)
    {
        T *d = nullptr;
        if (!QTest::qWaitFor([&]() { return (d = parent->findChild<T *>(QLatin1String(name))) && d->isVisible(); },
                             10000)) {
            return nullptr;
        }
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8()); // the per-profile "seen" state goes here
    }

    void fromListToActions()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        RoomsTest::Fixture f(server);
        const Scenario s = seed(f, server);
        QVERIFY2(!s.spammer.isEmpty(), "seeding failed");

        MainWindow window;
        window.resize(1280, 800);
        window.show();
        auto *view = qobject_cast<ReportsView *>(window.page(QStringLiteral("reports")));
        QVERIFY(view);
        window.showPage(QStringLiteral("users"));
        window.openConnection(QStringLiteral("Test server"), server.baseUrl, server.adminToken);

        // Nothing seen yet: the watcher counts every report on the server as new.
        QTRY_VERIFY_WITH_TIMEOUT(view->unreadCount() >= 12, 30000);
        QCOMPARE(navText(window, QStringLiteral("reports")), QStringLiteral("Reports (%1)").arg(view->unreadCount()));

        // Looking at the list marks them seen (the count goes), the new rows are shown unread.
        window.showPage(QStringLiteral("reports"));
        auto *table = child<QTableView>(view, "reportsTable");
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->total() > 0, 30000);
        QTRY_COMPARE(navText(window, QStringLiteral("reports")), QStringLiteral("Reports"));
        QCOMPARE(view->unreadCount(), 0);
        QTRY_VERIFY(view->model()->isRowLoaded(0));
        QVERIFY(view->model()->index(0, 0).data(ReportListModel::UnreadRole).toBool());

        // Filter by room: exactly the room's six reports.
        auto *room = child<QLineEdit>(view, "reportsRoomFilter");
        room->setText(s.roomA);
        Q_EMIT room->editingFinished();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->total(), qint64(6), 30000);
        view->model()->fetchRows(0, 5);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->isComplete(), 30000);

        // The image report: readable, media only as metadata until asked.
        int imageRow = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->report(r).eventId == s.imageEvent) {
                imageRow = r;
            }
        }
        QVERIFY(imageRow >= 0);
        table->selectRow(imageRow);
        auto *details = child<QTextBrowser>(view, "reportDetailsText");
        QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("abusive.png")), 30000);
        QVERIFY(details->toPlainText().contains(QStringLiteral("not shown")));
        QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("buy cheap stuff")), 30000); // context
        auto *preview = child<QLabel>(view, "reportMediaPreview");
        QVERIFY(preview->pixmap().isNull() && preview->text().isEmpty());
        QVERIFY(child<QPushButton>(view, "reportShowMediaButton")->isEnabled());

        // Dismiss: confirmation first, then the outcome on the row and on the server.
        const Report image = view->model()->report(imageRow);
        QTest::mouseClick(child<QPushButton>(view, "reportDismissButton"), Qt::LeftButton);
        auto *confirm = waitForDialog<QDialog>(view, "confirmDismissReportDialog");
        QVERIFY(confirm);
        QCOMPARE(serverReports(f, false, { { QStringLiteral("room_id"), s.roomA } }).size(), 6); // not yet
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->outcome(image.key()), QStringLiteral("dismissed"), 30000);
        QCOMPARE(view->model()->index(imageRow, ReportListModel::OutcomeColumn).data().toString(),
                 QStringLiteral("dismissed"));
        const QList<QJsonObject> left = serverReports(f, false, { { QStringLiteral("room_id"), s.roomA } });
        QCOMPARE(left.size(), 5);
        for (const QJsonObject &o : left) {
            QVERIFY(o.value(QStringLiteral("id")).toInteger() != image.id);
        }

        // Redact all of the sender's events in this room: preview, run, outcome.
        QTest::mouseClick(child<QPushButton>(view, "reportRedactUserButton"), Qt::LeftButton);
        auto *dialog = waitForDialog<RedactUserDialog>(view, "redactUserDialog");
        QVERIFY(dialog);
        auto *plan = child<QListWidget>(dialog, "redactPlanList");
        QTRY_COMPARE_WITH_TIMEOUT(plan->count(), 1, 30000);
        QVERIFY(plan->item(0)->text().contains(s.roomA));
        QVERIFY(noneRedacted(roomMessages(f, s.roomA), s.spammer)); // the preview changed nothing
        dialog->engine()->setPollInterval(200);
        auto *run = child<QPushButton>(dialog, "redactRunButton");
        QTRY_VERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->outcome(image.key()).startsWith(QStringLiteral("redact all")), 60000);
        QVERIFY2(view->model()->outcome(image.key()).contains(QStringLiteral("1 done")),
                 qPrintable(view->model()->outcome(image.key())));
        QVERIFY(allRedacted(roomMessages(f, s.roomA), s.spammer));
        QVERIFY(noneRedacted(roomMessages(f, s.roomA), s.bystander));
        QVERIFY(noneRedacted(roomMessages(f, s.roomB), s.spammer)); // only this room was asked for
        const QString screenshotDir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
        if (!screenshotDir.isEmpty()) {
            window.grab().save(screenshotDir + QStringLiteral("/reports-test.png"));
        }
        dialog->close();

        // A new report while another page is shown: counted on the navigation entry.
        window.showPage(QStringLiteral("users"));
        QVERIFY(reportEvent(f, s.reporter2Token, s.roomB, s.spamB.last(), QStringLiteral("late report")));
        view->watcher()->check();
        QTRY_COMPARE_WITH_TIMEOUT(navText(window, QStringLiteral("reports")), QStringLiteral("Reports (1)"), 30000);
    }
};

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
