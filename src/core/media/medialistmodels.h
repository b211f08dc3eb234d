#pragma once

#include "media/mediaapi.h"
#include "pagedlistmodel.h"

namespace Steward {

/// Users ranked by the space their uploads take (statistics/users/media), sorted, searched and
/// restricted to a date range on the server.
class MediaStatsModel : public PagedTableModel<UserMediaStats>
{
    Q_OBJECT
public:
    enum Column { UserIdColumn, DisplayNameColumn, CountColumn, SizeColumn, ColumnCount };

    explicit MediaStatsModel(ApiService *api, QObject *parent = nullptr);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    const MediaStatsQuery &query() const { return m_query; }
    /// Resets when it changed.
    void setQuery(const MediaStatsQuery &query);
    UserMediaStats stats(int row) const;

protected:
    ApiReply *fetch(qint64 from, int limit, Done done) override;
    QString idOf(const UserMediaStats &row) const override { return row.userId; }

private:
    ApiService *m_api;
    MediaStatsQuery m_query;
};

/// One media file of a list: where it lives and what the server said about it.
struct MediaEntry
{
    MediaRef media;
    std::optional<LocalMediaInfo> info; ///< unset when the server could not describe it
    QString problem; ///< why info is unset
    bool local = true;
};

/// A user's media (users/<id>/media, oldest first) or a room's media (rooms/<id>/media gives the
/// mxc URIs only; each row's details are then read with GET media/<server>/<id> as its page is shown).
class MediaListModel : public PagedTableModel<MediaEntry>
{
    Q_OBJECT
public:
    enum Column {
        MediaIdColumn,
        NameColumn,
        TypeColumn,
        SizeColumn,
        UploadedColumn,
        LastAccessColumn,
        QuarantinedColumn,
        ProtectedColumn,
        UploaderColumn,
        ColumnCount
    };

    MediaListModel(ApiService *api, const QString &serverName, QObject *parent = nullptr);

    /// The signed-in account's server: its files are the local ones.
    void setServerName(const QString &serverName) { m_serverName = serverName; }
    void showUser(const QString &userId);
    void showRoom(const QString &roomId);
    QString userId() const { return m_userId; }
    QString roomId() const { return m_roomId; }
    /// A loaded row, or an empty entry.
    MediaEntry entry(int row) const;
    QString statusText() const;

protected:
    ApiReply *fetch(qint64 from, int limit, Done done) override;
    QString idOf(const MediaEntry &row) const override { return row.media.mxc(); }

private:
    ApiReply *fetchRoomSlice(qint64 from, int limit, Done done);

    ApiService *m_api;
    QString m_serverName;
    QString m_userId;
    QString m_roomId;
    std::optional<QStringList> m_roomMxcs; ///< the room's list, read once per showRoom()
};

} // namespace Steward
