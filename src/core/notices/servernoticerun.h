#pragma once

#include "apierror.h"
#include "bulkjoin/bulkjoininput.h"
#include "operation/operation.h"
#include "operation/operationjournal.h"
#include "users/userapi.h"

#include <QList>
#include <QString>

#include <memory>

class QIODevice;

namespace Steward {

class ApiService;
class UserPager;

/// Sends one server notice to many users, each exactly once: on the engine contract (plan = the
/// preview of who gets it and who is skipped and why; a bounded run; progress; cancel; per-user
/// outcome; CSV report; a journal to resume a killed or failed run).
///
/// Every recipient's notice goes out with PUT send_server_notice/<txnId>, where the txnId is derived
/// from the run's ID and the recipient: a retried or resumed request is answered from the server's
/// transaction cache instead of delivering a second copy. A recipient whose answer was lost (the
/// connection broke, or the process was killed with the request on the wire: the journal then says
/// "unknown") is checked in their rooms for the run's notice before anything is sent again.
///
/// Before anything, the plan checks that the server has a server notices user (without sending a
/// notice); when it has none, planError() says so and what to set in homeserver.yaml.
class ServerNoticeRun : public Operation
{
    Q_OBJECT
public:
    static constexpr const char *JournalKind = "server-notice";

    enum class Skip { None, Malformed, Remote, Duplicate, NoSuchUser, Deactivated, Bot, Support, Guest, LookupFailed };

    struct Recipient
    {
        QString input; ///< as written (or the user ID)
        int line = 0; ///< in the list (0: not from a list)
        QString userId;
        Skip skip = Skip::None;
        ItemOutcome outcome; ///< Planned until run
    };

    explicit ServerNoticeRun(ApiService *api, QObject *parent = nullptr);
    ~ServerNoticeRun() override;

    /// The signed-in account: its server is "this server".
    void setSelfUserId(const QString &userId) { m_self = userId; }
    void setMessage(const QString &text, const QString &html = {});
    QString text() const { return m_text; }
    QString html() const { return m_html; }
    /// All users only: also send to bots and support users / to guests (left out by default).
    void setIncludeBots(bool include) { m_includeBots = include; }
    void setIncludeGuests(bool include) { m_includeGuests = include; }
    /// Where run() keeps its journal (empty: no journal).
    void setJournalDirectory(const QString &dir) { m_journalDir = dir; }

    /// Plan for the listed users (a file, the Users view's selection, one user): each is read on the
    /// server; missing, deactivated, remote and malformed entries are skipped. Ends with planReady().
    void planUsers(const QList<BulkJoinInputItem> &input);
    void planUsers(const QStringList &userIds);
    /// Plan for every local user (not deactivated; bots, support users and guests only when asked).
    void planAll();
    /// Continue the run of a journal: recipients not done get the same notice with the same
    /// transaction IDs. Ends with planReady() (nothing sent yet); false with *error when the journal
    /// cannot be used.
    bool resume(const QString &journalPath, QString *error);
    /// Send to every planned recipient. Ends with finished().
    void run();

    const QList<Recipient> &recipients() const { return m_items; }
    QString runId() const { return m_runId; }
    QString journalPath() const { return m_journal.path(); }
    bool isResumed() const { return m_resumed; }
    /// Set when the plan (or the run) could not go on: no connection, or notices not enabled.
    const ApiError &planError() const { return m_planError; }
    /// The server has no server notices user (planError() then holds its answer).
    bool noticesDisabled() const { return m_noticesDisabled; }
    int count(Skip skip) const;
    OperationTally tally() const;
    /// "120 users get the notice; 7 skipped (5 deactivated, 2 bots)."
    QString previewSummary() const;
    /// "Server notice: 118 done, 2 failed, 7 skipped."
    QString resultSummary() const;
    /// user_id,input,line,outcome,verified,reason (RFC 4180).
    bool writeCsv(QIODevice *device) const;
    static QString skipTitle(Skip skip);

private:
    void checkEnabled(std::function<void()> next);
    void readOne(int index);
    void decide(Recipient &item, const UserSummary &user, bool listed);
    void nextPage();
    void planDone();
    void sendOne(int index);
    void verifyThenSend(int index);
    void onSent(int index, const Result<QString> &result);
    void settle(int index, const ItemOutcome &outcome);
    void runDone();
    void skip(Recipient &item, Skip kind, const QString &reason);

    ApiService *m_api;
    QString m_self;
    QString m_text;
    QString m_html;
    QString m_runId;
    bool m_includeBots = false;
    bool m_includeGuests = false;
    bool m_resumed = false;
    bool m_noticesDisabled = false;
    QString m_journalDir;
    OperationJournal m_journal;
    QList<Recipient> m_items;
    QList<int> m_work;
    QHash<int, bool> m_unknownBefore; ///< resume: sent before, answer lost: check first
    UserPager *m_pager = nullptr;
    ApiError m_planError;
    int m_settled = 0;
};

} // namespace Steward
