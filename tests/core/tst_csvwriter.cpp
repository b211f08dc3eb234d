#include "csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace Steward;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("alice") << QStringLiteral("alice");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("He said \"hi\"") << QStringLiteral("\"He said \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
        QTest::newRow("crlf") << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
        QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"x\")")
                                   << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("formula +") << QStringLiteral("+1 555") << QStringLiteral("'+1 555");
        QTest::newRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("formula tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("formula cr") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
        QTest::newRow("plain user id stays")
            << QStringLiteral("@alice:example.org") << QStringLiteral("@alice:example.org");
        QTest::newRow("user id with port")
            << QStringLiteral("@bob.b=1/x+y:hs.example:8448") << QStringLiteral("@bob.b=1/x+y:hs.example:8448");
        QTest::newRow("formula posing as user id") << QStringLiteral("@SUM(1+1):x") << QStringLiteral("'@SUM(1+1):x");
        QTest::newRow("upper-case legacy id is guarded") << QStringLiteral("@Legacy:x") << QStringLiteral("'@Legacy:x");
        QTest::newRow("emoji") << QStringLiteral("Party 🎉") << QStringLiteral("Party 🎉");
        QTest::newRow("rtl") << QStringLiteral("مرحبا") << QStringLiteral("مرحبا");
        QTest::newRow("inner equals ok") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }
    void escapes()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escapeField(field), expected);
    }

    void writesRowsWithCrlfUtf8AndTrustedColumns()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter w(&buffer);
        w.setTrustedColumns({ 1 });
        w.writeRow({ QStringLiteral("name"), QStringLiteral("count") });
        w.writeRow({ QStringLiteral("Jörg, \"J\""), QStringLiteral("-5") });
        QVERIFY(!w.hasError());
        QCOMPARE(buffer.data(), QStringLiteral("name,count\r\n\"Jörg, \"\"J\"\"\",-5\r\n").toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
