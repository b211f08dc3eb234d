#include "reports/reportscommand.h"

#include "clicontext.h"
#include "csvwriter.h"
#include "reports/reportwatcher.h"
#include "serversession.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <memory>

namespace Steward::Cli {

namespace {
constexpr int PageSize = 500;
const char *const Keys[] = { "id",      "kind",      "received", "reporter", "user_id",
                             "room_id", "room_name", "event_id", "reason",   "score" };

QString csvField(const QJsonValue &v)
{
    if (v.isDouble()) {
        return QString::number(v.toInteger());
    }
    return v.toString(); // null -> empty
}

/// "12", "event:12", "user:7" -> kind and id; false when it is none of these.
bool parseReportId(const QString &text, ReportKind fallback, ReportKind *kind, qint64 *id)
{
    QString number = text.trimmed();
    *kind = fallback;
    if (const qsizetype colon = number.indexOf(u':'); colon > 0) {
        const auto k = reportKindFromName(number.left(colon));
        if (!k) {
            return false;
        }
        *kind = *k;
        number = number.mid(colon + 1);
    }
    bool ok = false;
    *id = number.toLongLong(&ok);
    return ok && *id >= 0;
}

/// One line for a person: "2026-05-01T10:00:00Z event report 12: @a reported @b in Room (!r) event $e: reason".
QString describe(const Report &r)
{
    QString line = QStringLiteral("%1 %2 report %3: %4 reported %5")
                       .arg(r.received.toString(Qt::ISODate), reportKindName(r.kind), QString::number(r.id), r.reporter,
                            r.userId.isEmpty() ? QStringLiteral("(unknown sender)") : r.userId);
    if (!r.roomId.isEmpty()) {
        line += r.roomLabel() == r.roomId ? QStringLiteral(" in %1").arg(r.roomId)
                                          : QStringLiteral(" in \"%1\" (%2)").arg(r.roomLabel(), r.roomId);
    }
    if (!r.eventId.isEmpty()) {
        line += QStringLiteral(" event ") + r.eventId;
    }
    if (r.score) {
        line += QStringLiteral(" score %1").arg(*r.score);
    }
    line += QStringLiteral(": ") + (r.reason.isEmpty() ? QStringLiteral("(no reason given)") : r.reason);
    return line.simplified();
}

QString eventLine(const QJsonObject &e)
{
    const QDateTime ts =
        QDateTime::fromMSecsSinceEpoch(e.value(QLatin1String("origin_server_ts")).toInteger(), Qt::UTC);
    return QStringLiteral("%1 %2: %3")
        .arg(ts.toString(Qt::ISODate), e.value(QLatin1String("sender")).toString(), ReportsApi::eventSummary(e))
        .simplified();
}
} // namespace

QString ReportsCommand::summary() const
{
    return tr("Event and user reports: list, show, dismiss, watch for new ones");
}

QString ReportsCommand::usage()
{
    return tr("Usage: steward-cli reports list [--kind event|user|all] [--room ROOM] [--user USER_ID] "
              "[--format csv|json]\n"
              "       steward-cli reports show ID [--kind event|user]\n"
              "       steward-cli reports dismiss ID... [--kind event|user] [--yes]\n"
              "       steward-cli reports watch [--once] [--interval SECONDS]\n"
              "ID is a report number, or event:N / user:N.");
}

void ReportsCommand::run(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h") {
        if (args.isEmpty()) {
            ctx.fail(UsageError, tr("reports: missing subcommand. %1").arg(usage()));
        } else {
            ctx.out() << usage() << Qt::endl;
            ctx.finish(Success);
        }
        return;
    }
    const QString sub = args.first();
    if (sub == u"list") {
        runList(ctx, args.mid(1));
    } else if (sub == u"show") {
        runShow(ctx, args.mid(1));
    } else if (sub == u"dismiss") {
        runDismiss(ctx, args.mid(1));
    } else if (sub == u"watch") {
        runWatch(ctx, args.mid(1));
    } else {
        ctx.fail(UsageError, tr("reports: unknown subcommand \"%1\" (known: list, show, dismiss, watch)").arg(sub));
    }
}

void ReportsCommand::collect(ServerSession *session, const ReportQuery &query, qint64 from,
                             std::function<void(ApiError)> done)
{
    ReportsApi::list(session->api(), query, from, PageSize, this,
                     [this, session, query, from, done = std::move(done)](const Result<ReportPage> &result) {
                         if (!result.ok()) {
                             done(result.error());
                             return;
                         }
                         const ApiError bad = m_guard.check(from, PageSize, result->reports.size(), result->nextToken);
                         if (!bad.isOk()) {
                             done(bad);
                             return;
                         }
                         m_reports << result->reports;
                         if (result->nextToken) {
                             collect(session, query, *result->nextToken, done);
                             return;
                         }
                         done({});
                     });
}

