#include "matrixid.h"

#include <QTest>

using namespace Steward;

class TestMatrixId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parts_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("localpart");
        QTest::addColumn<QString>("serverName");
        QTest::newRow("user") << "@alice:example.org"
                              << "alice"
                              << "example.org";
        QTest::newRow("port") << "@a:example.org:8448"
                              << "a"
                              << "example.org:8448";
        QTest::newRow("bare localpart") << "  bob  "
                                        << "bob"
                                        << "";
        QTest::newRow("no server") << "@carol"
                                   << "carol"
                                   << "";
        QTest::newRow("room") << "!abc:example.org"
                              << "!abc:example.org"
                              << "example.org";
    }
    void parts()
    {
        QFETCH(QString, id);
        QFETCH(QString, localpart);
        QFETCH(QString, serverName);
        QCOMPARE(MatrixId::localpart(id), localpart);
        QCOMPARE(MatrixId::serverName(id), serverName);
    }

    void userIdJoins()
    {
        QCOMPARE(MatrixId::userId(QStringLiteral("alice"), QStringLiteral("example.org")),
                 QStringLiteral("@alice:example.org"));
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("user");
        QTest::addColumn<bool>("room");
        QTest::addColumn<bool>("alias");
        QTest::newRow("user") << "@a:b" << true << false << false;
        QTest::newRow("room") << "!a:b" << false << true << false;
        QTest::newRow("room v12, no server")
            << "!31hneApxJ_1o-63DmFrpeqnkFfWppnzWso1JvH3ogLM" << false << true << false;
        QTest::newRow("room, empty server") << "!a:" << false << false << false;
        QTest::newRow("room with space") << "!a b" << false << false << false;
        QTest::newRow("room sigil only") << "!" << false << false << false;
        QTest::newRow("alias") << "#a:b" << false << false << true;
        QTest::newRow("empty localpart") << "@:b" << false << false << false;
        QTest::newRow("empty server") << "@a:" << false << false << false;
        QTest::newRow("no colon") << "@a" << false << false << false;
        QTest::newRow("bare") << "alice" << false << false << false;
    }
    void kinds()
    {
        QFETCH(QString, text);
        QFETCH(bool, user);
        QFETCH(bool, room);
        QFETCH(bool, alias);
        QCOMPARE(MatrixId::isUserId(text), user);
        QCOMPARE(MatrixId::isRoomId(text), room);
        QCOMPARE(MatrixId::isRoomAlias(text), alias);
    }

    void serverNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("host") << "example.org" << true;
        QTest::newRow("host and port") << "example.org:8448" << true;
        QTest::newRow("ipv4") << "10.0.0.1" << true;
        QTest::newRow("ipv6") << "[::1]:8448" << true;
        QTest::newRow("space") << "exa mple.org" << false;
        QTest::newRow("long port") << "example.org:123456" << false;
        QTest::newRow("empty") << "" << false;
    }
    void serverNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(MatrixId::isServerName(text), valid);
    }

    void newUserLocalparts_data()
    {
        QTest::addColumn<QString>("localpart");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("plain") << "alice" << true;
        QTest::newRow("symbols") << "a.b_c=d-e/f+g" << true;
        QTest::newRow("upper case") << "Alice" << false;
        QTest::newRow("space") << "al ice" << false;
        QTest::newRow("empty") << "" << false;
    }
    void newUserLocalparts()
    {
        QFETCH(QString, localpart);
        QFETCH(bool, allowed);
        QCOMPARE(MatrixId::isNewUserLocalpart(localpart), allowed);
    }
};

QTEST_GUILESS_MAIN(TestMatrixId)
#include "tst_matrixid.moc"
