#pragma once

#include "externalids/externalidsapi.h"

#include <QStringList>

namespace Steward {

struct ExternalIdScan;

/// The preview of a removal for one user: what goes, what stays. Nothing has changed yet.
struct ExternalIdChange
{
    QString userId;
    ExternalIdList before; ///< the complete list as scanned (what the backup holds)
    ExternalIdList toRemove;
    ExternalIdList kept; ///< sent as the user's new list, in the original order
    bool deactivated = false;
    bool locked = false;
};

/// Users that link at least one of the providers, each with the IDs to remove and to keep.
/// Users without such a link are not in the plan: they get no request at all.
QList<ExternalIdChange> planExternalIdRemoval(const ExternalIdScan &scan, const QStringList &providers);

/// What a restore would do for one user: the backup's IDs the user no longer has are added back.
struct ExternalIdRestoreStep
{
    ExternalIdList missing;
    ExternalIdList merged; ///< current list + missing (current order first)
};
ExternalIdRestoreStep planExternalIdRestore(const ExternalIdList &current, const ExternalIdList &backup);

} // namespace Steward
