#include "notices/servernoticerun.h"

#include "apiservice.h"
#include "csvwriter.h"
#include "notices/servernoticeapi.h"
#include "operation/itemwindow.h"
#include "outcome.h"
#include "users/userpager.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

namespace Steward {

namespace {
bool isConnectionProblem(const ApiError &e)
{
    return e.kind() == ApiError::Kind::Network || e.kind() == ApiError::Kind::Timeout || e.kind() == ApiError::Kind::Tls
        || e.isAuthenticationFailure();
}

QString newRunId()
{
    return QStringLiteral("%1%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")))
        .arg(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}
} // namespace

ServerNoticeRun::ServerNoticeRun(ApiService *api, QObject *parent)
    : Operation(parent)
    , m_api(api)
{
    connect(window(), &ItemWindow::finished, this, [this]() {
        if (state() == State::Planning) {
            planDone();
        } else if (state() == State::Running) {
            runDone();
        }
    });
}

ServerNoticeRun::~ServerNoticeRun() = default;

void ServerNoticeRun::setMessage(const QString &text, const QString &html)
{
    m_text = text;
    m_html = html;
}

QString ServerNoticeRun::skipTitle(Skip skip)
{
    switch (skip) {
    case Skip::None:
        return {};
    case Skip::Malformed:
        return tr("not a user ID");
    case Skip::Remote:
        return tr("another server");
    case Skip::Duplicate:
        return tr("listed twice");
    case Skip::NoSuchUser:
        return tr("no such user");
    case Skip::Deactivated:
        return tr("deactivated");
    case Skip::Bot:
        return tr("bots");
    case Skip::Support:
        return tr("support users");
    case Skip::Guest:
        return tr("guests");
    case Skip::LookupFailed:
        return tr("could not be read");
    }
    return {};
}

void ServerNoticeRun::skip(Recipient &item, Skip kind, const QString &reason)
{
    item.skip = kind;
    item.outcome = { ItemStatus::Skipped, reason, false };
}

int ServerNoticeRun::count(Skip skip) const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [skip](const Recipient &r) {
        return r.outcome.status == ItemStatus::Skipped && r.skip == skip;
    }));
}

OperationTally ServerNoticeRun::tally() const
{
    OperationTally t;
    for (const Recipient &r : m_items) {
        t.add(r.outcome.status);
    }
    return t;
}

void ServerNoticeRun::checkEnabled(std::function<void()> next)
{
    ServerNoticeApi::checkEnabled(m_api, BulkJoinInput::serverNameOf(m_self), this,
                                  [this, next](const Result<bool> &enabled) {
                                      if (!enabled.ok()) {
                                          m_planError = enabled.error();
                                          planDone();
                                      } else if (!enabled.value()) {
                                          m_noticesDisabled = true;
                                          planDone();
                                      } else {
                                          next();
                                      }
                                  });
}

void ServerNoticeRun::planUsers(const QStringList &userIds)
{
    QList<BulkJoinInputItem> input;
    for (const QString &id : userIds) {
        input.append({ id, 0 });
    }
    planUsers(input);
}

void ServerNoticeRun::planUsers(const QList<BulkJoinInputItem> &input)
{
    if (isRunning()) {
        return;
    }
    setState(State::Planning);
    m_items.clear();
    m_planError = {};
    m_noticesDisabled = false;
    m_runId = newRunId();
    const QString serverName = BulkJoinInput::serverNameOf(m_self);
    const BulkJoinInput::Checked checked = BulkJoinInput::check(input, {}, serverName);
    for (const BulkJoinProblem &p : checked.problems) {
        Recipient item { p.item, p.line, {}, Skip::None, {} };
        if (p.kind == BulkJoinProblem::Kind::RemoteUser) {
            item.userId = p.item;
            skip(item, Skip::Remote,
                 tr("A user of another server (%1): server notices go only to users of %2.")
                     .arg(BulkJoinInput::serverNameOf(p.item), serverName));
        } else if (p.kind == BulkJoinProblem::Kind::DuplicateUser) {
            skip(item, Skip::Duplicate, tr("Listed more than once: gets the notice once."));
        } else {
            skip(item, Skip::Malformed, p.reason);
        }
        m_items.append(item);
    }
    for (const QString &id : checked.users) {
        int line = 0;
        for (const BulkJoinInputItem &in : input) {
            QString problem;
            if (BulkJoinInput::normalizeUser(in.text, serverName, &problem) == id) {
                line = in.line;
                break;
            }
        }
        m_items.append({ id, line, id, Skip::None, {} });
    }
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const Recipient &a, const Recipient &b) { return a.line < b.line; });
    m_work.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).outcome.status == ItemStatus::Planned) {
            m_work.append(i);
        }
    }
    setPhase(tr("Checking that the server can send notices"));
    checkEnabled([this]() {
        m_settled = 0;
        setProgress(0, m_work.size(), tr("Reading the users"));
        window()->start(int(m_work.size()), concurrency(), [this](int n) { readOne(m_work.at(n)); });
    });
}

