#pragma once
// Test-only helpers for the rooms tests: raw calls against the real Synapse to set up and check
// state independently of the code under test (own users and rooms with unique names).

#include "apiservice.h"
#include "await.h"
#include "testserver.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

namespace RoomsTest {

struct Raw
{
    bool finished = false;
    int status = 0;
    QJsonObject body;
    QString error;
};

/// Sends one request and waits for it (tests only; the app never waits like this).
inline Raw rawCall(Steward::ApiService &api, Steward::ApiRequest request)
{
    const StewardTest::Answer a = StewardTest::await(api.send(std::move(request)), 60000);
    Raw raw;
    raw.finished = a.finished;
    if (a.finished) {
        raw.status = a.ok ? 200 : a.error.httpStatus();
        raw.body = a.object;
        raw.error = a.ok ? QString() : a.error.describe();
    }
    return raw;
}

template<typename T>
bool waitFor(const std::optional<T> &slot, int ms = 60000)
{
    return StewardTest::await(slot, ms);
}

inline QString unique(const QString &prefix)
{
    static int counter = 0;
    return QStringLiteral("%1-%2-%3-%4")
        .arg(prefix)
        .arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
        .arg(++counter);
}

/// An admin-token ApiService plus helpers to make users and rooms that belong to this test alone.
class Fixture
{
public:
    explicit Fixture(const StewardTest::TestServer &server)
        : m_server(server)
        , admin(&m_nam)
    {
        admin.setBaseUrl(server.baseUrl);
        admin.setAccessToken(server.adminToken);
    }

    /// Creates a local user and returns its id; *token gets an access token for it.
    QString createUser(const QString &prefix, QString *token = nullptr)
    {
        const QString userId = QStringLiteral("@%1:%2").arg(unique(prefix), m_server.serverName);
        Raw r = rawCall(admin,
                        Steward::ApiRequest::put(u"/_synapse/admin/v2/users/{}", { userId },
                                                 { { QStringLiteral("password"), unique(QStringLiteral("pw")) } }));
        if (r.status != 200) {
            qWarning() << "creating" << userId << "failed:" << r.error;
            return {};
        }
        if (token) {
            r = rawCall(admin, Steward::ApiRequest::post(u"/_synapse/admin/v1/users/{}/login", { userId }, {}));
            *token = r.body.value(QStringLiteral("access_token")).toString();
        }
        return userId;
    }

    /// Creates a room as the user with this token; returns its id.
    QString createRoom(const QString &token, const QJsonObject &body)
    {
        Steward::ApiService as(&m_nam);
        as.setBaseUrl(m_server.baseUrl);
        as.setAccessToken(token);
        const Raw r = rawCall(as, Steward::ApiRequest::post(u"/_matrix/client/v3/createRoom", {}, body));
        if (r.status != 200) {
            qWarning() << "createRoom failed:" << r.error;
        }
        return r.body.value(QStringLiteral("room_id")).toString();
    }

    Raw asUser(const QString &token, Steward::ApiRequest request)
    {
        Steward::ApiService as(&m_nam);
        as.setBaseUrl(m_server.baseUrl);
        as.setAccessToken(token);
        return rawCall(as, std::move(request));
    }

    Raw get(QStringView path, std::initializer_list<QString> args)
    {
        return rawCall(admin, Steward::ApiRequest::get(path, args));
    }

    /// The power level the room's current state gives this user.
    int powerLevel(const QString &roomId, const QString &userId)
    {
        const Raw r = get(u"/_synapse/admin/v1/rooms/{}/state", { roomId });
        for (const QJsonValue &v : r.body.value(QStringLiteral("state")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("type")).toString() == u"m.room.power_levels") {
                const QJsonObject content = e.value(QStringLiteral("content")).toObject();
                const QJsonObject users = content.value(QStringLiteral("users")).toObject();
                return users.contains(userId) ? users.value(userId).toInt()
                                              : content.value(QStringLiteral("users_default")).toInt();
            }
        }
        return -1;
    }

    /// join / invite / leave / ban from the room's current state; empty when none.
    QString membership(const QString &roomId, const QString &userId)
    {
        const Raw r = get(u"/_synapse/admin/v1/rooms/{}/state", { roomId });
        for (const QJsonValue &v : r.body.value(QStringLiteral("state")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("type")).toString() == u"m.room.member"
                && e.value(QStringLiteral("state_key")).toString() == userId) {
                return e.value(QStringLiteral("content")).toObject().value(QStringLiteral("membership")).toString();
            }
        }
        return {};
    }

    QStringList joinedMembers(const QString &roomId)
    {
        QStringList out;
        for (const QJsonValue &v :
             get(u"/_synapse/admin/v1/rooms/{}/members", { roomId }).body.value(QStringLiteral("members")).toArray()) {
            out << v.toString();
        }
        return out;
    }

private:
    StewardTest::TestServer m_server;
    QNetworkAccessManager m_nam;

public:
    Steward::ApiService admin;
};

} // namespace RoomsTest
