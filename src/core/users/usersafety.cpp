#include "users/usersafety.h"

#include <QCoreApplication>

namespace Steward {

namespace {
struct UserSafetyText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::UserSafety)
};

QString selfReason(UserSafety::Change change)
{
    switch (change) {
    case UserSafety::Change::Lock:
        return UserSafetyText::tr(
            "This is the account you are signed in with: locking it would lock you out of the server.");
    case UserSafety::Change::ShadowBan:
        return UserSafetyText::tr("This is the account you are signed in with: Steward does not shadow-ban it.");
    case UserSafety::Change::LogoutAll:
        return UserSafetyText::tr(
            "This is the account you are signed in with: logging out all of its devices would end this "
            "session.");
    case UserSafety::Change::Deactivate:
        return UserSafetyText::tr(
            "This is the account you are signed in with: deactivating it would lock you out for good.");
    case UserSafety::Change::RevokeAdmin:
        return UserSafetyText::tr(
            "This is the account you are signed in with: without admin rights you could no longer use "
            "Steward. Ask another administrator to do it.");
    }
    return {};
}
} // namespace

bool UserSafety::isSelf(const QString &userId, const Context &context)
{
    return !userId.isEmpty() && userId == context.selfUserId;
}

QString UserSafety::refusal(Change change, const QString &userId, const Context &context,
                            const QStringList &alsoChanging)
{
    if (isSelf(userId, context)) {
        return selfReason(change);
    }
    if (change == Change::LogoutAll || !context.activeAdmins || !context.activeAdmins->contains(userId)) {
        return {};
    }
    // Would any active admin remain once this user (and the rest of the batch) is changed?
    for (const QString &admin : *context.activeAdmins) {
        if (admin != userId && !alsoChanging.contains(admin)) {
            return {};
        }
    }
    return UserSafetyText::tr(
               "%1 is the last active server administrator: without them nobody could administer the server.")
        .arg(userId);
}

} // namespace Steward
