#pragma once
// The reports tests' scenario, seeded through the client API like real users would: a spammer and
// a bystander write in two rooms (and the spammer in a third), two reporters report events and
// users. Every name is unique to the run, so other tests sharing the server do not interfere.

#include "../rooms/roomstesthelper.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QUuid>

namespace ReportsTest {

using RoomsTest::Raw;

struct Scenario
{
    QString spammer, spammerToken;
    QString bystander, bystanderToken;
    QString reporter1, reporter1Token;
    QString reporter2, reporter2Token;
    QString roomA, roomB, roomC;
    QStringList spamA, spamB, spamC; ///< the spammer's message event ids per room
    QStringList calmA, calmB; ///< the bystander's
    QString imageEvent; ///< a spammer's image in room A (reported)
    QString imageMxc;
    QStringList reportedEvents; ///< every event reported (with repeats when reported twice)
};

inline QString send(RoomsTest::Fixture &f, const QString &token, const QString &room, const QJsonObject &content,
                    const QString &type = QStringLiteral("m.room.message"))
{
    const Raw r =
        f.asUser(token,
                 Steward::ApiRequest::put(u"/_matrix/client/v3/rooms/{}/send/{}/{}",
                                          { room, type, QUuid::createUuid().toString(QUuid::Id128) }, content));
    return r.body.value(QStringLiteral("event_id")).toString();
}

inline QString text(RoomsTest::Fixture &f, const QString &token, const QString &room, const QString &body)
{
    return send(f, token, room,
                { { QStringLiteral("msgtype"), QStringLiteral("m.text") }, { QStringLiteral("body"), body } });
}

inline bool join(RoomsTest::Fixture &f, const QString &token, const QString &room)
{
    return f.asUser(token, Steward::ApiRequest::post(u"/_matrix/client/v3/join/{}", { room }, {})).status == 200;
}

inline bool reportEvent(RoomsTest::Fixture &f, const QString &token, const QString &room, const QString &event,
                        const QString &reason, int score = -50)
{
    return f.asUser(
                token,
                Steward::ApiRequest::post(u"/_matrix/client/v3/rooms/{}/report/{}", { room, event },
                                          { { QStringLiteral("reason"), reason }, { QStringLiteral("score"), score } }))
               .status
        == 200;
}

inline bool reportUser(RoomsTest::Fixture &f, const QString &token, const QString &user, const QString &reason)
{
    return f.asUser(token,
                    Steward::ApiRequest::post(u"/_matrix/client/v3/users/{}/report", { user },
                                              { { QStringLiteral("reason"), reason } }))
               .status
        == 200;
}

/// Uploads bytes as the user (raw body: the ApiService speaks JSON only); gives the mxc URI.
inline QString upload(const StewardTest::TestServer &server, const QString &token, const QByteArray &bytes)
{
    QNetworkAccessManager nam;
    QUrl url = server.baseUrl;
    url.setPath(url.path() + QStringLiteral("/_matrix/media/v3/upload"));
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("image/png"));
    QNetworkReply *reply = nam.post(req, bytes);
    if (!QTest::qWaitFor([reply]() { return reply->isFinished(); }, 60000)) {
        return {};
    }
    const QString mxc =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("content_uri")).toString();
    reply->deleteLater();
    return mxc;
}

