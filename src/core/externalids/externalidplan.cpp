#include "externalids/externalidplan.h"

#include "externalids/externalidscanner.h"

namespace Steward {

QList<ExternalIdChange> planExternalIdRemoval(const ExternalIdScan &scan, const QStringList &providers)
{
    QList<ExternalIdChange> plan;
    for (const UserExternalIds &user : scan.linkedUsers) {
        ExternalIdChange change;
        change.userId = user.userId;
        change.before = user.ids;
        change.deactivated = user.deactivated;
        change.locked = user.locked;
        for (const ExternalId &e : user.ids) {
            (providers.contains(e.provider) ? change.toRemove : change.kept).append(e);
        }
        if (!change.toRemove.isEmpty()) {
            plan.append(change);
        }
    }
    return plan;
}

ExternalIdRestoreStep planExternalIdRestore(const ExternalIdList &current, const ExternalIdList &backup)
{
    ExternalIdRestoreStep step;
    step.merged = current;
    for (const ExternalId &e : backup) {
        if (!step.merged.contains(e)) {
            step.missing.append(e);
            step.merged.append(e);
        }
    }
    return step;
}

} // namespace Steward
