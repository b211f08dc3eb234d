#include "useractiondialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
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
{
    setObjectName(QStringLiteral("createUserDialog"));
    setWindowTitle(tr("Create User"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_localpart = edit(this, "newUserLocalpartEdit", tr("User name (localpart)"));
    m_localpart->setPlaceholderText(tr("alice"));
    form->addRow(tr("&User name:"), m_localpart);
    form->addRow(QString(), new QLabel(tr("The user ID will be @name:%1").arg(serverName), this));
    m_displayName = edit(this, "newUserDisplayNameEdit", tr("Display name"));
    form->addRow(tr("&Display name:"), m_displayName);
    m_password = edit(this, "newUserPasswordEdit", tr("Password"), true);
    form->addRow(tr("&Password:"), m_password);
    m_admin = new QCheckBox(tr("Server &administrator"), this);
    m_admin->setObjectName(QStringLiteral("newUserAdminCheck"));
    m_admin->setAccessibleName(tr("Server administrator"));
    form->addRow(QString(), m_admin);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("createUserProblemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = buttons(this, tr("Create"));
    layout->addWidget(m_buttons);
    connect(m_localpart, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    connect(m_password, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    validate();
}

QString CreateUserDialog::localpartProblem(const QString &localpart)
{
    if (localpart.isEmpty()) {
        return tr("Enter a user name.");
    }
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._=\\-/+]+$"));
    if (!allowed.match(localpart).hasMatch()) {
        return tr("A user name may only contain a-z, 0-9 and . _ = - / + (lower case, no spaces).");
    }
    return {};
}

void CreateUserDialog::validate()
{
    QString problem = localpartProblem(localpart());
    if (problem.isEmpty() && m_password->text().isEmpty()) {
        problem = tr("Enter a password (the user needs one to sign in).");
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString CreateUserDialog::localpart() const
{
    QString text = m_localpart->text().trimmed();
    if (text.startsWith(QLatin1Char('@'))) {
        text = text.mid(1).section(QLatin1Char(':'), 0, 0);
    }
    return text;
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

} // namespace Steward
