// Faults a real Synapse will not produce on demand, for the bulk user action engine and its CLI: a
// server error (failed, with the server's words, exit 1) and answers lost on the way back (the
// outcome is read back from the server: done when the change landed, failed when it did not).
#include "apiservice.h"
#include "fakehttpserver.h"
#include "users/bulkuseraction.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Steward;
using namespace StewardTest;

class TestBulkUserActionFake : public QObject
{
    Q_OBJECT

    FakeHttpServer m_server;
    QHash<QString, bool> m_locked;
    const QString m_admin = QStringLiteral("@admin:fake.test");

    static QString seg(const QByteArray &path, int index)
    {
        return QUrl::fromPercentEncoding(path.split('/').value(index));
    }

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
            return FakeResponse::json(200, { { QStringLiteral("user_id"), m_admin } });
        }
        if (path == "/_synapse/admin/v2/users") {
            return FakeResponse::json(200,
                                      { { QStringLiteral("users"),
                                          QJsonArray { QJsonObject { { QStringLiteral("name"), m_admin },
                                                                     { QStringLiteral("admin"), true } } } },
                                        { QStringLiteral("total"), 1 } });
        }
        if (path.startsWith("/_synapse/admin/v2/users/")) {
            const QString id = seg(path, 5);
            if (!m_locked.contains(id)) {
                return FakeResponse::json(404,
                                          { { QStringLiteral("errcode"), QStringLiteral("M_NOT_FOUND") },
                                            { QStringLiteral("error"), QStringLiteral("Not found") } });
            }
            if (req.method == "PUT") {
                if (id.startsWith(u"@fail")) {
                    return FakeResponse::json(500,
                                              { { QStringLiteral("errcode"), QStringLiteral("M_UNKNOWN") },
                                                { QStringLiteral("error"), QStringLiteral("Database is on fire") } });
                }
                if (id.startsWith(u"@lost-done")) {
                    m_locked[id] = req.json().value(QStringLiteral("locked")).toBool();
                    return FakeResponse::fault(FakeResponse::Action::CloseAfterHeaders);
                }
                if (id.startsWith(u"@lost-not")) {
                    return FakeResponse::fault(FakeResponse::Action::CloseAfterHeaders);
                }
                m_locked[id] = req.json().value(QStringLiteral("locked")).toBool();
                return FakeResponse::json(200, {});
            }
            return FakeResponse::json(
                200, { { QStringLiteral("name"), id }, { QStringLiteral("locked"), m_locked.value(id) } });
        }
        return FakeResponse::json(404, { { QStringLiteral("errcode"), QStringLiteral("M_UNRECOGNIZED") } });
    }

    QStringList users() const
    {
        return { QStringLiteral("@ok:fake.test"), QStringLiteral("@fail:fake.test"),
                 QStringLiteral("@lost-done:fake.test"), QStringLiteral("@lost-not:fake.test") };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setHandler([this](const FakeRequest &r) { return handle(r); });
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_locked.clear();
        for (const QString &u : users()) {
            m_locked.insert(u, false);
        }
        m_locked.insert(m_admin, false);
    }

    void failedAndUnknownOutcomesAreReportedTruly()
    {
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(m_server.url());
        api.setAccessToken(QStringLiteral("syt_fake_token_for_tests_only"));
        RetryPolicy fast;
        fast.maxTransientRetries = 1;
        api.setRetryPolicy(fast);
        BulkUserAction engine(&api);
        engine.setSelfUserId(m_admin);
        QSignalSpy ready(&engine, &BulkUserAction::planReady);
        engine.preview(BulkUserAction::Action::Lock, users());
        QVERIFY(ready.count() == 1 || ready.wait(30000));
        QCOMPARE(engine.count(BulkUserAction::Status::Affected), 4);
        QSignalSpy finished(&engine, &BulkUserAction::finished);
        engine.run();
        QVERIFY(finished.wait(60000));
        QHash<QString, BulkUserAction::Item> byId;
        for (const auto &i : engine.items()) {
            byId.insert(i.userId, i);
        }
        QCOMPARE(byId.value(QStringLiteral("@ok:fake.test")).status, BulkUserAction::Status::Done);
        QCOMPARE(byId.value(QStringLiteral("@fail:fake.test")).status, BulkUserAction::Status::Failed);
        QVERIFY(byId.value(QStringLiteral("@fail:fake.test")).reason.contains(QStringLiteral("Database is on fire")));
        const auto lostDone = byId.value(QStringLiteral("@lost-done:fake.test"));
        QCOMPARE(lostDone.status, BulkUserAction::Status::Done);
        QVERIFY(lostDone.verified);
        const auto lostNot = byId.value(QStringLiteral("@lost-not:fake.test"));
        QCOMPARE(lostNot.status, BulkUserAction::Status::Failed);
        QVERIFY(lostNot.verified);
        QVERIFY(lostNot.reason.contains(QStringLiteral("nothing changed")));
        QVERIFY(!engine.allDone());
    }

    void cliExitsOneWhenAUserFailed()
    {
        QTemporaryDir dir;
        QFile list(dir.filePath(QStringLiteral("u.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("@ok:fake.test\n@fail:fake.test\n");
        list.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_ACCESS_TOKEN"), QStringLiteral("syt_fake_token_for_tests_only"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("STEWARD_TEST_BUILD_DIR") + QStringLiteral("/bin/steward-cli"),
                { QStringLiteral("--homeserver"), m_server.url().toString(), QStringLiteral("users"),
                  QStringLiteral("lock"), QStringLiteral("--users"), list.fileName(), QStringLiteral("--yes") });
        QVERIFY(p.waitForStarted());
        QDeadlineTimer deadline(60000);
        while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            QTest::qWait(10); // this event loop serves the fake server
        }
        QCOMPARE(p.state(), QProcess::NotRunning);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(out.contains(QStringLiteral("Database is on fire")), qPrintable(out));
        QVERIFY(m_locked.value(QStringLiteral("@ok:fake.test")));
    }
};

QTEST_GUILESS_MAIN(TestBulkUserActionFake)
#include "tst_bulkuseraction_fake.moc"
