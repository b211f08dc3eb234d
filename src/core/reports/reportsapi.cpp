#include "reports/reportsapi.h"

#include "jsonarray.h"
#include "jsonnumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QUuid>

namespace Steward {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

struct ReportsApiText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::ReportsApi)
};

/// mxc://server/id -> (server, id); false when it is not one.
/// The answer's ID field (event_id, redact_id): a missing or empty one is an invalid answer.
Result<QString> idField(const ApiReply &r, const char *key)
{
    const QString id = r.object().value(QLatin1String(key)).toString();
    if (id.isEmpty()) {
        return ApiError::missingField(key);
    }
    return id;
}

bool splitMxc(const QString &uri, QString *server, QString *id)
{
    if (!uri.startsWith(u"mxc://")) {
        return false;
    }
    const QString rest = uri.mid(6);
    const qsizetype slash = rest.indexOf(u'/');
    if (slash <= 0 || slash == rest.size() - 1 || rest.indexOf(u'/', slash + 1) >= 0) {
        return false;
    }
    *server = rest.left(slash);
    *id = rest.mid(slash + 1);
    return true;
}

} // namespace

QString reportKindName(ReportKind kind)
{
    return kind == ReportKind::Event ? QStringLiteral("event") : QStringLiteral("user");
}

std::optional<ReportKind> reportKindFromName(const QString &name)
{
    if (name == u"event") {
        return ReportKind::Event;
    }
    if (name == u"user") {
        return ReportKind::User;
    }
    return std::nullopt;
}

QString Report::key() const
{
    return reportKindName(kind) + u':' + QString::number(id);
}

QString Report::roomLabel() const
{
    if (!roomName.isEmpty()) {
        return roomName;
    }
    return canonicalAlias.isEmpty() ? roomId : canonicalAlias;
}

Report Report::fromJson(ReportKind kind, const QJsonObject &o)
{
    Report r;
    r.kind = kind;
    r.id = o.value(QLatin1String("id")).isDouble() ? jsonInt64(o.value(QLatin1String("id"))) : -1;
    r.received = jsonMsToUtc(o.value(QLatin1String("received_ts")));
    r.reporter = str(o, "user_id");
    r.reason = str(o, "reason");
    if (kind == ReportKind::Event) {
        r.userId = str(o, "sender");
        r.roomId = str(o, "room_id");
        r.roomName = str(o, "name");
        r.canonicalAlias = str(o, "canonical_alias");
        r.eventId = str(o, "event_id");
        if (o.value(QLatin1String("score")).isDouble()) {
            r.score = jsonInt64(o.value(QLatin1String("score")));
        }
    } else {
        r.userId = str(o, "target_user_id");
    }
    return r;
}

QJsonObject Report::toJson() const
{
    auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue() : QJsonValue(s);
    };
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), reportKindName(kind) },
        { QStringLiteral("received"),
          received.isValid() ? QJsonValue(received.toString(Qt::ISODateWithMs)) : QJsonValue() },
        { QStringLiteral("reporter"), orNull(reporter) },
        { QStringLiteral("user_id"), orNull(userId) },
        { QStringLiteral("room_id"), orNull(roomId) },
        { QStringLiteral("room_name"), orNull(roomName) },
        { QStringLiteral("event_id"), orNull(eventId) },
        { QStringLiteral("reason"), orNull(reason) },
        { QStringLiteral("score"), score ? QJsonValue(*score) : QJsonValue() },
    };
}

