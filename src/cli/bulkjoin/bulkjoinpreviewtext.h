#pragma once

#include "bulkjoinengine.h"
#include "bulkjoinplan.h"

#include <QTextStream>

namespace Steward::Cli {

/// Plain-text renderings of a bulk join preview, progress and report for the terminal.
namespace BulkJoinText {
void writePreview(QTextStream &out, const BulkJoinPlan &plan, bool makeAdminOptionGiven);
QString progressLine(const BulkJoinProgress &p);
void writeSummary(QTextStream &out, const BulkJoinReport &report);
QString duration(qint64 ms);
} // namespace BulkJoinText

} // namespace Steward::Cli
