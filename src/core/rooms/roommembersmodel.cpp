#include "rooms/roommembersmodel.h"

namespace Steward {

namespace {
using MemberColumn = ListColumn<QString>;
}

RoomMembersModel::RoomMembersModel(ApiService *api, QObject *parent)
    : PagedTableModel("Steward::RoomMembersModel",
                      { MemberColumn { QT_TRANSLATE_NOOP("Steward::RoomMembersModel", "User ID"),
                                       [](const QString &user) {
                                           return QVariant(user);
                                       } },
                        MemberColumn { QT_TRANSLATE_NOOP("Steward::RoomMembersModel", "Server"),
                                       [this](const QString &user) {
                                           return QVariant(origin(user));
                                       } } },
                      false, parent)
    , m_api(api)
{
    setPageSize(1000000); // one page: the server has no paging for members
    connect(this, &PagedListModel::loadFailed, this, &RoomMembersModel::errorOccurred);
}

void RoomMembersModel::clear()
{
    m_roomId.clear();
    resetList(false);
}

void RoomMembersModel::load(const QString &roomId)
{
    m_roomId = roomId;
    resetList();
}

ApiReply *RoomMembersModel::fetch(qint64, int, Done done)
{
    return RoomsApi::members(m_api, m_roomId, this, [this, done = std::move(done)](const Result<RoomMembers> &result) {
        if (!result.ok()) {
            done(Result<QList<QString>>(result.error()), -1, false);
            return;
        }
        QStringList members = result->members;
        members.sort(Qt::CaseInsensitive);
        done(members, members.size(), false);
        Q_EMIT loaded();
    });
}

QStringList RoomMembersModel::members() const
{
    QStringList out;
    for (int row = 0; row < rowCount(); ++row) {
        if (const QString *user = rowAt(row)) {
            out << *user;
        }
    }
    return out;
}

QStringList RoomMembersModel::localMembers() const
{
    QStringList out;
    for (const QString &m : members()) {
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

QString RoomMembersModel::origin(const QString &userId) const
{
    const int colon = int(userId.indexOf(QLatin1Char(':')));
    const QString server = colon >= 0 ? userId.mid(colon + 1) : QString();
    return isLocal(userId) ? tr("local") : tr("remote (%1)").arg(server);
}

} // namespace Steward
