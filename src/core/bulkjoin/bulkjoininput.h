#pragma once

#include "bulkjoin/bulkjoinplan.h"

#include <QList>
#include <QString>

namespace Steward {

/// One entry of a pasted or loaded list.
struct BulkJoinInputItem
{
    QString text; ///< as written (quotes and spreadsheet apostrophes removed)
    int line = 0; ///< 1-based
};

/// Turns what a person pastes or loads into users and rooms, and finds the problems that need no server.
namespace BulkJoinInput {

/// Bounds of one run, checked before anything is sent.
constexpr qint64 MaxFileBytes = 32 * 1024 * 1024;
constexpr int MaxEntries = 100000; ///< per list
constexpr qint64 MaxPairs = 1000000;
constexpr int MaxIdBytes = 255; ///< Matrix's limit for user IDs, room IDs and aliases

/// One entry per line, or separated by commas, semicolons, spaces or tabs. Surrounding quotes and a
/// leading apostrophe (how spreadsheets and Steward's CSV guard mark text) are removed.
/// Stops after limit + 1 entries (enough to tell the list is too long).
QList<BulkJoinInputItem> splitList(const QString &text, int limit = MaxEntries);
/// A CSV file's first column; a header row (user_id, room, ...) is skipped. Quoted fields are honoured.
QList<BulkJoinInputItem> splitCsv(const QString &text, int limit = MaxEntries);
/// Reads a text file (or CSV when the name ends in .csv). path "-" reads standard input.
/// On failure (unreadable, larger than MaxFileBytes, more than MaxEntries entries) returns false and
/// sets *error to a sentence naming the file and the reason.
bool readFile(const QString &path, QList<BulkJoinInputItem> *items, QString *error);

/// "alice" -> "@alice:server"; "@alice:server" unchanged. Empty when the text is no user id (problem says why).
QString normalizeUser(const QString &text, const QString &serverName, QString *problem);
/// "#a:b" or "!id[:b]" unchanged (trimmed); empty when malformed (problem says why).
QString normalizeRoom(const QString &text, QString *problem);
/// "@alice:example.org" -> "example.org"
QString serverNameOf(const QString &userId);

struct Checked
{
    QStringList users; ///< normalized, unique, local: still to be checked on the server
    QStringList rooms; ///< normalized, unique ids or aliases: still to be resolved/checked
    QHash<QString, QString> roomInput; ///< normalized room -> as written
    QList<BulkJoinProblem> problems; ///< one per malformed entry; one per duplicated item (with its count)
    int duplicateEntries = 0; ///< entries that named an item listed before (ignored)
};
/// Syntax, remote users and duplicates: everything decidable without a server.
Checked check(const QList<BulkJoinInputItem> &users, const QList<BulkJoinInputItem> &rooms, const QString &serverName);

} // namespace BulkJoinInput

} // namespace Steward
