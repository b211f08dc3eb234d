#include "apirequest.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace Steward {

ApiRequest::ApiRequest(Method method, QStringView pathTemplate, std::initializer_list<QString> args)
    : m_method(method)
    , m_encodedPath(buildPath(pathTemplate, args))
    , m_safeToRepeat(method != Method::Post)
{ }

ApiRequest ApiRequest::get(QStringView pathTemplate, std::initializer_list<QString> args)
{
    return ApiRequest(Method::Get, pathTemplate, args);
}

ApiRequest ApiRequest::post(QStringView pathTemplate, std::initializer_list<QString> args, const QJsonObject &body)
{
    ApiRequest r(Method::Post, pathTemplate, args);
    r.setBody(body);
    return r;
}

ApiRequest ApiRequest::put(QStringView pathTemplate, std::initializer_list<QString> args, const QJsonObject &body)
{
    ApiRequest r(Method::Put, pathTemplate, args);
    r.setBody(body);
    return r;
}

ApiRequest ApiRequest::del(QStringView pathTemplate, std::initializer_list<QString> args, const QJsonObject &body)
{
    ApiRequest r(Method::Delete, pathTemplate, args);
    r.setBody(body);
    return r;
}

QByteArray ApiRequest::encodeSegment(const QString &segment)
{
    // Everything but RFC 3986 unreserved characters is encoded: '#', '/', '?', '%', ':', '@', spaces and
    // non-ASCII (as UTF-8) can never change the URL's structure.
    return QUrl::toPercentEncoding(segment);
}

QByteArray ApiRequest::buildPath(QStringView pathTemplate, std::initializer_list<QString> args)
{
    QByteArray out;
    auto arg = args.begin();
    const auto parts = pathTemplate.split(u'/', Qt::SkipEmptyParts);
    for (const QStringView part : parts) {
        out += '/';
        if (part == u"{}") {
            Q_ASSERT_X(arg != args.end(), "ApiRequest::buildPath", "fewer arguments than {} placeholders");
            if (arg != args.end()) {
                out += encodeSegment(*arg++);
            }
        } else {
            out += encodeSegment(part.toString());
        }
    }
    Q_ASSERT_X(arg == args.end(), "ApiRequest::buildPath", "more arguments than {} placeholders");
    return out;
}

QByteArray ApiRequest::verb() const
{
    switch (m_method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return {};
}

QByteArray ApiRequest::bodyBytes() const
{
    return m_body ? m_body->toJson(QJsonDocument::Compact) : QByteArray();
}

ApiRequest &ApiRequest::addQuery(const QString &key, const QString &value)
{
    m_query.append({ key, value });
    return *this;
}

ApiRequest &ApiRequest::addQuery(const QString &key, bool value)
{
    return addQuery(key, value ? QStringLiteral("true") : QStringLiteral("false"));
}

ApiRequest &ApiRequest::addQuery(const QString &key, qint64 value)
{
    return addQuery(key, QString::number(value));
}

ApiRequest &ApiRequest::setBody(const QJsonObject &body)
{
    m_body = QJsonDocument(body);
    return *this;
}

ApiRequest &ApiRequest::setSafeToRepeat(bool safe)
{
    m_safeToRepeat = safe;
    return *this;
}

ApiRequest &ApiRequest::setAuthenticated(bool authenticated)
{
    m_authenticated = authenticated;
    return *this;
}

ApiRequest &ApiRequest::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    return *this;
}

ApiRequest &ApiRequest::setMaxTransientRetries(int retries)
{
    m_maxTransientRetries = retries;
    return *this;
}

ApiRequest &ApiRequest::setExpectJson(bool expect)
{
    m_expectJson = expect;
    return *this;
}

QUrl ApiRequest::url(const QUrl &baseUrl) const
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QByteArray prefix = url.path(QUrl::FullyEncoded).toLatin1();
    while (prefix.endsWith('/')) {
        prefix.chop(1);
    }
    url.setPath(QString::fromLatin1(prefix + m_encodedPath), QUrl::StrictMode);
    if (!m_query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[key, value] : m_query) {
            q.addQueryItem(QString::fromLatin1(encodeSegment(key)), QString::fromLatin1(encodeSegment(value)));
        }
        url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    return url;
}

QString ApiRequest::describeForLog() const
{
    return QString::fromLatin1(verb() + ' ' + m_encodedPath);
}

ApiRequest &ApiRequest::setLane(Lane lane)
{
    m_lane = lane;
    return *this;
}

ApiRequest &ApiRequest::setBodyStream(std::shared_ptr<BodyStream> stream)
{
    m_bodyStream = std::move(stream);
    return *this;
}

} // namespace Steward
