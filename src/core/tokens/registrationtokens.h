#pragma once

#include "apiservice.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Steward {

/// One registration token as GET /_synapse/admin/v1/registration_tokens lists it.
struct RegistrationToken
{
    QString token;
    std::optional<qint64> usesAllowed; ///< unset: unlimited
    qint64 pending = 0; ///< registrations in progress that used it
    qint64 completed = 0; ///< registrations completed with it
    QDateTime expiry; ///< UTC; invalid: never expires

    enum class State { Valid, UsedUp, Expired };
    /// Used up when pending + completed reached uses_allowed (the server refuses it then), expired
    /// when the expiry time passed; an expired token that is also used up is reported expired.
    State state(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// "valid", "used-up", "expired" (CSV, JSON) and a translated title.
    static QString stateName(State state);
    static QString stateTitle(State state);
    /// {token, uses_allowed, pending, completed, expiry_time (ISO 8601 UTC or null)} (the CLI's JSON).
    QJsonObject toJson() const;
};

/// What to create: the token's text (or a generated one of length characters), how often it may be
/// used (unset: unlimited) and when it expires (invalid: never).
struct NewRegistrationToken
{
    QString token; ///< empty: the server generates one of `length` characters
    int length = 16;
    std::optional<qint64> usesAllowed;
    QDateTime expiry;
};

/// What to change; unset fields are not sent. `std::optional<std::optional<...>>`: outer unset = keep,
/// inner unset = unlimited / never.
struct RegistrationTokenChanges
{
    std::optional<std::optional<qint64>> usesAllowed;
    std::optional<QDateTime> expiry; ///< set to an invalid QDateTime: never expires
};

/// Typed calls for the registration tokens admin API. Servers whose registration is handled
/// elsewhere (an external authentication service) answer 404: see isManagedElsewhere().
namespace RegistrationTokenApi {

Result<RegistrationToken> parseToken(const QJsonObject &obj);
/// Tokens may hold only A-Z a-z 0-9 . _ ~ - and at most 64 characters (the server's rule).
QString tokenProblem(const QString &token);
/// The endpoint is missing on this server (404 without a Matrix error code for the token itself).
bool isManagedElsewhere(const ApiError &error);
/// One paragraph for a person explaining a 404 of the list endpoint.
QString managedElsewhereText();

ApiReply *list(ApiService *api, QObject *ctx, std::function<void(Result<QList<RegistrationToken>>)> done);
ApiReply *get(ApiService *api, const QString &token, QObject *ctx, std::function<void(Result<RegistrationToken>)> done);
ApiReply *create(ApiService *api, const NewRegistrationToken &token, QObject *ctx,
                 std::function<void(Result<RegistrationToken>)> done);
ApiReply *update(ApiService *api, const QString &token, const RegistrationTokenChanges &changes, QObject *ctx,
                 std::function<void(Result<RegistrationToken>)> done);
ApiReply *remove(ApiService *api, const QString &token, QObject *ctx, std::function<void(Result<bool>)> done);

} // namespace RegistrationTokenApi

} // namespace Steward