namespace ReportsApi {

ApiRequest listRequest(const ReportQuery &query, qint64 from, int limit)
{
    const bool event = query.kind == ReportKind::Event;
    ApiRequest r = ApiRequest::get(event ? u"/_synapse/admin/v1/event_reports" : u"/_synapse/admin/v1/user_reports");
    r.addQuery(QStringLiteral("from"), from);
    r.addQuery(QStringLiteral("limit"), limit);
    r.addQuery(QStringLiteral("dir"), query.newestFirst ? "b" : "f");
    if (!query.reporter.isEmpty()) {
        r.addQuery(QStringLiteral("user_id"), query.reporter);
    }
    if (!query.userId.isEmpty()) {
        r.addQuery(event ? QStringLiteral("event_sender_user_id") : QStringLiteral("target_user_id"), query.userId);
    }
    if (event && !query.roomId.isEmpty()) {
        r.addQuery(QStringLiteral("room_id"), query.roomId);
    }
    return r;
}

ApiReply *list(ApiService *api, const ReportQuery &query, qint64 from, int limit, QObject *ctx,
               std::function<void(Result<ReportPage>)> done)
{
    const ReportKind kind = query.kind;
    const bool userReports = kind == ReportKind::User;
    return api->call<ReportPage>(
        listRequest(query, from, limit), ctx,
        [kind, userReports](const ApiReply &r) -> Result<ReportPage> {
            const char *field = userReports ? "user_reports" : "event_reports";
            const QJsonObject o = r.object();
            if (!o.value(QLatin1String(field)).isArray()) {
                return ApiError::missingField(field);
            }
            ReportPage page;
            for (const auto &v : o.value(QLatin1String(field)).toArray()) {
                page.reports << Report::fromJson(kind, v.toObject());
            }
            page.total = jsonInt64(o.value(QLatin1String("total")));
            if (o.contains(QLatin1String("next_token"))) {
                page.nextToken = jsonInt64(o.value(QLatin1String("next_token")));
            }
            return page;
        },
        std::move(done));
}

ApiReply *details(ApiService *api, ReportKind kind, qint64 id, QObject *ctx,
                  std::function<void(Result<ReportDetails>)> done)
{
    const ApiRequest request = kind == ReportKind::Event
        ? ApiRequest::get(u"/_synapse/admin/v1/event_reports/{}", { QString::number(id) })
        : ApiRequest::get(u"/_synapse/admin/v1/user_reports/{}", { QString::number(id) });
    return api->call<ReportDetails>(
        request, ctx,
        [kind](const ApiReply &r) -> Result<ReportDetails> {
            ReportDetails d;
            d.report = Report::fromJson(kind, r.object());
            if (d.report.id < 0) {
                return ApiError::missingField("id");
            }
            d.event = r.object().value(QLatin1String("event_json")).toObject();
            return d;
        },
        std::move(done));
}

ApiReply *dismiss(ApiService *api, ReportKind kind, qint64 id, QObject *ctx, std::function<void(Result<bool>)> done)
{
    const ApiRequest request = kind == ReportKind::Event
        ? ApiRequest::del(u"/_synapse/admin/v1/event_reports/{}", { QString::number(id) }, {})
        : ApiRequest::del(u"/_synapse/admin/v1/user_reports/{}", { QString::number(id) }, {});
    return api->call<bool>(
        request, ctx, [](const ApiReply &) -> Result<bool> { return true; }, std::move(done));
}

ApiReply *context(ApiService *api, const QString &roomId, const QString &eventId, int limit, QObject *ctx,
                  std::function<void(Result<EventContext>)> done)
{
    ApiRequest request = ApiRequest::get(u"/_synapse/admin/v1/rooms/{}/context/{}", { roomId, eventId });
    request.addQuery(QStringLiteral("limit"), limit);
    return api->call<EventContext>(
        request, ctx,
        [](const ApiReply &r) -> Result<EventContext> {
            const QJsonObject o = r.object();
            if (!o.value(QLatin1String("event")).isObject()) {
                return ApiError::missingField("event");
            }
            EventContext c;
            c.event = o.value(QLatin1String("event")).toObject();
            // events_before comes newest first; show the conversation in reading order.
            for (const auto &v : o.value(QLatin1String("events_before")).toArray()) {
                c.before.prepend(v.toObject());
            }
            for (const auto &v : o.value(QLatin1String("events_after")).toArray()) {
                c.after.append(v.toObject());
            }
            return c;
        },
        std::move(done));
}

ApiReply *fetchEvent(ApiService *api, const QString &eventId, QObject *ctx,
                     std::function<void(Result<QJsonObject>)> done)
{
    return api->call<QJsonObject>(
        ApiRequest::get(u"/_synapse/admin/v1/fetch_event/{}", { eventId }), ctx,
        [](const ApiReply &r) -> Result<QJsonObject> {
            if (!r.object().value(QLatin1String("event")).isObject()) {
                return ApiError::missingField("event");
            }
            return r.object().value(QLatin1String("event")).toObject();
        },
        std::move(done));
}

ApiReply *redactEvent(ApiService *api, const QString &roomId, const QString &eventId, const QString &reason,
                      QObject *ctx, std::function<void(Result<QString>)> done)
{
    QJsonObject body;
    if (!reason.isEmpty()) {
        body.insert(QStringLiteral("reason"), reason);
    }
    // A fresh transaction id per call; PUT with the same id is idempotent on the server.
    const QString txn = QStringLiteral("steward-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return api->call<QString>(
        ApiRequest::put(u"/_matrix/client/v3/rooms/{}/redact/{}/{}", { roomId, eventId, txn }, body), ctx,
        [](const ApiReply &r) { return idField(r, "event_id"); }, std::move(done));
}

ApiReply *redactUser(ApiService *api, const QString &userId, const QStringList &rooms, const QString &reason,
                     int limitPerRoom, QObject *ctx, std::function<void(Result<QString>)> done)
{
    QJsonObject body { { QStringLiteral("rooms"), QJsonArray::fromStringList(rooms) } };
    if (!reason.isEmpty()) {
        body.insert(QStringLiteral("reason"), reason);
    }
    if (limitPerRoom > 0) {
        body.insert(QStringLiteral("limit"), limitPerRoom);
    }
    return api->call<QString>(
        ApiRequest::post(u"/_synapse/admin/v1/user/{}/redact", { userId }, body), ctx,
        [](const ApiReply &r) { return idField(r, "redact_id"); }, std::move(done));
}

ApiReply *redactStatus(ApiService *api, const QString &redactId, QObject *ctx,
                       std::function<void(Result<RedactStatus>)> done)
{
    return api->call<RedactStatus>(
        ApiRequest::get(u"/_synapse/admin/v1/user/redact_status/{}", { redactId }), ctx,
        [](const ApiReply &r) -> Result<RedactStatus> {
            const QJsonObject o = r.object();
            RedactStatus s;
            s.stateText = str(o, "status");
            if (s.stateText == u"scheduled") {
                s.state = RedactStatus::State::Scheduled;
            } else if (s.stateText == u"active") {
                s.state = RedactStatus::State::Active;
            } else if (s.stateText == u"complete") {
                s.state = RedactStatus::State::Complete;
            } else if (s.stateText == u"failed") {
                s.state = RedactStatus::State::Failed;
            } else {
                return ApiError::invalidResponse(QStringLiteral("unknown redaction status \"%1\"").arg(s.stateText));
            }
            const QJsonObject failed = o.value(QLatin1String("failed_redactions")).toObject();
            for (auto it = failed.begin(); it != failed.end(); ++it) {
                s.failedRedactions.insert(it.key(), it.value().toString());
            }
            s.error = str(o, "error");
            return s;
        },
        std::move(done));
}

ApiReply *redactTasks(ApiService *api, const QString &userId, QObject *ctx,
                      std::function<void(Result<QStringList>)> done)
{
    ApiRequest request = ApiRequest::get(u"/_synapse/admin/v1/scheduled_tasks");
    request.addQuery(QStringLiteral("action_name"), "redact_all_events");
    request.addQuery(QStringLiteral("resource_id"), userId);
    return api->call<QStringList>(
        request, ctx,
        [](const ApiReply &r) {
            return jsonArrayField(r.object(), "scheduled_tasks", [](const QJsonValue &v) {
                return v.toObject().value(QLatin1String("id")).toString();
            });
        },
        std::move(done));
}

QList<MediaReference> mediaOf(const QJsonObject &event)
{
    const QJsonObject content = event.value(QLatin1String("content")).toObject();
    const QJsonObject info = content.value(QLatin1String("info")).toObject();
    const QList<QPair<QString, QString>> candidates {
        { str(content, "url"), QStringLiteral("file") },
        { content.value(QLatin1String("file")).toObject().value(QLatin1String("url")).toString(),
          QStringLiteral("file") },
        { str(info, "thumbnail_url"), QStringLiteral("thumbnail") },
        { info.value(QLatin1String("thumbnail_file")).toObject().value(QLatin1String("url")).toString(),
          QStringLiteral("thumbnail") },
    };
    QList<MediaReference> out;
    for (const auto &[uri, role] : candidates) {
        MediaReference m;
        if (splitMxc(uri, &m.serverName, &m.mediaId)) {
            m.mxc = uri;
            m.role = role;
            out << m;
        }
    }
    return out;
}

QString eventSummary(const QJsonObject &event)
{
    const QString type = str(event, "type");
    const QJsonObject content = event.value(QLatin1String("content")).toObject();
    if (content.isEmpty()
        && event.value(QLatin1String("unsigned")).toObject().contains(QLatin1String("redacted_because"))) {
        return ReportsApiText::tr("[redacted]");
    }
    if (type == u"m.room.message") {
        const QString msgtype = str(content, "msgtype");
        if (msgtype == u"m.image" || msgtype == u"m.video" || msgtype == u"m.audio" || msgtype == u"m.file"
            || msgtype == u"m.sticker") {
            const QJsonObject info = content.value(QLatin1String("info")).toObject();
            QString line = QStringLiteral("[%1] %2").arg(msgtype.mid(2), str(content, "body"));
            if (info.value(QLatin1String("size")).isDouble()) {
                line += QStringLiteral(" (%1)").arg(
                    QLocale().formattedDataSize(jsonInt64(info.value(QLatin1String("size")))));
            }
            if (!str(info, "mimetype").isEmpty()) {
                line += u' ' + str(info, "mimetype");
            }
            return line;
        }
        return str(content, "body");
    }
    if (type == u"m.room.member") {
        return QStringLiteral("[%1] %2").arg(type, str(content, "membership"));
    }
    if (type == u"m.room.encrypted") {
        return ReportsApiText::tr("[encrypted]");
    }
    return QStringLiteral("[%1]").arg(type);
}

} // namespace ReportsApi

} // namespace Steward
