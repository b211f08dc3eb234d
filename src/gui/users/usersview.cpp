#include "users/usersview.h"

#include "matrixid.h"
#include "profiles/authapi.h"
#include "selectionkeeper.h"
#include "tableviewsetup.h"
#include "users/useractiondialogs.h"
#include "users/userdetailspanel.h"
#include "users/userexport.h"
#include "users/userlistmodel.h"
#include "widgethelpers.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Steward {

UsersView::UsersView(ApiService *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new UserListModel(api, this))
{
    setObjectName(QStringLiteral("usersView"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("userSearchEdit"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setPlaceholderText(tr("Search user name or display name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    auto *create = new QPushButton(tr("&Create User…"), this);
    create->setObjectName(QStringLiteral("createUserButton"));
    create->setAccessibleName(tr("Create user"));
    top->addWidget(create);
    m_bulkJoinButton = new QPushButton(tr("&Join Selected Users to Rooms…"), this);
    m_bulkJoinButton->setObjectName(QStringLiteral("joinSelectedUsersButton"));
    m_bulkJoinButton->setAccessibleName(tr("Join selected users to rooms"));
    top->addWidget(m_bulkJoinButton);
    m_bulkButton = new QPushButton(tr("&Selected Users"), this);
    m_bulkButton->setObjectName(QStringLiteral("bulkActionsButton"));
    m_bulkButton->setAccessibleName(tr("Actions on the selected users"));
    m_bulkButton->setToolTip(tr("Lock, unlock, shadow-ban, log out or deactivate every selected user"));
    auto *bulkMenu = new QMenu(m_bulkButton);
    bulkMenu->setObjectName(QStringLiteral("bulkActionsMenu"));
    const struct
    {
        const char *name;
        QString text;
        BulkUserAction::Action action;
        bool erase;
    } bulkActions[] = {
        { "bulkLockAction", tr("&Lock…"), BulkUserAction::Action::Lock, false },
        { "bulkUnlockAction", tr("&Unlock…"), BulkUserAction::Action::Unlock, false },
        { "bulkShadowBanAction", tr("&Shadow-Ban…"), BulkUserAction::Action::ShadowBan, false },
        { "bulkUnshadowBanAction", tr("Lift Shadow-&Ban…"), BulkUserAction::Action::LiftShadowBan, false },
        { "bulkLogoutAction", tr("Log &Out All Devices…"), BulkUserAction::Action::Logout, false },
        { "bulkDeactivateAction", tr("&Deactivate…"), BulkUserAction::Action::Deactivate, false },
        { "bulkDeactivateEraseAction", tr("Deactivate and &Erase…"), BulkUserAction::Action::Deactivate, true },
    };
    for (const auto &a : bulkActions) {
        if (a.action == BulkUserAction::Action::Deactivate && !a.erase) {
            bulkMenu->addSeparator();
        }
        QAction *act = bulkMenu->addAction(a.text);
        act->setObjectName(QLatin1String(a.name));
        connect(act, &QAction::triggered, this,
                [this, action = a.action, erase = a.erase]() { openBulkAction(action, erase); });
    }
    m_bulkButton->setMenu(bulkMenu);
    top->addWidget(m_bulkButton);
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportUsersButton"));
    m_exportButton->setAccessibleName(tr("Export users as CSV"));
    m_exportButton->setToolTip(tr("Export every user matching the search and filters (Ctrl+E)"));
    top->addWidget(m_exportButton);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_deactivated = addCheck("includeDeactivatedCheck", tr("Include &deactivated"), false);
    m_guests = addCheck("includeGuestsCheck", tr("Include &guests"), false);
    m_locked = addCheck("includeLockedCheck", tr("Include loc&ked"), true);
    m_admins = addCheck("adminsOnlyCheck", tr("&Admins only"), false);
    m_hideBots = addCheck("hideBotsCheck", tr("Hide &bots"), false);
    m_hideSupport = addCheck("hideSupportCheck", tr("Hide &support users"), false);
    for (QCheckBox *c : { m_deactivated, m_guests, m_locked, m_admins, m_hideBots, m_hideSupport }) {
        filters->addWidget(c);
    }
    filters->addStretch(1);
    layout->addLayout(filters);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("usersOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();
    layout->addWidget(m_outcome);

    m_errorBar = new QWidget(this);
    m_errorBar->setObjectName(QStringLiteral("usersErrorBar"));
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    m_errorLabel = new QLabel(m_errorBar);
    m_errorLabel->setObjectName(QStringLiteral("usersErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color:#b00020"));
    m_retry = new QPushButton(tr("&Retry"), m_errorBar);
    m_retry->setObjectName(QStringLiteral("usersRetryButton"));
    m_retry->setAccessibleName(tr("Retry loading users"));
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(m_retry);
    m_errorBar->hide();
    layout->addWidget(m_errorBar);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("usersSplitter"));
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(UserListModel::UserIdColumn, Qt::AscendingOrder);
    TableViews::setUp(m_table, { UserListModel::UserIdColumn, QStringLiteral("usersEmptyLabel") });
    m_details = new UserDetailsPanel(api, splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 640, 380 });
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("usersStatusLabel"));
    layout->addWidget(m_status);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(350);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UsersView::applyFilters);
    connect(m_searchDebounce, &QTimer::timeout, this, &UsersView::applyFilters);
    for (QCheckBox *c : { m_deactivated, m_guests, m_locked, m_admins, m_hideBots, m_hideSupport }) {
        connect(c, &QCheckBox::toggled, this, &UsersView::applyFilters);
    }
    connect(m_retry, &QPushButton::clicked, m_model, &UserListModel::retry);
    connect(m_model, &UserListModel::statusChanged, this, &UsersView::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersView::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersView::onSelectionChanged);
    new SelectionKeeper(m_model, m_table->selectionModel(), this); // a reload keeps the selected users
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersView::onSelectionChanged);
    connect(m_details, &UserDetailsPanel::userChanged, m_model, &UserListModel::updateUser);
    connect(m_details, &UserDetailsPanel::outcome, this, &UsersView::showOutcome);
    connect(create, &QPushButton::clicked, this, &UsersView::createUser);
    connect(m_exportButton, &QPushButton::clicked, this, &UsersView::chooseExportFile);
    connect(m_bulkJoinButton, &QPushButton::clicked, this, [this]() {
        if (m_bulkJoin) {
            m_bulkJoin(selectedUserIds());
        }
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this]() {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *exportShortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+E")), this);
    connect(exportShortcut, &QShortcut::activated, this, &UsersView::chooseExportFile);
    onSelectionChanged();
    updateStatus();
}

UsersView::~UsersView() = default;

QCheckBox *UsersView::addCheck(const char *name, const QString &text, bool checked)
{
    auto *c = new QCheckBox(text, this);
    c->setObjectName(QLatin1String(name));
    c->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    c->setChecked(checked);
    return c;
}

void UsersView::setCurrentUserIdProvider(std::function<QString()> provider)
{
    m_currentUser = provider;
    m_details->setCurrentUserIdProvider(std::move(provider));
}

UserListQuery UsersView::queryFromControls() const
{
    UserListQuery q = m_model->query(); // keeps the sort order
    q.search = m_search->text().trimmed();
    q.includeDeactivated = m_deactivated->isChecked();
    q.includeGuests = m_guests->isChecked();
    q.includeLocked = m_locked->isChecked();
    q.adminsOnly = m_admins->isChecked();
    q.excludedUserTypes.clear();
    if (m_hideBots->isChecked()) {
        q.excludedUserTypes << QStringLiteral("bot");
    }
    if (m_hideSupport->isChecked()) {
        q.excludedUserTypes << QStringLiteral("support");
    }
    return q;
}

void UsersView::setDelegatedAuth(bool delegated)
{
    m_delegatedAuth = delegated;
    // Under MAS: Synapse refuses the guests filter and user creation: disabled, and the tooltip
    // says why.
    const QString why = tr("Not available: this server delegates sign-in to Matrix Authentication Service (MAS).");
    if (delegated) {
        m_guests->setChecked(false);
    }
    m_guests->setEnabled(!delegated);
    m_guests->setToolTip(delegated ? why + u' ' + tr("MAS has no guest accounts; Synapse refuses the guests filter.")
                                   : QString());
    if (auto *create = findChild<QPushButton *>(QStringLiteral("createUserButton"))) {
        create->setEnabled(!delegated);
        create->setToolTip(delegated ? why + u' ' + tr("Create the user in MAS (mas-cli manage register-user).")
                                     : QString());
    }
}

void UsersView::setMasPending(const QString &why)
{
    for (const char *name :
         { "bulkLockAction", "bulkUnlockAction", "bulkDeactivateAction", "bulkDeactivateEraseAction" }) {
        if (auto *action = findChild<QAction *>(QLatin1String(name))) {
            action->setEnabled(false);
            action->setToolTip(why);
        }
    }
    m_details->setMasPending(why);
}

void UsersView::setMasAccess(const MasAdminApi::Access &access)
{
    m_masAccess = access;
    setDelegatedAuth(access.delegated());
    // MAS owns locking and deactivation (Synapse's own flag would be overridden by MAS): they go to
    // MAS when this token may use its admin API, else they are disabled and the tooltip says why.
    const bool usable = !access.delegated() || access.adminApi;
    for (const char *name :
         { "bulkLockAction", "bulkUnlockAction", "bulkDeactivateAction", "bulkDeactivateEraseAction" }) {
        if (auto *action = findChild<QAction *>(QLatin1String(name))) {
            action->setEnabled(usable);
            action->setToolTip(!usable ? access.reason
                                   : access.delegated()
                                   ? tr("Made in Matrix Authentication Service (MAS), which tells Synapse.")
                                   : QString());
        }
    }
    m_details->setMasAccess(access);
}

void UsersView::reload()
{
    // Whether the server delegates to MAS decides which filters and actions exist (asked again on
    // every reload: the view may now show another server).
    // Until the answer, the changes MAS would own are not offered: sent to Synapse, MAS would
    // override them.
    setMasPending(tr("Checking whether this server delegates sign-in to Matrix Authentication Service…"));
    MasAdminApi::probeAccess(
        m_api, m_currentUser ? m_currentUser() : QString(), this, [this](const Result<MasAdminApi::Access> &access) {
            if (access.ok()) {
                setMasAccess(access.value());
            } else {
                setMasPending(tr("Could not ask whether this server delegates sign-in to Matrix Authentication "
                                 "Service: %1 Refresh to try again.")
                                  .arg(access.error().describe()));
            }
        });
    m_searchDebounce->stop();
    const UserListQuery q = queryFromControls();
    if (q == m_model->query()) {
        m_model->reload(); // an explicit refresh (F5, connected)
    } else {
        m_model->setQuery(q);
    }
}

void UsersView::applyFilters()
{
    m_searchDebounce->stop();
    if (!m_api->baseUrl().isValid()) {
        return; // not connected yet: reload() follows once it is
    }
    const UserListQuery q = queryFromControls();
    if (!m_model->isStarted()) {
        reload();
    } else if (q != m_model->query() || m_model->total() < 0) {
        m_model->setQuery(q); // only when something changed: a reload would drop the selection
    }
}

QStringList UsersView::selectedUserIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        ids << index.data(UserListModel::UserIdRole).toString();
    }
    return ids;
}

void UsersView::onSelectionChanged()
{
    const QStringList ids = selectedUserIds();
    m_bulkJoinButton->setEnabled(!ids.isEmpty() && m_bulkJoin != nullptr);
    m_bulkButton->setEnabled(!ids.isEmpty());
    m_details->showUser(ids.size() == 1 ? ids.first() : QString());
}

void UsersView::updateStatus()
{
    m_status->setText(m_model->statusText());
    const bool error = m_model->hasError();
    m_errorBar->setVisible(error);
    if (error) {
        m_errorLabel->setText(m_model->rowCount() > 0
                                  ? tr("Loading more users failed: %1").arg(m_model->lastError().describe())
                                  : tr("Loading users failed: %1").arg(m_model->lastError().describe()));
    }
    QString message;
    if (m_model->rowCount() == 0 && !error) {
        if (m_model->total() == 0) {
            message = m_model->query().search.isEmpty() ? tr("No users match these filters.")
                                                        : tr("No user matches \"%1\".").arg(m_model->query().search);
        } else if (m_model->total() < 0 && !m_model->isLoading()) {
            message = tr("Not connected.");
        }
    }
    TableViews::setEmptyText(m_table, message);
}

void UsersView::showOutcome(const QString &text, bool error)
{
    m_outcome->setStyleSheet(error ? QStringLiteral("color:#b00020") : QString());
    m_outcome->setText(text);
    m_outcome->setVisible(!text.isEmpty());
}

QString UsersView::outcomeText() const
{
    return m_outcome->text();
}

void UsersView::selectUserWhenLoaded(const QString &userId)
{
    disconnect(m_selectWhenLoaded);
    auto trySelect = [this, userId]() {
        if (m_model->rowCount() == 0) {
            return;
        }
        const QModelIndexList hits =
            m_model->match(m_model->index(0, 0), UserListModel::UserIdRole, userId, 1, Qt::MatchExactly);
        if (hits.isEmpty()) {
            return;
        }
        disconnect(m_selectWhenLoaded);
        m_table->selectionModel()->setCurrentIndex(hits.first(),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(hits.first());
    };
    m_selectWhenLoaded = connect(m_model, &UserListModel::statusChanged, this, trySelect);
}

void UsersView::createUser()
{
    const QString self = m_currentUser ? m_currentUser() : QString();
    const QString serverName = MatrixId::serverName(self);
    auto *dialog = new CreateUserDialog(serverName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateUserDialog::submitted, this, [this, dialog]() {
        const QString id = dialog->userId();
        UserChanges c;
        if (!dialog->password().isEmpty()) {
            c.password = dialog->password();
        }
        if (!dialog->displayName().isEmpty()) {
            c.displayName = dialog->displayName();
        }
        if (dialog->admin()) {
            c.admin = true;
        }
        const QPointer<CreateUserDialog> guard(dialog);
        // PUT would silently modify an existing user: check first.
        UserApi::userExists(m_api, id, dialog, [this, guard, id, c](const Result<bool> &exists) {
            if (!exists.ok() || exists.value()) {
                guard->failed(exists.ok()
                                  ? tr("%1 already exists; nothing was changed. Choose another user name.").arg(id)
                                  : tr("Could not check whether %1 exists: %2").arg(id, exists.error().describe()));
                return;
            }
            UserApi::putUser(m_api, id, c, guard, [this, guard, id](const Result<bool> &r) {
                if (!r.ok()) {
                    guard->failed(tr("Creating %1 failed: %2").arg(id, r.error().describe()));
                    return;
                }
                guard->accept();
                showOutcome(tr("Created %1.").arg(id), false);
                selectUserWhenLoaded(id);
                m_search->setText(MatrixId::localpart(id));
                reload();
            });
        });
    });
    dialog->open();
}

BulkUserActionDialog *UsersView::openBulkAction(BulkUserAction::Action action, bool erase)
{
    const QStringList ids = selectedUserIds();
    if (ids.isEmpty()) {
        return nullptr;
    }
    auto *dialog = new BulkUserActionDialog(m_api, m_currentUser ? m_currentUser() : QString(), action, erase, ids,
                                            this, m_masAccess.adminApi ? m_masAccess.issuer : QUrl());
    connect(dialog, &BulkUserActionDialog::runFinished, this, [this](const QString &summary, bool allDone) {
        showOutcome(summary, !allDone);
        // Show what the server has now: the rows and the panel are read again.
        m_model->reload();
    });
    dialog->open();
    return dialog;
}

void UsersView::chooseExportFile()
{
    if (m_export) {
        return;
    }
    auto *dialog = Widgets::fileDialog(this, "exportFileDialog", tr("Export Users"),
                                       QDir::homePath() + QStringLiteral("/users.csv"), tr("CSV files (*.csv)"),
                                       QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &UsersView::exportTo);
    dialog->open();
}

void UsersView::exportTo(const QString &path)
{
    if (m_export) {
        return;
    }
    auto *job = new UserExport(m_api, this);
    job->setQuery(m_model->query());
    m_export = job;
    // A plain dialog with a progress bar, opened with open(): QProgressDialog's setValue would spin a
    // nested event loop while it is window-modal.
    auto *progress = new QDialog(this);
    progress->setObjectName(QStringLiteral("exportProgressDialog"));
    progress->setWindowTitle(tr("Export Users"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto *progressLayout = new QVBoxLayout(progress);
    auto *label = Widgets::wrappedLabel(tr("Exporting users…"), progress, "exportProgressLabel");
    auto *bar = Widgets::named(new QProgressBar(progress), "exportProgressBar", tr("Export progress"));
    bar->setRange(0, 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, progress);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelExportButton"));
    progressLayout->addWidget(label);
    progressLayout->addWidget(bar);
    progressLayout->addWidget(buttons);
    m_exportProgress = progress;
    connect(progress, &QDialog::rejected, job, &UserExport::cancel);
    connect(buttons, &QDialogButtonBox::rejected, progress, &QDialog::reject);
    connect(job, &UserExport::progressChanged, progress, [label, bar](const OperationProgress &p) {
        if (p.total < 0) {
            return; // before the first page
        }
        bar->setMaximum(int(qMax(p.total, p.done)));
        bar->setValue(int(p.done));
        label->setText(tr("Exported %1 of %2 users…").arg(p.done).arg(p.total) + QLatin1Char('\n') + p.text());
    });
    connect(job, &UserExport::finished, this, [this, job, path]() {
        const UserExport::Status status = job->status();
        if (m_exportProgress) {
            m_exportProgress->disconnect(job); // closing it is not a cancel
            m_exportProgress->close();
        }
        m_status->setText(status == UserExport::Status::Succeeded
                              ? tr("Exported %1 users to %2.").arg(job->rowsWritten()).arg(path)
                              : job->errorString());
        job->deleteLater();
    });
    if (!job->start(path)) {
        m_status->setText(job->errorString());
        progress->close();
        job->deleteLater();
        return;
    }
    progress->open();
}

} // namespace Steward
