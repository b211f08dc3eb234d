#pragma once

#include "externalid.h"

#include "apiservice.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

namespace Steward {

/// One row of the users list (GET /_synapse/admin/v2/users).
struct UserSummary
{
    QString userId;
    QString displayName;
    QString avatarUrl;
    QString userType; ///< empty for a regular user
    bool admin = false;
    bool deactivated = false;
    bool erased = false;
    bool locked = false;
    bool guest = false;
    bool shadowBanned = false;
    QDateTime created; ///< UTC; invalid when unknown
    QDateTime lastSeen; ///< UTC; invalid when never seen

    bool operator==(const UserSummary &) const = default;
};

/// Which columns the server can sort the list on (order_by).
enum class UserSortKey {
    Name,
    DisplayName,
    Admin,
    Deactivated,
    Locked,
    Guest,
    ShadowBanned,
    UserType,
    Created,
    LastSeen
};

/// What the users list shows: a server-side search, filters and sort order.
struct UserListQuery
{
    QString search; ///< `name`: localpart or display name, case-insensitive substring
    bool includeGuests = false;
    bool includeDeactivated = false;
    /// Synapse 1.163 hides locked users unless locked=true is sent, so this defaults to true.
    bool includeLocked = true;
    bool adminsOnly = false;
    /// not_user_type values ("bot", "support"). Empty strings are not sent: ApiRequest drops the "="
    /// of an empty query value and Synapse then ignores the parameter.
    QStringList excludedUserTypes;
    UserSortKey sortKey = UserSortKey::Name;
    bool descending = false;

    bool operator==(const UserListQuery &) const = default;
};

struct UserPage
{
    QList<UserSummary> users;
    qint64 total = 0;
    std::optional<qint64> nextFrom; ///< present when more remain
};

struct ThreePid
{
    QString medium;
    QString address;
    QDateTime addedAt;
    QDateTime validatedAt;
};

/// Everything GET /_synapse/admin/v2/users/<id> tells.
struct UserDetails
{
    UserSummary summary;
    QString appserviceId;
    bool suspended = false;
    bool approved = true;
    QList<ThreePid> threepids;
    QList<ExternalId> externalIds;
    QJsonObject raw; ///< every field as the server sent it (shown in the details panel)
};

struct UserDevice
{
    QString deviceId;
    QString displayName;
    QString lastSeenIp;
    QString lastSeenUserAgent;
    QDateTime lastSeen;
};

struct WhoisConnection
{
    QString deviceId;
    QString ip;
    QString userAgent;
    QDateTime lastSeen;
};

/// One push notification target of a user (GET /_synapse/admin/v1/users/<id>/pushers).
struct UserPusher
{
    QString kind; ///< "http" or "email"
    QString appId;
    QString appDisplayName;
    QString deviceDisplayName;
    QString pushKey;
    QString url; ///< data.url of an http pusher
    QString lang;
};

/// How much local media a user uploaded (GET /_synapse/admin/v1/statistics/users/media).
struct UserMediaUsage
{
    qint64 count = 0;
    qint64 bytes = 0;
};

/// Fields to change with PUT /_synapse/admin/v2/users/<id>; only the ones set are sent, since the
/// server applies them one after the other, not atomically.
struct UserChanges
{
    std::optional<QString> displayName;
    std::optional<QString> password;
    bool logoutDevices = true; ///< with password: log out every device (the server's default)
    std::optional<bool> admin;
    std::optional<bool> locked;
    std::optional<bool> deactivated;

