#include "bulkjoin/bulkjoincommand.h"

#include "bulkjoin/bulkjoinengine.h"
#include "bulkjoin/bulkjoininput.h"
#include "bulkjoin/bulkjoinjournal.h"
#include "bulkjoin/bulkjoinpreflight.h"
#include "bulkjoin/bulkjoinpreviewtext.h"
#include "clicontext.h"
#include "serversession.h"
#include "signalcancel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace Steward::Cli {

QString BulkJoinCommand::summary() const
{
    return tr("Join many local users to many rooms (preview, progress, report, resume)");
}

void BulkJoinCommand::run(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + tr("Lists: one entry per line (or separated by commas or spaces), a text or CSV file (first column), or "
             "\"-\" for standard input. Users are @name:server or bare names of this server; rooms are IDs or "
             "aliases. At most 100,000 entries per list and 1,000,000 pairs; duplicates are joined once.\n"
             "A join whose answer is lost (connection closed, timeout) is checked in the room's member list before "
             "the report is written (reason \"verified: ...\").\n"
             "Exit codes: 0 every pair joined or already a member; 1 some pair failed, was skipped, not attempted "
             "or of unknown outcome; 2 usage or input error; 3 authentication or connection failure.\nCtrl-C "
             "cancels: requests in flight finish, the rest are reported as not attempted; a second Ctrl-C stops at "
             "once. --resume continues a cancelled, killed or partly failed run."));
    const QCommandLineOption users(QStringLiteral("users"), tr("File with the users (\"-\": standard input)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption rooms(QStringLiteral("rooms"), tr("File with the rooms (\"-\": standard input)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Join requests in flight at once (default 8, 1-64)."), QStringLiteral("N"),
                                         QStringLiteral("8"));
    const QCommandLineOption makeAdmin(QStringLiteral("make-admin-in-private-rooms"),
                                       tr("In rooms that are not public and you are not in, make yourself a room "
                                          "admin first (make_room_admin) instead of skipping them."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Print the preview and change nothing."));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write the per-pair report as CSV to FILE (with --dry-run: the preview)."),
                                    QStringLiteral("FILE.csv"));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    tr("Continue the last unfinished bulk join on this server (from its journal: "
                                       "cancelled, killed, or with failed pairs) without repeating the pairs it "
                                       "finished."));
    parser.addOptions({ users, rooms, concurrency, makeAdmin, dryRun, report, resume });
    if (!ctx.parseCommandLine(parser, name(), args)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError,
                 tr("unexpected argument \"%1\" (lists are given with --users FILE and --rooms FILE)")
                     .arg(parser.positionalArguments().constFirst()));
        return;
    }
    bool ok = false;
    m_concurrency = parser.value(concurrency).toInt(&ok);
    if (!ok || m_concurrency < 1 || m_concurrency > 64) {
        ctx.fail(UsageError,
                 tr("--concurrency wants a number from 1 to 64, not \"%1\"").arg(parser.value(concurrency)));
        return;
    }
    m_dryRun = parser.isSet(dryRun);
    m_makeAdmin = parser.isSet(makeAdmin);
    m_reportPath = parser.value(report);
    const bool wantResume = parser.isSet(resume);
    const bool haveLists = parser.isSet(users) || parser.isSet(rooms);
    if (!wantResume && (!parser.isSet(users) || !parser.isSet(rooms))) {
        ctx.fail(UsageError, tr("bulk-join needs --users FILE and --rooms FILE (or --resume)"));
        return;
    }
    if (haveLists && (!parser.isSet(users) || !parser.isSet(rooms))) {
        ctx.fail(UsageError, tr("give both --users FILE and --rooms FILE"));
        return;
    }
    if (haveLists && parser.value(users) == QLatin1String("-") && parser.value(rooms) == QLatin1String("-")) {
        ctx.fail(UsageError, tr("only one of the lists can come from standard input (\"-\")"));
        return;
    }
    QList<BulkJoinInputItem> userItems;
    QList<BulkJoinInputItem> roomItems;
    if (haveLists) {
        QString error;
        if (!BulkJoinInput::readFile(parser.value(users), &userItems, &error)
            || !BulkJoinInput::readFile(parser.value(rooms), &roomItems, &error)) {
            ctx.fail(UsageError, error);
            return;
        }
        if (userItems.isEmpty() || roomItems.isEmpty()) {
            ctx.fail(UsageError,
                     userItems.isEmpty() ? tr("the users list %1 is empty").arg(parser.value(users))
                                         : tr("the rooms list %1 is empty").arg(parser.value(rooms)));
            return;
        }
        auto distinct = [](const QList<BulkJoinInputItem> &items) {
            QSet<QString> set;
            for (const auto &item : items) {
                set.insert(item.text);
            }
            return qint64(set.size());
        };
        const qint64 pairs = distinct(userItems) * distinct(roomItems);
        if (pairs > BulkJoinInput::MaxPairs) {
            ctx.fail(UsageError,
                     tr("%1 pairs are more than one run takes (%2); split the users list into several runs")
                         .arg(pairs)
                         .arg(BulkJoinInput::MaxPairs));
            return;
        }
    }
    if (!m_reportPath.isEmpty()) {
        // Found out now, not after the joins ran.
        QSaveFile probe(m_reportPath);
        if (!probe.open(QIODevice::WriteOnly)) {
            ctx.fail(UsageError,
                     tr("cannot write the report %1: %2 (choose a file in a folder you can write to)")
                         .arg(m_reportPath, probe.errorString()));
            return;
        }
        probe.cancelWriting();
    }

    ctx.connectToServer(true, [this, &ctx, wantResume, haveLists, userItems, roomItems](ServerSession *session) {
        const QString baseUrl = session->api()->baseUrl().toString();
        if (wantResume) {
            QStringList damaged;
            const auto journals = BulkJoinJournal::unfinished(BulkJoinJournal::defaultDirectory(), baseUrl, &damaged);
            for (const QString &problem : std::as_const(damaged)) {
                ctx.err() << tr("Warning: %1").arg(problem) << Qt::endl;
            }
            if (!journals.isEmpty()) {
                const auto &j = journals.constFirst();
                ctx.err() << tr("Resuming the bulk join of %1 (%2): %3 of %4 pairs still to do.")
                                 .arg(j.created.toLocalTime().toString(Qt::ISODate), j.path)
                                 .arg(j.remaining())
                                 .arg(j.pairs.size())
                          << Qt::endl;
                if (haveLists) {
                    ctx.err() << tr("Note: the pairs come from the journal; --users and --rooms are not read again.")
                              << Qt::endl;
                }
                if (m_dryRun) {
                    ctx.finish(Success);
                    return;
                }
                const QString path = j.path;
                execute(ctx, session,
                        [path](BulkJoinEngine *engine, QString *error) { return engine->resume(path, error); });
                return;
            }
            if (!haveLists) {
                ctx.fail(UsageError, tr("there is no unfinished bulk join for %1 to resume").arg(baseUrl));
                return;
            }
            ctx.err() << tr("No unfinished bulk join for %1; starting this one.").arg(baseUrl) << Qt::endl;
        }
        auto *preflight = new BulkJoinPreflight(session->api(), this);
        ctx.err() << tr("Checking %1 users and %2 rooms on the server…").arg(userItems.size()).arg(roomItems.size())
                  << Qt::endl;
        connect(preflight, &BulkJoinPreflight::finished, this,
                [this, &ctx, session, preflight](const Result<BulkJoinPlan> &result) {
                    preflight->deleteLater();
                    if (!result.ok()) {
                        ctx.failWith(result.error(), tr("pre-flight check failed"));
                        return;
                    }
                    BulkJoinPlan plan = result.value();
                    plan.setMakeAdminEverywhere(m_makeAdmin);
                    BulkJoinText::writePreview(ctx.out(), plan, m_makeAdmin);
                    if (m_dryRun) {
                        const bool clean = plan.count(BulkJoinPair::Outcome::Skipped) == 0;
                        ctx.out() << tr("Dry run: nothing was changed.") << Qt::endl;
                        BulkJoinReport preview;
                        preview.pairs = plan.pairs;
                        if (writeReport(ctx, preview)) {
                            ctx.finish(clean ? Success : SomeItemsFailed);
                        }
                        return;
                    }
                    execute(ctx, session,
                            [plan](BulkJoinEngine *engine, QString *error) { return engine->start(plan, error); });
                });
        preflight->start(userItems, roomItems, session->status().whoAmI.userId);
    });
}

