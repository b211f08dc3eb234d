// steward-cli follows the locale like the GUI: German and French from the catalogues compiled into
// steward_core, English (with its plural forms) otherwise.
#include "clirunner.h"

#include <QTest>

using namespace StewardTest;

class TestCliLocale : public QObject
{
    Q_OBJECT

    static CliRun helpIn(const QString &lang)
    {
        CliOptions options;
        options.env = { { QStringLiteral("LANG"), lang },
                        { QStringLiteral("LC_ALL"), QString() },
                        { QStringLiteral("LC_MESSAGES"), QString() },
                        { QStringLiteral("LANGUAGE"), QString() } };
        options.timeoutMs = 60000;
        return runCli({ QStringLiteral("--help") }, options);
    }

private Q_SLOTS:
    void helpFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("description");
        QTest::newRow("German") << "de_DE.UTF-8"
                                << "Steward: einen Matrix-Synapse-Homeserver verwalten.";
        QTest::newRow("French") << "fr_FR.UTF-8"
                                << "Steward : administrer un serveur d'accueil Matrix Synapse.";
        QTest::newRow("English") << "en_US.UTF-8"
                                 << "Steward: administer a Matrix Synapse homeserver.";
        QTest::newRow("C") << "C"
                           << "Steward: administer a Matrix Synapse homeserver.";
    }
    void helpFollowsTheLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, description);
        const CliRun r = helpIn(lang);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(description), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliLocale)
#include "tst_cli_locale.moc"
