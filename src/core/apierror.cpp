#include "apierror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

using namespace std::chrono;

namespace Steward {

ApiError::ApiError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{ }

ApiError ApiError::cancelled()
{
    return ApiError(Kind::Cancelled, QCoreApplication::translate("Steward::ApiError", "Cancelled"));
}

ApiError ApiError::invalidResponse(const QString &what)
{
    return ApiError(Kind::InvalidResponse, what);
}

ApiError ApiError::missingField(const char *field)
{
    return invalidResponse(
        QCoreApplication::translate("Steward::ApiError", "the field \"%1\" is missing").arg(QLatin1String(field)));
}

std::optional<milliseconds> ApiError::parseRetryAfterHeader(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0) {
            return std::nullopt;
        }
        return milliseconds(seconds * 1000);
    }
    // HTTP-date: IMF-fixdate is what servers send; RFC 850 and asctime are the obsolete forms RFC 9110
    // still asks recipients to accept. The day name is dropped: it adds nothing and QLocale checks it.
    const QString text = QString::fromLatin1(trimmed).simplified();
    const QLocale c = QLocale::c();
    QDateTime when;
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        const QString rest = text.mid(comma + 1).trimmed();
        when = c.toDateTime(rest, QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"));
        if (!when.isValid()) {
            when = c.toDateTime(rest, QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
        }
    } else {
        const QString rest = text.section(QLatin1Char(' '), 1); // asctime: "Nov 6 08:49:37 1994"
        when = c.toDateTime(rest, QStringLiteral("MMM d HH:mm:ss yyyy"));
    }
    if (!when.isValid()) {
        return std::nullopt;
    }
    if (when.date().year() < 1970) {
        when = when.addYears(100); // RFC 850's two-digit year: QLocale reads it as 19yy
    }
    when.setTimeZone(QTimeZone::utc());
    const qint64 delta = now.msecsTo(when);
    return milliseconds(std::max<qint64>(0, delta));
}

bool ApiError::isTransportError(QNetworkReply::NetworkError error)
{
    // 1-99: connection level, 100-199: proxy; ProtocolFailure: a reply that could not be parsed.
    // 200-499 are Qt's names for HTTP statuses, i.e. complete answers.
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ProtocolFailure;
}

ApiError ApiError::fromResponse(const RawResponse &raw, QJsonDocument *json)
{
    ApiError e;
    e.m_httpStatus = raw.httpStatus;
    if (raw.cancelled) {
        return cancelled();
    }
    if (raw.timedOut && raw.tlsHandshakeStalled) {
        e.m_kind = Kind::Tls;
        e.m_errcode = QStringLiteral("TLS_ERROR");
        e.m_message = QCoreApplication::translate("Steward::ApiError",
                                                  "the server accepted the connection but did not set up TLS; this "
                                                  "port may serve plain HTTP (try http:// or the TLS port)");
        return e;
    }
    if (raw.timedOut) {
        e.m_kind = Kind::Timeout;
        e.m_message = QCoreApplication::translate("Steward::ApiError", "The server did not answer in time");
        return e;
    }
    if (!raw.sslErrors.isEmpty() || raw.networkError == QNetworkReply::SslHandshakeFailedError) {
        e.m_kind = Kind::Tls;
        e.m_networkError = raw.networkError;
        QStringList texts;
        for (const auto &err : raw.sslErrors) {
            texts << err.errorString();
        }
        e.m_message = texts.isEmpty() ? raw.networkErrorText : texts.join(QStringLiteral("; "));
        e.m_peerCertificate = raw.peerCertificate;
        e.m_errcode = QStringLiteral("TLS_ERROR");
        return e;
    }
    if (raw.networkError == QNetworkReply::InsecureRedirectError
        || raw.networkError == QNetworkReply::TooManyRedirectsError) {
        e.m_kind = Kind::InsecureRedirect;
        e.m_networkError = raw.networkError;
        e.m_message = raw.networkErrorText;
        return e;
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.body, &parseError);
    const bool bodyIsJson = parseError.error == QJsonParseError::NoError;

    if (raw.httpStatus >= 200 && raw.httpStatus < 300 && raw.networkError == QNetworkReply::NoError) {
        if (raw.expectJson && !bodyIsJson) {
            e.m_kind = Kind::InvalidResponse;
            e.m_message = QCoreApplication::translate("Steward::ApiError",
                                                      "The server's answer is not valid JSON (%1 at byte %2)")
                              .arg(parseError.errorString())
                              .arg(parseError.offset);
            return e;
        }
        if (json) {
            *json = doc;
        }
        ApiError ok;
        ok.m_httpStatus = raw.httpStatus;
        return ok;
    }

    // No answer, or one cut short (closed after the headers, truncated body, reset): a network fault
    // even when a status line arrived. Only a complete answer is the server's word.
    if (raw.httpStatus == 0 || isTransportError(raw.networkError)) {
        e.m_kind = Kind::Network;
        e.m_networkError = raw.networkError;
        e.m_message = raw.networkErrorText;
        return e;
    }

    e.m_kind = Kind::Http;
    e.m_networkError = raw.networkError;
    const QJsonObject obj = doc.object();
    e.m_errcode = obj.value(QStringLiteral("errcode")).toString();
    e.m_message = obj.value(QStringLiteral("error")).toString();
    if (e.m_errcode.isEmpty() || e.m_errcode == QStringLiteral("M_UNKNOWN")) {
        // Fall back to the status: proxies answer with HTML, some endpoints with M_UNKNOWN.
        switch (raw.httpStatus) {
        case 401:
            e.m_errcode = QStringLiteral("M_UNKNOWN_TOKEN");
            break;
        case 403:
            e.m_errcode = QStringLiteral("M_FORBIDDEN");
            break;
        case 404:
            e.m_errcode = QStringLiteral("M_NOT_FOUND");
            break;
        case 429:
            e.m_errcode = QStringLiteral("M_LIMIT_EXCEEDED");
            break;
        default:
            if (e.m_errcode.isEmpty()) {
                e.m_errcode = QStringLiteral("HTTP_%1").arg(raw.httpStatus);
            }
        }
    }
    if (e.m_message.isEmpty()) {
        e.m_message = bodyIsJson || raw.body.isEmpty() ? raw.networkErrorText
                                                       : QString::fromUtf8(raw.body.left(200)).simplified();
    }
    if (const auto header = parseRetryAfterHeader(raw.retryAfterHeader, raw.receivedAt)) {
        e.m_retryAfter = header; // the header wins when present
    } else if (obj.contains(QStringLiteral("retry_after_ms"))) {
        e.m_retryAfter = milliseconds(std::max<qint64>(0, obj.value(QStringLiteral("retry_after_ms")).toInteger()));
    }
    return e;
}

