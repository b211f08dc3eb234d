#include "notices/noticecommand.h"

#include "bulkjoin/bulkjoininput.h"
#include "clicontext.h"
#include "notices/servernoticeapi.h"
#include "notices/servernoticerun.h"
#include "operation/operationjournal.h"
#include "operationoutput.h"
#include "serversession.h"
#include "signalcancel.h"

#include <QCommandLineParser>
#include <QFile>

namespace Steward::Cli {

namespace {
/// A whole file as UTF-8 text ("-": standard input); trailing line breaks removed.
bool readText(const QString &path, QString *text, QString *error)
{
    QFile f;
    const bool ok =
        path == u"-" ? f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = NoticeCommand::tr("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    constexpr qint64 Max = 1024 * 1024;
    const QByteArray data = f.read(Max + 1);
    if (data.size() > Max) {
        *error = NoticeCommand::tr("%1 is larger than 1 MiB: too long for a notice").arg(path);
        return false;
    }
    *text = QString::fromUtf8(data);
    while (text->endsWith(QLatin1Char('\n')) || text->endsWith(QLatin1Char('\r'))) {
        text->chop(1);
    }
    return true;
}
} // namespace

QString NoticeCommand::summary() const
{
    return tr("Send a server notice to listed users or to all local users, exactly once each (preview, report, "
              "resume)");
}

void NoticeCommand::run(CliContext &ctx, const QStringList &args)
{
    if (args.value(0) != u"send") {
        if (args.value(0) == u"--help" || args.value(0) == u"-h") {
            ctx.out() << tr("Usage: steward-cli notice send (--users FILE | --all) (--message TEXT | --message-file "
                            "FILE) [--html-file FILE] [--include-bots] [--concurrency N] [--dry-run] [--yes] "
                            "[--report FILE.csv] [--resume]")
                      << Qt::endl;
            ctx.finish(Success);
            return;
        }
        ctx.fail(UsageError,
                 args.isEmpty() ? tr("notice needs a subcommand: notice send ... (see notice send --help)")
                                : tr("notice: unknown subcommand \"%1\" (known: send)").arg(args.first()));
        return;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Send a server notice (a message from the server in each user's \"Server Notices\" room).\n"
           "--users FILE: one user per line (or a CSV's first column; \"-\" reads standard input); listed users get it "
           "unless they do not exist or are deactivated.\n"
           "--all: every local user that is not deactivated; bots, support users and guests are left out "
           "(--include-bots adds bots and support users). Without --yes (or with --dry-run) --all only prints the "
           "preview (exit 2 without --yes).\n"
           "Each user's notice is sent with a transaction ID derived from the run and the user, so a retried or "
           "resumed request never delivers a second copy. A journal is kept; --resume continues a killed, "
           "cancelled or partly failed run.\n"
           "Exit codes: 0 every recipient got it; 1 some failed, were not attempted or their outcome is unknown, "
           "or the server cannot send notices; 2 usage or input error, or --all not confirmed with --yes; "
           "3 authentication or connection failure."));
    const QCommandLineOption users(QStringLiteral("users"), tr("File with the users (\"-\": standard input)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Every local user (not deactivated)."));
    const QCommandLineOption message(QStringLiteral("message"), tr("The notice's text."), QStringLiteral("TEXT"));
    const QCommandLineOption messageFile(QStringLiteral("message-file"),
                                         tr("Read the notice's text from FILE (\"-\": standard input)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption htmlFile(QStringLiteral("html-file"),
                                      tr("A formatted (HTML) body to send along with the text."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption includeBots(QStringLiteral("include-bots"),
                                         tr("With --all: also bots and support users."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Notices in flight at once (default 8, 1-64)."), QStringLiteral("N"),
                                         QStringLiteral("8"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Print the preview and send nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Confirm sending to all users."));
    const QCommandLineOption report(QStringLiteral("report"), tr("Write the per-user result as CSV to FILE."),
                                    QStringLiteral("FILE.csv"));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    tr("Continue the newest unfinished notice run for this server."));
    parser.addOptions(
        { users, all, message, messageFile, htmlFile, includeBots, concurrency, dryRun, yes, report, resume });
    if (!ctx.parseCommandLine(parser, QStringLiteral("notice send"), args.mid(1))) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError, tr("notice send: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return;
    }
    m_resume = parser.isSet(resume);
    m_all = parser.isSet(all);
    m_usersPath = parser.value(users);
    if (parser.isSet(users) && m_all) {
        ctx.fail(UsageError, tr("notice send: give either --users FILE or --all, not both"));
        return;
    }
    if (parser.isSet(users) && m_usersPath.isEmpty()) {
        ctx.fail(UsageError, tr("notice send: --users needs a FILE (\"-\" reads standard input)"));
        return;
    }
    if (!m_resume && !parser.isSet(users) && !m_all) {
        ctx.fail(UsageError, tr("notice send needs --users FILE or --all (or --resume)"));
        return;
    }
    if (parser.isSet(message) && parser.isSet(messageFile)) {
        ctx.fail(UsageError, tr("notice send: give either --message or --message-file, not both"));
        return;
    }
    const bool haveRecipients = parser.isSet(users) || m_all;
    if (haveRecipients && !parser.isSet(message) && !parser.isSet(messageFile)) {
        ctx.fail(UsageError, tr("notice send needs --message TEXT or --message-file FILE"));
        return;
    }
    const int stdinUsers =
        (m_usersPath == u"-") + (parser.value(messageFile) == u"-") + (parser.value(htmlFile) == u"-");
    if (stdinUsers > 1) {
        ctx.fail(UsageError,
                 tr("notice send: only one of --users, --message-file and --html-file can read standard "
                    "input"));
        return;
    }
    if (parser.isSet(dryRun) && parser.isSet(yes)) {
        ctx.fail(UsageError, tr("notice send: give either --dry-run or --yes, not both"));
        return;
    }
    bool ok = false;
    m_concurrency = parser.value(concurrency).toInt(&ok);
    if (!ok || m_concurrency < 1 || m_concurrency > 64) {
        ctx.fail(
            UsageError,
            tr("notice send: --concurrency wants a number from 1 to 64, not \"%1\"").arg(parser.value(concurrency)));
        return;
    }
    QString error;
    if (parser.isSet(message)) {
        m_text = parser.value(message);
    } else if (parser.isSet(messageFile) && !readText(parser.value(messageFile), &m_text, &error)) {
        ctx.fail(UsageError, tr("notice send: %1").arg(error));
        return;
    }
    if (haveRecipients && m_text.trimmed().isEmpty()) {
        ctx.fail(UsageError, tr("notice send: the message is empty"));
        return;
    }
    if (parser.isSet(htmlFile) && !readText(parser.value(htmlFile), &m_html, &error)) {
        ctx.fail(UsageError, tr("notice send: %1").arg(error));
        return;
    }
    m_includeBots = parser.isSet(includeBots);
    m_dryRun = parser.isSet(dryRun);
    m_yes = parser.isSet(yes);
    m_reportPath = parser.value(report);
    QList<BulkJoinInputItem> items;
    if (parser.isSet(users)) {
        if (!BulkJoinInput::readFile(m_usersPath, &items, &error)) {
            ctx.fail(UsageError, error);
            return;
        }
        if (items.isEmpty()) {
            ctx.fail(UsageError, tr("notice send: the users list %1 is empty").arg(m_usersPath));
            return;
        }
    }
    ctx.connectToServer(true, [this, &ctx, items](ServerSession *session) {
        m_engine = new ServerNoticeRun(session->api(), this);
        m_engine->setSelfUserId(session->status().whoAmI.userId);
        m_engine->setConcurrency(m_concurrency);
        m_engine->setIncludeBots(m_includeBots);
        m_engine->setJournalDirectory(OperationJournal::defaultDirectory());
        connect(m_engine, &ServerNoticeRun::planReady, this, [this, &ctx]() { onPlan(ctx); });
        connect(m_engine, &ServerNoticeRun::finished, this, [this, &ctx]() { onFinished(ctx); });
        cancelOnSignals(
            m_engine, [this]() { return m_engine->isCancelled(); }, [this]() { m_engine->cancel(); });
        const QString baseUrl = session->api()->baseUrl().toString();
        if (m_resume) {
            QStringList damaged;
            const auto journals = OperationJournal::unfinished(
                OperationJournal::defaultDirectory(), QLatin1String(ServerNoticeRun::JournalKind), baseUrl, &damaged);
            for (const QString &problem : std::as_const(damaged)) {
                ctx.err() << tr("Warning: %1").arg(problem) << Qt::endl;
            }
            if (!journals.isEmpty()) {
                const auto &j = journals.constFirst();
                ctx.err() << tr("Resuming the notice run of %1 (%2): %3 of %4 recipients still to do.")
                                 .arg(j.created.toLocalTime().toString(Qt::ISODate), j.path)
                                 .arg(j.remaining().size())
                                 .arg(j.keys.size())
                          << Qt::endl;
                if (!items.isEmpty() || m_all || !m_text.isEmpty()) {
                    ctx.err() << tr("Note: the recipients and the message come from the journal.") << Qt::endl;
                }
                QString error;
                if (!m_engine->resume(j.path, &error)) {
                    ctx.fail(UsageError, tr("notice send --resume: %1").arg(error));
                }
                return;
            }
            if (items.isEmpty() && !m_all) {
                ctx.fail(UsageError, tr("there is no unfinished notice run for %1 to resume").arg(baseUrl));
                return;
            }
            ctx.err() << tr("No unfinished notice run for %1; starting this one.").arg(baseUrl) << Qt::endl;
        }
        m_engine->setMessage(m_text, m_html);
        if (m_all) {
            ctx.err() << tr("Reading every user of the server…") << Qt::endl;
            m_engine->planAll();
        } else {
            ctx.err() << tr("Reading %n user(s) on the server…", nullptr, int(items.size())) << Qt::endl;
            m_engine->planUsers(items);
        }
    });
}

void NoticeCommand::onPlan(CliContext &ctx)
{
    if (m_engine->noticesDisabled()) {
        ctx.fail(SomeItemsFailed, ServerNoticeApi::notEnabledText());
        return;
    }
    if (!m_engine->planError().isOk()) {
        ctx.failWith(m_engine->planError(), tr("notice send: reading the users failed"));
        return;
    }
    QTextStream &out = ctx.out();
    if (m_engine->isResumed()) {
        execute(ctx);
        return;
    }
    for (const auto &r : m_engine->recipients()) {
        const QString who = r.userId.isEmpty() ? r.input : r.userId;
        const QString where = r.line > 0 ? tr("%1 (line %2)").arg(who).arg(r.line) : who;
        if (r.outcome.status == ItemStatus::Planned) {
            if (!m_all) {
                out << tr("  send  %1").arg(where) << '\n';
            }
        } else {
            out << tr("  skip  %1  %2").arg(where, r.outcome.reason) << '\n';
        }
    }
    out << m_engine->previewSummary() << Qt::endl;
    const int malformed = m_engine->count(ServerNoticeRun::Skip::Malformed);
    if (malformed > 0) {
        ctx.fail(UsageError,
                 tr("notice send: %n entry(ies) of the list are not user IDs (see above); nothing was sent. Fix the "
                    "list and run again.",
                    nullptr, malformed));
        return;
    }
    const int planned = m_engine->tally().planned;
    if (m_dryRun) {
        out << tr("Dry run: nothing was sent.") << Qt::endl;
        ctx.finish(writeReport(ctx) ? Success : SomeItemsFailed);
        return;
    }
    if (m_all && !m_yes) {
        ctx.fail(UsageError,
                 tr("notice send: nothing was sent; add --yes to send the notice to these %n user(s) (--dry-run only "
                    "previews)",
                    nullptr, planned));
        return;
    }
    if (planned == 0) {
        out << tr("Nobody to send to.") << Qt::endl;
        ctx.finish(writeReport(ctx) ? Success : SomeItemsFailed);
        return;
    }
    execute(ctx);
}

void NoticeCommand::execute(CliContext &ctx)
{
    printProgress(ctx, m_engine);
    m_engine->run();
    if (m_engine->state() != ServerNoticeRun::State::Running && m_engine->state() != ServerNoticeRun::State::Finished) {
        ctx.fail(SomeItemsFailed, tr("notice send: could not start: %1").arg(m_engine->planError().describe()));
    }
}

void NoticeCommand::onFinished(CliContext &ctx)
{
    QTextStream &out = ctx.out();
    for (const auto &r : m_engine->recipients()) {
        if (r.outcome.status == ItemStatus::Skipped || r.outcome.status == ItemStatus::Done) {
            continue; // skipped: shown in the preview; done: counted in the summary
        }
        out << QStringLiteral("  %1  %2  %3").arg(itemStatusName(r.outcome.status), -13).arg(r.userId, r.outcome.reason)
            << '\n';
    }
    out << m_engine->resultSummary() << Qt::endl;
    if (!m_engine->journalPath().isEmpty() && !m_engine->tally().complete()) {
        ctx.err() << tr("Journal: %1 (run again with --resume to finish)").arg(m_engine->journalPath()) << Qt::endl;
    }
    if (m_engine->noticesDisabled()) {
        ctx.err() << ServerNoticeApi::notEnabledText() << Qt::endl;
    }
    const bool reportOk = writeReport(ctx);
    ctx.finish(m_engine->tally().complete() && reportOk ? Success : SomeItemsFailed);
}

bool NoticeCommand::writeReport(CliContext &ctx)
{
    return writeReportFile(ctx, m_reportPath, [this](QIODevice *file) { return m_engine->writeCsv(file); });
}

} // namespace Steward::Cli
