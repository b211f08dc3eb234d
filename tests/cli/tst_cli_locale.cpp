// steward-cli follows the locale like the GUI: German and French from the catalogues compiled into
// steward_core, English (with its plural forms) otherwise.
#include "clirunner.h"

#include <QTest>

using namespace StewardTest;

class TestCliLocale : public QObject
{
    Q_OBJECT

    static CliRun runIn(const QString &lang, const QStringList &args)
    {
        CliOptions options;
        options.env = { { QStringLiteral("LANG"), lang },
                        { QStringLiteral("LC_ALL"), QString() },
                        { QStringLiteral("LC_MESSAGES"), QString() },
                        { QStringLiteral("LANGUAGE"), QString() } };
        options.timeoutMs = 60000;
        return runCli(args, options);
    }
    static CliRun helpIn(const QString &lang) { return runIn(lang, { QStringLiteral("--help") }); }

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

    // Messages of commands' helper functions (outside any class) are translated in the context lupdate
    // files them under, with no fallback translator: they reach the user in the locale's language.
    void helperMessagesFollowTheLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList purge { QStringLiteral("rooms"), QStringLiteral("purge-history") };
        const QStringList mediaList { QStringLiteral("media"), QStringLiteral("list") };
        QTest::newRow("German purge-history")
            << "de_DE.UTF-8" << purge
            << "rooms purge-history erwartet genau einen ROOM (eine Raum-ID wie !abc:example.org)";
        QTest::newRow("French purge-history")
            << "fr_FR.UTF-8" << purge
            << "rooms purge-history attend exactement un ROOM (un identifiant de salon comme !abc:example.org)";
        QTest::newRow("English purge-history")
            << "en_US.UTF-8" << purge
            << "rooms purge-history needs exactly one ROOM (a room ID such as !abc:example.org)";
        QTest::newRow("German media list")
            << "de_DE.UTF-8" << mediaList << "geben Sie genau eines von --user USER_ID oder --room ROOM an";
        QTest::newRow("French media list")
            << "fr_FR.UTF-8" << mediaList << "indiquez exactement l'un de --user USER_ID ou --room ROOM";
    }
    void helperMessagesFollowTheLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = runIn(lang, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLocale)
#include "tst_cli_locale.moc"
