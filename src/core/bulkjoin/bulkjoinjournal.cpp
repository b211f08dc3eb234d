#include "bulkjoinjournal.h"

#include "stewardlogging_ops.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace Steward {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("Steward::BulkJoinJournal", s);
}
QString pairKey(const QString &user, const QString &roomId, const QString &room)
{
    return user + QLatin1Char('\n') + (roomId.isEmpty() ? room : roomId);
}
} // namespace

QString BulkJoinJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journals");
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
    m_file.close();
    m_file.setFileName(dir + QLatin1Char('/') + name);
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
            || p.outcome == BulkJoinPair::Outcome::NotAttempted;
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
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (!line.endsWith('\n')) {
            break; // torn last line of a killed run
        }
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("plan")) {
            havePlan = true;
            out.baseUrl = o.value(QStringLiteral("base_url")).toString();
            out.adminUserId = o.value(QStringLiteral("admin")).toString();
            out.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
            for (const auto &r : o.value(QStringLiteral("make_admin")).toArray()) {
                out.makeAdminRooms << r.toString();
            }
            for (const auto &v : o.value(QStringLiteral("pairs")).toArray()) {
                const QJsonArray a = v.toArray();
                BulkJoinPair p;
                p.user = a.at(0).toString();
                p.room = a.at(1).toString();
                p.roomId = a.at(2).toString();
                p.outcome = BulkJoinPair::outcomeFromName(a.at(3).toString());
                p.reason = a.at(4).toString();
                index.insert(pairKey(p.user, p.roomId, p.room), int(out.pairs.size()));
                out.pairs.append(p);
            }
        } else if (type == QLatin1String("room_ready")) {
            out.readyRooms.insert(o.value(QStringLiteral("room_id")).toString());
        } else if (type == QLatin1String("result")) {
            const QString key =
                pairKey(o.value(QStringLiteral("user")).toString(), o.value(QStringLiteral("room_id")).toString(),
                        o.value(QStringLiteral("room")).toString());
            const auto it = index.constFind(key);
            if (it != index.cend()) {
                BulkJoinPair &p = out.pairs[*it];
                p.outcome = BulkJoinPair::outcomeFromName(o.value(QStringLiteral("outcome")).toString());
                p.reason = o.value(QStringLiteral("reason")).toString();
            }
        } else if (type == QLatin1String("end")) {
            out.ended = true;
        } else if (type == QLatin1String("reopen")) {
            out.ended = false;
        }
    }
    if (!havePlan) {
        *error = tr("%1 is not a bulk join journal (no plan)").arg(path);
        return std::nullopt;
    }
    return out;
}

QList<BulkJoinJournal::Loaded> BulkJoinJournal::unfinished(const QString &dir, const QString &baseUrl)
{
    QList<Loaded> out;
    const QStringList files =
        QDir(dir).entryList({ QStringLiteral("bulkjoin-*.jsonl") }, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : files) {
        QString error;
        auto loaded = load(dir + QLatin1Char('/') + name, &error);
        if (!loaded || loaded->ended) {
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
