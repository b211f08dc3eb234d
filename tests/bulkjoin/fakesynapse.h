#pragma once
// Just enough of Synapse for the bulk join (probe, user query, alias, room details, members, join),
// served by FakeHttpServer, with knobs for the faults the real server will not produce on demand.

#include "fakehttpserver.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <memory>

namespace StewardTest {

struct FakeSynapse
{
    QString serverName = QStringLiteral("fake.test");
    QString admin = QStringLiteral("@admin:fake.test");
    QSet<QString> users;
    QHash<QString, QString> aliases; ///< alias -> room id
    QHash<QString, QSet<QString>> members; ///< room id -> joined users
    QHash<QString, int> joinCount; ///< "user room" -> joins the server performed
    int joinDelayMs = 0;
    double rateLimitShare = 0; ///< share of join requests answered 429
    int rateLimitMs = 20;
    int rateLimited = 0;

    QString uid(int i) const { return QStringLiteral("@u%1:%2").arg(i, 4, 10, QLatin1Char('0')).arg(serverName); }
    QString roomId(int i) const { return QStringLiteral("!room%1:%2").arg(i).arg(serverName); }
    void populate(int nUsers, int nRooms)
    {
        for (int i = 0; i < nUsers; ++i) {
            users.insert(uid(i));
        }
        for (int i = 0; i < nRooms; ++i) {
            members[roomId(i)].insert(admin);
        }
    }

    static QString seg(const QByteArray &path, int index)
    {
        return QUrl::fromPercentEncoding(path.split('/').value(index));
    }

    FakeResponse handle(const FakeRequest &req)
    {
        const QByteArray path = req.path();
        auto json = [](int status, const QJsonObject &o) {
            return FakeResponse::json(status, o);
        };
        auto notFound = [&]() {
            return json(404,
                        { { QStringLiteral("errcode"), QStringLiteral("M_NOT_FOUND") },
                          { QStringLiteral("error"), QStringLiteral("Not found") } });
        };
        if (path == "/_matrix/client/versions") {
            return json(200, { { QStringLiteral("versions"), QJsonArray { QStringLiteral("v1.11") } } });
        }
        if (path == "/_synapse/admin/v1/server_version") {
            return json(200, { { QStringLiteral("server_version"), QStringLiteral("1.163.0 (fake)") } });
        }
        if (path == "/_matrix/client/v3/account/whoami") {
            return json(200, { { QStringLiteral("user_id"), admin } });
        }
        if (path.startsWith("/_synapse/admin/v2/users/") && seg(path, 5) == admin) { // the admin check
            return json(200, { { QStringLiteral("name"), admin }, { QStringLiteral("admin"), true } });
        }
        if (path.startsWith("/_synapse/admin/v2/users/")) {
            const QString id = seg(path, 5);
            if (!users.contains(id)) {
                return notFound();
            }
            return json(200, { { QStringLiteral("name"), id }, { QStringLiteral("deactivated"), false } });
        }
        if (path.startsWith("/_matrix/client/v3/directory/room/")) {
            const QString alias = seg(path, 6);
            if (!aliases.contains(alias)) {
                return notFound();
            }
            return json(200, { { QStringLiteral("room_id"), aliases.value(alias) } });
        }
        if (path.startsWith("/_synapse/admin/v1/rooms/")) {
            const QString room = seg(path, 5);
            if (!members.contains(room)) {
                return notFound();
            }
            if (path.endsWith("/members")) {
                QJsonArray list;
                for (const QString &m : members.value(room)) {
                    list.append(m);
                }
                return json(200, { { QStringLiteral("members"), list }, { QStringLiteral("total"), list.size() } });
            }
            return json(
                200,
                { { QStringLiteral("room_id"), room }, { QStringLiteral("join_rules"), QStringLiteral("public") } });
        }
        if (path.startsWith("/_synapse/admin/v1/join/") && req.method == "POST") {
            if (rateLimitShare > 0 && QRandomGenerator::global()->generateDouble() < rateLimitShare) {
                ++rateLimited;
                return json(429,
                            { { QStringLiteral("errcode"), QStringLiteral("M_LIMIT_EXCEEDED") },
                              { QStringLiteral("error"), QStringLiteral("Too Many Requests") },
                              { QStringLiteral("retry_after_ms"), rateLimitMs } });
            }
            const QString room = seg(path, 5);
            const QString user = req.json().value(QStringLiteral("user_id")).toString();
            if (!members.contains(room) || !users.contains(user)) {
                return notFound();
            }
            // The join happens when the request arrives; the answer may come later (delay).
            members[room].insert(user);
            ++joinCount[user + QLatin1Char(' ') + room];
            return json(200, { { QStringLiteral("room_id"), room } }).delay(joinDelayMs);
        }
        return json(404,
                    { { QStringLiteral("errcode"), QStringLiteral("M_UNRECOGNIZED") },
                      { QStringLiteral("error"), QStringLiteral("Unrecognized request") } });
    }

    void attach(FakeHttpServer *server)
    {
        server->setHandler([this](const FakeRequest &req) { return handle(req); });
    }
};

} // namespace StewardTest
