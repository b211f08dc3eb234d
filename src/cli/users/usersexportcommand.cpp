#include "users/usersexportcommand.h"

#include "clicontext.h"
#include "profiles/authapi.h"
#include "serversession.h"
#include "users/userexport.h"
#include "users/usersactioncommand.h"
#include "users/usersredactcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Steward::Cli {

QString UsersCommand::summary() const
{
    return tr("Users: \"users export FILE.csv\" writes every user (or a filtered set) as CSV; \"users lock|unlock|"
              "shadow-ban|unshadow-ban|logout|deactivate --users FILE\" changes many users at once");
}

void UsersCommand::run(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        const QString usage = tr("Usage: steward-cli [--profile NAME] users export FILE.csv [--search TERM] "
                                 "[--include-deactivated] [--include-guests] [--admins-only]\n"
                                 "FILE.csv may be \"-\" for standard output.\n")
            + tr("       %1\n").arg(UsersActionCommand::usage())
            + tr("       steward-cli [--profile NAME] %1\n").arg(UsersRedactCommand::usage());
        if (args.isEmpty()) {
            ctx.fail(UsageError, tr("users: missing subcommand. %1").arg(usage.trimmed()));
        } else {
            ctx.out() << usage;
            ctx.finish(Success);
        }
        return;
    }
    if (const auto action = BulkUserAction::actionFromName(args.first())) {
        auto *command = new UsersActionCommand(*action, this);
        command->run(ctx, args.mid(1));
        return;
    }
    if (args.first() == QLatin1String("redact")) {
        (new UsersRedactCommand(this))->run(ctx, args.mid(1));
        return;
    }
    if (args.first() != QLatin1String("export")) {
        ctx.fail(UsageError,
                 tr("users: unknown subcommand \"%1\" (known: export, lock, unlock, shadow-ban, unshadow-ban, "
                    "logout, deactivate, redact)")
                     .arg(args.first()));
        return;
    }
    runExport(ctx, args.mid(1));
}

void UsersCommand::runExport(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export users as CSV (RFC 4180, UTF-8, timestamps in UTC). Cells that a spreadsheet would run as a "
           "formula get a leading apostrophe."));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), tr("Where to write; \"-\" for standard output."));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Only users whose localpart or display name contains TERM."),
                                    QStringLiteral("TERM"));
    const QCommandLineOption deactivated(QStringLiteral("include-deactivated"), tr("Include deactivated users."));
    const QCommandLineOption guests(QStringLiteral("include-guests"), tr("Include guest users."));
    const QCommandLineOption admins(QStringLiteral("admins-only"), tr("Only server administrators."));
    parser.addOptions({ search, deactivated, guests, admins });
    if (!ctx.parseCommandLine(parser, QStringLiteral("users export"), args)) {
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first().isEmpty()) {
        ctx.fail(UsageError,
                 positional.isEmpty()
                     ? tr("users export: missing FILE.csv (use \"-\" for standard output)")
                     : tr("users export: exactly one FILE.csv expected, got %1").arg(positional.size()));
        return;
    }
    if (parser.isSet(search) && parser.value(search).isEmpty()) {
        ctx.fail(UsageError, tr("users export: --search needs a non-empty TERM"));
        return;
    }
    const QString path = positional.first();
    UserListQuery query;
    query.search = parser.value(search);
    query.includeDeactivated = parser.isSet(deactivated);
    query.includeGuests = parser.isSet(guests);
    query.adminsOnly = parser.isSet(admins);

    ctx.connectToServer(true, [&ctx, path, query](ServerSession *session) {
        if (!query.includeGuests) {
            exportUsers(ctx, session, path, query);
            return;
        }
        // Servers delegating to MAS have no guests and refuse the guests filter (400): say so first.
        AuthApi::usesDelegatedAuth(session->api(), &ctx, [&ctx, session, path, query](const Result<bool> &mas) {
            if (mas.ok() && mas.value()) {
                ctx.fail(UsageError,
                         tr("users export: --include-guests is not available on this server: it delegates "
                            "sign-in to Matrix Authentication Service, which has no guest accounts (Synapse "
                            "refuses the guests filter there). Leave the option out."));
                return;
            }
            exportUsers(ctx, session, path, query);
        });
    });
}

void UsersCommand::exportUsers(CliContext &ctx, ServerSession *session, const QString &path, const UserListQuery &query)
{
    {
        auto *job = new UserExport(session->api(), &ctx);
        job->setQuery(query);
        QObject::connect(job, &UserExport::finished, &ctx, [&ctx, job, path]() {
            const UserExport::Status status = job->status();
            job->deleteLater();
            if (status != UserExport::Status::Succeeded) {
                if (!job->apiError().isOk()) {
                    ctx.failWith(
                        job->apiError(),
                        path == QLatin1String("-")
                            ? tr("users export stopped after %1 rows (the output is incomplete)")
                                  .arg(job->rowsWritten())
                            : tr("users export failed after %1 rows; no file was written").arg(job->rowsWritten()));
                } else {
                    ctx.fail(SomeItemsFailed, job->errorString());
                }
                return;
            }
            QTextStream &report = path == QLatin1String("-") ? ctx.err() : ctx.out();
            if (path != QLatin1String("-")) {
                report << tr("Exported %1 users to %2").arg(job->rowsWritten()).arg(path) << '\n';
            }
            if (job->listChanged() || job->rowsWritten() != job->total()) {
                ctx.err() << tr("Note: the server now reports %1 users for this filter; users were created or "
                                "removed during the export.")
                                 .arg(job->total())
                          << '\n';
            }
            ctx.finish(Success);
        });
        if (!job->start(path)) {
            ctx.fail(UsageError, job->errorString());
        }
    }
}

} // namespace Steward::Cli
