#include "matrixid.h"

#include <QRegularExpression>

#include <algorithm>

namespace Steward::MatrixId {

namespace {
bool hasSigilAndServer(const QString &text, QChar sigil)
{
    const qsizetype colon = text.indexOf(u':');
    return text.startsWith(sigil) && colon > 1 && colon < text.size() - 1;
}
} // namespace

QString serverName(const QString &id)
{
    const qsizetype colon = id.indexOf(u':');
    return colon < 0 ? QString() : id.mid(colon + 1);
}

QString localpart(const QString &userIdOrLocalpart)
{
    const QString t = userIdOrLocalpart.trimmed();
    return t.startsWith(u'@') ? t.mid(1).section(u':', 0, 0) : t;
}

QString userId(const QString &localpart, const QString &serverName)
{
    return QStringLiteral("@%1:%2").arg(localpart, serverName);
}

bool isUserId(const QString &text)
{
    return hasSigilAndServer(text, u'@');
}

bool isRoomId(const QString &text)
{
    // Room version 12 and later (MSC4291) drop the server part: "!opaque" alone is a room ID.
    if (text.size() < 2 || !text.startsWith(u'!')
        || std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace() || c == u'/'; })) {
        return false;
    }
    return !text.contains(u':') || hasSigilAndServer(text, u'!');
}

bool isRoomAlias(const QString &text)
{
    return hasSigilAndServer(text, u'#');
}

bool isServerName(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.\-]+)(:[0-9]{1,5})?$)"));
    return re.match(text).hasMatch();
}

bool isNewUserLocalpart(const QString &localpart)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._=\\-/+]+$"));
    return allowed.match(localpart).hasMatch();
}

} // namespace Steward::MatrixId
