#include "bulkjoin/bulkjoininput.h"

#include "matrixid.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace Steward {

namespace {
struct BulkJoinInputText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::BulkJoinInput)
};

QString cleanToken(QString t)
{
    t = t.trimmed();
    if (t.size() >= 2 && ((t.startsWith(u'"') && t.endsWith(u'"')) || (t.startsWith(u'\'') && t.endsWith(u'\'')))) {
        t = t.mid(1, t.size() - 2).trimmed();
    }
    if (t.startsWith(u'\'')) {
        t.remove(0, 1);
    }
    return t;
}

bool isHeaderWord(const QString &t)
{
    static const QStringList words { QStringLiteral("user_id"), QStringLiteral("user"),  QStringLiteral("users"),
                                     QStringLiteral("userid"),  QStringLiteral("mxid"),  QStringLiteral("name"),
                                     QStringLiteral("room"),    QStringLiteral("rooms"), QStringLiteral("room_id"),
                                     QStringLiteral("roomid"),  QStringLiteral("alias"), QStringLiteral("room_alias"),
                                     QStringLiteral("id") };
    return words.contains(t.toLower());
}
} // namespace

QList<BulkJoinInputItem> BulkJoinInput::splitList(const QString &text, int limit)
{
    static const QRegularExpression sep(QStringLiteral("[,;\\s]+"));
    QList<BulkJoinInputItem> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        for (const QString &raw : lines.at(i).split(sep, Qt::SkipEmptyParts)) {
            const QString t = cleanToken(raw);
            if (!t.isEmpty()) {
                out.append({ t, i + 1 });
                if (out.size() > limit) {
                    return out;
                }
            }
        }
    }
    return out;
}

QList<BulkJoinInputItem> BulkJoinInput::splitCsv(const QString &text, int limit)
{
    QList<BulkJoinInputItem> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        QString field;
        if (line.startsWith(u'"')) {
            // Quoted first field: up to the closing quote ("" is an escaped quote).
            for (int k = 1; k < line.size(); ++k) {
                if (line.at(k) == u'"') {
                    if (k + 1 < line.size() && line.at(k + 1) == u'"') {
                        field += u'"';
                        ++k;
                        continue;
                    }
                    break;
                }
                field += line.at(k);
            }
        } else {
            field = line.section(QLatin1Char(','), 0, 0);
        }
        field = cleanToken(field);
        if (field.isEmpty() || (out.isEmpty() && isHeaderWord(field))) {
            continue;
        }
        out.append({ field, i + 1 });
        if (out.size() > limit) {
            break;
        }
    }
    return out;
}

bool BulkJoinInput::readFile(const QString &path, QList<BulkJoinInputItem> *items, QString *error)
{
    QFile f;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = f.open(stdin, QIODevice::ReadOnly);
    } else {
        f.setFileName(path);
        opened = f.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = BulkJoinInputText::tr("cannot read %1: %2")
                     .arg(path == QLatin1String("-") ? BulkJoinInputText::tr("standard input") : path, f.errorString());
        return false;
    }
    const QString name = path == QLatin1String("-") ? BulkJoinInputText::tr("standard input") : path;
    const QByteArray data = f.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes) {
        *error = BulkJoinInputText::tr("%1 is larger than %2 MiB; split the list into several runs")
                     .arg(name)
                     .arg(MaxFileBytes >> 20);
        return false;
    }
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    *items = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? splitCsv(text) : splitList(text);
    if (items->size() > MaxEntries) {
        items->clear();
        *error = BulkJoinInputText::tr("%1 has more than %2 entries; split the list into several runs")
                     .arg(name)
                     .arg(MaxEntries);
        return false;
    }
    return true;
}

QString BulkJoinInput::serverNameOf(const QString &userId)
{
    return MatrixId::serverName(userId);
}

