#include "jsonarraystream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Steward;

namespace {

/// What one run of the stream over a body gave.
struct Run
{
    QList<QJsonObject> elements;
    bool fedOk = true;
    bool finished = false;
    QString error;
    QJsonObject rest;
    qint64 counted = 0;
};

/// Each chunk in its own buffer, so a read past a chunk's end is a read past an allocation (ASan).
Run feedChunks(const QList<QByteArray> &chunks, qsizetype maxElementBytes = 1 << 20)
{
    Run run;
    JsonArrayStream stream(
        "users",
        [&run](const QJsonObject &element) {
            run.elements << element;
            return true;
        },
        maxElementBytes);
    for (const QByteArray &chunk : chunks) {
        const QByteArray copy(chunk.constData(), chunk.size());
        if (!stream.feed(copy)) {
            run.fedOk = false;
        }
    }
    run.finished = stream.finish();
    run.error = stream.errorString();
    run.rest = stream.rest();
    run.counted = stream.elements();
    return run;
}

QList<QByteArray> whole(const QByteArray &body)
{
    return { body };
}

QList<QByteArray> byteByByte(const QByteArray &body)
{
    QList<QByteArray> chunks;
    for (char c : body) {
        chunks << QByteArray(1, c);
    }
    return chunks;
}

QList<QByteArray> randomChunks(const QByteArray &body, quint32 seed, int maxChunk)
{
    QRandomGenerator random(seed);
    QList<QByteArray> chunks;
    for (qsizetype at = 0; at < body.size();) {
        const qsizetype n = qMin<qsizetype>(body.size() - at, random.bounded(0, maxChunk + 1));
        chunks << body.mid(at, n); // empty chunks too
        at += n;
    }
    return chunks;
}

/// Every way the tests cut a body: whole, byte by byte, and random chunks of a few sizes.
QList<QPair<QString, QList<QByteArray>>> chunkings(const QByteArray &body)
{
    QList<QPair<QString, QList<QByteArray>>> out;
    out.append({ QStringLiteral("whole"), whole(body) });
    out.append({ QStringLiteral("byte by byte"), byteByByte(body) });
    for (quint32 seed = 1; seed <= 20; ++seed) {
        out.append({ QStringLiteral("random %1").arg(seed), randomChunks(body, seed, seed <= 10 ? 7 : 300) });
    }
    return out;
}

/// JSON written with ' for " (so that the test data needs no escaped quotes).
QByteArray j(const char *json)
{
    return QByteArray(json).replace('\'', '"');
}

QByteArray manyUsers(int n)
{
    QByteArray body = "{\"next_token\":\"" + QByteArray::number(n) + "\",\"users\":[";
    for (int i = 0; i < n; ++i) {
        if (i > 0) {
            body += ',';
        }
        body += "{\"name\":\"@user" + QByteArray::number(i) + ":example.org\",\"displayname\":\"User \\\""
            + QByteArray::number(i)
            + "\\\" [x]\",\"admin\":false,\"creation_ts\":1700000000000,\"threepids\":[{\"medium\":\"email\"}]}";
    }
    body += "],\"total\":" + QByteArray::number(n) + "}";
    return body;
}

} // namespace

class TestJsonArrayStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreesWithQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("users page") << QByteArray(j(
            "{'users':[{'name':'@a:x','admin':false},{'name':'@b:x','displayname':null}],'total':2,'next_token':'2'}"));
        QTest::newRow("empty array") << j("{'users':[],'total':0}");
        QTest::newRow("empty array with spaces") << QByteArray("{\"users\":[ \n ],\"total\":0}");
        QTest::newRow("array last") << j("{'total':5,'next_token':'100','users':[{'a':1}]}");
        QTest::newRow("array between") << j("{'total':5,'users':[{'a':1},{'b':2}],'next_token':'x'}");
        QTest::newRow("only the array") << j("{'users':[{}]}");
        QTest::newRow("escaped quotes and brackets")
            << j("{'users':[{'displayname':'a \\'quoted\\' ]} name [{','x':'\\\\'},{'y':'\\\\\\'}{['}]}");
        QTest::newRow("escapes in the skeleton")
            << j("{'k\\'ey':'a\\\\','s':']}\\'users\\':[','users':[{'x':'\\\\\\\\'}],'t':'\\\\'}");
        QTest::newRow("nested inside elements")
            << j("{'users':[{'a':{'b':[1,{'c':[]}],'d':{}},'e':[[[]]],'f':[{'g':{'h':'}'}}]}]}");
        QTest::newRow("the key inside an element") << j("{'users':[{'users':[{'a':1}]},{'users':[]}]}");
        QTest::newRow("the key elsewhere, not top level")
            << j("{'meta':{'users':[1,2]},'list':['users'],'users':[{'a':'users'}],'s':'\\'users\\':'}");
        QTest::newRow("unicode") << QByteArray(
            "{\"users\":[{\"displayname\":\"J\xc3\xb6rg \xf0\x9f\x8e\x89 \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 "
            "\\u00e9\\ud83c\\udf89\"}],\"note\":\"\xc3\xbc\"}");
        QTest::newRow("whitespace everywhere")
            << QByteArray(" \n\t{ \"users\" : [ { \"a\" : 1 } , {\"b\":[ 1 , 2 ]}\r\n ] , \"total\" : 2 } \r\n");
        QTest::newRow("scalars around") << QByteArray(
            j("{'a':true,'b':false,'c':null,'d':-1.5e3,'users':[{'n':1E+2}],'e':12345678901234,'f':0}"));
        QTest::newRow("nested values around") << j("{'a':{'b':[{'c':']'}]},'users':[{}],'d':[[],{}],'e':[1 , 2]}");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"users\":[{\"a\":1}]}");
        QTest::newRow("many users") << manyUsers(300);
    }
    void agreesWithQJsonDocument()
    {
        QFETCH(QByteArray, body);
        QJsonParseError parseError;
        const QJsonObject expected = QJsonDocument::fromJson(body, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QList<QJsonObject> expectedElements;
        for (const QJsonValue &v : expected.value(QLatin1String("users")).toArray()) {
            expectedElements << v.toObject();
        }
        QJsonObject expectedRest = expected;
        expectedRest.insert(QLatin1String("users"), QJsonArray());

        for (const auto &[how, chunks] : chunkings(body)) {
            const Run run = feedChunks(chunks);
            QVERIFY2(run.fedOk && run.finished, qPrintable(how + QLatin1String(": ") + run.error));
            QVERIFY2(run.error.isEmpty(), qPrintable(how));
            QCOMPARE(run.elements, expectedElements);
            QCOMPARE(run.counted, expectedElements.size());
            QCOMPARE(run.rest, expectedRest);
        }
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("elementsBefore");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the answer is empty") << 0;
        QTest::newRow("only whitespace") << QByteArray(" \r\n") << QStringLiteral("the answer is empty") << 0;
        QTest::newRow("an array") << QByteArray("[{}]") << QStringLiteral("the answer is not a JSON object") << 0;
        QTest::newRow("html") << QByteArray("<html>Bad gateway</html>")
                              << QStringLiteral("the answer is not a JSON object") << 0;
        QTest::newRow("half a byte order mark")
            << QByteArray("\xef\xbb{\"users\":[]}") << QStringLiteral("the answer is not a JSON object") << 0;
        QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("the field \"users\" is missing") << 0;
        QTest::newRow("key missing") << j("{'total':1,'next_token':'users'}")
                                     << QStringLiteral("the field \"users\" is missing") << 0;
        QTest::newRow("escaped key is another key")
            << j("{'us\\u0065rs':[]}") << QStringLiteral("the field \"users\" is missing") << 0;
        QTest::newRow("key twice") << j("{'users':[{'a':1}],'total':1,'users':[]}")
                                   << QStringLiteral("the answer holds \"users\" twice") << 1;
        QTest::newRow("key twice, second not a list")
            << j("{'users':[],'users':1}") << QStringLiteral("the answer holds \"users\" twice") << 0;
        QTest::newRow("key maps to an object")
            << j("{'users':{'a':1}}") << QStringLiteral("\"users\" in the answer is not a list") << 0;
        QTest::newRow("key maps to null")
            << j("{'users':null}") << QStringLiteral("\"users\" in the answer is not a list") << 0;
        const QString notObjects =
            QStringLiteral("the list \"users\" in the answer holds something other than objects");
        QTest::newRow("list of numbers") << j("{'users':[1,2]}") << notObjects << 0;
        QTest::newRow("list of strings after an object") << j("{'users':[{},'@a:x']}") << notObjects << 1;
        QTest::newRow("list of lists") << j("{'users':[[]]}") << notObjects << 0;
        QTest::newRow("list with null") << j("{'users':[{},null]}") << notObjects << 1;
        QTest::newRow("garbage after the object")
            << QByteArray("{\"users\":[{}]}\n x")
            << QStringLiteral("the answer goes on after its JSON object (at byte 17)") << 1;
        QTest::newRow("second object") << j("{'users':[]}{}")
                                       << QStringLiteral("the answer goes on after its JSON object (at byte 13)") << 0;
        QTest::newRow("invalid element") << j("{'users':[{'a':1},{'b':tru}]}")
                                         << QStringLiteral(
                                                "entry 2 of \"users\" in the answer is not valid JSON (illegal value)")
                                         << 1;
        QTest::newRow("element with mismatched brackets")
            << j("{'users':[{'a':[}],'total':1}")
            << QStringLiteral("entry 1 of \"users\" in the answer is not valid JSON") << 0;
        QTest::newRow("invalid scalar in the skeleton")
            << j("{'users':[{}],'total':tru}") << QStringLiteral("the answer is not valid JSON (") << 1;
        QTest::newRow("mismatched brackets in the skeleton")
            << j("{'a':[}],'users':[]}") << QStringLiteral("the answer is not valid JSON (") << 0;
        QTest::newRow("invalid UTF-8 in the skeleton")
            << QByteArray("{\"users\":[],\"a\":\"\xff\"}") << QStringLiteral("the answer is not valid JSON (") << 0;
        QTest::newRow("missing comma between members")
            << j("{'users':[{}] 'total':1}")
            << QStringLiteral("the answer is not valid JSON (unexpected character at byte 15)") << 1;
        QTest::newRow("missing colon") << j(
            "{'users' [{}]}") << QStringLiteral("the answer is not valid JSON (unexpected character at byte 10)")
                                       << 0;
        QTest::newRow("trailing comma in the list")
            << j("{'users':[{},]}") << QStringLiteral("the answer is not valid JSON (unexpected character at byte 14)")
            << 1;
        QTest::newRow("no comma between elements")
            << j("{'users':[{}{}]}") << QStringLiteral("the answer is not valid JSON (unexpected character at byte 13)")
            << 1;
        QTest::newRow("leading comma in the list")
            << j("{'users':[,{}]}") << QStringLiteral("the answer is not valid JSON (unexpected character at byte 11)")
            << 0;
        QTest::newRow("trailing comma in the object")
            << j("{'users':[{}],}") << QStringLiteral("the answer is not valid JSON (unexpected character at byte 15)")
            << 1;
        QTest::newRow("ends inside an element")
            << j("{'users':[{'a':1},{'b':'x") << QStringLiteral("the answer ended early (after 25 bytes)") << 1;
        QTest::newRow("ends after the list")
            << j("{'users':[{'a':1}],'total':1") << QStringLiteral("the answer ended early (after 28 bytes)") << 1;
        QTest::newRow("ends inside an escape")
            << j("{'next_token':'\\") << QStringLiteral("the answer ended early (after 16 bytes)") << 0;
        QTest::newRow("ends after the byte order mark")
            << QByteArray("\xef\xbb\xbf") << QStringLiteral("the answer is empty") << 0;
    }
    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(int, elementsBefore);
        for (const auto &[how, chunks] : chunkings(body)) {
            const Run run = feedChunks(chunks);
            QVERIFY2(!run.finished, qPrintable(how));
            QVERIFY2(run.error.startsWith(error), qPrintable(how + QLatin1String(": ") + run.error));
            QCOMPARE(run.elements.size(), elementsBefore);
            QCOMPARE(run.counted, elementsBefore);
            QCOMPARE(run.rest, QJsonObject());
        }
    }

    void errorsStick()
    {
        int calls = 0;
        JsonArrayStream stream("users", [&calls](const QJsonObject &) { return ++calls > 0; });
        QVERIFY(!stream.feed(j("{'users':[1]}")));
        const QString error = stream.errorString();
        QVERIFY(stream.hasError());
        QVERIFY(!stream.feed(j("{'users':[{}]}")));
        QVERIFY(!stream.feed(" "));
        QVERIFY(!stream.finish());
        QCOMPARE(stream.errorString(), error);
        QCOMPARE(calls, 0);
    }

    void handlerStopsWithFail()
    {
        QList<QJsonObject> got;
        JsonArrayStream *self = nullptr;
        JsonArrayStream stream("users", [&got, &self](const QJsonObject &element) {
            got << element;
            if (element.value(QLatin1String("name")).toString() == QLatin1String("@b:x")) {
                self->fail(QStringLiteral("@b:x is not wanted"));
                return false;
            }
            return true;
        });
        self = &stream;
        const QByteArray body = j("{'users':[{'name':'@a:x'},{'name':'@b:x'},{'name':'@c:x'}],'total':3}");
        QVERIFY(stream.feed(body.first(20)));
        QVERIFY(!stream.feed(body.sliced(20)));
        QCOMPARE(stream.errorString(), QStringLiteral("@b:x is not wanted"));
        QCOMPARE(got.size(), 2);
        QCOMPARE(stream.elements(), 2);
        QVERIFY(!stream.finish());
        QCOMPARE(stream.errorString(), QStringLiteral("@b:x is not wanted"));
        QCOMPARE(stream.rest(), QJsonObject());
    }

    void handlerStopsWithoutReason()
    {
        int calls = 0;
        JsonArrayStream stream("users", [&calls](const QJsonObject &) { return ++calls < 2; });
        for (char c : j("{'users':[{},{},{}]}")) {
            stream.feed(QByteArrayView(&c, 1));
        }
        QCOMPARE(calls, 2);
        QVERIFY(stream.hasError());
        QVERIFY(!stream.errorString().isEmpty());
        QVERIFY(!stream.finish());
    }

    void resetStartsANewBody()
    {
        QList<QJsonObject> got;
        JsonArrayStream stream("users", [&got](const QJsonObject &element) {
            got << element;
            return true;
        });
        // Half of a first body (cut inside an element's string), then the request is sent again.
        QVERIFY(stream.feed(j("{'total':9,'users':[{'name':'@old:x'},{'name':'@ol")));
        QCOMPARE(stream.elements(), 1);
        stream.reset();
        got.clear();
        QCOMPARE(stream.elements(), 0);
        QVERIFY(stream.feed(j("{'users':[{'name':'@new:x'}],")));
        QVERIFY(stream.feed(j("'total':1}")));
        QVERIFY(stream.finish());
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().value(QLatin1String("name")).toString(), QStringLiteral("@new:x"));
        QCOMPARE(stream.elements(), 1);
        QCOMPARE(stream.rest(),
                 QJsonObject({ { QLatin1String("users"), QJsonArray() }, { QLatin1String("total"), 1 } }));

        // reset() clears an error too.
        QVERIFY(!stream.feed("nonsense"));
        stream.reset();
        QVERIFY(!stream.hasError());
        QVERIFY(stream.feed(j("{'users':[]}")));
        QVERIFY(stream.finish());
        QCOMPARE(stream.elements(), 0);
    }

    void maxElementBytes()
    {
        // {"name":"xxxx"}: 11 bytes around the name.
        const QByteArray exact = j("{'name':'") + QByteArray(89, 'x') + j("'}");
        QCOMPARE(exact.size(), 100);
        const QByteArray fits = j("{'users':[{'a':1},") + exact + "]}";
        const QByteArray tooLarge = j("{'users':[{'a':1},") + exact.first(10) + 'y' + exact.sliced(10) + "]}";
        for (const auto &[how, chunks] : chunkings(fits)) {
            const Run run = feedChunks(chunks, 100);
            QVERIFY2(run.finished, qPrintable(how + QLatin1String(": ") + run.error));
            QCOMPARE(run.elements.size(), 2);
        }
        for (const auto &[how, chunks] : chunkings(tooLarge)) {
            const Run run = feedChunks(chunks, 100);
            QVERIFY2(!run.finished, qPrintable(how));
            QCOMPARE(run.error, QStringLiteral("entry 2 of \"users\" in the answer is larger than 100 bytes"));
            QCOMPARE(run.elements.size(), 1);
        }
    }

    void hugeElementFailsBeforeItEnds()
    {
        // A hostile server sends one endless element: the stream gives up once it passes the limit.
        JsonArrayStream stream(
            "users", [](const QJsonObject &) { return true; }, 4096);
        QVERIFY(stream.feed(j("{'users':[{'name':'")));
        const QByteArray chunk(1000, 'x');
        int accepted = 0;
        while (accepted < 100 && stream.feed(chunk)) {
            ++accepted;
        }
        QCOMPARE(accepted, 4);
        QCOMPARE(stream.errorString(), QStringLiteral("entry 1 of \"users\" in the answer is larger than 4096 bytes"));
    }

    void skeletonIsBounded()
    {
        JsonArrayStream stream("users", [](const QJsonObject &) { return true; });
        QVERIFY(stream.feed(j("{'users':[],'junk':'")));
        const QByteArray chunk(64 * 1024, 'x');
        int accepted = 0;
        while (accepted < 100 && stream.feed(chunk)) {
            ++accepted;
        }
        QCOMPARE(accepted, 15); // 16 chunks of 64 KiB pass 1 MiB
        QCOMPARE(stream.errorString(), QStringLiteral("the answer holds more than 1048576 bytes besides \"users\""));
        // The limit reached just as an (empty) key opens.
        JsonArrayStream full("users", [](const QJsonObject &) { return true; });
        const QByteArray upToKey = j("{'a':'") + QByteArray(JsonArrayStream::maxSkeletonBytes - 9, 'x') + j("','");
        QCOMPARE(upToKey.size(), JsonArrayStream::maxSkeletonBytes);
        QVERIFY(full.feed(upToKey));
        QVERIFY(!full.feed(j("':1,'users':[]}")));
        QCOMPARE(full.errorString(), QStringLiteral("the answer holds more than 1048576 bytes besides \"users\""));
        // Whitespace between members is not kept: it costs no memory, however long.
        JsonArrayStream spaced("users", [](const QJsonObject &) { return true; });
        QVERIFY(spaced.feed(j("{'users':[{}] ")));
        const QByteArray spaces(64 * 1024, ' ');
        for (int i = 0; i < 40; ++i) {
            QVERIFY(spaced.feed(spaces));
        }
        QVERIFY(spaced.feed(j(",'total':1}")));
        QVERIFY(spaced.finish());
        QCOMPARE(spaced.rest().value(QLatin1String("total")).toInt(), 1);
    }

    void otherKey()
    {
        QStringList rooms;
        JsonArrayStream stream("rooms", [&rooms](const QJsonObject &room) {
            rooms << room.value(QLatin1String("room_id")).toString();
            return true;
        });
        QVERIFY(stream.feed(j("{'users':[1],'rooms':[{'room_id':'!a:x'},{'room_id':'!b:x'}],'next_batch':2}")));
        QVERIFY(stream.finish());
        QCOMPARE(rooms, QStringList({ QStringLiteral("!a:x"), QStringLiteral("!b:x") }));
        QCOMPARE(stream.rest().value(QLatin1String("users")).toArray(), QJsonArray({ 1 }));
    }
};

QTEST_GUILESS_MAIN(TestJsonArrayStream)
#include "tst_jsonarraystream.moc"
