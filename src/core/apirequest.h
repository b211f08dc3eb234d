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
#include <optional>

namespace Steward {

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
};

} // namespace Steward
