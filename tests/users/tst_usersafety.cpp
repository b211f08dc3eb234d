// The one safety rule (UserSafety) without a server: the signed-in account and the last active
// admin are refused; everything else is allowed.
#include "users/usersafety.h"

#include <QTest>

using namespace Steward;
using Change = UserSafety::Change;

class TestUserSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selfIsRefusedForEveryGuardedChange()
    {
        const UserSafety::Context ctx { QStringLiteral("@me:example.org"), std::nullopt };
        for (Change c :
             { Change::Lock, Change::ShadowBan, Change::LogoutAll, Change::Deactivate, Change::RevokeAdmin }) {
            const QString why = UserSafety::refusal(c, QStringLiteral("@me:example.org"), ctx);
            QVERIFY(!why.isEmpty());
            QVERIFY2(why.contains(QStringLiteral("signed in with")), qPrintable(why));
            QVERIFY(UserSafety::refusal(c, QStringLiteral("@other:example.org"), ctx).isEmpty());
        }
    }

    void lastAdminIsRefusedWhenTheServerSaidWhoTheAdminsAre()
    {
        UserSafety::Context ctx { QStringLiteral("@me:example.org"),
                                  QStringList { QStringLiteral("@boss:example.org") } };
        // Only @boss is an active admin (say the signed-in token belongs to a locked admin).
        QVERIFY(UserSafety::refusal(Change::Lock, QStringLiteral("@boss:example.org"), ctx)
                    .contains(QStringLiteral("last active server administrator")));
        QVERIFY(!UserSafety::refusal(Change::RevokeAdmin, QStringLiteral("@boss:example.org"), ctx).isEmpty());
        QVERIFY(!UserSafety::refusal(Change::Deactivate, QStringLiteral("@boss:example.org"), ctx).isEmpty());
        // Logging out devices leaves the account usable.
        QVERIFY(UserSafety::refusal(Change::LogoutAll, QStringLiteral("@boss:example.org"), ctx).isEmpty());
        // A second admin remains: allowed, unless the same batch changes that one too.
        ctx.activeAdmins->append(QStringLiteral("@deputy:example.org"));
        QVERIFY(UserSafety::refusal(Change::Lock, QStringLiteral("@boss:example.org"), ctx).isEmpty());
        QVERIFY(!UserSafety::refusal(Change::Lock, QStringLiteral("@boss:example.org"), ctx,
                                     { QStringLiteral("@boss:example.org"), QStringLiteral("@deputy:example.org") })
                     .isEmpty());
        // Not an admin at all: nothing to protect.
        QVERIFY(UserSafety::refusal(Change::Lock, QStringLiteral("@spam:example.org"), ctx, ctx.activeAdmins.value())
                    .isEmpty());
    }

    void unknownAdminsProtectOnlyTheSignedInAccount()
    {
        const UserSafety::Context ctx { QStringLiteral("@me:example.org"), std::nullopt };
        QVERIFY(UserSafety::refusal(Change::RevokeAdmin, QStringLiteral("@boss:example.org"), ctx).isEmpty());
        QVERIFY(UserSafety::isSelf(QStringLiteral("@me:example.org"), ctx));
        QVERIFY(!UserSafety::isSelf(QString(), { QString(), std::nullopt }));
    }
};

QTEST_GUILESS_MAIN(TestUserSafety)
#include "tst_usersafety.moc"
