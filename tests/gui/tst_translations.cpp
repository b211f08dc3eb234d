// The main window opened in German: its menus, navigation and status bar speak German.
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTest>

using namespace Steward;

class TestTranslations : public QObject
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
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Benutzer"));
        QCOMPARE(nav->item(1)->text(), QStringLiteral("Räume"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionStateLabel"))->text(),
                 QStringLiteral("Nicht verbunden"));
        // Core messages translated by helper functions outside classes (lupdate files them under the
        // namespace) reach the user in German too.
        QCOMPARE(QCoreApplication::translate("Steward::Profile",
                                             "The profile name starts or ends with spaces: remove them."),
                 QStringLiteral("Der Profilname beginnt oder endet mit Leerzeichen: Entfernen Sie diese."));
    }

    void mainWindowInFrench()
    {
        QVERIFY(installTranslations(qApp, QLocale(QLocale::French, QLocale::France)));
        MainWindow window;
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Utilisateurs"));
        QCOMPARE(nav->item(1)->text(), QStringLiteral("Salons"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