void BulkJoinCommand::execute(CliContext &ctx, ServerSession *session,
                              std::function<bool(BulkJoinEngine *, QString *)> start)
{
    auto *engine = new BulkJoinEngine(session->api(), this);
    engine->setConcurrency(m_concurrency);
    const bool tty = isatty(fileno(stderr));
    auto *ticker = new QTimer(engine);
    ticker->setInterval(1000);
    connect(ticker, &QTimer::timeout, engine, [&ctx, engine, tty]() {
        ctx.err() << BulkJoinText::progressLine(engine->progress(), engine->tally()) << (tty ? "\x1b[K\r" : "\n");
        ctx.err().flush();
    });
    connect(engine, &BulkJoinEngine::phaseChanged, engine,
            [&ctx](const QString &text) { ctx.err() << text << Qt::endl; });
    connect(engine, &BulkJoinEngine::finished, this, [this, &ctx, engine, ticker]() {
        ticker->stop();
        ctx.err() << BulkJoinText::progressLine(engine->progress(), engine->tally()) << Qt::endl;
        done(ctx, engine->report());
    });
    QString error;
    if (!start(engine, &error)) {
        ctx.fail(UsageError, error);
        return;
    }
    ctx.err() << tr("Journal: %1").arg(engine->journalPath()) << Qt::endl;
    // Ctrl-C: in-flight requests finish, the rest are not attempted, the journal says so; a second
    // Ctrl-C stops at once (the journal then stays resumable).
    cancelOnSignals(
        engine, [engine]() { return engine->isCancelling(); }, [engine]() { engine->cancel(); });
    ticker->start();
}

void BulkJoinCommand::done(CliContext &ctx, const BulkJoinReport &report)
{
    BulkJoinText::writeSummary(ctx.out(), report);
    if (writeReport(ctx, report)) {
        ctx.finish(report.allDone() ? Success : SomeItemsFailed);
    }
}

bool BulkJoinCommand::writeReport(CliContext &ctx, const BulkJoinReport &report)
{
    if (m_reportPath.isEmpty()) {
        return true;
    }
    QSaveFile file(m_reportPath);
    if (!file.open(QIODevice::WriteOnly) || !report.writeCsv(&file) || !file.commit()) {
        ctx.fail(SomeItemsFailed, tr("could not write the report %1: %2").arg(m_reportPath, file.errorString()));
        return false;
    }
    ctx.err() << tr("Report written to %1").arg(m_reportPath) << Qt::endl;
    return true;
}

} // namespace Steward::Cli