    QJsonObject toJson() const;
    bool isEmpty() const { return toJson().isEmpty(); }
};

/// Typed calls for the users admin API. Faces use these; none of them builds a URL itself.
namespace UserApi {

QString sortKeyName(UserSortKey key);
/// The request for one page of the list (exposed for tests).
ApiRequest listRequest(const UserListQuery &query, qint64 from, int limit);
/// Parses one list page; the list gives creation_ts and last_seen_ts in milliseconds.
Result<UserPage> parsePage(const QJsonObject &obj);
/// One user of a list page.
Result<UserSummary> parseListedUser(const QJsonObject &obj);
/// The same from the user's JSON bytes, for the common shape only: a flat object whose strings are
/// printable ASCII without escapes and whose numbers are whole (at most 15 digits), each member once,
/// with a name. Anything else is nullopt (read it with parseListedUser()); where it answers, it
/// answers what parseListedUser() would (tests compare the two).
std::optional<UserSummary> readFlatListedUser(QByteArrayView json);
/// A list page's total and next token (users left empty).
Result<UserPage> parsePageEnd(const QJsonObject &obj);
Result<UserDetails> parseDetails(const QJsonObject &obj);

ApiReply *listUsers(ApiService *api, const UserListQuery &query, qint64 from, int limit, QObject *ctx,
                    std::function<void(Result<UserPage>)> done);
/// What a streamed page calls while its answer arrives (on the service's thread).
struct UserStreamHandlers
{
    /// A body begins again (the request was sent again after a transient failure): forget what the
    /// last attempt delivered of this page. Also called before the first body.
    std::function<void()> restarted;
    /// Each user in order; false (with *stop saying why) stops reading and the call fails with that reason.
    std::function<bool(const UserSummary &user, QString *stop)> user;
    /// After each piece of the body was read.
    std::function<void()> chunk;
};
/// Pages larger than this wait at least LargePageTimeout for the server's first byte, and are not
/// sent again after a transient failure (ApiService's retries would rebuild the same large answer).
constexpr int LargePage = 20000;
constexpr std::chrono::milliseconds LargePageTimeout { 5 * 60 * 1000 };
/// One page read as it arrives: each user goes to the handlers while the answer is still coming (the
/// page is never held whole); done gets the page's total and next token (its users list empty) or why
/// the page failed.
ApiReply *streamUsers(ApiService *api, const UserListQuery &query, qint64 from, int limit, QObject *ctx,
                      UserStreamHandlers handlers, std::function<void(Result<UserPage>)> done);
/// GET /_synapse/admin/v2/users/<id> (creation_ts is in seconds there; converted).
ApiReply *queryUser(ApiService *api, const QString &userId, QObject *ctx,
                    std::function<void(Result<UserDetails>)> done);
/// Whether a local user exists: a 404 is a successful false.
ApiReply *userExists(ApiService *api, const QString &userId, QObject *ctx, std::function<void(Result<bool>)> done);
/// PUT /_synapse/admin/v2/users/<id>: result true when the user was created (201), false when modified.
ApiReply *putUser(ApiService *api, const QString &userId, const UserChanges &changes, QObject *ctx,
                  std::function<void(Result<bool>)> done);
/// POST /_synapse/admin/v1/deactivate/<id> {"erase": erase}.
ApiReply *deactivate(ApiService *api, const QString &userId, bool erase, QObject *ctx,
                     std::function<void(Result<bool>)> done);
/// POST (ban) or DELETE (unban) /_synapse/admin/v1/users/<id>/shadow_ban.
ApiReply *setShadowBanned(ApiService *api, const QString &userId, bool banned, QObject *ctx,
                          std::function<void(Result<bool>)> done);
/// GET /_synapse/admin/v1/users/<id>/joined_rooms -> room ids.
ApiReply *joinedRooms(ApiService *api, const QString &userId, QObject *ctx,
                      std::function<void(Result<QStringList>)> done);
/// GET /_synapse/admin/v2/users/<id>/devices.
ApiReply *devices(ApiService *api, const QString &userId, QObject *ctx,
                  std::function<void(Result<QList<UserDevice>>)> done);
/// POST /_synapse/admin/v2/users/<id>/delete_devices {"devices": [...]}: logs those devices out
/// (devices already gone are ignored by the server, so a lost answer may be retried).
ApiReply *deleteDevices(ApiService *api, const QString &userId, const QStringList &deviceIds, QObject *ctx,
                        std::function<void(Result<bool>)> done);
/// The server's active administrators (GET v2/users?admins=true, every page; locked and
/// deactivated admins left out): what the last-admin rule of UserSafety needs.
void activeAdmins(ApiService *api, QObject *ctx, std::function<void(Result<QStringList>)> done);
/// GET /_synapse/admin/v1/whois/<id>: every session's connections.
ApiReply *whois(ApiService *api, const QString &userId, QObject *ctx,
                std::function<void(Result<QList<WhoisConnection>>)> done);

/// DELETE /_synapse/admin/v2/users/<id>/devices/<device>: logs that device out (its tokens are revoked).
ApiReply *deleteDevice(ApiService *api, const QString &userId, const QString &deviceId, QObject *ctx,
                       std::function<void(Result<bool>)> done);
/// GET /_synapse/admin/v1/users/<id>/memberships: room id -> membership (join, invite, leave, ban, knock).
ApiReply *memberships(ApiService *api, const QString &userId, QObject *ctx,
                      std::function<void(Result<QHash<QString, QString>>)> done);
/// GET /_synapse/admin/v1/users/<id>/pushers.
ApiReply *pushers(ApiService *api, const QString &userId, QObject *ctx,
                  std::function<void(Result<QList<UserPusher>>)> done);
/// The statistics row for exactly this user (searched by localpart; none: no media). An error
/// when the search matched too many users to tell.
ApiReply *mediaUsage(ApiService *api, const QString &userId, QObject *ctx,
                     std::function<void(Result<UserMediaUsage>)> done);

} // namespace UserApi

} // namespace Steward
