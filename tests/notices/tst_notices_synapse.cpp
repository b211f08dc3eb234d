// Server notices and the room directory against the real Synapse, through steward-cli as a script
// runs it: 200 recipients, the CLI killed (SIGKILL) in the middle of the run and resumed; afterwards
// every recipient's rooms hold exactly one copy of the notice (read back through the admin API).
// Missing and deactivated users are skipped with the reason; --all without --yes only previews (exit 2).
// rooms publish / unpublish read back from the public room list.
#include "notices/servernoticeapi.h"
#include "notices/servernoticerun.h"
#include "noticestesthelpers.h"
#include "operation/operationjournal.h"
#include "rooms/roomsapi.h"
#include "users/userapi.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QScopeGuard>

using namespace Steward;
using namespace NoticesTest;

class TestNoticesSynapse : public QObject
{
    Q_OBJECT

    struct Admin
    {
        QNetworkAccessManager nam;
        ApiService api { &nam };
        explicit Admin(const StewardTest::TestServer &server)
        {
            api.setBaseUrl(server.baseUrl);
            api.setAccessToken(server.adminToken);
        }
    };

    static QString unique(const char *tag)
    {
        return QStringLiteral("%1-%2")
            .arg(QLatin1String(tag))
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }

    static QStringList makeUsers(ApiService &api, const StewardTest::TestServer &server, const QString &prefix, int n)
    {
        QStringList ids;
        int done = 0;
        int failed = 0;
        QObject ctx;
        for (int i = 0; i < n; ++i) {
            ids << QStringLiteral("@%1%2:%3").arg(prefix).arg(i).arg(server.serverName);
            ApiReply *r = api.send(ApiRequest::put(u"/_synapse/admin/v2/users/{}", { ids.last() }, QJsonObject {}));
            connect(r, &ApiReply::finished, &ctx, [r, &done, &failed]() {
                ++done;
                failed += r->ok() ? 0 : 1;
            });
        }
        if (!QTest::qWaitFor([&]() { return done == n; }, 300000) || failed > 0) {
            return {};
        }
        return ids;
    }

    /// Copies of runId's notice in the rooms userId is invited to or joined.
    static int copies(ApiService &api, const QString &userId, const QString &runId)
    {
        const auto m = wait<QHash<QString, QString>>(
            [&](QObject *ctx, auto done) { UserApi::memberships(&api, userId, ctx, done); });
        if (!m || !m->ok()) {
            return -1;
        }
        int n = 0;
        for (auto it = m->value().cbegin(); it != m->value().cend(); ++it) {
            if (it.value() != u"invite" && it.value() != u"join") {
                continue;
            }
            const auto c = wait<int>(
                [&](QObject *ctx, auto done) { ServerNoticeApi::countInRoom(&api, it.key(), runId, 1000, ctx, done); });
            if (!c || !c->ok()) {
                return -1;
            }
            n += c->value();
        }
        return n;
    }

    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QStringList &lines)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly)) {
            return {};
        }
        f.write(lines.join(u'\n').toUtf8() + '\n');
        return f.fileName();
    }

    static QStringList journals(const QString &dataHome)
    {
        QStringList out;
        QDirIterator it(dataHome, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (it.fileName().startsWith(QLatin1String("server-notice-")) && path.endsWith(QLatin1String(".jsonl"))) {
                out << path;
            }
        }
        return out;
    }

    static int doneLines(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return 0;
        }
        return int(f.readAll().count("\"status\":\"done\""));
    }

