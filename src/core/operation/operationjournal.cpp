#include "operation/operationjournal.h"

#include "stewardlogging_ops.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace Steward {

OperationJournal::OperationJournal() = default;

OperationJournal::~OperationJournal()
{
    close();
}

QString OperationJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/steward/journals");
}

QString OperationJournal::legacyDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journals");
}

QStringList OperationJournal::journalFiles(const QString &dir, const QString &pattern)
{
    QStringList dirs { dir };
    if (QDir::cleanPath(dir) == QDir::cleanPath(defaultDirectory())
        && QDir::cleanPath(legacyDirectory()) != QDir::cleanPath(dir)) {
        dirs << legacyDirectory();
    }
    QList<QFileInfo> files;
    for (const QString &d : std::as_const(dirs)) {
        files << QDir(d).entryInfoList({ pattern }, QDir::Files);
    }
    std::sort(files.begin(), files.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.fileName() > b.fileName(); });
    QStringList paths;
    for (const QFileInfo &f : std::as_const(files)) {
        paths << f.filePath();
    }
    return paths;
}

std::unique_ptr<QLockFile> OperationJournal::lock(const QString &journalPath, QString *error)
{
    auto lock = std::make_unique<QLockFile>(journalPath + QStringLiteral(".lock"));
    // Never taken over by age: a run may last hours. A lock of a process that died is taken over
    // (QLockFile checks whether its process still lives).
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        return lock;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &app)) {
        *error =
            Operation::tr("the journal %1 is in use by another process (%2, process %3 on %4); wait until it ends or "
                          "stop it, then try again")
                .arg(journalPath, app.isEmpty() ? Operation::tr("unknown program") : app)
                .arg(pid)
                .arg(host);
    } else {
        *error = Operation::tr("cannot lock the journal %1 (%2.lock): check the folder's permissions")
                     .arg(journalPath, journalPath);
    }
    return {};
}

bool OperationJournal::create(const QString &dir, const QString &kind, const QString &baseUrl,
                              const QJsonObject &params, const QStringList &keys, QString *error)
{
    close();
    if (!QDir().mkpath(dir)) {
        *error = Operation::tr("cannot create the journal folder %1").arg(dir);
        return false;
    }
    const QString path = dir + QLatin1Char('/')
        + QStringLiteral("%1-%2-%3.jsonl")
              .arg(kind, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))
              .arg(QRandomGenerator::global()->generate() % 0x10000, 4, 16, QLatin1Char('0'));
    m_lock = lock(path, error);
    if (!m_lock) {
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::NewOnly)) {
        *error = Operation::tr("cannot write the journal %1: %2").arg(path, m_file.errorString());
        close();
        return false;
    }
    writeLine({ { QStringLiteral("type"), QStringLiteral("plan") },
                { QStringLiteral("kind"), kind },
                { QStringLiteral("version"), 1 },
                { QStringLiteral("base_url"), baseUrl },
                { QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
                { QStringLiteral("params"), params },
                { QStringLiteral("items"), QJsonArray::fromStringList(keys) } });
    return true;
}

bool OperationJournal::reopen(const QString &path, QString *error)
{
    close();
    m_lock = lock(path, error);
    if (!m_lock) {
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = Operation::tr("cannot write the journal %1: %2").arg(path, m_file.errorString());
        close();
        return false;
    }
    writeLine({ { QStringLiteral("type"), QStringLiteral("resume") },
                { QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } });
    return true;
}

void OperationJournal::close()
{
    m_file.close();
    m_lock.reset(); // unlocks
}

void OperationJournal::writeLine(const QJsonObject &object)
{
    if (!m_file.isOpen()) {
        return;
    }
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        qCWarning(lcOps) << "journal write failed:" << m_file.errorString();
    }
}

void OperationJournal::record(const QString &key, const ItemOutcome &outcome)
{
    QJsonObject line { { QStringLiteral("type"), QStringLiteral("item") },
                       { QStringLiteral("key"), key },
                       { QStringLiteral("status"), itemStatusName(outcome.status) } };
    if (!outcome.reason.isEmpty()) {
        line.insert(QStringLiteral("reason"), outcome.reason);
    }
    if (outcome.verified) {
        line.insert(QStringLiteral("verified"), true);
    }
    writeLine(line);
}

