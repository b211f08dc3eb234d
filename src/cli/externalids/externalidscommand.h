#pragma once

#include "clicommand.h"

#include <QCommandLineParser>
#include <QPointer>

namespace Steward {
class ApiService;
class ExternalIdScanner;
class ExternalIdUpdater;
class ServerSession;
struct ExternalIdRequestCounts;
} // namespace Steward

namespace Steward::Cli {

/// steward-cli external-ids list-providers [--include-deactivated]
/// steward-cli external-ids remove --provider P [--provider P2 ...] [--include-deactivated]
///                                 [--backup FILE.json] [--report FILE.csv] [--dry-run] [--yes]
/// steward-cli external-ids restore FILE.json [--report FILE.csv] [--yes]
class ExternalIdsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("external-ids"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;

private:
    void runListProviders(CliContext &ctx, const QStringList &args);
    void runRemove(CliContext &ctx, const QStringList &args);
    void runRestore(CliContext &ctx, const QStringList &args);
    /// Scan, then call done on success; failures end the command.
    void scan(CliContext &ctx, ServerSession *session, bool includeDeactivated, std::function<void()> done);
    void printRequests(CliContext &ctx, const ExternalIdRequestCounts &counts, ApiService *api);
    bool writeReport(CliContext &ctx, const QString &path);

    ExternalIdScanner *m_scanner = nullptr;
    ExternalIdUpdater *m_updater = nullptr;
};

} // namespace Steward::Cli