void ReportsCommand::runList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List every report (all pages), newest first."));
    const QCommandLineOption kindOpt(QStringLiteral("kind"), tr("event, user or all (default)."),
                                     QStringLiteral("event|user|all"), QStringLiteral("all"));
    const QCommandLineOption roomOpt(QStringLiteral("room"), tr("Only event reports in this room (room ID)."),
                                     QStringLiteral("ROOM"));
    const QCommandLineOption userOpt(QStringLiteral("user"),
                                     tr("Only reports about this user (the reported user or the event's sender)."),
                                     QStringLiteral("USER_ID"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), tr("csv (default) or json."),
                                       QStringLiteral("csv|json"), QStringLiteral("csv"));
    parser.addOptions({ kindOpt, roomOpt, userOpt, formatOpt });
    if (!ctx.parseCommandLine(parser, QStringLiteral("reports list"), args)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError,
                 tr("reports list takes no arguments, got \"%1\"").arg(parser.positionalArguments().join(u' ')));
        return;
    }
    const QString kind = parser.value(kindOpt).trimmed().toLower();
    if (kind != u"all" && !reportKindFromName(kind)) {
        ctx.fail(UsageError, tr("unknown kind \"%1\": use --kind event, user or all").arg(parser.value(kindOpt)));
        return;
    }
    const QString format = parser.value(formatOpt).trimmed().toLower();
    if (format != u"csv" && format != u"json") {
        ctx.fail(UsageError,
                 tr("unknown format \"%1\": use --format csv or --format json").arg(parser.value(formatOpt)));
        return;
    }
    const QString room = parser.value(roomOpt).trimmed();
    const QString user = parser.value(userOpt).trimmed();
    if (parser.isSet(roomOpt) && !room.startsWith(u'!')) {
        ctx.fail(UsageError, tr("--room needs a room ID (!id), got \"%1\"").arg(parser.value(roomOpt)));
        return;
    }
    if (parser.isSet(userOpt) && (!user.startsWith(u'@') || !user.contains(u':'))) {
        ctx.fail(UsageError, tr("--user needs a user ID (@name:server), got \"%1\"").arg(parser.value(userOpt)));
        return;
    }
    QList<ReportKind> kinds;
    if (kind != u"user") {
        kinds << ReportKind::Event;
    }
    // User reports have no room: a room filter leaves only event reports.
    if (kind != u"event" && room.isEmpty()) {
        kinds << ReportKind::User;
    }
    const bool json = format == u"json";
    ctx.connectToServer(true, [this, &ctx, kinds, room, user, json](ServerSession *session) {
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [this, &ctx, session, kinds, room, user, json, next](int k) {
            if (k == kinds.size()) {
                // Synapse filters rooms and users with LIKE (where _ matches any character): keep exact matches.
                m_reports.removeIf([&](const Report &r) {
                    return (!room.isEmpty() && r.roomId != room) || (!user.isEmpty() && r.userId != user);
                });
                std::stable_sort(m_reports.begin(), m_reports.end(),
                                 [](const Report &a, const Report &b) { return a.received > b.received; });
                QFile out;
                if (!out.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
                    ctx.fail(SomeItemsFailed, tr("cannot write to standard output"));
                    return;
                }
                if (json) {
                    QJsonArray array;
                    for (const Report &r : std::as_const(m_reports)) {
                        array << r.toJson();
                    }
                    out.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
                } else {
                    CsvWriter csv(&out);
                    QStringList header;
                    for (const char *key : Keys) {
                        header << QString::fromLatin1(key);
                    }
                    csv.writeRow(header);
                    csv.setTrustedColumns({ 0, 1, 2, 9 });
                    for (const Report &r : std::as_const(m_reports)) {
                        const QJsonObject o = r.toJson();
                        QStringList row;
                        for (const char *key : Keys) {
                            row << csvField(o.value(QLatin1String(key)));
                        }
                        csv.writeRow(row);
                    }
                }
                if (!out.flush() || out.error() != QFileDevice::NoError) {
                    ctx.fail(SomeItemsFailed, tr("writing the reports failed (disk full or pipe closed?)"));
                    return;
                }
                ctx.finish(Success);
                return;
            }
            ReportQuery query;
            query.kind = kinds.at(k);
            query.roomId = room;
            query.userId = user;
            m_guard.reset();
            collect(session, query, 0, [&ctx, next, k, kind = kinds.at(k)](const ApiError &error) {
                if (!error.isOk()) {
                    if (kind == ReportKind::User && error.isNotFound() && error.errcode() == u"M_UNRECOGNIZED") {
                        ctx.fail(SomeItemsFailed,
                                 tr("this server has no user reports API (Synapse 1.137 or newer "
                                    "has it); use --kind event"));
                        return;
                    }
                    ctx.failWith(error, tr("listing %1 reports").arg(reportKindName(kind)));
                    return;
                }
                (*next)(k + 1);
            });
        };
        (*next)(0);
    });
}

