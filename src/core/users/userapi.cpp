#include "users/userapi.h"

#include "jsonarraystream.h"

#include "jsonnumber.h"
#include "matrixid.h"
#include "pageguard.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Steward {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool flag(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool();
}

QDateTime fromSeconds(const QJsonValue &v)
{
    const qint64 s = jsonInt64(v);
    return s > 0 && s <= 253402300799 ? QDateTime::fromSecsSinceEpoch(s, Qt::UTC) : QDateTime();
}

ApiError invalid(const QString &what)
{
    return ApiError::invalidResponse(what);
}

/// Common to list rows and the query answer; the caller fixes creation_ts' unit.
UserSummary parseSummary(const QJsonObject &o)
{
    UserSummary u;
    u.userId = str(o, "name");
    u.displayName = str(o, "displayname");
    u.avatarUrl = str(o, "avatar_url");
    u.userType = str(o, "user_type");
    u.admin = flag(o, "admin");
    u.deactivated = flag(o, "deactivated");
    u.erased = flag(o, "erased");
    u.locked = flag(o, "locked");
    u.guest = flag(o, "is_guest");
    u.shadowBanned = flag(o, "shadow_banned");
    u.lastSeen = jsonMsToUtc(o.value(QLatin1String("last_seen_ts")));
    return u;
}

Result<bool> okTrue(const ApiReply &)
{
    return true;
}

} // namespace

QJsonObject UserChanges::toJson() const
{
    QJsonObject o;
    if (displayName) {
        o.insert(QStringLiteral("displayname"), *displayName);
    }
    if (password) {
        o.insert(QStringLiteral("password"), *password);
        o.insert(QStringLiteral("logout_devices"), logoutDevices);
    }
    if (admin) {
        o.insert(QStringLiteral("admin"), *admin);
    }
    if (locked) {
        o.insert(QStringLiteral("locked"), *locked);
    }
    if (deactivated) {
        o.insert(QStringLiteral("deactivated"), *deactivated);
    }
    return o;
}

QString UserApi::sortKeyName(UserSortKey key)
{
    switch (key) {
    case UserSortKey::Name:
        return QStringLiteral("name");
    case UserSortKey::DisplayName:
        return QStringLiteral("displayname");
    case UserSortKey::Admin:
        return QStringLiteral("admin");
    case UserSortKey::Deactivated:
        return QStringLiteral("deactivated");
    case UserSortKey::Locked:
        return QStringLiteral("locked");
    case UserSortKey::Guest:
        return QStringLiteral("is_guest");
    case UserSortKey::ShadowBanned:
        return QStringLiteral("shadow_banned");
    case UserSortKey::UserType:
        return QStringLiteral("user_type");
    case UserSortKey::Created:
        return QStringLiteral("creation_ts");
    case UserSortKey::LastSeen:
        return QStringLiteral("last_seen_ts");
    }
    return QStringLiteral("name");
}

ApiRequest UserApi::listRequest(const UserListQuery &query, qint64 from, int limit)
{
    auto req = ApiRequest::get(u"/_synapse/admin/v2/users");
    req.addQuery(QStringLiteral("from"), from).addQuery(QStringLiteral("limit"), limit);
    if (!query.search.isEmpty()) {
        req.addQuery(QStringLiteral("name"), query.search);
    }
    req.addQuery(QStringLiteral("guests"), query.includeGuests);
    req.addQuery(QStringLiteral("deactivated"), query.includeDeactivated);
    req.addQuery(QStringLiteral("locked"), query.includeLocked);
    if (query.adminsOnly) {
        req.addQuery(QStringLiteral("admins"), true);
    }
    for (const QString &type : query.excludedUserTypes) {
        if (!type.isEmpty())
            req.addQuery(QStringLiteral("not_user_type"), type);
    }
    req.addQuery(QStringLiteral("order_by"), sortKeyName(query.sortKey));
    req.addQuery(QStringLiteral("dir"), query.descending ? "b" : "f");
    return req;
}

Result<UserSummary> UserApi::parseListedUser(const QJsonObject &o)
{
    UserSummary u = parseSummary(o);
    if (u.userId.isEmpty()) {
        return invalid(QCoreApplication::translate("Steward::UserApi", "a user in the list has no \"name\""));
    }
    u.created = jsonMsToUtc(o.value(QLatin1String("creation_ts")));
    return u;
}

