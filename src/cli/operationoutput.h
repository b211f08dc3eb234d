#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace Steward {
class Operation;
struct OperationProgress;
} // namespace Steward

namespace Steward::Cli {

class CliContext;

/// Follows an operation's progress on stderr: at most one line a second and each count once (the
/// last always); on a terminal the line is rewritten in place. text: the line (default
/// OperationProgress::text()).
void printProgress(CliContext &ctx, Operation *operation, std::function<QString(const OperationProgress &)> text = {});

/// Writes a report to path through write (e.g. an engine's writeCsv) in one go (QSaveFile), and
/// says on stderr where it went or why it could not be written (then false). No path: nothing, true.
bool writeReportFile(CliContext &ctx, const QString &path, const std::function<bool(QIODevice *)> &write);

} // namespace Steward::Cli
