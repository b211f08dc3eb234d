#include "users/usersactioncommand.h"

#include "clicontext.h"
#include "operationoutput.h"
#include "profiles/authapi.h"
#include "profiles/masadminapi.h"
#include "serversession.h"
#include "signalcancel.h"

#include <QCommandLineParser>

namespace Steward::Cli {

namespace {
QString lineOf(const BulkUserAction::Item &item)
{
    const QString who = item.userId.isEmpty() ? item.input : item.userId;
    return item.line > 0 ? QStringLiteral("%1 (line %2)").arg(who).arg(item.line) : who;
}
} // namespace

UsersActionCommand::UsersActionCommand(BulkUserAction::Action action, QObject *parent)
    : QObject(parent)
    , m_action(action)
{ }

QString UsersActionCommand::usage()
{
    return tr("steward-cli users lock|unlock|shadow-ban|unshadow-ban|logout|deactivate --users FILE [--erase] "
              "[--dry-run] [--yes] [--concurrency N] [--report FILE.csv]");
}

void UsersActionCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString command = QStringLiteral("users ") + BulkUserAction::actionName(m_action);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("%1 many users at once. FILE: one user per line (or separated by commas or spaces), a text or CSV file "
           "(first column), or \"-\" for standard input; bare names are users of this server.\n"
           "Without --yes (or with --dry-run) it only prints who would be changed and who is skipped, and why.\n"
           "The account you are signed in with, and the last active server admin, are never locked, "
           "shadow-banned, logged out or deactivated: listing them is refused (exit 2).\n"
           "On a server delegating sign-in to Matrix Authentication Service (MAS), lock, unlock and deactivate go "
           "to MAS's admin API (the token needs the scope urn:mas:admin: sign in with profile add --oauth); "
           "without it they are refused (exit 2).\n"
           "Exit codes: 0 every listed user changed or skipped as already so; 1 some user failed, was not "
           "attempted or its outcome is unknown; 2 usage or input error, refused, or not confirmed with --yes; "
           "3 authentication or connection failure.\n"
           "Ctrl-C cancels: requests in flight finish, the rest are reported as not attempted (exit 1); a "
           "second Ctrl-C stops at once.")
            .arg(BulkUserAction::actionTitle(m_action)));
    const QCommandLineOption users(QStringLiteral("users"), tr("File with the users (\"-\": standard input)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption erase(QStringLiteral("erase"),
                                   tr("deactivate only: also erase (messages hidden from people who join later, "
                                      "profile removed). Cannot be undone."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Print the preview and change nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Make the change (without it only the preview is shown)."));
    const QCommandLineOption report(QStringLiteral("report"), tr("Write the per-user result as CSV to FILE."),
                                    QStringLiteral("FILE.csv"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Requests in flight at once (default 8, 1-64)."), QStringLiteral("N"),
                                         QStringLiteral("8"));
    parser.addOptions({ users, erase, dryRun, yes, concurrency, report });
    if (!ctx.parseCommandLine(parser, command, args)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError,
                 tr("%1: unexpected argument \"%2\" (the users are given with --users FILE)")
                     .arg(command, parser.positionalArguments().constFirst()));
        return;
    }
    if (!parser.isSet(users) || parser.value(users).isEmpty()) {
        ctx.fail(UsageError, tr("%1 needs --users FILE (\"-\" reads standard input)").arg(command));
        return;
    }
    if (parser.isSet(erase) && m_action != BulkUserAction::Action::Deactivate) {
        ctx.fail(UsageError, tr("%1: --erase goes only with \"users deactivate\"").arg(command));
        return;
    }
    if (parser.isSet(dryRun) && parser.isSet(yes)) {
        ctx.fail(UsageError, tr("%1: give either --dry-run or --yes, not both").arg(command));
        return;
    }
    bool ok = false;
    const int inFlight = parser.value(concurrency).toInt(&ok);
    if (!ok || inFlight < 1 || inFlight > 64) {
        ctx.fail(
            UsageError,
            tr("%1: --concurrency wants a number from 1 to 64, not \"%2\"").arg(command, parser.value(concurrency)));
        return;
    }
    m_dryRun = parser.isSet(dryRun);
    m_yes = parser.isSet(yes);
    m_reportPath = parser.value(report);
    QList<BulkJoinInputItem> items;
    QString error;
    if (!BulkJoinInput::readFile(parser.value(users), &items, &error)) {
        ctx.fail(UsageError, error);
        return;
    }
    if (items.isEmpty()) {
        ctx.fail(UsageError, tr("%1: the users list %2 is empty").arg(command, parser.value(users)));
        return;
    }
    const bool eraseToo = parser.isSet(erase);
    ctx.connectToServer(true, [this, &ctx, items, eraseToo, inFlight](ServerSession *session) {
        const bool masOwned = m_action == BulkUserAction::Action::Lock || m_action == BulkUserAction::Action::Unlock
            || m_action == BulkUserAction::Action::Deactivate;
        if (!masOwned) {
            startPreview(ctx, session, items, eraseToo, inFlight);
            return;
        }
        // Under MAS, MAS owns locking and deactivation (Synapse's own flag would be overridden):
        // they go to MAS's admin API when the token may use it, else nothing is changed.
        MasAdminApi::probeAccess(
            session->api(), session->status().whoAmI.userId, &ctx,
            [this, &ctx, session, items, eraseToo, inFlight](const Result<MasAdminApi::Access> &mas) {
                if (!mas.ok()) {
                    ctx.failWith(mas.error(),
                                 tr("users %1: could not ask whether the server delegates to Matrix "
                                    "Authentication Service")
                                     .arg(BulkUserAction::actionName(m_action)));
                    return;
                }
                if (mas->delegated() && !mas->adminApi) {
                    ctx.fail(UsageError,
                             tr("users %1: refused, nothing was changed: %2")
                                 .arg(BulkUserAction::actionName(m_action), mas->reason));
                    return;
                }
                startPreview(ctx, session, items, eraseToo, inFlight, mas->issuer);
            });
    });
}

void UsersActionCommand::startPreview(CliContext &ctx, ServerSession *session, const QList<BulkJoinInputItem> &items,
                                      bool eraseToo, int inFlight, const QUrl &masIssuer)
{
    {
        session->api()->setMaxInFlight(inFlight);
        m_engine = new BulkUserAction(session->api(), this);
        m_engine->setSelfUserId(session->status().whoAmI.userId);
        m_engine->setErase(eraseToo);
        m_engine->setMasIssuer(masIssuer);
        if (m_engine->viaMas(m_action)) {
            ctx.err() << tr("This server delegates sign-in to Matrix Authentication Service: the change goes to MAS, "
                            "which tells Synapse.")
                      << Qt::endl;
        }
        connect(m_engine, &BulkUserAction::planReady, this, [this, &ctx]() { onPreview(ctx); });
        connect(m_engine, &BulkUserAction::finished, this, [this, &ctx]() { onFinished(ctx); });
        ctx.err() << tr("Reading %n user(s) on the server…", nullptr, int(items.size())) << Qt::endl;
        m_engine->preview(m_action, items);
    }
}

void UsersActionCommand::onPreview(CliContext &ctx)
{
    using Status = BulkUserAction::Status;
    using Skip = BulkUserAction::SkipKind;
    const QString command = QStringLiteral("users ") + BulkUserAction::actionName(m_action);
    if (!m_engine->previewError().isOk()) {
        ctx.failWith(m_engine->previewError(), tr("%1: reading the users failed").arg(command));
        return;
    }
    QTextStream &out = ctx.out();
    for (const auto &item : m_engine->items()) {
        if (item.status == Status::Affected) {
            out << tr("  change  %1").arg(lineOf(item));
            if (!item.reason.isEmpty()) {
                out << QStringLiteral("  ") << item.reason;
            }
        } else {
            out << tr("  skip    %1  %2").arg(lineOf(item), item.reason);
        }
        out << '\n';
    }
    out << m_engine->previewSummary() << Qt::endl;
    for (const auto &item : m_engine->items()) {
        if (item.skip == Skip::Self || item.skip == Skip::LastAdmin) {
            ctx.fail(UsageError,
                     tr("%1: refused, nothing was changed: %2 %3 Remove it from the list.")
                         .arg(command, item.userId, item.reason));
            return;
        }
    }
    const int malformed = m_engine->count(Skip::Malformed);
    if (malformed > 0) {
        ctx.fail(UsageError,
                 tr("%1: %n entry(ies) of the list are not user IDs (see above); nothing was changed. "
                    "Fix the list and run again.",
                    nullptr, malformed)
                     .arg(command));
        return;
    }
    const int affected = m_engine->count(Status::Affected);
    if (m_dryRun) {
        out << tr("Dry run: nothing was changed.") << Qt::endl;
        ctx.finish(writeReport(ctx) ? Success : SomeItemsFailed);
        return;
    }
    if (affected == 0) {
        out << tr("Nothing to change.") << Qt::endl;
        ctx.finish(writeReport(ctx) ? Success : SomeItemsFailed);
        return;
    }
    if (!m_yes) {
        ctx.fail(UsageError,
                 tr("%1: nothing was changed; add --yes to change these %n user(s) (--dry-run only "
                    "previews)",
                    nullptr, affected)
                     .arg(command));
        return;
    }
    printProgress(ctx, m_engine, [](const OperationProgress &p) {
        return UsersActionCommand::tr("%1 of %2 users…").arg(p.done).arg(p.total);
    });
    cancelOnSignals(
        m_engine, [this]() { return m_engine->isCancelled(); }, [this]() { m_engine->cancel(); });
    m_engine->run();
}

void UsersActionCommand::onFinished(CliContext &ctx)
{
    using Status = BulkUserAction::Status;
    QTextStream &out = ctx.out();
    for (const auto &item : m_engine->items()) {
        if (item.status == Status::Skipped) {
            continue; // shown in the preview
        }
        out << QStringLiteral("  %1  %2  %3")
                   .arg(BulkUserAction::statusName(item.status), -13)
                   .arg(lineOf(item), item.reason)
            << '\n';
    }
    out << m_engine->resultSummary() << Qt::endl;
    const bool reportOk = writeReport(ctx);
    ctx.finish(m_engine->allDone() && reportOk ? Success : SomeItemsFailed);
}

bool UsersActionCommand::writeReport(CliContext &ctx)
{
    return writeReportFile(ctx, m_reportPath, [this](QIODevice *file) { return m_engine->writeCsv(file); });
}

} // namespace Steward::Cli
