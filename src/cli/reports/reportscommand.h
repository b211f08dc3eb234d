#pragma once

#include "clicommand.h"
#include "pageguard.h"
#include "reports/reportsapi.h"

#include <functional>

namespace Steward {
class ServerSession;
class ReportWatcher;
} // namespace Steward

namespace Steward::Cli {

/// steward-cli reports list [--kind event|user|all] [--room ROOM] [--user USER_ID] [--format csv|json]
///                     show ID [--kind event|user]
///                     dismiss ID... [--kind event|user] [--yes]
///                     watch [--once] [--interval SECONDS]
class ReportsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("reports"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;
    static QString usage();

private:
    void runList(CliContext &ctx, const QStringList &args);
    void runShow(CliContext &ctx, const QStringList &args);
    void runDismiss(CliContext &ctx, const QStringList &args);
    void runWatch(CliContext &ctx, const QStringList &args);

    /// Every page of one kind of report for the query; done(error) once (ok when all were read).
    void collect(ServerSession *session, const ReportQuery &query, qint64 from, std::function<void(ApiError)> done);
    void dismissNext(CliContext &ctx, ServerSession *session, int index);

    QList<Report> m_reports;
    PageGuard m_guard;
    QList<QPair<ReportKind, qint64>> m_targets;
    int m_failed = 0;
    QString m_statePath;
};

} // namespace Steward::Cli
