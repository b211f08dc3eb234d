#include "rooms/roomexport.h"

#include "csvwriter.h"
#include "rooms/roomcolumns.h"
#include "stewardlogging_ops.h"

#include <QFileDevice>
#include <QJsonDocument>

namespace Steward {

namespace {
QString csvField(const QJsonValue &v)
{
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (v.isDouble()) {
        return QString::number(v.toInteger());
    }
    return v.toString(); // null -> empty
}
} // namespace

RoomExport::RoomExport(ApiService *api, QObject *parent)
    : Operation(parent)
    , m_api(api)
{
    m_query.orderBy = RoomOrder::Name;
}

RoomExport::~RoomExport()
{
    if (isRunning()) {
        cancel();
    }
}

void RoomExport::setQuery(const RoomListQuery &query)
{
    m_query = query;
    // By name (the server breaks ties by room ID): a total order, so pages cannot reorder.
    m_query.orderBy = RoomOrder::Name;
    m_query.descending = false;
}

void RoomExport::setPageSize(int size)
{
    m_pageSize = qMax(1, size);
}

bool RoomExport::formatFromName(const QString &name, Format *format)
{
    const QString n = name.trimmed().toLower();
    if (n == u"csv") {
        *format = Format::Csv;
        return true;
    }
    if (n == u"json") {
        *format = Format::Json;
        return true;
    }
    return false;
}

bool RoomExport::start(const QString &path)
{
    m_errorString.clear();
    m_path = path;
    if (!m_output.open(path)) {
        m_errorString = m_output.errorString();
        return false;
    }
    begin();
    return true;
}

void RoomExport::start(QIODevice *device)
{
    m_errorString.clear();
    m_path.clear();
    m_output.open(device);
    begin();
}

void RoomExport::begin()
{
    setState(State::Running);
    m_status = Status::None;
    m_apiError = ApiError();
    m_guard.reset();
    m_seen.clear();
    m_from = 0;
    m_read = 0;
    m_rows = 0;
    m_total = -1;
    m_pages = 0;
    m_listChanged = false;
    if (m_format == Format::Csv) {
        m_csv = std::make_unique<CsvWriter>(m_output.device());
        QList<int> trusted;
        QStringList header;
        for (int c = 0; c < RoomColumns::Count; ++c) {
            header << RoomColumns::key(c);
            if (RoomColumns::isNumeric(c)) {
                trusted << c;
            }
        }
        m_csv->writeRow(header);
        // Names, aliases and creators are chosen by users: every text cell gets the formula guard.
        m_csv->setTrustedColumns(trusted);
    } else {
        m_output.device()->write("[");
    }
    setProgress(0, -1, tr("Exporting rooms"));
    fetchNext();
}

void RoomExport::fetchNext()
{
    RoomListQuery query = m_query;
    query.from = int(m_from);
    query.limit = m_pageSize;
    ++m_pages;
    const BulkLane bulk; // never queued before the views' requests
    m_reply = RoomsApi::list(m_api, query, this, [this](const Result<RoomListPage> &page) { onPage(page); });
}

void RoomExport::onPage(const Result<RoomListPage> &page)
{
    m_reply = nullptr;
    if (state() != State::Running) {
        return;
    }
    if (!page.ok()) {
        m_apiError = page.error();
        fail(tr("Reading the rooms list failed after %1 rooms: %2").arg(m_rows).arg(page.error().describe()));
        return;
    }
    const ApiError bad = m_guard.check(m_from, m_pageSize, page->rooms.size(), page->nextBatch);
    if (m_total >= 0 && page->totalRooms != m_total) {
        m_listChanged = true;
    }
    m_total = page->totalRooms;
    if (!writeRooms(page->rooms)) {
        fail(tr("Writing the export failed after %1 rooms: %2").arg(m_rows).arg(m_output.device()->errorString()));
        return;
    }
    m_read += page->rooms.size();
    if (!bad.isOk()) {
        m_apiError = bad;
        fail(tr("Reading the rooms list failed after %1 rooms: %2").arg(m_rows).arg(bad.describe()));
        return;
    }
    setProgress(page->nextBatch ? qMin(m_read, m_total) : m_total, m_total);
    Q_EMIT itemSettled(m_pages - 1); // the items of an export are its pages
    if (state() != State::Running) {
        return; // cancelled from a progress or page handler
    }
    if (page->nextBatch) {
        m_from = *page->nextBatch;
        fetchNext();
        return;
    }
    if (!writeEnd()) {
        fail(tr("Writing the export failed after %1 rooms: %2").arg(m_rows).arg(m_output.device()->errorString()));
        return;
    }
    if (!m_output.commit()) {
        fail(m_output.errorString());
        return;
    }
    end(Status::Succeeded);
}

bool RoomExport::writeRooms(const QList<RoomSummary> &rooms)
{
    for (const RoomSummary &room : rooms) {
        if (!RoomsApi::matchesFilters(room, m_query) || m_seen.contains(room.roomId)) {
            continue; // filtered locally while searching (see RoomsApi::matchesFilters), or repeated
        }
        m_seen.insert(room.roomId);
        if (m_format == Format::Json) {
            QJsonObject obj;
            for (int c = 0; c < RoomColumns::Count; ++c) {
                obj.insert(RoomColumns::key(c), RoomColumns::json(room, c));
            }
            m_output.device()->write(m_rows == 0 ? "\n" : ",\n");
            m_output.device()->write(QJsonDocument(obj).toJson(QJsonDocument::Compact));
        } else {
            QStringList row;
            row.reserve(RoomColumns::Count);
            for (int c = 0; c < RoomColumns::Count; ++c) {
                row << csvField(RoomColumns::json(room, c));
            }
            m_csv->writeRow(row);
        }
        ++m_rows;
    }
    m_output.flush(); // the rows reach the pipe as the pages arrive
    const auto *file = qobject_cast<const QFileDevice *>(m_output.device());
    return !(m_csv && m_csv->hasError()) && (!file || file->error() == QFileDevice::NoError);
}

bool RoomExport::writeEnd()
{
    if (m_format == Format::Json && m_output.device()->write(m_rows == 0 ? "]\n" : "\n]\n") < 0) {
        return false;
    }
    return writeRooms({});
}

void RoomExport::fail(const QString &message)
{
    if (m_output.isFile()) {
        m_errorString = message + QLatin1Char(' ') + tr("No file was written.");
    } else if (m_output.isStdout()) {
        m_errorString = message + QLatin1Char(' ') + tr("The output is incomplete.");
    } else {
        m_errorString = message;
    }
    qCDebug(lcOps) << "room export failed:" << message; // the face reports it: once
    end(Status::Failed);
}

void RoomExport::cancel()
{
    if (state() != State::Running) {
        return;
    }
    Operation::cancel();
    const QString howFar = m_total >= 0 ? tr("%1 of %2 rooms").arg(m_rows).arg(m_total) : tr("%1 rooms").arg(m_rows);
    if (m_output.isFile()) {
        m_errorString = tr("Export cancelled after %1; no file was written.").arg(howFar);
    } else if (m_output.isStdout()) {
        m_errorString = tr("Export cancelled after %1; the output is incomplete.").arg(howFar);
    } else {
        m_errorString = tr("Export cancelled after %1.").arg(howFar);
    }
    end(Status::Cancelled);
}

void RoomExport::end(Status status)
{
    if (ApiReply *reply = m_reply.data()) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr); // its (cancelled) answer is not a page
        reply->cancel();
    }
    m_output.close();
    m_csv.reset();
    m_seen.clear();
    m_status = status;
    finish();
}

QString RoomExport::summary() const
{
    if (m_status != Status::Succeeded) {
        return m_errorString;
    }
    QString line = m_path.isEmpty() || m_path == QLatin1String("-")
        ? tr("Exported %1 rooms.").arg(m_rows)
        : tr("Exported %1 rooms to %2.").arg(m_rows).arg(m_path);
    // While searching with a filter the total is an upper bound (filtered locally): no comparison then.
    const bool filteredLocally = !m_query.searchTerm.isEmpty() && (m_query.publicRooms || m_query.emptyRooms);
    if (m_listChanged || (!filteredLocally && m_rows != m_total)) {
        line += QLatin1Char(' ')
            + tr("The server now reports %1 rooms for this filter; rooms were created or deleted during the export.")
                  .arg(m_total);
    }
    return line;
}

} // namespace Steward
