#include "jsonarraystream.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Steward {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/// The characters of a number, true, false or null (QJsonDocument checks the token itself later).
bool isScalarChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '+'
        || c == '.';
}

/// A character that starts a JSON value other than an object.
bool startsOtherValue(char c)
{
    return c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
}
} // namespace

JsonArrayStream::JsonArrayStream(QByteArray key, ElementHandler handler, qsizetype maxElementBytes)
    : m_key(std::move(key))
    , m_handler(std::move(handler))
    , m_maxElementBytes(maxElementBytes)
{ }

void JsonArrayStream::reset()
{
    m_state = State::BeforeObject;
    m_skeleton.clear();
    m_element.clear();
    m_elementBytes = 0;
    m_rest = QJsonObject();
    m_error.clear();
    m_elements = 0;
    m_offset = 0;
    m_bomBytes = 0;
    m_keyStart = 0;
    m_depth = 0;
    m_inString = false;
    m_escape = false;
    m_keyMatched = false;
    m_seenKey = false;
}

void JsonArrayStream::fail(const QString &reason)
{
    if (!hasError()) {
        m_error = reason.isEmpty() ? tr("reading was stopped") : reason;
    }
}

bool JsonArrayStream::feed(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    while (p < end && !hasError()) {
        if (m_state == State::InElement) {
            p = scanElement(p, end);
            continue;
        }
        const char c = *p;
        if ((m_state == State::ArrayExpectFirst || m_state == State::ArrayExpectElement) && c == '{') {
            // scanElement() reads the element from its '{' on, so that its bytes are one span.
            m_state = State::InElement;
            m_element.resize(0);
            m_elementBytes = 0;
            m_depth = 0;
            m_inString = false;
            m_escape = false;
            continue;
        }
        step(c);
        ++p;
        ++m_offset;
    }
    return !hasError();
}

bool JsonArrayStream::finish()
{
    if (hasError()) {
        return false;
    }
    if (m_state == State::Closed) {
        return true;
    }
    if (m_state == State::BeforeObject) {
        m_error = tr("the answer is empty");
    } else {
        m_error = tr("the answer ended early (after %1 bytes)").arg(m_offset);
    }
    return false;
}

void JsonArrayStream::step(char c)
{
    switch (m_state) {
    case State::BeforeObject:
        // A UTF-8 byte order mark may open the body (QJsonDocument accepts one too).
        if (m_offset < 3 && m_bomBytes == m_offset && c == "\xef\xbb\xbf"[m_offset]) {
            ++m_bomBytes;
        } else if (c == '{' && (m_bomBytes == 0 || m_bomBytes == 3)) {
            skeletonByte(c);
            m_state = State::ExpectFirstKey;
        } else if (!isSpace(c)) {
            m_error = tr("the answer is not a JSON object");
        }
        return;
    case State::ExpectFirstKey:
    case State::ExpectKey:
        if (c == '"') {
            skeletonByte(c);
            m_keyStart = m_skeleton.size();
            m_escape = false;
            m_state = State::InKey;
        } else if (c == '}' && m_state == State::ExpectFirstKey) {
            closeObject();
        } else if (!isSpace(c)) {
            invalid();
        }
        return;
    case State::InKey:
        if (m_escape) {
            m_escape = false;
        } else if (c == '\\') {
            m_escape = true;
        } else if (c == '"') {
            m_keyMatched = QByteArrayView(m_skeleton).sliced(m_keyStart) == m_key;
            if (m_keyMatched && m_seenKey) {
                m_error = tr("the answer holds \"%1\" twice").arg(keyName());
            }
            m_state = State::ExpectColon;
        }
        skeletonByte(c);
        return;
    case State::ExpectColon:
        if (c == ':') {
            skeletonByte(c);
            m_state = m_keyMatched ? State::ExpectArray : State::ExpectValue;
        } else if (!isSpace(c)) {
            invalid();
        }
        return;
    case State::ExpectArray:
        if (c == '[') {
            // The array stands in the skeleton as [] (rest() maps the key to an empty array).
            skeletonByte('[');
            skeletonByte(']');
            m_seenKey = true;
            m_state = State::ArrayExpectFirst;
        } else if (!isSpace(c)) {
            m_error = tr("\"%1\" in the answer is not a list").arg(keyName());
        }
        return;
    case State::ExpectValue:
        if (isSpace(c)) {
            return;
        }
        skeletonByte(c);
        m_inString = false;
        m_escape = false;
        if (c == '"') {
            m_state = State::InString;
        } else if (c == '{' || c == '[') {
            m_depth = 1;
            m_state = State::InNested;
        } else if (isScalarChar(c)) {
            m_state = State::InScalar;
        } else {
            invalid();
        }
        return;
    case State::InString:
        skeletonByte(c);
        if (m_escape) {
            m_escape = false;
        } else if (c == '\\') {
            m_escape = true;
        } else if (c == '"') {
            m_state = State::ExpectCommaOrEnd;
        }
        return;
    case State::InNested:
        // Kept byte for byte (whitespace too: dropping it could join two tokens); QJsonDocument checks it.
        skeletonByte(c);
        if (closesNested(c)) {
            m_state = State::ExpectCommaOrEnd;
        }
        return;
    case State::InScalar:
        if (isScalarChar(c)) {
            skeletonByte(c);
            return;
        }
        m_state = State::ExpectCommaOrEnd;
        step(c);
        return;
    case State::ExpectCommaOrEnd:
        if (c == ',') {
            skeletonByte(c);
            m_state = State::ExpectKey;
        } else if (c == '}') {
            closeObject();
        } else if (!isSpace(c)) {
            invalid();
        }
        return;
    case State::ArrayExpectFirst:
    case State::ArrayExpectElement:
        if (c == ']' && m_state == State::ArrayExpectFirst) {
            m_state = State::ExpectCommaOrEnd;
        } else if (startsOtherValue(c)) {
            m_error = tr("the list \"%1\" in the answer holds something other than objects").arg(keyName());
        } else if (!isSpace(c)) {
            invalid();
        }
        return;
    case State::ArrayExpectCommaOrEnd:
        if (c == ',') {
            m_state = State::ArrayExpectElement;
        } else if (c == ']') {
            m_state = State::ExpectCommaOrEnd;
        } else if (!isSpace(c)) {
            invalid();
        }
        return;
    case State::Closed:
        if (!isSpace(c)) {
            m_error = tr("the answer goes on after its JSON object (at byte %1)").arg(m_offset + 1);
        }
        return;
    case State::InElement:
        Q_UNREACHABLE(); // feed() hands elements to scanElement()
    }
}

