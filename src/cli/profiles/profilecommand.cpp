#include "profiles/profilecommand.h"

#include "apiservice.h"
#include "clicontext.h"
#include "profiles/keychaincredentialstore.h"
#include "profiles/oauthsignin.h"
#include "profiles/profilestore.h"
#include "profiles/signin.h"
#include "profiles/signout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Steward::Cli {

namespace {

/// The secret from stdin: one line (a trailing newline is not part of it). Never echoed.
QString readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray data = in.readAll();
    while (data.endsWith('\n') || data.endsWith('\r')) {
        data.chop(1);
    }
    return QString::fromUtf8(data);
}

QByteArray parseFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(u':');
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    return bytes.size() == 32 && bytes.toHex().compare(hex.toLatin1(), Qt::CaseInsensitive) == 0 ? bytes : QByteArray();
}

ExitCode exitCodeFor(SignInError::Reason reason)
{
    switch (reason) {
    case SignInError::Reason::InvalidAddress:
    case SignInError::Reason::InsecureTransport:
        return UsageError;
    default:
        return AuthOrConnectionFailure;
    }
}
} // namespace

QString ProfileCommand::summary() const
{
    return tr("Saved server profiles: add (sign in), list, remove (sign out and forget)");
}

void ProfileCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add") {
        add(ctx, args.mid(1));
    } else if (sub == u"list") {
        list(ctx, args.mid(1));
    } else if (sub == u"remove") {
        remove(ctx, args.mid(1));
    } else if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        ctx.out() << tr("Usage: steward-cli profile add|list|remove ...\n\n"
                        "  profile add NAME --homeserver SERVER (--user USER --password-stdin | --token-stdin | "
                        "--oauth)\n"
                        "      Sign in and save the profile; the access token goes to the OS keychain only.\n"
                        "  profile list\n"
                        "      The saved profiles; * marks the default (last used) one.\n"
                        "  profile remove NAME\n"
                        "      Revoke the token on the server, delete it from the keychain, forget the profile.\n\n"
                        "See steward-cli profile SUBCOMMAND --help for the options.\n");
        ctx.finish(Success);
    } else {
        ctx.fail(UsageError,
                 sub.isEmpty() ? tr("profile needs a subcommand: add, list or remove")
                               : tr("unknown profile subcommand \"%1\": use add, list or remove").arg(sub));
    }
}