namespace {
/// The members of a listed user the list reads (bits of FlatUser::seen).
enum FlatKey : quint32 {
    Other = 0,
    Name = 1 << 0,
    DisplayName = 1 << 1,
    AvatarUrl = 1 << 2,
    UserType = 1 << 3,
    Admin = 1 << 4,
    Deactivated = 1 << 5,
    Erased = 1 << 6,
    Locked = 1 << 7,
    Guest = 1 << 8,
    ShadowBanned = 1 << 9,
    LastSeen = 1 << 10,
    Created = 1 << 11,
};

FlatKey flatKey(QByteArrayView key)
{
    static const std::pair<QByteArrayView, FlatKey> keys[] = {
        { "name", Name },
        { "displayname", DisplayName },
        { "avatar_url", AvatarUrl },
        { "user_type", UserType },
        { "admin", Admin },
        { "deactivated", Deactivated },
        { "erased", Erased },
        { "locked", Locked },
        { "is_guest", Guest },
        { "shadow_banned", ShadowBanned },
        { "last_seen_ts", LastSeen },
        { "creation_ts", Created },
    };
    for (const auto &[name, k] : keys) {
        if (key == name) {
            return k;
        }
    }
    return Other;
}

/// A scanner for the common shape of a listed user; every method returns false where the shape ends.
struct FlatScanner
{
    const char *p;
    const char *end;

    void ws()
    {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) {
            ++p;
        }
    }
    bool take(char c)
    {
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    /// A string of printable ASCII without escapes (its bytes are its Latin-1).
    bool string(QByteArrayView *out)
    {
        if (!take('"')) {
            return false;
        }
        const char *start = p;
        while (p < end && *p != '"') {
            const auto c = static_cast<unsigned char>(*p);
            if (c < 0x20 || c > 0x7e || c == '\\') {
                return false;
            }
            ++p;
        }
        if (p == end) {
            return false;
        }
        *out = QByteArrayView(start, p - start);
        ++p;
        return true;
    }
    bool literal(QByteArrayView word)
    {
        if (QByteArrayView(p, qMin<qsizetype>(end - p, word.size())) != word) {
            return false;
        }
        p += word.size();
        return true;
    }
    /// A whole number of at most 15 digits (exact in a double), no fraction, no exponent.
    bool integer(qint64 *out)
    {
        const bool negative = take('-');
        const char *digits = p;
        qint64 value = 0;
        while (p < end && *p >= '0' && *p <= '9' && p - digits < 16) {
            value = value * 10 + (*p - '0');
            ++p;
        }
        const qsizetype n = p - digits;
        if (n == 0 || n > 15 || (n > 1 && *digits == '0')) {
            return false;
        }
        if (p < end && (*p == '.' || *p == 'e' || *p == 'E')) {
            return false;
        }
        *out = negative ? -value : value;
        return true;
    }
};
} // namespace

std::optional<UserSummary> UserApi::readFlatListedUser(QByteArrayView json)
{
    FlatScanner in { json.data(), json.data() + json.size() };
    UserSummary u;
    quint32 seen = 0;
    in.ws();
    if (!in.take('{')) {
        return std::nullopt;
    }
    do {
        in.ws();
        QByteArrayView key;
        if (!in.string(&key)) {
            return std::nullopt; // also "{}": no name
        }
        in.ws();
        if (!in.take(':')) {
            return std::nullopt;
        }
        in.ws();
        const FlatKey k = flatKey(key);
        if (k != Other && (seen & k)) {
            return std::nullopt; // a member twice: left to QJsonDocument's rule
        }
        seen |= k;
        QByteArrayView text;
        bool isString = false;
        bool isTrue = false;
        qint64 number = 0;
        if (in.p < in.end && *in.p == '"') {
            if (!in.string(&text)) {
                return std::nullopt;
            }
            isString = true;
        } else if (in.literal("true")) {
            isTrue = true;
        } else if (!in.literal("false") && !in.literal("null") && !in.integer(&number)) {
            return std::nullopt; // a nested value, a fraction, a long number, or not JSON
        }
        // As QJsonValue's toString(), toBool() and jsonInt64() read them.
        const QString value = isString ? QString::fromLatin1(text) : QString();
        switch (k) {
        case Name:
            u.userId = value;
            break;
        case DisplayName:
            u.displayName = value;
            break;
        case AvatarUrl:
            u.avatarUrl = value;
            break;
        case UserType:
            u.userType = value;
            break;
        case Admin:
            u.admin = isTrue;
            break;
        case Deactivated:
            u.deactivated = isTrue;
            break;
        case Erased:
            u.erased = isTrue;
            break;
        case Locked:
            u.locked = isTrue;
            break;
        case Guest:
            u.guest = isTrue;
            break;
        case ShadowBanned:
            u.shadowBanned = isTrue;
            break;
        case LastSeen:
            u.lastSeen = msToUtc(number);
            break;
        case Created:
            u.created = msToUtc(number);
            break;
        case Other:
            break;
        }
        in.ws();
    } while (in.take(','));
    if (!in.take('}')) {
        return std::nullopt;
    }
    in.ws();
    if (in.p != in.end || u.userId.isEmpty()) {
        return std::nullopt; // trailing bytes, or no name: QJsonDocument and parseListedUser say why
    }
    return u;
}

