#pragma once

#include "clicommand.h"

namespace Steward {
class ServerNoticeRun;
class ServerSession;
} // namespace Steward

namespace Steward::Cli {

/// steward-cli notice send (--users FILE | --all) (--message TEXT | --message-file FILE) [--html-file FILE]
/// [--include-bots] [--concurrency N] [--dry-run] [--yes] [--report FILE.csv] [--resume]
class NoticeCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("notice"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;

private:
    void start(CliContext &ctx, ServerSession *session);
    void onPlan(CliContext &ctx);
    void execute(CliContext &ctx);
    void onFinished(CliContext &ctx);
    bool writeReport(CliContext &ctx);

    ServerNoticeRun *m_engine = nullptr;
    QString m_usersPath;
    bool m_all = false;
    QString m_text;
    QString m_html;
    bool m_includeBots = false;
    int m_concurrency = 8;
    bool m_dryRun = false;
    bool m_yes = false;
    bool m_resume = false;
    QString m_reportPath;
};

} // namespace Steward::Cli
