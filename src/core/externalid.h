#pragma once

#include <QList>
#include <QString>

namespace Steward {

/// One identity-provider link of a user: (auth_provider, external_id).
struct ExternalId
{
    QString provider;
    QString id;

    friend bool operator==(const ExternalId &a, const ExternalId &b)
    {
        return a.provider == b.provider && a.id == b.id;
    }
    /// "provider/id" for tables and terminal output.
    QString display() const { return provider + QLatin1Char('/') + id; }
};
using ExternalIdList = QList<ExternalId>;

} // namespace Steward
