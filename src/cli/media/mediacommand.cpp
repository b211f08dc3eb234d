#include "media/mediacommand.h"

#include "clicontext.h"
#include "matrixid.h"
#include "media/mediamanage.h"
#include "media/mediapurgecutoff.h"
#include "media/mediapurgeestimator.h"
#include "media/mediapurgerun.h"
#include "serversession.h"
#include "signalcancel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace Steward::Cli {

namespace {

QString size(qint64 bytes)
{
    if (bytes < 1024) {
        return bytes == 1 ? MediaCommand::tr("1 byte") : MediaCommand::tr("%1 bytes").arg(bytes);
    }
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat)
        + QStringLiteral(" (%1 bytes)").arg(bytes);
}

QString files(qint64 n)
{
    return n == 1 ? MediaCommand::tr("1 file") : MediaCommand::tr("%1 files").arg(n);
}

void printCriteria(QTextStream &out, const MediaPurgeCriteria &c, const QTimeZone &zone)
{
    out << MediaCommand::tr(
               "Cutoff:           %1 (local media last accessed before this, or never accessed and uploaded "
               "before it)")
               .arg(MediaPurgeCutoff::formatInstant(c.beforeTs, zone))
        << '\n';
    out << MediaCommand::tr("Size:             %1")
               .arg(c.sizeGt > 0 ? MediaCommand::tr("only files larger than %1 bytes").arg(c.sizeGt)
                                 : MediaCommand::tr("any size"))
        << '\n';
    out << MediaCommand::tr("Profile pictures: %1")
               .arg(c.keepProfiles ? MediaCommand::tr("kept") : MediaCommand::tr("deleted too"))
        << '\n';
    out << MediaCommand::tr("Remote cache:     %1")
               .arg(c.remoteCache
                        ? MediaCommand::tr("cached copies of other servers' media last accessed before the cutoff are "
                                           "purged too")
                        : MediaCommand::tr("not touched"))
        << '\n';
    out << MediaCommand::tr("Never deleted:    quarantined and protected files") << '\n';
}

void printEstimate(QTextStream &out, const MediaPurgeEstimate &e)
{
    out << '\n'
        << MediaCommand::tr("Estimate (from the users' media lists; the server decides when it deletes):") << '\n';
    out << MediaCommand::tr("  %1 local files, %2, uploaded by %3 users")
               .arg(e.files)
               .arg(size(e.bytes))
               .arg(e.users.size())
        << '\n';
    out << MediaCommand::tr(
               "  kept: %1 quarantined, %2 protected, %3 profile pictures, %4 not larger than the size limit")
               .arg(e.skippedQuarantined)
               .arg(e.skippedProtected)
               .arg(e.skippedProfile)
               .arg(e.skippedSmall)
        << '\n';
    if (!e.users.isEmpty()) {
        out << MediaCommand::tr("  most affected users:") << '\n';
        for (int i = 0; i < qMin(10, int(e.users.size())); ++i) {
            const MediaPurgeUserShare &u = e.users.at(i);
            out << "    " << u.userId;
            if (!u.displayName.isEmpty()) {
                out << " (" << u.displayName << ')';
            }
            out << ": " << files(u.files) << ", " << size(u.bytes) << '\n';
        }
    }
    out << MediaCommand::tr(
        "  not seen by the estimate: media not uploaded by a user (URL previews), custom per-room avatars")
        << '\n';
}
} // namespace

QString MediaCommand::summary() const
{
    return tr("media purge|list|stats|quarantine|unquarantine|protect|unprotect|delete: purge old media, list and "
              "rank media, quarantine, protect or delete files");
}

