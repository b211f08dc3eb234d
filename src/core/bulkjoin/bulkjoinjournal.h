#pragma once

#include "bulkjoin/bulkjoinplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace Steward {

/// The record of one bulk join run, written as it goes: a JSON-lines file holding the plan, then one line
/// per finished pair, then an end line. A file without an end line belongs to a run that was killed or
/// crashed; it can be resumed without repeating the pairs it records as joined. A journal that ended
/// with pairs failed, not attempted (Ctrl-C) or of unknown outcome can be resumed as well.
///
/// At most one process writes a journal: create() and reopen() take a lock file next to it (held until
/// close()) and refuse, naming the other process, while another one holds it.
class BulkJoinJournal
{
    Q_DECLARE_TR_FUNCTIONS(Steward::BulkJoinJournal)

public:
    BulkJoinJournal();
    ~BulkJoinJournal();

    /// OperationJournal::defaultDirectory() (unfinished() also finds journals in the legacy folder)
    static QString defaultDirectory();

    /// Starts a new journal file in dir with the plan. Returns false and sets *error when it cannot.
    bool create(const QString &dir, const QString &baseUrl, const BulkJoinPlan &plan, QString *error);
    /// Continues an existing journal (resume, retry).
    bool reopen(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }

    void appendRoomReady(const QString &roomId);
    void appendResult(const BulkJoinPair &pair);
    /// A new attempt at these pairs starts (resume, retry failed): they are pending again.
    void appendRetry(const QList<BulkJoinPair> &pairs);
    void appendEnd(bool cancelled);
    void close();

    struct Loaded
    {
        QString path;
        QString baseUrl;
        QString adminUserId;
        QDateTime created;
        QList<BulkJoinPair> pairs; ///< the plan with every recorded result applied
        QStringList makeAdminRooms; ///< rooms the admin was to be made room admin in
        QSet<QString> readyRooms; ///< ...and the ones where that is done
        bool ended = false;

        int remaining() const; ///< pairs not yet joined that a resume would try
    };
    /// Reads and checks a journal. A damaged one (not JSON, wrong types, empty or malformed IDs, results
    /// for pairs the plan does not hold) is refused with *error naming the file and the line.
    static std::optional<Loaded> load(const QString &path, QString *error);
    /// Journals in dir for this server (baseUrl empty: any) with pairs left to do, newest first: killed
    /// runs, cancelled runs, runs that ended with failures. Damaged journals are left out and named in
    /// *damaged ("path: reason"), when given.
    static QList<Loaded> unfinished(const QString &dir, const QString &baseUrl, QStringList *damaged = nullptr);

private:
    bool lock(const QString &path, QString *error);
    void writeLine(const QJsonObject &object);
    QFile m_file;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Steward
