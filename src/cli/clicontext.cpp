#include "clicontext.h"

#include "apiservice.h"
#include "profiles/profile.h"
#include "serversession.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace Steward::Cli {

namespace {
struct CliContextText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::Cli::CliContext)
};

CliContext::Resolver &resolver()
{
    static CliContext::Resolver r;
    return r;
}
} // namespace

CliContext::CliContext(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_out(stdout)
    , m_err(stderr)
{ }

void CliContext::setResolver(Resolver r)
{
    resolver() = std::move(r);
}

void CliContext::fail(ExitCode code, const QString &message)
{
    m_err << "steward-cli: " << message << Qt::endl;
    finish(code);
}

void CliContext::failWith(const ApiError &error, const QString &context)
{
    const bool connection = error.isAuthenticationFailure() || error.kind() == ApiError::Kind::Network
        || error.kind() == ApiError::Kind::Timeout || error.kind() == ApiError::Kind::Tls
        || error.kind() == ApiError::Kind::InsecureRedirect || error.kind() == ApiError::Kind::Refused;
    fail(connection ? AuthOrConnectionFailure : SomeItemsFailed,
         context.isEmpty() ? error.describe() : context + QStringLiteral(": ") + error.describe());
}

void CliContext::finish(ExitCode code)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(int(code));
}

bool CliContext::parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    parser.addHelpOption();
    QStringList argv { QStringLiteral("steward-cli ") + command };
    argv << args;
    if (!parser.parse(argv)) {
        fail(UsageError, parser.errorText() + QStringLiteral(" (see steward-cli %1 --help)").arg(command));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; the command is what the reader needs to see.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty()) {
            help.replace(QStringLiteral("Usage: ") + program, QStringLiteral("Usage: steward-cli ") + command);
        }
        m_out << help;
        finish(Success);
        return false;
    }
    return true;
}

QUrl parseHomeserverUrl(const QString &text)
{
    return parseHomeserverAddress(text);
}

std::optional<std::chrono::milliseconds> parseTimeoutSeconds(const QString &text)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || !(seconds > 0) || seconds > 86400) {
        return std::nullopt;
    }
    return std::chrono::milliseconds(qint64(seconds * 1000 + 0.5));
}

void CliContext::resolveHomeserverOption(bool requireToken, const std::function<void(QUrl, QString)> &resolved)
{
    const QUrl url = parseHomeserverUrl(homeserverOption);
    if (!url.isValid()) {
        fail(UsageError,
             CliContextText::tr(
                 "\"%1\" is not a homeserver URL (expected e.g. https://matrix.example.org; a port is 1-65535, an "
                 "IPv6 address goes in brackets)")
                 .arg(homeserverOption));
        return;
    }
    // For scripts and CI: a token handed over in the environment, never on the command line
    // (which other users can read in the process list).
    const QString token = qEnvironmentVariable("STEWARD_ACCESS_TOKEN");
    if (requireToken && token.isEmpty()) {
        fail(UsageError,
             CliContextText::tr(
                 "this command needs a signed-in admin: use --profile NAME (see steward-cli profile add) or set "
                 "STEWARD_ACCESS_TOKEN with --homeserver"));
        return;
    }
    if (const QString problem = ApiService::accessTokenProblem(token); !problem.isEmpty()) {
        fail(UsageError, QStringLiteral("STEWARD_ACCESS_TOKEN: ") + problem);
        return;
    }
    resolved(url, token);
}

void CliContext::connectToServer(bool requireToken, std::function<void(ServerSession *)> ready)
{
    auto open = [this, requireToken, ready](const QUrl &baseUrl, const QString &token) {
        auto *session = new ServerSession(m_nam, this);
        session->api()->setPinnedCertificateSha256(pinnedCertificateSha256);
        if (tokenRefresher) {
            session->api()->setTokenRefresher(tokenRefresher);
        }
        if (transferTimeout) {
            session->api()->setTransferTimeout(*transferTimeout);
        }
        connect(session, &ServerSession::stateChanged, this, [this, session, ready](ServerSession::State s) {
            if (s == ServerSession::State::Connected) {
                ready(session);
            } else if (s == ServerSession::State::Failed) {
                // Whatever stopped the connection (a proxy's 502 included), nothing was done: exit 3.
                const ApiError &e = session->lastError();
                fail(AuthOrConnectionFailure,
                     session->status().baseUrl.toDisplayString() + QStringLiteral(": ") + e.describe());
            }
        });
        session->open(baseUrl, token, requireToken);
    };
    if (resolver()) {
        resolver()(*this, requireToken, open);
        return;
    }
    if (homeserverOption.isEmpty()) {
        fail(UsageError, CliContextText::tr("no server given: use --homeserver URL"));
        return;
    }
    resolveHomeserverOption(requireToken, open);
}

} // namespace Steward::Cli
