#include "roomdeletion.h"

#include "stewardlogging_ops.h"

#include <QCoreApplication>

namespace Steward {

namespace {
constexpr int MaxPollFailures = 5;
} // namespace

RoomDeletion::RoomDeletion(ApiService *api, const QString &roomId, const QString &roomName, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_roomId(roomId)
    , m_roomName(roomName)
{
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(1000);
    connect(&m_pollTimer, &QTimer::timeout, this, &RoomDeletion::poll);
}

QString RoomDeletion::validateOptions() const
{
    const QString user = m_options.newRoomUserId.trimmed();
    if (!user.isEmpty() && (!user.startsWith(QLatin1Char('@')) || !user.contains(QLatin1Char(':')))) {
        return tr("\"%1\" is not a user ID: the new room's creator must look like @name:server and be a user "
                  "of this server.")
            .arg(user);
    }
    return {};
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

void RoomDeletion::checkExisting()
{
    if (m_state != State::Idle && m_state != State::Error && m_state != State::Failed) {
        return;
    }
    m_error = ApiError();
    setState(State::Checking);
    m_reply =
        RoomsApi::deleteStatusForRoom(m_api, m_roomId, this, [this](const Result<QList<RoomDeleteStatus>> &result) {
            m_reply = nullptr;
            if (!result.ok()) {
                fail(result.error());
                return;
            }
            for (const RoomDeleteStatus &s : result.value()) {
                if (s.isRunning()) {
                    m_adopted = true;
                    apply(s);
                    setState(State::Running);
                    follow(s.deleteId);
                    return;
                }
            }
            setState(State::Ready);
        });
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
    const QString problem = validateOptions();
    if (!problem.isEmpty()) {
        m_error = ApiError(ApiError::Kind::Refused, problem);
        return false;
    }
    RoomDeleteOptions options = m_options;
    options.newRoomUserId = options.newRoomUserId.trimmed();
    setState(State::Starting);
    m_startSent = true;
    qCInfo(lcOps) << "deleting room" << m_roomId;
    m_reply = RoomsApi::deleteRoom(m_api, m_roomId, options, this, [this](const Result<QString> &result) {
        m_reply = nullptr;
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        m_status.deleteId = result.value();
        m_status.roomId = m_roomId;
        m_status.state = RoomDeleteStatus::State::Scheduled;
        setState(State::Running);
        follow(result.value());
    });
    return true;
}

void RoomDeletion::stopWatching()
{
    m_pollTimer.stop();
    if (m_reply) {
        m_reply->cancel();
    }
}

void RoomDeletion::follow(const QString &deleteId)
{
    m_status.deleteId = deleteId;
    m_pollFailures = 0;
    poll();
}

void RoomDeletion::poll()
{
    m_reply = RoomsApi::deleteStatus(m_api, m_status.deleteId, this, [this](const Result<RoomDeleteStatus> &result) {
        m_reply = nullptr;
        if (!result.ok()) {
            if (result.error().kind() == ApiError::Kind::Cancelled) {
                return;
            }
            // The pipeline already retried transient trouble; a few more tries before giving up.
            if (++m_pollFailures >= MaxPollFailures || result.error().isAuthenticationFailure()) {
                fail(result.error());
                return;
            }
            m_pollTimer.start();
            return;
        }
        m_pollFailures = 0;
        apply(result.value());
        if (m_status.state == RoomDeleteStatus::State::Complete) {
            setState(State::Complete);
            Q_EMIT finished();
        } else if (m_status.state == RoomDeleteStatus::State::Failed) {
            setState(State::Failed);
            Q_EMIT finished();
        } else {
            m_pollTimer.start();
        }
    });
}

void RoomDeletion::apply(const RoomDeleteStatus &status)
{
    m_status = status;
    Q_EMIT statusUpdated(m_status);
}

void RoomDeletion::fail(const ApiError &error)
{
    m_error = error;
    qCWarning(lcOps) << "room deletion of" << m_roomId << "failed:" << error.describe();
    setState(State::Error);
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
    switch (m_state) {
    case State::Idle:
    case State::Checking:
        lines << tr("Checking whether the server is already deleting this room…");
        return lines;
    case State::Ready:
        lines << tr("The room is not being deleted.");
        return lines;
    case State::Starting:
        lines << tr("Asking the server to delete the room…");
        return lines;
    case State::Running:
        lines << (m_adopted ? tr("The server is already deleting this room (task %1, %2).")
                            : tr("The server is deleting the room (task %1, %2)."))
                     .arg(m_status.deleteId, m_status.stateText.isEmpty() ? tr("scheduled") : m_status.stateText);
        lines << tr("Users removed so far: %1").arg(listed(s.kickedUsers));
        return lines;
    case State::Complete:
        lines << tr("The room was deleted.");
        break;
    case State::Failed:
        lines << tr("The server reports that the deletion failed: %1")
                     .arg(m_status.error.isEmpty() ? tr("no reason given") : m_status.error);
        break;
    case State::Error:
        if (m_status.deleteId.isEmpty() && m_startSent
            && (m_error.isTransient() || m_error.kind() == ApiError::Kind::Network)) {
            lines << tr("The server did not confirm the deletion (%1). It may have started anyway: open the room "
                        "again to see its state before trying again.")
                         .arg(m_error.describe());
        } else if (m_status.deleteId.isEmpty()) {
            lines << tr("The deletion was not started: %1").arg(m_error.describe());
        } else {
            lines << tr("Steward stopped following the deletion (task %1): %2. It may still be running on the "
                        "server; open the room again to see its state.")
                         .arg(m_status.deleteId, m_error.describe());
        }
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
