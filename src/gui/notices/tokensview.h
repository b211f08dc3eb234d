#pragma once

#include "tokens/registrationtokens.h"

#include <QDialog>
#include <QList>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Steward {

class ApiService;

/// Create or edit one registration token: its text (or a generated one of a chosen length, when
/// creating), how often it may be used, and when it expires (local time).
class TokenEditDialog : public QDialog
{
    Q_OBJECT
public:
    /// existing: edit that token (its text cannot change); nullptr: create one.
    TokenEditDialog(ApiService *api, const RegistrationToken *existing, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The server confirmed the change; token as it answered.
    void saved(const Steward::RegistrationToken &token);

private:
    void save();

    ApiService *m_api;
    bool m_editing;
    QString m_token;
    QCheckBox *m_generate = nullptr;
    QLineEdit *m_text = nullptr;
    QSpinBox *m_length = nullptr;
    QCheckBox *m_limitUses;
    QSpinBox *m_uses;
    QCheckBox *m_expires;
    QDateTimeEdit *m_expiry;
    QLabel *m_error;
    QPushButton *m_ok;
};

/// The registration tokens of the server: token, uses allowed, pending, completed, expiry, state;
/// create, edit, delete (confirmed), copy to the clipboard.
class TokensView : public QWidget
{
    Q_OBJECT
public:
    explicit TokensView(ApiService *api, QWidget *parent = nullptr);

    const QList<RegistrationToken> &tokens() const { return m_tokens; }
    /// The line under the table: what was done or why the list is unavailable.
    QString statusText() const;

public Q_SLOTS:
    void reload();

private:
    void showTokens(const QList<RegistrationToken> &tokens);
    QList<RegistrationToken> selected() const;
    void updateButtons();
    void create();
    void edit();
    void remove();
    void copy();
    void setStatus(const QString &text, bool error = false);
    /// Reloads, then shows note instead of the count.
    void reloadThen(const QString &note, bool error = false);

    ApiService *m_api;
    QList<RegistrationToken> m_tokens;
    QTableWidget *m_table;
    QPushButton *m_create;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_copy;
    QPushButton *m_refresh;
    QLabel *m_status;
    QString m_note;
    bool m_noteIsError = false;
};

} // namespace Steward
