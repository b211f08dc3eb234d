#include "tokens/tokenscommand.h"

#include "clicontext.h"
#include "csvwriter.h"
#include "serversession.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Steward::Cli {

namespace {
const char *Usage = QT_TRANSLATE_NOOP("Steward::Cli::TokensCommand",
                                      "steward-cli tokens list [--format csv|json]\n"
                                      "       steward-cli tokens create [--token T | --length N] [--uses N] "
                                      "[--expires DATE[THH:MM]]\n"
                                      "       steward-cli tokens update TOKEN [--uses N | --unlimited] "
                                      "[--expires DATE[THH:MM] | --never]\n"
                                      "       steward-cli tokens delete TOKEN... [--yes]");

bool parseUses(const QString &text, qint64 *uses)
{
    bool ok = false;
    *uses = text.toLongLong(&ok);
    return ok && *uses >= 0;
}
} // namespace

QString TokensCommand::summary() const
{
    return tr("Registration tokens: list, create, update, delete");
}

QDateTime TokensCommand::parseExpiry(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    QDateTime when;
    if (const QDate day = QDate::fromString(t, Qt::ISODate); day.isValid() && t.size() == 10) {
        when = QDateTime(day.addDays(1), QTime(0, 0), Qt::LocalTime); // the end of that day
    } else {
        when = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd'T'HH:mm"));
        when.setTimeSpec(Qt::LocalTime);
    }
    if (!when.isValid()) {
        *error = tr("\"%1\" is not a date: write YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM, in local time")
                     .arg(text);
        return {};
    }
    if (when <= QDateTime::currentDateTime()) {
        *error = tr("%1 is in the past: a token's expiry must be in the future").arg(text);
        return {};
    }
    return when.toUTC();
}

void TokensCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"list") {
        runList(ctx, args.mid(1));
    } else if (sub == u"create") {
        runCreate(ctx, args.mid(1));
    } else if (sub == u"update") {
        runUpdate(ctx, args.mid(1));
    } else if (sub == u"delete") {
        runDelete(ctx, args.mid(1));
    } else if (sub == u"--help" || sub == u"-h") {
        ctx.out() << tr("Usage: %1").arg(tr(Usage)) << Qt::endl;
        ctx.finish(Success);
    } else {
        ctx.fail(UsageError,
                 sub.isEmpty() ? tr("tokens needs a subcommand. Usage: %1").arg(tr(Usage))
                               : tr("tokens: unknown subcommand \"%1\" (known: list, create, update, "
                                    "delete)")
                                     .arg(sub));
    }
}

void TokensCommand::failCall(CliContext &ctx, const ApiError &error, const QString &what)
{
    if (RegistrationTokenApi::isManagedElsewhere(error)) {
        ctx.fail(SomeItemsFailed, RegistrationTokenApi::managedElsewhereText());
    } else {
        ctx.failWith(error, what);
    }
}

void TokensCommand::runList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the registration tokens: token, uses_allowed (empty/null: unlimited), pending, completed, "
           "expiry_time (ISO 8601 UTC; empty/null: never), state (valid, used-up, expired)."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: csv (default) or json."),
                                    QStringLiteral("csv|json"), QStringLiteral("csv"));
    parser.addOption(format);
    if (!ctx.parseCommandLine(parser, QStringLiteral("tokens list"), args)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError,
                 tr("tokens list takes no arguments, got \"%1\"").arg(parser.positionalArguments().first()));
        return;
    }
    const QString f = parser.value(format).trimmed().toLower();
    if (f != u"csv" && f != u"json") {
        ctx.fail(UsageError, tr("unknown format \"%1\": use --format csv or --format json").arg(parser.value(format)));
        return;
    }
    const bool json = f == u"json";
    ctx.connectToServer(true, [this, &ctx, json](ServerSession *session) {
        RegistrationTokenApi::list(session->api(), this, [this, &ctx, json](const Result<QList<RegistrationToken>> &r) {
            if (!r.ok()) {
                failCall(ctx, r.error(), tr("tokens list"));
                return;
            }
            if (json) {
                QJsonArray array;
                for (const RegistrationToken &t : r.value()) {
                    QJsonObject o = t.toJson();
                    o.insert(QStringLiteral("state"), RegistrationToken::stateName(t.state()));
                    array.append(o);
                }
                ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            } else {
                QFile out;
                if (!out.open(stdout, QIODevice::WriteOnly)) {
                    ctx.fail(SomeItemsFailed, tr("cannot write to standard output"));
                    return;
                }
                CsvWriter csv(&out);
                csv.writeRow({ QStringLiteral("token"), QStringLiteral("uses_allowed"), QStringLiteral("pending"),
                               QStringLiteral("completed"), QStringLiteral("expiry_time"), QStringLiteral("state") });
                for (const RegistrationToken &t : r.value()) {
                    csv.writeRow({ t.token, t.usesAllowed ? QString::number(*t.usesAllowed) : QString(),
                                   QString::number(t.pending), QString::number(t.completed),
                                   t.expiry.isValid() ? t.expiry.toUTC().toString(Qt::ISODate) : QString(),
                                   RegistrationToken::stateName(t.state()) });
                }
                out.flush();
            }
            ctx.finish(Success);
        });
    });
}

