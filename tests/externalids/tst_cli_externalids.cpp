// steward-cli external-ids as a script would run it against the real Synapse.
#include "clirunner.h"
#include "externalidsfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Steward;
using namespace StewardTest;

class TestCliExternalIds : public QObject
{
    Q_OBJECT

    using Run = StewardTest::CliRun;
    Run cli(const QStringList &args)
    {
        return StewardTest::runCli(
            QStringList { QStringLiteral("--homeserver"), m_baseUrl, QStringLiteral("external-ids") } + args,
            { { { QStringLiteral("STEWARD_ACCESS_TOKEN"), m_token },
                { QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")) } } });
    }
    static int count(const QString &out, const char *what)
    {
        const auto m = QRegularExpression(QLatin1String(what) + QStringLiteral("=(\\d+)")).match(out);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    void expectUnchanged()
    {
        for (auto it = m_f.users.begin(); it != m_f.users.end(); ++it) {
            QVERIFY2(sameSet(currentIds(m_api, it.value()), m_f.initial.value(it.key())), qPrintable(it.key()));
        }
    }

    QNetworkAccessManager m_nam;
    ApiService *m_api = nullptr;
    ExternalIdsFixture m_f;
    QTemporaryDir m_dir;
    QString m_token;
    QString m_baseUrl;

private Q_SLOTS:
    void initTestCase()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        m_token = server.adminToken;
        m_baseUrl = server.baseUrl.toString();
        m_api = new ApiService(&m_nam, this);
        m_api->setBaseUrl(server.baseUrl);
        m_api->setAccessToken(server.adminToken);
        QString error;
        m_f = createExternalIdsFixture(m_api, server.serverName, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void listProviders()
    {
        Run r = cli({ QStringLiteral("list-providers"), QStringLiteral("--include-deactivated") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(QRegularExpression(QStringLiteral("\\b5  ") + m_f.providerA).match(r.out).hasMatch(),
                 qPrintable(r.out));
        QVERIFY2(QRegularExpression(QStringLiteral("\\b3  ") + m_f.providerB).match(r.out).hasMatch(),
                 qPrintable(r.out));
        QCOMPARE(count(r.out, "PUTs"), 0);
        r = cli({ QStringLiteral("list-providers") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(QRegularExpression(QStringLiteral("\\b3  ") + m_f.providerA).match(r.out).hasMatch(),
                 qPrintable(r.out));
    }

    void previewAndDryRunChangeNothing()
    {
        const QStringList base { QStringLiteral("remove"), QStringLiteral("--provider"), m_f.providerA,
                                 QStringLiteral("--include-deactivated") };
        Run r = cli(base);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(QStringLiteral("nothing has changed yet")), qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral("--yes")));
        QVERIFY(r.out.contains(m_f.user("aLocked") + QLatin1Char('\t') + m_f.providerA));
        QVERIFY(!r.out.contains(m_f.user("b")));
        QCOMPARE(count(r.out, "PUTs"), 0);
        r = cli(base + QStringList { QStringLiteral("--dry-run"), QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Dry run: nothing was changed.")));
        QVERIFY(r.out.contains(m_f.user("ab") + QLatin1Char('\t') + m_f.providerA + QStringLiteral("/sub-a-ab\t")
                               + m_f.providerB + QStringLiteral("/sub-b-ab")));
        QCOMPARE(count(r.out, "PUTs"), 0);
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("xdg"))).exists()); // no backup for a dry run
        expectUnchanged();
    }

    void usageErrors()
    {
        Run r = cli({ QStringLiteral("remove") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--provider")));
        r = cli({ QStringLiteral("frob") });
        QCOMPARE(r.exitCode, 2);
        r = cli({ QStringLiteral("restore"), m_dir.filePath(QStringLiteral("missing.json")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("missing.json")));
    }

    void removeWithBackupThenRestore()
    {
        const QString backup = m_dir.filePath(QStringLiteral("cli-backup.json"));
        const QString report = m_dir.filePath(QStringLiteral("report.csv"));
        Run r = cli({ QStringLiteral("remove"), QStringLiteral("--provider"), m_f.providerB,
                      QStringLiteral("--include-deactivated"), QStringLiteral("--backup"), backup,
                      QStringLiteral("--report"), report, QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(count(r.out, "PUTs"), 3); // ab, b, abDeact: nobody else is written
        QVERIFY(QFile::exists(backup));
        QVERIFY(currentIds(m_api, m_f.user("b")).isEmpty());
        QVERIFY(sameSet(currentIds(m_api, m_f.user("ab")), { { m_f.providerA, QStringLiteral("sub-a-ab") } }));
        QFile csv(report);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QCOMPARE(text.count(QStringLiteral(",done,")), 3);

        r = cli({ QStringLiteral("restore"), backup });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains(QStringLiteral("3 users would get IDs back")));
        QCOMPARE(count(r.out, "PUTs"), 0);
        r = cli({ QStringLiteral("restore"), backup, QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(count(r.out, "PUTs"), 3);
        expectUnchanged();
        r = cli({ QStringLiteral("restore"), backup, QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(count(r.out, "PUTs"), 0);
    }

    void restoreReports409AndGoesOn()
    {
        const QString backup = m_dir.filePath(QStringLiteral("cli-backup-a.json"));
        Run r = cli({ QStringLiteral("remove"), QStringLiteral("--provider"), m_f.providerA, QStringLiteral("--backup"),
                      backup, QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(count(r.out, "PUTs"), 3); // a, ab, aLocked (deactivated not scanned)
        int status = 0;
        callSync(m_api,
                 ExternalIdsApi::replaceExternalIdsRequest(m_f.user("spare"),
                                                           { { m_f.providerA, QStringLiteral("sub-a-ab") } }),
                 &status);
        QCOMPARE(status, 200);
        r = cli({ QStringLiteral("restore"), backup, QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(m_f.user("ab") + QStringLiteral(": An external ID is now linked to another user")),
                 qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("2 done")));
        QVERIFY(sameSet(currentIds(m_api, m_f.user("a")), m_f.initial.value(QStringLiteral("a"))));
        QVERIFY(sameSet(currentIds(m_api, m_f.user("aLocked")), m_f.initial.value(QStringLiteral("aLocked"))));
        QVERIFY(sameSet(currentIds(m_api, m_f.user("ab")), { { m_f.providerB, QStringLiteral("sub-b-ab") } }));
    }
};

QTEST_GUILESS_MAIN(TestCliExternalIds)
#include "tst_cli_externalids.moc"
