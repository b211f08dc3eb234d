#include "mainwindow.h"

#include "externalids/externalidcleanupwizard.h"
#include "health/healthviews.h"
#include "health/overviewview.h"
#include "matrixid.h"
#include "media/mediapurgewizard.h"
#include "media/mediaview.h"
#include "notices/noticessetup.h"
#include "rooms/roomsview.h"

#include "bulkjoin/bulkjoinwizard.h"
#include "headerstate.h"
#include "icons.h"
#include "preferencesdialog.h"
#include "reports/reportsview.h"
#include "servergate.h"
#include "steward_version.h"
#include "ui_mainwindow.h"
#include "uiconventions.h"
#include "users/userdetailspanel.h"
#include "users/usersview.h"
#include "users/usersviewsetup.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace Steward {

namespace {
/// Freedesktop icon names of the navigation entries.
const char *pageIconName(const QString &id)
{
    if (id == u"overview") {
        return "computer";
    }
    if (id == u"federation") {
        return "network-workgroup";
    }
    if (id == u"maintenance") {
        return "system-run";
    }
    if (id == u"users") {
        return "system-users";
    }
    if (id == u"rooms") {
        return "internet-group-chat";
    }
    if (id == u"tokens") {
        return "dialog-password";
    }
    if (id == u"reports") {
        return "flag";
    }
    return nullptr;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_nam(new QNetworkAccessManager(this))
    , m_session(new ServerSession(m_nam, this))
    , m_gate(new ServerGate(m_session, this))
{
    installUiConventions();
    m_ui->setupUi(this);
    m_session->setReconnectAutomatically(true);
    PreferencesDialog::applyTo(m_session->api());

    auto *profileLabel = new QLabel(tr("Server:"), this);
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Server profile"));
    m_profileCombo->setMinimumContentsLength(28);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    profileLabel->setBuddy(m_profileCombo);
    profileLabel->setContentsMargins(6, 0, 6, 0);
    m_ui->mainToolBar->addWidget(profileLabel);
    m_ui->mainToolBar->addWidget(m_profileCombo);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_ui->actionRefresh);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("connectionStateLabel"));
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(QStringLiteral("serverVersionLabel"));
    // A long state (a failure's reason) is elided by the status bar, never widens the window; the
    // whole text is in the tooltip.
    m_stateLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    for (QLabel *label : { m_serverLabel, m_userLabel, m_versionLabel }) {
        label->setContentsMargins(8, 0, 0, 0);
    }
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_versionLabel);

    // The banner over the views while the server cannot be reached: what is shown is kept, but stale.
    m_ui->connectionBanner->setVisible(false);
    m_ui->connectionBanner->setAutoFillBackground(true);
    m_ui->connectionBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->connectionBannerLabel->setForegroundRole(QPalette::ToolTipText);
    m_ui->connectionBannerIcon->setPixmap(themedIcon("network-offline").pixmap(22, 22));
    m_ui->reconnectButton->setIcon(themedIcon("network-connect"));
    connect(m_ui->reconnectButton, &QPushButton::clicked, this, &MainWindow::reconnect);

    // Ctrl+1, Ctrl+2, ... (View menu) are added with the pages; Refresh comes after them.
    m_ui->menuView->insertSeparator(m_ui->actionRefresh);

    // The overview comes first: it is what the window opens on (installHealthViews fills it in).
    addPlaceholder(QStringLiteral("overview"), tr("Overview"), tr("How the server is will be shown here."));
    addPlaceholder(QStringLiteral("users"), tr("Users"), tr("The users of the server will be listed here."));
    addPlaceholder(QStringLiteral("rooms"), tr("Rooms"), tr("The rooms of the server will be listed here."));
    auto *rooms = new RoomsView(
        m_session, [this](const QStringList &roomIds) { requestBulkJoin({}, roomIds); }, this);
    setPage(QStringLiteral("rooms"), tr("Rooms"), rooms);
    connect(this, &MainWindow::refreshRequested, rooms, &RoomsView::refresh);
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pageStack, &QStackedWidget::setCurrentIndex);
    m_ui->navigationList->setCurrentRow(0);
    installUsersView(this);
    installHealthViews(this);
    if (auto *users = qobject_cast<UsersView *>(page(QStringLiteral("users")))) {
        connect(users->detailsPanel(), &UserDetailsPanel::roomActivated, rooms, [this, rooms](const QString &roomId) {
            showPage(QStringLiteral("rooms"));
            rooms->openRoom(roomId);
        });
    }

    // Reports: the view, and the count of new reports on its navigation entry.
    auto *reports = new ReportsView(m_session, this);
    setPage(QStringLiteral("reports"), tr("Reports"), reports);
    connect(this, &MainWindow::refreshRequested, reports, &ReportsView::refresh);
    const auto showUnreadReports = [this](int count) {
        for (int i = 0; i < m_ui->navigationList->count(); ++i) {
            if (m_ui->navigationList->item(i)->data(Qt::UserRole).toString() == u"reports") {
                m_ui->navigationList->item(i)->setText(count > 0 ? tr("Reports (%1)").arg(count) : tr("Reports"));
            }
        }
        // The overview's "Unread reports" figure, linking to the Reports view.
        if (auto *overview = qobject_cast<OverviewView *>(page(QStringLiteral("overview")))) {
            overview->setReportsFigure(ReportsView::tr("%n new report(s)", nullptr, count), QStringLiteral("reports"));
        }
    };
    connect(reports, &ReportsView::unreadCountChanged, this, showUnreadReports);
    showUnreadReports(reports->unreadCount());

    for (const auto &[name, text, icon] :
         { std::tuple { "actionBulkJoin", tr("&Bulk Join Users to Rooms…"), "list-add-user" },
           std::tuple { "actionMediaPurge", tr("&Purge Old Media…"), "edit-delete" },
           std::tuple { "actionExternalIdCleanup", tr("&External-ID Cleanup…"), "edit-clear" } }) {
        auto *action = m_ui->menuTools->addAction(themedIcon(icon), text);
        action->setObjectName(QLatin1String(name));
        action->setEnabled(false);
        action->setToolTip(tr("Not available in this version yet"));
        m_gate->hold(action);
    }
    if (auto *action = m_ui->menuTools->findChild<QAction *>(QStringLiteral("actionExternalIdCleanup"))) {
        action->setEnabled(true);
        action->setToolTip(tr("Find and remove identity-provider links, with backup and restore"));
        connect(action, &QAction::triggered, this, [this]() {
            auto *wizard =
                new ExternalIdCleanupWizard(m_session->api(), m_session->status().baseUrl.toDisplayString(), this);
            wizard->setServerName(MatrixId::serverName(m_session->status().whoAmI.userId));
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            wizard->show();
        });
    }

    for (const QString &name : { QStringLiteral("users"), QStringLiteral("rooms") }) {
        if (auto *table = findChild<QTableView *>(name + QStringLiteral("Table"))) {
            rememberHeaderState(table, name, m_session);
        }
    }

    MediaPurgeWizard::installAction(this);
    installMediaView(this);
    BulkJoinWizard::install(this);
    installNoticesAndTokens(this);
    holdServerActions();

    m_ui->actionQuit->setIcon(themedIcon("application-exit"));
    m_ui->actionRefresh->setIcon(themedIcon("view-refresh"));
    m_ui->actionReconnect->setIcon(themedIcon("network-connect"));
    m_ui->actionSwitchProfile->setIcon(themedIcon("system-switch-user"));
    m_ui->actionPreferences->setIcon(themedIcon("preferences-system"));
    m_ui->actionAbout->setIcon(themedIcon("help-about"));
    m_ui->actionRefresh->setToolTip(tr("Reload the current view (F5); when the server is unreachable, try it now"));

    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionReconnect, &QAction::triggered, this, &MainWindow::reconnect);
    m_ui->actionSwitchProfile->setEnabled(false);
    connect(m_session, &ServerSession::stateChanged, this, &MainWindow::updateConnectionState);
    connect(m_session, &ServerSession::reachabilityChanged, this, &MainWindow::updateConnectionState);
    connect(m_session, &ServerSession::reconnected, this, &MainWindow::refreshRequested);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &MainWindow::updateConnectionState);
    updateConnectionState();

    // Nothing is cut off down to this size (checked with screenshots at 900x600).
    setMinimumSize(900, 600);
    QSettings settings;
    resize(1280, 800);
    m_ui->splitter->setSizes({ 150, 1130 });
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("MainWindow/splitter")).toByteArray());
}

