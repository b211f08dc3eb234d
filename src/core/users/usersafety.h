#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Steward {

/// The one rule, shared by the GUI, the CLI and the bulk engine, that keeps an administrator from
/// locking themself (or the server) out: the signed-in account is never locked, shadow-banned,
/// logged out everywhere, deactivated or demoted through Steward, and neither is the last active
/// server admin when the server told us who the admins are.
namespace UserSafety {

/// Changes the rule guards. Unlocking, lifting a ban, granting admin are never refused.
enum class Change { Lock, ShadowBan, LogoutAll, Deactivate, RevokeAdmin };

struct Context
{
    QString selfUserId; ///< the signed-in account
    /// The server's active (not locked, not deactivated) admins, when known (UserApi::activeAdmins).
    std::optional<QStringList> activeAdmins;
};

/// Empty when Steward may make the change; otherwise one sentence saying why it never will.
/// alsoChanging: other users the same batch changes (so that a batch cannot remove every admin).
QString refusal(Change change, const QString &userId, const Context &context, const QStringList &alsoChanging = {});

/// True when the refusal is because of the signed-in account (else the last admin).
bool isSelf(const QString &userId, const Context &context);

} // namespace UserSafety

} // namespace Steward
