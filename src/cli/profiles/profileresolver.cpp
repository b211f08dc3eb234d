#include "profiles/profileresolver.h"

#include "clicontext.h"
#include "profiles/keychaincredentialstore.h"
#include "profiles/oauthsignin.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>

namespace Steward::Cli {

namespace {
struct ProfileResolverText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::Cli::ProfileResolver)
};

void resolve(CliContext &ctx, bool requireToken, std::function<void(QUrl, QString)> resolved)
{
    if (!ctx.homeserverOption.isEmpty() && !ctx.profileOption.isEmpty()) {
        ctx.fail(UsageError, ProfileResolverText::tr("use either --profile or --homeserver, not both"));
        return;
    }
    if (!ctx.homeserverOption.isEmpty()) {
        ctx.resolveHomeserverOption(requireToken, resolved);
        return;
    }
    auto store = std::make_shared<ProfileStore>();
    const QString name = ctx.profileOption.isEmpty() ? store->lastUsedProfileName() : ctx.profileOption;
    if (name.isEmpty()) {
        if (store->profiles().isEmpty()) {
            ctx.fail(UsageError,
                     ProfileResolverText::tr(
                         "no server given: add a profile with \"steward-cli profile add NAME --homeserver "
                         "SERVER --user USER --password-stdin\", or use --homeserver URL"));
        } else {
            ctx.fail(UsageError,
                     ProfileResolverText::tr("no profile chosen: use --profile NAME (see steward-cli profile list)"));
        }
        return;
    }
    const auto profile = store->profile(name);
    if (!profile) {
        ctx.fail(UsageError,
                 ProfileResolverText::tr("there is no profile \"%1\" (see steward-cli profile list)").arg(name));
        return;
    }
    auto *credentials = new KeychainCredentialStore(KeychainCredentialStore::defaultService(), &ctx);
    credentials->readToken(name, &ctx, [&ctx, store, p = *profile, resolved, credentials](const CredentialResult &r) {
        credentials->deleteLater();
        if (!r.ok()) {
            if (r.error.code == CredentialError::Code::NotFound) {
                ctx.fail(AuthOrConnectionFailure,
                         ProfileResolverText::tr(
                             "profile \"%1\" has no access token in the keychain: sign in again with \"steward-cli "
                             "profile add %1 --replace --homeserver %2 ...\"")
                             .arg(p.name, p.baseUrl.toDisplayString()));
            } else {
                ctx.fail(AuthOrConnectionFailure,
                         ProfileResolverText::tr("cannot read the token of profile \"%1\": %2")
                             .arg(p.name, r.error.describe()));
            }
            return;
        }
        ctx.pinnedCertificateSha256 = p.pinnedCertificateSha256;
        store->markUsed(p.name);
        // OAuth sign-ins (MAS): a token the server rejects mid-command is refreshed (once for all
        // requests) and the new tokens stored ...
        ctx.tokenRefresher =
            oauthTokenRefresher(ctx.networkAccessManager(),
                                new KeychainCredentialStore(KeychainCredentialStore::defaultService(), &ctx), p);
        // ... and one that expires within the next minute is refreshed first.
        auto *keychain = new KeychainCredentialStore(KeychainCredentialStore::defaultService(), &ctx);
        refreshStoredOAuthToken(ctx.networkAccessManager(), keychain, p, r.token, false, std::chrono::seconds(60), &ctx,
                                [&ctx, p, resolved, keychain](const Result<QString> &token) {
                                    keychain->deleteLater();
                                    if (!token.ok()) {
                                        ctx.fail(AuthOrConnectionFailure, token.error().message());
                                        return;
                                    }
                                    resolved(p.baseUrl, token.value());
                                });
    });
}
} // namespace

void installProfileResolver()
{
    CliContext::setResolver(&resolve);
}

} // namespace Steward::Cli
