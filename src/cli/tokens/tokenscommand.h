#pragma once

#include "clicommand.h"
#include "tokens/registrationtokens.h"

#include <QDateTime>

namespace Steward {
class ApiService;
}

namespace Steward::Cli {

/// steward-cli tokens list|create|update|delete: registration tokens.
class TokensCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("tokens"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;

    /// "2026-12-31" (the end of that day) or "2026-12-31T18:00", local time. Invalid with *error.
    static QDateTime parseExpiry(const QString &text, QString *error);

private:
    void runList(CliContext &ctx, const QStringList &args);
    void runCreate(CliContext &ctx, const QStringList &args);
    void runUpdate(CliContext &ctx, const QStringList &args);
    void runDelete(CliContext &ctx, const QStringList &args);
    void deleteNext(CliContext &ctx, QStringList tokens, int failures);
    /// A failed call: a 404 of the whole API gets the explanation, others the server's answer.
    void failCall(CliContext &ctx, const ApiError &error, const QString &what);

    ApiService *m_api = nullptr;
};

} // namespace Steward::Cli