void MainWindow::holdServerActions()
{
    // Panels as a whole (their buttons keep the state the panel gives them) and the views' buttons
    // that start something on the server. Refresh and Retry stay: they try the server again.
    for (const char *name : { "userDetailsPanel", "roomDetailsPanel", "createUserButton", "exportUsersButton",
                              "joinSelectedUsersButton", "bulkActionsButton", "roomsJoinUsersButton" }) {
        if (auto *widget = findChild<QWidget *>(QLatin1String(name))) {
            m_gate->hold(widget);
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing == Closing::No) {
        QSettings settings;
        settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("MainWindow/state"), saveState());
        settings.setValue(QStringLiteral("MainWindow/splitter"), m_ui->splitter->saveState());
    }
    if (m_closing == Closing::Done || m_closeTasks.empty()) {
        m_closing = Closing::Done;
        QMainWindow::closeEvent(event);
        return;
    }
    // Finish the close tasks first, with the normal event loop; close for real afterwards.
    event->ignore();
    if (m_closing == Closing::Finishing) {
        return;
    }
    m_closing = Closing::Finishing;
    m_stateLabel->setText(tr("Signing out of the sessions kept for this session only…"));
    auto finish = [self = QPointer<MainWindow>(this)]() {
        if (self && self->m_closing == Closing::Finishing) {
            self->m_closing = Closing::Done;
            self->close();
        }
    };
    QTimer::singleShot(closeWait, this, finish);
    auto remaining = std::make_shared<int>(int(m_closeTasks.size()));
    const auto tasks = std::move(m_closeTasks);
    m_closeTasks.clear();
    for (const CloseTask &task : tasks) {
        task([this, remaining, finish]() {
            if (--*remaining == 0) {
                QMetaObject::invokeMethod(this, finish, Qt::QueuedConnection);
            }
        });
    }
}