bool JsonArrayStream::closesNested(char c)
{
    if (m_inString) {
        if (m_escape) {
            m_escape = false;
        } else if (c == '\\') {
            m_escape = true;
        } else if (c == '"') {
            m_inString = false;
        }
        return false;
    }
    if (c == '"') {
        m_inString = true;
    } else if (c == '{' || c == '[') {
        ++m_depth;
    } else if (c == '}' || c == ']') {
        return --m_depth == 0;
    }
    return false;
}

const char *JsonArrayStream::scanElement(const char *p, const char *end)
{
    const char *const start = p;
    bool complete = false;
    for (; p < end; ++p) {
        if (closesNested(*p)) {
            ++p;
            complete = true;
            break;
        }
    }
    const qsizetype n = p - start;
    m_offset += n;
    if (n > m_maxElementBytes - m_elementBytes) {
        m_error = tr("entry %1 of \"%2\" in the answer is larger than %3 bytes")
                      .arg(m_elements + 1)
                      .arg(keyName())
                      .arg(m_maxElementBytes);
        return end;
    }
    m_elementBytes += n;
    if (!complete) {
        m_element.append(start, n);
        return p;
    }
    if (m_element.isEmpty()) {
        // The whole element is in this chunk: parse it where it is.
        elementDone(QByteArray::fromRawData(start, n));
    } else {
        m_element.append(start, n);
        elementDone(m_element);
        m_element.resize(0);
    }
    return p;
}

void JsonArrayStream::elementDone(const QByteArray &bytes)
{
    if (m_fastReader) {
        if (const std::optional<bool> goOn = m_fastReader(QByteArrayView(bytes))) {
            ++m_elements;
            m_state = State::ArrayExpectCommaOrEnd;
            if (!*goOn) {
                fail(QString());
            }
            return;
        }
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        m_error = tr("entry %1 of \"%2\" in the answer is not valid JSON (%3)")
                      .arg(m_elements + 1)
                      .arg(keyName(), parseError.errorString());
        return;
    }
    ++m_elements;
    m_state = State::ArrayExpectCommaOrEnd;
    if (m_handler && !m_handler(doc.object())) {
        fail(QString());
    }
}

void JsonArrayStream::skeletonByte(char c)
{
    if (m_skeleton.size() >= maxSkeletonBytes) {
        m_error = tr("the answer holds more than %1 bytes besides \"%2\"").arg(maxSkeletonBytes).arg(keyName());
        return;
    }
    m_skeleton.append(c);
}

void JsonArrayStream::closeObject()
{
    skeletonByte('}');
    m_state = State::Closed;
    if (hasError()) {
        return;
    }
    if (!m_seenKey) {
        m_error = tr("the field \"%1\" is missing").arg(keyName());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_skeleton, &parseError);
    m_skeleton.clear();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        m_error = tr("the answer is not valid JSON (%1)").arg(parseError.errorString());
        return;
    }
    m_rest = doc.object();
}

void JsonArrayStream::invalid()
{
    m_error = tr("the answer is not valid JSON (unexpected character at byte %1)").arg(m_offset + 1);
}

} // namespace Steward
