#pragma once
// Users of the shared test Synapse that only these tests touch: own localparts and own provider
// names, so the seeded oidc-old/oidc-new data other tests read stays as it is.

#include "apiservice.h"
#include "await.h"
#include "externalids/externalidsapi.h"
#include "testserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace StewardTest {

struct ExternalIdsFixture
{
    QString providerA; ///< the provider tests remove
    QString providerB; ///< the one that must stay
    // none: no links; a: A; ab: A+B; b: B; abDeact: A+B deactivated; aDeact: A deactivated;
    // aLocked: A locked; spare: no links (takes an ID during the 409 test)
    QHash<QString, QString> users; ///< role -> user id
    QHash<QString, Steward::ExternalIdList> initial; ///< role -> links after set-up

    QString user(const char *role) const { return users.value(QLatin1String(role)); }
};

/// Synchronous helper for set-up and checks (tests only; the app never waits like this).
inline QJsonObject callSync(Steward::ApiService *api, Steward::ApiRequest req, int *status = nullptr)
{
    const StewardTest::Answer a = StewardTest::await(api->send(std::move(req)));
    if (!a.finished) {
        return {};
    }
    if (status) {
        *status = a.status;
    }
    return a.object;
}

inline Steward::ExternalIdList currentIds(Steward::ApiService *api, const QString &userId)
{
    const QJsonObject o = callSync(api, Steward::ApiRequest::get(u"/_synapse/admin/v2/users/{}", { userId }));
    return Steward::ExternalIdsApi::fromJson(o.value(QStringLiteral("external_ids")))
        .value_or(Steward::ExternalIdList());
}

inline bool sameSet(Steward::ExternalIdList a, Steward::ExternalIdList b)
{
    auto less = [](const Steward::ExternalId &x, const Steward::ExternalId &y) {
        return std::tie(x.provider, x.id) < std::tie(y.provider, y.id);
    };
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    return a == b;
}

/// Creates the users; returns an empty fixture (and a QTest failure message in *error) on failure.
inline ExternalIdsFixture createExternalIdsFixture(Steward::ApiService *api, const QString &serverName, QString *error)
{
    ExternalIdsFixture f;
    const QString tag = QString::number(QRandomGenerator::global()->generate64() % 1000000000ULL, 36);
    f.providerA = QStringLiteral("tst-ext-a-") + tag;
    f.providerB = QStringLiteral("tst-ext-b-") + tag;
    struct Spec
    {
        const char *role;
        bool a, b, deactivated, locked;
    };
    const Spec specs[] = {
        { "none", false, false, false, false },  { "a", true, false, false, false },
        { "ab", true, true, false, false },      { "b", false, true, false, false },
        { "abDeact", true, true, true, false },  { "aDeact", true, false, true, false },
        { "aLocked", true, false, false, true }, { "spare", false, false, false, false },
    };
    for (const Spec &s : specs) {
        const QString role = QLatin1String(s.role);
        const QString userId = QStringLiteral("@tst-ext-%1-%2:%3").arg(tag, role.toLower(), serverName);
        Steward::ExternalIdList ids;
        if (s.a) {
            ids.append({ f.providerA, QStringLiteral("sub-a-") + role });
        }
        if (s.b) {
            ids.append({ f.providerB, QStringLiteral("sub-b-") + role });
        }
        int status = 0;
        callSync(api,
                 Steward::ApiRequest::put(u"/_synapse/admin/v2/users/{}", { userId },
                                          { { QStringLiteral("password"), QString(QStringLiteral("pw-") + tag) },
                                            { QStringLiteral("external_ids"), Steward::ExternalIdsApi::toJson(ids) } }),
                 &status);
        if (status != 201) {
            *error = QStringLiteral("creating %1 gave HTTP %2").arg(userId).arg(status);
            return {};
        }
        // Creating with PUT ignores deactivated/locked: a second PUT sets them.
        if (s.deactivated || s.locked) {
            const QJsonObject body { { s.deactivated ? QStringLiteral("deactivated") : QStringLiteral("locked"),
                                       true } };
            callSync(api, Steward::ApiRequest::put(u"/_synapse/admin/v2/users/{}", { userId }, body), &status);
            if (status != 200) {
                *error = QStringLiteral("deactivating/locking %1 gave HTTP %2").arg(userId).arg(status);
                return {};
            }
        }
        if (!sameSet(currentIds(api, userId), ids)) {
            *error = QStringLiteral("%1 did not keep its external ids after set-up").arg(userId);
            return {};
        }
        f.users.insert(role, userId);
        f.initial.insert(role, ids);
    }
    return f;
}

} // namespace StewardTest
