#pragma once

#include <QStringList>

namespace Steward::Cli {

class CliContext;

/// steward-cli media list (--user USER_ID | --room ROOM) [--format csv|json]
/// steward-cli media stats [--top N] [--format csv|json]
/// steward-cli media quarantine (MXC_URI... | --user USER_ID | --room ROOM) [--yes]
/// steward-cli media unquarantine|protect|unprotect MXC_URI...
/// steward-cli media delete (MXC_URI... | --user USER_ID) [--yes]
/// args start with the subcommand. False when it is none of these.
bool runMediaManagement(CliContext &ctx, const QStringList &args);

} // namespace Steward::Cli