void OperationJournal::end(bool cancelled)
{
    writeLine({ { QStringLiteral("type"), QStringLiteral("end") }, { QStringLiteral("cancelled"), cancelled } });
}

QStringList OperationJournal::Loaded::remaining() const
{
    QStringList out;
    for (const QString &key : keys) {
        const auto it = outcomes.constFind(key);
        if (it == outcomes.cend() || (it->status != ItemStatus::Done && it->status != ItemStatus::Skipped)) {
            out << key;
        }
    }
    return out;
}

OperationTally OperationJournal::Loaded::tally() const
{
    OperationTally t;
    for (const QString &key : keys) {
        const auto it = outcomes.constFind(key);
        t.add(it == outcomes.cend() ? ItemStatus::Planned : it->status);
    }
    return t;
}

std::optional<OperationJournal::Loaded> OperationJournal::load(const QString &path, QString *error,
                                                               const QString &expectedKind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Operation::tr("cannot read the journal %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    Loaded loaded;
    loaded.path = path;
    QSet<QString> known;
    int lineNo = 0;
    bool havePlan = false;
    const auto damaged = [&](const QString &what) {
        *error = Operation::tr("the journal %1 is damaged at line %2 (%3); it cannot be resumed")
                     .arg(path)
                     .arg(lineNo)
                     .arg(what);
        return std::nullopt;
    };
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine();
        ++lineNo;
        if (!raw.endsWith('\n')) {
            break; // torn last line of a killed process: not written, ignore
        }
        if (raw.trimmed().isEmpty()) {
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
        if (!doc.isObject()) {
            return damaged(Operation::tr("not a JSON object"));
        }
        const QJsonObject o = doc.object();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (!havePlan) {
            if (type != QLatin1String("plan") || !o.value(QStringLiteral("items")).isArray()) {
                return damaged(Operation::tr("no plan"));
            }
            loaded.kind = o.value(QStringLiteral("kind")).toString();
            if (!expectedKind.isEmpty() && loaded.kind != expectedKind) {
                *error = Operation::tr("%1 is not a journal of this kind of operation (it is \"%2\")")
                             .arg(path, loaded.kind);
                return std::nullopt;
            }
            loaded.baseUrl = o.value(QStringLiteral("base_url")).toString();
            loaded.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
            loaded.params = o.value(QStringLiteral("params")).toObject();
            for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray()) {
                if (!v.isString() || v.toString().isEmpty()) {
                    return damaged(Operation::tr("an item of the plan is not a non-empty string"));
                }
                loaded.keys << v.toString();
                known.insert(v.toString());
            }
            havePlan = true;
            continue;
        }
        if (type == QLatin1String("item")) {
            const QString key = o.value(QStringLiteral("key")).toString();
            ItemOutcome outcome;
            if (!known.contains(key)) {
                return damaged(Operation::tr("a result for an item the plan does not hold"));
            }
            if (!itemStatusFromName(o.value(QStringLiteral("status")).toString(), &outcome.status)) {
                return damaged(Operation::tr("an unknown status"));
            }
            outcome.reason = o.value(QStringLiteral("reason")).toString();
            outcome.verified = o.value(QStringLiteral("verified")).toBool();
            loaded.outcomes.insert(key, outcome);
        } else if (type == QLatin1String("end")) {
            loaded.ended = true;
            loaded.cancelled = o.value(QStringLiteral("cancelled")).toBool();
        } else if (type == QLatin1String("resume")) {
            loaded.ended = false;
            loaded.cancelled = false;
        } else {
            return damaged(Operation::tr("an unknown line type"));
        }
    }
    if (!havePlan) {
        *error = Operation::tr("the journal %1 is empty; it cannot be resumed").arg(path);
        return std::nullopt;
    }
    return loaded;
}

QList<OperationJournal::Loaded> OperationJournal::unfinished(const QString &dir, const QString &kind,
                                                             const QString &baseUrl, QStringList *damaged)
{
    QList<Loaded> out;
    for (const QString &path : journalFiles(dir, kind + QStringLiteral("-*.jsonl"))) {
        QString error;
        auto loaded = load(path, &error, kind);
        if (!loaded) {
            if (damaged) {
                *damaged << error;
            }
            continue;
        }
        if (loaded->remaining().isEmpty() || (!baseUrl.isEmpty() && loaded->baseUrl != baseUrl)) {
            continue;
        }
        out.append(*loaded);
    }
    return out;
}

} // namespace Steward
