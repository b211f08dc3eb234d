#include "mainwindow.h"

#include "externalidcleanupwizard.h"
#include "mediapurgewizard.h"
#include "rooms/roomsview.h"

#include "bulkjoinwizard.h"
#include "headerstate.h"
#include "steward_version.h"
#include "ui_mainwindow.h"
#include "userdetailspanel.h"
#include "usersview.h"
#include "usersviewsetup.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Steward {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_nam(new QNetworkAccessManager(this))
    , m_session(new ServerSession(m_nam, this))
{
    m_ui->setupUi(this);

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
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_versionLabel);

    addPlaceholder(QStringLiteral("users"), tr("Users"), tr("The users of the server will be listed here."));
    addPlaceholder(QStringLiteral("rooms"), tr("Rooms"), tr("The rooms of the server will be listed here."));
    auto *rooms = new RoomsView(
        m_session, [this](const QStringList &roomIds) { requestBulkJoin({}, roomIds); }, this);
    setPage(QStringLiteral("rooms"), tr("Rooms"), rooms);
    connect(this, &MainWindow::refreshRequested, rooms, &RoomsView::refresh);
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pageStack, &QStackedWidget::setCurrentIndex);
    m_ui->navigationList->setCurrentRow(0);
    installUsersView(this);
    if (auto *users = qobject_cast<UsersView *>(page(QStringLiteral("users")))) {
        connect(users->detailsPanel(), &UserDetailsPanel::roomActivated, rooms, [this, rooms](const QString &roomId) {
            showPage(QStringLiteral("rooms"));
            rooms->openRoom(roomId);
        });
    }

    for (const auto &[name, text] : { std::pair { "actionBulkJoin", tr("&Bulk Join Users to Rooms…") },
                                      std::pair { "actionMediaPurge", tr("&Purge Old Media…") },
                                      std::pair { "actionExternalIdCleanup", tr("&External-ID Cleanup…") } }) {
        auto *action = m_ui->menuTools->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setEnabled(false);
        action->setToolTip(tr("Not available in this version yet"));
    }
    if (auto *action = m_ui->menuTools->findChild<QAction *>(QStringLiteral("actionExternalIdCleanup"))) {
        action->setEnabled(true);
        action->setToolTip(tr("Find and remove identity-provider links, with backup and restore"));
        connect(action, &QAction::triggered, this, [this]() {
            auto *wizard =
                new ExternalIdCleanupWizard(m_session->api(), m_session->status().baseUrl.toDisplayString(), this);
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
    BulkJoinWizard::install(this);

    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    connect(m_ui->actionReconnect, &QAction::triggered, this, [this]() {
        if (m_session->api()->baseUrl().isValid()) {
            m_session->open(m_session->api()->baseUrl(), m_session->api()->accessToken());
        }
    });
    m_ui->actionSwitchProfile->setEnabled(false);
    connect(m_session, &ServerSession::stateChanged, this, &MainWindow::updateConnectionState);
    updateConnectionState();

    QSettings settings;
    resize(1280, 800);
    m_ui->splitter->setSizes({ 150, 1130 });
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("MainWindow/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(QStringLiteral("MainWindow/splitter"), m_ui->splitter->saveState());
    QMainWindow::closeEvent(event);
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
            return;
        }
    }
    m_ui->pageStack->addWidget(page);
    auto *item = new QListWidgetItem(title, m_ui->navigationList);
    item->setData(Qt::UserRole, id);
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
    m_profileCombo->clear();
    m_profileCombo->addItem(label);
    m_session->open(baseUrl, token);
}

void MainWindow::requestBulkJoin(const QStringList &userIds, const QStringList &roomIds)
{
    Q_EMIT bulkJoinRequested(userIds, roomIds);
}

void MainWindow::updateConnectionState()
{
    const ServerStatus &s = m_session->status();
    const QString server = s.baseUrl.isValid() ? s.baseUrl.toDisplayString() : QString();
    switch (m_session->state()) {
    case ServerSession::State::Disconnected:
        m_stateLabel->setText(tr("Not connected"));
        break;
    case ServerSession::State::Connecting:
        m_stateLabel->setText(tr("Connecting to %1…").arg(server));
        break;
    case ServerSession::State::Connected:
        m_stateLabel->setText(tr("Connected"));
        break;
    case ServerSession::State::Failed:
        m_stateLabel->setText(tr("Connection failed: %1").arg(m_session->lastError().describe()));
        break;
    }
    const bool connected = m_session->state() == ServerSession::State::Connected;
    m_serverLabel->setText(server.isEmpty() ? QString() : tr("Server: %1").arg(server));
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
    QMessageBox::about(
        this, tr("About Steward"),
        tr("<h3>Steward %1</h3><p>Administration of Matrix Synapse homeservers.</p>"
           "<p>Qt %2<br>Server: %3</p>")
            .arg(QStringLiteral(STEWARD_VERSION_STRING), QString::fromLatin1(qVersion()),
                 s.serverVersion.isEmpty() ? tr("not connected") : tr("Synapse %1").arg(s.serverVersion)));
}

} // namespace Steward
