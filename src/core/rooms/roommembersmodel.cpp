#include "roommembersmodel.h"

namespace Steward {

RoomMembersModel::RoomMembersModel(ApiService *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{ }

void RoomMembersModel::clear()
{
    if (m_reply) {
        m_reply->cancel();
    }
    m_reply = nullptr;
    beginResetModel();
    m_roomId.clear();
    m_members.clear();
    m_total = 0;
    m_error = ApiError();
    endResetModel();
}

void RoomMembersModel::load(const QString &roomId)
{
    clear();
    m_roomId = roomId;
    m_reply = RoomsApi::members(m_api, roomId, this, [this, roomId](const Result<RoomMembers> &result) {
        if (roomId != m_roomId) {
            return;
        }
        m_reply = nullptr;
        if (!result.ok()) {
            if (result.error().kind() != ApiError::Kind::Cancelled) {
                m_error = result.error();
                Q_EMIT errorOccurred(m_error);
            }
            return;
        }
        beginResetModel();
        m_members = result->members;
        m_members.sort(Qt::CaseInsensitive);
        m_total = result->total;
        endResetModel();
        Q_EMIT loaded();
    });
}

QStringList RoomMembersModel::localMembers() const
{
    QStringList out;
    for (const QString &m : m_members) {
        if (isLocal(m)) {
            out << m;
        }
    }
    return out;
}

bool RoomMembersModel::isLocal(const QString &userId) const
{
    return !m_serverName.isEmpty() && userId.endsWith(QLatin1Char(':') + m_serverName);
}

int RoomMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int RoomMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QString &user = m_members.at(index.row());
    if (role == UserIdRole) {
        return user;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (index.column() == UserId) {
        return user;
    }
    const int colon = int(user.indexOf(QLatin1Char(':')));
    const QString server = colon >= 0 ? user.mid(colon + 1) : QString();
    return isLocal(user) ? tr("local") : tr("remote (%1)").arg(server);
}

QVariant RoomMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return section == UserId ? tr("User ID") : tr("Server");
}

} // namespace Steward
