#include "health/serveroverview.h"

#include "rooms/roomsapi.h"
#include "users/userapi.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace Steward {

namespace {
constexpr int WalkPageSize = 500;
constexpr int FailingNamesShown = 5;

template<typename T>
void startFigure(ServerOverview::Figure<T> &figure)
{
    figure.loading = true;
    figure.error = {};
}
} // namespace

ServerOverview::ServerOverview(ApiService *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_mediaWalk = new PageWalk(
        tr("Adding up media per user"), WalkPageSize,
        [this](qint64 from, int limit, std::function<void(Result<PageWalk::Step>)> done) {
            return HealthApi::userMediaStatistics(
                m_api, from, limit, this, [this, done = std::move(done)](const Result<UserMediaStatisticsPage> &r) {
                    if (!r.ok()) {
                        done(r.error());
                        return;
                    }
                    MediaTotals totals = media.value.value_or(MediaTotals {});
                    for (const UserMediaStatistics &u : r->users) {
                        totals.count += u.mediaCount;
                        totals.bytes += u.mediaLength;
                        ++totals.users;
                    }
                    media.value = totals;
                    done(PageWalk::Step { r->users.size(), r->total, r->nextFrom });
                });
        },
        this);
    m_federationWalk = new PageWalk(
        tr("Reading federation destinations"), WalkPageSize,
        [this](qint64 from, int limit, std::function<void(Result<PageWalk::Step>)> done) {
            return HealthApi::destinations(m_api, from, limit, this,
                                           [this, done = std::move(done)](const Result<DestinationPage> &r) {
                                               if (!r.ok()) {
                                                   done(r.error());
                                                   return;
                                               }
                                               FederationTotals totals = federation.value.value_or(FederationTotals {});
                                               totals.destinations = r->total;
                                               for (const FederationDestination &d : r->destinations) {
                                                   if (d.isFailing()) {
                                                       ++totals.failing;
                                                       if (totals.failingNames.size() < FailingNamesShown) {
                                                           totals.failingNames << d.destination;
                                                       }
                                                   }
                                               }
                                               federation.value = totals;
                                               done(PageWalk::Step { r->destinations.size(), r->total, r->nextFrom });
                                           });
        },
        this);
    for (auto [walk, finish] : { std::pair { m_mediaWalk,
                                             +[](ServerOverview *o) {
                                                 o->media.loading = false;
                                                 o->media.error = o->m_mediaWalk->error();
                                                 if (o->media.value) {
                                                     o->media.value->complete = o->m_mediaWalk->succeeded();
                                                 }
                                             } },
                                 std::pair { m_federationWalk, +[](ServerOverview *o) {
                                                o->federation.loading = false;
                                                o->federation.error = o->m_federationWalk->error();
                                                if (o->federation.value) {
                                                    o->federation.value->complete = o->m_federationWalk->succeeded();
                                                }
                                            } } }) {
        // A copy of the binding: clang (C++20 as Debian 12 has it) cannot capture structured bindings.
        const auto onFinished = finish;
        connect(walk, &PageWalk::finished, this, [this, onFinished]() {
            onFinished(this);
            Q_EMIT changed();
        });
        connect(walk, &PageWalk::progressChanged, this, &ServerOverview::changed);
    }
}

bool ServerOverview::needsPostgres(const ApiError &error)
{
    return error.httpStatus() == 400 && error.message().contains(QLatin1String("PostgreSQL"));
}

void ServerOverview::load()
{
    const quint64 generation = ++m_generation;
    loadUsers();

    // Files one answer into its figure (unless a newer load() started meanwhile).
    const auto into = [this, generation](auto &figure, auto valueOf) {
        startFigure(figure);
        return [this, generation, &figure, valueOf](const auto &r) {
            if (generation != m_generation) {
                return;
            }
            figure.loading = false;
            if (r.ok()) {
                figure.value = valueOf(r.value());
            } else {
                figure.error = r.error();
            }
            Q_EMIT changed();
        };
    };
    RoomListQuery query;
    query.limit = 1;
    RoomsApi::list(m_api, query, this, into(rooms, [](const RoomListPage &page) { return page.totalRooms; }));
    HealthApi::largestRooms(m_api, this, into(largestRooms, std::identity()));
    HealthApi::backgroundUpdates(m_api, this, into(backgroundUpdates, std::identity()));

    startFigure(media);
    media.value.reset();
    m_mediaWalk->start();
    startFigure(federation);
    federation.value.reset();
    m_federationWalk->start();
    Q_EMIT changed();
}

void ServerOverview::loadUsers()
{
    // Four totals give every count (v2/users has no "only locked" or "only deactivated" filter in
    // Synapse 1.163, but including or excluding them changes the total by exactly their number).
    startFigure(users);
    const quint64 generation = m_generation;
    UserListQuery all;
    all.includeGuests = true;
    all.includeDeactivated = true;
    all.includeLocked = true;
    UserListQuery active = all;
    active.includeDeactivated = false;
    UserListQuery activeUnlocked = active;
    activeUnlocked.includeLocked = false;
    UserListQuery admins = active;
    admins.adminsOnly = true;
    struct Pending
    {
        qint64 totals[4] = { -1, -1, -1, -1 };
        int outstanding = 4;
        ApiError error;
    };
    auto pending = std::make_shared<Pending>();
    const UserListQuery queries[4] = { all, active, activeUnlocked, admins };
    for (int i = 0; i < 4; ++i) {
        UserApi::listUsers(m_api, queries[i], 0, 1, this, [this, pending, i, generation](const Result<UserPage> &r) {
            if (generation != m_generation) {
                return;
            }
            if (r.ok()) {
                pending->totals[i] = r->total;
            } else if (pending->error.isOk()) {
                pending->error = r.error();
            }
            if (--pending->outstanding > 0) {
                return;
            }
            users.loading = false;
            if (!pending->error.isOk()) {
                users.error = pending->error;
            } else {
                const qint64 *t = pending->totals;
                users.value =
                    UserCounts { t[0], t[1], qMax<qint64>(0, t[0] - t[1]), t[3], qMax<qint64>(0, t[1] - t[2]) };
            }
            Q_EMIT changed();
        });
    }
}

} // namespace Steward