Result<UserPage> UserApi::parsePageEnd(const QJsonObject &obj)
{
    UserPage page;
    page.total = qint64(obj.value(QLatin1String("total")).toDouble(-1));
    if (page.total < 0) {
        return invalid(QCoreApplication::translate("Steward::UserApi", "the users list has no \"total\""));
    }
    bool ok = true;
    page.nextFrom = parsePageToken(obj.value(QLatin1String("next_token")), &ok);
    if (!ok) {
        return invalid(QCoreApplication::translate("Steward::UserApi", "the users list's next_token is not a number"));
    }
    return page;
}

Result<UserPage> UserApi::parsePage(const QJsonObject &obj)
{
    if (!obj.value(QLatin1String("users")).isArray()) {
        return invalid(QCoreApplication::translate("Steward::UserApi", "the users list has no \"users\" array"));
    }
    Result<UserPage> page = parsePageEnd(obj);
    if (!page.ok()) {
        return page;
    }
    const QJsonArray users = obj.value(QLatin1String("users")).toArray();
    page.value().users.reserve(users.size());
    for (const auto &v : users) {
        Result<UserSummary> u = parseListedUser(v.toObject());
        if (!u.ok()) {
            return u.error();
        }
        page.value().users << u.value();
    }
    return page;
}

Result<UserDetails> UserApi::parseDetails(const QJsonObject &o)
{
    UserDetails d;
    d.summary = parseSummary(o);
    if (d.summary.userId.isEmpty()) {
        return invalid(QCoreApplication::translate("Steward::UserApi", "the user has no \"name\""));
    }
    d.summary.created = fromSeconds(o.value(QLatin1String("creation_ts")));
    d.appserviceId = str(o, "appservice_id");
    d.suspended = flag(o, "suspended");
    d.approved = o.value(QLatin1String("approved")).toBool(true);
    for (const auto &v : o.value(QLatin1String("threepids")).toArray()) {
        const QJsonObject t = v.toObject();
        d.threepids << ThreePid { str(t, "medium"), str(t, "address"), jsonMsToUtc(t.value(QLatin1String("added_at"))),
                                  jsonMsToUtc(t.value(QLatin1String("validated_at"))) };
    }
    for (const auto &v : o.value(QLatin1String("external_ids")).toArray()) {
        const QJsonObject e = v.toObject();
        d.externalIds << ExternalId { str(e, "auth_provider"), str(e, "external_id") };
    }
    d.raw = o;
    return d;
}

ApiReply *UserApi::listUsers(ApiService *api, const UserListQuery &query, qint64 from, int limit, QObject *ctx,
                             std::function<void(Result<UserPage>)> done)
{
    return api->call<UserPage>(
        listRequest(query, from, limit), ctx, [](const ApiReply &r) { return parsePage(r.object()); }, std::move(done));
}