private Q_SLOTS:
    void killedAndResumedDeliversExactlyOnce()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin a(server);
        const QStringList ids = makeUsers(a.api, server, unique("notice") + QLatin1Char('-'), 200);
        QCOMPARE(ids.size(), 200);
        QTemporaryDir dir;
        const QString list = writeFile(dir, QStringLiteral("users.txt"), ids);
        const QString dataHome = dir.filePath(QStringLiteral("data"));

        QProcess p;
        p.setProcessEnvironment(cliEnvironment(server, dataHome));
        p.start(qEnvironmentVariable("STEWARD_CLI"),
                { QStringLiteral("--homeserver"), server.baseUrl.toString(), QStringLiteral("notice"),
                  QStringLiteral("send"), QStringLiteral("--users"), list, QStringLiteral("--message"),
                  QStringLiteral("Maintenance tonight at 22:00."), QStringLiteral("--concurrency"),
                  QStringLiteral("2") });
        QVERIFY(p.waitForStarted());
        auto stop = qScopeGuard([&p]() {
            p.kill();
            p.waitForFinished();
        });
        // Kill it (SIGKILL: no chance to clean up) once some recipients are done.
        QVERIFY(QTest::qWaitFor(
            [&]() { return !journals(dataHome).isEmpty() && doneLines(journals(dataHome).first()) >= 20; }, 180000));
        p.kill();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        const QString journal = journals(dataHome).first();
        QString error;
        auto loaded = OperationJournal::load(journal, &error, QStringLiteral("server-notice"));
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(!loaded->ended);
        const int doneBefore = loaded->tally().done;
        QVERIFY2(doneBefore < 200, "the run finished before it could be killed: nothing to resume");
        const QString runId = loaded->params.value(QStringLiteral("run_id")).toString();
        QVERIFY(!runId.isEmpty());

        const QString report = dir.filePath(QStringLiteral("report.csv"));
        const Run resumed = cli(server,
                                { QStringLiteral("notice"), QStringLiteral("send"), QStringLiteral("--resume"),
                                  QStringLiteral("--report"), report },
                                dataHome);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        QVERIFY(resumed.err.contains(QStringLiteral("Resuming")));
        QVERIFY(resumed.out.contains(QStringLiteral("200 done")));
        loaded = OperationJournal::load(journal, &error, QStringLiteral("server-notice"));
        QVERIFY(loaded && loaded->ended);
        QCOMPARE(loaded->tally().done, 200);
        QFile csv(report);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count(",done,"), 200);

        // Read back: every recipient holds exactly one copy.
        for (const QString &id : ids) {
            QCOMPARE(copies(a.api, id, runId), 1);
        }
        // Nothing left to resume.
        const Run again =
            cli(server, { QStringLiteral("notice"), QStringLiteral("send"), QStringLiteral("--resume") }, dataHome);
        QCOMPARE(again.exitCode, 2);
    }

    void skipsAndPreview()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin a(server);
        const QStringList ids = makeUsers(a.api, server, unique("skip") + QLatin1Char('-'), 2);
        QCOMPARE(ids.size(), 2);
        // ids[1] deactivated.
        ApiError error;
        call(a.api, ApiRequest::post(u"/_synapse/admin/v1/deactivate/{}", { ids[1] }, QJsonObject {}), &error);
        QVERIFY(error.isOk());
        QTemporaryDir dir;
        const QString missing = QStringLiteral("@nobody-%1:%2").arg(unique("x"), server.serverName);
        const QString report = dir.filePath(QStringLiteral("r.csv"));
        const QString message = writeFile(dir, QStringLiteral("m.txt"), { QStringLiteral("Hello") });
        Run r = cli(server,
                    { QStringLiteral("notice"), QStringLiteral("send"), QStringLiteral("--users"), QStringLiteral("-"),
                      QStringLiteral("--message-file"), message, QStringLiteral("--report"), report },
                    dir.filePath(QStringLiteral("data")), (ids[0] + u'\n' + ids[1] + u'\n' + missing + u'\n').toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("1 user gets the notice"))
                || r.out.contains(QStringLiteral("1 user(s) get")));
        QVERIFY(r.out.contains(QStringLiteral("Deactivated.")));
        QVERIFY(r.out.contains(QStringLiteral("no such user")));
        QFile csv(report);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(ids[0] + QStringLiteral(",") + ids[0] + QStringLiteral(",1,done")));
        QVERIFY(text.contains(ids[1] + QStringLiteral(",") + ids[1] + QStringLiteral(",2,skipped")));

        // --all without --yes: the preview, exit 2, nothing sent; --dry-run: exit 0.
        r = cli(server,
                { QStringLiteral("notice"), QStringLiteral("send"), QStringLiteral("--all"),
                  QStringLiteral("--message"), QStringLiteral("x") },
                dir.filePath(QStringLiteral("data")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains(QStringLiteral("get the notice")));
        QVERIFY(r.out.contains(QStringLiteral("deactivated")));
        QVERIFY(r.err.contains(QStringLiteral("--yes")));
        r = cli(server,
                { QStringLiteral("notice"), QStringLiteral("send"), QStringLiteral("--all"),
                  QStringLiteral("--message"), QStringLiteral("x"), QStringLiteral("--dry-run") },
                dir.filePath(QStringLiteral("data")));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(journals(dir.filePath(QStringLiteral("data"))).size() == 1); // only the run of the listed users
        // Usage errors.
        QCOMPARE(cli(server, { QStringLiteral("notice"), QStringLiteral("send"), QStringLiteral("--all") }).exitCode,
                 2);
        QCOMPARE(
            cli(server,
                { QStringLiteral("notice"), QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("x") })
                .exitCode,
            2);
    }

    void publishAndUnpublish()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin a(server);
        const QString name = unique("directory");
        ApiError error;
        const QJsonObject created =
            call(a.api,
                 ApiRequest::post(u"/_matrix/client/v3/createRoom", {},
                                  { { QStringLiteral("name"), name },
                                    { QStringLiteral("preset"),
                                      QStringLiteral("public_chat") }, // the list shows only joinable rooms
                                    { QStringLiteral("visibility"), QStringLiteral("private") } }),
                 &error);
        QVERIFY2(error.isOk(), qPrintable(error.describe()));
        const QString roomId = created.value(QStringLiteral("room_id")).toString();
        auto listed = [&](int limit) {
            const QJsonObject page =
                call(a.api,
                     ApiRequest::post(u"/_matrix/client/v3/publicRooms", {},
                                      { { QStringLiteral("limit"), limit },
                                        { QStringLiteral("filter"),
                                          QJsonObject { { QStringLiteral("generic_search_term"), name } } } }));
            for (const QJsonValue &v : page.value(QStringLiteral("chunk")).toArray()) {
                if (v.toObject().value(QStringLiteral("room_id")).toString() == roomId) {
                    return true;
                }
            }
            return false;
        };
        QVERIFY(!listed(10));
        Run r = cli(server, { QStringLiteral("rooms"), QStringLiteral("publish"), roomId });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(listed(11));
        auto state = wait<bool>([&](QObject *ctx, auto done) { RoomsApi::isPublished(&a.api, roomId, ctx, done); });
        QVERIFY(state && state->ok() && state->value());
        r = cli(server, { QStringLiteral("rooms"), QStringLiteral("unpublish"), roomId });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!listed(12));
        state = wait<bool>([&](QObject *ctx, auto done) { RoomsApi::isPublished(&a.api, roomId, ctx, done); });
        QVERIFY(state && state->ok() && !state->value());
        // A room that does not exist fails (exit 1); nonsense is a usage error.
        r = cli(
            server,
            { QStringLiteral("rooms"), QStringLiteral("publish"), QStringLiteral("!nope:%1").arg(server.serverName) });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(
            cli(server, { QStringLiteral("rooms"), QStringLiteral("publish"), QStringLiteral("not-a-room") }).exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestNoticesSynapse)
#include "tst_notices_synapse.moc"
