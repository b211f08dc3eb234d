// The bulk user action engine against the real Synapse: preview (self, already so, remote, not a
// user ID, no such user), a 30-user lock compared with the server afterwards, cancel (done users
// changed, not-attempted users untouched), log out, shadow-ban, deactivate with erase, CSV report.
#include "await.h"
#include "users/bulkuseraction.h"
#include "userstesthelpers.h"

#include <QBuffer>
#include <QSignalSpy>

using namespace Steward;
using namespace UsersTest;
using Action = BulkUserAction::Action;
using Status = BulkUserAction::Status;
using Skip = BulkUserAction::SkipKind;

class TestBulkUserAction : public QObject
{
    Q_OBJECT

    static UserDetails query(ApiService &api, const QString &id)
    {
        const auto r =
            StewardTest::await<UserDetails>([&](QObject *ctx, auto done) { UserApi::queryUser(&api, id, ctx, done); });
        return r && r->ok() ? r->value() : UserDetails();
    }

    static int deviceCount(ApiService &api, const QString &id)
    {
        const auto r = StewardTest::await<QList<UserDevice>>(
            [&](QObject *ctx, auto done) { UserApi::devices(&api, id, ctx, done); });
        return r && r->ok() ? int(r->value().size()) : -1;
    }

    static QStringList makeUsers(Admin &a, const StewardTest::TestServer &server, const char *tag, int n,
                                 const QJsonObject &body = {})
    {
        const QString prefix = uniquePrefix(tag);
        QStringList ids;
        QList<QPair<QString, QJsonObject>> put;
        for (int i = 0; i < n; ++i) {
            ids << userId(server, prefix + QString::number(i));
            put.append({ ids.last(), body });
        }
        return putUsers(a.api, put) == 0 ? ids : QStringList();
    }

    static bool preview(BulkUserAction &engine, Action action, const QStringList &ids)
    {
        QSignalSpy ready(&engine, &BulkUserAction::planReady);
        engine.preview(action, ids);
        return ready.count() == 1 || ready.wait(60000);
    }

    static bool run(BulkUserAction &engine)
    {
        QSignalSpy finished(&engine, &BulkUserAction::finished);
        engine.run();
        return finished.count() == 1 || finished.wait(120000);
    }

