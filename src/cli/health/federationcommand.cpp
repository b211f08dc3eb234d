#include "health/federationcommand.h"

#include "clicontext.h"
#include "csvwriter.h"
#include "health/destinationlistmodel.h"
#include "health/destinationreset.h"
#include "health/healthapi.h"
#include "health/historypurge.h"
#include "health/pagewalk.h"
#include "media/mediapurgecutoff.h"
#include "serversession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <memory>

namespace Steward::Cli {

namespace {
struct PurgeHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::Cli::PurgeHistory)
};

constexpr int PageSize = 1000;

QString failureText(const FederationDestination &d)
{
    return d.failureTs ? QDateTime::fromMSecsSinceEpoch(*d.failureTs, Qt::UTC).toString(Qt::ISODate) : QString();
}

void printDestination(QTextStream &out, const FederationDestination &d)
{
    out << FederationCommand::tr("Destination:        ") << d.destination << '\n';
    out << FederationCommand::tr("Failing:            ")
        << (d.isFailing()
                ? FederationCommand::tr("yes, since %1").arg(DestinationListModel::formatTimestamp(d.failureTs))
                : FederationCommand::tr("no"))
        << '\n';
    out << FederationCommand::tr("Last retry:         ")
        << DestinationListModel::formatTimestamp(d.retryLastTs ? std::optional<qint64>(d.retryLastTs) : std::nullopt)
        << '\n';
    out << FederationCommand::tr("Retry interval:     ") << DestinationListModel::formatInterval(d.retryInterval)
        << '\n';
    out << FederationCommand::tr("Last successful stream ordering: ")
        << (d.lastSuccessfulStreamOrdering ? QString::number(*d.lastSuccessfulStreamOrdering) : QStringLiteral("—"))
        << '\n';
}
} // namespace

QString FederationCommand::summary() const
{
    return tr("Federation destinations: list [--failing] [--format text|csv|json], show DESTINATION, reset "
              "DESTINATION... [--yes]");
}

void FederationCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"list") {
        list(ctx, args.mid(1));
    } else if (sub == u"show") {
        show(ctx, args.mid(1));
    } else if (sub == u"reset") {
        reset(ctx, args.mid(1));
    } else if (sub == u"--help" || sub == u"-h") {
        ctx.out() << summary() << '\n';
        ctx.finish(Success);
    } else if (sub.isEmpty()) {
        ctx.fail(UsageError, tr("federation needs a subcommand: list, show DESTINATION or reset DESTINATION..."));
    } else {
        ctx.fail(UsageError, tr("unknown federation subcommand \"%1\" (expected: list, show, reset)").arg(sub));
    }
}

