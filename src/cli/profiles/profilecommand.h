#pragma once

#include "clicommand.h"

namespace Steward {
class Profile;
struct SignInOutcome;
class ProfileStore;
class CredentialStore;
} // namespace Steward

namespace Steward::Cli {

/// steward-cli profile add NAME --homeserver SERVER (--user USER --password-stdin | --token-stdin | --oauth)
/// steward-cli profile list
/// steward-cli profile remove NAME
class ProfileCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;

private:
    void add(CliContext &ctx, const QStringList &args);
    void list(CliContext &ctx, const QStringList &args);
    void remove(CliContext &ctx, const QStringList &args);
    void addWithOAuth(CliContext &ctx, const QString &name, const QString &homeserver, bool allowInsecureHttp,
                      const QByteArray &pin);
    void store(CliContext &ctx, const QString &name, const SignInOutcome &outcome, bool allowInsecureHttp,
               const QByteArray &pin);
};

} // namespace Steward::Cli
