// steward-cli users lock|unlock|shadow-ban|unshadow-ban|logout|deactivate as a script runs it against
// the real Synapse: preview without --yes (exit 2, nothing changed), --dry-run, a 30-user lock that
// matches the server afterwards, standard input, the report, the signed-in account refused (exit 2),
// usage errors, Ctrl-C (SIGINT) in the middle of a run.
#include "await.h"
#include "clirunner.h"
#include "userstesthelpers.h"

#include <QFile>
#include <QTemporaryDir>

#include <csignal>

using namespace Steward;
using namespace UsersTest;

class TestCliUserActions : public QObject
{
    Q_OBJECT

    using Run = StewardTest::CliRun;

    static Run cli(const StewardTest::TestServer &server, const QStringList &args, const QByteArray &stdinData = {})
    {
        return StewardTest::runCli(QStringList { QStringLiteral("--homeserver"), server.baseUrl.toString() } + args,
                                   { { { QStringLiteral("STEWARD_ACCESS_TOKEN"), server.adminToken } }, stdinData });
    }

    static UserDetails query(ApiService &api, const QString &id)
    {
        const auto r =
            StewardTest::await<UserDetails>([&](QObject *ctx, auto done) { UserApi::queryUser(&api, id, ctx, done); });
        return r && r->ok() ? r->value() : UserDetails();
    }

    static QStringList makeUsers(Admin &a, const StewardTest::TestServer &server, const char *tag, int n)
    {
        const QString prefix = uniquePrefix(tag);
        QStringList ids;
        QList<QPair<QString, QJsonObject>> put;
        for (int i = 0; i < n; ++i) {
            ids << userId(server, prefix + QString::number(i));
            put.append({ ids.last(), QJsonObject {} });
        }
        return putUsers(a.api, put) == 0 ? ids : QStringList();
    }

    static QString writeList(const QTemporaryDir &dir, const QStringList &lines)
    {
        const QString path = dir.filePath(QStringLiteral("users.txt"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return {};
        }
        f.write(lines.join(u'\n').toUtf8() + "\n");
        return path;
    }

    static int lockedCount(Admin &a, const QStringList &ids)
    {
        int n = 0;
        for (const QString &id : ids) {
            n += query(a.api, id).summary.locked ? 1 : 0;
        }
        return n;
    }

private Q_SLOTS:
    void usageErrors()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        QTemporaryDir dir;
        const QString list = writeList(dir, { QStringLiteral("@x:steward.test") });
        Run r = cli(server, { QStringLiteral("users"), QStringLiteral("lock") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("needs --users FILE")), qPrintable(r.err));
        r = cli(server,
                { QStringLiteral("users"), QStringLiteral("lock"), QStringLiteral("--users"), list,
                  QStringLiteral("--erase") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--erase goes only with")), qPrintable(r.err));
        r = cli(server,
                { QStringLiteral("users"), QStringLiteral("lock"), QStringLiteral("--users"), list,
                  QStringLiteral("--concurrency"), QStringLiteral("0") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--concurrency wants a number from 1 to 64")), qPrintable(r.err));
        r = cli(server,
                { QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("--users"), list,
                  QStringLiteral("--yes"), QStringLiteral("--dry-run") });
        QCOMPARE(r.exitCode, 2);
        r = cli(server,
                { QStringLiteral("users"), QStringLiteral("lock"), QStringLiteral("--users"),
                  dir.filePath(QStringLiteral("missing.txt")) });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(u'\n'), 1); // one clear line
        r = cli(server,
                { QStringLiteral("users"), QStringLiteral("lock"), QStringLiteral("--users"),
                  writeList(dir, { QStringLiteral("#room:steward.test") }), QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("1 entry of the list is not a user ID")), qPrintable(r.err));
    }

    void lockThirtyPreviewDryRunYesAndReport()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin a(server);
        const QStringList users = makeUsers(a, server, "clilock", 30);
        QCOMPARE(users.size(), 30);
        QTemporaryDir dir;
        // Bare localparts work too.
        QStringList lines = users;
        lines[0] = users.first().mid(1).section(u':', 0, 0);
        const QString list = writeList(dir, lines);

        // Without --yes: the preview, exit 2, nothing changed.
        Run r = cli(server, { QStringLiteral("users"), QStringLiteral("lock"), QStringLiteral("--users"), list });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(QStringLiteral("Lock: 30 users to change")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("Reading 30 users on the server")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("add --yes to change these 30 users")), qPrintable(r.err));
        QCOMPARE(lockedCount(a, users), 0);

        // --dry-run: exit 0, nothing changed, the report says "to-change".
        const QString dryReport = dir.filePath(QStringLiteral("dry.csv"));
        r = cli(server,
                { QStringLiteral("users"), QStringLiteral("lock"), QStringLiteral("--users"), list,
                  QStringLiteral("--dry-run"), QStringLiteral("--report"), dryReport });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Dry run: nothing was changed.")));
        QCOMPARE(lockedCount(a, users), 0);
        QFile dry(dryReport);
        QVERIFY(dry.open(QIODevice::ReadOnly));
        const QList<QStringList> dryRows = parseCsvWithPython(dry.readAll());
        QCOMPARE(dryRows.size(), 31);
        QCOMPARE(dryRows.at(1).at(4), QStringLiteral("to-change"));

        // --yes: every user locked, as the server now says; report with 30 done.
        const QString report = dir.filePath(QStringLiteral("report.csv"));
        r = cli(server,
                { QStringLiteral("users"), QStringLiteral("lock"), QStringLiteral("--users"), list,
                  QStringLiteral("--yes"), QStringLiteral("--report"), report });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Lock: 30 done")), qPrintable(r.out));
        QCOMPARE(lockedCount(a, users), 30);
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsvWithPython(file.readAll());
        QCOMPARE(rows.size(), 31);
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.at(4), QStringLiteral("done"));
            QVERIFY(users.contains(row.at(0)));
        }

