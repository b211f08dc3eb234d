// The bulk join against the real Synapse: public and invite-only rooms, an alias that needs encoding,
// already-joined, deactivated, remote and unknown users, an unknown alias, a room the admin is not in.
// Each pair gets the right outcome, and the server's memberships match the report exactly.
#include "apiservice.h"
#include "await.h"
#include "bulkjoin/bulkjoinengine.h"
#include "bulkjoin/bulkjoininput.h"
#include "bulkjoin/bulkjoinpreflight.h"
#include "synapsehelper.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Steward;
using namespace StewardTest;
using Outcome = BulkJoinPair::Outcome;

namespace {
struct Fixture
{
    QString pub, uni, nj; // room ids
    QString pubAlias, uniAlias, njAlias, nopeAlias;
};
} // namespace

class TestBulkJoinSynapse : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;

    static bool setUp(const TestServer &server, SynapseHelper &h, Fixture &f)
    {
        for (const char *name : { "a", "b", "c" }) {
            if (!h.createUser(QLatin1String(name))) {
                return false;
            }
        }
        if (!h.createUser(QStringLiteral("d"), true)) {
            return false;
        }
        f.pub = h.createRoom(QStringLiteral("pub"), QStringLiteral("public_chat"));
        f.uni = h.createRoom(QStringLiteral("ünï/?&#room"), QStringLiteral("private_chat"));
        // Created by a normal user: invite-only, and the admin is not in it.
        f.nj = h.createRoom(QStringLiteral("nj"), QStringLiteral("private_chat"), server.userToken);
        f.pubAlias = h.alias(QStringLiteral("pub"));
        f.uniAlias = h.alias(QStringLiteral("ünï/?&#room"));
        f.njAlias = h.alias(QStringLiteral("nj"));
        f.nopeAlias = h.alias(QStringLiteral("nope"));
        return !f.pub.isEmpty() && !f.uni.isEmpty() && !f.nj.isEmpty()
            && h.adminJoin(f.pub, h.uid(QStringLiteral("a")));
    }

    static QString usersText(const SynapseHelper &h)
    {
        return QStringLiteral("%1-a\n%2, %3-c\n%4 @someone:remote.example\n%5-ghost\n%6")
            .arg(h.tag(), h.uid(QStringLiteral("b")), h.tag(), h.uid(QStringLiteral("d")), h.tag(),
                 h.uid(QStringLiteral("a")));
    }
    static QString roomsText(const Fixture &f)
    {
        return QStringList { f.pubAlias, f.uniAlias, f.njAlias, f.nopeAlias }.join(u'\n');
    }

    BulkJoinPlan preflight(ApiService &api, const TestServer &server, const SynapseHelper &h, const Fixture &f)
    {
        BulkJoinPreflight pf(&api);
        std::optional<Result<BulkJoinPlan>> result;
        connect(&pf, &BulkJoinPreflight::finished, this, [&](const Result<BulkJoinPlan> &r) { result = r; });
        pf.start(BulkJoinInput::splitList(usersText(h)), BulkJoinInput::splitList(roomsText(f)), server.adminUserId);
        StewardTest::await(result, 60000);
        if (!result || !result->ok()) {
            qWarning() << "pre-flight failed" << (result ? result->error().describe() : QStringLiteral("timeout"));
            return {};
        }
        return result->value();
    }

    BulkJoinReport run(ApiService &api, const BulkJoinPlan &plan, const QString &journalDir)
    {
        BulkJoinEngine engine(&api);
        engine.setJournalDirectory(journalDir);
        QSignalSpy finished(&engine, &BulkJoinEngine::finished);
        QString error;
        if (!engine.start(plan, &error) || !finished.wait(60000)) {
            qWarning() << "run failed" << error;
            return {};
        }
        return engine.report();
    }

    static Outcome outcomeOf(const QList<BulkJoinPair> &pairs, const QString &user, const QString &room)
    {
        for (const auto &p : pairs) {
            if (p.user == user && p.room == room) {
                return p.outcome;
            }
        }
        return Outcome::ToJoin;
    }

    /// The server's memberships match the report: done pairs are members, all others are not.
    static void verifyMemberships(SynapseHelper &h, const BulkJoinReport &report, QList<BulkJoinPair> *mismatches)
    {
        QHash<QString, QSet<QString>> members;
        for (const auto &p : report.pairs) {
            if (p.roomId.isEmpty()) {
                continue;
            }
            if (!members.contains(p.roomId)) {
                members.insert(p.roomId, h.members(p.roomId));
            }
            if (members.value(p.roomId).contains(p.user) != p.isDone()) {
                mismatches->append(p);
            }
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyPairGetsTheRightOutcome()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        SynapseHelper h(server);
        Fixture f;
        QVERIFY(setUp(server, h, f));
        QTemporaryDir journals;
        ApiService api(&m_nam);
        api.setBaseUrl(server.baseUrl);
        api.setAccessToken(server.adminToken);

        BulkJoinPlan plan = preflight(api, server, h, f);
        QCOMPARE(plan.users, (QStringList { h.uid("a"), h.uid("b"), h.uid("c") }));
        QCOMPARE(plan.rooms.size(), 3);
        QCOMPARE(plan.rooms.at(1).roomId, f.uni); // the encoded alias resolved
        QCOMPARE(plan.rooms.at(1).joinRule, QStringLiteral("invite"));
        QVERIFY(plan.rooms.at(1).adminJoined);
        QVERIFY(plan.rooms.at(2).needsAdmin());
        QMap<QString, BulkJoinProblem::Kind> problems;
        for (const auto &p : plan.problems) {
            problems.insert(p.item, p.kind);
        }
        using K = BulkJoinProblem::Kind;
        QCOMPARE(problems.value(h.uid("d")), K::DeactivatedUser);
        QCOMPARE(problems.value(QStringLiteral("@someone:remote.example")), K::RemoteUser);
        QCOMPARE(problems.value(h.uid("ghost")), K::UnknownUser);
        QCOMPARE(problems.value(f.nopeAlias), K::UnknownAlias);
        QCOMPARE(problems.value(h.uid("a")), K::DuplicateUser);
        QCOMPARE(plan.problems.size(), 5);
        QCOMPARE(plan.pairs.size(), 24); // 6 distinct users x 4 rooms

        BulkJoinReport report = run(api, plan, journals.path());
        QCOMPARE(report.pairs.size(), 24);
        QCOMPARE(outcomeOf(report.pairs, h.uid("a"), f.pubAlias), Outcome::AlreadyMember);
        for (const char *u : { "b", "c" }) {
            QCOMPARE(outcomeOf(report.pairs, h.uid(QLatin1String(u)), f.pubAlias), Outcome::Joined);
        }
        for (const char *u : { "a", "b", "c" }) {
            QCOMPARE(outcomeOf(report.pairs, h.uid(QLatin1String(u)), f.uniAlias), Outcome::Joined);
            QCOMPARE(outcomeOf(report.pairs, h.uid(QLatin1String(u)), f.njAlias), Outcome::Skipped);
            QCOMPARE(outcomeOf(report.pairs, h.uid(QLatin1String(u)), f.nopeAlias), Outcome::Skipped);
        }
        for (const QString &bad : { h.uid("d"), QStringLiteral("@someone:remote.example"), h.uid("ghost") }) {
            for (const QString &room : { f.pubAlias, f.uniAlias, f.njAlias, f.nopeAlias }) {
                QCOMPARE(outcomeOf(report.pairs, bad, room), Outcome::Skipped);
            }
        }
        QCOMPARE(report.count(Outcome::Joined), 5);
        QCOMPARE(report.count(Outcome::AlreadyMember), 1);
        QCOMPARE(report.count(Outcome::Skipped), 18);
        QList<BulkJoinPair> mismatches;
        verifyMemberships(h, report, &mismatches);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.value(0).user + u' ' + mismatches.value(0).room));
        QCOMPARE(h.members(f.pub), (QSet<QString> { server.adminUserId, h.uid("a"), h.uid("b"), h.uid("c") }));
        QCOMPARE(h.members(f.uni), (QSet<QString> { server.adminUserId, h.uid("a"), h.uid("b"), h.uid("c") }));
        QCOMPARE(h.members(f.nj), (QSet<QString> { server.userId }));

        // Again, making the admin a room admin where needed: only the private room's pairs are done.
        plan = preflight(api, server, h, f);
        QCOMPARE(plan.count(Outcome::ToJoin), 0);
        QCOMPARE(plan.count(Outcome::AlreadyMember), 6);
        plan.setMakeAdminEverywhere(true);
        QCOMPARE(plan.count(Outcome::ToJoin), 3);
        report = run(api, plan, journals.path());
        QCOMPARE(report.count(Outcome::Joined), 3);
        QCOMPARE(report.count(Outcome::Failed), 0);
        QCOMPARE(h.members(f.nj),
                 (QSet<QString> { server.userId, server.adminUserId, h.uid("a"), h.uid("b"), h.uid("c") }));
        mismatches.clear();
        verifyMemberships(h, report, &mismatches);
        QVERIFY(mismatches.isEmpty());

        // A third time: nothing to do.
        plan = preflight(api, server, h, f);
        plan.setMakeAdminEverywhere(true);
        QCOMPARE(plan.count(Outcome::ToJoin), 0);
        QCOMPARE(plan.count(Outcome::AlreadyMember), 9);
    }

    void seededEncodedAliasAlreadyMembers()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        // Read-only use of the seed: its members of the ünïcode room are already in, so nothing is sent.
        const QJsonObject kinds = server.seed.value(QStringLiteral("room_kinds")).toObject();
        const QString alias = kinds.value(QStringLiteral("encoded_alias")).toString();
        const QStringList members =
            server.seed.value(QStringLiteral("room_members")).toObject().value(alias).toVariant().toStringList();
        QVERIFY(alias.contains(QStringLiteral("ü")));
        QVERIFY(members.size() >= 2);
        ApiService api(&m_nam);
        api.setBaseUrl(server.baseUrl);
        api.setAccessToken(server.adminToken);
        BulkJoinPreflight pf(&api);
        std::optional<Result<BulkJoinPlan>> result;
        connect(&pf, &BulkJoinPreflight::finished, this, [&](const Result<BulkJoinPlan> &r) { result = r; });
        QList<BulkJoinInputItem> users;
        for (const QString &m : members) {
            users.append({ m, 1 });
        }
        pf.start(users, { { alias, 1 } }, server.adminUserId);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(result->ok());
        QCOMPARE(result->value().problems.size(), 0);
        QCOMPARE(result->value().rooms.first().roomId,
                 server.seed.value(QStringLiteral("rooms")).toObject().value(alias).toString());
        QCOMPARE(result->value().count(Outcome::AlreadyMember), int(members.size()));
        QCOMPARE(result->value().count(Outcome::ToJoin), 0);
    }

    void cliReportMatchesTheServer()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        SynapseHelper h(server);
        Fixture f;
        QVERIFY(setUp(server, h, f));
        QTemporaryDir dir;
        const QString usersFile = dir.filePath(QStringLiteral("users.txt"));
        const QString roomsFile = dir.filePath(QStringLiteral("rooms.txt"));
        const QString report = dir.filePath(QStringLiteral("report.csv"));
        for (const auto &[path, text] :
             { std::pair { usersFile, usersText(h) }, std::pair { roomsFile, roomsText(f) } }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_ACCESS_TOKEN"), server.adminToken);
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("STEWARD_CLI"),
                { QStringLiteral("--homeserver"), server.baseUrl.toString(), QStringLiteral("bulk-join"),
                  QStringLiteral("--users"), usersFile, QStringLiteral("--rooms"), roomsFile,
                  QStringLiteral("--make-admin-in-private-rooms"), QStringLiteral("--report"), report });
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1); // the bad users' and the unknown alias' pairs were skipped
        QVERIFY2(out.contains(QStringLiteral("Joined 8, already members 1, skipped 15, failed 0, not attempted 0")),
                 qPrintable(out + err));
        QVERIFY(!err.contains(server.adminToken));
        QVERIFY(!out.contains(server.adminToken));

        QFile csv(report);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<BulkJoinInputItem> rows = BulkJoinInput::splitCsv(QString::fromUtf8(csv.readAll()));
        QCOMPARE(rows.size(), 24);
        csv.seek(0);
        int checked = 0;
        QHash<QString, QSet<QString>> members;
        for (const QByteArray &raw : csv.readAll().split('\n').mid(1)) {
            const QStringList cols = QString::fromUtf8(raw).trimmed().split(u',');
            if (cols.size() < 4) {
                continue;
            }
            const QString user = cols.at(0).mid(cols.at(0).startsWith(u'\'') ? 1 : 0);
            const QString roomId = cols.at(2);
            const QString outcome = cols.at(3);
            QVERIFY(outcome == u"joined" || outcome == u"already_member" || outcome == u"skipped");
            if (roomId.isEmpty()) {
                QCOMPARE(outcome, QStringLiteral("skipped"));
                continue;
            }
            if (!members.contains(roomId)) {
                members.insert(roomId, h.members(roomId));
            }
            QCOMPARE(members.value(roomId).contains(user), outcome != u"skipped");
            ++checked;
        }
        QCOMPARE(checked, 18);
    }
};

QTEST_GUILESS_MAIN(TestBulkJoinSynapse)
#include "tst_bulkjoin_synapse.moc"
