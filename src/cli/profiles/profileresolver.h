#pragma once

namespace Steward::Cli {

/// Makes CliContext::connectToServer resolve --profile NAME (or the last used profile) through the
/// ProfileStore and the OS keychain. --homeserver URL + STEWARD_ACCESS_TOKEN keeps working.
void installProfileResolver();

} // namespace Steward::Cli
