// libFuzzer target: JsonArrayStream, the reader that takes a users page apart as it arrives, against any
// body in any chunking. Bytes 0-1 say where the first chunk ends, byte 2 the size of the chunks after it
// (0: the rest in one; its high bit sets a 64-byte element limit); the rest is the body.
// For every input the chunked run and a run over the whole body agree exactly (elements, error, rest()).
// When QJsonDocument accepts the body as an object whose "users" (written once, plainly, at the top level)
// is an array of objects, the stream must succeed with the same elements and rest().
#include "fuzzsupport.h"

#include "jsonarraystream.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

using namespace Steward;

namespace {

struct Run
{
    QList<QJsonObject> elements;
    qint64 counted = 0;
    bool finished = false;
    QString error;
    QJsonObject rest;

    bool operator==(const Run &) const = default;
};

Run run(const QList<QByteArrayView> &chunks, qsizetype maxElementBytes)
{
    Run r;
    JsonArrayStream stream(
        "users",
        [&r](const QJsonObject &element) {
            r.elements << element;
            return true;
        },
        maxElementBytes);
    bool fed = true;
    for (const QByteArrayView chunk : chunks) {
        // Its own copy, so that reading past a chunk is reading past an allocation (ASan).
        const QByteArray copy(chunk.data(), chunk.size());
        fed = stream.feed(copy) && fed;
    }
    r.finished = stream.finish();
    if (!fed && r.finished) {
        std::fprintf(stderr, "feed() failed but finish() succeeded\n");
        std::abort();
    }
    r.error = stream.errorString();
    r.rest = stream.rest();
    r.counted = stream.elements();
    return r;
}

/// The keys of the top-level object of valid JSON text, as written (escapes not decoded).
QList<QByteArray> topLevelKeys(const QByteArray &json)
{
    QList<QByteArray> keys;
    int depth = 0;
    bool inString = false;
    bool escape = false;
    bool keyNext = false;
    bool isKey = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (escape) {
                escape = false;
            } else if (c == '\\') {
                escape = true;
            } else if (c == '"') {
                inString = false;
                if (isKey) {
                    keys << json.mid(start, i - start);
                }
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            isKey = keyNext;
            keyNext = false;
            start = i + 1;
        } else if (c == '{' || c == '[') {
            ++depth;
            keyNext = depth == 1;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',') {
            keyNext = depth == 1;
        }
    }
    return keys;
}

[[noreturn]] void disagree(const char *what, const Run &r)
{
    std::fprintf(stderr, "JsonArrayStream disagrees with QJsonDocument: %s (error: %s)\n", what, qPrintable(r.error));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3) {
        return 0;
    }
    StewardFuzz::app();
    const QByteArray body(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));
    const qsizetype firstEnd = ((qsizetype(data[0]) << 8) | data[1]) % (body.size() + 1);
    const qsizetype chunkSize = data[2] & 0x7f;
    const bool smallLimit = data[2] & 0x80;
    const qsizetype maxElementBytes = smallLimit ? 64 : 1 << 20;

    QList<QByteArrayView> chunks { QByteArrayView(body).first(firstEnd) };
    for (qsizetype at = firstEnd; at < body.size();) {
        const qsizetype n = chunkSize == 0 ? body.size() - at : qMin(chunkSize, body.size() - at);
        chunks << QByteArrayView(body).sliced(at, n);
        at += n;
    }
    const Run chunked = run(chunks, maxElementBytes);
    const Run whole = run({ QByteArrayView(body) }, maxElementBytes);
    if (!(chunked == whole)) {
        std::fprintf(stderr, "chunked run (%s) and whole run (%s) disagree\n", qPrintable(chunked.error),
                     qPrintable(whole.error));
        std::abort();
    }
    if (chunked.counted != chunked.elements.size() || (chunked.finished && !chunked.error.isEmpty())
        || (!chunked.finished && chunked.error.isEmpty())) {
        disagree("inconsistent state", chunked);
    }
    if (smallLimit) {
        return 0;
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // (QJsonDocument limits nesting: an element alone is two levels shallower than in the body.)
        if (chunked.finished && parseError.error != QJsonParseError::DeepNesting) {
            disagree("the stream accepted what QJsonDocument refuses", chunked);
        }
        return 0;
    }
    const QJsonObject object = doc.object();
    const QJsonValue users = object.value(QLatin1String("users"));
    if (!users.isArray()) {
        return 0;
    }
    int plain = 0;
    int decoded = 0;
    for (const QByteArray &key : topLevelKeys(body)) {
        plain += key == "users";
        decoded += QJsonDocument::fromJson("[\"" + key + "\"]").array().at(0).toString() == QLatin1String("users");
    }
    if (plain != 1 || decoded != 1) {
        return 0;
    }
    QList<QJsonObject> expected;
    for (const QJsonValue &v : users.toArray()) {
        if (!v.isObject()) {
            return 0;
        }
        expected << v.toObject();
    }
    QJsonObject rest = object;
    rest.insert(QLatin1String("users"), QJsonArray());
    if (!chunked.finished) {
        disagree("the stream refused a valid page", chunked);
    }
    if (chunked.elements != expected) {
        disagree("other elements", chunked);
    }
    if (chunked.rest != rest) {
        disagree("another rest()", chunked);
    }
    return 0;
}
