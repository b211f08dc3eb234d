#include "users/usersredactcommand.h"

#include "clicontext.h"
#include "reports/userredaction.h"
#include "serversession.h"

#include <QCommandLineParser>

namespace Steward::Cli {

QString UsersRedactCommand::usage()
{
    return tr("users redact USER_ID [--room ROOM ...] [--reason TEXT] [--yes]");
}

void UsersRedactCommand::run(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Redact a user's messages (and joins) in every room they wrote in, or only in the rooms given. Waits for "
           "the server's redaction task in each room."));
    parser.addPositionalArgument(QStringLiteral("USER_ID"), tr("The user whose events are redacted."));
    const QCommandLineOption roomOpt(QStringLiteral("room"), tr("Only this room (room ID); may be repeated."),
                                     QStringLiteral("ROOM"));
    const QCommandLineOption reasonOpt(QStringLiteral("reason"), tr("Reason recorded in each redaction."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption yesOpt(QStringLiteral("yes"), tr("Really redact (without it: only show the plan)."));
    parser.addOptions({ roomOpt, reasonOpt, yesOpt });
    if (!ctx.parseCommandLine(parser, QStringLiteral("users redact"), args)) {
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        ctx.fail(UsageError, tr("users redact needs exactly one USER_ID. Usage: %1").arg(usage()));
        return;
    }
    const QString userId = positional.first().trimmed();
    if (!userId.startsWith(u'@') || !userId.contains(u':')) {
        ctx.fail(UsageError, tr("\"%1\" is not a user ID (@name:server)").arg(userId));
        return;
    }
    QStringList rooms;
    for (const QString &room : parser.values(roomOpt)) {
        if (!room.trimmed().startsWith(u'!')) {
            ctx.fail(UsageError, tr("--room needs a room ID (!id), got \"%1\"").arg(room));
            return;
        }
        rooms << room.trimmed();
    }
    const bool yes = parser.isSet(yesOpt);
    const QString reason = parser.value(reasonOpt);
    ctx.connectToServer(true, [this, &ctx, userId, rooms, reason, yes](ServerSession *session) {
        m_engine = new UserRedaction(session->api(), this);
        m_engine->setUserId(userId);
        m_engine->setRooms(rooms);
        m_engine->setReason(reason);
        connect(m_engine, &Operation::planReady, this, [this, &ctx, userId, yes]() {
            if (!m_engine->planError().isOk()) {
                ctx.failWith(m_engine->planError(), tr("reading the rooms of %1").arg(userId));
                return;
            }
            int planned = 0;
            for (const auto &item : m_engine->items()) {
                if (item.outcome.status == ItemStatus::Planned) {
                    ++planned;
                    ctx.out() << tr("%1: %2").arg(yes ? tr("redacting in") : tr("would redact in"), item.roomId)
                              << Qt::endl;
                } else {
                    ctx.out() << tr("skipped %1: %2").arg(item.roomId, item.outcome.reason) << Qt::endl;
                }
            }
            if (!yes) {
                ctx.fail(
                    UsageError,
                    tr("nothing was redacted: add --yes to redact the events of %1 in %n room(s)", nullptr, planned)
                        .arg(userId));
                return;
            }
            if (planned == 0) {
                ctx.out() << tr("nothing to redact: %1 has no rooms with events").arg(userId) << Qt::endl;
                ctx.finish(Success);
                return;
            }
            m_engine->run();
        });
        connect(m_engine, &Operation::itemSettled, this, [this, &ctx](int index) {
            const auto &item = m_engine->items().at(index);
            QString line = tr("%1 %2: %3").arg(itemStatusName(item.outcome.status), item.roomId, item.outcome.reason);
            if (item.outcome.verified) {
                line += tr(" (the answer was lost; verified on the server)");
            }
            if (item.outcome.status == ItemStatus::Done) {
                ctx.out() << line << Qt::endl;
            } else {
                ctx.err() << "steward-cli: " << line << Qt::endl;
            }
        });
        connect(m_engine, &Operation::finished, this, [this, &ctx]() {
            const OperationTally tally = m_engine->tally();
            ctx.out() << tally.summary() << Qt::endl;
            ctx.finish(tally.complete() ? Success : SomeItemsFailed);
        });
        m_engine->plan();
    });
}

} // namespace Steward::Cli
