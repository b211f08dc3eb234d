#include "serverinfocommand.h"

#include "clicontext.h"
#include "profiles/authapi.h"
#include "serversession.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Steward::Cli {

QString ServerInfoCommand::summary() const
{
    return QCoreApplication::translate("steward-cli", "Base URL, server version, signed-in user, admin yes/no");
}

void ServerInfoCommand::run(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    if (!ctx.parseCommandLine(parser, name(), args)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError, QStringLiteral("server-info takes no arguments"));
        return;
    }
    ctx.connectToServer(false, [&ctx](ServerSession *session) {
        AuthApi::authMetadata(session->api(), &ctx, [&ctx, session](const Result<QString> &issuer) {
            print(ctx, session->status(), issuer);
        });
    });
}

void ServerInfoCommand::print(CliContext &ctx, const ServerStatus &s, const Result<QString> &issuer)
{
    {
        ctx.out() << "Base URL:       " << s.baseUrl.toDisplayString() << '\n';
        ctx.out() << "Server version: " << (s.serverVersion.isEmpty() ? QStringLiteral("unknown") : s.serverVersion)
                  << '\n';
        ctx.out() << "Spec versions:  " << s.clientVersions.versions.join(QStringLiteral(", ")) << '\n';
        if (!s.whoAmI.userId.isEmpty()) {
            ctx.out() << "Signed in as:   " << s.whoAmI.userId << '\n';
            ctx.out() << "Server admin:   " << (s.isAdmin ? "yes" : "no") << '\n';
        } else {
            ctx.out() << "Signed in as:   (nobody)\n";
        }
        if (!issuer.ok()) {
            ctx.out() << QCoreApplication::translate("steward-cli", "Sign-in:        unknown (%1)")
                             .arg(issuer.error().describe())
                      << '\n';
        } else if (issuer.value().isEmpty()) {
            ctx.out() << QCoreApplication::translate("steward-cli", "Sign-in:        by Synapse itself") << '\n';
        } else {
            ctx.out() << QCoreApplication::translate("steward-cli",
                                                     "Sign-in:        delegated to Matrix Authentication Service (%1)")
                             .arg(issuer.value())
                      << '\n';
        }
        ctx.finish(Success);
    }
}

} // namespace Steward::Cli
