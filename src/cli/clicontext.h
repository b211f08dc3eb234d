#pragma once

#include "apierror.h"
#include "exitcode.h"
#include "serverapi.h"

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Steward {
class ApiService;
class ServerSession;
} // namespace Steward

namespace Steward::Cli {

/// What every command shares: the global options, output streams, the connection, and the exit.
class CliContext : public QObject
{
    Q_OBJECT
public:
    CliContext(QNetworkAccessManager *nam, QObject *parent = nullptr);

    /// Global options (before the command): --homeserver, --profile, --verbose, --timeout.
    QString homeserverOption;
    QString profileOption;
    bool verbose = false;
    /// --timeout: how long one request may go without an answer (unset: the service's default).
    std::optional<std::chrono::milliseconds> transferTimeout;
    /// Set by the resolver from the profile: the one certificate the user chose to trust.
    QByteArray pinnedCertificateSha256;
    /// Set by the resolver for a profile: refreshes an OAuth access token the server rejects mid-command.
    std::function<void(const QString &, QObject *, std::function<void(const Steward::Result<QString> &)>)>
        tokenRefresher;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    /// One clear line on stderr, then exit with code.
    void fail(ExitCode code, const QString &message);
    /// A failed API call: authentication/connection problems exit 3, others 1.
    void failWith(const ApiError &error, const QString &context = QString());
    void finish(ExitCode code);
    /// Parse a command's own options; on error prints it and exits 2. Returns false then.
    bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args);

    /// Opens a session to the server named by --profile/--homeserver (or the last used profile) and
    /// calls ready once the server answered. requireToken: a signed-in admin is needed.
    void connectToServer(bool requireToken, std::function<void(Steward::ServerSession *)> ready);

    /// How the connection is resolved; replaced by the profile store when it exists.
    using Resolver = std::function<void(CliContext &ctx, bool requireToken,
                                        std::function<void(QUrl baseUrl, QString token)> resolved)>;
    static void setResolver(Resolver resolver);
    /// --homeserver URL with the token from STEWARD_ACCESS_TOKEN: both checked (exit 2 when unusable).
    void resolveHomeserverOption(bool requireToken, const std::function<void(QUrl baseUrl, QString token)> &resolved);

Q_SIGNALS:
    void finished(int code);

private:
    QNetworkAccessManager *m_nam;
    QTextStream m_out;
    QTextStream m_err;
    bool m_finished = false;
};

/// Normalises "example.org", "http://127.0.0.1:8008/" ... to a base URL; empty QUrl when invalid
/// (Steward::parseHomeserverAddress, shared with the GUI).
QUrl parseHomeserverUrl(const QString &text);

/// "30", "2.5" -> a transfer timeout; nullopt unless a number of seconds in (0, 86400].
std::optional<std::chrono::milliseconds> parseTimeoutSeconds(const QString &text);

} // namespace Steward::Cli
