#pragma once

#include "exportoutput.h"
#include "operation/operation.h"
#include "users/userapi.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QIODevice;

namespace Steward {

class CsvWriter;
class UserPager;

/// Streams every user matching a query into a CSV file (RFC 4180 via CsvWriter). Each page is read
/// as its answer arrives and its rows are written at once (UserPager's streamed mode), so memory stays
/// flat whatever the page size; a row a shifted page repeats is written once (UserPager). A broken
/// server's paging ends the export with an error (UserPager).
///
/// Into a file: written through a QSaveFile and committed only when the last page landed, so a
/// cancelled or failed export leaves no file (and an existing file untouched). Into "-": stdout,
/// written as the pages arrive.
///
/// Columns: user_id, display_name, admin, deactivated, erased, locked, guest, shadow_banned,
/// user_type, avatar_url, created_utc, last_seen_utc. Booleans are "true"/"false"; timestamps
/// ISO 8601 UTC ("2025-01-31T12:00:00Z"), empty when unknown. Formula guard: see guardedUserId()
/// and CsvWriter.
///
/// An Operation: progress counts rows written of the server's total (with rows/s and the time left),
/// finished() comes once; status(), rowsWritten() and errorString() (which says how far it got) tell
/// the outcome.
class UserExport : public Operation
{
    Q_OBJECT
public:
    enum class Status { Idle, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(Status)

    /// The first page is small, so that the total (and the time left) is known soon.
    static constexpr int FirstPageSize = 10000;
    /// Then large pages: Synapse counts the whole selection and skips the offset for every page (at
    /// 1,000,000 users each page beyond the first cost ~2 s, as much as sending ~100,000 rows), while a
    /// streamed page costs the client no memory however large. The cap bounds what one request costs
    /// the server (it builds its answer whole): half of what one request for a million users would.
    /// Measured in bench/README.md (pages of 250,000: 1.44x the floor at 1,000,000 users).
    static constexpr int DefaultPageSize = 500000;

    explicit UserExport(ApiService *api, QObject *parent = nullptr);
    ~UserExport() override;

    void setQuery(const UserListQuery &query);
    /// Every page this size, the first included (tests; default FirstPageSize then DefaultPageSize).
    /// A larger page that fails with a transient error (a proxy's read timeout, a 504, a cut
    /// connection) is asked for again at half the size, down to the first page's size.
    void setPageSize(int size);

    /// path "-" means stdout. Returns false (and sets errorString) when the file cannot be opened;
    /// otherwise the export runs and finished() follows.
    bool start(const QString &path);
    /// Export into an open device the caller owns (tests: a QBuffer).
    void start(QIODevice *device);
    /// Stops at once (the page requests in flight are dropped); a file export leaves no file behind.
    void cancel() override;

    Status status() const { return m_status; }
    qint64 rowsWritten() const { return m_rows; }
    /// The server's total for the query (-1 before the first page).
    qint64 total() const;
    QString errorString() const { return m_errorString; }
    const ApiError &apiError() const { return m_apiError; }
    /// The server's total changed during the export (users created or removed meanwhile).
    bool listChanged() const;

    static QStringList header();
    static QStringList row(const UserSummary &user);
    /// "@alice:example.org" as is when it uses only the characters Matrix allows in new user IDs
    /// (a-z 0-9 . _ = - / + in the localpart; letters, digits . - : [ ] in the server name): such an
    /// ID cannot hold a formula call. Anything else gets the apostrophe of CsvWriter's guard.
    static QString guardedUserId(const QString &userId);
    /// Columns CsvWriter leaves unguarded: user_id (see guardedUserId), booleans and timestamps.
    static QList<int> trustedColumns();
    static QString isoUtc(const QDateTime &t);

private:
    void begin();
    void onRows(const QList<UserSummary> &users);
    void fail(const QString &message);
    void end(Status status);

    UserPager *m_pager;
    ExportOutput m_output;
    std::unique_ptr<CsvWriter> m_writer;
    Status m_status = Status::Idle;
    qint64 m_rows = 0;
    int m_firstPageSize = FirstPageSize;
    int m_configuredPageSize = DefaultPageSize;
    int m_pageSize = DefaultPageSize; ///< halved when a large page does not come (see the constructor)
    QString m_errorString;
    ApiError m_apiError;
};

} // namespace Steward
