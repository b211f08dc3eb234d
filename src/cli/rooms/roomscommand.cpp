#include "rooms/roomscommand.h"

#include "clicontext.h"
#include "csvwriter.h"
#include "health/federationcommand.h"
#include "rooms/roomcolumns.h"
#include "rooms/roomexport.h"
#include "rooms/roomsdeletecommand.h"
#include "rooms/roomspublishcommand.h"
#include "serversession.h"
#include "signalcancel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <unistd.h>

namespace Steward::Cli {

QString RoomsCommand::summary() const
{
    return tr("List or export the server's rooms as CSV or JSON (rooms list [--search TERM] [--format csv|json]; "
              "rooms export [--search TERM] [--format csv|json] [--output FILE]); publish or unpublish rooms in the "
              "directory (rooms publish|unpublish ROOM...); delete rooms (rooms delete ROOM... [--block] [--no-purge] "
              "[--yes] [--resume]); delete a room's history (rooms purge-history ROOM --before "
              "DATE [--delete-local-events] [--yes])");
}

void RoomsCommand::run(CliContext &ctx, const QStringList &args)
{
    if (args.value(0) == u"publish" || args.value(0) == u"unpublish") {
        (new RoomsPublishCommand(args.first() == u"publish", this))->run(ctx, args.mid(1));
        return;
    }
    if (args.value(0) == u"delete") {
        (new RoomsDeleteCommand(this))->run(ctx, args.mid(1));
        return;
    }
    if (args.value(0) == u"purge-history") {
        runPurgeHistory(ctx, args.mid(1), this);
        return;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          tr("Only rooms whose name or alias contains TERM, or whose room ID is TERM."),
                                          QStringLiteral("TERM"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: csv (default) or json."),
                                          QStringLiteral("csv|json"), QStringLiteral("csv"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        tr("export: where to write (saved only when complete); \"-\" or none for standard output."),
        QStringLiteral("FILE"));
    parser.addOptions({ searchOption, formatOption, outputOption });
    parser.addPositionalArgument(QStringLiteral("list|export"), tr("List the rooms, or export them into a file."));
    if (!ctx.parseCommandLine(parser, name(), args)) {
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        ctx.fail(UsageError,
                 tr("rooms needs a subcommand: rooms list [--search TERM] [--format csv|json], rooms export "
                    "[--search TERM] [--format csv|json] [--output FILE], rooms publish ROOM..., rooms unpublish "
                    "ROOM..., rooms delete ROOM... or rooms purge-history ROOM --before DATE"));
        return;
    }
    const QString sub = positional.first();
    if (sub != u"list" && sub != u"export") {
        ctx.fail(
            UsageError,
            tr("unknown rooms subcommand \"%1\" (expected: list, export, publish, unpublish, delete, purge-history)")
                .arg(sub));
        return;
    }
    if (positional.size() > 1) {
        ctx.fail(UsageError,
                 tr("rooms %1 takes no arguments, got \"%2\" (quote a search term with spaces: --search \"two "
                    "words\"; name the file with --output FILE)")
                     .arg(sub, positional.mid(1).join(QLatin1Char(' '))));
        return;
    }
    RoomExport::Format format;
    if (!RoomExport::formatFromName(parser.value(formatOption), &format)) {
        ctx.fail(UsageError,
                 tr("unknown format \"%1\": use --format csv or --format json").arg(parser.value(formatOption)));
        return;
    }
    if (parser.isSet(searchOption) && parser.value(searchOption).trimmed().isEmpty()) {
        ctx.fail(UsageError, tr("--search needs a term (leave the option out to list every room)"));
        return;
    }
    if (sub == u"list" && parser.isSet(outputOption)) {
        ctx.fail(UsageError, tr("rooms list writes to standard output; use rooms export --output FILE for a file"));
        return;
    }
    if (parser.isSet(outputOption) && parser.value(outputOption).isEmpty()) {
        ctx.fail(UsageError, tr("--output needs a file name (or \"-\" for standard output)"));
        return;
    }
    const QString path = parser.isSet(outputOption) ? parser.value(outputOption) : QStringLiteral("-");
    const bool progress = sub == u"export";
    RoomListQuery query;
    query.searchTerm = parser.value(searchOption).trimmed();

    ctx.connectToServer(true, [this, &ctx, query, format, path, progress](ServerSession *session) {
        ctx.out().flush(); // the rows go straight to standard output
        auto *job = new RoomExport(session->api(), this);
        job->setQuery(query);
        job->setFormat(format);
        if (progress) {
            // At most one line a second on standard error (overwritten in place on a terminal).
            const bool tty = isatty(fileno(stderr));
            auto clock = std::make_shared<QElapsedTimer>();
            clock->start();
            connect(job, &Operation::progressChanged, this, [&ctx, tty, clock, job](const OperationProgress &p) {
                if (!job->isRunning() || clock->elapsed() < 1000) {
                    return;
                }
                clock->restart();
                ctx.err() << tr("%1 rooms…").arg(p.text()) << (tty ? "\x1b[K\r" : "\n");
                ctx.err().flush();
            });
        }
        connect(job, &Operation::finished, this, [&ctx, job, path, progress]() {
            job->deleteLater();
            switch (job->status()) {
            case RoomExport::Status::Succeeded:
                if (progress) {
                    (path == u"-" ? ctx.err() : ctx.out()) << job->summary() << '\n';
                } else if (job->listChanged()) {
                    ctx.err() << job->summary() << '\n';
                }
                ctx.finish(Success);
                return;
            case RoomExport::Status::Cancelled:
                ctx.fail(SomeItemsFailed, job->summary());
                return;
            case RoomExport::Status::Failed:
            case RoomExport::Status::None:
                break;
            }
            if (!job->apiError().isOk()) {
                // A cut JSON listing on standard output stays without its closing bracket.
                QString context;
                if (!progress) {
                    context = tr("listing rooms (the output is incomplete)"); // scripts match this line
                } else if (path == u"-") {
                    context =
                        tr("rooms export stopped after %1 rooms (the output is incomplete)").arg(job->rowsWritten());
                } else {
                    context = tr("rooms export failed after %1 rooms; no file was written").arg(job->rowsWritten());
                }
                ctx.failWith(job->apiError(), context);
            } else {
                ctx.fail(SomeItemsFailed, job->errorString());
            }
        });
        cancelOnSignals(
            job, [job]() { return job->isCancelled(); }, [job]() { job->cancel(); });
        if (!job->start(path)) {
            job->deleteLater();
            ctx.fail(UsageError, job->errorString());
        }
    });
}

} // namespace Steward::Cli