void ProfileCommand::add(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sign in to a homeserver and save it as profile NAME. The access token is stored in the OS keychain "
           "only; the password or token is read from standard input, never from the command line.\n"
           "SERVER is a server name (example.org, resolved through /.well-known/matrix/client) or a base URL."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The profile's name, e.g. \"work\"."));
    const QCommandLineOption homeserver(QStringLiteral("homeserver"), tr("Server name or homeserver URL."),
                                        QStringLiteral("SERVER"));
    const QCommandLineOption user(
        QStringLiteral("user"), tr("User name (localpart or @user:server) of a server admin."), QStringLiteral("USER"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), tr("Read the password from stdin."));
    const QCommandLineOption tokenStdin(QStringLiteral("token-stdin"),
                                        tr("Read an existing admin access token from stdin (SSO or MAS servers)."));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Sign in again for an existing profile (its old token is revoked)."));
    const QCommandLineOption insecure(QStringLiteral("allow-insecure-http"),
                                      tr("Accept plain http:// to a host that is not this computer (the token "
                                         "travels unencrypted). Stored with the profile."));
    const QCommandLineOption pin(QStringLiteral("pin-sha256"),
                                 tr("Trust exactly the certificate with this SHA-256 fingerprint (as printed when "
                                    "the certificate is refused). Stored with the profile."),
                                 QStringLiteral("FINGERPRINT"));
    const QCommandLineOption oauth(QStringLiteral("oauth"),
                                   tr("Sign in through the server's OAuth 2.0 service (Matrix Authentication "
                                      "Service) with the device grant: prints a URL and a code on stderr, then "
                                      "waits until you approved the sign-in in a browser."));
    parser.addOptions({ homeserver, user, passwordStdin, tokenStdin, oauth, replace, insecure, pin });
    if (!ctx.parseCommandLine(parser, QStringLiteral("profile add"), args)) {
        return;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        ctx.fail(UsageError, tr("profile add takes exactly one NAME (see steward-cli profile add --help)"));
        return;
    }
    const QString name = pos.first();
    if (const QString problem = profileNameProblem(name); !problem.isEmpty()) {
        ctx.fail(UsageError, problem);
        return;
    }
    if (!parser.isSet(homeserver)) {
        ctx.fail(UsageError, tr("profile add needs --homeserver SERVER"));
        return;
    }
    if (int(parser.isSet(passwordStdin)) + int(parser.isSet(tokenStdin)) + int(parser.isSet(oauth)) != 1) {
        ctx.fail(UsageError,
                 tr("profile add needs exactly one of --user USER --password-stdin, --token-stdin or --oauth"));
        return;
    }
    if (parser.isSet(passwordStdin) && parser.value(user).trimmed().isEmpty()) {
        ctx.fail(UsageError, tr("--password-stdin needs --user USER"));
        return;
    }
    QByteArray pinDigest;
    if (parser.isSet(pin)) {
        pinDigest = parseFingerprint(parser.value(pin));
        if (pinDigest.isEmpty()) {
            ctx.fail(UsageError, tr("--pin-sha256 needs a SHA-256 fingerprint: 32 bytes in hex, e.g. AB:CD:..."));
            return;
        }
    }
    ProfileStore profiles;
    if (profiles.contains(name) && !parser.isSet(replace)) {
        ctx.fail(UsageError,
                 tr("a profile \"%1\" exists already: use --replace to sign in again, or choose another "
                    "name")
                     .arg(name));
        return;
    }
    if (parser.isSet(oauth)) {
        addWithOAuth(ctx, name, parser.value(homeserver), parser.isSet(insecure), pinDigest);
        return;
    }
    const QString secret = readSecretFromStdin();
    if (secret.isEmpty()) {
        ctx.fail(UsageError,
                 parser.isSet(passwordStdin) ? tr("no password on standard input")
                                             : tr("no access token on standard input"));
        return;
    }
    if (parser.isSet(tokenStdin)) {
        if (const QString problem = ApiService::accessTokenProblem(secret.trimmed()); !problem.isEmpty()) {
            ctx.fail(UsageError, problem);
            return;
        }
    }

    SignInRequest request;
    request.homeserver = parser.value(homeserver);
    request.allowInsecureHttp = parser.isSet(insecure);
    request.pinnedCertificateSha256 = pinDigest;
    if (parser.isSet(passwordStdin)) {
        request.method = SignInRequest::Method::Password;
        request.user = parser.value(user);
        request.password = secret;
    } else {
        request.method = SignInRequest::Method::Token;
        request.token = secret;
    }
    auto *signIn = new SignIn(ctx.networkAccessManager(), this);
    if (ctx.verbose) {
        connect(signIn, &SignIn::progress, this, [&ctx](const QString &step) { ctx.err() << step << Qt::endl; });
    }
    connect(signIn, &SignIn::failed, this, [&ctx](const SignInError &e) {
        QString message = e.describe();
        if (e.reason == SignInError::Reason::Tls) {
            message += u' '
                + tr("To trust exactly this certificate, run again with --pin-sha256 %1")
                      .arg(e.error.peerCertificateFingerprint());
        } else if (e.reason == SignInError::Reason::InsecureTransport) {
            message += u' ' + tr("(option --allow-insecure-http)");
        }
        ctx.fail(exitCodeFor(e.reason), message);
    });
    connect(signIn, &SignIn::succeeded, this,
            [this, &ctx, name, insecureOk = request.allowInsecureHttp, pinDigest](const SignInOutcome &o) {
                store(ctx, name, o, insecureOk, pinDigest);
            });
    signIn->start(request);
}

