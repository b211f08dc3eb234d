#pragma once

#include "apierror.h"
#include "apireply.h"
#include "result.h"

#include <QJsonObject>

#include <QObject>
#include <QTest>

#include <functional>
#include <optional>

namespace StewardTest {

/// Serves the event loop until slot holds a value (a callback filled it) or the timeout passes.
template<typename T>
bool await(const std::optional<T> &slot, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&slot]() { return slot.has_value(); }, timeoutMs);
}

/// Sends one request and waits for its result: send(ctx, done) starts it (ctx lives until the
/// answer came or the timeout passed), done receives the Result. Empty on timeout.
///     const auto r = await<UserDetails>([&](QObject *ctx, auto done) { UserApi::queryUser(&api, id, ctx, done); });
template<typename T>
std::optional<Steward::Result<T>>
await(const std::function<void(QObject *, std::function<void(const Steward::Result<T> &)>)> &send,
      int timeoutMs = 30000)
{
    std::optional<Steward::Result<T>> result;
    QObject ctx;
    send(&ctx, [&result](const Steward::Result<T> &r) { result = r; });
    await(result, timeoutMs);
    return result;
}

/// What a reply said, captured when it finished (an ApiReply deletes itself afterwards).
struct Answer
{
    bool finished = false; ///< false: no answer before the timeout
    bool ok = false;
    int status = 0; ///< HTTP status (0: none)
    QJsonObject object;
    Steward::ApiError error;
};

/// Waits for one sent request: serves the event loop until reply finished or the timeout passed.
inline Answer await(Steward::ApiReply *reply, int timeoutMs = 30000)
{
    Answer answer;
    QObject::connect(reply, &Steward::ApiReply::finished, reply, [reply, &answer]() {
        answer.finished = true;
        answer.ok = reply->ok();
        answer.status = reply->httpStatus();
        answer.object = reply->object();
        answer.error = reply->error();
    });
    (void)QTest::qWaitFor([&answer]() { return answer.finished; }, timeoutMs);
    return answer;
}

} // namespace StewardTest
