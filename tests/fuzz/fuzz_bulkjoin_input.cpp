// libFuzzer target: the bulk-join list reader (plain lists and CSV, as pasted or loaded) and the
// checks that need no server. The input is split at the first NUL into the users and the rooms list.
#include "fuzzsupport.h"

#include "bulkjoin/bulkjoininput.h"

using namespace Steward;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    StewardFuzz::app();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = bytes.indexOf('\0');
    const QString users = QString::fromUtf8(nul < 0 ? bytes : bytes.left(nul));
    const QString rooms = QString::fromUtf8(nul < 0 ? QByteArray() : bytes.mid(nul + 1));
    const auto userItems = BulkJoinInput::splitList(users);
    const auto roomItems = BulkJoinInput::splitCsv(rooms);
    (void)BulkJoinInput::check(userItems, roomItems, QStringLiteral("example.org"));
    (void)BulkJoinInput::check(BulkJoinInput::splitCsv(users), BulkJoinInput::splitList(rooms),
                               QStringLiteral("example.org"));
    // The file reader too (text, then CSV by its name).
    QList<BulkJoinInputItem> items;
    QString error;
    BulkJoinInput::readFile(StewardFuzz::scratchFile(data, size, ".txt"), &items, &error);
    BulkJoinInput::readFile(StewardFuzz::scratchFile(data, size, ".csv"), &items, &error);
    return 0;
}
