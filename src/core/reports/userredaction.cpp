#include "userredaction.h"

#include "itemwindow.h"
#include "userapi.h"

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
    const QString room = m_items.at(index).roomId;
    ApiReply *reply = ReportsApi::redactUser(m_api, m_userId, { room }, m_reason, m_limit, this,
                                             [this, index](const Result<QString> &result) {
                                                 if (!result.ok()) {
                                                     ItemOutcome o = ItemOutcome::fromError(result.error());
                                                     if (o.status == ItemStatus::Unknown) {
                                                         o.reason = tr("the answer was lost: the server may have "
                                                                       "started redacting (%1)")
                                                                        .arg(result.error().describe());
                                                     }
                                                     settle(index, o);
                                                     return;
                                                 }
                                                 m_items[index].redactId = result.value();
                                                 poll(index, 0);
                                             });
    window()->track(reply);
}

void UserRedaction::poll(int index, int attempt)
{
    const QString id = m_items.at(index).redactId;
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
    m_items[index].outcome = outcome;
    ++m_settled;
    setProgress(m_settled, m_work.size());
    Q_EMIT itemSettled(index);
    window()->itemDone();
}

} // namespace Steward