void ServerNoticeRun::readOne(int index)
{
    ApiReply *reply =
        UserApi::queryUser(m_api, m_items.at(index).userId, this, [this, index](const Result<UserDetails> &r) {
            Recipient &item = m_items[index];
            if (r.ok()) {
                decide(item, r->summary, true);
            } else if (r.error().isNotFound()) {
                skip(item, Skip::NoSuchUser, tr("There is no such user on this server."));
            } else {
                if (isConnectionProblem(r.error()) && m_planError.isOk()) {
                    m_planError = r.error();
                }
                skip(item, Skip::LookupFailed, tr("Could not read the user: %1").arg(r.error().describe()));
            }
            setProgress(++m_settled, m_work.size());
            window()->itemDone();
        });
    window()->track(reply);
}

void ServerNoticeRun::decide(Recipient &item, const UserSummary &user, bool listed)
{
    if (user.deactivated) {
        skip(item, Skip::Deactivated, tr("Deactivated."));
    } else if (!listed && !m_includeBots && user.userType == QLatin1String("bot")) {
        skip(item, Skip::Bot, tr("A bot (left out unless bots are included)."));
    } else if (!listed && !m_includeBots && user.userType == QLatin1String("support")) {
        skip(item, Skip::Support, tr("A support user (left out unless bots are included)."));
    } else if (!listed && !m_includeGuests && user.guest) {
        skip(item, Skip::Guest, tr("A guest (left out unless guests are included)."));
    }
}

void ServerNoticeRun::planAll()
{
    if (isRunning()) {
        return;
    }
    setState(State::Planning);
    m_items.clear();
    m_work.clear();
    m_planError = {};
    m_noticesDisabled = false;
    m_runId = newRunId();
    setPhase(tr("Checking that the server can send notices"));
    checkEnabled([this]() {
        delete m_pager;
        m_pager = new UserPager(m_api, this);
        UserListQuery q;
        q.includeDeactivated = true;
        q.includeGuests = true;
        q.includeLocked = true;
        m_pager->setQuery(q);
        m_pager->setPageSize(1000);
        connect(m_pager, &UserPager::rowsArrived, this, [this](const QList<UserSummary> &users) {
            for (const UserSummary &u : users) {
                Recipient item { u.userId, 0, u.userId, Skip::None, {} };
                decide(item, u, false);
                m_items.append(item);
            }
            setProgress(m_items.size(), m_pager->total(), tr("Reading the users"));
            nextPage();
        });
        connect(m_pager, &UserPager::failed, this, [this](const ApiError &error) {
            m_planError = error;
            planDone();
        });
        nextPage();
    });
}

void ServerNoticeRun::nextPage()
{
    if (isCancelled()) {
        planDone();
    } else if (m_pager->atEnd()) {
        planDone();
    } else {
        QTimer::singleShot(0, m_pager, &UserPager::fetchNext); // not from inside its own signal
    }
}

void ServerNoticeRun::planDone()
{
    if (state() != State::Planning) {
        return;
    }
    if (isCancelled()) {
        m_planError = ApiError::cancelled();
    }
    setState(State::Planned);
    Q_EMIT planReady();
}

