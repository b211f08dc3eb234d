#pragma once

#include "clicommand.h"

#include <QPointer>

namespace Steward {
class BulkJoinEngine;
class ServerSession;
struct BulkJoinReport;
} // namespace Steward

namespace Steward::Cli {

/// steward-cli bulk-join --users FILE --rooms FILE [--concurrency N] [--make-admin-in-private-rooms]
///                       [--dry-run] [--report FILE.csv] [--resume]
class BulkJoinCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("bulk-join"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;

private:
    void execute(CliContext &ctx, ServerSession *session, std::function<bool(BulkJoinEngine *, QString *)> start);
    void done(CliContext &ctx, const BulkJoinReport &report);
    /// Writes --report (if given); false (and the command failed) when it cannot.
    bool writeReport(CliContext &ctx, const BulkJoinReport &report);

    int m_concurrency = 8;
    bool m_dryRun = false;
    bool m_makeAdmin = false;
    QString m_reportPath;
};

} // namespace Steward::Cli
