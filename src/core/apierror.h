#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QString>
#include <QTimeZone>

#include <chrono>
#include <optional>

namespace Steward {

/// What came back for one attempt of a request, before it is judged. Filled by ApiService.
struct RawResponse
{
    int httpStatus = 0;
    QByteArray body;
    QByteArray retryAfterHeader;
    QByteArray contentType;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    bool timedOut = false;
    /// https: the timeout hit while the connection stood but TLS was not set up (a plain-HTTP port).
    bool tlsHandshakeStalled = false;
    bool cancelled = false;
    bool expectJson = true;
    QList<QSslError> sslErrors;
    QSslCertificate peerCertificate;
    QDateTime receivedAt = QDateTime::currentDateTimeUtc();
};

/// The one error type of the request pipeline. Every failure a face sees is one of these.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(Steward::ApiError)

public:
    enum class Kind {
        None,
        Http, ///< the server answered with a non-2xx status
        Network, ///< connection refused, reset, DNS failure, ...
        Timeout, ///< no data for longer than the transfer timeout
        Cancelled, ///< cancelled by the user or the program
        Tls, ///< certificate not trusted (and not pinned)
        InvalidResponse, ///< 2xx, but the body is not what the API promises
        InsecureRedirect, ///< the server redirected to another host or scheme
        Refused, ///< Steward itself refuses (e.g. the token is not a server admin's); message says why
    };

    ApiError() = default;
    ApiError(Kind kind, QString message);

    /// The single place where an HTTP/network outcome is turned into success or an error.
    /// On success (Kind::None) the parsed JSON body is stored in *json (if given).
    static ApiError fromResponse(const RawResponse &raw, QJsonDocument *json = nullptr);
    static ApiError cancelled();
    static ApiError invalidResponse(const QString &what);
    /// A 2xx answer that lacks a field the API promises.
    static ApiError missingField(const char *field);

    Kind kind() const { return m_kind; }
    bool isOk() const { return m_kind == Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    /// Matrix errcode (M_FORBIDDEN, ...); for an error without one, a synthetic code from the HTTP status.
    QString errcode() const { return m_errcode; }
    /// The server's own words (the "error" field), or the network layer's.
    QString message() const { return m_message; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    std::optional<std::chrono::milliseconds> retryAfter() const { return m_retryAfter; }
    const QSslCertificate &peerCertificate() const { return m_peerCertificate; }
    /// SHA-256 of the peer certificate, colon-separated hex (empty when not a TLS error).
    QString peerCertificateFingerprint() const;

    bool isRateLimited() const;
    /// 502/503/504, network trouble that may pass, or a timeout.
    bool isTransient() const;
    /// The access token is unknown, expired or missing (sign in again).
    bool isAuthenticationFailure() const;
    bool isForbidden() const { return m_httpStatus == 403; }
    bool isNotFound() const { return m_httpStatus == 404; }

    // Server answers recognised by their words: Synapse gives no errcode of their own, so its text is
    // matched here and nowhere else.
    /// 403 "... is already in the room": a join or invite found the user a member already.
    bool isAlreadyInRoom() const;
    /// 400 naming "guests": the server (delegating auth to MAS) rejects listing guest users.
    bool isGuestsUnsupported() const;
    /// 403 naming "server admin": the token is not a server administrator's.
    bool isNotServerAdmin() const;

    /// True when a request that is not safe to repeat may have been carried out by the server but
    /// its answer was lost (connection closed or reset after sending, truncated body, timeout).
    /// Such an item's outcome is unknown: the caller verifies it against the server instead of
    /// reporting a failure.
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    void setOutcomeUnknown(bool unknown) { m_outcomeUnknown = unknown; }

    /// One line for a person: what happened and, where known, what to do. Starts with
    /// "Outcome unknown" when outcomeUnknown() is set.
    QString describe() const;

    /// A network-level failure (connection, proxy, unparsable reply) as opposed to a status Qt
    /// derived from a complete HTTP answer.
    static bool isTransportError(QNetworkReply::NetworkError error);

    /// Helpers for tests and mapping.
    static std::optional<std::chrono::milliseconds> parseRetryAfterHeader(const QByteArray &value,
                                                                          const QDateTime &now);

private:
    QString describeFault() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_errcode;
    QString m_message;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    std::optional<std::chrono::milliseconds> m_retryAfter;
    QSslCertificate m_peerCertificate;
    bool m_outcomeUnknown = false;
};

} // namespace Steward