namespace {
/// A users list page read as it arrives: each user parsed and handed on at once.
class UserListStream : public BodyStream
{
public:
    explicit UserListStream(UserApi::UserStreamHandlers handlers)
        : m_reader(QByteArrayLiteral("users"), [this](const QJsonObject &o) { return take(o); })
        , m_handlers(std::move(handlers))
    {
        // Most users have the flat shape readFlatListedUser() reads without a QJsonObject (a quarter
        // of the export's time per user otherwise); the others go through QJsonDocument.
        m_reader.setFastReader([this](QByteArrayView element) -> std::optional<bool> {
            std::optional<UserSummary> u = UserApi::readFlatListedUser(element);
            if (!u) {
                return std::nullopt;
            }
            return hand(*u);
        });
    }
    void restart() override
    {
        m_reader.reset();
        if (m_handlers.restarted) {
            m_handlers.restarted();
        }
    }
    bool feed(QByteArrayView bytes) override
    {
        const bool ok = m_reader.feed(bytes);
        if (m_handlers.chunk) {
            m_handlers.chunk();
        }
        return ok;
    }
    bool finish() override { return m_reader.finish(); }
    QString errorString() const override { return m_reader.errorString(); }
    QJsonObject rest() const { return m_reader.rest(); }

private:
    bool take(const QJsonObject &o)
    {
        const Result<UserSummary> u = UserApi::parseListedUser(o);
        if (!u.ok()) {
            m_reader.fail(u.error().message());
            return false;
        }
        return hand(u.value());
    }
    bool hand(const UserSummary &u)
    {
        QString stop;
        if (m_handlers.user(u, &stop)) {
            return true;
        }
        m_reader.fail(stop);
        return false;
    }

    JsonArrayStream m_reader;
    UserApi::UserStreamHandlers m_handlers;
};
} // namespace

ApiReply *UserApi::streamUsers(ApiService *api, const UserListQuery &query, qint64 from, int limit, QObject *ctx,
                               UserStreamHandlers handlers, std::function<void(Result<UserPage>)> done)
{
    auto stream = std::make_shared<UserListStream>(std::move(handlers));
    ApiRequest request = listRequest(query, from, limit);
    request.setBodyStream(stream);
    if (limit > LargePage) {
        // Synapse sends nothing until it has built the whole page (~15 s for 500,000 users on the
        // benchmark machine): silence that long is not a dead server.
        request.setTransferTimeout(std::max(api->transferTimeout(), LargePageTimeout));
        // Not sent again as it is: the caller decides (the export asks for a smaller page).
        request.setMaxTransientRetries(0);
    }
    return api->call<UserPage>(
        std::move(request), ctx, [stream](const ApiReply &) { return parsePageEnd(stream->rest()); }, std::move(done));
}

ApiReply *UserApi::queryUser(ApiService *api, const QString &userId, QObject *ctx,
                             std::function<void(Result<UserDetails>)> done)
{
    return api->call<UserDetails>(
        ApiRequest::get(u"/_synapse/admin/v2/users/{}", { userId }), ctx,
        [](const ApiReply &r) { return parseDetails(r.object()); }, std::move(done));
}

ApiReply *UserApi::userExists(ApiService *api, const QString &userId, QObject *ctx,
                              std::function<void(Result<bool>)> done)
{
    ApiReply *reply = api->send(ApiRequest::get(u"/_synapse/admin/v2/users/{}", { userId }));
    QObject::connect(reply, &ApiReply::finished, ctx, [reply, done = std::move(done)]() {
        if (reply->ok()) {
            done(true);
        } else if (reply->error().isNotFound()) {
            done(false);
        } else {
            done(reply->error());
        }
    });
    return reply;
}

ApiReply *UserApi::putUser(ApiService *api, const QString &userId, const UserChanges &changes, QObject *ctx,
                           std::function<void(Result<bool>)> done)
{
    return api->call<bool>(
        ApiRequest::put(u"/_synapse/admin/v2/users/{}", { userId }, changes.toJson()), ctx,
        [](const ApiReply &r) -> Result<bool> { return r.httpStatus() == 201; }, std::move(done));
}

ApiReply *UserApi::deactivate(ApiService *api, const QString &userId, bool erase, QObject *ctx,
                              std::function<void(Result<bool>)> done)
{
    // Deactivating twice does no harm, so a lost answer may be retried.
    auto req = ApiRequest::post(u"/_synapse/admin/v1/deactivate/{}", { userId },
                                QJsonObject { { QStringLiteral("erase"), erase } })
                   .setSafeToRepeat(true);
    return api->call<bool>(req, ctx, okTrue, std::move(done));
}

