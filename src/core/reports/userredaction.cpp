#include "reports/userredaction.h"

#include "operation/itemwindow.h"
#include "users/userapi.h"

namespace Steward {

namespace {
constexpr int MaxStatusAttempts = 5;
} // namespace

UserRedaction::UserRedaction(ApiService *api, QObject *parent)
    : Operation(parent)
    , m_api(api)
{
    setConcurrency(1);
}

void UserRedaction::plan()
{
    setState(State::Planning);
    m_items.clear();
    m_planError = ApiError();
    if (!m_rooms.isEmpty()) {
        QStringList seen;
        for (const QString &room : std::as_const(m_rooms)) {
            Item item { room, {}, {}, {} };
            if (seen.contains(room)) {
                item.outcome = { ItemStatus::Skipped, tr("listed twice"), false };
            }
            seen << room;
            m_items << item;
        }
        setState(State::Planned);
        Q_EMIT planReady();
        return;
    }
    setPhase(tr("Reading the user's rooms"));
    UserApi::memberships(m_api, m_userId, this, [this](const Result<QHash<QString, QString>> &result) {
        if (!result.ok()) {
            m_planError = result.error();
            setState(State::Planned);
            Q_EMIT planReady();
            return;
        }
        QStringList rooms = result->keys();
        rooms.sort();
        for (const QString &room : std::as_const(rooms)) {
            const QString membership = result->value(room);
            Item item { room, {}, {}, {} };
            if (membership == u"invite" || membership == u"knock") {
                item.outcome = { ItemStatus::Skipped,
                                 tr("never joined (membership: %1): no events of the user there").arg(membership),
                                 false };
            }
            m_items << item;
        }
        setState(State::Planned);
        Q_EMIT planReady();
    });
}

OperationTally UserRedaction::tally() const
{
    OperationTally t;
    for (const Item &item : m_items) {
        t.add(item.outcome.status);
    }
    return t;
}

void UserRedaction::run()
{
    m_work.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).outcome.status == ItemStatus::Planned) {
            m_work << i;
        }
    }
    m_settled = 0;
    setState(State::Running);
    setProgress(0, m_work.size(), tr("Redacting the user's events"));
    disconnect(window(), &ItemWindow::finished, this, nullptr);
    connect(window(), &ItemWindow::finished, this, [this]() {
        for (int i : std::as_const(m_work)) {
            if (m_items.at(i).outcome.status == ItemStatus::Planned) {
                m_items[i].outcome = { ItemStatus::NotAttempted, tr("cancelled before it was started"), false };
            }
        }
        finish();
    });
    window()->start(int(m_work.size()), concurrency(), [this](int n) { launch(m_work.at(n)); });
}

void UserRedaction::cancel()
{
    Operation::cancel();
}

void UserRedaction::launch(int index)
{
    // The tasks the server has before the request: a lost answer is verified against them.
    ApiReply *reply = ReportsApi::redactTasks(m_api, m_userId, this, [this, index](const Result<QStringList> &before) {
        if (!before.ok()) {
            settle(index,
                   ItemOutcome::fromError(before.error()).status == ItemStatus::Unknown
                       ? ItemOutcome { ItemStatus::NotAttempted, before.error().describe(), false }
                       : ItemOutcome { ItemStatus::Failed, before.error().describe(), false });
            return;
        }
        const QStringList known = before.value();
        BulkLane lane;
        ApiReply *post = ReportsApi::redactUser(m_api, m_userId, { m_items.at(index).roomId }, m_reason, m_limit, this,
                                                [this, index, known](const Result<QString> &result) {
                                                    if (result.ok()) {
                                                        m_items[index].redactId = result.value();
                                                        poll(index, 0);
                                                        return;
                                                    }
                                                    const ItemOutcome o = ItemOutcome::fromError(result.error());
                                                    if (o.status != ItemStatus::Unknown) {
                                                        settle(index, o);
                                                        return;
                                                    }
                                                    verifyStart(index, known, result.error());
                                                });
        window()->track(post);
    });
    window()->track(reply);
}

void UserRedaction::verifyStart(int index, const QStringList &known, const ApiError &lost)
{
    BulkLane lane;
    ApiReply *reply =
        ReportsApi::redactTasks(m_api, m_userId, this, [this, index, known, lost](const Result<QStringList> &after) {
            if (!after.ok()) {
                settle(index,
                       { ItemStatus::Unknown,
                         tr("the answer was lost (%1) and the server's tasks could not be read: %2")
                             .arg(lost.describe(), after.error().describe()),
                         false });
                return;
            }
            QStringList fresh;
            for (const QString &id : after.value()) {
                if (!known.contains(id)) {
                    fresh << id;
                }
            }
            if (fresh.isEmpty()) {
                settle(index,
                       { ItemStatus::Failed,
                         tr("the request did not reach the server (%1): no task was started").arg(lost.describe()),
                         true });
                return;
            }
            // The server started it: follow that task like any other.
            m_items[index].redactId = fresh.first();
            m_items[index].outcome.verified = true;
            poll(index, 0);
        });
    window()->track(reply);
}

void UserRedaction::poll(int index, int attempt)
{
    const QString id = m_items.at(index).redactId;
    BulkLane lane;
    ApiReply *reply =
        ReportsApi::redactStatus(m_api, id, this, [this, index, attempt](const Result<RedactStatus> &result) {
            if (!result.ok()) {
                if (attempt + 1 < MaxStatusAttempts && !result.error().isNotFound()
                    && result.error().kind() != ApiError::Kind::Cancelled) {
                    QTimer::singleShot(m_pollMs, this, [this, index, attempt]() { poll(index, attempt + 1); });
                    return;
                }
                settle(index,
                       { ItemStatus::Unknown,
                         tr("the server started task %1, but its status could not be read: %2")
                             .arg(m_items.at(index).redactId, result.error().describe()),
                         false });
                return;
            }
            if (!result->isFinished()) {
                QTimer::singleShot(m_pollMs, this, [this, index]() { poll(index, 0); });
                return;
            }
            Item &item = m_items[index];
            item.failedRedactions = result->failedRedactions;
            if (result->state == RedactStatus::State::Failed) {
                settle(index, { ItemStatus::Failed, result->error, false });
            } else if (!result->failedRedactions.isEmpty()) {
                QStringList reasons;
                for (auto it = result->failedRedactions.cbegin(); it != result->failedRedactions.cend(); ++it) {
                    reasons << it.key() + QStringLiteral(": ") + it.value();
                }
                reasons.sort();
                settle(index,
                       { ItemStatus::Failed,
                         tr("%n event(s) could not be redacted: %1", nullptr, int(reasons.size()))
                             .arg(reasons.join(QStringLiteral("; "))),
                         false });
            } else {
                settle(index,
                       { ItemStatus::Done, tr("the server's redaction task completed without failures"), false });
            }
        });
    window()->track(reply);
}

void UserRedaction::settle(int index, const ItemOutcome &outcome)
{
    const bool verified = m_items.at(index).outcome.verified;
    m_items[index].outcome = outcome;
    m_items[index].outcome.verified = outcome.verified || verified;
    ++m_settled;
    setProgress(m_settled, m_work.size());
    Q_EMIT itemSettled(index);
    window()->itemDone();
}

} // namespace Steward
