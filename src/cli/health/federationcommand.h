#pragma once

#include "clicommand.h"

namespace Steward::Cli {

/// steward-cli federation list [--failing] [--format text|csv|json]
/// steward-cli federation show DESTINATION
/// steward-cli federation reset DESTINATION... [--yes]
class FederationCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("federation"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;

private:
    void list(CliContext &ctx, const QStringList &args);
    void show(CliContext &ctx, const QStringList &args);
    void reset(CliContext &ctx, const QStringList &args);
};

/// steward-cli background-updates status|enable|disable, background-updates start JOB
class BackgroundUpdatesCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("background-updates"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;
};

/// steward-cli rooms purge-history ROOM --before DATE[THH:MM[:SS]] [--delete-local-events] [--yes]
/// (run by RoomsCommand for its purge-history subcommand).
void runPurgeHistory(CliContext &ctx, const QStringList &args, QObject *owner);

} // namespace Steward::Cli
