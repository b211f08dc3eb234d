// mxc URI parsing: what the media commands accept, and the reason for what they do not.
#include "media/mediaapi.h"

#include <QTest>

using namespace Steward;

class TestMediaMxc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("mediaId");
        QTest::newRow("plain") << "mxc://example.org/AbC_12-x"
                               << "example.org"
                               << "AbC_12-x";
        QTest::newRow("port") << "mxc://127.0.0.1:8448/id"
                              << "127.0.0.1:8448"
                              << "id";
        QTest::newRow("spaces around") << "  mxc://example.org/id \n"
                                       << "example.org"
                                       << "id";
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, server);
        QFETCH(QString, mediaId);
        QString problem;
        const auto ref = MediaApi::parseMxc(text, &problem);
        QVERIFY2(ref, qPrintable(problem));
        QCOMPARE(ref->server, server);
        QCOMPARE(ref->mediaId, mediaId);
        QCOMPARE(ref->mxc(), QStringLiteral("mxc://%1/%2").arg(server, mediaId));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << ""
                               << "no mxc URI";
        QTest::newRow("http") << "https://example.org/media/id"
                              << "no mxc URI";
        QTest::newRow("one slash") << "mxc:/example.org/id"
                                   << "no mxc URI";
        QTest::newRow("no id") << "mxc://example.org/"
                               << "lacks";
        QTest::newRow("no server") << "mxc:///id"
                                   << "lacks";
        QTest::newRow("nothing") << "mxc://"
                                 << "lacks";
        QTest::newRow("path in id") << "mxc://example.org/a/b"
                                    << "media ID";
        QTest::newRow("query") << "mxc://example.org/id?x=1"
                               << "media ID";
        QTest::newRow("space in server") << "mxc://exa mple.org/id"
                                         << "media ID";
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString problem;
        QVERIFY(!MediaApi::parseMxc(text, &problem));
        QVERIFY2(problem.contains(reason), qPrintable(problem));
        QVERIFY2(problem.contains(text.trimmed()), qPrintable(problem)); // names the input
    }
};

QTEST_GUILESS_MAIN(TestMediaMxc)
#include "tst_mediamxc.moc"
