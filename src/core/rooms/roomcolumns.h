#pragma once

#include "roomsapi.h"

#include <QJsonValue>
#include <QVariant>

#include <optional>

namespace Steward {

/// The columns of the rooms table, shared by the model, the CSV/JSON export and the CLI,
/// so every face shows the same fields under the same names.
namespace RoomColumns {

enum Column {
    Name,
    CanonicalAlias,
    RoomId,
    JoinedMembers,
    JoinedLocalMembers,
    Version,
    Creator,
    Encryption,
    Federatable,
    Public,
    JoinRules,
    StateEvents,
    Type,
    Count,
};

/// Translated column title.
QString title(int column);
/// Stable machine name (CSV header, JSON key).
QString key(int column);
/// The server's order_by key, or nothing when the server cannot sort by this column.
std::optional<RoomOrder> order(int column);
bool isNumeric(int column);
/// Text for a table cell or a CSV field.
QString text(const RoomSummary &room, int column);
/// Typed value for a table's sort/edit role.
QVariant value(const RoomSummary &room, int column);
/// Typed JSON value (numbers, booleans, null for "none").
QJsonValue json(const RoomSummary &room, int column);

} // namespace RoomColumns

} // namespace Steward
