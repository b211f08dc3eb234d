#include "roomscommand.h"

#include "clicontext.h"
#include "csvwriter.h"
#include "roomcolumns.h"
#include "serversession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Steward::Cli {

namespace {
constexpr int PageSize = 500;

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
    return tr("List the server's rooms as CSV or JSON (rooms list [--search TERM] [--format csv|json])");
}

void RoomsCommand::run(CliContext &ctx, const QStringList &args)
{
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
                 QStringLiteral("rooms needs a subcommand: rooms list [--search TERM] [--format csv|json]"));
        return;
    }
    if (positional.first() != u"list") {
        ctx.fail(UsageError,
                 QStringLiteral("unknown rooms subcommand \"%1\" (expected: list)").arg(positional.first()));
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
    ctx.connectToServer(true, [this, &ctx](ServerSession *session) { fetch(ctx, session, 0); });
}

void RoomsCommand::fetch(CliContext &ctx, ServerSession *session, int from)
{
    RoomListQuery query = m_query;
    query.from = from;
    RoomsApi::list(session->api(), query, this, [this, &ctx, session, from](const Result<RoomListPage> &result) {
        if (!result.ok()) {
            ctx.failWith(result.error(), QStringLiteral("listing rooms"));
            return;
        }
        m_rooms.append(result->rooms);
        // Offset paging; a next_batch that does not move forward would loop forever.
        if (result->nextBatch && *result->nextBatch > from && !result->rooms.isEmpty()) {
            fetch(ctx, session, *result->nextBatch);
            return;
        }
        print(ctx);
    });
}

void RoomsCommand::print(CliContext &ctx)
{
    if (m_json) {
        QJsonArray array;
        for (const RoomSummary &room : std::as_const(m_rooms)) {
            QJsonObject obj;
            for (int c = 0; c < RoomColumns::Count; ++c) {
                obj.insert(RoomColumns::key(c), RoomColumns::json(room, c));
            }
            array.append(obj);
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        ctx.finish(Success);
        return;
    }
    ctx.out().flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        ctx.fail(SomeItemsFailed, QStringLiteral("cannot write to standard output"));
        return;
    }
    CsvWriter csv(&out);
    QList<int> trusted;
    QStringList header;
    for (int c = 0; c < RoomColumns::Count; ++c) {
        header << RoomColumns::key(c);
        if (RoomColumns::isNumeric(c)) {
            trusted << c;
        }
    }
    csv.writeRow(header);
    // Names, aliases and topics are chosen by any user: every text cell gets the formula guard.
    csv.setTrustedColumns(trusted);
    for (const RoomSummary &room : std::as_const(m_rooms)) {
        QStringList row;
        for (int c = 0; c < RoomColumns::Count; ++c) {
            row << csvField(RoomColumns::json(room, c));
        }
        csv.writeRow(row);
    }
    out.flush();
    if (csv.hasError()) {
        ctx.fail(SomeItemsFailed, QStringLiteral("writing the CSV failed (disk full or pipe closed?)"));
        return;
    }
    ctx.finish(Success);
}

} // namespace Steward::Cli
