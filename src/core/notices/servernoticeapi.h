#pragma once

#include "apiservice.h"
#include "result.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace Steward {

/// Typed calls for server notices (/_synapse/admin/v1/send_server_notice).
namespace ServerNoticeApi {

/// The key in a notice's content that names the run which sent it (so a lost answer can be checked
/// against the recipient's notice room).
inline constexpr const char *RunKey = "org.steward.notice_run";

/// {msgtype: m.text, body: text[, format, formatted_body: html], RunKey: runId}
QJsonObject content(const QString &text, const QString &html, const QString &runId);
/// The transaction ID of one recipient's notice in one run: the same run and recipient always give the
/// same ID, so a repeated or resumed request is answered from the server's transaction cache instead
/// of being delivered again.
QString transactionId(const QString &runId, const QString &userId);

/// The server answered that server notices are not enabled (no server_notices in homeserver.yaml).
bool isNotEnabled(const ApiError &error);
/// What to set in homeserver.yaml, for a person.
QString notEnabledText();

/// Whether the server can send notices, without sending one: asks it to send to a user that does not
/// exist (the server checks that notices are enabled before it looks the user up). true: enabled.
ApiReply *checkEnabled(ApiService *api, const QString &serverName, QObject *ctx,
                       std::function<void(Result<bool>)> done);
/// PUT send_server_notice/<transactionId(runId, userId)>: result the event ID.
ApiReply *send(ApiService *api, const QString &runId, const QString &userId, const QJsonObject &content, QObject *ctx,
               std::function<void(Result<QString>)> done);
/// Whether userId received the notice of runId: looks through the newest events of the rooms the user is
/// invited to or joined (the notice room is one of them) for a message carrying RunKey == runId.
void wasDelivered(ApiService *api, const QString &userId, const QString &runId, QObject *ctx,
                  std::function<void(Result<bool>)> done);
/// How many messages with RunKey == runId are in roomId (the newest `limit` events): for read-backs.
ApiReply *countInRoom(ApiService *api, const QString &roomId, const QString &runId, int limit, QObject *ctx,
                      std::function<void(Result<int>)> done);

} // namespace ServerNoticeApi

} // namespace Steward
