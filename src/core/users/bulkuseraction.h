#pragma once

#include "apierror.h"
#include "bulkjoin/bulkjoininput.h"
#include "operation/operation.h"
#include "users/userapi.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QIODevice;

namespace Steward {

class ApiService;
class MasAdminApi;
struct MasUser;

/// One engine for every bulk user action (lock, unlock, shadow-ban, lift the shadow-ban, log out
/// all devices, deactivate): preview (who is affected, who is skipped and why), a bounded run
/// through the shared ItemWindow (the service handles 429), progress, cancel, a per-user result and
/// a CSV report. The GUI dialog and the CLI only present it.
///
/// An Operation: preview() plans (state Planning, then Planned and planReady()), run() runs (state
/// Running, then Finished and finished()); progress counts the users read (preview) or settled (run),
/// itemSettled(index into items()) during the run.
class BulkUserAction : public Operation
{
    Q_OBJECT
public:
    enum class Action { Lock, Unlock, ShadowBan, LiftShadowBan, Logout, Deactivate };

    enum class Status {
        Affected, ///< previewed: will be changed (not yet run)
        Skipped, ///< nothing is sent for this user; reason says why
        Done,
        Failed, ///< the server refused; reason is its answer
        NotAttempted, ///< cancelled before any request was sent
        Unknown, ///< the answer was lost and re-reading the user failed too
    };

    enum class SkipKind {
        None,
        Malformed,
        Remote,
        Duplicate,
        NoSuchUser,
        Self,
        LastAdmin,
        AlreadyInState,
        LookupFailed
    };

    struct Item
    {
        QString input; ///< as written (or the user ID)
        int line = 0;
        QString userId; ///< normalized; empty when the input is no user ID
        Status status = Status::Affected;
        SkipKind skip = SkipKind::None;
        QString reason; ///< for a person: why skipped/failed, or what was done
        bool verified = false; ///< the outcome was unknown and was then read back from the server
    };

    static constexpr int DefaultConcurrency = 8;

    explicit BulkUserAction(ApiService *api, QObject *parent = nullptr);
    ~BulkUserAction() override;

    /// The signed-in account: protected by UserSafety; its server is the "local" server.
    void setSelfUserId(const QString &userId) { m_self = userId; }
    /// The server delegates to Matrix Authentication Service at issuer and the token holds
    /// urn:mas:admin: lock, unlock and deactivate go to MAS's admin API (which tells Synapse), and
    /// the preview and the verification read MAS's state. Empty issuer: Synapse's admin API.
    void setMasIssuer(const QUrl &issuer);
    /// The action goes to MAS (see setMasIssuer).
    bool viaMas(Action action) const;
    /// Deactivate only: also erase (messages hidden from new joiners, profile removed).
    void setErase(bool erase) { m_erase = erase; }
    bool erase() const { return m_erase; }

    /// Read every listed user (and the admins) and decide who is affected. Ends with planReady().
    void preview(Action action, const QList<BulkJoinInputItem> &input);
    void preview(Action action, const QStringList &userIds);
    /// Change every affected user. Ends with finished().
    void run();
    Action action() const { return m_action; }
    const QList<Item> &items() const { return m_items; }
    int count(Status status) const;
    int count(SkipKind skip) const;
    /// Set when the preview could not ask the server at all (connection, authentication).
    const ApiError &previewError() const { return m_previewError; }
    /// Every affected user was changed (none failed, unknown or not attempted).
    bool allDone() const;

    /// user_id,input,action,outcome,reason - RFC 4180 via CsvWriter.
    bool writeCsv(QIODevice *device) const;

    /// The CLI subcommand name ("lock", "unshadow-ban", ...) and back.
    static QString actionName(Action action);
    static std::optional<Action> actionFromName(const QString &name);
    /// "Lock", "Log out all devices", ... for a person.
    static QString actionTitle(Action action);
    static QString statusName(Status status);
    /// One line for a person: "12 to change, 3 skipped (1 your own account, 2 already locked)".
    QString previewSummary() const;
    QString resultSummary() const;

private:
    void readOne(int index);
    void decide(Item &item, const UserDetails &details, int deviceCount, const MasUser *mas = nullptr);
    void readMas(int index, const UserDetails &details);
    void changeInMas(int index);
    void readDone();
    void previewDone();
    void changeOne(int index);
    void onChanged(int index, const ApiError &error, const QString &doneText);
    void verify(int index, const ApiError &original);
    void settle(int index, Status status, const QString &reason, bool verified = false);
    void skip(Item &item, SkipKind kind, const QString &reason);
    void noteReadError(Item &item, const ApiError &error);
    void runDone();

    ApiService *m_api;
    MasAdminApi *m_mas = nullptr;
    QHash<int, QString> m_masIds; ///< MAS's user IDs of the items (under MAS)
    QString m_self;
    bool m_erase = false;
    Action m_action = Action::Lock;
    QList<Item> m_items;
    QList<int> m_work; ///< indexes into m_items the window walks through
    std::optional<QStringList> m_activeAdmins;
    QHash<int, QStringList> m_devices; ///< logout: the devices listed when the user was changed
    ApiError m_previewError;
    int m_settled = 0;
};

} // namespace Steward
