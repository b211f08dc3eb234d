#pragma once

#include "pagedlistmodel.h"
#include "reports/reportsapi.h"

#include <QHash>

namespace Steward {

/// Event or user reports as a random-access table over the server's paging (see PagedListModel),
/// newest first. Filters (room, reported user, reporter) are the server's; setting them resets.
/// Rows newer than the last report the admin saw are "unread" (UnreadRole; the view shows them bold); the
/// outcome of an action taken on a row is kept with it (Outcome column) until the list is reset.
class ReportListModel : public PagedTableModel<Report>
{
    Q_OBJECT
public:
    enum Column {
        ReceivedColumn,
        KindColumn,
        ReporterColumn,
        UserColumn,
        RoomColumn,
        ReasonColumn,
        ScoreColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Roles { KeyRole = IdRole, UnreadRole = LoadedRole + 1 };

    explicit ReportListModel(ApiService *api, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const ReportQuery &query() const { return m_query; }
    /// Resets when it changed.
    void setQuery(const ReportQuery &query);

    /// Reports with an id above these are shown as unread.
    void setLastSeen(qint64 eventId, qint64 userId);
    qint64 lastSeen(ReportKind kind) const { return kind == ReportKind::Event ? m_seenEvent : m_seenUser; }

    /// What happened when an action ran on this report ("dismissed", "redacted", "failed: ...").
    void setOutcome(const QString &key, const QString &outcome);
    QString outcome(const QString &key) const { return m_outcomes.value(key); }

    /// A loaded report; an empty one (id -1) when the row is not loaded.
    Report report(int row) const;
    QString statusText() const;

protected:
    ApiReply *fetch(qint64 from, int limit, Done done) override;
    QString idOf(const Report &report) const override { return report.key(); }

private:
    ApiService *m_api;
    ReportQuery m_query;
    qint64 m_seenEvent = -1;
    qint64 m_seenUser = -1;
    QHash<QString, QString> m_outcomes;
};

} // namespace Steward
