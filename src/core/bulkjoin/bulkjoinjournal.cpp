#include "bulkjoin/bulkjoinjournal.h"

#include "operation/operationjournal.h"
#include "stewardlogging_ops.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>

namespace Steward {

namespace {
QString pairKey(const QString &user, const QString &roomId, const QString &room)
{
    return user + QLatin1Char('\n') + (roomId.isEmpty() ? room : roomId);
}
constexpr int MaxIdBytes = 255; // Matrix's limit for user IDs, room IDs and aliases

bool validId(const QString &id, QChar sigil)
{
    return id.size() > 1 && id.startsWith(sigil) && id.toUtf8().size() <= MaxIdBytes;
}
} // namespace

BulkJoinJournal::BulkJoinJournal() = default;

BulkJoinJournal::~BulkJoinJournal()
{
    close();
}

void BulkJoinJournal::close()
{
    m_file.close();
    m_lock.reset(); // unlocks
}

bool BulkJoinJournal::lock(const QString &path, QString *error)
{
    if (m_lock && m_lock->isLocked() && m_file.fileName() == path) {
        return true; // ours already (retry after a run of this process)
    }
    m_lock = OperationJournal::lock(path, error);
    return bool(m_lock);
}

QString BulkJoinJournal::defaultDirectory()
{
    return OperationJournal::defaultDirectory();
}

bool BulkJoinJournal::create(const QString &dir, const QString &baseUrl, const BulkJoinPlan &plan, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create the journal folder %1").arg(dir);
        return false;
    }
    const QString name = QStringLiteral("bulkjoin-%1-%2.jsonl")
                             .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))
                             .arg(QRandomGenerator::global()->generate() % 0x10000, 4, 16, QLatin1Char('0'));
    close();
    const QString path = dir + QLatin1Char('/') + name;
    if (!lock(path, error)) {
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::NewOnly)) {
        *error = tr("cannot write the journal %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    QJsonArray pairs;
    for (const auto &p : plan.pairs) {
        pairs.append(QJsonArray { p.user, p.room, p.roomId, BulkJoinPair::outcomeName(p.outcome), p.reason });
    }
    QJsonArray makeAdmin;
    for (const auto &r : plan.rooms) {
        if (r.makeAdmin && r.needsAdmin()) {
            makeAdmin.append(r.roomId);
        }
    }
    writeLine({ { QStringLiteral("type"), QStringLiteral("plan") },
                { QStringLiteral("version"), 1 },
                { QStringLiteral("base_url"), baseUrl },
                { QStringLiteral("admin"), plan.adminUserId },
                { QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
                { QStringLiteral("make_admin"), makeAdmin },
                { QStringLiteral("pairs"), pairs } });
    return true;
}

bool BulkJoinJournal::reopen(const QString &path, QString *error)
{
    m_file.close();
    if (!lock(path, error)) {
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = tr("cannot write the journal %1: %2").arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void BulkJoinJournal::writeLine(const QJsonObject &object)
{
    if (!m_file.isOpen()) {
        return;
    }
    // One write per line, flushed at once: a killed process leaves whole lines behind (a torn last line
    // is ignored when loading).
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        qCWarning(lcOps) << "journal write failed:" << m_file.errorString();
    }
}

void BulkJoinJournal::appendRoomReady(const QString &roomId)
{
    writeLine({ { QStringLiteral("type"), QStringLiteral("room_ready") }, { QStringLiteral("room_id"), roomId } });
}

void BulkJoinJournal::appendResult(const BulkJoinPair &pair)
{
    writeLine({ { QStringLiteral("type"), QStringLiteral("result") },
                { QStringLiteral("user"), pair.user },
                { QStringLiteral("room"), pair.room },
                { QStringLiteral("room_id"), pair.roomId },
                { QStringLiteral("outcome"), BulkJoinPair::outcomeName(pair.outcome) },
                { QStringLiteral("reason"), pair.reason } });
}

void BulkJoinJournal::appendRetry(const QList<BulkJoinPair> &pairs)
{
    writeLine({ { QStringLiteral("type"), QStringLiteral("reopen") } });
    for (auto p : pairs) {
        p.outcome = BulkJoinPair::Outcome::ToJoin;
        p.reason.clear();
        appendResult(p);
    }
}

void BulkJoinJournal::appendEnd(bool cancelled)
{
    writeLine({ { QStringLiteral("type"), QStringLiteral("end") }, { QStringLiteral("cancelled"), cancelled } });
}

int BulkJoinJournal::Loaded::remaining() const
{
    return int(std::count_if(pairs.cbegin(), pairs.cend(), [](const BulkJoinPair &p) {
        return p.outcome == BulkJoinPair::Outcome::ToJoin || p.outcome == BulkJoinPair::Outcome::Failed
            || p.outcome == BulkJoinPair::Outcome::NotAttempted || p.outcome == BulkJoinPair::Outcome::Unknown;
    }));
}

std::optional<BulkJoinJournal::Loaded> BulkJoinJournal::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the journal %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    Loaded out;
    out.path = path;
    QHash<QString, int> index;
    bool havePlan = false;
    int lineNo = 0;
    auto damaged = [&](const QString &what) {
        *error = tr("the journal %1 is damaged (line %2: %3); it is not used. Move it away and start the bulk join "
                    "again with --users and --rooms")
                     .arg(path)
                     .arg(lineNo)
                     .arg(what);
        return std::nullopt;
    };
    // A pair as the journal stores it: user and room label are never empty; a room id, when present,
    // is one; only pairs skipped before the run may lack it.
    auto checkPair = [](const BulkJoinPair &p, bool outcomeOk) -> QString {
        if (!validId(p.user, u'@') && p.outcome != BulkJoinPair::Outcome::Skipped) {
            return tr("a pair has no valid user ID");
        }
        if (p.user.isEmpty() || p.room.isEmpty() || p.user.size() > 4 * MaxIdBytes || p.room.size() > 4 * MaxIdBytes) {
            return tr("a pair has an empty or oversized user or room");
        }
        if (!outcomeOk) {
            return tr("unknown outcome");
        }
        if (!p.roomId.isEmpty() && !validId(p.roomId, u'!')) {
            return tr("\"%1\" is not a room ID").arg(p.roomId.left(80));
        }
        if (p.roomId.isEmpty() && p.outcome != BulkJoinPair::Outcome::Skipped) {
            return tr("a pair to join has no room ID");
        }
        return {};
    };
    while (!f.atEnd()) {
        const QByteArray line = f.readLine(1 << 26);
        ++lineNo;
        if (!line.endsWith('\n')) {
            if (f.atEnd()) {
                break; // torn last line of a killed run
            }
            return damaged(tr("a line longer than 64 MiB"));
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            return damaged(tr("not a JSON object"));
        }
        const QJsonObject o = doc.object();
        const QString type = o.value(QStringLiteral("type")).toString();
        if ((type == QLatin1String("plan")) != (lineNo == 1)) {
            return damaged(lineNo == 1 ? tr("the first line is not the plan") : tr("a second plan"));
        }
        if (type == QLatin1String("plan")) {
            havePlan = true;
            const QJsonValue version = o.value(QStringLiteral("version"));
            const QJsonValue baseUrl = o.value(QStringLiteral("base_url"));
            const QJsonValue admin = o.value(QStringLiteral("admin"));
            const QJsonValue makeAdmin = o.value(QStringLiteral("make_admin"));
            const QJsonValue pairs = o.value(QStringLiteral("pairs"));
            if (version.toInt() != 1) {
                return damaged(tr("unknown version"));
            }
            if (!baseUrl.isString() || baseUrl.toString().isEmpty() || !admin.isString()
                || !validId(admin.toString(), u'@') || !makeAdmin.isArray() || !pairs.isArray()) {
                return damaged(tr("the plan lacks the server, the admin, or its lists"));
            }
            out.baseUrl = baseUrl.toString();
            out.adminUserId = admin.toString();
            out.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
            for (const auto &r : makeAdmin.toArray()) {
                if (!r.isString() || !validId(r.toString(), u'!')) {
                    return damaged(tr("a room to prepare is not a room ID"));
                }
                out.makeAdminRooms << r.toString();
            }
            for (const auto &v : pairs.toArray()) {
                const QJsonArray a = v.toArray();
                if (!v.isArray() || a.size() != 5
                    || !std::all_of(a.cbegin(), a.cend(), [](const QJsonValue &x) { return x.isString(); })) {
                    return damaged(tr("a pair is not a list of five texts"));
                }
                BulkJoinPair p;
                bool ok = false;
                p.user = a.at(0).toString();
                p.room = a.at(1).toString();
                p.roomId = a.at(2).toString();
                p.outcome = BulkJoinPair::outcomeFromName(a.at(3).toString(), &ok);
                p.reason = a.at(4).toString();
                if (const QString bad = checkPair(p, ok); !bad.isEmpty()) {
                    return damaged(bad);
                }
                index.insert(pairKey(p.user, p.roomId, p.room), int(out.pairs.size()));
                out.pairs.append(p);
            }
        } else if (type == QLatin1String("room_ready")) {
            const QString room = o.value(QStringLiteral("room_id")).toString();
            if (!validId(room, u'!')) {
                return damaged(tr("a prepared room is not a room ID"));
            }
            out.readyRooms.insert(room);
        } else if (type == QLatin1String("result")) {
            for (const char *field : { "user", "room", "room_id", "outcome", "reason" }) {
                if (!o.value(QLatin1String(field)).isString()) {
                    return damaged(tr("a result lacks the text field \"%1\"").arg(QLatin1String(field)));
                }
            }
            const QString key =
                pairKey(o.value(QStringLiteral("user")).toString(), o.value(QStringLiteral("room_id")).toString(),
                        o.value(QStringLiteral("room")).toString());
            const auto it = index.constFind(key);
            if (it == index.cend()) {
                return damaged(tr("a result for a pair the plan does not hold"));
            }
            bool ok = false;
            const auto outcome = BulkJoinPair::outcomeFromName(o.value(QStringLiteral("outcome")).toString(), &ok);
            if (!ok) {
                return damaged(tr("unknown outcome"));
            }
            BulkJoinPair &p = out.pairs[*it];
            p.outcome = outcome;
            p.reason = o.value(QStringLiteral("reason")).toString();
        } else if (type == QLatin1String("end")) {
            out.ended = true;
        } else if (type == QLatin1String("reopen")) {
            out.ended = false;
        } else {
            return damaged(tr("unknown line type"));
        }
    }
    if (!havePlan) {
        *error = tr("%1 is not a bulk join journal (no plan)").arg(path);
        return std::nullopt;
    }
    return out;
}

QList<BulkJoinJournal::Loaded> BulkJoinJournal::unfinished(const QString &dir, const QString &baseUrl,
                                                           QStringList *damaged)
{
    QList<Loaded> out;
    for (const QString &path : OperationJournal::journalFiles(dir, QStringLiteral("bulkjoin-*.jsonl"))) {
        QString error;
        auto loaded = load(path, &error);
        if (!loaded) {
            if (damaged) {
                *damaged << error;
            }
            continue;
        }
        if (loaded->remaining() == 0) {
            continue;
        }
        if (!baseUrl.isEmpty() && loaded->baseUrl != baseUrl) {
            continue;
        }
        out.append(*loaded);
    }
    return out;
}

} // namespace Steward
