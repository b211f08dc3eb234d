#include "roomscommand.h"

#include "clicontext.h"
#include "csvwriter.h"
#include "health/federationcommand.h"
#include "roomcolumns.h"
#include "roomspublishcommand.h"
#include "serversession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace Steward::Cli {

namespace {
// Synapse's rooms list costs about the same per page whatever its size: large pages.
constexpr int PageSize = 5000;

QString csvField(const QJsonValue &v)
{
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (v.isDouble()) {
        return QString::number(v.toInteger());
    }
    return v.toString(); // null -> empty
}
} // namespace

QString RoomsCommand::summary() const
{
    return tr("List the server's rooms as CSV or JSON (rooms list [--search TERM] [--format csv|json]); delete a "
              "room's history (rooms purge-history ROOM --before DATE [--delete-local-events] [--yes])");
}

void RoomsCommand::run(CliContext &ctx, const QStringList &args)
{
    if (args.value(0) == u"publish" || args.value(0) == u"unpublish") {
        (new RoomsPublishCommand(args.first() == u"publish", this))->run(ctx, args.mid(1));
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
    parser.addOptions({ searchOption, formatOption });
    parser.addPositionalArgument(QStringLiteral("list"), tr("List the rooms."));
    if (!ctx.parseCommandLine(parser, name(), args)) {
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        ctx.fail(UsageError,
                 QStringLiteral(
                     "rooms needs a subcommand: rooms list [--search TERM] [--format csv|json], rooms publish ROOM..., "
                     "rooms unpublish ROOM..."));
        return;
    }
    if (positional.first() != u"list") {
        ctx.fail(UsageError,
                 QStringLiteral("unknown rooms subcommand \"%1\" (expected: list, publish, unpublish or purge-history)")
                     .arg(positional.first()));
        return;
    }
    if (positional.size() > 1) {
        ctx.fail(UsageError,
                 QStringLiteral("rooms list takes no arguments, got \"%1\" (quote a search term with "
                                "spaces: --search \"two words\")")
                     .arg(positional.mid(1).join(QLatin1Char(' '))));
        return;
    }
    const QString format = parser.value(formatOption).trimmed().toLower();
    if (format != u"csv" && format != u"json") {
        ctx.fail(
            UsageError,
            QStringLiteral("unknown format \"%1\": use --format csv or --format json").arg(parser.value(formatOption)));
        return;
    }
    m_json = format == u"json";
    if (parser.isSet(searchOption) && parser.value(searchOption).trimmed().isEmpty()) {
        ctx.fail(UsageError, QStringLiteral("--search needs a term (leave the option out to list every room)"));
        return;
    }
    m_query.searchTerm = parser.value(searchOption).trimmed();
    m_query.orderBy = RoomOrder::Name;
    m_query.limit = PageSize;
    ctx.connectToServer(true, [this, &ctx](ServerSession *session) {
        ctx.out().flush(); // the rows go straight to standard output
        fetch(ctx, session, 0);
    });
}

void RoomsCommand::fetch(CliContext &ctx, ServerSession *session, int from)
{
    RoomListQuery query = m_query;
    query.from = from;
    RoomsApi::list(session->api(), query, this, [this, &ctx, session, from](const Result<RoomListPage> &result) {
        if (!result.ok()) {
            // The JSON array stays open: a cut listing must not parse as a complete one.
            ctx.failWith(result.error(), QStringLiteral("listing rooms (the output is incomplete)"));
            return;
        }
        const ApiError bad = m_guard.check(from, m_query.limit, result->rooms.size(), result->nextBatch);
        if (!write(result->rooms)) {
            ctx.fail(SomeItemsFailed, QStringLiteral("writing the rooms failed (disk full or pipe closed?)"));
            return;
        }
        if (!bad.isOk()) {
            ctx.failWith(bad, QStringLiteral("listing rooms (the output is incomplete)"));
            return;
        }
        if (result->nextBatch) {
            fetch(ctx, session, *result->nextBatch);
            return;
        }
        if (!end()) {
            ctx.fail(SomeItemsFailed, QStringLiteral("writing the rooms failed (disk full or pipe closed?)"));
            return;
        }
        ctx.finish(Success);
    });
}

bool RoomsCommand::write(const QList<RoomSummary> &rooms)
{
    if (!m_stdout) {
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
            return false;
        }
        if (m_json) {
            m_stdout->write("[");
        } else {
            m_csv = std::make_unique<CsvWriter>(m_stdout.get());
            QList<int> trusted;
            QStringList header;
            for (int c = 0; c < RoomColumns::Count; ++c) {
                header << RoomColumns::key(c);
                if (RoomColumns::isNumeric(c)) {
                    trusted << c;
                }
            }
            m_csv->writeRow(header);
            // Names, aliases and topics are chosen by any user: every text cell gets the formula guard.
            m_csv->setTrustedColumns(trusted);
        }
    }
    for (const RoomSummary &room : rooms) {
        if (m_json) {
            QJsonObject obj;
            for (int c = 0; c < RoomColumns::Count; ++c) {
                obj.insert(RoomColumns::key(c), RoomColumns::json(room, c));
            }
            m_stdout->write(m_written == 0 ? "\n" : ",\n");
            m_stdout->write(QJsonDocument(obj).toJson(QJsonDocument::Compact));
        } else {
            QStringList row;
            for (int c = 0; c < RoomColumns::Count; ++c) {
                row << csvField(RoomColumns::json(room, c));
            }
            m_csv->writeRow(row);
        }
        ++m_written;
    }
    return m_stdout->flush() && !(m_csv && m_csv->hasError()) && m_stdout->error() == QFileDevice::NoError;
}

bool RoomsCommand::end()
{
    if (!write({})) {
        return false;
    }
    if (m_json) {
        m_stdout->write(m_written == 0 ? "]\n" : "\n]\n");
    }
    return m_stdout->flush() && m_stdout->error() == QFileDevice::NoError;
}

} // namespace Steward::Cli