bool ServerNoticeRun::resume(const QString &journalPath, QString *error)
{
    if (isRunning()) {
        return false;
    }
    const auto loaded = OperationJournal::load(journalPath, error, QLatin1String(JournalKind));
    if (!loaded) {
        return false;
    }
    const QJsonObject params = loaded->params;
    m_runId = params.value(QStringLiteral("run_id")).toString();
    if (m_runId.isEmpty()) {
        *error = tr("the journal %1 names no run ID").arg(journalPath);
        return false;
    }
    if (!m_journal.reopen(journalPath, error)) {
        return false;
    }
    m_text = params.value(QStringLiteral("text")).toString();
    m_html = params.value(QStringLiteral("html")).toString();
    m_items.clear();
    m_unknownBefore.clear();
    m_planError = {};
    m_noticesDisabled = false;
    m_resumed = true;
    for (const QString &key : loaded->keys) {
        Recipient item { key, 0, key, Skip::None, {} };
        const auto it = loaded->outcomes.constFind(key);
        if (it != loaded->outcomes.cend()) {
            if (it->status == ItemStatus::Done || it->status == ItemStatus::Skipped) {
                item.outcome = *it;
                item.outcome.reason = tr("In an earlier run: %1").arg(it->reason);
                if (it->status == ItemStatus::Skipped) {
                    item.skip = Skip::LookupFailed;
                }
            } else if (it->status == ItemStatus::Unknown) {
                m_unknownBefore.insert(int(m_items.size()), true);
            }
        }
        m_items.append(item);
    }
    setState(State::Planned);
    QTimer::singleShot(0, this, [this]() { Q_EMIT planReady(); });
    return true;
}

void ServerNoticeRun::run()
{
    if (state() != State::Planned || !m_planError.isOk() || m_noticesDisabled) {
        return;
    }
    m_work.clear();
    QStringList keys;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).outcome.status == ItemStatus::Planned) {
            m_work.append(i);
            keys << m_items.at(i).userId;
        }
    }
    if (!m_journal.isOpen() && !m_journalDir.isEmpty() && !keys.isEmpty()) {
        const QJsonObject params { { QStringLiteral("run_id"), m_runId },
                                   { QStringLiteral("text"), m_text },
                                   { QStringLiteral("html"), m_html } };
        QString error;
        if (!m_journal.create(m_journalDir, QLatin1String(JournalKind), m_api->baseUrl().toString(), params, keys,
                              &error)) {
            m_planError = ApiError::invalidResponse(error);
        }
    }
    setState(State::Running);
    if (!m_planError.isOk()) {
        // Without a journal a killed run could not be resumed: nothing is sent.
        for (int i : std::as_const(m_work)) {
            m_items[i].outcome = { ItemStatus::NotAttempted, m_planError.message(), false };
        }
        finish();
        return;
    }
    m_settled = 0;
    setProgress(0, m_work.size(), tr("Sending the notice"));
    window()->start(int(m_work.size()), concurrency(), [this](int n) {
        const int index = m_work.at(n);
        if (m_unknownBefore.contains(index)) {
            verifyThenSend(index);
        } else {
            sendOne(index);
        }
    });
}

void ServerNoticeRun::sendOne(int index)
{
    if (window()->isCancelled()) {
        settle(index, { ItemStatus::NotAttempted, tr("Cancelled before it was sent."), false });
        return;
    }
    const QString id = m_items.at(index).userId;
    if (m_journal.isOpen()) {
        // Should the process die before the answer, a resume checks this recipient first.
        m_journal.record(id, { ItemStatus::Unknown, tr("Sent; the run stopped before the server answered."), false });
    }
    BulkLane lane;
    ApiReply *reply = ServerNoticeApi::send(m_api, m_runId, id, ServerNoticeApi::content(m_text, m_html, m_runId), this,
                                            [this, index](const Result<QString> &r) { onSent(index, r); });
    window()->track(reply);
}

void ServerNoticeRun::verifyThenSend(int index)
{
    ServerNoticeApi::wasDelivered(m_api, m_items.at(index).userId, m_runId, this,
                                  [this, index](const Result<bool> &found) {
                                      if (!found.ok()) {
                                          settle(index,
                                                 { ItemStatus::Unknown,
                                                   tr("An earlier run sent it without getting the answer, and "
                                                      "reading the user's rooms failed (%1): check this user.")
                                                       .arg(found.error().describe()),
                                                   false });
                                      } else if (found.value()) {
                                          settle(index,
                                                 { ItemStatus::Done,
                                                   tr("Delivered by an earlier run (found in the user's "
                                                      "notice room)."),
                                                   true });
                                      } else {
                                          sendOne(index);
                                      }
                                  });
}