void ProfileCommand::addWithOAuth(CliContext &ctx, const QString &name, const QString &homeserver,
                                  bool allowInsecureHttp, const QByteArray &pin)
{
    auto *signIn = new OAuthSignIn(ctx.networkAccessManager(), this);
    if (ctx.verbose) {
        connect(signIn, &OAuthSignIn::progress, this, [&ctx](const QString &step) { ctx.err() << step << Qt::endl; });
    }
    connect(signIn, &OAuthSignIn::deviceCodeReady, this, [&ctx](const DeviceAuthorization &a) {
        ctx.err() << tr("To sign in, open %1 in a browser and enter the code %2")
                         .arg(a.verificationUri.toString(), a.userCode)
                  << Qt::endl;
        if (a.verificationUriComplete.isValid() && !a.verificationUriComplete.isEmpty()) {
            ctx.err() << tr("(or open %1 directly)").arg(a.verificationUriComplete.toString()) << Qt::endl;
        }
        ctx.err() << tr("Waiting for the sign-in to be approved… (Ctrl+C cancels)") << Qt::endl;
    });
    connect(signIn, &OAuthSignIn::failed, this, [&ctx](const SignInError &e) {
        QString message = e.describe();
        if (e.reason == SignInError::Reason::InsecureTransport) {
            message += u' ' + tr("(option --allow-insecure-http)");
        }
        ctx.fail(exitCodeFor(e.reason), message);
    });
    connect(signIn, &OAuthSignIn::succeeded, this, [this, &ctx, name, allowInsecureHttp, pin](const SignInOutcome &o) {
        store(ctx, name, o, allowInsecureHttp, pin);
    });
    signIn->start(homeserver, OAuthSignIn::Flow::Device, allowInsecureHttp, pin);
}

void ProfileCommand::store(CliContext &ctx, const QString &name, const SignInOutcome &outcome, bool allowInsecureHttp,
                           const QByteArray &pin)
{
    auto profiles = std::make_shared<ProfileStore>();
    auto *credentials = new KeychainCredentialStore(KeychainCredentialStore::defaultService(), this);
    Profile p;
    p.name = name;
    p.baseUrl = outcome.server.baseUrl;
    p.serverName = outcome.serverName;
    p.userId = outcome.whoAmI.userId;
    p.deviceId = outcome.whoAmI.deviceId;
    p.lastUsed = QDateTime::currentDateTimeUtc();
    p.allowInsecureHttp = allowInsecureHttp && outcome.server.baseUrl.scheme() == u"http";
    p.pinnedCertificateSha256 = pin;

    auto save = [this, &ctx, profiles, credentials, p, outcome]() {
        // OAuth (MAS): first the refresh credentials, then the access token, each in the keychain.
        const QString oauthKey = OAuthCredentials::keychainKey(p.name);
        auto writeOAuth = [this, credentials, outcome, oauthKey](std::function<void(CredentialError)> next) {
            if (!outcome.oauth) {
                credentials->deleteToken(oauthKey, this, next); // a stale entry must not refresh this token
                return;
            }
            credentials->writeToken(oauthKey, outcome.oauth->toJson(), this, next);
        };
        writeOAuth([this, &ctx, profiles, credentials, p, outcome](const CredentialError &oauthError) {
            auto written = [&ctx, profiles, p, outcome, this](const CredentialError &e) {
                if (!e.ok()) {
                    const QString message =
                        tr("signed in, but the token could not be stored, so profile \"%1\" was not saved: %2 For "
                           "scripts without a keychain use --homeserver URL with STEWARD_ACCESS_TOKEN.")
                            .arg(p.name, e.describe());
                    if (!outcome.tokenCreatedBySignIn) {
                        ctx.fail(AuthOrConnectionFailure, message);
                        return;
                    }
                    // Nobody could use the new token: revoke it rather than leave it valid on the server.
                    auto reportRevoke = [&ctx, message](const ApiError &revokeError) {
                        ctx.fail(AuthOrConnectionFailure,
                                 revokeError.isOk() ? message + u' ' + tr("The new token was revoked again.")
                                                    : message + u' '
                                         + tr("The new token could not be revoked: %1").arg(revokeError.describe()));
                    };
                    if (outcome.oauth) {
                        auto *client = new OAuthClient(ctx.networkAccessManager(), this);
                        client->revoke(*outcome.oauth, outcome.accessToken, reportRevoke);
                    } else {
                        SignOut::revokeToken(ctx.networkAccessManager(), p, outcome.accessToken, &ctx, reportRevoke);
                    }
                    return;
                }
                profiles->save(p);
                profiles->markUsed(p.name);
                ctx.out() << tr("Profile \"%1\" saved: %2 on %3 (server admin). The access token is in the system "
                                "keychain.")
                                 .arg(p.name, p.userId, p.baseUrl.toDisplayString())
                          << Qt::endl;
                ctx.finish(Success);
            };
            if (!oauthError.ok()) {
                written(oauthError);
                return;
            }
            credentials->writeToken(p.name, outcome.accessToken, this, written);
        });
    };
    const auto old = profiles->profile(name);
    if (!old) {
        save();
        return;
    }
    // Replacing: the previous token must not stay valid on the server.
    auto *signOut = new SignOut(ctx.networkAccessManager(), profiles.get(), credentials, this);
    connect(signOut, &SignOut::finished, this, [&ctx, save, profiles](const SignOutReport &report) {
        if (!report.ok()) {
            ctx.err() << "steward-cli: warning: " << report.describe() << Qt::endl;
        }
        save();
    });
    signOut->start(*old, SignOut::Mode::SignOut);
}

