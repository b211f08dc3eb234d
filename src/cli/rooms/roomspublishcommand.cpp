#include "rooms/roomspublishcommand.h"

#include "bulkjoin/bulkjoininput.h"
#include "clicontext.h"
#include "rooms/roomsapi.h"
#include "serversession.h"

#include <QCommandLineParser>

namespace Steward::Cli {

RoomsPublishCommand::RoomsPublishCommand(bool publish, QObject *parent)
    : QObject(parent)
    , m_publish(publish)
{ }

void RoomsPublishCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString command = m_publish ? QStringLiteral("rooms publish") : QStringLiteral("rooms unpublish");
    QCommandLineParser parser;
    parser.setApplicationDescription(m_publish ? tr("Publish rooms in the server's room directory.")
                                               : tr("Remove rooms from the server's room directory."));
    parser.addPositionalArgument(QStringLiteral("ROOM..."), tr("Room IDs (!id:server) or aliases (#alias:server)."));
    if (!ctx.parseCommandLine(parser, command, args)) {
        return;
    }
    const QStringList rooms = parser.positionalArguments();
    if (rooms.isEmpty()) {
        ctx.fail(UsageError, tr("%1 needs at least one ROOM (a room ID or alias)").arg(command));
        return;
    }
    for (const QString &room : rooms) {
        QString problem;
        if (BulkJoinInput::normalizeRoom(room, &problem).isEmpty()) {
            ctx.fail(UsageError, tr("%1: \"%2\" is not a room ID or alias: %3").arg(command, room, problem));
            return;
        }
    }
    ctx.connectToServer(true, [this, &ctx, rooms](ServerSession *session) {
        m_api = session->api();
        next(ctx, rooms, 0);
    });
}

void RoomsPublishCommand::next(CliContext &ctx, QStringList rooms, int failures)
{
    if (rooms.isEmpty()) {
        ctx.finish(failures == 0 ? Success : SomeItemsFailed);
        return;
    }
    const QString room = rooms.takeFirst();
    auto report = [this, &ctx, rooms, failures, room](const QString &roomId, const ApiError &error) {
        if (error.isAuthenticationFailure()) {
            ctx.failWith(error, m_publish ? tr("rooms publish") : tr("rooms unpublish"));
            return;
        }
        if (error.isOk()) {
            ctx.out() << (m_publish ? tr("published    %1") : tr("unpublished  %1")).arg(roomId) << Qt::endl;
            next(ctx, rooms, failures);
        } else {
            ctx.out() << tr("failed       %1  %2").arg(room, error.describe()) << Qt::endl;
            next(ctx, rooms, failures + 1);
        }
    };
    auto change = [this, report](const QString &roomId) {
        RoomsApi::setPublished(m_api, roomId, m_publish, this, [report, roomId](const Result<bool> &r) {
            report(roomId, r.ok() ? ApiError() : r.error());
        });
    };
    if (room.startsWith(QLatin1Char('#'))) {
        RoomsApi::resolveAlias(m_api, room, this, [report, change, room](const Result<QString> &r) {
            if (r.ok()) {
                change(r.value());
            } else {
                report(room, r.error());
            }
        });
    } else {
        change(room);
    }
}

} // namespace Steward::Cli
