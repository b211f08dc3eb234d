// libFuzzer target: server answers to every typed API call. The first byte picks the call, the second
// the HTTP status (and whether the connection closes after the body); the rest is the body. The real
// ApiService judges the answer and the typed call parses it, as with a hostile server.
#include "fuzzsupport.h"

#include "apiservice.h"
#include "bulkjoin/bulkjoinapi.h"
#include "externalids/externalidsapi.h"
#include "media/mediaapi.h"
#include "profiles/authapi.h"
#include "rooms/roomsapi.h"
#include "serverapi.h"
#include "users/userapi.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <vector>

using namespace Steward;

namespace {

struct Done
{
    bool *flag;
    template<typename R>
    void operator()(const R &r) const
    {
        if (!r.ok()) {
            (void)r.error().describe();
        }
        *flag = true;
    }
};

using Call = std::function<void(ApiService *, QObject *, Done)>;

const std::vector<Call> &calls()
{
    const QString user = QStringLiteral("@alice:example.org");
    const QString room = QStringLiteral("!room:example.org");
    static const std::vector<Call> all = {
        [=](ApiService *a, QObject *c, Done d) { UserApi::listUsers(a, UserListQuery(), 0, 100, c, d); },
        [=](ApiService *a, QObject *c, Done d) { UserApi::queryUser(a, user, c, d); },
        [=](ApiService *a, QObject *c, Done d) { UserApi::userExists(a, user, c, d); },
        [=](ApiService *a, QObject *c, Done d) {
            UserChanges ch;
            ch.displayName = QStringLiteral("x");
            UserApi::putUser(a, user, ch, c, d);
        },
        [=](ApiService *a, QObject *c, Done d) { UserApi::deactivate(a, user, false, c, d); },
        [=](ApiService *a, QObject *c, Done d) { UserApi::setShadowBanned(a, user, true, c, d); },
        [=](ApiService *a, QObject *c, Done d) { UserApi::joinedRooms(a, user, c, d); },
        [=](ApiService *a, QObject *c, Done d) { UserApi::devices(a, user, c, d); },
        [=](ApiService *a, QObject *c, Done d) { UserApi::whois(a, user, c, d); },
        [=](ApiService *a, QObject *c, Done d) { RoomsApi::list(a, RoomListQuery(), c, d); },
        [=](ApiService *a, QObject *c, Done d) { RoomsApi::details(a, room, c, d); },
        [=](ApiService *a, QObject *c, Done d) { RoomsApi::members(a, room, c, d); },
        [=](ApiService *a, QObject *c, Done d) { RoomsApi::state(a, room, c, d); },
        [=](ApiService *a, QObject *c, Done d) { RoomsApi::blockStatus(a, room, c, d); },
        [=](ApiService *a, QObject *c, Done d) { RoomsApi::setBlocked(a, room, true, c, d); },
        [=](ApiService *a, QObject *c, Done d) { RoomsApi::makeRoomAdmin(a, room, user, c, d); },
        [=](ApiService *a, QObject *c, Done d) { RoomsApi::deleteRoom(a, room, RoomDeleteOptions(), c, d); },
        [=](ApiService *a, QObject *c, Done d) { RoomsApi::deleteStatus(a, QStringLiteral("abc"), c, d); },
        [=](ApiService *a, QObject *c, Done d) { RoomsApi::deleteStatusForRoom(a, room, c, d); },
        [=](ApiService *a, QObject *c, Done d) { RoomsApi::resolveAlias(a, QStringLiteral("#a:example.org"), c, d); },
        [=](ApiService *a, QObject *c, Done d) { MediaApi::userMediaStatistics(a, 0, 100, 1, c, d); },
        [=](ApiService *a, QObject *c, Done d) { MediaApi::userMedia(a, user, 0, 100, c, d); },
        [=](ApiService *a, QObject *c, Done d) { MediaApi::userAvatar(a, user, c, d); },
        [=](ApiService *a, QObject *c, Done d) { MediaApi::roomAvatars(a, 0, 100, c, d); },
        [=](ApiService *a, QObject *c, Done d) {
            MediaPurgeCriteria crit;
            crit.beforeTs = 1700000000000;
            MediaApi::deleteLocalMedia(a, QStringLiteral("example.org"), crit, c, d);
        },
        [=](ApiService *a, QObject *c, Done d) { MediaApi::purgeRemoteCache(a, 1700000000000, c, d); },
        [=](ApiService *a, QObject *c, Done d) { MediaApi::protect(a, QStringLiteral("abc"), c, d); },
        [=](ApiService *a, QObject *c, Done d) {
            MediaApi::quarantine(a, QStringLiteral("example.org"), QStringLiteral("abc"), c, d);
        },
        [=](ApiService *a, QObject *c, Done d) { ServerApi::serverVersion(a, c, d); },
        [=](ApiService *a, QObject *c, Done d) { ServerApi::clientVersions(a, c, d); },
        [=](ApiService *a, QObject *c, Done d) { ServerApi::whoAmI(a, c, d); },
        [=](ApiService *a, QObject *c, Done d) { ServerApi::isServerAdmin(a, user, c, d); },
        [=](ApiService *a, QObject *c, Done d) { ExternalIdsApi::listUsers(a, 0, 100, true, false, c, d); },
        [=](ApiService *a, QObject *c, Done d) { ExternalIdsApi::userExternalIds(a, user, c, d); },
        [=](ApiService *a, QObject *c, Done d) {
            ExternalIdsApi::replaceExternalIds(a, user, { { QStringLiteral("oidc"), QStringLiteral("x") } }, c, d);
        },
        [=](ApiService *a, QObject *c, Done d) { BulkJoinApi::queryUser(a, user, c, d); },
        [=](ApiService *a, QObject *c, Done d) { BulkJoinApi::roomDetails(a, room, c, d); },
        [=](ApiService *a, QObject *c, Done d) { BulkJoinApi::roomMembers(a, room, c, d); },
        [=](ApiService *a, QObject *c, Done d) { BulkJoinApi::joinUser(a, room, user, c, d); },
        [=](ApiService *a, QObject *c, Done d) { BulkJoinApi::joinSelf(a, room, c, d); },
        [=](ApiService *a, QObject *c, Done d) { AuthApi::wellKnown(a, c, d); },
        [=](ApiService *a, QObject *c, Done d) { AuthApi::usesDelegatedAuth(a, c, d); },
        [=](ApiService *a, QObject *c, Done d) {
            AuthApi::loginWithPassword(a, QStringLiteral("alice"), QStringLiteral("pw"), QStringLiteral("dev"), c, d);
        },
        [=](ApiService *a, QObject *c, Done d) { AuthApi::logout(a, c, d); },
    };
    return all;
}

const int statuses[] = { 200, 200, 200, 200, 201, 400, 401, 403, 404, 409, 429, 500, 502, 503, 0, 302 };

} // namespace