        // Again: every one already locked, exit 0, nothing to change.
        r = cli(server,
                { QStringLiteral("users"), QStringLiteral("lock"), QStringLiteral("--users"), list,
                  QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Already locked.")));
        QVERIFY(r.out.contains(QStringLiteral("Nothing to change.")));

        // Unlock from standard input.
        r = cli(server,
                { QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("--users"), QStringLiteral("-"),
                  QStringLiteral("--yes") },
                users.join(u'\n').toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(lockedCount(a, users), 0);
    }

    void signedInAccountIsRefused()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin a(server);
        const QStringList users = makeUsers(a, server, "cliself", 2);
        QCOMPARE(users.size(), 2);
        QTemporaryDir dir;
        const QString list = writeList(dir, users + QStringList { server.adminUserId });
        for (const char *action : { "lock", "shadow-ban", "logout", "deactivate" }) {
            const Run r = cli(server,
                              { QStringLiteral("users"), QLatin1String(action), QStringLiteral("--users"), list,
                                QStringLiteral("--yes") });
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("refused, nothing was changed")), qPrintable(r.err));
            QVERIFY2(r.err.contains(server.adminUserId), qPrintable(r.err));
            QCOMPARE(r.err.trimmed().count(u'\n'), 1); // "Reading…" and the one error line
        }
        // Nothing happened to anybody on the list.
        for (const QString &id : users + QStringList { server.adminUserId }) {
            const UserDetails d = query(a.api, id);
            QVERIFY(!d.summary.locked);
            QVERIFY(!d.summary.shadowBanned);
            QVERIFY(!d.summary.deactivated);
        }
        QVERIFY(query(a.api, server.adminUserId).summary.admin);
    }

    void deactivateWithErase()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin a(server);
        const QStringList users = makeUsers(a, server, "clierase", 2);
        QCOMPARE(users.size(), 2);
        QTemporaryDir dir;
        const Run r = cli(server,
                          { QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("--users"),
                            writeList(dir, users), QStringLiteral("--erase"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        for (const QString &id : users) {
            const UserDetails d = query(a.api, id);
            QVERIFY(d.summary.deactivated);
            QVERIFY(d.summary.erased);
        }
    }

    // Ctrl-C while 60 users are locked one at a time: the request in flight finishes, the rest are
    // reported as not attempted (on stdout and in the report), exit 1, and the report is the truth.
    void sigintCancelsPolitely()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin a(server);
        const QStringList users = makeUsers(a, server, "clisigint", 60);
        QCOMPARE(users.size(), 60);
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("report.csv"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_ACCESS_TOKEN"), server.adminToken);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("STEWARD_CLI"),
                { QStringLiteral("--homeserver"), server.baseUrl.toString(), QStringLiteral("users"),
                  QStringLiteral("lock"), QStringLiteral("--users"), writeList(dir, users), QStringLiteral("--yes"),
                  QStringLiteral("--concurrency"), QStringLiteral("1"), QStringLiteral("--report"), report });
        QVERIFY(p.waitForStarted());
        // The run has begun once the first user is locked on the server.
        QVERIFY(QTest::qWaitFor([&]() { return query(a.api, users.first()).summary.locked; }, 60000));
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 1, qPrintable(err + out));
        QVERIFY2(out.contains(QStringLiteral("not-attempted")), qPrintable(out));

        QFile file(report);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(err));
        const QList<QStringList> rows = parseCsvWithPython(file.readAll());
        QCOMPARE(rows.size(), 61);
        QStringList done;
        QStringList notAttempted;
        for (const QStringList &row : rows.mid(1)) {
            QVERIFY(users.contains(row.at(0)));
            if (row.at(4) == QLatin1String("done")) {
                done << row.at(0);
            } else {
                QCOMPARE(row.at(4), QStringLiteral("not-attempted"));
                notAttempted << row.at(0);
            }
        }
        QVERIFY(!done.isEmpty());
        QVERIFY(!notAttempted.isEmpty());
        // Each reported "done" line on stdout too, and the server agrees with the report.
        QCOMPARE(out.count(QStringLiteral("  done ")), done.size());
        QCOMPARE(out.count(QStringLiteral("  not-attempted ")), notAttempted.size());
        QCOMPARE(lockedCount(a, done), done.size());
        QCOMPARE(lockedCount(a, notAttempted), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliUserActions)
#include "tst_cli_useractions.moc"