MainWindow::~MainWindow() = default;

QMenu *MainWindow::toolsMenu() const
{
    return m_ui->menuTools;
}

void MainWindow::addPlaceholder(const QString &id, const QString &title, const QString &text)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(text, page);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    layout->addWidget(label);
    setPage(id, title, page);
}

void MainWindow::setPage(const QString &id, const QString &title, QWidget *page)
{
    page->setProperty("stewardPageId", id);
    for (int i = 0; i < m_ui->pageStack->count(); ++i) {
        QWidget *old = m_ui->pageStack->widget(i);
        if (old->property("stewardPageId").toString() == id) {
            m_ui->pageStack->insertWidget(i, page);
            m_ui->pageStack->removeWidget(old);
            old->deleteLater();
            m_ui->pageStack->setCurrentIndex(qMax(0, m_ui->navigationList->currentRow())); // removal moved it
            m_ui->navigationList->item(i)->setText(title);
            if (auto *action = findChild<QAction *>(QStringLiteral("actionShowView_") + id)) {
                action->setText(title);
            }
            return;
        }
    }
    m_ui->pageStack->addWidget(page);
    auto *item = new QListWidgetItem(title, m_ui->navigationList);
    item->setData(Qt::UserRole, id);
    // View > <title> with Ctrl+<position>.
    auto *show = new QAction(title, this);
    show->setObjectName(QStringLiteral("actionShowView_") + id);
    if (const char *icon = pageIconName(id)) {
        item->setIcon(themedIcon(icon));
        show->setIcon(item->icon());
    }
    const int position = m_ui->navigationList->count();
    if (position <= 9) {
        show->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(position)));
    }
    connect(show, &QAction::triggered, this, [this, id]() { showPage(id); });
    m_ui->menuView->insertAction(m_ui->menuView->actions().value(position - 1), show);
}

QWidget *MainWindow::page(const QString &id) const
{
    for (int i = 0; i < m_ui->pageStack->count(); ++i) {
        if (m_ui->pageStack->widget(i)->property("stewardPageId").toString() == id) {
            return m_ui->pageStack->widget(i);
        }
    }
    return nullptr;
}

void MainWindow::showPage(const QString &id)
{
    for (int i = 0; i < m_ui->navigationList->count(); ++i) {
        if (m_ui->navigationList->item(i)->data(Qt::UserRole).toString() == id) {
            m_ui->navigationList->setCurrentRow(i);
        }
    }
}

void MainWindow::openConnection(const QString &label, const QUrl &baseUrl, const QString &token)
{
    m_connectionLabel = label;
    m_wasOpened = true;
    m_profileCombo->clear();
    m_profileCombo->addItem(label);
    m_session->open(baseUrl, token);
}

void MainWindow::requestBulkJoin(const QStringList &userIds, const QStringList &roomIds)
{
    Q_EMIT bulkJoinRequested(userIds, roomIds);
}

void MainWindow::refresh()
{
    if (m_session->isServerAvailable()) {
        Q_EMIT refreshRequested();
    } else {
        m_session->reconnect(); // reloads through reconnected() once the server answers
    }
}