    static const BulkUserAction::Item *item(const BulkUserAction &engine, const QString &id)
    {
        for (const auto &i : engine.items()) {
            if (i.userId == id || i.input == id) {
                return &i;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void lockThirtyPreviewSkipsAndServerAgrees()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin a(server);
        const QStringList users = makeUsers(a, server, "bulklock", 30);
        QCOMPARE(users.size(), 30);
        const QStringList locked = makeUsers(a, server, "bulkprelocked", 1);
        QVERIFY(putUser(a.api, locked.first(), { { QStringLiteral("locked"), true } }));

        BulkUserAction engine(&a.api);
        engine.setSelfUserId(server.adminUserId);
        const QString missing = userId(server, uniquePrefix("nobody"));
        QStringList input = users;
        input << locked.first() << server.adminUserId << QStringLiteral("@someone:other.example")
              << QStringLiteral("#a-room:steward.test") << missing << users.first();
        QVERIFY(preview(engine, Action::Lock, input));
        QVERIFY(engine.previewError().isOk());
        QCOMPARE(engine.count(Status::Affected), 30);
        QCOMPARE(engine.count(Skip::Self), 1);
        QCOMPARE(item(engine, server.adminUserId)->skip, Skip::Self);
        QVERIFY(item(engine, server.adminUserId)->reason.contains(QStringLiteral("signed in with")));
        QCOMPARE(item(engine, locked.first())->skip, Skip::AlreadyInState);
        QCOMPARE(item(engine, QStringLiteral("@someone:other.example"))->skip, Skip::Remote);
        QCOMPARE(item(engine, QStringLiteral("#a-room:steward.test"))->skip, Skip::Malformed);
        QCOMPARE(item(engine, missing)->skip, Skip::NoSuchUser);
        QCOMPARE(engine.count(Skip::Duplicate), 1);
        // Plural forms come from the translation catalogue; the number and the words are what counts here.
        QVERIFY2(engine.previewSummary().startsWith(QStringLiteral("Lock: 30 user")),
                 qPrintable(engine.previewSummary()));
        QVERIFY(engine.previewSummary().contains(QStringLiteral("1 your own account")));
        // The preview changed nothing.
        QVERIFY(!query(a.api, users.first()).summary.locked);

        QSignalSpy progress(&engine, &BulkUserAction::progressChanged);
        QVERIFY(run(engine));
        QCOMPARE(engine.count(Status::Done), 30);
        QVERIFY(engine.allDone());
        QCOMPARE(progress.last().at(0).value<OperationProgress>().done, qint64(30));
        for (const QString &id : users) {
            QVERIFY2(query(a.api, id).summary.locked, qPrintable(id));
        }
        const UserDetails self = query(a.api, server.adminUserId);
        QVERIFY(!self.summary.locked);
        QVERIFY(self.summary.admin);

        // The report: one row per input entry, outcomes as above.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(engine.writeCsv(&buffer));
        const QList<QStringList> rows = parseCsvWithPython(buffer.data());
        QCOMPARE(rows.size(), input.size() + 1);
        QCOMPARE(rows.first(),
                 (QStringList { QStringLiteral("user_id"), QStringLiteral("input"), QStringLiteral("line"),
                                QStringLiteral("action"), QStringLiteral("outcome"), QStringLiteral("verified"),
                                QStringLiteral("reason") }));
        int done = 0;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.at(3), QStringLiteral("lock"));
            if (row.at(4) == u"done") {
                ++done;
                QVERIFY(users.contains(row.at(0)));
            }
            if (row.at(0) == server.adminUserId) {
                QCOMPARE(row.at(4), QStringLiteral("skipped"));
            }
        }
        QCOMPARE(done, 30);

        // Unlock them again: now "already so" is the other way round.
        BulkUserAction unlock(&a.api);
        unlock.setSelfUserId(server.adminUserId);
        QVERIFY(preview(unlock, Action::Unlock, users + QStringList { makeUsers(a, server, "bulkfree", 1) }));
        QCOMPARE(unlock.count(Status::Affected), 30);
        QCOMPARE(unlock.count(Skip::AlreadyInState), 1);
        QVERIFY(run(unlock));
        QCOMPARE(unlock.count(Status::Done), 30);
        QVERIFY(!query(a.api, users.last()).summary.locked);
    }

