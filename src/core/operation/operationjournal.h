#pragma once

#include "operation/operation.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QLockFile;

namespace Steward {

/// The journal of one run of an operation, written as it goes so that a killed, cancelled or partly
/// failed run can be resumed without repeating what is done. A JSON-lines file:
///   {"type":"plan","kind":K,"version":1,"base_url":U,"created":T,"params":{...},"items":[key...]}
///   {"type":"item","key":k,"status":"done|failed|skipped|unknown|not-attempted","reason":r,"verified":b}
///   {"type":"resume"}                      (a later process continues the run)
///   {"type":"end","cancelled":b}
/// The last "item" line of a key wins. A file without an end line belongs to a run that was killed.
/// Each line is one write, flushed at once: a killed process leaves whole lines (a torn last line is
/// ignored when loading). Keys are the items' identities (a user ID, an mxc URI, ...); an engine's
/// params hold what it needs to run again (the message, the options), never a secret.
///
/// At most one process writes a journal: create() and reopen() take a lock file next to it and
/// refuse, naming the other process, while another one holds it.
class OperationJournal
{
public:
    OperationJournal();
    ~OperationJournal();
    OperationJournal(const OperationJournal &) = delete;
    OperationJournal &operator=(const OperationJournal &) = delete;

    /// <GenericDataLocation>/steward/journals (e.g. ~/.local/share/steward/journals). Not
    /// AppDataLocation: with organisation and application both named "steward" that is a doubled
    /// .../steward/steward folder.
    static QString defaultDirectory();
    /// Where journals went before (<AppDataLocation>/journals): unfinished() still looks there when
    /// asked for the default directory, so runs journalled by an older Steward can be resumed.
    static QString legacyDirectory();
    /// The files in dir matching the pattern (plus the legacy directory's when dir is the default
    /// one), as paths, the newest name first (names start with the kind and the UTC time).
    static QStringList journalFiles(const QString &dir, const QString &pattern);

    /// Starts a new journal "<kind>-<UTC time>-<random>.jsonl" in dir. False with *error when it cannot.
    bool create(const QString &dir, const QString &kind, const QString &baseUrl, const QJsonObject &params,
                const QStringList &keys, QString *error);
    /// Continues an existing journal (resume); writes a "resume" line.
    bool reopen(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }

    void record(const QString &key, const ItemOutcome &outcome);
    void end(bool cancelled);
    void close();

    struct Loaded
    {
        QString path;
        QString kind;
        QString baseUrl;
        QDateTime created;
        QJsonObject params;
        QStringList keys; ///< in plan order
        QHash<QString, ItemOutcome> outcomes; ///< the last recorded outcome per key
        bool ended = false;
        bool cancelled = false;

        /// Keys a resume would still do: not recorded done or skipped.
        QStringList remaining() const;
        OperationTally tally() const; ///< keys without a record count as planned
    };
    /// Reads and checks a journal; a damaged one (not JSON, wrong types, records for keys the plan does
    /// not hold, another kind than expectedKind when given) is refused with *error naming file and line.
    static std::optional<Loaded> load(const QString &path, QString *error, const QString &expectedKind = {});
    /// Journals of this kind in dir for this server (baseUrl empty: any) with items left to do, newest
    /// first. Damaged journals are left out and named in *damaged ("path: reason"), when given.
    static QList<Loaded> unfinished(const QString &dir, const QString &kind, const QString &baseUrl,
                                    QStringList *damaged = nullptr);

    /// Takes the journal's lock file (shared with other journal kinds). False with *error naming the
    /// process that holds it.
    static std::unique_ptr<QLockFile> lock(const QString &journalPath, QString *error);

private:
    void writeLine(const QJsonObject &object);
    QFile m_file;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Steward
