// The connection state against the real Synapse: the server is stopped and started again while the
// main window is open; the status bar, the banner and the server actions follow, and the view
// recovers by itself without a restart. Runs alone (RUN_SERIAL): it stops the shared test server
// (SIGTERM to the Synapse process; the database stays) and starts it again on the same data.
#include "guitest.h"
#include "mainwindow.h"
#include "testserver.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <signal.h>

using namespace Steward;

class TestConnection : public StewardTest::GuiTest
{
    Q_OBJECT

    /// Stops the fixture's Synapse process only (its database, SQLite or PostgreSQL, stays: `synapsectl
    /// stop` would also remove a PostgreSQL cluster), or starts it again on the same data and port.
    static bool synapsectl(const QString &command)
    {
        const QString stateDir = qEnvironmentVariable("STEWARD_TEST_STATE_DIR");
        if (command == u"stop") {
            QFile pidFile(stateDir + QStringLiteral("/synapse.pid"));
            if (!pidFile.open(QIODevice::ReadOnly)) {
                return false;
            }
            const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
            if (pid <= 0 || ::kill(pid, SIGTERM) != 0) {
                return false;
            }
            return QTest::qWaitFor([pid]() { return ::kill(pid, 0) != 0; }, 60000);
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(qEnvironmentVariable("STEWARD_PYTHON"),
                { qEnvironmentVariable("STEWARD_SYNAPSECTL"), QStringLiteral("start"), QStringLiteral("--state-dir"),
                  stateDir, QStringLiteral("--seed"), QStringLiteral("test"), QStringLiteral("--database"),
                  qEnvironmentVariable("STEWARD_TEST_DATABASE") });
        if (!p.waitForFinished(600000)) {
            return false;
        }
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
        }
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        // Whatever happened above: leave the server running for the tests after this one.
        QVERIFY(synapsectl(QStringLiteral("start")));
    }

    void serverStoppedAndStartedAgainRecovers()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        QVERIFY(!qEnvironmentVariable("STEWARD_SYNAPSECTL").isEmpty());
        MainWindow window;
        window.resize(1200, 800);
        window.session()->setHeartbeatInterval(std::chrono::seconds(1));
        window.show();
        auto *state = window.findChild<QLabel *>(QStringLiteral("connectionStateLabel"));
        auto *banner = window.findChild<QFrame *>(QStringLiteral("connectionBanner"));
        auto *reconnect = window.findChild<QPushButton *>(QStringLiteral("reconnectButton"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("usersTable"));
        auto *createUser = window.findChild<QPushButton *>(QStringLiteral("createUserButton"));
        auto *bulkJoin = window.findChild<QAction *>(QStringLiteral("actionBulkJoin"));
        auto *cleanup = window.findChild<QAction *>(QStringLiteral("actionExternalIdCleanup"));
        QVERIFY(state && banner && reconnect && table && createUser && bulkJoin && cleanup);
        QStringList seen;
        connect(window.session(), &ServerSession::reachabilityChanged, this,
                [&]() { seen << state->text(); }); // after the window's own update (connected first)

        window.openConnection(QStringLiteral("Test server"), server.baseUrl, server.adminToken);
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Connected"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(table->model() && table->model()->rowCount() > 0, 30000);
        const int rows = table->model()->rowCount();
        QVERIFY(!banner->isVisible());
        QVERIFY(createUser->isEnabled());
        QVERIFY(bulkJoin->isEnabled());
        QVERIFY(cleanup->isEnabled());
        QVERIFY(window.session()->isServerAvailable());

        QVERIFY(synapsectl(QStringLiteral("stop")));
        // Nothing else is asked of the server: the heartbeat notices.
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QStringLiteral("Offline since")), 60000);
        QVERIFY(!window.session()->isServerAvailable());
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("reconnecting in")), 60000);
        QVERIFY(banner->isVisible());
        QVERIFY(reconnect->isVisible() && reconnect->isEnabled());
        // What was loaded stays, the actions that need the server are off.
        QCOMPARE(table->model()->rowCount(), rows);
        QVERIFY(!createUser->isEnabled());
        QVERIFY(!bulkJoin->isEnabled());
        QVERIFY(!cleanup->isEnabled());
        screenshot(&window, QStringLiteral("connection-offline"));

        // F5 while the server is still down: an attempt now, still offline, nothing lost.
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("reconnecting in")), 60000);
        QVERIFY(state->text().startsWith(QStringLiteral("Offline since")));
        QCOMPARE(table->model()->rowCount(), rows);

        QVERIFY(synapsectl(QStringLiteral("start")));
        QTest::mouseClick(reconnect, Qt::LeftButton); // the banner's Reconnect (it also retries by itself)
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Connected"), 120000);
        QVERIFY(window.session()->isServerAvailable());
        QVERIFY(!banner->isVisible());
        QVERIFY(createUser->isEnabled());
        QVERIFY(bulkJoin->isEnabled());
        QVERIFY(cleanup->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 30000);
        QCOMPARE(window.session()->state(), ServerSession::State::Connected);

        // The status bar went through offline and reconnecting to connected.
        const auto first = [&](const QString &needle) {
            for (int i = 0; i < seen.size(); ++i) {
                if (seen.at(i).contains(needle)) {
                    return i;
                }
            }
            return -1;
        };
        const int offline = first(QStringLiteral("Offline since"));
        const int reconnecting = first(QStringLiteral("reconnecting in"));
        QVERIFY2(offline >= 0 && reconnecting >= offline, qPrintable(seen.join(u'|')));
        QCOMPARE(seen.constLast(), QStringLiteral("Connected"));
    }

    void sessionThatCouldNotConnectKeepsTrying()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        QVERIFY(synapsectl(QStringLiteral("stop")));
        MainWindow window;
        window.show();
        auto *state = window.findChild<QLabel *>(QStringLiteral("connectionStateLabel"));
        window.openConnection(QStringLiteral("Test server"), server.baseUrl, server.adminToken);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QStringLiteral("Offline since")), 60000);
        QCOMPARE(window.session()->state(), ServerSession::State::Failed);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("reconnecting in")), 60000);
        QVERIFY(synapsectl(QStringLiteral("start")));
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ServerSession::State::Connected, 120000);
        QCOMPARE(state->text(), QStringLiteral("Connected"));
    }
};

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