void FederationCommand::list(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the servers this server federates with."));
    const QCommandLineOption failing(QStringLiteral("failing"),
                                     tr("Only destinations the server is backing off from (failing)."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text (default), csv or json."),
                                    QStringLiteral("text|csv|json"), QStringLiteral("text"));
    parser.addOptions({ failing, format });
    if (!ctx.parseCommandLine(parser, QStringLiteral("federation list"), args)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError,
                 tr("federation list takes no arguments, got \"%1\"").arg(parser.positionalArguments().join(u' ')));
        return;
    }
    const QString fmt = parser.value(format).trimmed().toLower();
    if (fmt != u"text" && fmt != u"csv" && fmt != u"json") {
        ctx.fail(UsageError, tr("unknown format \"%1\": use --format text, csv or json").arg(parser.value(format)));
        return;
    }
    const bool failingOnly = parser.isSet(failing);
    ctx.connectToServer(true, [this, &ctx, fmt, failingOnly](ServerSession *session) {
        auto rows = std::make_shared<QList<FederationDestination>>();
        auto total = std::make_shared<qint64>(0);
        auto *walk = new PageWalk(
            tr("Reading federation destinations"), PageSize,
            [this, session, rows, total, failingOnly](qint64 from, int limit,
                                                      std::function<void(Result<PageWalk::Step>)> done) {
                return HealthApi::destinations(
                    session->api(), from, limit, this,
                    [rows, total, failingOnly, done = std::move(done)](const Result<DestinationPage> &r) {
                        if (!r.ok()) {
                            done(r.error());
                            return;
                        }
                        *total = r->total;
                        for (const FederationDestination &d : r->destinations) {
                            if (!failingOnly || d.isFailing()) {
                                *rows << d;
                            }
                        }
                        done(PageWalk::Step { r->destinations.size(), r->total, r->nextFrom });
                    });
            },
            this);
        connect(walk, &PageWalk::finished, this, [&ctx, walk, rows, total, fmt, failingOnly]() {
            if (!walk->error().isOk()) {
                ctx.failWith(walk->error(), tr("listing federation destinations"));
                return;
            }
            if (fmt == u"json") {
                QJsonArray array;
                for (const FederationDestination &d : *rows) {
                    array << d.toJson();
                }
                ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            } else if (fmt == u"csv") {
                ctx.out().flush();
                QFile out;
                if (!out.open(stdout, QIODevice::WriteOnly)) {
                    ctx.fail(SomeItemsFailed, tr("standard output cannot be written"));
                    return;
                }
                CsvWriter csv(&out);
                csv.setTrustedColumns({ 1, 2, 3, 4 });
                csv.writeRow({ QStringLiteral("destination"), QStringLiteral("failure_ts"),
                               QStringLiteral("retry_last_ts"), QStringLiteral("retry_interval"),
                               QStringLiteral("last_successful_stream_ordering") });
                for (const FederationDestination &d : *rows) {
                    csv.writeRow({ d.destination, failureText(d), QString::number(d.retryLastTs),
                                   QString::number(d.retryInterval),
                                   d.lastSuccessfulStreamOrdering ? QString::number(*d.lastSuccessfulStreamOrdering)
                                                                  : QString() });
                }
                out.flush();
                if (csv.hasError()) {
                    ctx.fail(SomeItemsFailed, tr("writing the list failed (disk full or pipe closed?)"));
                    return;
                }
            } else {
                for (const FederationDestination &d : *rows) {
                    ctx.out() << d.destination << '\t'
                              << (d.isFailing() ? tr("failing since %1").arg(failureText(d)) : tr("ok")) << '\t'
                              << tr("retry interval %1").arg(DestinationListModel::formatInterval(d.retryInterval))
                              << '\n';
                }
            }
            if (rows->isEmpty()) {
                const QString none = *total == 0
                    ? tr("No federation destinations: this server has not exchanged events with any other server.")
                    : tr("None of the %n federation destination(s) is failing.", nullptr, int(*total));
                ctx.err() << none << '\n';
            } else if (failingOnly) {
                ctx.err() << tr("%1 of %n destination(s) failing.", nullptr, int(*total)).arg(rows->size()) << '\n';
            }
            ctx.finish(Success);
        });
        walk->start();
    });
}

void FederationCommand::show(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show one destination and the rooms this server shares with it."));
    parser.addPositionalArgument(QStringLiteral("DESTINATION"), tr("A server name, e.g. example.org."));
    if (!ctx.parseCommandLine(parser, QStringLiteral("federation show"), args)) {
        return;
    }
    if (parser.positionalArguments().size() != 1 || parser.positionalArguments().first().trimmed().isEmpty()) {
        ctx.fail(UsageError, tr("federation show needs exactly one DESTINATION (a server name)"));
        return;
    }
    const QString name = parser.positionalArguments().first().trimmed();
    ctx.connectToServer(true, [this, &ctx, name](ServerSession *session) {
        HealthApi::destination(
            session->api(), name, this, [this, &ctx, session, name](const Result<FederationDestination> &d) {
                if (!d.ok()) {
                    if (d.error().isNotFound()) {
                        ctx.fail(SomeItemsFailed, tr("the server knows no destination \"%1\"").arg(name));
                    } else {
                        ctx.failWith(d.error(), tr("reading destination %1").arg(name));
                    }
                    return;
                }
                printDestination(ctx.out(), d.value());
                HealthApi::destinationRooms(
                    session->api(), name, 0, PageSize, this, [&ctx](const Result<DestinationRoomsPage> &r) {
                        if (!r.ok()) {
                            ctx.failWith(r.error(), tr("reading the rooms shared with the destination"));
                            return;
                        }
                        ctx.out() << tr("Rooms shared:       %1").arg(r->total) << '\n';
                        for (const DestinationRoom &room : r->rooms) {
                            ctx.out() << "  " << room.roomId << '\t'
                                      << tr("stream ordering %1").arg(room.streamOrdering) << '\n';
                        }
                        if (r->total > r->rooms.size()) {
                            ctx.out() << tr("  … and %1 more").arg(r->total - r->rooms.size()) << '\n';
                        }
                        ctx.finish(Success);
                    });
            });
    });
}

