#include "rooms/roomcolumns.h"

#include <QCoreApplication>

namespace Steward {

namespace {
constexpr const char *Context = "Steward::RoomColumns";

struct RoomColumnsText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::RoomColumns)
};
QString yesNo(bool b)
{
    return b ? RoomColumnsText::tr("yes") : RoomColumnsText::tr("no");
}
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

using R = const RoomSummary &;
} // namespace

const QList<RoomColumns::Descriptor> &RoomColumns::table()
{
    // clang-format off
    static const QList<Descriptor> columns {
        { QT_TRANSLATE_NOOP("Steward::RoomColumns", "Name"), "name", RoomOrder::Name, false,
          [](R r) { return r.name; }, nullptr, [](R r) { return orNull(r.name); } },
        { QT_TRANSLATE_NOOP("Steward::RoomColumns", "Canonical alias"), "canonical_alias", RoomOrder::CanonicalAlias, false,
          [](R r) { return r.canonicalAlias; }, nullptr, [](R r) { return orNull(r.canonicalAlias); } },
        // The server has no order_by for the room id.
        { QT_TRANSLATE_NOOP("Steward::RoomColumns", "Room ID"), "room_id", std::nullopt, false,
          [](R r) { return r.roomId; }, nullptr, [](R r) { return orNull(r.roomId); } },
        { QT_TRANSLATE_NOOP("Steward::RoomColumns", "Members"), "joined_members", RoomOrder::JoinedMembers, true,
          [](R r) { return QString::number(r.joinedMembers); }, [](R r) { return QVariant(r.joinedMembers); },
          [](R r) { return QJsonValue(r.joinedMembers); } },
        { QT_TRANSLATE_NOOP("Steward::RoomColumns", "Local members"), "joined_local_members",
          RoomOrder::JoinedLocalMembers, true,
          [](R r) { return QString::number(r.joinedLocalMembers); },
          [](R r) { return QVariant(r.joinedLocalMembers); }, [](R r) { return QJsonValue(r.joinedLocalMembers); } },
        { QT_TRANSLATE_NOOP("Steward::RoomColumns", "Version"), "version", RoomOrder::Version, false,
          [](R r) { return r.version; }, nullptr, [](R r) { return orNull(r.version); } },
        { QT_TRANSLATE_NOOP("Steward::RoomColumns", "Creator"), "creator", RoomOrder::Creator, false,
          [](R r) { return r.creator; }, nullptr, [](R r) { return orNull(r.creator); } },
        { QT_TRANSLATE_NOOP("Steward::RoomColumns", "Encryption"), "encryption", RoomOrder::Encryption, false,
          [](R r) { return r.encryption; }, nullptr, [](R r) { return orNull(r.encryption); } },
        { QT_TRANSLATE_NOOP("Steward::RoomColumns", "Federatable"), "federatable", RoomOrder::Federatable, false,
          [](R r) { return yesNo(r.federatable); }, [](R r) { return QVariant(r.federatable); },
          [](R r) { return QJsonValue(r.federatable); } },
        { QT_TRANSLATE_NOOP("Steward::RoomColumns", "Public"), "public", RoomOrder::Public, false,
          [](R r) { return yesNo(r.isPublic); }, [](R r) { return QVariant(r.isPublic); },
          [](R r) { return QJsonValue(r.isPublic); } },
        { QT_TRANSLATE_NOOP("Steward::RoomColumns", "Join rules"), "join_rules", RoomOrder::JoinRules, false,
          [](R r) { return r.joinRules; }, nullptr, [](R r) { return orNull(r.joinRules); } },
        { QT_TRANSLATE_NOOP("Steward::RoomColumns", "State events"), "state_events", RoomOrder::StateEvents, true,
          [](R r) { return QString::number(r.stateEvents); }, [](R r) { return QVariant(r.stateEvents); },
          [](R r) { return QJsonValue(r.stateEvents); } },
        // The server has no order_by for the type; its JSON value is machine-readable, never translated.
        { QT_TRANSLATE_NOOP("Steward::RoomColumns", "Type"), "type", std::nullopt, false,
          [](R r) { return r.isSpace() ? RoomColumnsText::tr("space") : RoomColumnsText::tr("room"); }, nullptr,
          [](R r) { return QJsonValue(r.isSpace() ? QStringLiteral("space") : QStringLiteral("room")); } },
    };
    // clang-format on
    Q_ASSERT(columns.size() == Count);
    return columns;
}

QList<ListColumn<RoomSummary>> RoomColumns::listColumns()
{
    QList<ListColumn<RoomSummary>> out;
    for (int i = 0; i < Count; ++i) {
        const Descriptor &d = table().at(i);
        ListColumn<RoomSummary> c;
        c.title = d.title;
        c.display = [text = d.text](R r) {
            return QVariant(text(r));
        };
        c.value = [value = d.value, text = d.text](R r) {
            return value ? value(r) : QVariant(text(r));
        };
        c.toolTip = [text = d.text, isName = i == Name](R r) {
            return isName && r.name.isEmpty() ? QVariant(RoomColumnsText::tr("This room has no name"))
                                              : QVariant(text(r));
        };
        if (d.order) {
            c.sortKey = int(*d.order);
        }
        if (d.numeric) {
            c.alignment = Qt::AlignRight | Qt::AlignVCenter;
        }
        out << c;
    }
    return out;
}

QString RoomColumns::title(int column)
{
    return column >= 0 && column < Count ? RoomColumnsText::tr(table().at(column).title) : QString();
}

QString RoomColumns::key(int column)
{
    return column >= 0 && column < Count ? QString::fromLatin1(table().at(column).key) : QString();
}

std::optional<RoomOrder> RoomColumns::order(int column)
{
    return column >= 0 && column < Count ? table().at(column).order : std::nullopt;
}

bool RoomColumns::isNumeric(int column)
{
    return column >= 0 && column < Count && table().at(column).numeric;
}

QString RoomColumns::text(const RoomSummary &room, int column)
{
    return column >= 0 && column < Count ? table().at(column).text(room) : QString();
}

QVariant RoomColumns::value(const RoomSummary &room, int column)
{
    if (column < 0 || column >= Count) {
        return {};
    }
    const Descriptor &d = table().at(column);
    return d.value ? d.value(room) : QVariant(d.text(room));
}

QJsonValue RoomColumns::json(const RoomSummary &room, int column)
{
    return column >= 0 && column < Count ? table().at(column).json(room) : QJsonValue();
}

} // namespace Steward
