#pragma once

#include "clicommand.h"

namespace Steward::Cli {

/// steward-cli [--profile NAME] rooms list [--search TERM] [--format csv|json]
/// steward-cli [--profile NAME] rooms export [--search TERM] [--format csv|json] [--output FILE]
///
/// Both stream through RoomExport: each page is written as it arrives (CSV rows, or the elements of
/// one JSON array), so no listing is held in memory whatever its size. "list" writes to standard
/// output; "export" writes to FILE (only a complete export is saved) or, without --output or with
/// "-", to standard output, with progress on standard error.
class RoomsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("rooms"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;
};

} // namespace Steward::Cli
