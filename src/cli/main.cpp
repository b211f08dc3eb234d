#include "clicommand.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "profiles/profileresolver.h"
#include "steward_version.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Steward::Cli;

namespace {
bool g_verbose = false;
QtMessageHandler g_previousHandler = nullptr;

/// Qt's own warnings ("QIODevice::read (QTcpSocket): device not open", ...) say nothing a user can
/// act on, and every problem already has its one clear line: only Steward's categories reach
/// stderr, unless --verbose asks for everything.
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool steward = context.category && qstrncmp(context.category, "steward", 7) == 0;
    if (!g_verbose && !steward && type != QtFatalMsg) {
        return;
    }
    g_previousHandler(type, context, message);
}
} // namespace

int main(int argc, char **argv)
{
    g_previousHandler = qInstallMessageHandler(filterMessages);
#ifdef __GLIBC__
    // One malloc arena: the network threads' receive buffers are then reused by the main thread
    // instead of each thread keeping its own freed pages (an export of 1,000,000 users otherwise peaks
    // ~15 MB higher; bench/scale/bench_export.py).
    mallopt(M_ARENA_MAX, 1);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("steward"));
    QCoreApplication::setOrganizationName(QStringLiteral("steward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION_STRING));
    // The CLI follows the locale like the GUI (LANG, LC_ALL, LC_MESSAGES); in English "%n user(s)" is
    // printed as "1 user" / "2 users".
    Steward::installTranslations(&app);

    installProfileResolver();
    QNetworkAccessManager nam;
    CliContext ctx(&nam);
    const QList<CliCommand *> commands = createCommands(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("steward-cli", "Steward: administer a Matrix Synapse homeserver."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption homeserverOption(
        QStringLiteral("homeserver"), QCoreApplication::translate("steward-cli", "Homeserver base URL or server name."),
        QStringLiteral("URL"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("steward-cli", "Saved server profile (default: the last used one)."),
        QStringLiteral("NAME"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate(
            "steward-cli", "Print debug output of the steward.* logging categories on stderr (never tokens)."));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        QCoreApplication::translate("steward-cli",
                                    "Give up on a request when the server has not answered for SECONDS (default 60). "
                                    "Requests that are safe to repeat are retried a few times first."),
        QStringLiteral("SECONDS"));
    parser.addOptions({ homeserverOption, profileOption, verboseOption, timeoutOption });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("steward-cli", "The command to run."),
                                 QStringLiteral("<command> [options]"));

    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << "steward-cli: " << parser.errorText() << " (see steward-cli --help)" << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "steward-cli " << STEWARD_VERSION_STRING << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        QString help = parser.helpText();
        help += QStringLiteral("\nCommands:\n");
        for (const CliCommand *c : commands) {
            help += QStringLiteral("  %1  %2\n").arg(c->name(), -16).arg(c->summary());
        }
        help += QStringLiteral("\nExit codes: 0 success, 1 some items failed, 2 usage or input error, 3 authentication "
                               "or connection failure.\n");
        if (positional.isEmpty() && !parser.isSet(helpOption)) {
            QTextStream(stderr) << help;
            return UsageError;
        }
        QTextStream(stdout) << help;
        return Success;
    }
    if (parser.isSet(verboseOption)) {
        QLoggingCategory::setFilterRules(QStringLiteral("steward.*.debug=true"));
        g_verbose = true;
    }
    if (parser.isSet(timeoutOption)) {
        ctx.transferTimeout = parseTimeoutSeconds(parser.value(timeoutOption));
        if (!ctx.transferTimeout) {
            QTextStream(stderr) << "steward-cli: "
                                << QCoreApplication::translate("steward-cli",
                                                               "--timeout needs a number of seconds between 0 and "
                                                               "86400, e.g. --timeout 30 (not \"%1\")")
                                       .arg(parser.value(timeoutOption))
                                << Qt::endl;
            return UsageError;
        }
    }
    ctx.homeserverOption = parser.value(homeserverOption);
    ctx.profileOption = parser.value(profileOption);
    ctx.verbose = parser.isSet(verboseOption);

    CliCommand *command = nullptr;
    for (CliCommand *c : commands) {
        if (c->name() == positional.first()) {
            command = c;
        }
    }
    if (!command) {
        QTextStream(stderr) << "steward-cli: unknown command \"" << positional.first() << "\" (see steward-cli --help)"
                            << Qt::endl;
        return UsageError;
    }
    int exitCode = Success;
    QObject::connect(&ctx, &CliContext::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QTimer::singleShot(0, &app, [&]() { command->run(ctx, positional.mid(1)); });
    app.exec();
    return exitCode;
}
