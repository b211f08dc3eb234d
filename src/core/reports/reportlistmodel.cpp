#include "reports/reportlistmodel.h"

namespace Steward {

namespace {
constexpr const char *Context = "Steward::ReportListModel";

QString kindText(ReportKind kind)
{
    return kind == ReportKind::Event ? ReportListModel::tr("Event") : ReportListModel::tr("User");
}

const QList<ListColumn<Report>> &reportColumns()
{
    using R = const Report &;
    static const QList<ListColumn<Report>> columns {
        { QT_TRANSLATE_NOOP("Steward::ReportListModel", "Received"),
          [](R r) {
              return QVariant(r.received.isValid()
                                  ? r.received.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QString());
          },
          [](R r) { return QVariant(r.received); },
          [](R r) {
              return QVariant(r.received.toString(Qt::ISODate));
          } },
        { QT_TRANSLATE_NOOP("Steward::ReportListModel", "Kind"),
          [](R r) {
              return QVariant(kindText(r.kind));
          } },
        { QT_TRANSLATE_NOOP("Steward::ReportListModel", "Reporter"),
          [](R r) {
              return QVariant(r.reporter);
          } },
        { QT_TRANSLATE_NOOP("Steward::ReportListModel", "Reported user"),
          [](R r) {
              return QVariant(r.userId);
          } },
        { QT_TRANSLATE_NOOP("Steward::ReportListModel", "Room"),
          [](R r) { return QVariant(r.roomLabel()); },
          {},
          [](R r) {
              return QVariant(r.roomId);
          } },
        { QT_TRANSLATE_NOOP("Steward::ReportListModel", "Reason"),
          [](R r) {
              return QVariant(r.reason);
          } },
        { QT_TRANSLATE_NOOP("Steward::ReportListModel", "Score"),
          [](R r) { return r.score ? QVariant(QString::number(*r.score)) : QVariant(QString()); },
          [](R r) { return r.score ? QVariant(*r.score) : QVariant(); },
          {},
          {},
          Qt::AlignRight | Qt::AlignVCenter },
        { QT_TRANSLATE_NOOP("Steward::ReportListModel", "Outcome"),
          [](R) {
              return QVariant(QString());
          } },
    };
    return columns;
}
} // namespace

ReportListModel::ReportListModel(ApiService *api, QObject *parent)
    : PagedTableModel(Context, reportColumns(), false, parent)
    , m_api(api)
{
    setPageSize(100);
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    const Report *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (r) {
        const bool unread = r->id > lastSeen(r->kind);
        if (role == UnreadRole) {
            return unread;
        }
        if (index.column() == OutcomeColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
            return m_outcomes.value(r->key());
        }
    }
    return PagedTableModel::data(index, role);
}

void ReportListModel::setQuery(const ReportQuery &query)
{
    const bool same = query.kind == m_query.kind && query.roomId == m_query.roomId && query.userId == m_query.userId
        && query.reporter == m_query.reporter && query.newestFirst == m_query.newestFirst;
    if (same && isStarted() && !hasError()) {
        return;
    }
    m_query = query;
    resetList();
}

void ReportListModel::setLastSeen(qint64 eventId, qint64 userId)
{
    m_seenEvent = eventId;
    m_seenUser = userId;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { UnreadRole });
    }
}

void ReportListModel::setOutcome(const QString &key, const QString &outcome)
{
    m_outcomes.insert(key, outcome);
    const int row = rowOf(key);
    if (row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

Report ReportListModel::report(int row) const
{
    const Report *r = rowAt(row);
    return r ? *r : Report {};
}

QString ReportListModel::statusText() const
{
    if (hasError()) {
        return tr("Loading failed: %1").arg(lastError().describe());
    }
    if (total() < 0) {
        return isLoading() ? tr("Loading reports…") : QString();
    }
    return tr("%1 loaded of %2").arg(loadedRowCount()).arg(total());
}

ApiReply *ReportListModel::fetch(qint64 from, int limit, Done done)
{
    return ReportsApi::list(m_api, m_query, from, limit, this,
                            [done = std::move(done), from](const Result<ReportPage> &result) {
                                if (!result.ok()) {
                                    done(Result<QList<Report>>(result.error()), -1, false);
                                    return;
                                }
                                const bool more = result->nextToken && *result->nextToken > from;
                                done(result->reports, result->total, more);
                            });
}

} // namespace Steward
