// The main window opened in German: its menus, navigation and status bar speak German; French;
// English with its plural forms ("1 user", "2 users").
#include "exportoutput.h"
#include "guitest.h"
#include "health/healthapi.h"
#include "mainwindow.h"
#include "tokens/registrationtokens.h"
#include "translations.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTest>

using namespace Steward;

/// The text of the navigation entry with this page id (the entries' order is not the point here).
static QString navText(const QListWidget *nav, const char *id)
{
    for (int i = 0; i < nav->count(); ++i) {
        if (nav->item(i)->data(Qt::UserRole).toString() == QLatin1String(id)) {
            return nav->item(i)->text();
        }
    }
    return {};
}

class TestTranslations : public StewardTest::GuiTest
{
    Q_OBJECT
private Q_SLOTS:
    void mainWindowInGerman()
    {
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        MainWindow window;
        window.show();
        QStringList menus;
        for (QAction *a : window.menuBar()->actions()) {
            menus << a->text();
        }
        QCOMPARE(menus,
                 (QStringList { QStringLiteral("&Datei"), QStringLiteral("&Server"), QStringLiteral("&Ansicht"),
                                QStringLiteral("&Werkzeuge"), QStringLiteral("&Hilfe") }));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QCOMPARE(navText(nav, "users"), QStringLiteral("Benutzer"));
        QCOMPARE(navText(nav, "rooms"), QStringLiteral("Räume"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionStateLabel"))->text(),
                 QStringLiteral("Nicht verbunden"));
        // Core messages translated by helper functions outside classes (lupdate files them under the
        // namespace) reach the user in German too.
        QCOMPARE(QCoreApplication::translate("Steward::Profile",
                                             "The profile name starts or ends with spaces: remove them."),
                 QStringLiteral("Der Profilname beginnt oder endet mit Leerzeichen: Entfernen Sie diese."));
    }

    // Core texts of plain classes, namespaces and helper functions are translated in the context
    // lupdate files them under (no fallback translator looks elsewhere).
    void coreTextsInGermanAndFrench()
    {
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(RegistrationToken::stateTitle(RegistrationToken::State::Expired), QStringLiteral("abgelaufen"));
        QCOMPARE(RegistrationTokenApi::tokenProblem(QString()), QStringLiteral("Das Token ist leer."));
        QCOMPARE(HealthApi::describeBackgroundJob(QStringLiteral("regenerate_directory")),
                 QStringLiteral("Das Benutzerverzeichnis neu aufbauen (die Suche nach Benutzern)"));
        ExportOutput output;
        QVERIFY(!output.open(QString()));
        QCOMPARE(output.errorString(), QStringLiteral("Kein Dateiname für den Export angegeben."));

        QVERIFY(installTranslations(qApp, QLocale(QLocale::French, QLocale::France)));
        QCOMPARE(RegistrationToken::stateTitle(RegistrationToken::State::Expired), QStringLiteral("expiré"));
        QVERIFY(!output.open(QString()));
        QCOMPARE(output.errorString(), QStringLiteral("Aucun nom de fichier indiqué pour l'export."));
    }

    void mainWindowInFrench()
    {
        QVERIFY(installTranslations(qApp, QLocale(QLocale::French, QLocale::France)));
        MainWindow window;
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QCOMPARE(navText(nav, "users"), QStringLiteral("Utilisateurs"));
        QCOMPARE(navText(nav, "rooms"), QStringLiteral("Salons"));
    }

    // English has no full catalogue, only the plural forms: "%n User(s)" reads "1 User" / "2 Users",
    // also right after another language was chosen (its catalogue goes).
    void pluralsInEnglish()
    {
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        QVERIFY(!installTranslations(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        const auto title = [](int n) {
            return QCoreApplication::translate("Steward::BulkUserActionDialog", "%1 %n User(s)", nullptr, n)
                .arg(QStringLiteral("Lock"));
        };
        QCOMPARE(title(1), QStringLiteral("Lock 1 User"));
        QCOMPARE(title(2), QStringLiteral("Lock 2 Users"));
        QCOMPARE(QCoreApplication::translate("Steward::BulkUserAction", "%1: %n user(s) to change", nullptr, 1),
                 QStringLiteral("%1: 1 user to change"));
        QCOMPARE(QCoreApplication::translate("Steward::BulkUserAction", "%1: %n user(s) to change", nullptr, 2),
                 QStringLiteral("%1: 2 users to change"));
        MainWindow window;
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QCOMPARE(navText(nav, "users"), QStringLiteral("Users"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