void ProfileCommand::list(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the saved profiles; * marks the default (last used) one. Tokens are "
                                        "never shown."));
    if (!ctx.parseCommandLine(parser, QStringLiteral("profile list"), args)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError, tr("profile list takes no arguments"));
        return;
    }
    ProfileStore store;
    const QList<Profile> all = store.profiles();
    if (all.isEmpty()) {
        ctx.out() << tr("No profiles. Add one with: steward-cli profile add NAME --homeserver SERVER --user USER "
                        "--password-stdin")
                  << Qt::endl;
        ctx.finish(Success);
        return;
    }
    const QString current = store.lastUsedProfileName();
    for (const Profile &p : all) {
        ctx.out() << (p.name == current ? "* " : "  ") << p.name << '\t' << p.userId << '\t'
                  << p.baseUrl.toDisplayString() << '\t'
                  << (p.lastUsed.isValid() ? p.lastUsed.toLocalTime().toString(Qt::ISODate) : tr("never"));
        if (!p.pinnedCertificateSha256.isEmpty()) {
            ctx.out() << '\t' << tr("pinned certificate");
        }
        ctx.out() << '\n';
    }
    ctx.finish(Success);
}

void ProfileCommand::remove(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sign out of profile NAME: revoke its access token on the server, delete it "
                                        "from the keychain, and forget the profile."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The profile to remove."));
    const QCommandLineOption localOnly(QStringLiteral("local-only"),
                                       tr("Also when the server cannot be reached: forget the profile and delete the "
                                          "token locally (the token then stays valid on the server)."));
    parser.addOption(localOnly);
    if (!ctx.parseCommandLine(parser, QStringLiteral("profile remove"), args)) {
        return;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        ctx.fail(UsageError, tr("profile remove takes exactly one NAME"));
        return;
    }
    auto profiles = std::make_shared<ProfileStore>();
    const auto p = profiles->profile(pos.first());
    if (!p) {
        ctx.fail(UsageError, tr("there is no profile \"%1\" (see steward-cli profile list)").arg(pos.first()));
        return;
    }
    auto *credentials = new KeychainCredentialStore(KeychainCredentialStore::defaultService(), this);
    auto *signOut = new SignOut(ctx.networkAccessManager(), profiles.get(), credentials, this);
    connect(
        signOut, &SignOut::finished, this, [&ctx, profiles, local = parser.isSet(localOnly)](const SignOutReport &r) {
            if (!r.profileRemoved) {
                ctx.fail(AuthOrConnectionFailure,
                         r.describe() + u' '
                             + tr("The profile was kept. Use --local-only to forget it without revoking the token."));
                return;
            }
            if (!r.ok()) {
                ctx.err() << "steward-cli: warning: " << r.describe() << Qt::endl;
            }
            ctx.out() << r.describe() << Qt::endl;
            ctx.finish(r.ok() || local ? Success : SomeItemsFailed);
        });
    signOut->start(*p, SignOut::Mode::Forget, parser.isSet(localOnly));
}

} // namespace Steward::Cli
