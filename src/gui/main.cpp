#include "mainwindow.h"
#include "profiles/profilecontroller.h"
#include "sandboxconnection.h"
#include "steward_version.h"
#include "translations.h"
#include "widgethelpers.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <cstdio>

int main(int argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        bool justAsking = false;
        for (int i = 1; i < argc; ++i) {
            const QByteArray arg(argv[i]);
            justAsking |= arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h";
        }
        if (!justAsking) {
            std::fputs("steward: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                       "Run Steward inside a desktop session, or give it a virtual display:\n"
                       "  xvfb-run -a steward ...        (Debian package xvfb)\n"
                       "or use the command-line face, steward-cli.\n",
                       stderr);
            return 2;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("steward"));
    QApplication::setOrganizationName(QStringLiteral("steward"));
    QApplication::setApplicationDisplayName(QStringLiteral("Steward"));
    QApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.stewardproject.Steward"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.stewardproject.Steward"), QIcon(QStringLiteral(":/icons/steward.svg"))));

    Steward::installTranslations(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Administer Matrix Synapse homeservers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Connect to the local sandbox homeserver described by FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption homeserverOption(
        QStringLiteral("homeserver"), QApplication::translate("main", "Connect to this homeserver without signing in."),
        QStringLiteral("URL"));
    // For scripts that take the README's screenshots: open a view, or trigger a menu action (by its
    // object name, e.g. actionBulkJoin) once the connection is up.
    QCommandLineOption showOption(QStringLiteral("show"),
                                  QApplication::translate("main", "Open VIEW (users, rooms, reports)."),
                                  QStringLiteral("VIEW"));
    showOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption actionOption(QStringLiteral("trigger"),
                                    QApplication::translate("main", "Trigger the action ACTION once connected."),
                                    QStringLiteral("ACTION"));
    actionOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ sandboxOption, homeserverOption, showOption, actionOption });
    parser.process(app);

    Steward::MainWindow window;
    window.show();
    if (parser.isSet(showOption)) {
        window.showPage(parser.value(showOption));
    }
    if (parser.isSet(actionOption)) {
        const QString actionName = parser.value(actionOption);
        QObject::connect(window.session(), &Steward::ServerSession::stateChanged, &window,
                         [&window, actionName](Steward::ServerSession::State state) {
                             if (state != Steward::ServerSession::State::Connected) {
                                 return;
                             }
                             QTimer::singleShot(500, &window, [&window, actionName]() {
                                 if (auto *action = window.findChild<QAction *>(actionName)) {
                                     action->trigger();
                                 }
                             });
                         });
    }
    if (parser.isSet(sandboxOption)) {
        const auto sandbox = Steward::SandboxConnection::load(parser.value(sandboxOption));
        if (!sandbox.error.isEmpty()) {
            Steward::Widgets::openMessage(&window, "sandboxErrorBox", QMessageBox::Critical,
                                          QApplication::translate("main", "Sandbox"), sandbox.error);
        } else {
            window.openConnection(
                QApplication::translate("main", "Sandbox (%1)").arg(sandbox.baseUrl.toDisplayString()), sandbox.baseUrl,
                sandbox.token);
        }
    } else if (parser.isSet(homeserverOption)) {
        const QUrl url = QUrl::fromUserInput(parser.value(homeserverOption));
        window.openConnection(url.toDisplayString(), url, QString());
    } else {
        (new Steward::ProfileController(&window))->start(); // saved profiles; the first start opens the dialog
    }
    return app.exec();
}
