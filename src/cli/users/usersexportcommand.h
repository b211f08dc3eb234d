#pragma once

#include "clicommand.h"

namespace Steward {
class ServerSession;
struct UserListQuery;
} // namespace Steward

namespace Steward::Cli {

/// steward-cli [--profile NAME] users export FILE.csv [--search TERM] [--include-deactivated]
///             [--include-guests] [--admins-only]        ("-" writes to stdout)
class UsersCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("users"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;

private:
    void runExport(CliContext &ctx, const QStringList &args);
    static void exportUsers(CliContext &ctx, ServerSession *session, const QString &path, const UserListQuery &query);
};

} // namespace Steward::Cli
