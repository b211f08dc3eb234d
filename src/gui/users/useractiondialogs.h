#pragma once

#include "users/bulkuseraction.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Steward {

class ApiService;

/// "Are you sure?" for a privileged change that can be undone: says what will happen; the
/// action button names it. Opened with open(); accepted() means go.
class ConfirmActionDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmActionDialog(const QString &objectName, const QString &title, const QString &html, const QString &okText,
                        QWidget *parent = nullptr);
};

/// New password for a user (set password, or reactivate an account, which needs one).
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { SetPassword, Reactivate };
    PasswordDialog(Mode mode, const QString &userId, QWidget *parent = nullptr);
    QString password() const;
    bool logoutDevices() const;
    /// Whether "Log out all devices" is offered (not where the server cannot do it with the password).
    void setLogoutOffered(bool offered);

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

/// Create a user: localpart (with a live preview of the full user ID), display name, an optional
/// password (servers that sign in through SSO need none), admin. The dialog stays open while the
/// user is created: submitted() asks the caller to create it, which answers with failed() (the
/// error is shown inside, the input kept) or accept().
class CreateUserDialog : public QDialog
{
    Q_OBJECT
public:
    CreateUserDialog(const QString &serverName, QWidget *parent = nullptr);
    QString localpart() const;
    QString userId() const;
    QString displayName() const;
    QString password() const;
    bool admin() const;
    /// Empty when the localpart is acceptable, else why not.
    static QString localpartProblem(const QString &localpart);
    /// The creation failed: show why, keep everything typed, allow another try.
    void failed(const QString &why);

Q_SIGNALS:
    void submitted();

private:
    void validate();
    void submit();
    QString m_serverName;
    QLineEdit *m_localpart;
    QLabel *m_preview;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLabel *m_passwordNote;
    QCheckBox *m_admin;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

/// The bulk user action, start to end: preview (who is changed, who is skipped and why) -> confirm
/// (type-to-confirm for deactivation) -> progress with Stop -> per-user result with Save Report.
/// Non-modal steps inside one dialog; opened with open().
class BulkUserActionDialog : public QDialog
{
    Q_OBJECT
public:
    /// masIssuer: the server delegates to MAS and the token may use its admin API (see
    /// BulkUserAction::setMasIssuer); empty otherwise.
    BulkUserActionDialog(ApiService *api, const QString &selfUserId, BulkUserAction::Action action, bool erase,
                         const QStringList &userIds, QWidget *parent = nullptr, const QUrl &masIssuer = {});
    BulkUserAction *engine() const { return m_engine; }
    /// Writes the CSV report (the Save Report button asks for the file first).
    bool saveReport(const QString &path);

Q_SIGNALS:
    /// The run ended: the caller re-reads the list. text: the summary line.
    void runFinished(const QString &summary, bool allDone);

private:
    void showPreview();
    void showResult();
    void fillTable(bool result);
    void updateRunButton();
    void chooseReportFile();
    void reject() override;

    BulkUserAction *m_engine;
    QLabel *m_intro;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QProgressBar *m_progress;
    QPushButton *m_saveReport;
    QPushButton *m_run;
    QPushButton *m_stop;
    QPushButton *m_close;
};

} // namespace Steward
