#include "users/userexport.h"

#include "csvwriter.h"
#include "stewardlogging_ops.h"
#include "users/userpager.h"

#include <QCoreApplication>

namespace Steward {

namespace {
QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

UserExport::UserExport(ApiService *api, QObject *parent)
    : Operation(parent)
    , m_pager(new UserPager(api, this))
{
    // Sorted by user ID (setQuery): unique, so pages cannot reorder equal keys between requests, and
    // the pager can stream (see the class comment). On the bulk lane, beside an interactive view.
    m_pager->setStreamed(true);
    m_pager->setBulk(true);
    connect(m_pager, &UserPager::rowsArrived, this, &UserExport::onRows);
    connect(m_pager, &UserPager::failed, this, [this](const ApiError &error) {
        if (m_status == Status::Running && error.isTransient() && m_pageSize > m_firstPageSize) {
            // A large page the server (or a proxy in front of it) did not deliver: a read timeout, a
            // 504 or a cut connection. Ask for half as many from where the export is (the rows
            // written stay written, UserPager drops them if they come again), down to the first
            // page's size, where the usual retries and the usual failure apply.
            m_pageSize = qMax(m_firstPageSize, m_pageSize / 2);
            m_pager->setPageSize(m_pageSize);
            qCDebug(lcOps) << "users page failed (" << error.describe() << "); asking for" << m_pageSize << "at a time";
            QMetaObject::invokeMethod(m_pager, &UserPager::fetchNext, Qt::QueuedConnection);
            return;
        }
        m_apiError = error;
        fail(tr("Reading the users list failed after %1 rows: %2").arg(m_rows).arg(error.describe()));
    });
}

UserExport::~UserExport()
{
    if (m_status == Status::Running) {
        cancel();
    }
}

void UserExport::setQuery(const UserListQuery &query)
{
    UserListQuery q = query;
    q.sortKey = UserSortKey::Name;
    q.descending = false;
    m_pager->setQuery(q);
}

void UserExport::setPageSize(int size)
{
    m_firstPageSize = size;
    m_configuredPageSize = size;
}

qint64 UserExport::total() const
{
    return m_pager->total();
}

bool UserExport::listChanged() const
{
    return m_pager->listChanged();
}

QStringList UserExport::header()
{
    return { QStringLiteral("user_id"),     QStringLiteral("display_name"),  QStringLiteral("admin"),
             QStringLiteral("deactivated"), QStringLiteral("erased"),        QStringLiteral("locked"),
             QStringLiteral("guest"),       QStringLiteral("shadow_banned"), QStringLiteral("user_type"),
             QStringLiteral("avatar_url"),  QStringLiteral("created_utc"),   QStringLiteral("last_seen_utc") };
}

QList<int> UserExport::trustedColumns()
{
    // Steward writes these itself (booleans, timestamps); the user ID is guarded by guardedUserId().
    return { 0, 2, 3, 4, 5, 6, 7, 10, 11 };
}

QString UserExport::isoUtc(const QDateTime &t)
{
    if (!t.isValid()) {
        return {};
    }
    // By hand: QDateTime::toString() goes through the calendar's formatter, a fifth of the export's
    // time per user (bench/README.md).
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    const QTime tm = utc.time();
    if (d.year() < 0 || d.year() > 9999) {
        return utc.toString(Qt::ISODate);
    }
    char16_t out[20];
    const auto put = [&out](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10) {
            out[at + i] = char16_t(u'0' + value % 10);
        }
    };
    put(0, d.year(), 4);
    out[4] = u'-';
    put(5, d.month(), 2);
    out[7] = u'-';
    put(8, d.day(), 2);
    out[10] = u'T';
    put(11, tm.hour(), 2);
    out[13] = u':';
    put(14, tm.minute(), 2);
    out[16] = u':';
    put(17, tm.second(), 2);
    out[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(out), 20);
}

QString UserExport::guardedUserId(const QString &userId)
{
    return CsvWriter::isPlainUserId(userId) || !CsvWriter::needsFormulaGuard(userId) ? userId
                                                                                     : QLatin1Char('\'') + userId;
}

QStringList UserExport::row(const UserSummary &u)
{
    return { guardedUserId(u.userId),
             u.displayName,
             boolText(u.admin),
             boolText(u.deactivated),
             boolText(u.erased),
             boolText(u.locked),
             boolText(u.guest),
             boolText(u.shadowBanned),
             u.userType,
             u.avatarUrl,
             isoUtc(u.created),
             isoUtc(u.lastSeen) };
}

bool UserExport::start(const QString &path)
{
    m_errorString.clear();
    if (!m_output.open(path)) {
        m_errorString = m_output.errorString();
        return false;
    }
    begin();
    return true;
}

void UserExport::start(QIODevice *device)
{
    m_errorString.clear();
    m_output.open(device);
    begin();
}

void UserExport::begin()
{
    m_rows = 0;
    m_apiError = ApiError();
    m_status = Status::Running;
    setState(State::Running);
    setProgress(0, -1, tr("Exporting users"));
    m_writer = std::make_unique<CsvWriter>(m_output.device());
    m_writer->setTrustedColumns(trustedColumns());
    m_writer->writeRow(header());
    m_pager->restart();
    m_pageSize = m_configuredPageSize;
    m_pager->setPageSize(m_firstPageSize);
    m_pager->fetchNext();
}

void UserExport::onRows(const QList<UserSummary> &users)
{
    if (m_status != Status::Running) {
        return;
    }
    for (const UserSummary &u : users) {
        m_writer->writeRow(row(u));
    }
    m_rows += users.size();
    if (m_writer->hasError()) {
        fail(tr("Writing the export failed after %1 rows: %2").arg(m_rows).arg(m_output.device()->errorString()));
        return;
    }
    setProgress(m_rows, m_pager->total());
    if (!m_pager->atEnd()) {
        m_pager->setPageSize(m_pageSize); // from the next request on
        m_pager->fetchNext();
        return;
    }
    if (!m_output.commit()) {
        fail(m_output.errorString());
        return;
    }
    end(Status::Succeeded);
}

void UserExport::fail(const QString &message)
{
    m_errorString = m_output.isFile() ? message + tr(" No file was written.") : message;
    qCDebug(lcOps) << "user export failed:" << message; // the face reports it: once
    end(Status::Failed);
}

void UserExport::cancel()
{
    if (m_status != Status::Running) {
        return;
    }
    Operation::cancel();
    m_errorString = m_output.isStdout() ? tr("Export cancelled after %1 rows; the output is incomplete.").arg(m_rows)
                                        : tr("Export cancelled after %1 rows; no file was written.").arg(m_rows);
    end(Status::Cancelled);
}

void UserExport::end(Status status)
{
    m_pager->cancel();
    m_output.close();
    m_writer.reset();
    m_status = status;
    finish();
}

} // namespace Steward
