#include "profiles/mastokenscommand.h"
#include "matrixid.h"

#include "clicontext.h"
#include "profiles/authapi.h"
#include "profiles/keychaincredentialstore.h"
#include "profiles/masadminapi.h"
#include "profiles/profilestore.h"
#include "serversession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace Steward::Cli {

namespace {
QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QCoreApplication::translate("steward-cli", "never");
}
} // namespace

QString MasTokensCommand::summary() const
{
    return tr("Personal access tokens on servers delegating to MAS: list, create (saved as a profile), revoke");
}

void MasTokensCommand::withMas(CliContext &ctx, std::function<void(ServerSession *, MasAdminApi *)> ready)
{
    ctx.connectToServer(true, [this, &ctx, ready](ServerSession *session) {
        AuthApi::authMetadata(session->api(), &ctx, [this, &ctx, session, ready](const Result<QString> &issuer) {
            if (!issuer.ok()) {
                ctx.failWith(issuer.error());
                return;
            }
            if (issuer.value().isEmpty()) {
                ctx.fail(UsageError,
                         tr("mas-tokens: this server does not delegate sign-in to Matrix Authentication "
                            "Service; personal access tokens exist only there"));
                return;
            }
            auto *api =
                new MasAdminApi(ctx.networkAccessManager(), QUrl(issuer.value()), session->api()->accessToken(), this);
            api->setPinnedCertificateSha256(ctx.pinnedCertificateSha256);
            ready(session, api);
        });
    });
}

void MasTokensCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Personal access tokens (MAS personal sessions) for scripts, through the MAS admin API (the signed-in "
           "token needs the scope urn:mas:admin: sign in with profile add --oauth).\n"
           "  list                 the active tokens: ID, name, scope, expiry\n"
           "  create               a token acting as the signed-in user, saved in the keychain as profile "
           "--save-as (never printed); use it with --profile\n"
           "  revoke ID            end a token's session"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("create: the token's name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption saveAs(QStringLiteral("save-as"), tr("create: the new profile holding the token."),
                                    QStringLiteral("PROFILE"));
    const QCommandLineOption days(QStringLiteral("expires-in-days"), tr("create: expiry (default: never)."),
                                  QStringLiteral("N"));
    const QCommandLineOption admin(QStringLiteral("admin"),
                                   tr("create: also the scope urn:synapse:admin:* (server admin rights)."));
    parser.addOptions({ nameOption, saveAs, days, admin });
    parser.addPositionalArgument(QStringLiteral("list|create|revoke"), tr("What to do."));
    if (!ctx.parseCommandLine(parser, name(), args)) {
        return;
    }
    const QStringList pos = parser.positionalArguments();
    if (sub == u"list" && pos.size() == 1) {
        withMas(ctx, [&ctx](ServerSession *, MasAdminApi *api) {
            api->listPersonalSessions([&ctx](const Result<QList<MasPersonalSession>> &r) {
                if (!r.ok()) {
                    ctx.failWith(r.error());
                    return;
                }
                for (const MasPersonalSession &s : r.value()) {
                    ctx.out() << s.id << '\t' << s.name << '\t' << s.scope << '\t' << when(s.expiresAt) << '\n';
                }
                ctx.finish(Success);
            });
        });
        return;
    }
    if (sub == u"revoke" && pos.size() == 2) {
        const QString id = pos.at(1);
        withMas(ctx, [&ctx, id](ServerSession *, MasAdminApi *api) {
            api->revokePersonalSession(id, [&ctx, id](const ApiError &e) {
                if (!e.isOk()) {
                    ctx.failWith(e, tr("mas-tokens revoke %1").arg(id));
                    return;
                }
                ctx.out() << tr("Personal access token %1 revoked at MAS. Synapse caches token checks, so it may "
                                "still accept the token for up to 2 minutes.")
                                 .arg(id)
                          << Qt::endl;
                ctx.finish(Success);
            });
        });
        return;
    }
    if (sub != u"create" || pos.size() != 1) {
        ctx.fail(UsageError,
                 tr("mas-tokens needs list, create --name NAME --save-as PROFILE, or revoke ID (see "
                    "steward-cli mas-tokens --help)"));
        return;
    }
    const QString tokenName = parser.value(nameOption).trimmed();
    const QString profileName = parser.value(saveAs);
    if (tokenName.isEmpty() || profileName.isEmpty()) {
        ctx.fail(UsageError, tr("mas-tokens create needs --name NAME and --save-as PROFILE"));
        return;
    }
    if (const QString problem = profileNameProblem(profileName); !problem.isEmpty()) {
        ctx.fail(UsageError, problem);
        return;
    }
    if (ProfileStore().contains(profileName)) {
        ctx.fail(UsageError, tr("a profile \"%1\" exists already: choose another --save-as name").arg(profileName));
        return;
    }
    std::optional<int> expiresIn;
    if (parser.isSet(days)) {
        bool ok = false;
        const int n = parser.value(days).toInt(&ok);
        if (!ok || n < 1 || n > 3650) {
            ctx.fail(UsageError, tr("--expires-in-days needs a whole number of days from 1 to 3650"));
            return;
        }
        expiresIn = n * 86400;
    }
    const QString scope = parser.isSet(admin) ? QStringLiteral("urn:matrix:client:api:* urn:synapse:admin:*")
                                              : QStringLiteral("urn:matrix:client:api:*");
    withMas(ctx, [this, &ctx, tokenName, profileName, expiresIn, scope](ServerSession *session, MasAdminApi *api) {
        const ServerStatus status = session->status();
        const QString localpart = status.whoAmI.userId.section(u':', 0, 0).mid(1);
        api->userIdByUsername(
            localpart,
            [this, &ctx, api, status, tokenName, profileName, expiresIn, scope](const Result<QString> &actor) {
                if (!actor.ok()) {
                    ctx.failWith(actor.error());
                    return;
                }
                api->createPersonalSession(
                    actor.value(), tokenName, scope, expiresIn,
                    [this, &ctx, api, status,
                     profileName](const Result<std::pair<MasPersonalSession, QString>> &created) {
                        if (!created.ok()) {
                            ctx.failWith(created.error());
                            return;
                        }
                        const MasPersonalSession s = created->first;
                        auto *keychain = new KeychainCredentialStore(QStringLiteral("steward"), this);
                        keychain->writeToken(
                            profileName, created->second, this,
                            [&ctx, api, status, profileName, s](const CredentialError &e) {
                                if (!e.ok()) {
                                    // Nobody could use it: revoke rather than leave a valid token behind.
                                    api->revokePersonalSession(s.id, [&ctx, e](const ApiError &revoke) {
                                        ctx.fail(AuthOrConnectionFailure,
                                                 tr("the token could not be stored (%1); it was %2")
                                                     .arg(e.describe(),
                                                          revoke.isOk()
                                                              ? tr("revoked again")
                                                              : tr("NOT revoked: %1").arg(revoke.describe())));
                                    });
                                    return;
                                }
                                Profile p;
                                p.name = profileName;
                                p.baseUrl = status.baseUrl;
                                p.userId = status.whoAmI.userId;
                                p.serverName = MatrixId::serverName(status.whoAmI.userId);
                                ProfileStore().save(p);
                                ctx.out()
                                    << tr("Personal access token \"%1\" (%2) created, expires %3; saved as profile "
                                          "\"%4\" (the token is in the system keychain). Use it with --profile %4.")
                                           .arg(s.name, s.id, when(s.expiresAt), profileName)
                                    << Qt::endl;
                                ctx.finish(Success);
                            });
                    });
            });
    });
}

} // namespace Steward::Cli
