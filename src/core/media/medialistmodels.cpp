#include "media/medialistmodels.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <memory>

namespace Steward {

namespace {
constexpr const char *StatsContext = "Steward::MediaStatsModel";
constexpr const char *ListContext = "Steward::MediaListModel";

struct MediaListText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::MediaListModel)
};

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

const QList<ListColumn<UserMediaStats>> &statsColumns()
{
    using S = const UserMediaStats &;
    static const QList<ListColumn<UserMediaStats>> columns {
        { QT_TRANSLATE_NOOP("Steward::MediaStatsModel", "User ID"),
          [](S s) { return QVariant(s.userId); },
          {},
          {},
          int(MediaStatsOrder::UserId) },
        { QT_TRANSLATE_NOOP("Steward::MediaStatsModel", "Display name"),
          [](S s) { return QVariant(s.displayName); },
          {},
          {},
          int(MediaStatsOrder::DisplayName) },
        { QT_TRANSLATE_NOOP("Steward::MediaStatsModel", "Files"),
          [](S s) { return QVariant(QLocale().toString(s.mediaCount)); },
          [](S s) { return QVariant(s.mediaCount); },
          {},
          int(MediaStatsOrder::MediaCount),
          Qt::AlignRight | Qt::AlignVCenter },
        { QT_TRANSLATE_NOOP("Steward::MediaStatsModel", "Size"), [](S s) { return QVariant(size(s.mediaLength)); },
          [](S s) { return QVariant(s.mediaLength); },
          [](S s) { return QVariant(QLocale().toString(s.mediaLength) + QStringLiteral(" B")); },
          int(MediaStatsOrder::MediaLength), Qt::AlignRight | Qt::AlignVCenter },
    };
    return columns;
}

QVariant yes(bool value)
{
    return value ? MediaListText::tr("yes") : QString();
}

const QList<ListColumn<MediaEntry>> &listColumns()
{
    using E = const MediaEntry &;
    static const QList<ListColumn<MediaEntry>> columns {
        { QT_TRANSLATE_NOOP("Steward::MediaListModel", "Media ID"),
          [](E e) { return QVariant(e.local ? e.media.mediaId : e.media.mxc()); },
          {},
          [](E e) {
              return QVariant(e.media.mxc());
          } },
        { QT_TRANSLATE_NOOP("Steward::MediaListModel", "File name"),
          [](E e) {
              return e.info ? QVariant(e.info->uploadName) : QVariant(e.problem);
          } },
        { QT_TRANSLATE_NOOP("Steward::MediaListModel", "Type"),
          [](E e) {
              return e.info ? QVariant(e.info->mediaType) : QVariant();
          } },
        { QT_TRANSLATE_NOOP("Steward::MediaListModel", "Size"),
          [](E e) { return e.info && e.info->length ? QVariant(size(*e.info->length)) : QVariant(); },
          [](E e) { return e.info && e.info->length ? QVariant(*e.info->length) : QVariant(); },
          {},
          {},
          Qt::AlignRight | Qt::AlignVCenter },
        { QT_TRANSLATE_NOOP("Steward::MediaListModel", "Uploaded"),
          [](E e) { return e.info && e.info->createdTs > 0 ? QVariant(localTime(e.info->createdTs)) : QVariant(); },
          [](E e) {
              return e.info ? QVariant(e.info->createdTs) : QVariant();
          } },
        { QT_TRANSLATE_NOOP("Steward::MediaListModel", "Last accessed"),
          [](E e) {
              return e.info && e.info->lastAccessTs ? QVariant(localTime(*e.info->lastAccessTs))
                                                    : QVariant(e.info ? MediaListText::tr("never") : QString());
          },
          [](E e) {
              return e.info && e.info->lastAccessTs ? QVariant(*e.info->lastAccessTs) : QVariant();
          } },
        { QT_TRANSLATE_NOOP("Steward::MediaListModel", "Quarantined"),
          [](E e) { return e.info ? yes(e.info->quarantined) : QVariant(); },
          [](E e) {
              return e.info ? QVariant(e.info->quarantined) : QVariant();
          } },
        { QT_TRANSLATE_NOOP("Steward::MediaListModel", "Protected"),
          [](E e) { return e.info ? yes(e.info->safeFromQuarantine) : QVariant(); },
          [](E e) {
              return e.info ? QVariant(e.info->safeFromQuarantine) : QVariant();
          } },
        { QT_TRANSLATE_NOOP("Steward::MediaListModel", "Uploader"),
          [](E e) {
              return e.info ? QVariant(e.local ? e.info->userId : MediaListText::tr("remote (%1)").arg(e.media.server))
                            : QVariant();
          } },
    };
    return columns;
}
} // namespace

MediaStatsModel::MediaStatsModel(ApiService *api, QObject *parent)
    : PagedTableModel(StatsContext, statsColumns(), true, parent)
    , m_api(api)
{ }

void MediaStatsModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKey(column);
    if (!key) {
        return;
    }
    MediaStatsQuery q = m_query;
    q.order = MediaStatsOrder(*key);
    q.descending = order == Qt::DescendingOrder;
    if (q == m_query && total() >= 0) {
        return;
    }
    m_query = q;
    if (isStarted()) {
        resetList();
    }
}

void MediaStatsModel::setQuery(const MediaStatsQuery &query)
{
    if (query == m_query && total() >= 0 && !hasError()) {
        return;
    }
    m_query = query;
    resetList();
}

UserMediaStats MediaStatsModel::stats(int row) const
{
    const UserMediaStats *s = rowAt(row);
    return s ? *s : UserMediaStats {};
}

ApiReply *MediaStatsModel::fetch(qint64 from, int limit, Done done)
{
    return MediaApi::userMediaStatistics(m_api, m_query, from, limit, this,
                                         [done = std::move(done)](const Result<Page<UserMediaStats>> &page) {
                                             if (!page.ok()) {
                                                 done(page.error(), -1, false);
                                                 return;
                                             }
                                             done(page->items, page->total, page->nextFrom.has_value());
                                         });
}

MediaListModel::MediaListModel(ApiService *api, const QString &serverName, QObject *parent)
    : PagedTableModel(ListContext, listColumns(), false, parent)
    , m_api(api)
    , m_serverName(serverName)
{
    setPageSize(50); // a room's rows cost one request each
}

void MediaListModel::showUser(const QString &userId)
{
    m_userId = userId;
    m_roomId.clear();
    m_roomMxcs.reset();
    resetList();
}

void MediaListModel::showRoom(const QString &roomId)
{
    m_roomId = roomId;
    m_userId.clear();
    m_roomMxcs.reset();
    resetList();
}

MediaEntry MediaListModel::entry(int row) const
{
    const MediaEntry *e = rowAt(row);
    return e ? *e : MediaEntry {};
}

QString MediaListModel::statusText() const
{
    if (hasError()) {
        return MediaListText::tr("Loading failed: %1").arg(lastError().describe());
    }
    if (total() < 0) {
        return isLoading() ? MediaListText::tr("Loading…") : QString();
    }
    return QCoreApplication::translate(ListContext, "%n file(s)", nullptr, int(total()));
}

ApiReply *MediaListModel::fetch(qint64 from, int limit, Done done)
{
    if (!m_roomId.isEmpty()) {
        return fetchRoomSlice(from, limit, std::move(done));
    }
    const QString server = m_serverName;
    return MediaApi::userMedia(m_api, m_userId, from, limit, this,
                               [done = std::move(done), server](const Result<Page<LocalMediaInfo>> &page) {
                                   if (!page.ok()) {
                                       done(page.error(), -1, false);
                                       return;
                                   }
                                   QList<MediaEntry> rows;
                                   for (const LocalMediaInfo &m : page->items) {
                                       rows.append({ { server, m.mediaId }, m, {}, true });
                                   }
                                   done(rows, page->total, page->nextFrom.has_value());
                               });
}

ApiReply *MediaListModel::fetchRoomSlice(qint64 from, int limit, Done done)
{
    if (!m_roomMxcs) {
        const QString roomId = m_roomId;
        return MediaApi::roomMedia(m_api, roomId, this,
                                   [this, roomId, from, limit, done](const Result<RoomMediaList> &list) {
                                       if (roomId != m_roomId) {
                                           return; // another room meanwhile
                                       }
                                       if (!list.ok()) {
                                           done(list.error(), -1, false);
                                           return;
                                       }
                                       m_roomMxcs = list->local + list->remote;
                                       fetchRoomSlice(from, limit, done);
                                   });
    }
    const QStringList slice = m_roomMxcs->mid(from, limit);
    const qint64 total = m_roomMxcs->size();
    const bool more = from + slice.size() < total;
    if (slice.isEmpty()) {
        done(QList<MediaEntry> {}, total, false);
        return nullptr;
    }
    // Each row's details, then the page at once (in the room's order).
    auto rows = std::make_shared<QList<MediaEntry>>(slice.size());
    auto pending = std::make_shared<int>(int(slice.size()));
    for (int i = 0; i < slice.size(); ++i) {
        QString problem;
        const auto ref = MediaApi::parseMxc(slice.at(i), &problem);
        MediaEntry &e = (*rows)[i];
        if (!ref) {
            e.problem = problem;
            --*pending;
            continue;
        }
        e.media = *ref;
        e.local = ref->server == m_serverName;
        MediaApi::mediaInfo(m_api, *ref, this, [rows, pending, i, total, more, done](const Result<LocalMediaInfo> &r) {
            MediaEntry &e = (*rows)[i];
            if (r.ok()) {
                e.info = r.value();
            } else if (r.error().isNotFound()) {
                e.problem = e.local ? MediaListText::tr("(deleted)") : MediaListText::tr("(remote, not cached here)");
            } else {
                e.problem = r.error().describe();
            }
            if (--*pending == 0) {
                done(*rows, total, more);
            }
        });
    }
    if (*pending == 0) {
        done(*rows, total, more);
    }
    return nullptr;
}

} // namespace Steward
