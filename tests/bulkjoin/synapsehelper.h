#pragma once
// Test-only helpers for the real Synapse: create users and rooms with unique names, read memberships.

#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

namespace StewardTest {

class SynapseHelper
{
public:
    explicit SynapseHelper(const TestServer &server)
        : m_server(server)
        , m_tag(QStringLiteral("bj%1").arg(QRandomGenerator::global()->generate() % 0xFFFFFF, 6, 16, QLatin1Char('0')))
    { }

    QString tag() const { return m_tag; }
    QString uid(const QString &name) const { return QStringLiteral("@%1-%2:%3").arg(m_tag, name, m_server.serverName); }
    QString alias(const QString &name) const
    {
        return QStringLiteral("#%1-%2:%3").arg(m_tag, name, m_server.serverName);
    }

    static QString enc(const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); }

    /// One call; returns the HTTP status (0 on timeout) and fills *out.
    int call(const QByteArray &method, const QString &path, const QJsonObject &body = {}, QJsonObject *out = nullptr,
             const QString &token = QString())
    {
        QNetworkRequest req(QUrl(m_server.baseUrl.toString() + path, QUrl::StrictMode));
        req.setRawHeader("Authorization", "Bearer " + (token.isEmpty() ? m_server.adminToken : token).toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = method == "GET"
            ? m_nam.get(req)
            : m_nam.sendCustomRequest(req, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QDeadlineTimer deadline(30000);
        while (!reply->isFinished() && !deadline.hasExpired()) {
            QTest::qWait(5);
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (out) {
            *out = QJsonDocument::fromJson(reply->readAll()).object();
        }
        reply->deleteLater();
        return status;
    }

    bool createUser(const QString &name, bool deactivated = false)
    {
        const QString id = uid(name);
        if (call("PUT", QStringLiteral("/_synapse/admin/v2/users/") + enc(id),
                 { { QStringLiteral("password"), QStringLiteral("pw-%1").arg(m_tag) } })
            != 201) {
            return false;
        }
        return !deactivated
            || call("POST", QStringLiteral("/_synapse/admin/v1/deactivate/") + enc(id),
                    { { QStringLiteral("erase"), false } })
            == 200;
    }

    /// Returns the room id; preset public_chat or private_chat (invite-only). token: the creator.
    QString createRoom(const QString &aliasName, const QString &preset, const QString &token = QString())
    {
        QJsonObject out;
        const int status = call("POST", QStringLiteral("/_matrix/client/v3/createRoom"),
                                { { QStringLiteral("preset"), preset },
                                  { QStringLiteral("room_alias_name"), QStringLiteral("%1-%2").arg(m_tag, aliasName) },
                                  { QStringLiteral("name"), aliasName } },
                                &out, token);
        return status == 200 ? out.value(QStringLiteral("room_id")).toString() : QString();
    }

    bool adminJoin(const QString &roomId, const QString &userId)
    {
        return call("POST", QStringLiteral("/_synapse/admin/v1/join/") + enc(roomId),
                    { { QStringLiteral("user_id"), userId } })
            == 200;
    }

    QSet<QString> members(const QString &roomId)
    {
        QJsonObject out;
        call("GET", QStringLiteral("/_synapse/admin/v1/rooms/%1/members").arg(enc(roomId)), {}, &out);
        QSet<QString> set;
        for (const auto &m : out.value(QStringLiteral("members")).toArray()) {
            set.insert(m.toString());
        }
        return set;
    }

private:
    TestServer m_server;
    QString m_tag;
    QNetworkAccessManager m_nam;
};

} // namespace StewardTest
