#pragma once

#include "apiservice.h"
#include "result.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include "externalid.h"

#include <functional>
#include <optional>

namespace Steward {

/// A user's complete list of external IDs as the server returned it.
struct UserExternalIds
{
    QString userId;
    ExternalIdList ids;
    bool deactivated = false;
    bool locked = false;
};

/// One row of the admin user list (only what the scan needs).
struct UserListEntry
{
    QString userId;
    bool deactivated = false;
    bool locked = false;
};

struct UserListPage
{
    QList<UserListEntry> users;
    std::optional<qint64> nextFrom; ///< absent on the last page
    qint64 total = 0;
};

/// Typed calls for the external-ID cleanup. The only place that knows these URLs and JSON shapes.
namespace ExternalIdsApi {

/// GET /_synapse/admin/v2/users: locked users are always included (Synapse hides them otherwise),
/// deactivated ones when asked. includeGuests=false is needed on servers that delegate auth to MAS.
ApiReply *listUsers(ApiService *api, qint64 from, int limit, bool includeDeactivated, bool includeGuests, QObject *ctx,
                    std::function<void(Result<UserListPage>)> done);
/// GET /_synapse/admin/v2/users/<userId>
ApiReply *userExternalIds(ApiService *api, const QString &userId, QObject *ctx,
                          std::function<void(Result<UserExternalIds>)> done);
/// PUT /_synapse/admin/v2/users/<userId> with only {"external_ids": ids}: replaces the whole list.
/// A pair owned by another user fails with HTTP 409 and leaves the list unchanged.
ApiReply *replaceExternalIds(ApiService *api, const QString &userId, const ExternalIdList &ids, QObject *ctx,
                             std::function<void(Result<bool>)> done);

/// The request replaceExternalIds sends (exposed for tests: it must carry no other field).
ApiRequest replaceExternalIdsRequest(const QString &userId, const ExternalIdList &ids);

QJsonArray toJson(const ExternalIdList &ids);
/// nullopt when the array is not a list of {auth_provider, external_id} string pairs.
std::optional<ExternalIdList> fromJson(const QJsonValue &value);

/// A 409 on a PUT of external_ids: the ID belongs to another user now.
bool isAlreadyInUse(const ApiError &error);

} // namespace ExternalIdsApi

} // namespace Steward