void FederationCommand::reset(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Make the server forget its back-off from these destinations and try them again now."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Reset without asking (otherwise: preview, exit 2)."));
    parser.addOption(yes);
    parser.addPositionalArgument(QStringLiteral("DESTINATION..."), tr("One or more server names."));
    if (!ctx.parseCommandLine(parser, QStringLiteral("federation reset"), args)) {
        return;
    }
    QStringList names;
    for (const QString &n : parser.positionalArguments()) {
        if (!n.trimmed().isEmpty()) {
            names << n.trimmed();
        }
    }
    if (names.isEmpty()) {
        ctx.fail(UsageError, tr("federation reset needs one or more DESTINATION names"));
        return;
    }
    const bool confirmed = parser.isSet(yes);
    ctx.connectToServer(true, [this, &ctx, names, confirmed](ServerSession *session) {
        auto *op = new DestinationReset(session->api(), names, this);
        connect(op, &DestinationReset::planReady, this, [&ctx, op, confirmed]() {
            for (const DestinationReset::Item &item : op->items()) {
                ctx.out() << item.destination << '\t'
                          << (item.outcome.status == ItemStatus::Planned ? tr("will be reset")
                                                                         : itemStatusTitle(item.outcome.status))
                          << (item.outcome.reason.isEmpty() ? QString() : QStringLiteral(": ") + item.outcome.reason)
                          << '\n';
            }
            const OperationTally tally = op->tally();
            if (tally.planned == 0) {
                ctx.err() << tr("Nothing to reset.") << '\n';
                ctx.finish(tally.failed ? SomeItemsFailed : Success);
                return;
            }
            if (!confirmed) {
                ctx.out() << '\n' << tr("Nothing was reset. Run again with --yes to reset.") << '\n';
                ctx.finish(UsageError);
                return;
            }
            connect(op, &DestinationReset::itemSettled, op, [&ctx, op](int i) {
                const auto &item = op->items().at(i);
                ctx.out() << item.destination << '\t' << itemStatusTitle(item.outcome.status)
                          << (item.outcome.reason.isEmpty() ? QString() : QStringLiteral(": ") + item.outcome.reason)
                          << '\n';
            });
            connect(op, &DestinationReset::finished, op, [&ctx, op]() {
                const OperationTally tally = op->tally();
                ctx.err() << tally.summary() << '\n';
                ctx.finish(tally.failed || tally.unknown || tally.notAttempted ? SomeItemsFailed : Success);
            });
            op->run();
        });
        op->plan();
    });
}

QString BackgroundUpdatesCommand::summary() const
{
    return tr("Database background updates: status, enable, disable, start JOB");
}

void BackgroundUpdatesCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"--help" || sub == u"-h") {
        ctx.out() << summary() << '\n' << tr("Jobs for start:") << '\n';
        for (const QString &job : HealthApi::backgroundJobs()) {
            ctx.out() << "  " << job << "  " << HealthApi::describeBackgroundJob(job) << '\n';
        }
        ctx.finish(Success);
        return;
    }
    const bool known = sub == u"status" || sub == u"enable" || sub == u"disable" || sub == u"start";
    if (!known) {
        ctx.fail(UsageError,
                 sub.isEmpty() ? tr("background-updates needs a subcommand: status, enable, disable or start JOB")
                               : tr("unknown background-updates subcommand \"%1\" (expected: status, "
                                    "enable, disable, start)")
                                     .arg(sub));
        return;
    }
    const QStringList rest = args.mid(1);
    QString job;
    if (sub == u"start") {
        if (rest.size() != 1) {
            ctx.fail(UsageError,
                     tr("background-updates start needs exactly one JOB: %1")
                         .arg(HealthApi::backgroundJobs().join(QStringLiteral(", "))));
            return;
        }
        job = rest.first();
        if (!HealthApi::backgroundJobs().contains(job)) {
            ctx.fail(UsageError,
                     tr("unknown job \"%1\": use one of %2")
                         .arg(job, HealthApi::backgroundJobs().join(QStringLiteral(", "))));
            return;
        }
    } else if (!rest.isEmpty()) {
        ctx.fail(UsageError, tr("background-updates %1 takes no arguments, got \"%2\"").arg(sub, rest.join(u' ')));
        return;
    }
    ctx.connectToServer(true, [this, &ctx, sub, job](ServerSession *session) {
        ApiService *api = session->api();
        const auto printStatus = [&ctx](const BackgroundUpdatesStatus &s) {
            ctx.out() << tr("Background updates: %1").arg(s.enabled ? tr("enabled") : tr("disabled")) << '\n';
            if (s.current.isEmpty()) {
                ctx.out() << tr("Running: none") << '\n';
            }
            for (const BackgroundUpdate &u : s.current) {
                ctx.out() << tr("Running: %1 (database %2): %3 items in %4 s")
                                 .arg(u.name, u.database)
                                 .arg(u.totalItemCount)
                                 .arg(u.totalDurationMs / 1000)
                          << '\n';
            }
        };
        if (sub == u"status") {
            HealthApi::backgroundUpdates(api, this, [&ctx, printStatus](const Result<BackgroundUpdatesStatus> &s) {
                if (!s.ok()) {
                    ctx.failWith(s.error(), tr("reading the background updates"));
                    return;
                }
                printStatus(s.value());
                ctx.finish(Success);
            });
        } else if (sub == u"start") {
            HealthApi::startBackgroundJob(api, job, this, [&ctx, job](const Result<bool> &r) {
                if (!r.ok()) {
                    ctx.failWith(r.error(), tr("starting job %1").arg(job));
                    return;
                }
                ctx.out() << tr("Job %1 was queued on the server.").arg(job) << '\n';
                ctx.finish(Success);
            });
        } else {
            const bool enable = sub == u"enable";
            HealthApi::setBackgroundUpdatesEnabled(api, enable, this, [&ctx, enable](const Result<bool> &r) {
                if (!r.ok()) {
                    ctx.failWith(r.error(),
                                 enable ? tr("enabling background updates") : tr("disabling background updates"));
                    return;
                }
                if (r.value() != enable) {
                    ctx.fail(
                        SomeItemsFailed,
                        tr("the server reports background updates %1").arg(r.value() ? tr("enabled") : tr("disabled")));
                    return;
                }
                ctx.out() << tr("Background updates: %1").arg(enable ? tr("enabled") : tr("disabled")) << '\n';
                ctx.finish(Success);
            });
        }
    });
}

