#include "externalids/externalidscommand.h"

#include "clicontext.h"
#include "externalids/externalidbackup.h"
#include "externalids/externalidplan.h"
#include "externalids/externalidscanner.h"
#include "externalids/externalidupdater.h"
#include "serversession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace Steward::Cli {

namespace {

QString joinIds(const ExternalIdList &ids)
{
    QStringList parts;
    for (const ExternalId &e : ids) {
        parts << e.display();
    }
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

const QCommandLineOption includeDeactivatedOption(QStringLiteral("include-deactivated"),
                                                  ExternalIdsCommand::tr("Also scan deactivated accounts."));
const QCommandLineOption yesOption(QStringLiteral("yes"),
                                   ExternalIdsCommand::tr("Make the change without asking (after the preview)."));
const QCommandLineOption reportOption(QStringLiteral("report"),
                                      ExternalIdsCommand::tr("Write the per-user result as CSV to FILE."),
                                      QStringLiteral("FILE.csv"));
} // namespace

QString ExternalIdsCommand::summary() const
{
    return tr("Find and remove identity-provider links (with backup), or restore them");
}

void ExternalIdsCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"list-providers") {
        runListProviders(ctx, args.mid(1));
    } else if (sub == u"remove") {
        runRemove(ctx, args.mid(1));
    } else if (sub == u"restore") {
        runRestore(ctx, args.mid(1));
    } else if (sub == u"--help" || sub == u"-h" || sub.isEmpty()) {
        QTextStream &s = sub.isEmpty() ? ctx.err() : ctx.out();
        s << tr("Usage:\n"
                "  steward-cli external-ids list-providers [--include-deactivated]\n"
                "  steward-cli external-ids remove --provider P [--provider P2 ...] [--include-deactivated]\n"
                "                                  [--backup FILE.json] [--report FILE.csv] [--dry-run] [--yes]\n"
                "  steward-cli external-ids restore FILE.json [--report FILE.csv] [--yes]\n");
        ctx.finish(sub.isEmpty() ? UsageError : Success);
    } else {
        ctx.fail(UsageError, tr("unknown external-ids action \"%1\": use list-providers, remove or restore").arg(sub));
    }
}

void ExternalIdsCommand::scan(CliContext &ctx, ServerSession *session, bool includeDeactivated,
                              std::function<void()> done)
{
    m_scanner = new ExternalIdScanner(session->api(), this);
    connect(m_scanner, &ExternalIdScanner::finished, this, [this, &ctx, done]() {
        const ExternalIdScan &s = m_scanner->result();
        if (s.error) {
            ctx.failWith(*s.error, tr("could not list the users"));
            return;
        }
        ctx.out() << tr("Scanned %1 users (%2) in %3 s; %4 have external IDs.")
                         .arg(s.usersRead)
                         .arg(s.includeDeactivated ? tr("deactivated included") : tr("deactivated not included"))
                         .arg(seconds(s.elapsedMs))
                         .arg(s.linkedUsers.size())
                  << '\n';
        for (const auto &[userId, error] : s.readFailures) {
            ctx.err() << tr("steward-cli: could not read %1: %2").arg(userId, error.describe()) << '\n';
        }
        done();
    });
    m_scanner->start(includeDeactivated);
}

void ExternalIdsCommand::printRequests(CliContext &ctx, const ExternalIdRequestCounts &counts, ApiService *api)
{
    ctx.out() << tr("Requests: GETs=%1 PUTs=%2 (user list pages %3, user reads %4; %5 sent in total including the "
                    "connection check and retries)")
                     .arg(counts.gets())
                     .arg(counts.updates)
                     .arg(counts.listPages)
                     .arg(counts.userReads)
                     .arg(api->requestsSent())
              << '\n';
}