void MediaCommand::run(CliContext &ctx, const QStringList &args)
{
    if (runMediaManagement(ctx, args)) {
        return;
    }
    if (args.isEmpty() || (args.first() != u"purge" && !args.first().startsWith(u'-'))) {
        ctx.fail(UsageError,
                 args.isEmpty()
                     ? tr("media needs a subcommand: purge, list, stats, quarantine, unquarantine, protect, unprotect "
                          "or delete (see steward-cli media SUBCOMMAND --help)")
                     : tr("unknown media subcommand \"%1\": use purge, list, stats, quarantine, unquarantine, "
                          "protect, unprotect or delete")
                           .arg(args.first()));
        return;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Delete local media last accessed before a date, optionally also the cache of remote media. Prints "
           "an estimate first; deletes only with --yes. Quarantined and protected files are never deleted."));
    const QCommandLineOption before(QStringLiteral("before"),
                                    tr("Cutoff in local time: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]."),
                                    QStringLiteral("DATE"));
    const QCommandLineOption olderThan(QStringLiteral("older-than-days"), tr("Media not accessed in the last N days."),
                                       QStringLiteral("N"));
    const QCommandLineOption sizeGt(QStringLiteral("size-gt"), tr("Only files larger than BYTES."),
                                    QStringLiteral("BYTES"));
    const QCommandLineOption includeProfiles(QStringLiteral("include-profile-media"),
                                             tr("Delete user and room avatars too (kept by default)."));
    const QCommandLineOption remoteCache(QStringLiteral("remote-cache"),
                                         tr("Also purge cached copies of other servers' media."));
    const QCommandLineOption allowRecent(QStringLiteral("allow-recent"),
                                         tr("Allow a cutoff within the last 24 hours."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Print the estimate only (exit 0)."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Delete without asking (otherwise: estimate, exit 2)."));
    parser.addOptions({ before, olderThan, sizeGt, includeProfiles, remoteCache, allowRecent, dryRun, yes });
    const QStringList rest = args.first() == u"purge" ? args.mid(1) : args;
    if (!ctx.parseCommandLine(parser, QStringLiteral("media purge"), rest)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError,
                 tr("media purge takes no arguments besides its options (got \"%1\")")
                     .arg(parser.positionalArguments().join(u' ')));
        return;
    }
    if (parser.isSet(before) == parser.isSet(olderThan)) {
        ctx.fail(UsageError, tr("give exactly one of --before DATE or --older-than-days N"));
        return;
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime now = QDateTime::currentDateTime();
    MediaPurgeCutoff::Parsed cutoff;
    if (parser.isSet(before)) {
        cutoff = MediaPurgeCutoff::parseDate(parser.value(before), zone);
    } else {
        bool ok = false;
        const int days = parser.value(olderThan).toInt(&ok);
        cutoff = ok
            ? MediaPurgeCutoff::olderThanDays(days, now, zone)
            : MediaPurgeCutoff::Parsed {
                  0, tr("--older-than-days needs a whole number of days, got \"%1\"").arg(parser.value(olderThan))
              };
    }
    if (!cutoff.ok()) {
        ctx.fail(UsageError, cutoff.error);
        return;
    }
    const MediaPurgeCutoff::Check check = MediaPurgeCutoff::check(cutoff.beforeTs, now.toMSecsSinceEpoch());
    if (check == MediaPurgeCutoff::Check::InFuture || check == MediaPurgeCutoff::Check::TooEarly
        || (check == MediaPurgeCutoff::Check::Recent && !parser.isSet(allowRecent))) {
        QString message = MediaPurgeCutoff::describe(check, cutoff.beforeTs, zone);
        if (check == MediaPurgeCutoff::Check::Recent) {
            message += tr(" Add --allow-recent if you mean it.");
        }
        ctx.fail(UsageError, message);
        return;
    }
    MediaPurgeCriteria criteria;
    criteria.beforeTs = cutoff.beforeTs;
    criteria.keepProfiles = !parser.isSet(includeProfiles);
    criteria.remoteCache = parser.isSet(remoteCache);
    if (parser.isSet(sizeGt)) {
        bool ok = false;
        criteria.sizeGt = parser.value(sizeGt).toLongLong(&ok);
        if (!ok || criteria.sizeGt < 0) {
            ctx.fail(UsageError,
                     tr("--size-gt needs a number of bytes (0 or more), got \"%1\"").arg(parser.value(sizeGt)));
            return;
        }
    }
    const bool dry = parser.isSet(dryRun);
    const bool confirmed = parser.isSet(yes);

    ctx.connectToServer(true, [&ctx, criteria, zone, dry, confirmed](ServerSession *session) {
        const QString serverName = MatrixId::serverName(session->status().whoAmI.userId);
        printCriteria(ctx.out(), criteria, zone);
        ctx.out().flush();
        ctx.err() << tr("Estimating what the server will delete…") << Qt::endl;
        auto *estimator = new MediaPurgeEstimator(session->api(), &ctx);
        QObject::connect(
            estimator, &MediaPurgeEstimator::finished, &ctx,
            [&ctx, session, serverName, criteria, dry, confirmed, estimator]() {
                const MediaPurgeEstimate e = estimator->estimate();
                estimator->deleteLater();
                if (e.state != MediaPurgeEstimate::State::Complete) {
                    ctx.fail(SomeItemsFailed, tr("%1. Nothing was deleted.").arg(e.error));
                    return;
                }
                printEstimate(ctx.out(), e);
                if (dry) {
                    ctx.out() << '\n' << tr("Dry run: nothing was deleted.") << '\n';
                    ctx.finish(Success);
                    return;
                }
                if (!confirmed) {
                    ctx.out() << '\n' << tr("Nothing was deleted. Run again with --yes to delete.") << '\n';
                    ctx.finish(UsageError);
                    return;
                }
                auto *run = new MediaPurgeRun(session->api(), serverName, &ctx);
                QObject::connect(run, &MediaPurgeRun::phaseChanged, &ctx,
                                 [&ctx](const QString &step) { ctx.err() << step << Qt::endl; });
                QObject::connect(run, &MediaPurgeRun::finished, &ctx, [&ctx, run, criteria]() {
                    const MediaPurgeResult &r = run->result();
                    ctx.out() << '\n';
                    if (r.localDone && r.localVerified) {
                        ctx.out() << tr("Deleted %1 local files (verified: the server's answer was lost; of the "
                                        "estimated files these are gone, %2 files still match the criteria).")
                                         .arg(r.deletedTotal)
                                         .arg(r.remainingAfter)
                                  << '\n';
                    } else if (r.localDone) {
                        ctx.out() << tr("Deleted %1 local files (server's count).").arg(r.deletedTotal) << '\n';
                    }
                    if (r.localDone) {
                        ctx.out() << tr("Bytes freed: %1, known from the estimate for %2 of %3 files.")
                                         .arg(size(r.bytesKnown))
                                         .arg(r.filesWithKnownSize)
                                         .arg(r.deletedMediaIds.size())
                                  << '\n';
                    } else if (r.localOutcomeUnknown) {
                        ctx.out() << tr("Local media: %1").arg(r.localError) << '\n';
                    } else if (!r.localAttempted) {
                        ctx.out() << tr("Local media: not attempted (cancelled), nothing deleted.") << '\n';
                    } else {
                        ctx.out() << tr("Local media: failed, nothing deleted: %1").arg(r.localError) << '\n';
                    }
                    if (r.remoteDone) {
                        ctx.out() << tr("Deleted %1 cached remote files.").arg(r.remoteDeleted) << '\n';
                    } else if (r.remoteAttempted) {
                        ctx.out() << tr("Remote cache: failed: %1").arg(r.remoteError) << '\n';
                    } else if (!r.localDone || (r.cancelled && criteria.remoteCache)) {
                        ctx.out() << tr("Remote cache: not attempted.") << '\n';
                    }
                    if (r.cancelled) {
                        ctx.out() << tr("The purge was cancelled.") << '\n';
                    }
                    ctx.finish(r.ok() ? Success : SomeItemsFailed);
                });
                run->start(criteria, &e);
                // Ctrl-C: a step the server has not received is not attempted, one it has received is
                // waited for (it runs there anyway); a second Ctrl-C stops waiting.
                cancelOnSignals(
                    run, [run]() { return run->isCancelling(); }, [run]() { run->cancel(); });
            });
        QObject::connect(estimator, &MediaPurgeEstimator::progressChanged, &ctx, [&ctx](const OperationProgress &p) {
            if (ctx.verbose) {
                ctx.err() << p.phase << ' ' << p.done << '/' << std::max<qint64>(p.total, 0) << Qt::endl;
            }
        });
        estimator->start(criteria);
    });
}

} // namespace Steward::Cli
