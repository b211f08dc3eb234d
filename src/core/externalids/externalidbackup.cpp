#include "externalids/externalidbackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Steward {

namespace {
const QString kFormat = QStringLiteral("steward-external-ids-backup");

} // namespace

ExternalIdBackup ExternalIdBackup::fromPlan(const QList<ExternalIdChange> &plan, const QStringList &providers,
                                            const QString &server)
{
    ExternalIdBackup b;
    b.server = server;
    b.removedProviders = providers;
    b.created = QDateTime::currentDateTimeUtc();
    for (const ExternalIdChange &c : plan) {
        b.users.append({ c.userId, c.before, c.deactivated, c.locked });
    }
    return b;
}

QString ExternalIdBackup::defaultFolder()
{
    // Not AppDataLocation: with organisation and application both named "steward" that is
    // ~/.local/share/steward/steward, a doubled segment.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/steward/backups");
}

QString ExternalIdBackup::defaultPath(const QDateTime &when)
{
    return defaultFolder() + QStringLiteral("/external-ids-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QStringLiteral(".json");
}

QString ExternalIdBackup::latestIn(const QString &folder)
{
    // The names carry the time (yyyyMMdd-HHmmss), so the last one by name is the newest.
    const QStringList names =
        QDir(folder).entryList({ QStringLiteral("external-ids-*.json") }, QDir::Files, QDir::Name);
    return names.isEmpty() ? QString() : QDir(folder).filePath(names.constLast());
}

bool ExternalIdBackup::write(const QString &path, QString *error) const
{
    QJsonArray users;
    for (const UserExternalIds &u : this->users) {
        users.append(QJsonObject { { QStringLiteral("user_id"), u.userId },
                                   { QStringLiteral("external_ids"), ExternalIdsApi::toJson(u.ids) } });
    }
    const QJsonObject root {
        { QStringLiteral("format"), kFormat },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("server"), server },
        { QStringLiteral("removed_providers"), QJsonArray::fromStringList(removedProviders) },
        { QStringLiteral("users"), users },
    };
    const QFileInfo info(path);
    if (path.isEmpty() || info.isDir()) {
        *error = tr("No backup file chosen: give the path of a .json file to write.");
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Could not create the folder %1 for the backup: choose another location.").arg(info.absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write the backup %1: %2. Choose another location.").arg(path, file.errorString());
        return false;
    }
    // The IDs link accounts to people: keep the file private to its owner.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Could not write the backup %1: %2. Choose another location.").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<ExternalIdBackup> ExternalIdBackup::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not open the backup %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1 is not a JSON file (%2): choose a backup Steward wrote.").arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat || root.value(QStringLiteral("version")).toInt() != 1
        || !root.value(QStringLiteral("users")).isArray()) {
        *error = tr("%1 is not an external-ID backup written by Steward (format version 1).").arg(path);
        return std::nullopt;
    }
    ExternalIdBackup b;
    b.server = root.value(QStringLiteral("server")).toString();
    b.created = QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &p : root.value(QStringLiteral("removed_providers")).toArray()) {
        b.removedProviders << p.toString();
    }
    int index = 0;
    for (const QJsonValue &v : root.value(QStringLiteral("users")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString userId = o.value(QStringLiteral("user_id")).toString();
        const auto ids = ExternalIdsApi::fromJson(o.value(QStringLiteral("external_ids")));
        if (!userId.startsWith(QLatin1Char('@')) || !ids) {
            *error = tr("Entry %1 of the backup %2 is damaged (needs \"user_id\" and \"external_ids\").")
                         .arg(index + 1)
                         .arg(path);
            return std::nullopt;
        }
        b.users.append({ userId, *ids });
        ++index;
    }
    return b;
}

} // namespace Steward
