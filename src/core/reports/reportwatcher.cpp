#include "reports/reportwatcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Steward {

void ReportMark::raise(const Report &report)
{
    qint64 &mark = report.kind == ReportKind::Event ? eventId : userId;
    mark = qMax(mark, report.id);
}

QString ReportMark::path(const QUrl &baseUrl, const QString &adminUserId, const QString &purpose)
{
    // One file per server and admin: the same profile reached by --profile or --homeserver shares it.
    QString base = baseUrl.toString();
    while (base.endsWith(u'/')) {
        base.chop(1); // "https://a.org/" and "https://a.org" are one server
    }
    const QByteArray key =
        QCryptographicHash::hash((base + u'|' + adminUserId).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/steward/reports/")
        + QString::fromLatin1(key) + u'-' + purpose + QStringLiteral(".json");
}

ReportMark ReportMark::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.exists()) {
        return {};
    }
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        }
        return {};
    }
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &pe).object();
    if (pe.error != QJsonParseError::NoError) {
        if (error) {
            *error = QStringLiteral("%1 is not valid JSON (%2)").arg(path, pe.errorString());
        }
        return {};
    }
    ReportMark m;
    m.eventId = o.value(QLatin1String("event_report_id")).toInteger(-1);
    m.userId = o.value(QLatin1String("user_report_id")).toInteger(-1);
    return m;
}

bool ReportMark::save(const QString &path, QString *error) const
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error) {
            *error = QStringLiteral("cannot create the folder of %1").arg(path);
        }
        return false;
    }
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        const QJsonObject o { { QStringLiteral("event_report_id"), eventId },
                              { QStringLiteral("user_report_id"), userId } };
        f.write(QJsonDocument(o).toJson());
        if (f.commit()) {
            return true;
        }
    }
    if (error) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
    }
    return false;
}

ReportWatcher::ReportWatcher(ApiService *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReportWatcher::check);
}

void ReportWatcher::check()
{
    if (isChecking()) {
        return;
    }
    m_found.clear();
    m_error = ApiError();
    m_pending = m_noUserReports ? 1 : 2;
    scan(ReportKind::Event, 0);
    if (!m_noUserReports) {
        scan(ReportKind::User, 0);
    }
}

void ReportWatcher::scan(ReportKind kind, qint64 from)
{
    ReportQuery query;
    query.kind = kind;
    query.newestFirst = true;
    ReportsApi::list(m_api, query, from, m_pageSize, this, [this, kind, from](const Result<ReportPage> &result) {
        if (!result.ok()) {
            if (kind == ReportKind::User && result.error().isNotFound()
                && result.error().errcode() == u"M_UNRECOGNIZED") {
                m_noUserReports = true; // a Synapse before user reports: nothing to watch there
            } else if (m_error.isOk()) {
                m_error = result.error();
            }
            kindDone();
            return;
        }
        const qint64 mark = m_baseline.of(kind);
        bool reachedOld = false;
        for (const Report &r : result->reports) {
            if (r.id > mark) {
                m_found << r;
            } else {
                reachedOld = true;
            }
        }
        const bool more = result->nextToken && *result->nextToken > from && !result->reports.isEmpty();
        if (!reachedOld && more) {
            scan(kind, *result->nextToken);
            return;
        }
        kindDone();
    });
}

void ReportWatcher::kindDone()
{
    if (--m_pending > 0) {
        return;
    }
    if (!m_error.isOk()) {
        // Nothing is announced from a half-done check: the next one finds the same reports again.
        m_found.clear();
        Q_EMIT failed(m_error);
    } else {
        std::sort(m_found.begin(), m_found.end(), [](const Report &a, const Report &b) {
            return a.received != b.received ? a.received < b.received : a.key() < b.key();
        });
        for (const Report &r : std::as_const(m_found)) {
            m_baseline.raise(r);
        }
        const QList<Report> found = std::exchange(m_found, {});
        if (!found.isEmpty()) {
            Q_EMIT newReports(found);
        }
    }
    scheduleNext();
    Q_EMIT checked();
}

void ReportWatcher::start(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(1000));
    m_delay = m_interval;
    m_polling = true;
    check();
}

void ReportWatcher::stop()
{
    m_polling = false;
    m_timer.stop();
}

void ReportWatcher::scheduleNext()
{
    if (!m_polling) {
        return;
    }
    m_delay = m_error.isOk() ? m_interval : std::min(m_delay * 2, m_interval * 16);
    m_timer.start(m_delay);
}

} // namespace Steward