void ReportsCommand::runShow(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show one report, the reported event and the messages around it."));
    const QCommandLineOption kindOpt(QStringLiteral("kind"), tr("event (default) or user."),
                                     QStringLiteral("event|user"), QStringLiteral("event"));
    parser.addOption(kindOpt);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The report's number."));
    if (!ctx.parseCommandLine(parser, QStringLiteral("reports show"), args)) {
        return;
    }
    const auto fallback = reportKindFromName(parser.value(kindOpt).trimmed().toLower());
    if (!fallback) {
        ctx.fail(UsageError, tr("unknown kind \"%1\": use --kind event or user").arg(parser.value(kindOpt)));
        return;
    }
    if (parser.positionalArguments().size() != 1) {
        ctx.fail(UsageError, tr("reports show needs exactly one report ID"));
        return;
    }
    ReportKind kind;
    qint64 id = -1;
    if (!parseReportId(parser.positionalArguments().first(), *fallback, &kind, &id)) {
        ctx.fail(
            UsageError,
            tr("\"%1\" is not a report ID (a number, or event:N / user:N)").arg(parser.positionalArguments().first()));
        return;
    }
    ctx.connectToServer(true, [this, &ctx, kind, id](ServerSession *session) {
        ReportsApi::details(session->api(), kind, id, this, [this, &ctx, session](const Result<ReportDetails> &result) {
            if (!result.ok()) {
                ctx.failWith(result.error(), tr("reading the report"));
                return;
            }
            const Report &r = result->report;
            QTextStream &out = ctx.out();
            out << describe(r) << Qt::endl;
            if (r.kind == ReportKind::User) {
                ctx.finish(Success);
                return;
            }
            const QJsonObject event = result->event;
            out << tr("Reported event:") << Qt::endl << QStringLiteral("  ") << eventLine(event) << Qt::endl;
            for (const MediaReference &m : ReportsApi::mediaOf(event)) {
                out << tr("  media (%1, not downloaded): %2").arg(m.role, m.mxc) << Qt::endl;
            }
            ReportsApi::context(session->api(), r.roomId, r.eventId, 6, this, [&ctx](const Result<EventContext> &c) {
                QTextStream &out = ctx.out();
                if (!c.ok()) {
                    out << tr("Context: not available (%1)").arg(c.error().describe()) << Qt::endl;
                    ctx.finish(Success);
                    return;
                }
                out << tr("Context:") << Qt::endl;
                for (const QJsonObject &e : c->before) {
                    out << QStringLiteral("  ") << eventLine(e) << Qt::endl;
                }
                out << QStringLiteral("> ") << eventLine(c->event) << Qt::endl;
                for (const QJsonObject &e : c->after) {
                    out << QStringLiteral("  ") << eventLine(e) << Qt::endl;
                }
                ctx.finish(Success);
            });
        });
    });
}

void ReportsCommand::runDismiss(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Dismiss (delete) reports."));
    const QCommandLineOption kindOpt(QStringLiteral("kind"), tr("event (default) or user."),
                                     QStringLiteral("event|user"), QStringLiteral("event"));
    const QCommandLineOption yesOpt(QStringLiteral("yes"),
                                    tr("Really delete (without it: only say what would be done)."));
    parser.addOptions({ kindOpt, yesOpt });
    parser.addPositionalArgument(QStringLiteral("ID..."), tr("The reports' numbers."));
    if (!ctx.parseCommandLine(parser, QStringLiteral("reports dismiss"), args)) {
        return;
    }
    const auto fallback = reportKindFromName(parser.value(kindOpt).trimmed().toLower());
    if (!fallback) {
        ctx.fail(UsageError, tr("unknown kind \"%1\": use --kind event or user").arg(parser.value(kindOpt)));
        return;
    }
    if (parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError, tr("reports dismiss needs at least one report ID"));
        return;
    }
    m_targets.clear();
    for (const QString &arg : parser.positionalArguments()) {
        ReportKind kind;
        qint64 id = -1;
        if (!parseReportId(arg, *fallback, &kind, &id)) {
            ctx.fail(UsageError, tr("\"%1\" is not a report ID (a number, or event:N / user:N)").arg(arg));
            return;
        }
        if (!m_targets.contains(qMakePair(kind, id))) {
            m_targets.append({ kind, id });
        }
    }
    const bool yes = parser.isSet(yesOpt);
    if (!yes) {
        for (const auto &[kind, id] : std::as_const(m_targets)) {
            ctx.out() << tr("would dismiss %1 report %2").arg(reportKindName(kind)).arg(id) << Qt::endl;
        }
        ctx.fail(UsageError,
                 tr("nothing was dismissed: add --yes to delete these %n report(s)", nullptr, int(m_targets.size())));
        return;
    }
    ctx.connectToServer(true, [this, &ctx](ServerSession *session) { dismissNext(ctx, session, 0); });
}