ApiReply *UserApi::setShadowBanned(ApiService *api, const QString &userId, bool banned, QObject *ctx,
                                   std::function<void(Result<bool>)> done)
{
    auto req = banned ? ApiRequest::post(u"/_synapse/admin/v1/users/{}/shadow_ban", { userId }, QJsonObject {})
                      : ApiRequest::del(u"/_synapse/admin/v1/users/{}/shadow_ban", { userId }, QJsonObject {});
    req.setSafeToRepeat(true);
    return api->call<bool>(req, ctx, okTrue, std::move(done));
}

ApiReply *UserApi::joinedRooms(ApiService *api, const QString &userId, QObject *ctx,
                               std::function<void(Result<QStringList>)> done)
{
    return api->call<QStringList>(
        ApiRequest::get(u"/_synapse/admin/v1/users/{}/joined_rooms", { userId }), ctx,
        [](const ApiReply &r) -> Result<QStringList> {
            QStringList rooms;
            for (const auto &v : r.object().value(QLatin1String("joined_rooms")).toArray()) {
                rooms << v.toString();
            }
            return rooms;
        },
        std::move(done));
}

ApiReply *UserApi::devices(ApiService *api, const QString &userId, QObject *ctx,
                           std::function<void(Result<QList<UserDevice>>)> done)
{
    return api->call<QList<UserDevice>>(
        ApiRequest::get(u"/_synapse/admin/v2/users/{}/devices", { userId }), ctx,
        [](const ApiReply &r) -> Result<QList<UserDevice>> {
            QList<UserDevice> list;
            for (const auto &v : r.object().value(QLatin1String("devices")).toArray()) {
                const QJsonObject d = v.toObject();
                list << UserDevice { str(d, "device_id"), str(d, "display_name"), str(d, "last_seen_ip"),
                                     str(d, "last_seen_user_agent"),
                                     jsonMsToUtc(d.value(QLatin1String("last_seen_ts"))) };
            }
            return list;
        },
        std::move(done));
}

ApiReply *UserApi::whois(ApiService *api, const QString &userId, QObject *ctx,
                         std::function<void(Result<QList<WhoisConnection>>)> done)
{
    return api->call<QList<WhoisConnection>>(
        ApiRequest::get(u"/_synapse/admin/v1/whois/{}", { userId }), ctx,
        [](const ApiReply &r) -> Result<QList<WhoisConnection>> {
            QList<WhoisConnection> list;
            const QJsonObject devices = r.object().value(QLatin1String("devices")).toObject();
            for (auto it = devices.begin(); it != devices.end(); ++it) {
                for (const auto &s : it.value().toObject().value(QLatin1String("sessions")).toArray()) {
                    for (const auto &c : s.toObject().value(QLatin1String("connections")).toArray()) {
                        const QJsonObject o = c.toObject();
                        list << WhoisConnection { it.key(), str(o, "ip"), str(o, "user_agent"),
                                                  jsonMsToUtc(o.value(QLatin1String("last_seen"))) };
                    }
                }
            }
            return list;
        },
        std::move(done));
}

ApiReply *UserApi::deleteDevice(ApiService *api, const QString &userId, const QString &deviceId, QObject *ctx,
                                std::function<void(Result<bool>)> done)
{
    return api->call<bool>(ApiRequest::del(u"/_synapse/admin/v2/users/{}/devices/{}", { userId, deviceId }, {}), ctx,
                           okTrue, std::move(done));
}

ApiReply *UserApi::deleteDevices(ApiService *api, const QString &userId, const QStringList &deviceIds, QObject *ctx,
                                 std::function<void(Result<bool>)> done)
{
    // Logging out a device that is already gone succeeds: repeating after a lost reply is harmless.
    auto req = ApiRequest::post(u"/_synapse/admin/v2/users/{}/delete_devices", { userId },
                                QJsonObject { { QStringLiteral("devices"), QJsonArray::fromStringList(deviceIds) } })
                   .setSafeToRepeat(true);
    return api->call<bool>(req, ctx, okTrue, std::move(done));
}

