#pragma once

#include <functional>

class QObject;

namespace Steward::Cli {

/// Ctrl-C / SIGTERM cancel a running bulk command the polite way: the first signal calls cancel()
/// (requests in flight finish, the rest are reported as not attempted, the command prints its
/// report and exits 1). A second signal, once isCancelling() says so, ends the process at once.
/// The handler lives as long as owner.
void cancelOnSignals(QObject *owner, std::function<bool()> isCancelling, std::function<void()> cancel);

} // namespace Steward::Cli