    void cancelReportsOnlyWhatHappened()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin a(server);
        a.api.setMaxInFlight(2);
        const QStringList users = makeUsers(a, server, "bulkcancel", 30);
        QCOMPARE(users.size(), 30);
        BulkUserAction engine(&a.api);
        engine.setSelfUserId(server.adminUserId);
        QVERIFY(preview(engine, Action::Lock, users));
        QSignalSpy finished(&engine, &BulkUserAction::finished);
        int cancelAt = 0;
        connect(&engine, &BulkUserAction::progressChanged, &engine, [&](const OperationProgress &p) {
            const int settled = int(p.done);
            if (settled == 3 && cancelAt == 0) {
                cancelAt = settled;
                engine.cancel();
            }
        });
        engine.run();
        QVERIFY(finished.wait(120000));
        QVERIFY(engine.isCancelled());
        QVERIFY(engine.count(Status::NotAttempted) > 0);
        QVERIFY(!engine.allDone());
        QCOMPARE(engine.count(Status::Done) + engine.count(Status::NotAttempted), 30);
        for (const auto &i : engine.items()) {
            // Every outcome is true: done users are locked, not-attempted ones are untouched.
            QCOMPARE(query(a.api, i.userId).summary.locked, i.status == Status::Done);
        }
    }

    void logoutShadowBanAndDeactivate()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Admin a(server);
        const QStringList users =
            makeUsers(a, server, "bulkmisc", 3, { { QStringLiteral("password"), QStringLiteral("pw-1234") } });
        QCOMPARE(users.size(), 3);
        // Two devices for the first two users (admin login as the user makes one each time).
        for (int i = 0; i < 2; ++i) {
            for (int k = 0; k < 2; ++k) {
                std::optional<bool> ok;
                QObject ctx;
                ApiReply *r = a.api.send(
                    ApiRequest::post(u"/_matrix/client/v3/login", {},
                                     { { QStringLiteral("type"), QStringLiteral("m.login.password") },
                                       { QStringLiteral("identifier"),
                                         QJsonObject { { QStringLiteral("type"), QStringLiteral("m.id.user") },
                                                       { QStringLiteral("user"), users.at(i) } } },
                                       { QStringLiteral("password"), QStringLiteral("pw-1234") } })
                        .setAuthenticated(false));
                connect(r, &ApiReply::finished, &ctx, [&ok, r]() { ok = r->ok(); });
                QVERIFY(QTest::qWaitFor([&ok]() { return ok.has_value(); }, 30000));
                QVERIFY(*ok);
            }
            QCOMPARE(deviceCount(a.api, users.at(i)), 2);
        }
        BulkUserAction logout(&a.api);
        logout.setSelfUserId(server.adminUserId);
        QVERIFY(preview(logout, Action::Logout, users + QStringList { server.adminUserId }));
        QCOMPARE(logout.count(Status::Affected), 2);
        QCOMPARE(item(logout, users.at(2))->skip, Skip::AlreadyInState); // no device
        QCOMPARE(item(logout, server.adminUserId)->skip, Skip::Self); // would end this session
        QVERIFY(run(logout));
        QCOMPARE(logout.count(Status::Done), 2);
        QVERIFY(item(logout, users.at(0))->reason.startsWith(QStringLiteral("2 device")));
        QCOMPARE(deviceCount(a.api, users.at(0)), 0);
        QCOMPARE(deviceCount(a.api, users.at(1)), 0);

        BulkUserAction ban(&a.api);
        ban.setSelfUserId(server.adminUserId);
        QVERIFY(preview(ban, Action::ShadowBan, users));
        QVERIFY(run(ban));
        QCOMPARE(ban.count(Status::Done), 3);
        QVERIFY(query(a.api, users.at(1)).summary.shadowBanned);
        BulkUserAction lift(&a.api);
        lift.setSelfUserId(server.adminUserId);
        QVERIFY(preview(lift, Action::LiftShadowBan, users.mid(0, 2)));
        QVERIFY(run(lift));
        QCOMPARE(lift.count(Status::Done), 2);
        QVERIFY(!query(a.api, users.at(0)).summary.shadowBanned);
        QVERIFY(query(a.api, users.at(2)).summary.shadowBanned);

        BulkUserAction deactivate(&a.api);
        deactivate.setSelfUserId(server.adminUserId);
        deactivate.setErase(true);
        QVERIFY(preview(deactivate, Action::Deactivate, users + QStringList { server.adminUserId }));
        QCOMPARE(deactivate.count(Status::Affected), 3);
        QCOMPARE(deactivate.count(Skip::Self), 1);
        QVERIFY(run(deactivate));
        QCOMPARE(deactivate.count(Status::Done), 3);
        for (const QString &id : users) {
            const UserDetails d = query(a.api, id);
            QVERIFY(d.summary.deactivated);
            QVERIFY(d.summary.erased);
        }
        QVERIFY(!query(a.api, server.adminUserId).summary.deactivated);
        // Again: every one is already so.
        BulkUserAction again(&a.api);
        again.setSelfUserId(server.adminUserId);
        again.setErase(true);
        QVERIFY(preview(again, Action::Deactivate, users));
        QCOMPARE(again.count(Skip::AlreadyInState), 3);
    }
};

QTEST_GUILESS_MAIN(TestBulkUserAction)
#include "tst_bulkuseraction.moc"
