#pragma once

#include "bulkjoin/bulkjoinengine.h"
#include "bulkjoin/bulkjoinplan.h"

#include <QTextStream>

namespace Steward::Cli {

/// Plain-text renderings of a bulk join preview, progress and report for the terminal.
namespace BulkJoinText {
void writePreview(QTextStream &out, const BulkJoinPlan &plan, bool makeAdminOptionGiven);
/// "Joining: 12/40 (30%), 1 failed, 3.2 pairs/s, ETA 9 s" from the engine's progress and tally.
QString progressLine(const OperationProgress &p, const OperationTally &tally);
void writeSummary(QTextStream &out, const BulkJoinReport &report);
QString duration(qint64 ms);
} // namespace BulkJoinText

} // namespace Steward::Cli