void TokensCommand::runCreate(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a registration token and print it. Without --token the server "
                                        "generates one (--length characters, default 16)."));
    const QCommandLineOption token(QStringLiteral("token"), tr("The token's text (A-Z a-z 0-9 . _ ~ -, at most 64)."),
                                   QStringLiteral("T"));
    const QCommandLineOption length(QStringLiteral("length"), tr("Length of a generated token (1-64)."),
                                    QStringLiteral("N"));
    const QCommandLineOption uses(QStringLiteral("uses"), tr("How many registrations may use it (default: unlimited)."),
                                  QStringLiteral("N"));
    const QCommandLineOption expires(QStringLiteral("expires"),
                                     tr("When it expires, local time: DATE (the end of that day) or DATETHH:MM "
                                        "(default: never)."),
                                     QStringLiteral("DATE[THH:MM]"));
    parser.addOptions({ token, length, uses, expires });
    if (!ctx.parseCommandLine(parser, QStringLiteral("tokens create"), args)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError,
                 tr("tokens create takes no arguments, got \"%1\"").arg(parser.positionalArguments().first()));
        return;
    }
    NewRegistrationToken t;
    if (parser.isSet(token) && parser.isSet(length)) {
        ctx.fail(UsageError, tr("tokens create: give either --token or --length, not both"));
        return;
    }
    if (parser.isSet(token)) {
        t.token = parser.value(token);
        if (const QString problem = RegistrationTokenApi::tokenProblem(t.token); !problem.isEmpty()) {
            ctx.fail(UsageError, tr("tokens create: --token: %1").arg(problem));
            return;
        }
    }
    if (parser.isSet(length)) {
        bool ok = false;
        t.length = parser.value(length).toInt(&ok);
        if (!ok || t.length < 1 || t.length > 64) {
            ctx.fail(UsageError,
                     tr("tokens create: --length wants a number from 1 to 64, not \"%1\"").arg(parser.value(length)));
            return;
        }
    }
    if (parser.isSet(uses)) {
        qint64 n = 0;
        if (!parseUses(parser.value(uses), &n)) {
            ctx.fail(UsageError,
                     tr("tokens create: --uses wants a whole number of 0 or more, not \"%1\"").arg(parser.value(uses)));
            return;
        }
        t.usesAllowed = n;
    }
    if (parser.isSet(expires)) {
        QString error;
        t.expiry = parseExpiry(parser.value(expires), &error);
        if (!t.expiry.isValid()) {
            ctx.fail(UsageError, tr("tokens create: --expires: %1").arg(error));
            return;
        }
    }
    ctx.connectToServer(true, [this, &ctx, t](ServerSession *session) {
        RegistrationTokenApi::create(session->api(), t, this, [this, &ctx](const Result<RegistrationToken> &r) {
            if (!r.ok()) {
                failCall(ctx, r.error(), tr("tokens create"));
                return;
            }
            ctx.out() << r->token << Qt::endl;
            ctx.finish(Success);
        });
    });
}