void runPurgeHistory(CliContext &ctx, const QStringList &args, QObject *owner)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(PurgeHistoryText::tr("Delete a room's history before a date (local time)."));
    const QCommandLineOption before(
        QStringLiteral("before"),
        PurgeHistoryText::tr("Delete events sent before this local date/time: YYYY-MM-DD[THH:MM[:SS]]."),
        QStringLiteral("DATE"));
    const QCommandLineOption deleteLocal(
        QStringLiteral("delete-local-events"),
        PurgeHistoryText::tr("Delete the events of this server's users too (kept by default)."));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 PurgeHistoryText::tr("Delete without asking (otherwise: preview, exit 2)."));
    parser.addOptions({ before, deleteLocal, yes });
    parser.addPositionalArgument(QStringLiteral("ROOM"), PurgeHistoryText::tr("The room ID (!id:server)."));
    if (!ctx.parseCommandLine(parser, QStringLiteral("rooms purge-history"), args)) {
        return;
    }
    if (parser.positionalArguments().size() != 1) {
        ctx.fail(
            UsageError,
            PurgeHistoryText::tr("rooms purge-history needs exactly one ROOM (a room ID such as !abc:example.org)"));
        return;
    }
    const QString roomId = parser.positionalArguments().first().trimmed();
    if (!roomId.startsWith(u'!') || roomId.size() < 2 || roomId.contains(u' ')) {
        ctx.fail(UsageError,
                 PurgeHistoryText::tr("\"%1\" is not a room ID (it starts with !, e.g. !abc:example.org)").arg(roomId));
        return;
    }
    if (!parser.isSet(before)) {
        ctx.fail(UsageError, PurgeHistoryText::tr("rooms purge-history needs --before DATE[THH:MM[:SS]]"));
        return;
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const MediaPurgeCutoff::Parsed cutoff = MediaPurgeCutoff::parseDate(parser.value(before), zone);
    if (!cutoff.ok()) {
        ctx.fail(UsageError, cutoff.error);
        return;
    }
    const auto check = MediaPurgeCutoff::check(cutoff.beforeTs, QDateTime::currentMSecsSinceEpoch());
    if (check == MediaPurgeCutoff::Check::InFuture || check == MediaPurgeCutoff::Check::TooEarly) {
        ctx.fail(UsageError, MediaPurgeCutoff::describe(check, cutoff.beforeTs, zone));
        return;
    }
    HistoryPurgeRequest request;
    request.beforeTs = cutoff.beforeTs;
    request.deleteLocalEvents = parser.isSet(deleteLocal);
    const bool confirmed = parser.isSet(yes);
    ctx.connectToServer(true, [&ctx, owner, roomId, request, confirmed](ServerSession *session) {
        auto *purge = new HistoryPurge(session->api(), roomId, request, owner);
        QObject::connect(purge, &HistoryPurge::planReady, owner, [&ctx, purge, confirmed]() {
            if (!purge->planError().isEmpty()) {
                ctx.fail(UsageError, purge->planError() + PurgeHistoryText::tr(" Nothing was deleted."));
                return;
            }
            for (const QString &line : describeHistoryPurge(purge->planned())) {
                ctx.out() << line << '\n';
            }
            if (!confirmed) {
                ctx.out() << '\n'
                          << PurgeHistoryText::tr("Nothing was deleted. Run again with --yes to delete.") << '\n';
                ctx.finish(UsageError);
                return;
            }
            ctx.out().flush();
            auto lastPhase = std::make_shared<QString>();
            QObject::connect(purge, &HistoryPurge::progressChanged, purge,
                             [&ctx, lastPhase](const OperationProgress &p) {
                                 if (p.phase != *lastPhase) {
                                     *lastPhase = p.phase;
                                     ctx.err() << p.phase << Qt::endl;
                                 }
                             });
            QObject::connect(purge, &HistoryPurge::finished, purge, [&ctx, purge]() {
                const ItemOutcome o = purge->outcome();
                ctx.out() << PurgeHistoryText::tr("Outcome: %1").arg(itemStatusTitle(o.status))
                          << (o.reason.isEmpty() ? QString() : QStringLiteral(" (") + o.reason + u')') << '\n';
                ctx.finish(o.status == ItemStatus::Done ? Success : SomeItemsFailed);
            });
            purge->run();
        });
        purge->plan();
    });
}

} // namespace Steward::Cli