bool ExternalIdsCommand::writeReport(CliContext &ctx, const QString &path)
{
    if (path.isEmpty()) {
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_updater->writeReport(&file) || !file.commit()) {
        ctx.err() << tr("steward-cli: could not write the report %1: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    ctx.out() << tr("Report written to %1").arg(path) << '\n';
    return true;
}

void ExternalIdsCommand::runListProviders(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the identity providers users are linked to, with user counts."));
    parser.addOption(includeDeactivatedOption);
    if (!ctx.parseCommandLine(parser, QStringLiteral("external-ids list-providers"), args)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError, tr("list-providers takes no arguments"));
        return;
    }
    const bool includeDeactivated = parser.isSet(includeDeactivatedOption);
    ctx.connectToServer(true, [this, &ctx, includeDeactivated](ServerSession *session) {
        scan(ctx, session, includeDeactivated, [this, &ctx, session]() {
            const ExternalIdScan &s = m_scanner->result();
            if (s.providerUserCounts.isEmpty()) {
                ctx.out() << tr("No user is linked to an identity provider.") << '\n';
            } else {
                ctx.out() << QStringLiteral("%1  %2\n").arg(tr("USERS"), 7).arg(tr("PROVIDER"));
                for (auto it = s.providerUserCounts.begin(); it != s.providerUserCounts.end(); ++it) {
                    ctx.out() << QStringLiteral("%1  %2\n").arg(it.value(), 7).arg(it.key());
                }
            }
            printRequests(ctx, s.requests, session->api());
            ctx.finish(s.readFailures.isEmpty() ? Success : SomeItemsFailed);
        });
    });
}

void ExternalIdsCommand::runRemove(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Remove the links of one or more identity providers from every user. Without --yes only the preview is "
           "printed (exit code 2). A JSON backup of every affected user's external IDs is written before any change."));
    const QCommandLineOption providerOption(QStringLiteral("provider"), tr("Identity provider to remove (repeatable)."),
                                            QStringLiteral("P"));
    const QCommandLineOption backupOption(QStringLiteral("backup"),
                                          tr("Backup file to write (default: a timestamped file in the app data "
                                             "folder)."),
                                          QStringLiteral("FILE.json"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Print the preview and change nothing."));
    parser.addOptions(
        { providerOption, includeDeactivatedOption, backupOption, reportOption, dryRunOption, yesOption });
    if (!ctx.parseCommandLine(parser, QStringLiteral("external-ids remove"), args)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError,
                 tr("unexpected argument \"%1\" (use --provider P)").arg(parser.positionalArguments().first()));
        return;
    }
    QStringList providers = parser.values(providerOption);
    providers.removeAll(QString());
    providers.removeDuplicates();
    if (providers.isEmpty()) {
        ctx.fail(UsageError, tr("name the provider to remove with --provider P (see external-ids list-providers)"));
        return;
    }
    const bool dryRun = parser.isSet(dryRunOption);
    const bool yes = parser.isSet(yesOption);
    const QString backupPath =
        parser.isSet(backupOption) ? parser.value(backupOption) : ExternalIdBackup::defaultPath();
    const QString reportPath = parser.value(reportOption);
    const bool includeDeactivated = parser.isSet(includeDeactivatedOption);

    ctx.connectToServer(true, [=, this, &ctx](ServerSession *session) {
        scan(ctx, session, includeDeactivated, [=, this, &ctx]() {
            const ExternalIdScan &s = m_scanner->result();
            for (const QString &p : providers) {
                if (!s.providerUserCounts.contains(p)) {
                    ctx.err() << tr("steward-cli: no scanned user is linked to provider \"%1\" (providers found: %2)")
                                     .arg(p,
                                          s.providerUserCounts.isEmpty()
                                              ? tr("none")
                                              : QStringList(s.providerUserCounts.keys()).join(QStringLiteral(", ")))
                              << '\n';
                }
            }
            const QList<ExternalIdChange> plan = planExternalIdRemoval(s, providers);
            const ExitCode readCode = s.readFailures.isEmpty() ? Success : SomeItemsFailed;
            if (plan.isEmpty()) {
                ctx.out() << tr("Nothing to do: no user links %1.").arg(providers.join(QStringLiteral(", "))) << '\n';
                printRequests(ctx, s.requests, session->api());
                ctx.finish(readCode);
                return;
            }
            int removeCount = 0;
            for (const ExternalIdChange &c : plan) {
                removeCount += int(c.toRemove.size());
            }
            if (dryRun || !yes) {
                ctx.out() << tr("Preview (nothing has changed yet): %1 external IDs of %2 users would be removed.")
                                 .arg(removeCount)
                                 .arg(plan.size())
                          << '\n';
                ctx.out() << tr("USER\tREMOVE\tKEEP") << '\n';
                for (const ExternalIdChange &c : plan) {
                    ctx.out() << c.userId << '\t' << joinIds(c.toRemove) << '\t' << joinIds(c.kept) << '\n';
                }
                printRequests(ctx, s.requests, session->api());
                if (dryRun) {
                    ctx.out() << tr("Dry run: nothing was changed.") << '\n';
                    ctx.finish(readCode);
                } else {
                    ctx.err() << tr("steward-cli: nothing was changed; run again with --yes to remove these links "
                                    "(a backup is written first)")
                              << Qt::endl;
                    ctx.finish(UsageError);
                }
                return;
            }
            QString error;
            const ExternalIdBackup backup =
                ExternalIdBackup::fromPlan(plan, providers, session->status().baseUrl.toDisplayString());
            if (!backup.write(backupPath, &error)) {
                ctx.fail(UsageError, error + tr(" Nothing was changed."));
                return;
            }
            ctx.out()
                << tr("Backup of %1 users written to %2").arg(plan.size()).arg(QFileInfo(backupPath).absoluteFilePath())
                << '\n';
            m_updater = new ExternalIdUpdater(session->api(), this);
            connect(m_updater, &ExternalIdUpdater::finished, this, [=, this, &ctx]() {
                for (const ExternalIdOutcome &o : m_updater->outcomes()) {
                    if (o.status == ExternalIdOutcome::Status::Failed
                        || o.status == ExternalIdOutcome::Status::Unknown) {
                        ctx.err() << tr("steward-cli: %1: %2").arg(o.userId, o.detail) << '\n';
                    }
                }
                const int failed = m_updater->count(ExternalIdOutcome::Status::Failed)
                    + m_updater->count(ExternalIdOutcome::Status::Unknown);
                const int notAttempted = m_updater->count(ExternalIdOutcome::Status::NotAttempted);
                ctx.out() << tr("Removed %1 of %2 users' links in %3 s: %4 done, %5 failed, %6 not attempted, "
                                "%7 outcome unknown, %8 had no such link any more.")
                                 .arg(providers.join(QStringLiteral(", ")))
                                 .arg(plan.size())
                                 .arg(seconds(m_updater->elapsedMs()))
                                 .arg(m_updater->count(ExternalIdOutcome::Status::Done))
                                 .arg(m_updater->count(ExternalIdOutcome::Status::Failed))
                                 .arg(notAttempted)
                                 .arg(m_updater->count(ExternalIdOutcome::Status::Unknown))
                                 .arg(m_updater->count(ExternalIdOutcome::Status::Unchanged))
                          << '\n';
                ExternalIdRequestCounts total = s.requests;
                total.updates += m_updater->requests().updates;
                printRequests(ctx, total, session->api());
                const bool reportOk = writeReport(ctx, reportPath);
                ctx.out() << tr("To undo: steward-cli external-ids restore %1").arg(backupPath) << '\n';
                ctx.finish(failed + notAttempted > 0 || readCode != Success || !reportOk ? SomeItemsFailed : Success);
            });
            m_updater->setBackup(backup, backupPath);
            m_updater->startRemoval(plan);
        });
    });
}

