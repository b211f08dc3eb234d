#pragma once

#include "exportoutput.h"
#include "operation/operation.h"
#include "pageguard.h"
#include "rooms/roomsapi.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>

#include <memory>

class QIODevice;

namespace Steward {

class ApiReply;
class CsvWriter;

/// Streams every room matching a query (search, public/empty filters) into CSV or JSON, page by page
/// as the pages arrive, on the service's bulk lane. Built on the Operation contract: progress with
/// rows per second and an ETA, an honest cancel, and a final line that says how far it got.
///
/// Columns and keys: RoomColumns (the same as the Rooms view and "rooms list"). CSV is RFC 4180 with
/// the formula guard on every text cell (names and aliases are chosen by any user); JSON is one array
/// of objects with typed values (numbers, booleans, null for "none").
///
/// Into a file: written through a QSaveFile and committed only when the last page landed, so a
/// cancelled or failed export leaves no file (and an existing file untouched). Into "-": standard
/// output, written as the pages arrive; a cut JSON listing is left without its closing bracket so it
/// cannot parse as a complete one.
///
/// Pages: Synapse answers each page of the rooms list with a COUNT(*) of the whole selection plus an
/// OFFSET scan, so a page costs about the same whatever its size: the export asks for large pages
/// (PageSize rows; the JSON of one such page is a few MB, so memory stays flat). Rows are sorted by
/// name with the room ID as tie-breaker on the server, so pages cannot reorder between requests;
/// a room a shifted page repeats is written once. The items of this operation are its pages:
/// itemSettled(page) follows each page once its rows are written.
class RoomExport : public Operation
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };
    enum class Status { None, Succeeded, Failed, Cancelled };

    static constexpr int PageSize = 10000;

    explicit RoomExport(ApiService *api, QObject *parent = nullptr);
    ~RoomExport() override;

    /// Search and filters as the Rooms view has them; the sort is always by name (stable paging).
    void setQuery(const RoomListQuery &query);
    void setFormat(Format format) { m_format = format; }
    Format format() const { return m_format; }
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    /// "csv" / "json" -> Format; false for anything else.
    static bool formatFromName(const QString &name, Format *format);

    /// path "-" means standard output. Returns false (and sets errorString) when the file cannot be
    /// opened; otherwise the export runs and finished() follows.
    bool start(const QString &path);
    /// Export into an open device the caller owns (tests: a QBuffer).
    void start(QIODevice *device);
    /// Stops: the request in flight is dropped, a file export leaves no file; finished() follows at once.
    void cancel() override;

    Status status() const { return m_status; }
    qint64 rowsWritten() const { return m_rows; }
    /// The server's total for the query (-1 before the first page; an upper bound while searching
    /// with a filter, see RoomsApi::matchesFilters).
    qint64 total() const { return m_total; }
    /// The server's total changed during the export (rooms created or deleted meanwhile).
    bool listChanged() const { return m_listChanged; }
    /// Requests sent for the pages (for reports and benchmarks).
    int pagesRead() const { return m_pages; }
    /// Why it failed or that it was cancelled, with how far it got; empty after success.
    QString errorString() const { return m_errorString; }
    const ApiError &apiError() const { return m_apiError; }
    /// One line for a person, whatever the result: "Exported 10,000 rooms to rooms.csv." /
    /// "Export cancelled after 4,000 of 10,000 rooms; no file was written."
    QString summary() const;

private:
    void begin();
    void fetchNext();
    void onPage(const Result<RoomListPage> &page);
    bool writeRooms(const QList<RoomSummary> &rooms);
    bool writeEnd();
    void fail(const QString &message);
    void end(Status status);

    ApiService *m_api;
    RoomListQuery m_query;
    Format m_format = Format::Csv;
    int m_pageSize = PageSize;
    QString m_path;
    ExportOutput m_output;
    std::unique_ptr<CsvWriter> m_csv;
    QPointer<ApiReply> m_reply;
    PageGuard m_guard;
    QSet<QString> m_seen;
    Status m_status = Status::None;
    qint64 m_from = 0;
    qint64 m_read = 0;
    qint64 m_rows = 0;
    qint64 m_total = -1;
    bool m_listChanged = false;
    int m_pages = 0;
    QString m_errorString;
    ApiError m_apiError;
};

} // namespace Steward
