#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace Steward {

/// Reads a JSON object such as {"users":[{...},{...}],"total":5,"next_token":"100"} as its bytes arrive:
/// every element of the array under `key` (a top-level member) is handed to the handler as soon as it is
/// complete, so the whole body is never held; the rest of the object is kept (small) for rest().
///
/// A byte scanner keeps its place across feed() calls, so any chunking gives the same result and each
/// byte is looked at once. It buffers only the element being read (at most maxElementBytes) and the
/// "skeleton" of the object outside the array (at most maxSkeletonBytes); each complete element is
/// parsed with QJsonDocument on its own bytes, the skeleton once the object closes. Elements are handed
/// over before the end of the body is known: when feed() or finish() later fails, the caller drops what
/// it received from this body.
///
/// errorString() is a lower-case clause that fits ApiError::invalidResponse ("the answer ended early").
/// The key is matched byte for byte against the raw key in the body ("us\u0065rs" is another key).
class JsonArrayStream
{
    Q_DECLARE_TR_FUNCTIONS(Steward::JsonArrayStream)
public:
    /// Gets each element (must be a JSON object) in order; returns false to stop reading (call fail() first
    /// to say why). It must not call reset() or feed().
    using ElementHandler = std::function<bool(const QJsonObject &element)>;
    /// The bound on the object outside the array (the members other than `key`).
    static constexpr qsizetype maxSkeletonBytes = 1 << 20;

    explicit JsonArrayStream(QByteArray key, ElementHandler handler, qsizetype maxElementBytes = 1 << 20);
    /// Forget everything read (a new body starts, e.g. the request was sent again).
    void reset();
    /// The next bytes of the body, in any chunking (a chunk may end in the middle of a string, an escape,
    /// a UTF-8 sequence, a number or a key). False once anything is wrong; later calls keep returning false.
    bool feed(QByteArrayView bytes);
    /// The body ended: true only when exactly one complete top-level object holding the array `key` was read
    /// (only whitespace after it). Otherwise false with errorString() saying what is wrong (e.g. the answer
    /// ended early).
    bool finish();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    /// Stop with this reason (for the handler). The first reason given stays.
    void fail(const QString &reason);
    /// Optional: tried on each element's bytes before QJsonDocument. It returns nullopt when it cannot
    /// read the element (QJsonDocument and the handler then do), else whether to go on (false: stop,
    /// with fail() called first to say why). For a reader of the common shape of an element that is
    /// faster than building a QJsonObject; it must agree with the handler wherever it answers.
    using FastReader = std::function<std::optional<bool>(QByteArrayView element)>;
    void setFastReader(FastReader reader) { m_fastReader = std::move(reader); }
    /// Elements handed to the handler since reset().
    qint64 elements() const { return m_elements; }
    /// After finish(): the top-level object with `key` mapped to an empty array (so total/next_token can be
    /// read). Empty while the object is not complete or after an error.
    QJsonObject rest() const { return hasError() ? QJsonObject() : m_rest; }

private:
    enum class State : quint8 {
        BeforeObject, ///< whitespace, then '{'
        ExpectFirstKey, ///< after '{': a key or '}'
        ExpectKey, ///< after ',': a key
        InKey,
        ExpectColon,
        ExpectValue,
        ExpectArray, ///< after `key`:, a '['
        InString, ///< a string value of the top-level object
        InNested, ///< an object or array value of the top-level object (not `key`)
        InScalar, ///< a number, true, false or null of the top-level object
        ExpectCommaOrEnd, ///< after a member: ',' or '}'
        ArrayExpectFirst, ///< after '[': an element or ']'
        ArrayExpectElement, ///< after ',' in the array: an element
        InElement,
        ArrayExpectCommaOrEnd,
        Closed, ///< the object is complete: only whitespace may follow
    };

    void step(char c);
    /// One byte of a nested value or an element: tracks strings, escapes and brackets; true when
    /// the byte closes the outermost bracket.
    inline bool closesNested(char c);
    const char *scanElement(const char *p, const char *end);
    void elementDone(const QByteArray &bytes);
    void skeletonByte(char c);
    void closeObject();
    void invalid();
    QString keyName() const { return QString::fromUtf8(m_key); }

    QByteArray m_key;
    ElementHandler m_handler;
    FastReader m_fastReader;
    qsizetype m_maxElementBytes;

    State m_state = State::BeforeObject;
    QByteArray m_skeleton;
    QByteArray m_element; ///< the bytes of the element being read that arrived in earlier chunks
    qsizetype m_elementBytes = 0; ///< its size so far, this chunk included
    QJsonObject m_rest;
    QString m_error;
    qint64 m_elements = 0;
    qint64 m_offset = 0; ///< bytes of the body before the current chunk
    int m_bomBytes = 0;
    qsizetype m_keyStart = 0; ///< where the key being read starts in m_skeleton
    qsizetype m_depth = 0; ///< open brackets inside a nested value or element
    bool m_inString = false; ///< inside a nested value or element
    bool m_escape = false;
    bool m_keyMatched = false;
    bool m_seenKey = false;
};

} // namespace Steward
