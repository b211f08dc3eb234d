#pragma once

#include "externalids/externalidplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Steward {

/// The JSON file written before a removal: every affected user's complete external_ids, so that a
/// restore can put them back. Format:
///   {"format": "steward-external-ids-backup", "version": 1, "created": ISO-8601 UTC,
///    "server": "...", "removed_providers": [...],
///    "users": [{"user_id": "...", "external_ids": [{"auth_provider": "...", "external_id": "..."}]}]}
struct ExternalIdBackup
{
    Q_DECLARE_TR_FUNCTIONS(Steward::ExternalIdBackup)

public:
    QString server;
    QStringList removedProviders;
    QDateTime created;
    QList<UserExternalIds> users;

    static ExternalIdBackup fromPlan(const QList<ExternalIdChange> &plan, const QStringList &providers,
                                     const QString &server);

    /// Written atomically (QSaveFile): either the whole file exists or the old one is untouched.
    /// Creates missing parent folders. Returns false with a message naming the problem.
    bool write(const QString &path, QString *error) const;
    static std::optional<ExternalIdBackup> read(const QString &path, QString *error);

    /// <GenericDataLocation>/steward/backups (e.g. ~/.local/share/steward/backups)
    static QString defaultFolder();
    /// <defaultFolder>/external-ids-<yyyyMMdd-HHmmss>.json
    static QString defaultPath(const QDateTime &when = QDateTime::currentDateTime());
    /// The newest backup Steward wrote in folder (by the time in its name), or empty.
    static QString latestIn(const QString &folder = defaultFolder());
};

} // namespace Steward
