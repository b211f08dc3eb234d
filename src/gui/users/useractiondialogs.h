#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Steward {

/// New password for a user (set password, or reactivate an account, which needs one).
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { SetPassword, Reactivate };
    PasswordDialog(Mode mode, const QString &userId, QWidget *parent = nullptr);
    QString password() const;
    bool logoutDevices() const;

private:
    void validate();
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QCheckBox *m_logout;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

/// Deactivation: says what happens, offers erase, and only proceeds once the user ID is typed.
class DeactivateDialog : public QDialog
{
    Q_OBJECT
public:
    DeactivateDialog(const QString &userId, QWidget *parent = nullptr);
    bool erase() const;

private:
    QCheckBox *m_erase;
    QLineEdit *m_confirm;
    QDialogButtonBox *m_buttons;
};

/// Create a user: localpart, display name, password, admin.
class CreateUserDialog : public QDialog
{
    Q_OBJECT
public:
    CreateUserDialog(const QString &serverName, QWidget *parent = nullptr);
    QString localpart() const;
    QString displayName() const;
    QString password() const;
    bool admin() const;
    /// Empty when the localpart is acceptable, else why not.
    static QString localpartProblem(const QString &localpart);

private:
    void validate();
    QLineEdit *m_localpart;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QCheckBox *m_admin;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Steward
