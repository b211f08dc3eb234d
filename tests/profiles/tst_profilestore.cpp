// Profiles in settings, secrets apart: round trip, name rules, address parsing, transport rules,
// and the in-memory credential store the other tests stand on.
#include "matrixid.h"
#include "profiles/memorycredentialstore.h"
#include "profiles/profilestore.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Steward;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("steward.conf"));
        Profile p;
        p.name = QStringLiteral("work / prod");
        p.baseUrl = QUrl(QStringLiteral("https://matrix.example.org/prefix"));
        p.serverName = QStringLiteral("example.org");
        p.userId = QStringLiteral("@admin:example.org");
        p.deviceId = QStringLiteral("ABCDEF");
        p.lastUsed = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
        p.allowInsecureHttp = true;
        p.pinnedCertificateSha256 = QByteArray(32, '\x5a');
        {
            ProfileStore store(file);
            QVERIFY(store.profiles().isEmpty());
            store.save(p);
            Profile q = p;
            q.name = QStringLiteral("alpha");
            q.pinnedCertificateSha256.clear();
            store.save(q);
            store.markUsed(p.name);
        }
        ProfileStore reopened(file);
        const QList<Profile> all = reopened.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("alpha"));
        const auto back = reopened.profile(p.name);
        QVERIFY(back.has_value());
        QCOMPARE(back->baseUrl, p.baseUrl);
        QCOMPARE(back->serverName, p.serverName);
        QCOMPARE(back->userId, p.userId);
        QCOMPARE(back->deviceId, p.deviceId);
        QVERIFY(back->lastUsed > p.lastUsed); // markUsed stamped it
        QCOMPARE(back->allowInsecureHttp, true);
        QCOMPARE(back->pinnedCertificateSha256, p.pinnedCertificateSha256);
        QVERIFY(reopened.profile(QStringLiteral("alpha"))->pinnedCertificateSha256.isEmpty());
        QCOMPARE(reopened.lastUsedProfileName(), p.name);

        reopened.remove(p.name);
        QVERIFY(!reopened.contains(p.name));
        QVERIFY(reopened.lastUsedProfileName().isEmpty());
        QCOMPARE(reopened.profiles().size(), 1);
        QVERIFY(!reopened.profile(QStringLiteral("nope")).has_value());
    }

    void defaultStoreUsesTestLocation()
    {
        ProfileStore store;
        QVERIFY2(store.fileName().contains(QStringLiteral("qttest")), qPrintable(store.fileName()));
    }

    void profileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("work") << true;
        QTest::newRow("spaces inside") << QStringLiteral("my server") << true;
        QTest::newRow("unicode") << QStringLiteral("Büro") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral("   ") << false;
        QTest::newRow("leading space") << QStringLiteral(" work") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
        QTest::newRow("too long") << QString(65, u'x') << false;
    }
    void profileNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(profileNameProblem(name).isEmpty(), ok);
    }

    void homeserverAddress_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("server name") << QStringLiteral("example.org") << QStringLiteral("https://example.org");
        QTest::newRow("with port") << QStringLiteral("example.org:8448") << QStringLiteral("https://example.org:8448");
        QTest::newRow("https url") << QStringLiteral(" https://matrix.example.org/ ")
                                   << QStringLiteral("https://matrix.example.org");
        QTest::newRow("path prefix") << QStringLiteral("https://h.example/matrix/")
                                     << QStringLiteral("https://h.example/matrix");
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8008")
                                       << QStringLiteral("http://127.0.0.1:8008");
        QTest::newRow("query dropped") << QStringLiteral("https://h.example/?x=1")
                                       << QStringLiteral("https://h.example");
        QTest::newRow("ftp") << QStringLiteral("ftp://h.example") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("space") << QStringLiteral("exa mple.org") << QString();
        QTest::newRow("user info") << QStringLiteral("https://user:pw@h.example") << QString();
    }
    void homeserverAddress()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QUrl url = parseHomeserverAddress(input);
        QCOMPARE(url.isValid() ? url.toString() : QString(), expected);
    }

    void transport_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<bool>("needsConfirmation");
        QTest::newRow("https") << QStringLiteral("https://example.org") << false << false;
        QTest::newRow("http remote") << QStringLiteral("http://example.org") << false << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8008") << true << false;
        QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3") << true << false;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8008") << true << false;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8008") << true << false;
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.5") << false << true;
        QTest::newRow("http localhost.evil") << QStringLiteral("http://localhost.evil.example") << false << true;
    }
    void transport()
    {
        QFETCH(QString, url);
        QFETCH(bool, loopback);
        QFETCH(bool, needsConfirmation);
        QCOMPARE(Transport::isLoopback(QUrl(url)), loopback);
        QCOMPARE(Transport::needsInsecureConfirmation(QUrl(url)), needsConfirmation);
    }

    void userIdServerName()
    {
        QCOMPARE(MatrixId::serverName(QStringLiteral("@a:example.org:8448")), QStringLiteral("example.org:8448"));
        QCOMPARE(MatrixId::serverName(QStringLiteral("nonsense")), QString());
    }

    void memoryCredentialStore()
    {
        MemoryCredentialStore store;
        QObject ctx;
        CredentialError written { CredentialError::Code::Other, {} };
        store.writeToken(QStringLiteral("p"), QStringLiteral("secret"), &ctx,
                         [&](const CredentialError &e) { written = e; });
        QTRY_VERIFY(written.ok());
        std::optional<CredentialResult> read;
        store.readToken(QStringLiteral("p"), &ctx, [&](const CredentialResult &r) { read = r; });
        QVERIFY(!read); // asynchronous, like the real keychain
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->token, QStringLiteral("secret"));
        read.reset();
        store.setUnavailable(true);
        store.readToken(QStringLiteral("p"), &ctx, [&](const CredentialResult &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->error.code, CredentialError::Code::Unavailable);
        QVERIFY(read->error.describe().contains(QStringLiteral("session only")));
        store.setUnavailable(false);
        read.reset();
        std::optional<CredentialError> deleted;
        store.deleteToken(QStringLiteral("p"), &ctx, [&](const CredentialError &e) { deleted = e; });
        QTRY_VERIFY(deleted.has_value());
        store.readToken(QStringLiteral("p"), &ctx, [&](const CredentialResult &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->error.code, CredentialError::Code::NotFound);
    }

    void noSecretInSettingsFile()
    {
        // The Profile struct has no token field; make sure nothing secret-looking is written either.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.conf"));
        {
            ProfileStore store(file);
            Profile p;
            p.name = QStringLiteral("x");
            p.baseUrl = QUrl(QStringLiteral("https://h.example"));
            store.save(p);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll().toLower();
        QVERIFY(!content.contains("token"));
        QVERIFY(!content.contains("password"));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
