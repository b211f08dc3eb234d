#pragma once

namespace Steward::Cli {

/// Exit codes of every steward-cli command (scripts depend on them).
enum ExitCode {
    Success = 0,
    SomeItemsFailed = 1, ///< the command ran, but some items failed
    UsageError = 2, ///< bad usage or input; also "confirmation required"
    AuthOrConnectionFailure = 3,
};

} // namespace Steward::Cli
