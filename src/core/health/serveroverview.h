#pragma once

#include "health/healthapi.h"
#include "health/pagewalk.h"

#include <QObject>

#include <optional>

namespace Steward {

class ServerSession;

/// The figures of the overview page, each loaded on its own (one slow or failing figure never
/// holds up another). Cheap figures come from the servers' totals; figures that need a walk over
/// every page (media per user, failing federation destinations) are PageWalks with progress and
/// are marked partial until the walk completed.
class ServerOverview : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    struct Figure
    {
        std::optional<T> value;
        ApiError error;
        bool loading = false;
        /// The figure is usable: loaded (or, for a walk, loaded so far).
        bool ready() const { return value.has_value(); }
    };

    /// From GET v2/users totals (limit 1): no walk over users is needed.
    struct UserCounts
    {
        qint64 all = 0; ///< every local account (guests, deactivated and locked ones included)
        qint64 active = 0; ///< not deactivated
        qint64 deactivated = 0;
        qint64 admins = 0; ///< active server admins
        qint64 locked = 0; ///< active and locked
    };
    struct MediaTotals
    {
        qint64 count = 0;
        qint64 bytes = 0;
        qint64 users = 0; ///< users with media
        bool complete = false; ///< false while the walk is under way or after it stopped early
    };
    struct FederationTotals
    {
        qint64 destinations = 0;
        qint64 failing = 0;
        QStringList failingNames; ///< the first few failing destinations
        bool complete = false;
    };

    explicit ServerOverview(ApiService *api, QObject *parent = nullptr);

    /// (Re)loads every figure.
    void load();

    Figure<UserCounts> users;
    Figure<qint64> rooms;
    Figure<QList<RoomSizeEstimate>> largestRooms;
    Figure<BackgroundUpdatesStatus> backgroundUpdates;
    Figure<MediaTotals> media;
    Figure<FederationTotals> federation;

    PageWalk *mediaWalk() const { return m_mediaWalk; }
    PageWalk *federationWalk() const { return m_federationWalk; }

    /// The server refused the largest-rooms statistics because it runs on SQLite.
    static bool needsPostgres(const ApiError &error);

Q_SIGNALS:
    void changed();

private:
    void loadUsers();
    ApiService *m_api;
    PageWalk *m_mediaWalk;
    PageWalk *m_federationWalk;
    quint64 m_generation = 0;
};

} // namespace Steward
