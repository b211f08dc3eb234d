#pragma once

#include "clicommand.h"

namespace Steward::Cli {

/// steward-cli [--profile NAME] media purge (--before DATE[THH:MM[:SS]] | --older-than-days N)
///     [--size-gt BYTES] [--include-profile-media] [--remote-cache] [--allow-recent] [--dry-run] [--yes]
///
/// Always prints the estimate first. --dry-run stops there (exit 0); without --yes it stops there too
/// but exits 2, so a script that forgot --yes never deletes anything.
class MediaCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("media"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;
};

} // namespace Steward::Cli