void MainWindow::reconnect()
{
    if (m_session->isServerAvailable()) {
        Q_EMIT refreshRequested();
    } else {
        m_session->reconnect();
    }
}

QString MainWindow::offlineText() const
{
    const QString since = QLocale().toString(m_session->unreachableSince().time(), QLocale::ShortFormat);
    const QDeadlineTimer next = m_session->nextAttempt();
    if (next.isForever()) {
        return tr("Offline since %1").arg(since);
    }
    if (next.hasExpired()) {
        return tr("Offline since %1 — trying to reconnect…").arg(since);
    }
    const int seconds = int(std::ceil(double(next.remainingTime()) / 1000.0));
    return tr("Offline since %1 — reconnecting in %n s", nullptr, seconds).arg(since);
}

void MainWindow::updateConnectionState()
{
    const ServerStatus &s = m_session->status();
    const QString server = s.baseUrl.isValid() ? s.baseUrl.toDisplayString() : QString();
    const bool reachable = m_session->isServerReachable();
    if (m_closing == Closing::Finishing) {
        return; // the closing message stays
    }
    switch (m_session->state()) {
    case ServerSession::State::Disconnected:
        m_stateLabel->setText(m_wasOpened ? tr("Signed out") : tr("Not connected"));
        break;
    case ServerSession::State::Connecting:
        m_stateLabel->setText(tr("Connecting to %1…").arg(server));
        break;
    case ServerSession::State::Connected:
        if (m_session->isSignedOut()) {
            m_stateLabel->setText(tr("Signed out: the server no longer accepts the access token. Sign in again."));
        } else if (!reachable) {
            m_stateLabel->setText(offlineText());
        } else {
            m_stateLabel->setText(tr("Connected"));
        }
        break;
    case ServerSession::State::Failed:
        m_stateLabel->setText(reachable ? tr("Connection failed: %1").arg(m_session->lastError().describe())
                                        : offlineText());
        m_stateLabel->setToolTip(m_session->lastError().describe());
        break;
    }
    if (m_session->state() != ServerSession::State::Failed || !reachable) {
        m_stateLabel->setToolTip(m_stateLabel->text());
    }

    const bool stale = !reachable
        && (m_session->state() == ServerSession::State::Connected
            || m_session->state() == ServerSession::State::Failed);
    if (stale) {
        const QString since = QLocale().toString(m_session->unreachableSince().time(), QLocale::ShortFormat);
        m_ui->connectionBannerLabel->setText(
            m_session->state() == ServerSession::State::Connected
                ? tr("<b>%1 does not answer (since %2).</b> What you see was loaded before and may be out of date; "
                     "actions that change the server are disabled until it answers again. Steward keeps trying "
                     "by itself.")
                      .arg(server.toHtmlEscaped(), since)
                : tr("<b>%1 does not answer (since %2).</b> Steward keeps trying by itself and connects as soon as "
                     "the server is back.")
                      .arg(server.toHtmlEscaped(), since));
    }
    m_ui->connectionBanner->setVisible(stale);
    if (stale && !m_countdown.isActive()) {
        m_countdown.start();
    } else if (!stale) {
        m_countdown.stop();
    }

    const bool connected = m_session->state() == ServerSession::State::Connected;
    m_serverLabel->setText(server.isEmpty() ? QString() : tr("Server: %1").arg(s.baseUrl.authority()));
    m_serverLabel->setToolTip(server);
    m_userLabel->setText(connected && !s.whoAmI.userId.isEmpty()
                             ? tr("Signed in as %1%2").arg(s.whoAmI.userId, s.isAdmin ? tr(" (admin)") : QString())
                             : QString());
    m_versionLabel->setText(connected && !s.serverVersion.isEmpty() ? tr("Synapse %1").arg(s.serverVersion)
                                                                    : QString());
    setWindowTitle(connected ? tr("%1 — Steward").arg(m_connectionLabel.isEmpty() ? server : m_connectionLabel)
                             : tr("Steward"));
}

void MainWindow::showAbout()
{
    const ServerStatus &s = m_session->status();
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("About Steward"),
        tr("<h3>Steward %1</h3><p>Administration of Matrix Synapse homeservers.</p>"
           "<p>Qt %2<br>Server: %3</p>")
            .arg(QStringLiteral(STEWARD_VERSION_STRING), QString::fromLatin1(qVersion()),
                 s.serverVersion.isEmpty() ? tr("not connected") : tr("Synapse %1").arg(s.serverVersion)),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_session->api(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Steward
