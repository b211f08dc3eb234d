#pragma once
// Helpers shared by the users tests: an admin ApiService on the test server, bulk user creation
// with bounded concurrency, and reading CSV back with Python's csv module.

#include "apiservice.h"
#include "testserver.h"
#include "users/userapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

namespace UsersTest {

struct Admin
{
    QNetworkAccessManager nam;
    Steward::ApiService api { &nam };
    explicit Admin(const StewardTest::TestServer &server)
    {
        api.setBaseUrl(server.baseUrl);
        api.setAccessToken(server.adminToken);
        api.setMaxInFlight(8); // bounded: other tests share the server
    }
};

/// A localpart prefix no other test (or earlier run) uses.
inline QString uniquePrefix(const char *tag)
{
    return QStringLiteral("%1-%2-")
        .arg(QLatin1String(tag))
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

inline QString userId(const StewardTest::TestServer &server, const QString &localpart)
{
    return QStringLiteral("@%1:%2").arg(localpart, server.serverName);
}

/// PUT every user (body per user) with at most api.maxInFlight() requests at a time. Returns the
/// number of failures (0 on success) once all have answered.
inline int putUsers(Steward::ApiService &api, const QList<QPair<QString, QJsonObject>> &users)
{
    int done = 0;
    int failures = 0;
    QObject ctx;
    for (const auto &[id, body] : users) {
        Steward::ApiReply *reply = api.send(Steward::ApiRequest::put(u"/_synapse/admin/v2/users/{}", { id }, body));
        QObject::connect(reply, &Steward::ApiReply::finished, &ctx, [reply, &done, &failures]() {
            ++done;
            if (!reply->ok()) {
                ++failures;
                qWarning() << "PUT user failed:" << reply->error().describe();
            }
        });
    }
    if (!QTest::qWaitFor([&]() { return done == users.size(); }, 300000)) {
        return int(users.size()) - done + failures;
    }
    return failures;
}

inline bool putUser(Steward::ApiService &api, const QString &id, const QJsonObject &body)
{
    return putUsers(api, { { id, body } }) == 0;
}

/// The server's own answer for a query (one big page).
inline Steward::UserPage listDirect(Steward::ApiService &api, const Steward::UserListQuery &query)
{
    std::optional<Steward::Result<Steward::UserPage>> result;
    QObject ctx;
    Steward::UserApi::listUsers(&api, query, 0, 1000, &ctx,
                                [&result](const Steward::Result<Steward::UserPage> &r) { result = r; });
    if (!QTest::qWaitFor([&]() { return result.has_value(); }, 60000) || !result->ok()) {
        return {};
    }
    return result->value();
}

/// Parses CSV bytes with Python's csv module (a standard RFC 4180 reader); empty on failure.
inline QList<QStringList> parseCsvWithPython(const QByteArray &csv, QString *error = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("python3"),
            { QStringLiteral("-c"),
              QStringLiteral("import csv,io,json,sys\n"
                             "data=sys.stdin.buffer.read().decode('utf-8')\n"
                             "rows=list(csv.reader(io.StringIO(data, newline=''), strict=True))\n"
                             "sys.stdout.write(json.dumps(rows))\n") });
    p.write(csv);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        if (error) {
            *error = QString::fromUtf8(p.readAllStandardError());
        }
        return {};
    }
    QList<QStringList> rows;
    for (const auto &row : QJsonDocument::fromJson(p.readAllStandardOutput()).array()) {
        QStringList fields;
        for (const auto &f : row.toArray()) {
            fields << f.toString();
        }
        rows << fields;
    }
    return rows;
}

} // namespace UsersTest
