#include "users/useractiondialogs.h"

#include "matrixid.h"
#include "widgethelpers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Steward {

namespace {
QLineEdit *edit(QWidget *parent, const char *objectName, const QString &accessibleName, bool secret = false)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(objectName));
    e->setAccessibleName(accessibleName);
    if (secret) {
        e->setEchoMode(QLineEdit::Password);
    }
    return e;
}

QDialogButtonBox *buttons(QDialog *dialog, const QString &okText)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->setObjectName(QStringLiteral("dialogButtons"));
    box->button(QDialogButtonBox::Ok)->setText(okText);
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    box->button(QDialogButtonBox::Ok)->setAccessibleName(okText);
    box->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}
} // namespace

ConfirmActionDialog::ConfirmActionDialog(const QString &objectName, const QString &title, const QString &html,
                                         const QString &okText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(objectName);
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(html, this);
    text->setObjectName(QStringLiteral("confirmText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setMinimumWidth(360);
    layout->addWidget(text);
    auto *box = buttons(this, okText);
    // The safe choice is the default: Enter does not change anything on the server.
    box->button(QDialogButtonBox::Cancel)->setDefault(true);
    box->button(QDialogButtonBox::Cancel)->setFocus();
    layout->addWidget(box);
}

PasswordDialog::PasswordDialog(Mode mode, const QString &userId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(mode == Mode::SetPassword ? QStringLiteral("setPasswordDialog") : QStringLiteral("reactivateDialog"));
    setWindowTitle(mode == Mode::SetPassword ? tr("Set Password") : tr("Reactivate User"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(mode == Mode::SetPassword
                       ? tr("New password for %1:").arg(userId.toHtmlEscaped())
                       : tr("Reactivating %1 needs a new password for the account:").arg(userId.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_password = edit(this, "newPasswordEdit", tr("New password"), true);
    m_repeat = edit(this, "repeatPasswordEdit", tr("Repeat the new password"), true);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    layout->addLayout(form);
    m_logout = new QCheckBox(tr("&Log out all of the user's devices"), this);
    m_logout->setObjectName(QStringLiteral("logoutDevicesCheck"));
    m_logout->setAccessibleName(m_logout->text().remove(QLatin1Char('&')));
    m_logout->setChecked(true);
    m_logout->setVisible(mode == Mode::SetPassword);
    layout->addWidget(m_logout);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("passwordProblemLabel"));
    layout->addWidget(m_problem);
    m_buttons = buttons(this, mode == Mode::SetPassword ? tr("Set Password") : tr("Reactivate"));
    layout->addWidget(m_buttons);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    connect(m_repeat, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    validate();
}

void PasswordDialog::setLogoutOffered(bool offered)
{
    m_logout->setChecked(offered);
    m_logout->setVisible(offered);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::logoutDevices() const
{
    return m_logout->isChecked();
}

void PasswordDialog::validate()
{
    QString problem;
    if (m_password->text().isEmpty()) {
        problem = tr("Enter a password.");
    } else if (m_password->text() != m_repeat->text()) {
        problem = tr("The two passwords differ.");
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

DeactivateDialog::DeactivateDialog(const QString &userId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("deactivateDialog"));
    setWindowTitle(tr("Deactivate User"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("<p>Deactivating <b>%1</b> logs out every device, removes the user from every room "
                               "and stops them from signing in.</p><p>With <i>erase</i>, the user's messages are "
                               "also hidden from people who join rooms later, and the profile is removed. "
                               "Erasing cannot be undone.</p><p>Type the user ID to confirm:</p>")
                                .arg(userId.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_confirm = edit(this, "confirmUserIdEdit", tr("Type the user ID to confirm"));
    m_confirm->setPlaceholderText(userId);
    layout->addWidget(m_confirm);
    m_erase = new QCheckBox(tr("&Erase the user's messages and profile"), this);
    m_erase->setObjectName(QStringLiteral("eraseCheck"));
    m_erase->setAccessibleName(tr("Erase the user's messages and profile"));
    layout->addWidget(m_erase);
    m_buttons = buttons(this, tr("Deactivate"));
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_confirm, &QLineEdit::textChanged, this, [this, userId](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.trimmed() == userId);
    });
}

bool DeactivateDialog::erase() const
{
    return m_erase->isChecked();
}

CreateUserDialog::CreateUserDialog(const QString &serverName, QWidget *parent)
    : QDialog(parent)
    , m_serverName(serverName)
{
    setObjectName(QStringLiteral("createUserDialog"));
    setWindowTitle(tr("Create User"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_localpart = edit(this, "newUserLocalpartEdit", tr("User name (localpart)"));
    m_localpart->setPlaceholderText(tr("alice"));
    form->addRow(tr("&User name:"), m_localpart);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("newUserIdPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("User ID:"), m_preview);
    m_displayName = edit(this, "newUserDisplayNameEdit", tr("Display name"));
    form->addRow(tr("&Display name:"), m_displayName);
    m_password = edit(this, "newUserPasswordEdit", tr("Password (optional)"), true);
    m_password->setPlaceholderText(tr("optional"));
    form->addRow(tr("&Password:"), m_password);
    m_admin = new QCheckBox(tr("Server &administrator"), this);
    m_admin->setObjectName(QStringLiteral("newUserAdminCheck"));
    m_admin->setAccessibleName(tr("Server administrator"));
    form->addRow(QString(), m_admin);
    layout->addLayout(form);
    // Outside the form: a wrapped label in a form row does not get the height it needs.
    m_passwordNote = new QLabel(this);
    m_passwordNote->setObjectName(QStringLiteral("newUserPasswordNote"));
    m_passwordNote->setWordWrap(true);
    layout->addWidget(m_passwordNote);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("createUserProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("dialogButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateUserDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    for (QLineEdit *e : { m_localpart, m_displayName, m_password }) {
        connect(e, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    }
    connect(m_admin, &QCheckBox::toggled, this, &CreateUserDialog::validate);
    validate();
}

QString CreateUserDialog::localpartProblem(const QString &localpart)
{
    if (localpart.isEmpty()) {
        return tr("Enter a user name.");
    }
    if (!MatrixId::isNewUserLocalpart(localpart)) {
        return tr("A user name may only contain a-z, 0-9 and . _ = - / + (lower case, no spaces).");
    }
    return {};
}

void CreateUserDialog::validate()
{
    const QString problem = localpartProblem(localpart());
    m_preview->setText(localpart().isEmpty() ? tr("@name:%1").arg(m_serverName) : userId());
    m_passwordNote->setText(m_password->text().isEmpty()
                                ? tr("Without a password the user can sign in only through single sign-on (SSO), "
                                     "if the server offers it.")
                                : QString());
    m_passwordNote->setVisible(!m_passwordNote->text().isEmpty());
    if (!m_busy) {
        m_problem->setStyleSheet(QString());
        m_problem->setText(localpart().isEmpty() ? QString() : problem);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_busy);
}

void CreateUserDialog::submit()
{
    if (m_busy || !localpartProblem(localpart()).isEmpty()) {
        return;
    }
    m_busy = true;
    m_problem->setStyleSheet(QString());
    m_problem->setText(tr("Creating %1…").arg(userId()));
    validate();
    Q_EMIT submitted();
}

void CreateUserDialog::failed(const QString &why)
{
    m_busy = false;
    validate();
    m_problem->setStyleSheet(QStringLiteral("color:#b00020"));
    m_problem->setText(why);
}

QString CreateUserDialog::userId() const
{
    return MatrixId::userId(localpart(), m_serverName);
}

QString CreateUserDialog::localpart() const
{
    return MatrixId::localpart(m_localpart->text());
}

QString CreateUserDialog::displayName() const
{
    return m_displayName->text().trimmed();
}

QString CreateUserDialog::password() const
{
    return m_password->text();
}

bool CreateUserDialog::admin() const
{
    return m_admin->isChecked();
}

namespace {
/// What the action does, for the confirmation (HTML; n users).
QString consequence(BulkUserAction::Action action, bool erase, int n)
{
    switch (action) {
    case BulkUserAction::Action::Lock:
        return BulkUserActionDialog::tr("<b>Lock %n user(s).</b> They can no longer use their accounts (every "
                                        "request is refused) until they are unlocked.",
                                        nullptr, n);
    case BulkUserAction::Action::Unlock:
        return BulkUserActionDialog::tr("<b>Unlock %n user(s).</b> They can use their accounts again.", nullptr, n);
    case BulkUserAction::Action::ShadowBan:
        return BulkUserActionDialog::tr("<b>Shadow-ban %n user(s).</b> Their messages and invites silently reach "
                                        "nobody; they are not told.",
                                        nullptr, n);
    case BulkUserAction::Action::LiftShadowBan:
        return BulkUserActionDialog::tr("<b>Lift the shadow-ban of %n user(s).</b> Their messages reach others "
                                        "again.",
                                        nullptr, n);
    case BulkUserAction::Action::Logout:
        return BulkUserActionDialog::tr("<b>Log out every device of %n user(s).</b> They have to sign in again "
                                        "(encrypted messages may become unreadable on devices without a key "
                                        "backup).",
                                        nullptr, n);
    case BulkUserAction::Action::Deactivate:
        return erase ? BulkUserActionDialog::tr("<b>Deactivate and erase %n user(s).</b> They are logged out, "
                                                "removed from every room and can never sign in again; their "
                                                "messages are hidden from people who join later and their "
                                                "profiles removed. <b>This cannot be undone.</b>",
                                                nullptr, n)
                     : BulkUserActionDialog::tr("<b>Deactivate %n user(s).</b> They are logged out, removed from "
                                                "every room and can no longer sign in. <b>This cannot be "
                                                "undone</b> without setting a new password for each.",
                                                nullptr, n);
    }
    return {};
}

QString outcomeText(const BulkUserAction::Item &item)
{
    switch (item.status) {
    case BulkUserAction::Status::Affected:
        return BulkUserActionDialog::tr("Will be changed");
    case BulkUserAction::Status::Skipped:
        return BulkUserActionDialog::tr("Skipped");
    case BulkUserAction::Status::Done:
        return item.verified ? BulkUserActionDialog::tr("Done (verified)") : BulkUserActionDialog::tr("Done");
    case BulkUserAction::Status::Failed:
        return BulkUserActionDialog::tr("Failed");
    case BulkUserAction::Status::NotAttempted:
        return BulkUserActionDialog::tr("Not attempted");
    case BulkUserAction::Status::Unknown:
        return BulkUserActionDialog::tr("Unknown");
    }
    return {};
}
} // namespace

BulkUserActionDialog::BulkUserActionDialog(ApiService *api, const QString &selfUserId, BulkUserAction::Action action,
                                           bool erase, const QStringList &userIds, QWidget *parent,
                                           const QUrl &masIssuer)
    : QDialog(parent)
    , m_engine(new BulkUserAction(api, this))
{
    setObjectName(QStringLiteral("bulkUserActionDialog"));
    setWindowTitle(erase ? tr("Deactivate and Erase Users") : BulkUserAction::actionTitle(action));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(680, 480);
    m_engine->setSelfUserId(selfUserId);
    m_engine->setErase(erase);
    m_engine->setMasIssuer(masIssuer);

    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("Reading %n selected user(s) on the server…", nullptr, int(userIds.size())), this);
    m_intro->setObjectName(QStringLiteral("bulkIntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    layout->addWidget(m_intro);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("bulkUsersTable"));
    m_table->setAccessibleName(tr("Users and what happens to each"));
    m_table->setHorizontalHeaderLabels({ tr("User"), tr("Outcome"), tr("Details") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setObjectName(QStringLiteral("bulkConfirmLabel"));
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_confirmLabel);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("bulkConfirmEdit"));
    m_confirm->setAccessibleName(tr("Type the number of users to confirm"));
    layout->addWidget(m_confirm);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkProgressBar"));
    m_progress->setRange(0, 0);
    layout->addWidget(m_progress);

    auto *row = new QHBoxLayout;
    m_saveReport = new QPushButton(tr("&Save Report…"), this);
    m_saveReport->setObjectName(QStringLiteral("bulkSaveReportButton"));
    m_saveReport->setAccessibleName(tr("Save report"));
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("bulkRunButton"));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("bulkStopButton"));
    m_stop->setAccessibleName(tr("Stop"));
    m_stop->setToolTip(tr("Start no further users; requests already sent finish."));
    m_close = new QPushButton(tr("Cancel"), this);
    m_close->setObjectName(QStringLiteral("bulkCloseButton"));
    row->addWidget(m_saveReport);
    row->addStretch(1);
    row->addWidget(m_run);
    row->addWidget(m_stop);
    row->addWidget(m_close);
    layout->addLayout(row);
    m_saveReport->hide();
    m_run->hide();
    m_stop->hide();
    m_confirmLabel->hide();
    m_confirm->hide();
    m_run->setAutoDefault(false);
    m_close->setAutoDefault(false);

    connect(m_engine, &BulkUserAction::progressChanged, this, [this](const OperationProgress &p) {
        m_progress->setRange(0, int(qMax<qint64>(p.total, 1)));
        m_progress->setValue(int(p.done));
        m_progress->setFormat(p.text());
    });
    connect(m_engine, &BulkUserAction::planReady, this, &BulkUserActionDialog::showPreview);
    connect(m_engine, &BulkUserAction::finished, this, &BulkUserActionDialog::showResult);
    connect(m_confirm, &QLineEdit::textChanged, this, &BulkUserActionDialog::updateRunButton);
    connect(m_run, &QPushButton::clicked, this, [this]() {
        m_run->hide();
        m_confirm->setEnabled(false);
        m_stop->show();
        m_stop->setEnabled(true);
        m_close->setEnabled(false);
        m_intro->setText(tr("%1 in progress…").arg(BulkUserAction::actionTitle(m_engine->action())));
        m_engine->run();
    });
    connect(m_stop, &QPushButton::clicked, this, [this]() {
        m_stop->setEnabled(false);
        m_intro->setText(tr("Stopping: requests already sent finish, no further user is started…"));
        m_engine->cancel();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_saveReport, &QPushButton::clicked, this, &BulkUserActionDialog::chooseReportFile);
    m_engine->preview(action, userIds);
}

void BulkUserActionDialog::fillTable(bool result)
{
    const auto &items = m_engine->items();
    m_table->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const auto &item = items.at(r);
        auto *who = new QTableWidgetItem(item.userId.isEmpty() ? item.input : item.userId);
        auto *what = new QTableWidgetItem(outcomeText(item));
        auto *why = new QTableWidgetItem(item.reason);
        why->setToolTip(item.reason);
        if (item.status == BulkUserAction::Status::Failed || item.status == BulkUserAction::Status::Unknown
            || item.skip == BulkUserAction::SkipKind::Self || item.skip == BulkUserAction::SkipKind::LastAdmin) {
            what->setForeground(QColor(0xb0, 0x00, 0x20));
        }
        m_table->setItem(r, 0, who);
        m_table->setItem(r, 1, what);
        m_table->setItem(r, 2, why);
    }
    Q_UNUSED(result)
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
}

void BulkUserActionDialog::showPreview()
{
    fillTable(false);
    m_progress->hide();
    const int n = m_engine->count(BulkUserAction::Status::Affected);
    m_summary->setText(m_engine->previewSummary());
    if (!m_engine->previewError().isOk()) {
        m_intro->setText(
            tr("The server could not be asked: %1").arg(m_engine->previewError().describe().toHtmlEscaped()));
        m_close->setText(tr("Close"));
        return;
    }
    if (n == 0) {
        m_intro->setText(tr("Nothing to change: every selected user is skipped (see why below)."));
        m_close->setText(tr("Close"));
        return;
    }
    m_intro->setText(consequence(m_engine->action(), m_engine->erase(), n));
    if (m_engine->viaMas(m_engine->action())) {
        m_intro->setText(
            m_intro->text() + QStringLiteral("<p>")
            + tr("This server delegates sign-in to Matrix Authentication Service (MAS): the change is made "
                 "in MAS, which tells Synapse.")
            + QStringLiteral("</p>"));
    }
    m_run->setText(tr("%1 %n User(s)", nullptr, n).arg(BulkUserAction::actionTitle(m_engine->action())));
    m_run->setAccessibleName(m_run->text());
    m_run->show();
    if (m_engine->action() == BulkUserAction::Action::Deactivate) {
        m_confirmLabel->setText(tr("Type the number of users to deactivate, <b>%1</b>, to confirm:").arg(n));
        m_confirmLabel->show();
        m_confirm->setPlaceholderText(QString::number(n));
        m_confirm->show();
        m_confirm->setFocus();
    } else {
        m_close->setFocus();
    }
    updateRunButton();
}

void BulkUserActionDialog::updateRunButton()
{
    const int n = m_engine->count(BulkUserAction::Status::Affected);
    m_run->setEnabled(m_engine->action() != BulkUserAction::Action::Deactivate
                      || m_confirm->text().trimmed() == QString::number(n));
}

void BulkUserActionDialog::showResult()
{
    fillTable(true);
    m_stop->hide();
    m_confirmLabel->hide();
    m_confirm->hide();
    m_close->setText(tr("Close"));
    m_close->setEnabled(true);
    m_close->setFocus();
    m_saveReport->show();
    const QString summary = m_engine->resultSummary();
    m_intro->setText(m_engine->allDone() ? tr("Finished. The list shows what the server reports now.")
                                         : tr("Finished, but not every user was changed: see the details below."));
    m_summary->setText(summary);
    Q_EMIT runFinished(summary, m_engine->allDone());
}

void BulkUserActionDialog::reject()
{
    if (m_engine->state() == BulkUserAction::State::Running) {
        return; // Stop first: closing must not leave a run behind without its result
    }
    if (m_engine->state() == BulkUserAction::State::Planning) {
        m_engine->cancel();
    }
    QDialog::reject();
}

void BulkUserActionDialog::chooseReportFile()
{
    auto *dialog = Widgets::fileDialog(
        this, "bulkReportFileDialog", tr("Save Report"),
        QDir::homePath() + QStringLiteral("/%1-report.csv").arg(BulkUserAction::actionName(m_engine->action())),
        tr("CSV files (*.csv)"), QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &BulkUserActionDialog::saveReport);
    dialog->open();
}

bool BulkUserActionDialog::saveReport(const QString &path)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && m_engine->writeCsv(&file) && file.commit();
    m_summary->setText(ok ? tr("%1 Report saved to %2.").arg(m_engine->resultSummary(), path)
                          : tr("Could not save the report to %1: %2").arg(path, file.errorString()));
    return ok;
}

} // namespace Steward