QString ApiError::peerCertificateFingerprint() const
{
    if (m_peerCertificate.isNull()) {
        return {};
    }
    return QString::fromLatin1(m_peerCertificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool ApiError::isRateLimited() const
{
    return m_kind == Kind::Http && (m_httpStatus == 429 || m_errcode == QStringLiteral("M_LIMIT_EXCEEDED"));
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504;
    case Kind::Network:
        switch (m_networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::ServiceUnavailableError:
        case QNetworkReply::InternalServerError:
        case QNetworkReply::ProtocolFailure: // a reply cut short in the middle of a chunk
            return true;
        default:
            return false;
        }
    default:
        return false;
    }
}

bool ApiError::isAlreadyInRoom() const
{
    return isForbidden() && m_message.contains(QLatin1String("already in the room"));
}

bool ApiError::isGuestsUnsupported() const
{
    return m_httpStatus == 400 && m_message.contains(QLatin1String("guests"));
}

bool ApiError::isNotServerAdmin() const
{
    return m_errcode == QStringLiteral("M_FORBIDDEN") && m_message.contains(QStringLiteral("server admin"));
}

bool ApiError::isAuthenticationFailure() const
{
    return m_kind == Kind::Http
        && (m_errcode == QStringLiteral("M_UNKNOWN_TOKEN") || m_errcode == QStringLiteral("M_MISSING_TOKEN"));
}

QString ApiError::describe() const
{
    if (m_outcomeUnknown) {
        return tr("Outcome unknown: the request was sent, but its answer was lost (%1). The server may have "
                  "carried it out; check before trying again.")
            .arg(describeFault());
    }
    return describeFault();
}

QString ApiError::describeFault() const
{
    switch (m_kind) {
    case Kind::None:
        return tr("No error");
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::Timeout:
        return tr("The server did not answer in time. Check that it is running and reachable, then try again.");
    case Kind::Network:
        if (m_networkError == QNetworkReply::ConnectionRefusedError
            || m_networkError == QNetworkReply::HostNotFoundError || m_networkError == QNetworkReply::NoError) {
            return tr("Could not reach the server: %1. Check the address and your connection.").arg(m_message);
        }
        return tr("The connection to the server failed: %1. Check that the server and any proxy in between are "
                  "running, then try again.")
            .arg(m_message);
    case Kind::Tls:
        if (m_peerCertificate.isNull()) {
            return tr("TLS with the server failed: %1").arg(m_message);
        }
        return tr("The server's certificate is not trusted (%1). SHA-256 fingerprint: %2")
            .arg(m_message, peerCertificateFingerprint().isEmpty() ? tr("unknown") : peerCertificateFingerprint());
    case Kind::InvalidResponse:
        return tr("The server sent an answer Steward does not understand: %1").arg(m_message);
    case Kind::InsecureRedirect:
        return tr("The server redirected the request to another address (%1). Steward does not send your token "
                  "elsewhere: use the final address as the homeserver URL.")
            .arg(m_message);
    case Kind::Refused:
        return m_message;
    case Kind::Http:
        break;
    }
    QString hint;
    if (isAuthenticationFailure()) {
        hint = tr("The access token is no longer valid: sign in again.");
    } else if (isNotServerAdmin()) {
        hint = tr("This account is not a server administrator; Steward needs a server admin's token.");
    } else if (m_errcode == QStringLiteral("M_UNRECOGNIZED")) {
        hint = tr("The server does not offer this endpoint: a reverse proxy may hide /_synapse/admin, or the "
                  "server delegates authentication to Matrix Authentication Service.");
    } else if (isRateLimited()) {
        hint = tr("The server is rate limiting requests; try again later.");
    }
    QString text = tr("The server refused the request: %1 (%2, HTTP %3)")
                       .arg(m_message.isEmpty() ? tr("no reason given") : m_message, m_errcode)
                       .arg(m_httpStatus);
    if (!hint.isEmpty()) {
        text += QLatin1Char(' ') + hint;
    }
    return text;
}

} // namespace Steward
