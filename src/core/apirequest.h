#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <initializer_list>
#include <memory>
#include <optional>

namespace Steward {

/// Takes a successful (2xx) answer's body as it arrives, instead of the whole body being held and
/// parsed at the end: a list of 100,000 rows then costs the client no more memory than one of 100.
class BodyStream
{
public:
    virtual ~BodyStream() = default;
    /// A new attempt's body begins (the request was sent again after a transient failure): forget
    /// what the last attempt delivered.
    virtual void restart() = 0;
    /// The next bytes, in any chunking. False: the body is not acceptable (errorString() says why);
    /// the transfer is stopped and the request fails with Kind::InvalidResponse.
    virtual bool feed(QByteArrayView bytes) = 0;
    /// The body ended. False when it is incomplete or invalid (errorString() says why).
    virtual bool finish() = 0;
    virtual QString errorString() const = 0;
};

/// A typed description of one API call. Built by the core's endpoint wrappers; faces never see URLs.
class ApiRequest
{
public:
    enum class Method { Get, Post, Put, Delete };

    ApiRequest() = default;
    /// pathTemplate: a literal path where each "{}" segment is replaced by the next of args,
    /// percent-encoded as one path segment (so "#a:b" stays one segment and never becomes a fragment).
    ApiRequest(Method method, QStringView pathTemplate, std::initializer_list<QString> args = {});

    static ApiRequest get(QStringView pathTemplate, std::initializer_list<QString> args = {});
    static ApiRequest post(QStringView pathTemplate, std::initializer_list<QString> args, const QJsonObject &body);
    static ApiRequest put(QStringView pathTemplate, std::initializer_list<QString> args, const QJsonObject &body);
    static ApiRequest del(QStringView pathTemplate, std::initializer_list<QString> args, const QJsonObject &body);

    Method method() const { return m_method; }
    QByteArray verb() const;
    /// The percent-encoded path (relative to the base URL's own path).
    QByteArray encodedPath() const { return m_encodedPath; }
    QList<QPair<QString, QString>> query() const { return m_query; }
    const std::optional<QJsonDocument> &body() const { return m_body; }
    QByteArray bodyBytes() const;

    ApiRequest &addQuery(const QString &key, const QString &value);
    ApiRequest &addQuery(const QString &key, const char *value) { return addQuery(key, QString::fromUtf8(value)); }
    /// Synapse accepts only the strings "true" and "false".
    ApiRequest &addQuery(const QString &key, bool value);
    ApiRequest &addQuery(const QString &key, qint64 value);
    ApiRequest &addQuery(const QString &key, int value) { return addQuery(key, qint64(value)); }
    ApiRequest &setBody(const QJsonObject &body);

    /// Whether repeating this request after a transient failure cannot do harm. Defaults: GET, PUT
    /// and DELETE yes; POST no unless the endpoint is known to be idempotent.
    bool safeToRepeat() const { return m_safeToRepeat; }
    ApiRequest &setSafeToRepeat(bool safe);

    bool authenticated() const { return m_authenticated; }
    ApiRequest &setAuthenticated(bool authenticated);

    /// 0 means: the service's default.
    std::chrono::milliseconds transferTimeout() const { return m_timeout; }
    ApiRequest &setTransferTimeout(std::chrono::milliseconds timeout);

    /// Overrides the service's retry policy (e.g. 1 for an interactive connection check).
    std::optional<int> maxTransientRetries() const { return m_maxTransientRetries; }
    ApiRequest &setMaxTransientRetries(int retries);

    /// Which of the service's two lanes carries the request. Interactive (views, details, dialogs:
    /// the default) is never queued behind Bulk (the items of a long operation); both share the
    /// session's 429 pauses and the held queue while the server is unreachable.
    /// A request that names no lane takes the lane of the BulkLane scope it is sent in (the
    /// ItemWindow opens one around every item it launches), else Interactive.
    enum class Lane { Interactive, Bulk };
    Lane lane() const { return m_lane.value_or(Lane::Interactive); }
    bool hasLane() const { return m_lane.has_value(); }
    ApiRequest &setLane(Lane lane);

    /// When false, a 2xx body that is not JSON is accepted (e.g. plain-text endpoints).
    bool expectJson() const { return m_expectJson; }
    ApiRequest &setExpectJson(bool expect);

    /// A successful answer's body goes to stream as it arrives (ApiReply::json() is then empty);
    /// any other answer is judged whole as usual. Only for requests safe to repeat: a transient
    /// failure sends the request again, and the stream is restart()ed when its new body begins.
    const std::shared_ptr<BodyStream> &bodyStream() const { return m_bodyStream; }
    ApiRequest &setBodyStream(std::shared_ptr<BodyStream> stream);

    /// The full URL below baseUrl (which may carry a path prefix, e.g. https://host/matrix).
    QUrl url(const QUrl &baseUrl) const;
    /// "GET /_synapse/admin/v2/users" - never the query string, never a token.
    QString describeForLog() const;

    static QByteArray encodeSegment(const QString &segment);
    static QByteArray buildPath(QStringView pathTemplate, std::initializer_list<QString> args);

private:
    Method m_method = Method::Get;
    QByteArray m_encodedPath;
    QList<QPair<QString, QString>> m_query;
    std::optional<QJsonDocument> m_body;
    bool m_safeToRepeat = true;
    bool m_authenticated = true;
    bool m_expectJson = true;
    std::optional<Lane> m_lane;
    std::chrono::milliseconds m_timeout { 0 };
    std::optional<int> m_maxTransientRetries;
    std::shared_ptr<BodyStream> m_bodyStream;
};

} // namespace Steward