void ServerNoticeRun::onSent(int index, const Result<QString> &result)
{
    if (result.ok()) {
        settle(index, { ItemStatus::Done, tr("Sent."), false });
        return;
    }
    const ApiError &error = result.error();
    if (error.kind() == ApiError::Kind::Cancelled) { // cancel() drops only what is not on the wire yet
        settle(index, { ItemStatus::NotAttempted, tr("Cancelled before it was sent."), false });
        return;
    }
    if (ServerNoticeApi::isNotEnabled(error)) {
        m_noticesDisabled = true;
        window()->cancel(false);
        settle(index, { ItemStatus::Failed, ServerNoticeApi::notEnabledText(), false });
        return;
    }
    if (!answerLost(error)) {
        settle(index, { ItemStatus::Failed, error.describe(), false });
        return;
    }
    BulkLane lane;
    ServerNoticeApi::wasDelivered(
        m_api, m_items.at(index).userId, m_runId, this, [this, index, error](const Result<bool> &found) {
            if (!found.ok()) {
                settle(index,
                       { ItemStatus::Unknown,
                         tr("The server's answer was lost (%1) and reading the user's rooms failed too (%2): "
                            "resume the run to check and send again.")
                             .arg(error.describe(), found.error().describe()),
                         false });
            } else if (found.value()) {
                settle(index,
                       { ItemStatus::Done,
                         tr("The server's answer was lost (%1); the notice is in the user's notice room.")
                             .arg(error.describe()),
                         true });
            } else {
                settle(index,
                       { ItemStatus::Failed,
                         tr("The server's answer was lost (%1); the notice is not in the user's rooms: not "
                            "delivered (resume the run to send it again).")
                             .arg(error.describe()),
                         true });
            }
        });
}

void ServerNoticeRun::settle(int index, const ItemOutcome &outcome)
{
    Recipient &item = m_items[index];
    item.outcome = outcome;
    if (m_journal.isOpen()) {
        m_journal.record(item.userId, outcome);
    }
    setProgress(++m_settled, m_work.size());
    Q_EMIT itemSettled(index);
    window()->itemDone();
}

void ServerNoticeRun::runDone()
{
    for (Recipient &item : m_items) {
        if (item.outcome.status == ItemStatus::Planned) {
            item.outcome = { ItemStatus::NotAttempted,
                             m_noticesDisabled ? tr("Not sent: the server cannot send server notices.")
                                               : tr("Cancelled: nothing was sent to this user."),
                             false };
            if (m_journal.isOpen()) {
                m_journal.record(item.userId, item.outcome);
            }
        }
    }
    if (m_journal.isOpen()) {
        m_journal.end(isCancelled());
        m_journal.close();
    }
    finish();
}

QString ServerNoticeRun::previewSummary() const
{
    QStringList why;
    for (Skip kind : { Skip::Deactivated, Skip::Bot, Skip::Support, Skip::Guest, Skip::NoSuchUser, Skip::Remote,
                       Skip::Malformed, Skip::Duplicate, Skip::LookupFailed }) {
        if (const int n = count(kind)) {
            why << QStringLiteral("%1 %2").arg(n).arg(skipTitle(kind));
        }
    }
    const OperationTally t = tally();
    QString text = tr("%n user(s) get the notice", nullptr, t.planned);
    if (t.skipped > 0) {
        text += tr("; %n skipped", nullptr, t.skipped) + QStringLiteral(" (") + why.join(QStringLiteral(", "))
            + QLatin1Char(')');
    }
    return text + QLatin1Char('.');
}

QString ServerNoticeRun::resultSummary() const
{
    return tr("Server notice: %1.").arg(tally().summary());
}

bool ServerNoticeRun::writeCsv(QIODevice *device) const
{
    CsvWriter csv(device);
    csv.setTrustedColumns({ 2 });
    csv.writeRow({ QStringLiteral("user_id"), QStringLiteral("input"), QStringLiteral("line"),
                   QStringLiteral("outcome"), QStringLiteral("verified"), QStringLiteral("reason") });
    for (const Recipient &r : m_items) {
        csv.writeRow({ r.userId, r.input, QString::number(r.line), itemStatusName(r.outcome.status),
                       r.outcome.verified ? QStringLiteral("yes") : QString(), r.outcome.reason });
    }
    return !csv.hasError();
}

} // namespace Steward
