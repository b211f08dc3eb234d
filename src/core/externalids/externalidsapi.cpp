#include "externalids/externalidsapi.h"

#include "pageguard.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Steward {

namespace {
const QString kProvider = QStringLiteral("auth_provider");
const QString kExternalId = QStringLiteral("external_id");
const QString kExternalIds = QStringLiteral("external_ids");

struct ExternalIdsApiText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::ExternalIdsApi)
};
} // namespace

QJsonArray ExternalIdsApi::toJson(const ExternalIdList &ids)
{
    QJsonArray array;
    for (const ExternalId &e : ids) {
        array.append(QJsonObject { { kProvider, e.provider }, { kExternalId, e.id } });
    }
    return array;
}

std::optional<ExternalIdList> ExternalIdsApi::fromJson(const QJsonValue &value)
{
    if (!value.isArray()) {
        return std::nullopt;
    }
    ExternalIdList ids;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(kProvider).isString() || !o.value(kExternalId).isString()) {
            return std::nullopt;
        }
        ids.append({ o.value(kProvider).toString(), o.value(kExternalId).toString() });
    }
    return ids;
}

bool ExternalIdsApi::isAlreadyInUse(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && error.httpStatus() == 409;
}

ApiReply *ExternalIdsApi::listUsers(ApiService *api, qint64 from, int limit, bool includeDeactivated,
                                    bool includeGuests, QObject *ctx, std::function<void(Result<UserListPage>)> done)
{
    auto req = ApiRequest::get(u"/_synapse/admin/v2/users");
    req.addQuery(QStringLiteral("from"), from)
        .addQuery(QStringLiteral("limit"), limit)
        .addQuery(QStringLiteral("deactivated"), includeDeactivated)
        .addQuery(QStringLiteral("locked"), true);
    if (!includeGuests) {
        req.addQuery(QStringLiteral("guests"), false);
    }
    return api->call<UserListPage>(
        req, ctx,
        [](const ApiReply &r) -> Result<UserListPage> {
            const QJsonObject obj = r.object();
            if (!obj.value(QStringLiteral("users")).isArray()) {
                return ApiError::invalidResponse(ExternalIdsApiText::tr("the user list has no \"users\" array"));
            }
            UserListPage page;
            for (const QJsonValue &v : obj.value(QStringLiteral("users")).toArray()) {
                const QJsonObject u = v.toObject();
                const QString name = u.value(QStringLiteral("name")).toString();
                if (name.isEmpty()) {
                    return ApiError::invalidResponse(ExternalIdsApiText::tr("a user in the list has no \"name\""));
                }
                page.users.append({ name, u.value(QStringLiteral("deactivated")).toBool(),
                                    u.value(QStringLiteral("locked")).toBool() });
            }
            page.total = obj.value(QStringLiteral("total")).toInteger();
            // next_token is a string in Synapse; accept a number too.
            bool ok = true;
            page.nextFrom = parsePageToken(obj.value(QStringLiteral("next_token")), &ok);
            if (!ok) {
                return ApiError::invalidResponse(
                    ExternalIdsApiText::tr("the user list's \"next_token\" is not a number"));
            }
            return page;
        },
        std::move(done));
}

ApiReply *ExternalIdsApi::userExternalIds(ApiService *api, const QString &userId, QObject *ctx,
                                          std::function<void(Result<UserExternalIds>)> done)
{
    return api->call<UserExternalIds>(
        ApiRequest::get(u"/_synapse/admin/v2/users/{}", { userId }), ctx,
        [userId](const ApiReply &r) -> Result<UserExternalIds> {
            const QJsonObject obj = r.object();
            UserExternalIds user;
            user.userId = userId;
            user.deactivated = obj.value(QStringLiteral("deactivated")).toBool();
            user.locked = obj.value(QStringLiteral("locked")).toBool();
            if (obj.contains(kExternalIds)) {
                const auto ids = fromJson(obj.value(kExternalIds));
                if (!ids) {
                    return ApiError::invalidResponse(
                        ExternalIdsApiText::tr("\"external_ids\" is not a list of provider/ID pairs"));
                }
                user.ids = *ids;
            }
            return user;
        },
        std::move(done));
}

ApiRequest ExternalIdsApi::replaceExternalIdsRequest(const QString &userId, const ExternalIdList &ids)
{
    return ApiRequest::put(u"/_synapse/admin/v2/users/{}", { userId }, QJsonObject { { kExternalIds, toJson(ids) } });
}

ApiReply *ExternalIdsApi::replaceExternalIds(ApiService *api, const QString &userId, const ExternalIdList &ids,
                                             QObject *ctx, std::function<void(Result<bool>)> done)
{
    return api->call<bool>(
        replaceExternalIdsRequest(userId, ids), ctx, [](const ApiReply &) -> Result<bool> { return true; },
        std::move(done));
}

} // namespace Steward
