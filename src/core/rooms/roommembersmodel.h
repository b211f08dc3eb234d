#pragma once

#include "roomsapi.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Steward {

/// The joined members of one room (GET /_synapse/admin/v1/rooms/<id>/members; the server sends
/// them all at once). Columns: user ID, and whether the user belongs to this server.
class RoomMembersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UserId, Origin, ColumnCount };
    enum Roles { UserIdRole = Qt::UserRole + 1 };

    explicit RoomMembersModel(ApiService *api, QObject *parent = nullptr);

    /// "steward.test": members on this server are shown as local.
    void setLocalServerName(const QString &serverName) { m_serverName = serverName; }
    void load(const QString &roomId);
    void clear();

    QString roomId() const { return m_roomId; }
    bool isLoading() const { return !m_reply.isNull(); }
    const ApiError &lastError() const { return m_error; }
    int total() const { return m_total; }
    QStringList members() const { return m_members; }
    QStringList localMembers() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void errorOccurred(const Steward::ApiError &error);

private:
    bool isLocal(const QString &userId) const;

    ApiService *m_api;
    QString m_serverName;
    QString m_roomId;
    QStringList m_members;
    int m_total = 0;
    ApiError m_error;
    QPointer<ApiReply> m_reply;
};

} // namespace Steward
