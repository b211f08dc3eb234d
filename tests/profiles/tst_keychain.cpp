// A real round trip through the OS keychain (Secret Service) with the app's own credential store.
// Run by with-keyring.sh inside a private D-Bus session with a throwaway GNOME Keyring: when no
// keyring is available this test FAILS, it never skips.
#include "await.h"
#include "profiles/keychaincredentialstore.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace Steward;

class TestKeychain : public QObject
{
    Q_OBJECT

    template<typename T>
    static std::optional<T> waitFor(std::optional<T> &slot)
    {
        StewardTest::await(slot, 20000);
        return slot;
    }

private Q_SLOTS:
    void environmentHasASecretService()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run this test through tests/profiles/with-keyring.sh");
    }

    void roundTrip()
    {
        KeychainCredentialStore store(QStringLiteral("steward-test"));
        const QString profile = QStringLiteral("round trip ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString token = QStringLiteral("syt_") + QUuid::createUuid().toString(QUuid::Id128);

        std::optional<CredentialError> written;
        store.writeToken(profile, token, this, [&](const CredentialError &e) { written = e; });
        QVERIFY(!written); // asynchronous: the answer comes from the event loop
        QVERIFY(waitFor(written));
        QVERIFY2(written->ok(), qPrintable(written->describe()));

        // Another store object (as another process would) finds the same secret.
        KeychainCredentialStore other(QStringLiteral("steward-test"));
        std::optional<CredentialResult> read;
        other.readToken(profile, this, [&](const CredentialResult &r) { read = r; });
        QVERIFY(waitFor(read));
        QVERIFY2(read->ok(), qPrintable(read->error.describe()));
        QCOMPARE(read->token, token);

        // It really is in the Secret Service, under Steward's service and the profile's key.
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("steward-test"),
                       QStringLiteral("user"), KeychainCredentialStore::keyFor(profile) });
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), token);

        // A different service does not see it.
        KeychainCredentialStore stranger(QStringLiteral("steward-test-other"));
        read.reset();
        stranger.readToken(profile, this, [&](const CredentialResult &r) { read = r; });
        QVERIFY(waitFor(read));
        QCOMPARE(read->error.code, CredentialError::Code::NotFound);

        std::optional<CredentialError> deleted;
        store.deleteToken(profile, this, [&](const CredentialError &e) { deleted = e; });
        QVERIFY(waitFor(deleted));
        QVERIFY2(deleted->ok(), qPrintable(deleted->describe()));

        read.reset();
        store.readToken(profile, this, [&](const CredentialResult &r) { read = r; });
        QVERIFY(waitFor(read));
        QCOMPARE(read->error.code, CredentialError::Code::NotFound);

        // Deleting what is not there is fine (sign out twice).
        deleted.reset();
        store.deleteToken(profile, this, [&](const CredentialError &e) { deleted = e; });
        QVERIFY(waitFor(deleted));
        QVERIFY(deleted->ok());
    }

    void overwriteReplacesTheToken()
    {
        KeychainCredentialStore store(QStringLiteral("steward-test"));
        const QString profile = QStringLiteral("overwrite");
        for (const QString &token : { QStringLiteral("first"), QStringLiteral("second") }) {
            std::optional<CredentialError> written;
            store.writeToken(profile, token, this, [&](const CredentialError &e) { written = e; });
            QVERIFY(waitFor(written));
            QVERIFY(written->ok());
        }
        std::optional<CredentialResult> read;
        store.readToken(profile, this, [&](const CredentialResult &r) { read = r; });
        QVERIFY(waitFor(read));
        QCOMPARE(read->token, QStringLiteral("second"));
        std::optional<CredentialError> deleted;
        store.deleteToken(profile, this, [&](const CredentialError &e) { deleted = e; });
        QVERIFY(waitFor(deleted));
    }

    void contextDeathDropsTheCallback()
    {
        KeychainCredentialStore store(QStringLiteral("steward-test"));
        bool called = false;
        {
            QObject ctx;
            store.readToken(QStringLiteral("whatever"), &ctx, [&](const CredentialResult &) { called = true; });
        }
        QTest::qWait(300);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
