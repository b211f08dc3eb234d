#include "tokens/registrationtokens.h"

#include "jsonnumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Steward {

namespace {
struct TokenText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::RegistrationToken)
};

struct TokenApiText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::RegistrationTokenApi)
};

QJsonValue millis(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toMSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
}

Result<QList<RegistrationToken>> parseList(const ApiReply &r)
{
    const QJsonValue tokens = r.object().value(QStringLiteral("registration_tokens"));
    if (!tokens.isArray()) {
        return ApiError::missingField("registration_tokens");
    }
    QList<RegistrationToken> list;
    for (const QJsonValue &v : tokens.toArray()) {
        const Result<RegistrationToken> t = RegistrationTokenApi::parseToken(v.toObject());
        if (!t.ok()) {
            return t.error();
        }
        list << t.value();
    }
    return list;
}
} // namespace

RegistrationToken::State RegistrationToken::state(const QDateTime &now) const
{
    if (expiry.isValid() && expiry <= now) {
        return State::Expired;
    }
    if (usesAllowed && pending + completed >= *usesAllowed) {
        return State::UsedUp;
    }
    return State::Valid;
}

QString RegistrationToken::stateName(State state)
{
    switch (state) {
    case State::Valid:
        return QStringLiteral("valid");
    case State::UsedUp:
        return QStringLiteral("used-up");
    case State::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString RegistrationToken::stateTitle(State state)
{
    switch (state) {
    case State::Valid:
        return TokenText::tr("valid");
    case State::UsedUp:
        return TokenText::tr("used up");
    case State::Expired:
        return TokenText::tr("expired");
    }
    return {};
}

QJsonObject RegistrationToken::toJson() const
{
    return {
        { QStringLiteral("token"), token },
        { QStringLiteral("uses_allowed"), usesAllowed ? QJsonValue(*usesAllowed) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("pending"), pending },
        { QStringLiteral("completed"), completed },
        { QStringLiteral("expiry_time"),
          expiry.isValid() ? QJsonValue(expiry.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) },
    };
}

Result<RegistrationToken> RegistrationTokenApi::parseToken(const QJsonObject &obj)
{
    if (!obj.value(QStringLiteral("token")).isString()) {
        return ApiError::missingField("token");
    }
    RegistrationToken t;
    t.token = obj.value(QStringLiteral("token")).toString();
    const QJsonValue uses = obj.value(QStringLiteral("uses_allowed"));
    if (uses.isDouble()) {
        t.usesAllowed = jsonInt64(uses);
    }
    t.pending = jsonInt64(obj.value(QStringLiteral("pending")));
    t.completed = jsonInt64(obj.value(QStringLiteral("completed")));
    const QJsonValue expiry = obj.value(QStringLiteral("expiry_time"));
    if (expiry.isDouble()) {
        t.expiry = QDateTime::fromMSecsSinceEpoch(jsonInt64(expiry), Qt::UTC);
    }
    return t;
}

QString RegistrationTokenApi::tokenProblem(const QString &token)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._~-]+$"));
    if (token.isEmpty()) {
        return TokenApiText::tr("The token is empty.");
    }
    if (token.size() > 64) {
        return TokenApiText::tr("The token is longer than 64 characters.");
    }
    if (!allowed.match(token).hasMatch()) {
        return TokenApiText::tr("A token may hold only the letters A-Z and a-z, digits and . _ ~ -");
    }
    return {};
}

bool RegistrationTokenApi::isManagedElsewhere(const ApiError &error)
{
    return error.isNotFound() && error.errcode() != QLatin1String("M_NOT_FOUND");
}

QString RegistrationTokenApi::managedElsewhereText()
{
    return TokenApiText::tr(
        "This server does not offer the registration tokens admin API (it answered 404). Registration is "
        "probably handled by an external authentication service (such as Matrix Authentication Service): "
        "manage registration tokens there.");
}

ApiReply *RegistrationTokenApi::list(ApiService *api, QObject *ctx,
                                     std::function<void(Result<QList<RegistrationToken>>)> done)
{
    return api->call<QList<RegistrationToken>>(ApiRequest::get(u"/_synapse/admin/v1/registration_tokens"), ctx,
                                               parseList, std::move(done));
}

ApiReply *RegistrationTokenApi::get(ApiService *api, const QString &token, QObject *ctx,
                                    std::function<void(Result<RegistrationToken>)> done)
{
    return api->call<RegistrationToken>(
        ApiRequest::get(u"/_synapse/admin/v1/registration_tokens/{}", { token }), ctx,
        [](const ApiReply &r) { return parseToken(r.object()); }, std::move(done));
}

ApiReply *RegistrationTokenApi::create(ApiService *api, const NewRegistrationToken &token, QObject *ctx,
                                       std::function<void(Result<RegistrationToken>)> done)
{
    QJsonObject body;
    if (token.token.isEmpty()) {
        body.insert(QStringLiteral("length"), token.length);
    } else {
        body.insert(QStringLiteral("token"), token.token);
    }
    body.insert(QStringLiteral("uses_allowed"),
                token.usesAllowed ? QJsonValue(*token.usesAllowed) : QJsonValue(QJsonValue::Null));
    body.insert(QStringLiteral("expiry_time"), millis(token.expiry));
    // Not repeated after a lost answer: a generated token would be created twice.
    return api->call<RegistrationToken>(
        ApiRequest::post(u"/_synapse/admin/v1/registration_tokens/new", {}, body), ctx,
        [](const ApiReply &r) { return parseToken(r.object()); }, std::move(done));
}

ApiReply *RegistrationTokenApi::update(ApiService *api, const QString &token, const RegistrationTokenChanges &changes,
                                       QObject *ctx, std::function<void(Result<RegistrationToken>)> done)
{
    QJsonObject body;
    if (changes.usesAllowed) {
        body.insert(QStringLiteral("uses_allowed"),
                    *changes.usesAllowed ? QJsonValue(**changes.usesAllowed) : QJsonValue(QJsonValue::Null));
    }
    if (changes.expiry) {
        body.insert(QStringLiteral("expiry_time"), millis(*changes.expiry));
    }
    return api->call<RegistrationToken>(
        ApiRequest::put(u"/_synapse/admin/v1/registration_tokens/{}", { token }, body), ctx,
        [](const ApiReply &r) { return parseToken(r.object()); }, std::move(done));
}

ApiReply *RegistrationTokenApi::remove(ApiService *api, const QString &token, QObject *ctx,
                                       std::function<void(Result<bool>)> done)
{
    return api->call<bool>(
        ApiRequest::del(u"/_synapse/admin/v1/registration_tokens/{}", { token }, QJsonObject {}), ctx,
        [](const ApiReply &) { return true; }, std::move(done));
}

} // namespace Steward
