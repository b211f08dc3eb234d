#include "rooms/roomdeletion.h"

#include "stewardlogging_ops.h"

#include <QCoreApplication>

namespace Steward {

RoomDeletion::RoomDeletion(ApiService *api, const QString &roomId, const QString &roomName, QObject *parent)
    : QObject(parent)
    , m_run(new RoomDeletionRun(api, this))
    , m_roomId(roomId)
    , m_roomName(roomName)
{
    m_run->setConcurrency(1);
    connect(m_run, &RoomDeletionRun::planReady, this, &RoomDeletion::onPlanReady);
    connect(m_run, &RoomDeletionRun::statusUpdated, this, &RoomDeletion::onStatusUpdated);
    connect(m_run, &RoomDeletionRun::finished, this, &RoomDeletion::onFinished);
}

QString RoomDeletion::validateOptions() const
{
    return RoomDeletionRun::validateOptions(m_options);
}

QStringList RoomDeletion::preview() const
{
    const QString room = m_roomName.isEmpty() ? m_roomId : QStringLiteral("%1 (%2)").arg(m_roomName, m_roomId);
    QStringList lines;
    lines << tr("Every local user is removed from %1 and the room leaves the public room directory.").arg(room);
    const QString newRoomUser = m_options.newRoomUserId.trimmed();
    if (!newRoomUser.isEmpty()) {
        const QString name = m_options.roomName.isEmpty() ? tr("Content Violation Notification") : m_options.roomName;
        const QString message = m_options.message.isEmpty()
            ? tr("Sharing illegal content on this server is not permitted and rooms in violation will be blocked.")
            : m_options.message;
        lines << tr("%1 creates a new room \"%2\"; the removed users are moved there and the room's local aliases "
                    "point to it.")
                     .arg(newRoomUser, name);
        lines << tr("They see this message in the new room: \"%1\"").arg(message);
    } else {
        lines << tr("No new room is created: removed users are not told why, and the room's local aliases are "
                    "deleted.");
        if (!m_options.message.isEmpty() || !m_options.roomName.isEmpty()) {
            lines << tr("The message and the new room name are ignored without a user to create the new room.");
        }
    }
    lines << (m_options.block ? tr("The room is blocked: nobody on this server can join it again.")
                              : tr("The room is not blocked: users of this server could join it again "
                                   "through other servers."));
    if (m_options.purge) {
        lines << tr("The room's history is purged from this server's database. This cannot be undone.");
        if (m_options.forcePurge) {
            lines << tr("The purge goes ahead even if some local users could not be removed.");
        }
    } else {
        lines << tr("The history stays in the database (no purge); the room can still be inspected by admins.");
        if (m_options.forcePurge) {
            lines << tr("\"Force purge\" has no effect without purging.");
        }
    }
    return lines;
}

bool RoomDeletion::confirmationMatches(const QString &typed, const QString &roomId, const QString &roomName)
{
    const QString t = typed.trimmed();
    if (t.isEmpty()) {
        return false;
    }
    return t == roomId || (!roomName.trimmed().isEmpty() && t == roomName.trimmed());
}

bool RoomDeletion::confirm(const QString &typed)
{
    m_confirmed = confirmationMatches(typed, m_roomId, m_roomName);
    return m_confirmed;
}

const RoomDeletionRun::Item *RoomDeletion::item() const
{
    return m_run->items().isEmpty() ? nullptr : &m_run->items().constFirst();
}

void RoomDeletion::checkExisting()
{
    if (m_state != State::Idle && m_state != State::Error && m_state != State::Failed
        && m_state != State::NotDeletable) {
        return;
    }
    m_error = ApiError();
    m_adopted = false;
    setState(State::Checking);
    m_run->plan({ m_roomId });
}

void RoomDeletion::onPlanReady()
{
    const RoomDeletionRun::Item *it = item();
    if (!it || it->outcome.status != ItemStatus::Planned) {
        m_error = ApiError(ApiError::Kind::Refused, it ? it->outcome.reason : tr("Nothing to check."));
        setState(State::NotDeletable);
        return;
    }
    if (it->adopted) {
        m_adopted = true;
        m_status = it->status;
        Q_EMIT statusUpdated(m_status);
        m_run->setOptions(RoomDeleteOptions()); // nothing is sent: the server's own deletion is followed
        m_run->run();
        setState(State::Running);
        return;
    }
    setState(State::Ready);
}

bool RoomDeletion::start()
{
    if (m_state != State::Ready) {
        m_error = ApiError(ApiError::Kind::Refused, tr("The deletion cannot start now (check the room first)."));
        return false;
    }
    if (!m_confirmed) {
        m_error = ApiError(ApiError::Kind::Refused, tr("Type the room's name or ID to confirm the deletion."));
        return false;
    }
    m_run->setOptions(m_options);
    QString problem;
    if (!m_run->run(&problem)) {
        m_error = ApiError(ApiError::Kind::Refused, problem);
        return false;
    }
    setState(State::Starting);
    return true;
}

void RoomDeletion::stopWatching()
{
    m_run->cancel();
}

void RoomDeletion::onStatusUpdated()
{
    const RoomDeletionRun::Item *it = item();
    if (!it || (m_state != State::Starting && m_state != State::Running)) {
        return;
    }
    m_status = it->status;
    Q_EMIT statusUpdated(m_status);
    if (m_state == State::Starting && !m_status.deleteId.isEmpty()) {
        setState(State::Running);
    }
}

void RoomDeletion::onFinished()
{
    const RoomDeletionRun::Item *it = item();
    if (!it || (m_state != State::Starting && m_state != State::Running)) {
        return;
    }
    m_status = it->status;
    switch (it->outcome.status) {
    case ItemStatus::Done:
        setState(State::Complete);
        break;
    case ItemStatus::Failed:
        if (m_status.state == RoomDeleteStatus::State::Failed) {
            setState(State::Failed);
            break;
        }
        [[fallthrough]];
    case ItemStatus::Unknown:
    case ItemStatus::Planned:
    case ItemStatus::Skipped:
        m_error = ApiError(ApiError::Kind::Refused, it->outcome.reason);
        qCWarning(lcOps) << "room deletion of" << m_roomId << "did not complete:" << it->outcome.reason;
        setState(State::Error);
        break;
    case ItemStatus::NotAttempted:
        setState(State::Stopped);
        break;
    }
    Q_EMIT finished();
}

void RoomDeletion::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

QStringList RoomDeletion::report() const
{
    QStringList lines;
    const RoomShutdownResult &s = m_status.shutdown;
    auto listed = [](const QStringList &users) {
        return users.isEmpty() ? tr("none") : users.join(QStringLiteral(", "));
    };
    const RoomDeletionRun::Item *it = item();
    switch (m_state) {
    case State::Idle:
    case State::Checking:
        lines << tr("Checking whether the server is already deleting this room…");
        return lines;
    case State::Ready:
        lines << tr("The room is not being deleted.");
        return lines;
    case State::NotDeletable:
        lines << tr("This room cannot be deleted: %1").arg(it ? it->outcome.reason : m_error.message());
        return lines;
    case State::Starting:
        lines << tr("Asking the server to delete the room…");
        return lines;
    case State::Stopped:
        lines << tr("Stopped before the request was sent: nothing was deleted.");
        return lines;
    case State::Running:
        lines << (m_adopted ? tr("The server is already deleting this room (task %1, %2).")
                            : tr("The server is deleting the room (task %1, %2)."))
                     .arg(m_status.deleteId, m_status.stateText.isEmpty() ? tr("scheduled") : m_status.stateText);
        lines << tr("Users removed so far: %1").arg(listed(s.kickedUsers));
        return lines;
    case State::Complete:
        lines << tr("The room was deleted.");
        if (it && it->outcome.verified) {
            lines << it->outcome.reason;
        }
        break;
    case State::Failed:
        lines << tr("The server reports that the deletion failed: %1")
                     .arg(m_status.error.isEmpty() ? tr("no reason given") : m_status.error);
        break;
    case State::Error:
        lines << m_error.message();
        if (m_status.deleteId.isEmpty()) {
            return lines;
        }
        break;
    }
    lines << tr("Users removed: %1").arg(listed(s.kickedUsers));
    lines << tr("Users that could not be removed: %1").arg(listed(s.failedToKickUsers));
    if (!s.localAliases.isEmpty()) {
        lines << tr("Local aliases: %1").arg(s.localAliases.join(QStringLiteral(", ")));
    }
    lines << (s.newRoomId.isEmpty() ? tr("No new room was created.")
                                    : tr("New room for the removed users: %1").arg(s.newRoomId));
    return lines;
}

} // namespace Steward
