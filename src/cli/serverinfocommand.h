#pragma once

#include "clicommand.h"
#include "result.h"
#include "serverapi.h"

namespace Steward::Cli {

/// steward-cli [--profile NAME | --homeserver URL] server-info
class ServerInfoCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("server-info"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;

private:
    /// issuer: the MAS issuer, empty when Synapse does its own sign-in.
    static void print(CliContext &ctx, const ServerStatus &status, const Result<QString> &issuer);
};

} // namespace Steward::Cli
