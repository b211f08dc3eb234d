#pragma once

#include "pagedlistmodel.h"
#include "rooms/roomsapi.h"

namespace Steward {

/// The joined members of one room (GET /_synapse/admin/v1/rooms/<id>/members; the server sends
/// them all at once, so this list is one page). Columns: user ID, and whether the user belongs to
/// this server.
class RoomMembersModel : public PagedTableModel<QString>
{
    Q_OBJECT
public:
    enum Column { UserId, Origin, ColumnCount };
    enum Roles { UserIdRole = IdRole };

    explicit RoomMembersModel(ApiService *api, QObject *parent = nullptr);

    /// "steward.test": members on this server are shown as local.
    void setLocalServerName(const QString &serverName) { m_serverName = serverName; }
    void load(const QString &roomId);
    void clear();

    QString roomId() const { return m_roomId; }
    QStringList members() const;
    QStringList localMembers() const;

Q_SIGNALS:
    void loaded();
    void errorOccurred(const Steward::ApiError &error);

protected:
    ApiReply *fetch(qint64 from, int limit, Done done) override;
    QString idOf(const QString &userId) const override { return userId; }

private:
    bool isLocal(const QString &userId) const;
    QString origin(const QString &userId) const;

    ApiService *m_api;
    QString m_serverName;
    QString m_roomId;
};

} // namespace Steward
