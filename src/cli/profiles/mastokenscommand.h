#pragma once

#include "clicommand.h"

namespace Steward {
class ServerSession;
class MasAdminApi;
} // namespace Steward

namespace Steward::Cli {

/// Personal access tokens of servers that delegate sign-in to Matrix Authentication Service (MAS
/// "personal sessions", through its admin API; the signed-in token needs urn:mas:admin):
/// steward-cli mas-tokens list
/// steward-cli mas-tokens create --name NAME --save-as PROFILE [--expires-in-days N] [--admin]
/// steward-cli mas-tokens revoke ID
/// A created token goes to the keychain as a new profile for scripts; it is never printed.
class MasTokensCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("mas-tokens"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;

private:
    /// Connects, finds the MAS issuer; ready gets the admin API client (or the command fails).
    void withMas(CliContext &ctx, std::function<void(ServerSession *, MasAdminApi *)> ready);
};

} // namespace Steward::Cli
