// Parsing and the checks that need no server: separators, localparts, remote users, duplicates.
#include "bulkjoin/bulkjoininput.h"

#include <QTest>

using namespace Steward;

class TestBulkJoinInput : public QObject
{
    Q_OBJECT

    static QStringList texts(const QList<BulkJoinInputItem> &items)
    {
        QStringList out;
        for (const auto &i : items) {
            out << i.text;
        }
        return out;
    }

private Q_SLOTS:
    void splitList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("lines") << QStringLiteral("@a:x\n@b:x\r\n\n@c:x") << QStringList { "@a:x", "@b:x", "@c:x" };
        QTest::newRow("commas and spaces")
            << QStringLiteral("a, b,c  d;e\tf") << QStringList { "a", "b", "c", "d", "e", "f" };
        QTest::newRow("quotes and guard")
            << QStringLiteral("\"@a:x\" '@b:x' '@c:x") << QStringList { "@a:x", "@b:x", "@c:x" };
        QTest::newRow("alias with unicode") << QStringLiteral("#seed-ünïcode-room:steward.test")
                                            << QStringList { QStringLiteral("#seed-ünïcode-room:steward.test") };
        QTest::newRow("empty") << QStringLiteral(" \n , ") << QStringList {};
    }
    void splitList()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(texts(BulkJoinInput::splitList(text)), expected);
    }

    void splitCsvTakesFirstColumnAndSkipsHeader()
    {
        const QString csv = QStringLiteral("user_id,displayname\n'@a:x,\"Alice, A.\"\n\"@b:x\",Bob\n@c:x\n");
        const auto items = BulkJoinInput::splitCsv(csv);
        QCOMPARE(texts(items), (QStringList { "@a:x", "@b:x", "@c:x" }));
        QCOMPARE(items.at(0).line, 2);
    }

    void normalizeUser_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full") << "@alice:example.org"
                              << "@alice:example.org";
        QTest::newRow("bare localpart") << "alice"
                                        << "@alice:example.org";
        QTest::newRow("port") << "@bob:localhost:8448"
                              << "@bob:localhost:8448";
        QTest::newRow("no server") << "@alice"
                                   << "";
        QTest::newRow("missing @") << "alice:example.org"
                                   << "";
        QTest::newRow("room") << "#room:example.org"
                              << "";
        QTest::newRow("space in localpart") << "@al ice:example.org"
                                            << "";
        QTest::newRow("non-ascii") << QStringLiteral("@ålice:example.org") << "";
        QTest::newRow("bad server") << "@alice:exa mple"
                                    << "";
    }
    void normalizeUser()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString problem;
        QCOMPARE(BulkJoinInput::normalizeUser(input, QStringLiteral("example.org"), &problem), expected);
        QCOMPARE(problem.isEmpty(), !expected.isEmpty());
    }

    void normalizeRoom_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("alias") << "#a:b" << true;
        QTest::newRow("v12 id") << "!abcdef" << true;
        QTest::newRow("old id") << "!abc:b" << true;
        QTest::newRow("alias without server") << "#a" << false;
        QTest::newRow("alias without name") << "#:b" << false;
        QTest::newRow("bare name") << "general" << false;
        QTest::newRow("user") << "@a:b" << false;
    }
    void normalizeRoom()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QString problem;
        QCOMPARE(!BulkJoinInput::normalizeRoom(input, &problem).isEmpty(), valid);
        QCOMPARE(problem.isEmpty(), valid);
    }

    void checkListsEveryProblem()
    {
        const auto users = BulkJoinInput::splitList(
            QStringLiteral("alice\n@bob:example.org\n@carol:other.org\n@alice:example.org\n@@bad\n#room:example.org"));
        const auto rooms =
            BulkJoinInput::splitList(QStringLiteral("#r:example.org\n!x:example.org\n#r:example.org\nnope"));
        const auto c = BulkJoinInput::check(users, rooms, QStringLiteral("example.org"));
        QCOMPARE(c.users, (QStringList { "@alice:example.org", "@bob:example.org" }));
        QCOMPARE(c.rooms, (QStringList { "#r:example.org", "!x:example.org" }));
        QList<BulkJoinProblem::Kind> kinds;
        for (const auto &p : c.problems) {
            kinds << p.kind;
            QVERIFY(!p.reason.isEmpty());
            QVERIFY(p.line > 0);
        }
        using K = BulkJoinProblem::Kind;
        QCOMPARE(kinds,
                 (QList<K> { K::RemoteUser, K::DuplicateUser, K::MalformedUser, K::MalformedUser, K::DuplicateRoom,
                             K::MalformedRoom }));
        QVERIFY(c.problems.at(0).reason.contains(QStringLiteral("other.org")));
        QVERIFY(c.problems.at(1).reason.contains(QStringLiteral("line 1")));
    }

    void planRebuildSkipsRoomsNeedingAdmin()
    {
        BulkJoinPlan plan;
        plan.adminUserId = QStringLiteral("@admin:x");
        plan.users = QStringList { QStringLiteral("@a:x"), QStringLiteral("@b:x") };
        plan.rooms = {
            BulkJoinRoom { QStringLiteral("#pub:x"), QStringLiteral("!p"), {}, QStringLiteral("public"), false },
            BulkJoinRoom { QStringLiteral("!q"), QStringLiteral("!q"), {}, QStringLiteral("invite"), false }
        };
        plan.members.insert(QStringLiteral("!p"), { QStringLiteral("@a:x") });
        plan.blockedUsers = { { QStringLiteral("@gone:x"), QStringLiteral("deactivated") } };
        plan.blockedRooms = { { QStringLiteral("#nope:x"), QStringLiteral("no room has this alias") } };
        plan.rebuild();
        QCOMPARE(plan.pairs.size(), 9);
        QCOMPARE(plan.count(BulkJoinPair::Outcome::AlreadyMember), 1);
        QCOMPARE(plan.count(BulkJoinPair::Outcome::ToJoin), 1);
        QCOMPARE(plan.count(BulkJoinPair::Outcome::Skipped), 7);
        QCOMPARE(plan.roomsNeedingAdmin(), 1);
        plan.setMakeAdminEverywhere(true);
        QCOMPARE(plan.count(BulkJoinPair::Outcome::ToJoin), 3);
        QCOMPARE(plan.pairs.first().room, QStringLiteral("#pub:x"));
        QCOMPARE(plan.pairs.at(1).room, QStringLiteral("!q")); // user-major: rooms interleave
    }
};

QTEST_GUILESS_MAIN(TestBulkJoinInput)
#include "tst_bulkjoin_input.moc"
