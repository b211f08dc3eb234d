#pragma once
// Shared by the tokens, notices and directory tests: run steward-cli against the test server and
// wait for one API call.

#include "apiservice.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace NoticesTest {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// steward-cli --homeserver URL ARGS with the admin token in the environment; journals go to dataHome.
inline QProcessEnvironment cliEnvironment(const StewardTest::TestServer &server, const QString &dataHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STEWARD_ACCESS_TOKEN"), server.adminToken);
    if (!dataHome.isEmpty()) {
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    }
    return env;
}

inline Run cli(const StewardTest::TestServer &server, const QStringList &args, const QString &dataHome = {},
               const QByteArray &stdinData = {})
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(server, dataHome));
    p.start(qEnvironmentVariable("STEWARD_CLI"),
            QStringList { QStringLiteral("--homeserver"), server.baseUrl.toString() } + args);
    p.write(stdinData);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// Sends one request and waits for it; the reply's JSON object (empty with *error on failure).
inline QJsonObject call(Steward::ApiService &api, Steward::ApiRequest request, Steward::ApiError *error = nullptr)
{
    Steward::ApiReply *reply = api.send(std::move(request));
    std::optional<Steward::ApiError> result;
    QJsonObject object;
    QObject ctx;
    // Read the reply inside the handler: the service deletes it afterwards.
    QObject::connect(reply, &Steward::ApiReply::finished, &ctx, [reply, &result, &object]() {
        result = reply->error();
        object = reply->ok() ? reply->object() : QJsonObject();
    });
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 120000)) {
        return {};
    }
    if (error) {
        *error = *result;
    }
    return object;
}

/// Waits for a typed call: `fn(done)` starts it, done(Result<T>) stores the result.
template<typename T, typename Start>
std::optional<Steward::Result<T>> wait(Start start)
{
    std::optional<Steward::Result<T>> result;
    QObject ctx;
    start(&ctx, [&result](const Steward::Result<T> &r) { result = r; });
    (void)QTest::qWaitFor([&result]() { return result.has_value(); }, 120000);
    return result;
}

} // namespace NoticesTest