void ReportsCommand::dismissNext(CliContext &ctx, ServerSession *session, int index)
{
    if (index == m_targets.size()) {
        ctx.out() << tr("%1 dismissed, %2 failed").arg(m_targets.size() - m_failed).arg(m_failed) << Qt::endl;
        ctx.finish(m_failed == 0 ? Success : SomeItemsFailed);
        return;
    }
    const auto [kind, id] = m_targets.at(index);
    ReportsApi::dismiss(session->api(), kind, id, this, [this, &ctx, session, index, kind, id](const Result<bool> &r) {
        if (r.ok()) {
            ctx.out() << tr("dismissed %1 report %2").arg(reportKindName(kind)).arg(id) << Qt::endl;
        } else {
            const ApiError &e = r.error();
            if (e.isAuthenticationFailure() || e.kind() == ApiError::Kind::Network
                || e.kind() == ApiError::Kind::Timeout) {
                ctx.failWith(e,
                             tr("dismissing %1 report %2 (%3 of %4 done)")
                                 .arg(reportKindName(kind))
                                 .arg(id)
                                 .arg(index - m_failed)
                                 .arg(m_targets.size()));
                return;
            }
            ++m_failed;
            ctx.err() << "steward-cli: "
                      << tr("failed to dismiss %1 report %2: %3").arg(reportKindName(kind)).arg(id).arg(e.describe())
                      << Qt::endl;
        }
        dismissNext(ctx, session, index + 1);
    });
}

void ReportsCommand::runWatch(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print each report that arrived since the last call, one line each (state kept per profile)."));
    const QCommandLineOption onceOpt(QStringLiteral("once"), tr("Check once and exit (for cron and monitoring)."));
    const QCommandLineOption intervalOpt(QStringLiteral("interval"), tr("Seconds between checks (default 60)."),
                                         QStringLiteral("SECONDS"), QStringLiteral("60"));
    parser.addOptions({ onceOpt, intervalOpt });
    if (!ctx.parseCommandLine(parser, QStringLiteral("reports watch"), args)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError,
                 tr("reports watch takes no arguments, got \"%1\"").arg(parser.positionalArguments().join(u' ')));
        return;
    }
    bool ok = false;
    const int seconds = parser.value(intervalOpt).toInt(&ok);
    if (!ok || seconds < 5 || seconds > 86400) {
        ctx.fail(UsageError,
                 tr("--interval needs a number of seconds from 5 to 86400, got \"%1\"").arg(parser.value(intervalOpt)));
        return;
    }
    const bool once = parser.isSet(onceOpt);
    ctx.connectToServer(true, [this, &ctx, once, seconds](ServerSession *session) {
        m_statePath =
            ReportMark::path(session->status().baseUrl, session->status().whoAmI.userId, QStringLiteral("cli-watch"));
        QString error;
        const ReportMark mark = ReportMark::load(m_statePath, &error);
        if (!error.isEmpty()) {
            ctx.fail(UsageError, tr("%1; remove the file to start over").arg(error));
            return;
        }
        auto *watcher = new ReportWatcher(session->api(), this);
        watcher->setBaseline(mark);
        connect(watcher, &ReportWatcher::newReports, this, [this, &ctx, watcher](const QList<Report> &reports) {
            for (const Report &r : reports) {
                ctx.out() << describe(r) << Qt::endl;
            }
            QString error;
            if (!watcher->baseline().save(m_statePath, &error)) {
                watcher->stop();
                ctx.fail(SomeItemsFailed, tr("%1 (the reports above will be printed again next time)").arg(error));
            }
        });
        connect(watcher, &ReportWatcher::failed, this, [&ctx, once, watcher](const ApiError &e) {
            if (once) {
                ctx.failWith(e, tr("checking for reports"));
                return;
            }
            ctx.err() << "steward-cli: "
                      << tr("checking for reports failed: %1 (next try in %2 s)")
                             .arg(e.describe())
                             .arg(watcher->currentDelay().count() / 1000)
                      << Qt::endl;
        });
        if (once) {
            connect(watcher, &ReportWatcher::checked, this, [&ctx]() { ctx.finish(Success); });
            watcher->check();
        } else {
            watcher->start(std::chrono::seconds(seconds));
        }
    });
}

} // namespace Steward::Cli