QString BulkJoinInput::normalizeUser(const QString &text, const QString &serverName, QString *problem)
{
    QString t = text.trimmed();
    if (t.toUtf8().size() > MaxIdBytes) {
        *problem = BulkJoinInputText::tr("longer than %1 bytes, the limit for Matrix IDs").arg(MaxIdBytes);
        return {};
    }
    if (!t.startsWith(u'@')) {
        if (t.startsWith(u'#') || t.startsWith(u'!')) {
            *problem = BulkJoinInputText::tr("this is a room, not a user");
            return {};
        }
        if (t.contains(u':')) {
            *problem = BulkJoinInputText::tr("a user ID starts with @ (write @%1)").arg(t);
            return {};
        }
        t = QStringLiteral("@%1:%2").arg(t, serverName); // bare localpart
    }
    const int colon = t.indexOf(u':');
    const QString localpart = colon < 0 ? t.mid(1) : t.mid(1, colon - 1);
    const QString server = colon < 0 ? QString() : t.mid(colon + 1);
    if (colon < 0 || localpart.isEmpty() || server.isEmpty()) {
        *problem = BulkJoinInputText::tr("a user ID looks like @name:%1").arg(serverName);
        return {};
    }
    if (t.toUtf8().size() > MaxIdBytes) {
        *problem = BulkJoinInputText::tr("longer than %1 bytes, the limit for Matrix IDs").arg(MaxIdBytes);
        return {};
    }
    // Historical user IDs allow any printable ASCII but ':' in the localpart.
    for (const QChar c : localpart) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            *problem = BulkJoinInputText::tr("user IDs contain no spaces or non-ASCII characters");
            return {};
        }
    }
    if (!MatrixId::isServerName(server)) {
        *problem = BulkJoinInputText::tr("\"%1\" is not a server name").arg(server);
        return {};
    }
    return t;
}

QString BulkJoinInput::normalizeRoom(const QString &text, QString *problem)
{
    const QString t = text.trimmed();
    if (t.toUtf8().size() > MaxIdBytes) {
        *problem = BulkJoinInputText::tr("longer than %1 bytes, the limit for Matrix IDs").arg(MaxIdBytes);
        return {};
    }
    if (t.startsWith(u'#')) {
        const int colon = t.indexOf(u':');
        if (colon <= 1 || colon == t.size() - 1) {
            *problem = BulkJoinInputText::tr("a room alias looks like #name:server");
            return {};
        }
        return t;
    }
    if (t.startsWith(u'!')) {
        if (t.size() < 2 || t.contains(u' ')) {
            *problem = BulkJoinInputText::tr("a room ID looks like !opaque:server");
            return {};
        }
        return t;
    }
    if (t.startsWith(u'@')) {
        *problem = BulkJoinInputText::tr("this is a user, not a room");
        return {};
    }
    *problem = BulkJoinInputText::tr("a room is given by its ID (!…) or alias (#name:server)");
    return {};
}

BulkJoinInput::Checked BulkJoinInput::check(const QList<BulkJoinInputItem> &users,
                                            const QList<BulkJoinInputItem> &rooms, const QString &serverName)
{
    using Kind = BulkJoinProblem::Kind;
    Checked c;
    // A duplicated item is named once, with how often it was repeated: a list of one name repeated a
    // million times makes one line of preview, not a million.
    QHash<QString, int> duplicateProblem; // "u"/"r" + id -> index into c.problems
    auto duplicate = [&c, &duplicateProblem](Kind kind, const QString &key, const BulkJoinInputItem &item,
                                             int firstLine) {
        ++c.duplicateEntries;
        const auto it = duplicateProblem.constFind(key);
        if (it != duplicateProblem.cend()) {
            BulkJoinProblem &p = c.problems[*it];
            ++p.count;
            p.reason = BulkJoinInputText::tr("listed %1 times (first on line %2); joined once")
                           .arg(p.count + 1)
                           .arg(firstLine);
            return;
        }
        duplicateProblem.insert(key, int(c.problems.size()));
        c.problems.append({ kind, item.text,
                            BulkJoinInputText::tr("listed twice (first on line %1); joined once").arg(firstLine),
                            item.line });
    };
    QHash<QString, int> seenUsers;
    for (const auto &item : users) {
        QString problem;
        const QString id = normalizeUser(item.text, serverName, &problem);
        if (id.isEmpty()) {
            c.problems.append({ Kind::MalformedUser, item.text, problem, item.line });
            continue;
        }
        if (seenUsers.contains(id)) {
            duplicate(Kind::DuplicateUser, QLatin1Char('u') + id, item, seenUsers.value(id));
            continue;
        }
        seenUsers.insert(id, item.line);
        if (serverNameOf(id) != serverName) {
            c.problems.append(
                { Kind::RemoteUser, id,
                  BulkJoinInputText::tr("a user of another server (%1): the admin API joins only users of %2")
                      .arg(serverNameOf(id), serverName),
                  item.line });
            continue;
        }
        c.users << id;
    }
    QHash<QString, int> seenRooms;
    for (const auto &item : rooms) {
        QString problem;
        const QString id = normalizeRoom(item.text, &problem);
        if (id.isEmpty()) {
            c.problems.append({ Kind::MalformedRoom, item.text, problem, item.line });
            continue;
        }
        if (seenRooms.contains(id)) {
            duplicate(Kind::DuplicateRoom, QLatin1Char('r') + id, item, seenRooms.value(id));
            continue;
        }
        seenRooms.insert(id, item.line);
        c.rooms << id;
        c.roomInput.insert(id, item.text);
    }
    return c;
}

} // namespace Steward
