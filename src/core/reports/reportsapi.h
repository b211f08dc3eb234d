#pragma once

#include "apiservice.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Steward {

/// Event reports (a message reported in a room) and user reports (MSC4260, a user reported as a whole).
enum class ReportKind { Event, User };

/// "event" / "user" (CLI, JSON); nullopt for anything else.
QString reportKindName(ReportKind kind);
std::optional<ReportKind> reportKindFromName(const QString &name);

/// One report as the admin list shows it (GET /_synapse/admin/v1/event_reports and /user_reports).
struct Report
{
    ReportKind kind = ReportKind::Event;
    qint64 id = -1;
    QDateTime received; ///< UTC
    QString reporter; ///< the user who filed the report (the server's `user_id`)
    QString userId; ///< the reported user: the event's sender, or the user report's target
    QString roomId; ///< event reports only
    QString roomName;
    QString canonicalAlias;
    QString eventId; ///< event reports only
    QString reason;
    std::optional<qint64> score; ///< event reports: the reporter's score, when given

    /// "event:12": unique across both kinds (the list model's row id).
    QString key() const;
    /// The room's name, else its alias, else its id.
    QString roomLabel() const;
    static Report fromJson(ReportKind kind, const QJsonObject &obj);
    /// The JSON the CLI prints: id, kind, received (ISO 8601 UTC), reporter, user_id, room_id,
    /// room_name, event_id, reason, score.
    QJsonObject toJson() const;
};

/// A report with the reported event as the server stored it (event reports only).
struct ReportDetails
{
    Report report;
    QJsonObject event; ///< `event_json`; empty for user reports
};

struct ReportQuery
{
    ReportKind kind = ReportKind::Event;
    QString roomId; ///< event reports: only this room
    QString userId; ///< only reports about this user (the event's sender / the target user)
    QString reporter; ///< only reports filed by this user
    bool newestFirst = true;
};

struct ReportPage
{
    QList<Report> reports;
    qint64 total = 0;
    std::optional<qint64> nextToken;
};

/// The reported event with a few events before and after it (admin `context`).
struct EventContext
{
    QJsonObject event;
    QList<QJsonObject> before; ///< oldest first
    QList<QJsonObject> after; ///< oldest first
};

/// A media reference found in an event's content (never downloaded by Steward unless asked).
struct MediaReference
{
    QString mxc; ///< mxc://server/id
    QString serverName;
    QString mediaId;
    QString role; ///< "file", "thumbnail"
};

/// What a user redaction task is doing (GET /_synapse/admin/v1/user/redact_status/<id>).
struct RedactStatus
{
    enum class State { Scheduled, Active, Complete, Failed, Unknown };
    State state = State::Unknown;
    QString stateText;
    QHash<QString, QString> failedRedactions; ///< event id -> the server's reason
    QString error; ///< the server's reason when the task failed

    bool isFinished() const { return state == State::Complete || state == State::Failed; }
};

/// Typed calls for the moderation admin API (Synapse 1.163: event_reports, user_reports,
/// user/<id>/redact, user/redact_status, rooms/<id>/context, fetch_event).
namespace ReportsApi {

/// The request list() sends (exposed for tests of the parameters).
ApiRequest listRequest(const ReportQuery &query, qint64 from, int limit);
ApiReply *list(ApiService *api, const ReportQuery &query, qint64 from, int limit, QObject *ctx,
               std::function<void(Result<ReportPage>)> done);
ApiReply *details(ApiService *api, ReportKind kind, qint64 id, QObject *ctx,
                  std::function<void(Result<ReportDetails>)> done);
/// DELETE the report. A 404 is an error (it was not there, or was already dismissed).
ApiReply *dismiss(ApiService *api, ReportKind kind, qint64 id, QObject *ctx, std::function<void(Result<bool>)> done);
/// GET /_synapse/admin/v1/rooms/<room>/context/<event>?limit=N
ApiReply *context(ApiService *api, const QString &roomId, const QString &eventId, int limit, QObject *ctx,
                  std::function<void(Result<EventContext>)> done);
/// GET /_synapse/admin/v1/fetch_event/<event>
ApiReply *fetchEvent(ApiService *api, const QString &eventId, QObject *ctx,
                     std::function<void(Result<QJsonObject>)> done);
/// PUT /_matrix/client/v3/rooms/<room>/redact/<event>/<txn> as the signed-in admin (who must be
/// able to redact in that room; the server's refusal is passed on). Gives the redaction's event id.
ApiReply *redactEvent(ApiService *api, const QString &roomId, const QString &eventId, const QString &reason,
                      QObject *ctx, std::function<void(Result<QString>)> done);
/// POST /_synapse/admin/v1/user/<id>/redact: starts a server task; gives its redact_id.
/// rooms empty: the server picks the rooms the user is in or banned from.
ApiReply *redactUser(ApiService *api, const QString &userId, const QStringList &rooms, const QString &reason,
                     int limitPerRoom, QObject *ctx, std::function<void(Result<QString>)> done);
ApiReply *redactStatus(ApiService *api, const QString &redactId, QObject *ctx,
                       std::function<void(Result<RedactStatus>)> done);
/// The ids of every redaction task the server has for this user (GET /_synapse/admin/v1/scheduled_tasks
/// with action_name=redact_all_events): how a lost answer to redactUser() is verified.
ApiReply *redactTasks(ApiService *api, const QString &userId, QObject *ctx,
                      std::function<void(Result<QStringList>)> done);

/// Every mxc:// URI in an event's content (url, file.url, info.thumbnail_url, info.thumbnail_file.url).
QList<MediaReference> mediaOf(const QJsonObject &event);
/// A short readable line for an event: "<body>" for messages, "[image] name (1.2 MB)" for media,
/// "[m.room.member] join" for others. Never contains media data.
QString eventSummary(const QJsonObject &event);

} // namespace ReportsApi

} // namespace Steward