/// The users export reads most users with UserApi::readFlatListedUser instead of QJsonDocument:
/// wherever it answers, it must answer what QJsonDocument and parseListedUser() give.
void checkFlatUserReader(const QByteArray &json)
{
    const std::optional<UserSummary> quick = UserApi::readFlatListedUser(json);
    if (!quick) {
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const Result<UserSummary> slow = error.error == QJsonParseError::NoError && doc.isObject()
        ? UserApi::parseListedUser(doc.object())
        : Result<UserSummary>(ApiError::invalidResponse(error.errorString()));
    if (!slow.ok() || !(*quick == slow.value())) {
        std::fprintf(stderr, "readFlatListedUser disagrees with QJsonDocument on %s\n", json.constData());
        std::abort();
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    StewardFuzz::app();
    checkFlatUserReader(QByteArray(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2)));
    static auto *network = new StewardFuzz::FuzzNetwork;
    const auto &all = calls();
    const Call &call = all[data[0] % all.size()];
    StewardFuzz::Answer answer;
    answer.status = statuses[data[1] % std::size(statuses)];
    if (data[1] & 0x80) { // the connection closes after (part of) the body
        answer.error = QNetworkReply::RemoteHostClosedError;
    }
    if (answer.status == 429) {
        answer.retryAfter = QByteArray::number(data[1] & 0x7);
    }
    answer.body = QByteArray(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    network->answer = answer;

    ApiService api(network);
    api.setBaseUrl(QUrl(QStringLiteral("http://fuzz.invalid")));
    api.setAccessToken(QStringLiteral("fuzz-token"));
    api.setMaxInFlight(1);
    RetryPolicy policy;
    policy.maxTransientRetries = 0;
    policy.maxRateLimitRetries = 0;
    api.setRetryPolicy(policy);
    bool done = false;
    {
        QObject ctx;
        call(&api, &ctx, Done { &done });
        // Every answer is delivered from a zero-timer; a call that sends a follow-up request (the
        // legacy media delete) gets the same answer. Bounded: a held queue does not spin forever.
        for (int i = 0; i < 200 && !done; ++i) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        }
        api.cancelAll();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
