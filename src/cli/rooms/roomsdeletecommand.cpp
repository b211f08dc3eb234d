#include "rooms/roomsdeletecommand.h"

#include "clicontext.h"
#include "operation/operationjournal.h"
#include "operationoutput.h"
#include "rooms/roomdeletionrun.h"
#include "serversession.h"
#include "signalcancel.h"

#include <QCommandLineParser>

namespace Steward::Cli {

RoomsDeleteCommand::RoomsDeleteCommand(QObject *parent)
    : QObject(parent)
{ }

void RoomsDeleteCommand::run(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Delete rooms (Synapse's asynchronous v2 deletion): every local user is removed, the room leaves the "
           "directory and, unless --no-purge, its history is purged from the database.\n"
           "Without --yes it prints what it would do and deletes nothing (exit 2). A room counts as deleted only "
           "when the server reports its deletion complete; when an answer is lost the room's state is read back. "
           "Ctrl-C stops: rooms not yet sent are not attempted, a deletion the server already has is followed to "
           "its end. A journal is kept; --resume continues the newest unfinished run for this server.\n"
           "Exit codes: 0 every room deleted; 1 some failed, were not attempted or their outcome is unknown; "
           "2 usage error or not confirmed with --yes; 3 authentication or connection failure."));
    const QCommandLineOption block(QStringLiteral("block"), tr("Block the rooms so nobody can join them again."));
    const QCommandLineOption noPurge(QStringLiteral("no-purge"), tr("Keep the rooms' history in the database."));
    const QCommandLineOption forcePurge(QStringLiteral("force-purge"),
                                        tr("Purge even if some local users could not be removed."));
    const QCommandLineOption newRoomUser(
        QStringLiteral("new-room-user"),
        tr("A local user who creates a new room the removed users are moved to (default: no new room)."),
        QStringLiteral("USER_ID"));
    const QCommandLineOption newRoomName(QStringLiteral("new-room-name"),
                                         tr("With --new-room-user: the new room's name."), QStringLiteral("NAME"));
    const QCommandLineOption message(QStringLiteral("message"),
                                     tr("With --new-room-user: the message the removed users see there."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), tr("Rooms deleted at once (default 4, 1-64)."),
                                         QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Confirm: delete the rooms."));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    tr("Continue the newest unfinished room deletion for this server."));
    parser.addOptions({ block, noPurge, forcePurge, newRoomUser, newRoomName, message, concurrency, yes, resume });
    parser.addPositionalArgument(QStringLiteral("ROOM..."), tr("Room IDs (!id or !id:server)."));
    if (!ctx.parseCommandLine(parser, QStringLiteral("rooms delete"), args)) {
        return;
    }
    const QStringList rooms = parser.positionalArguments();
    const bool resuming = parser.isSet(resume);
    if (rooms.isEmpty() && !resuming) {
        ctx.fail(UsageError, tr("rooms delete needs at least one ROOM (a room ID), or --resume"));
        return;
    }
    if (resuming && !rooms.isEmpty()) {
        ctx.fail(UsageError, tr("rooms delete: give either ROOM... or --resume, not both"));
        return;
    }
    RoomDeleteOptions options;
    options.block = parser.isSet(block);
    options.purge = !parser.isSet(noPurge);
    options.forcePurge = parser.isSet(forcePurge);
    options.newRoomUserId = parser.value(newRoomUser).trimmed();
    options.roomName = parser.value(newRoomName);
    options.message = parser.value(message);
    if (options.newRoomUserId.isEmpty() && (parser.isSet(newRoomName) || parser.isSet(message))) {
        ctx.fail(UsageError, tr("rooms delete: --new-room-name and --message need --new-room-user USER_ID"));
        return;
    }
    if (const QString problem = RoomDeletionRun::validateOptions(options); !problem.isEmpty()) {
        ctx.fail(UsageError, tr("rooms delete: %1").arg(problem));
        return;
    }
    bool ok = false;
    const int n = parser.value(concurrency).toInt(&ok);
    if (!ok || n < 1 || n > 64) {
        ctx.fail(
            UsageError,
            tr("rooms delete: --concurrency wants a number from 1 to 64, not \"%1\"").arg(parser.value(concurrency)));
        return;
    }
    m_yes = parser.isSet(yes);
    ctx.connectToServer(true, [this, &ctx, rooms, options, n, resuming](ServerSession *session) {
        m_engine = new RoomDeletionRun(session->api(), this);
        m_engine->setConcurrency(n);
        m_engine->setOptions(options);
        m_engine->setJournalDirectory(OperationJournal::defaultDirectory());
        connect(m_engine, &RoomDeletionRun::planReady, this, [this, &ctx]() { onPlan(ctx); });
        connect(m_engine, &RoomDeletionRun::finished, this, [this, &ctx]() { onFinished(ctx); });
        cancelOnSignals(
            m_engine, [this]() { return m_engine->isCancelled(); },
            [this, &ctx]() {
                ctx.err() << tr("Stopping: rooms not yet sent are not deleted; deletions the server already has are "
                                "followed to their end (Ctrl-C again quits at once).")
                          << Qt::endl;
                m_engine->cancel();
            });
        if (resuming) {
            const QString baseUrl = session->api()->baseUrl().toString();
            QStringList damaged;
            const auto journals = OperationJournal::unfinished(
                OperationJournal::defaultDirectory(), QLatin1String(RoomDeletionRun::JournalKind), baseUrl, &damaged);
            for (const QString &problem : std::as_const(damaged)) {
                ctx.err() << tr("Warning: %1").arg(problem) << Qt::endl;
            }
            if (journals.isEmpty()) {
                ctx.fail(UsageError, tr("there is no unfinished room deletion for %1 to resume").arg(baseUrl));
                return;
            }
            const auto &j = journals.constFirst();
            ctx.err() << tr("Resuming the room deletion of %1 (%2): %3 of %4 rooms still to do; the options come "
                            "from the journal.")
                             .arg(j.created.toLocalTime().toString(Qt::ISODate), j.path)
                             .arg(j.remaining().size())
                             .arg(j.keys.size())
                      << Qt::endl;
            QString error;
            if (!m_engine->resume(j.path, &error)) {
                ctx.fail(UsageError, tr("rooms delete --resume: %1").arg(error));
            }
            return;
        }
        ctx.err() << tr("Checking %n room(s) on the server…", nullptr, int(rooms.size())) << Qt::endl;
        m_engine->plan(rooms);
    });
}

void RoomsDeleteCommand::onPlan(CliContext &ctx)
{
    QTextStream &out = ctx.out();
    int malformed = 0;
    for (const auto &item : m_engine->items()) {
        const QString room = item.name.isEmpty() ? item.roomId : QStringLiteral("%1 (%2)").arg(item.roomId, item.name);
        if (item.outcome.status == ItemStatus::Planned) {
            out << tr("  delete  %1").arg(room)
                << (item.adopted ? QStringLiteral("  ") + item.outcome.reason : QString()) << '\n';
        } else {
            out << tr("  skip    %1  %2").arg(room, item.outcome.reason) << '\n';
            malformed += item.roomId.startsWith(QLatin1Char('!')) ? 0 : 1;
        }
    }
    const OperationTally t = m_engine->tally();
    out << tr("%n room(s) to delete", nullptr, t.planned)
        << (t.skipped > 0 ? tr(", %n skipped", nullptr, t.skipped) : QString()) << Qt::endl;
    if (malformed > 0) {
        ctx.fail(
            UsageError,
            tr("rooms delete: %n argument(s) are not room IDs (see above); nothing was deleted", nullptr, malformed));
        return;
    }
    if (t.planned == 0 && m_engine->journalPath().isEmpty()) {
        out << tr("Nothing to delete.") << Qt::endl;
        ctx.finish(Success);
        return;
    }
    // A resumed run with nothing left still runs (with no requests): the journal records the skips and ends.
    if (t.planned > 0 && !m_yes) {
        ctx.fail(UsageError,
                 tr("rooms delete: nothing was deleted; add --yes to delete these %n room(s)", nullptr, t.planned));
        return;
    }
    printProgress(ctx, m_engine);
    QString error;
    if (!m_engine->run(&error)) {
        ctx.fail(UsageError, tr("rooms delete: %1").arg(error));
    }
}

void RoomsDeleteCommand::onFinished(CliContext &ctx)
{
    QTextStream &out = ctx.out();
    for (const auto &item : m_engine->items()) {
        if (item.outcome.status == ItemStatus::Skipped) {
            continue; // shown in the plan
        }
        out << QStringLiteral("  %1  %2  %3")
                   .arg(itemStatusName(item.outcome.status), -13)
                   .arg(item.roomId, item.outcome.reason)
            << '\n';
    }
    const OperationTally t = m_engine->tally();
    out << t.summary() << Qt::endl;
    if (!m_engine->journalPath().isEmpty() && !t.complete()) {
        ctx.err() << tr("Journal: %1 (run again with --resume --yes to finish)").arg(m_engine->journalPath())
                  << Qt::endl;
    }
    ctx.finish(t.complete() ? Success : SomeItemsFailed);
}

} // namespace Steward::Cli
