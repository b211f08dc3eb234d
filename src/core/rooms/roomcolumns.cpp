#include "roomcolumns.h"

#include <QCoreApplication>

namespace Steward {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Steward::RoomColumns", text);
}
QString yesNo(bool b)
{
    return b ? tr("yes") : tr("no");
}
} // namespace

QString RoomColumns::title(int column)
{
    switch (column) {
    case Name:
        return tr("Name");
    case CanonicalAlias:
        return tr("Canonical alias");
    case RoomId:
        return tr("Room ID");
    case JoinedMembers:
        return tr("Members");
    case JoinedLocalMembers:
        return tr("Local members");
    case Version:
        return tr("Version");
    case Creator:
        return tr("Creator");
    case Encryption:
        return tr("Encryption");
    case Federatable:
        return tr("Federatable");
    case Public:
        return tr("Public");
    case JoinRules:
        return tr("Join rules");
    case StateEvents:
        return tr("State events");
    case Type:
        return tr("Type");
    }
    return {};
}

QString RoomColumns::key(int column)
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case CanonicalAlias:
        return QStringLiteral("canonical_alias");
    case RoomId:
        return QStringLiteral("room_id");
    case JoinedMembers:
        return QStringLiteral("joined_members");
    case JoinedLocalMembers:
        return QStringLiteral("joined_local_members");
    case Version:
        return QStringLiteral("version");
    case Creator:
        return QStringLiteral("creator");
    case Encryption:
        return QStringLiteral("encryption");
    case Federatable:
        return QStringLiteral("federatable");
    case Public:
        return QStringLiteral("public");
    case JoinRules:
        return QStringLiteral("join_rules");
    case StateEvents:
        return QStringLiteral("state_events");
    case Type:
        return QStringLiteral("type");
    }
    return {};
}

std::optional<RoomOrder> RoomColumns::order(int column)
{
    switch (column) {
    case Name:
        return RoomOrder::Name;
    case CanonicalAlias:
        return RoomOrder::CanonicalAlias;
    case JoinedMembers:
        return RoomOrder::JoinedMembers;
    case JoinedLocalMembers:
        return RoomOrder::JoinedLocalMembers;
    case Version:
        return RoomOrder::Version;
    case Creator:
        return RoomOrder::Creator;
    case Encryption:
        return RoomOrder::Encryption;
    case Federatable:
        return RoomOrder::Federatable;
    case Public:
        return RoomOrder::Public;
    case JoinRules:
        return RoomOrder::JoinRules;
    case StateEvents:
        return RoomOrder::StateEvents;
    default:
        return std::nullopt; // room id and type: the server has no order_by for them
    }
}

bool RoomColumns::isNumeric(int column)
{
    return column == JoinedMembers || column == JoinedLocalMembers || column == StateEvents;
}

QString RoomColumns::text(const RoomSummary &room, int column)
{
    switch (column) {
    case Name:
        return room.name;
    case CanonicalAlias:
        return room.canonicalAlias;
    case RoomId:
        return room.roomId;
    case JoinedMembers:
        return QString::number(room.joinedMembers);
    case JoinedLocalMembers:
        return QString::number(room.joinedLocalMembers);
    case Version:
        return room.version;
    case Creator:
        return room.creator;
    case Encryption:
        return room.encryption;
    case Federatable:
        return yesNo(room.federatable);
    case Public:
        return yesNo(room.isPublic);
    case JoinRules:
        return room.joinRules;
    case StateEvents:
        return QString::number(room.stateEvents);
    case Type:
        return room.isSpace() ? tr("space") : tr("room");
    }
    return {};
}

QVariant RoomColumns::value(const RoomSummary &room, int column)
{
    switch (column) {
    case JoinedMembers:
        return room.joinedMembers;
    case JoinedLocalMembers:
        return room.joinedLocalMembers;
    case StateEvents:
        return room.stateEvents;
    case Federatable:
        return room.federatable;
    case Public:
        return room.isPublic;
    default:
        return text(room, column);
    }
}

QJsonValue RoomColumns::json(const RoomSummary &room, int column)
{
    auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    switch (column) {
    case JoinedMembers:
        return room.joinedMembers;
    case JoinedLocalMembers:
        return room.joinedLocalMembers;
    case StateEvents:
        return room.stateEvents;
    case Federatable:
        return room.federatable;
    case Public:
        return room.isPublic;
    case Name:
        return orNull(room.name);
    case CanonicalAlias:
        return orNull(room.canonicalAlias);
    case Encryption:
        return orNull(room.encryption);
    case Type:
        // Machine-readable, never translated.
        return room.isSpace() ? QStringLiteral("space") : QStringLiteral("room");
    default:
        return orNull(text(room, column));
    }
}

} // namespace Steward