void TokensCommand::runUpdate(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Change how often a registration token may be used, or when it expires."));
    parser.addPositionalArgument(QStringLiteral("TOKEN"), tr("The token to change."));
    const QCommandLineOption uses(QStringLiteral("uses"), tr("How many registrations may use it in all."),
                                  QStringLiteral("N"));
    const QCommandLineOption unlimited(QStringLiteral("unlimited"), tr("No limit on the uses."));
    const QCommandLineOption expires(QStringLiteral("expires"),
                                     tr("New expiry, local time: DATE (the end of that day) or DATETHH:MM."),
                                     QStringLiteral("DATE[THH:MM]"));
    const QCommandLineOption never(QStringLiteral("never"), tr("The token never expires."));
    parser.addOptions({ uses, unlimited, expires, never });
    if (!ctx.parseCommandLine(parser, QStringLiteral("tokens update"), args)) {
        return;
    }
    if (parser.positionalArguments().size() != 1) {
        ctx.fail(UsageError, tr("tokens update wants exactly one TOKEN"));
        return;
    }
    if (parser.isSet(uses) && parser.isSet(unlimited)) {
        ctx.fail(UsageError, tr("tokens update: give either --uses or --unlimited, not both"));
        return;
    }
    if (parser.isSet(expires) && parser.isSet(never)) {
        ctx.fail(UsageError, tr("tokens update: give either --expires or --never, not both"));
        return;
    }
    RegistrationTokenChanges c;
    if (parser.isSet(uses)) {
        qint64 n = 0;
        if (!parseUses(parser.value(uses), &n)) {
            ctx.fail(UsageError,
                     tr("tokens update: --uses wants a whole number of 0 or more, not \"%1\"").arg(parser.value(uses)));
            return;
        }
        c.usesAllowed = std::optional<qint64>(n);
    } else if (parser.isSet(unlimited)) {
        c.usesAllowed = std::optional<qint64>();
    }
    if (parser.isSet(expires)) {
        QString error;
        const QDateTime when = parseExpiry(parser.value(expires), &error);
        if (!when.isValid()) {
            ctx.fail(UsageError, tr("tokens update: --expires: %1").arg(error));
            return;
        }
        c.expiry = when;
    } else if (parser.isSet(never)) {
        c.expiry = QDateTime();
    }
    if (!c.usesAllowed && !c.expiry) {
        ctx.fail(UsageError, tr("tokens update: nothing to change (give --uses N, --unlimited, --expires or --never)"));
        return;
    }
    const QString token = parser.positionalArguments().first();
    ctx.connectToServer(true, [this, &ctx, token, c](ServerSession *session) {
        RegistrationTokenApi::update(session->api(), token, c, this,
                                     [this, &ctx, token](const Result<RegistrationToken> &r) {
                                         if (!r.ok()) {
                                             if (r.error().errcode() == u"M_NOT_FOUND") {
                                                 ctx.fail(SomeItemsFailed,
                                                          tr("tokens update: there is no token "
                                                             "\"%1\" on this server")
                                                              .arg(token));
                                             } else {
                                                 failCall(ctx, r.error(), tr("tokens update"));
                                             }
                                             return;
                                         }
                                         ctx.out() << tr("Updated %1.").arg(token) << Qt::endl;
                                         ctx.finish(Success);
                                     });
    });
}

void TokensCommand::runDelete(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Delete registration tokens (needs --yes)."));
    parser.addPositionalArgument(QStringLiteral("TOKEN..."), tr("The tokens to delete."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Delete them (without it nothing is deleted)."));
    parser.addOption(yes);
    if (!ctx.parseCommandLine(parser, QStringLiteral("tokens delete"), args)) {
        return;
    }
    const QStringList tokens = parser.positionalArguments();
    if (tokens.isEmpty()) {
        ctx.fail(UsageError, tr("tokens delete needs at least one TOKEN"));
        return;
    }
    if (!parser.isSet(yes)) {
        ctx.fail(
            UsageError,
            tr("tokens delete: nothing was deleted; add --yes to delete %n token(s): %1", nullptr, int(tokens.size()))
                .arg(tokens.join(QStringLiteral(", "))));
        return;
    }
    ctx.connectToServer(true, [this, &ctx, tokens](ServerSession *session) {
        m_api = session->api();
        deleteNext(ctx, tokens, 0);
    });
}

void TokensCommand::deleteNext(CliContext &ctx, QStringList tokens, int failures)
{
    if (tokens.isEmpty()) {
        ctx.finish(failures == 0 ? Success : SomeItemsFailed);
        return;
    }
    const QString token = tokens.takeFirst();
    ApiService *api = m_api;
    RegistrationTokenApi::remove(api, token, this, [this, &ctx, tokens, failures, token](const Result<bool> &r) {
        if (r.ok()) {
            ctx.out() << tr("deleted  %1").arg(token) << Qt::endl;
            deleteNext(ctx, tokens, failures);
            return;
        }
        if (RegistrationTokenApi::isManagedElsewhere(r.error())) {
            ctx.fail(SomeItemsFailed, RegistrationTokenApi::managedElsewhereText());
            return;
        }
        if (r.error().isAuthenticationFailure()) {
            ctx.failWith(r.error(), tr("tokens delete"));
            return;
        }
        ctx.out() << tr("failed   %1  %2")
                         .arg(token, r.error().errcode() == u"M_NOT_FOUND" ? tr("no such token") : r.error().describe())
                  << Qt::endl;
        deleteNext(ctx, tokens, failures + 1);
    });
}

} // namespace Steward::Cli
