#pragma once

#include "clicommand.h"

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
};

} // namespace Steward::Cli