/// Builds the scenario; empty spammer on failure (the caller QVERIFYs).
inline Scenario seed(RoomsTest::Fixture &f, const StewardTest::TestServer &server)
{
    Scenario s;
    s.spammer = f.createUser(QStringLiteral("spam"), &s.spammerToken);
    s.bystander = f.createUser(QStringLiteral("calm"), &s.bystanderToken);
    s.reporter1 = f.createUser(QStringLiteral("rep1"), &s.reporter1Token);
    s.reporter2 = f.createUser(QStringLiteral("rep2"), &s.reporter2Token);
    const QJsonObject publicRoom { { QStringLiteral("preset"), QStringLiteral("public_chat") },
                                   { QStringLiteral("name"), RoomsTest::unique(QStringLiteral("Reports room")) } };
    s.roomA = f.createRoom(s.reporter1Token, publicRoom);
    s.roomB = f.createRoom(s.reporter1Token, publicRoom);
    s.roomC = f.createRoom(s.bystanderToken, publicRoom);
    for (const QString &room : { s.roomA, s.roomB }) {
        if (!join(f, s.spammerToken, room) || !join(f, s.bystanderToken, room) || !join(f, s.reporter2Token, room)) {
            return {};
        }
    }
    if (!join(f, s.spammerToken, s.roomC)) {
        return {};
    }
    for (int i = 0; i < 3; ++i) {
        s.spamA << text(f, s.spammerToken, s.roomA, QStringLiteral("buy cheap stuff %1").arg(i));
        s.spamB << text(f, s.spammerToken, s.roomB, QStringLiteral("click this link %1").arg(i));
        s.spamC << text(f, s.spammerToken, s.roomC, QStringLiteral("more spam %1").arg(i));
    }
    s.calmA << text(f, s.bystanderToken, s.roomA, QStringLiteral("hello A"));
    s.calmB << text(f, s.bystanderToken, s.roomB, QStringLiteral("hello B"));
    s.calmB << text(f, s.bystanderToken, s.roomC, QStringLiteral("hello C"));
    s.imageMxc = upload(server, s.spammerToken, QByteArray("\x89PNG\r\n\x1a\n not really a picture"));
    s.imageEvent = send(f, s.spammerToken, s.roomA,
                        { { QStringLiteral("msgtype"), QStringLiteral("m.image") },
                          { QStringLiteral("body"), QStringLiteral("abusive.png") },
                          { QStringLiteral("url"), s.imageMxc },
                          { QStringLiteral("info"),
                            QJsonObject { { QStringLiteral("mimetype"), QStringLiteral("image/png") },
                                          { QStringLiteral("size"), 32 } } } });
    s.spamA << s.imageEvent;
    const QStringList all = s.spamA + s.spamB + s.spamC + s.calmA + s.calmB;
    if (all.contains(QString()) || s.imageMxc.isEmpty()) {
        return {};
    }
    // Reporter 1 reports every spam message in A and B; reporter 2 two of them and one of the bystander's.
    for (const QString &e : s.spamA) {
        if (!reportEvent(f, s.reporter1Token, s.roomA, e, QStringLiteral("spam in A"))) {
            return {};
        }
        s.reportedEvents << e;
    }
    for (const QString &e : s.spamB) {
        if (!reportEvent(f, s.reporter1Token, s.roomB, e, QStringLiteral("spam in B"))) {
            return {};
        }
        s.reportedEvents << e;
    }
    for (const auto &[room, e] : { qMakePair(s.roomA, s.spamA.first()), qMakePair(s.roomB, s.spamB.first()),
                                   qMakePair(s.roomA, s.calmA.first()) }) {
        if (!reportEvent(f, s.reporter2Token, room, e, QStringLiteral("reported by two"), -100)) {
            return {};
        }
        s.reportedEvents << e;
    }
    if (!reportUser(f, s.reporter1Token, s.spammer, QStringLiteral("spammer account"))
        || !reportUser(f, s.reporter2Token, s.spammer, QStringLiteral("same spammer"))
        || !reportUser(f, s.reporter2Token, s.bystander, QStringLiteral("a mistake"))) {
        return {};
    }
    return s;
}

/// Every report of a query straight from the server (one big page).
inline QList<QJsonObject> serverReports(RoomsTest::Fixture &f, bool userReports,
                                        const QList<QPair<QString, QString>> &params)
{
    Steward::ApiRequest req = Steward::ApiRequest::get(userReports ? u"/_synapse/admin/v1/user_reports"
                                                                   : u"/_synapse/admin/v1/event_reports");
    req.addQuery(QStringLiteral("limit"), 10000);
    for (const auto &[k, v] : params) {
        req.addQuery(k, v);
    }
    const Raw r = RoomsTest::rawCall(f.admin, req);
    QList<QJsonObject> out;
    for (const QJsonValue &v :
         r.body.value(userReports ? QStringLiteral("user_reports") : QStringLiteral("event_reports")).toArray()) {
        out << v.toObject();
    }
    return out;
}

/// The room's messages as the admin messages API returns them (oldest first).
inline QList<QJsonObject> roomMessages(RoomsTest::Fixture &f, const QString &room)
{
    Steward::ApiRequest req = Steward::ApiRequest::get(u"/_synapse/admin/v1/rooms/{}/messages", { room });
    req.addQuery(QStringLiteral("dir"), "f");
    req.addQuery(QStringLiteral("limit"), 1000);
    const Raw r = RoomsTest::rawCall(f.admin, req);
    QList<QJsonObject> out;
    for (const QJsonValue &v : r.body.value(QStringLiteral("chunk")).toArray()) {
        out << v.toObject();
    }
    return out;
}

/// Whether every m.room.message of `sender` in the messages is redacted (and there was at least one).
inline bool allRedacted(const QList<QJsonObject> &messages, const QString &sender, int *count = nullptr)
{
    int n = 0;
    for (const QJsonObject &e : messages) {
        if (e.value(QStringLiteral("sender")).toString() != sender
            || e.value(QStringLiteral("type")).toString() != u"m.room.message") {
            continue;
        }
        ++n;
        if (!e.value(QStringLiteral("unsigned")).toObject().contains(QStringLiteral("redacted_because"))) {
            return false;
        }
    }
    if (count) {
        *count = n;
    }
    return n > 0;
}

/// Whether no m.room.message of `sender` is redacted (and there was at least one).
inline bool noneRedacted(const QList<QJsonObject> &messages, const QString &sender)
{
    int n = 0;
    for (const QJsonObject &e : messages) {
        if (e.value(QStringLiteral("sender")).toString() != sender
            || e.value(QStringLiteral("type")).toString() != u"m.room.message") {
            continue;
        }
        ++n;
        if (e.value(QStringLiteral("unsigned")).toObject().contains(QStringLiteral("redacted_because"))) {
            return false;
        }
    }
    return n > 0;
}

} // namespace ReportsTest
