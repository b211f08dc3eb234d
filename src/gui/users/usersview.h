#pragma once

#include "profiles/masadminapi.h"
#include "users/bulkuseraction.h"
#include "users/userapi.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QDialog;
class QPushButton;
class QTableView;
class QTimer;

namespace Steward {

class UserDetailsPanel;
class UserExport;
class UserListModel;

/// The Users page: the lazily paged list with server-side search, sort and filters, the details
/// panel with the actions, export to CSV, and the hand-off of a selection to the bulk join wizard.
/// Knows nothing about the main window: it gets the signed-in user and the bulk-join hand-off as
/// functions.
class UsersView : public QWidget
{
    Q_OBJECT
public:
    explicit UsersView(ApiService *api, QWidget *parent = nullptr);
    ~UsersView() override;

    void setCurrentUserIdProvider(std::function<QString()> provider);
    /// Called with the selected user IDs by "Join Selected Users to Rooms…".
    void setBulkJoinHandler(std::function<void(const QStringList &)> handler) { m_bulkJoin = std::move(handler); }

    UserListModel *model() const { return m_model; }
    UserDetailsPanel *detailsPanel() const { return m_details; }
    QStringList selectedUserIds() const;

    /// Load (or reload) the list, e.g. once connected, or on F5.
    void reload();
    /// The server delegates sign-in to MAS: the guests filter, user creation, lock and deactivate
    /// are disabled, each saying why (set by reload(), which asks the server).
    void setDelegatedAuth(bool delegated);
    bool delegatedAuth() const { return m_delegatedAuth; }
    /// Under MAS, lock, unlock, deactivate (and in the details panel also reactivate, admin and
    /// password) go to MAS's admin API when the token holds urn:mas:admin; without it they are
    /// disabled, saying why (set by reload(), which asks the server and MAS).
    void setMasAccess(const MasAdminApi::Access &access);
    const MasAdminApi::Access &masAccess() const { return m_masAccess; }
    /// Export the current search and filters into path (the button asks for the file first).
    void exportTo(const QString &path);
    void createUser();
    /// The bulk action on the selected users: opens its dialog (preview first) and returns it.
    class BulkUserActionDialog *openBulkAction(BulkUserAction::Action action, bool erase = false);
    /// The outcome of the last change (one place for every action of this view).
    QString outcomeText() const;

private:
    void setMasPending(const QString &why);
    void applyFilters();
    UserListQuery queryFromControls() const;
    void updateStatus();
    void onSelectionChanged();
    void chooseExportFile();
    QCheckBox *addCheck(const char *name, const QString &text, bool checked);
    void showOutcome(const QString &text, bool error);
    void selectUserWhenLoaded(const QString &userId);

    ApiService *m_api;
    UserListModel *m_model;
    std::function<QString()> m_currentUser;
    std::function<void(const QStringList &)> m_bulkJoin;
    QLineEdit *m_search;
    QTimer *m_searchDebounce;
    QCheckBox *m_guests;
    bool m_delegatedAuth = false;
    MasAdminApi::Access m_masAccess;
    QCheckBox *m_deactivated;
    QCheckBox *m_admins;
    QCheckBox *m_locked;
    QCheckBox *m_hideBots;
    QCheckBox *m_hideSupport;
    QTableView *m_table;
    UserDetailsPanel *m_details;
    QLabel *m_status;
    QWidget *m_errorBar;
    QLabel *m_errorLabel;
    QPushButton *m_retry;
    QPushButton *m_bulkJoinButton;
    QPushButton *m_exportButton;
    QPushButton *m_bulkButton;
    QLabel *m_outcome;
    QMetaObject::Connection m_selectWhenLoaded;
    QPointer<UserExport> m_export;
    QPointer<QDialog> m_exportProgress;
};

} // namespace Steward
