#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace StewardTest {

/// What one run of steward-cli left behind.
struct CliRun
{
    int exitCode = -1; ///< -1: it crashed, did not start or did not finish in time
    QByteArray outBytes; ///< stdout as written (CSV tests compare bytes)
    QString out; ///< stdout, UTF-8 decoded
    QString err; ///< stderr, UTF-8 decoded
    qint64 elapsedMs = 0;
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

struct CliOptions
{
    /// Set in the CLI's environment (on top of this process's); a null value removes the variable.
    QMap<QString, QString> env;
    QByteArray stdinData;
    int timeoutMs = 180000;
};

/// The steward-cli under test: $STEWARD_CLI (integration tests), else the build dir's bin/steward-cli.
QString cliPath();

/// Runs steward-cli with args and waits for it while this process's event loop keeps running (a
/// FakeHttpServer in the test serves it meanwhile). Killed after the timeout (exitCode -1).
CliRun runCli(const QStringList &args, const CliOptions &options = {});

} // namespace StewardTest