void ExternalIdsCommand::runRestore(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Put external IDs from a backup back, merged with what each user has now. Without --yes only the preview "
           "is printed (exit code 2)."));
    parser.addOptions({ reportOption, yesOption });
    parser.addPositionalArgument(QStringLiteral("FILE.json"), tr("A backup written by external-ids remove."));
    if (!ctx.parseCommandLine(parser, QStringLiteral("external-ids restore"), args)) {
        return;
    }
    if (parser.positionalArguments().size() != 1) {
        ctx.fail(UsageError, tr("name exactly one backup file: external-ids restore FILE.json"));
        return;
    }
    QString error;
    const auto backup = ExternalIdBackup::read(parser.positionalArguments().first(), &error);
    if (!backup) {
        ctx.fail(UsageError, error);
        return;
    }
    const bool yes = parser.isSet(yesOption);
    const QString reportPath = parser.value(reportOption);
    ctx.connectToServer(true, [=, this, &ctx](ServerSession *session) {
        m_updater = new ExternalIdUpdater(session->api(), this);
        connect(m_updater, &ExternalIdUpdater::finished, this, [=, this, &ctx]() {
            const int failed = m_updater->count(ExternalIdOutcome::Status::Failed);
            const int unchanged = m_updater->count(ExternalIdOutcome::Status::Unchanged);
            if (!yes) {
                ctx.out() << tr("Preview (nothing has changed yet): %1 users would get IDs back, %2 have them all, "
                                "%3 could not be read.")
                                 .arg(m_updater->count(ExternalIdOutcome::Status::WouldChange))
                                 .arg(unchanged)
                                 .arg(failed)
                          << '\n';
                ctx.out() << tr("USER\tADD\tRESULT") << '\n';
            }
            for (const ExternalIdOutcome &o : m_updater->outcomes()) {
                if (o.status == ExternalIdOutcome::Status::Failed) {
                    ctx.err() << tr("steward-cli: %1: %2").arg(o.userId, o.detail) << '\n';
                } else if (!yes && o.status == ExternalIdOutcome::Status::WouldChange) {
                    ctx.out() << o.userId << '\t' << joinIds(o.changed) << '\t' << joinIds(o.after) << '\n';
                }
            }
            if (yes) {
                ctx.out()
                    << tr("Restored %1 users from the backup in %2 s: %3 done, %4 had nothing missing, %5 failed, "
                          "%6 not attempted.")
                           .arg(backup->users.size())
                           .arg(seconds(m_updater->elapsedMs()))
                           .arg(m_updater->count(ExternalIdOutcome::Status::Done))
                           .arg(unchanged)
                           .arg(failed)
                           .arg(m_updater->count(ExternalIdOutcome::Status::NotAttempted))
                    << '\n';
            }
            printRequests(ctx, m_updater->requests(), session->api());
            const bool reportOk = writeReport(ctx, reportPath);
            if (!yes && m_updater->count(ExternalIdOutcome::Status::WouldChange) > 0) {
                ctx.err() << tr("steward-cli: nothing was changed; run again with --yes to restore") << Qt::endl;
                ctx.finish(UsageError);
                return;
            }
            ctx.finish(failed > 0 || !reportOk || m_updater->count(ExternalIdOutcome::Status::NotAttempted) > 0
                           ? SomeItemsFailed
                           : Success);
        });
        m_updater->startRestore(backup->users, !yes);
    });
}

} // namespace Steward::Cli
