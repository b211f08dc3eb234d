#pragma once

#include "pagedlistmodel.h"
#include "rooms/roomsapi.h"

#include <QJsonValue>
#include <QVariant>

#include <optional>

namespace Steward {

/// The columns of the rooms table, shared by the model, the CSV/JSON export and the CLI,
/// so every face shows the same fields under the same names. One table describes them all.
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

/// One column: everything any face needs to know about it.
struct Descriptor
{
    const char *title; ///< translated in the context "Steward::RoomColumns"
    const char *key; ///< stable machine name (CSV header, JSON key)
    std::optional<RoomOrder> order; ///< the server's order_by; unset when it cannot sort by it
    bool numeric;
    QString (*text)(const RoomSummary &); ///< table cell, CSV field
    QVariant (*value)(const RoomSummary &); ///< typed value (sort role); nullptr: the text
    QJsonValue (*json)(const RoomSummary &); ///< typed JSON (numbers, booleans, null for "none")
};

/// The table, in Column order.
const QList<Descriptor> &table();
/// The same table for a list model (header, cells, tool tips, alignment, server sort key).
QList<ListColumn<RoomSummary>> listColumns();

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