namespace {
void collectAdmins(ApiService *api, QObject *ctx, qint64 from, QStringList found,
                   std::function<void(Result<QStringList>)> done)
{
    UserListQuery q;
    q.adminsOnly = true;
    q.includeLocked = true;
    q.includeDeactivated = false;
    UserApi::listUsers(api, q, from, 500, ctx,
                       [api, ctx, found, done = std::move(done)](const Result<UserPage> &page) mutable {
                           if (!page.ok()) {
                               done(page.error());
                               return;
                           }
                           for (const UserSummary &u : page->users) {
                               if (u.admin && !u.locked && !u.deactivated) {
                                   found << u.userId;
                               }
                           }
                           if (page->nextFrom) {
                               collectAdmins(api, ctx, *page->nextFrom, found, std::move(done));
                           } else {
                               done(found);
                           }
                       });
}
} // namespace

void UserApi::activeAdmins(ApiService *api, QObject *ctx, std::function<void(Result<QStringList>)> done)
{
    collectAdmins(api, ctx, 0, {}, std::move(done));
}

ApiReply *UserApi::memberships(ApiService *api, const QString &userId, QObject *ctx,
                               std::function<void(Result<QHash<QString, QString>>)> done)
{
    return api->call<QHash<QString, QString>>(
        ApiRequest::get(u"/_synapse/admin/v1/users/{}/memberships", { userId }), ctx,
        [](const ApiReply &r) -> Result<QHash<QString, QString>> {
            if (!r.object().value(QLatin1String("memberships")).isObject()) {
                return ApiError::missingField("memberships");
            }
            QHash<QString, QString> out;
            const QJsonObject m = r.object().value(QLatin1String("memberships")).toObject();
            for (auto it = m.begin(); it != m.end(); ++it) {
                out.insert(it.key(), it.value().toString());
            }
            return out;
        },
        std::move(done));
}

ApiReply *UserApi::pushers(ApiService *api, const QString &userId, QObject *ctx,
                           std::function<void(Result<QList<UserPusher>>)> done)
{
    return api->call<QList<UserPusher>>(
        ApiRequest::get(u"/_synapse/admin/v1/users/{}/pushers", { userId }), ctx,
        [](const ApiReply &r) -> Result<QList<UserPusher>> {
            if (!r.object().value(QLatin1String("pushers")).isArray()) {
                return ApiError::missingField("pushers");
            }
            QList<UserPusher> list;
            for (const auto &v : r.object().value(QLatin1String("pushers")).toArray()) {
                const QJsonObject p = v.toObject();
                list << UserPusher { str(p, "kind"),
                                     str(p, "app_id"),
                                     str(p, "app_display_name"),
                                     str(p, "device_display_name"),
                                     str(p, "pushkey"),
                                     p.value(QLatin1String("data")).toObject().value(QLatin1String("url")).toString(),
                                     str(p, "lang") };
            }
            return list;
        },
        std::move(done));
}

ApiReply *UserApi::mediaUsage(ApiService *api, const QString &userId, QObject *ctx,
                              std::function<void(Result<UserMediaUsage>)> done)
{
    const QString localpart = MatrixId::localpart(userId);
    auto req = ApiRequest::get(u"/_synapse/admin/v1/statistics/users/media");
    req.addQuery(QStringLiteral("search_term"), localpart).addQuery(QStringLiteral("limit"), 500);
    return api->call<UserMediaUsage>(
        req, ctx,
        [userId](const ApiReply &r) -> Result<UserMediaUsage> {
            const QJsonObject obj = r.object();
            if (!obj.value(QLatin1String("users")).isArray()) {
                return ApiError::missingField("users");
            }
            const QJsonArray users = obj.value(QLatin1String("users")).toArray();
            for (const auto &v : users) {
                const QJsonObject u = v.toObject();
                if (str(u, "user_id") == userId) {
                    return UserMediaUsage { jsonInt64(u.value(QLatin1String("media_count"))),
                                            jsonInt64(u.value(QLatin1String("media_length"))) };
                }
            }
            if (obj.contains(QLatin1String("next_token"))) {
                return invalid(QCoreApplication::translate(
                    "Steward::UserApi", "too many users match this user's name to find their media statistics"));
            }
            return UserMediaUsage {}; // not listed: the server has no media of this user
        },
        std::move(done));
}

} // namespace Steward
