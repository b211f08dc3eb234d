#include "externalids/externalidupdater.h"

#include "csvwriter.h"
#include "operation/itemwindow.h"
#include "outcome.h"

#include <QCoreApplication>

namespace Steward {

namespace {

QString joinIds(const ExternalIdList &ids)
{
    QStringList parts;
    for (const ExternalId &e : ids) {
        parts << e.display();
    }
    return parts.join(QStringLiteral("; "));
}

QString describeFailure(const ApiError &error)
{
    if (ExternalIdsApi::isAlreadyInUse(error)) {
        return ExternalIdUpdater::tr(
                   "An external ID is now linked to another user (HTTP 409: %1); nothing was changed for this user.")
            .arg(error.message());
    }
    return error.describe();
}
} // namespace

QString ExternalIdOutcome::statusName(Status status)
{
    switch (status) {
    case Status::Done:
        return QStringLiteral("done");
    case Status::Unchanged:
        return QStringLiteral("unchanged");
    case Status::WouldChange:
        return QStringLiteral("would-change");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::NotAttempted:
        return QStringLiteral("not-attempted");
    case Status::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

ExternalIdUpdater::ExternalIdUpdater(ApiService *api, QObject *parent)
    : Operation(parent)
    , m_api(api)
{
    setConcurrency(DefaultConcurrency);
    connect(window(), &ItemWindow::finished, this, &ExternalIdUpdater::onWindowFinished);
}

void ExternalIdUpdater::begin(int total, const QString &phase)
{
    m_requests = {};
    m_settled = 0;
    setState(State::Running);
    setProgress(0, total, phase);
}

void ExternalIdUpdater::startRemoval(const QList<ExternalIdChange> &plan)
{
    if (isRunning()) {
        return;
    }
    m_plan = plan;
    m_backupUsers.clear();
    m_outcomes.clear();
    for (const ExternalIdChange &c : plan) {
        m_outcomes.append({ c.userId, ExternalIdOutcome::Status::NotAttempted, c.toRemove, c.before, {} });
    }
    begin(int(plan.size()), tr("Removing external IDs"));
    window()->start(int(plan.size()), concurrency(), [this](int i) { removeOne(i); });
}

void ExternalIdUpdater::startRestore(const QList<UserExternalIds> &backupUsers, bool previewOnly)
{
    if (isRunning()) {
        return;
    }
    m_plan.clear();
    m_backupUsers = backupUsers;
    m_previewOnly = previewOnly;
    m_outcomes.clear();
    for (const UserExternalIds &u : backupUsers) {
        m_outcomes.append({ u.userId, ExternalIdOutcome::Status::NotAttempted, {}, {}, {} });
    }
    begin(int(backupUsers.size()), previewOnly ? tr("Comparing users with the backup") : tr("Restoring external IDs"));
    window()->start(int(backupUsers.size()), concurrency(), [this](int i) { restoreOne(i); });
}

void ExternalIdUpdater::settle(int index, ExternalIdOutcome::Status status, const QString &detail)
{
    m_outcomes[index].status = status;
    m_outcomes[index].detail = detail;
    ++m_settled;
    Q_EMIT itemSettled(index);
    setProgress(m_settled, int(m_outcomes.size()));
    window()->itemDone();
}

void ExternalIdUpdater::setBackup(const ExternalIdBackup &backup, const QString &path)
{
    m_backup = backup;
    m_backupPath = path;
}

bool ExternalIdUpdater::updateBackup(const QString &userId, const ExternalIdList &current, QString *error)
{
    if (!m_backup) {
        return true;
    }
    for (UserExternalIds &u : m_backup->users) {
        if (u.userId == userId) {
            if (u.ids == current) {
                return true;
            }
            u.ids = current;
            return m_backup->write(m_backupPath, error);
        }
    }
    m_backup->users.append({ userId, current, false, false });
    return m_backup->write(m_backupPath, error);
}

void ExternalIdUpdater::removeOne(int index)
{
    const QString userId = m_plan.at(index).userId;
    ++m_requests.userReads;
    // Read right before writing: the scan may be long past, and the PUT replaces the whole list.
    ApiReply *read =
        ExternalIdsApi::userExternalIds(m_api, userId, this, [this, index](Result<UserExternalIds> current) {
            if (!current.ok()) {
                if (current.error().kind() == ApiError::Kind::Cancelled) {
                    --m_requests.userReads;
                    settle(index, ExternalIdOutcome::Status::NotAttempted, tr("Cancelled before it was sent."));
                } else {
                    settle(index, ExternalIdOutcome::Status::Failed,
                           tr("Could not read the user right before the change (%1); nothing was changed.")
                               .arg(current.error().describe()));
                }
                return;
            }
            writeRemoval(index, current->ids);
        });
    window()->track(read);
}

void ExternalIdUpdater::writeRemoval(int index, const ExternalIdList &current)
{
    const ExternalIdChange &c = m_plan.at(index);
    QStringList providers;
    if (m_backup) {
        providers = m_backup->removedProviders;
    } else {
        for (const ExternalId &e : c.toRemove) {
            providers << e.provider;
        }
    }
    ExternalIdList remove;
    ExternalIdList keep;
    for (const ExternalId &e : current) {
        (providers.contains(e.provider) ? remove : keep).append(e);
    }
    ExternalIdOutcome &o = m_outcomes[index];
    o.changed = remove;
    o.after = current;
    if (remove.isEmpty()) {
        settle(index, ExternalIdOutcome::Status::Unchanged,
               tr("No link of these providers any more (changed since the scan); nothing was sent."));
        return;
    }
    if (window()->isCancelled()) {
        settle(index, ExternalIdOutcome::Status::NotAttempted, tr("Cancelled before the change was sent."));
        return;
    }
    QString error;
    if (!updateBackup(c.userId, current, &error)) {
        settle(index, ExternalIdOutcome::Status::Failed,
               tr("The list changed since the scan and the backup could not be updated (%1); nothing was changed.")
                   .arg(error));
        return;
    }
    ++m_requests.updates;
    const BulkLane bulk; // a follow-up of the item's read
    ApiReply *write =
        ExternalIdsApi::replaceExternalIds(m_api, c.userId, keep, this, [this, index, keep](Result<bool> r) {
            ExternalIdOutcome &o = m_outcomes[index];
            if (r.ok()) {
                o.after = keep;
                settle(index, ExternalIdOutcome::Status::Done);
            } else if (r.error().kind() == ApiError::Kind::Cancelled) {
                // Cancelled before it went out (the window cancels only those): nothing changed.
                --m_requests.updates;
                settle(index, ExternalIdOutcome::Status::NotAttempted, tr("Cancelled before it was sent."));
            } else if (answerLost(r.error())) {
                verifyWrite(index, r.error());
            } else {
                settle(index, ExternalIdOutcome::Status::Failed, describeFailure(r.error()));
            }
        });
    window()->track(write);
}

void ExternalIdUpdater::verifyWrite(int index, const ApiError &lost)
{
    const QString userId = m_outcomes.at(index).userId;
    const bool restoring = m_plan.isEmpty();
    ++m_requests.userReads;
    const BulkLane bulk; // a follow-up of the item's write
    ApiReply *read = ExternalIdsApi::userExternalIds(
        m_api, userId, this, [this, index, lost, restoring](Result<UserExternalIds> now) {
            ExternalIdOutcome &o = m_outcomes[index];
            if (!now.ok()) {
                o.after.clear();
                settle(index, ExternalIdOutcome::Status::Unknown,
                       tr("Outcome unknown: the answer to the change was lost (%1) and the user could not be read "
                          "back (%2). Check this user.")
                           .arg(lost.describe(), now.error().describe()));
                return;
            }
            // Removal: every removed link is gone. Restore: every missing link is back.
            const bool applied =
                std::all_of(o.changed.cbegin(), o.changed.cend(),
                            [&now, restoring](const ExternalId &e) { return now->ids.contains(e) == restoring; });
            o.after = now->ids;
            if (applied) {
                settle(index, ExternalIdOutcome::Status::Done,
                       tr("Verified: the answer was lost (%1); reading the user back shows the change made.")
                           .arg(lost.describe()));
            } else {
                settle(index, ExternalIdOutcome::Status::Failed,
                       tr("Verified: the answer was lost (%1); reading the user back shows the change not made.")
                           .arg(lost.describe()));
            }
        });
    window()->track(read);
}

void ExternalIdUpdater::restoreOne(int index)
{
    const QString userId = m_backupUsers.at(index).userId;
    ++m_requests.userReads;
    ApiReply *read =
        ExternalIdsApi::userExternalIds(m_api, userId, this, [this, index, userId](Result<UserExternalIds> current) {
            ExternalIdOutcome &o = m_outcomes[index];
            if (!current.ok()) {
                if (current.error().kind() == ApiError::Kind::Cancelled) {
                    --m_requests.userReads;
                    settle(index, ExternalIdOutcome::Status::NotAttempted, tr("Cancelled before it was sent."));
                } else {
                    settle(index, ExternalIdOutcome::Status::Failed, current.error().describe());
                }
                return;
            }
            const ExternalIdRestoreStep step = planExternalIdRestore(current->ids, m_backupUsers.at(index).ids);
            o.changed = step.missing;
            o.after = step.merged;
            if (step.missing.isEmpty()) {
                settle(index, ExternalIdOutcome::Status::Unchanged, tr("Nothing missing."));
                return;
            }
            if (m_previewOnly) {
                settle(index, ExternalIdOutcome::Status::WouldChange);
                return;
            }
            if (window()->isCancelled()) {
                settle(index, ExternalIdOutcome::Status::NotAttempted, tr("Cancelled before the change was sent."));
                return;
            }
            ++m_requests.updates;
            const BulkLane bulk; // a follow-up of the item's read
            ApiReply *write =
                ExternalIdsApi::replaceExternalIds(m_api, userId, step.merged, this, [this, index](Result<bool> r) {
                    if (r.ok()) {
                        settle(index, ExternalIdOutcome::Status::Done);
                    } else if (r.error().kind() == ApiError::Kind::Cancelled) {
                        --m_requests.updates;
                        m_outcomes[index].after.clear();
                        settle(index, ExternalIdOutcome::Status::NotAttempted,
                               tr("Cancelled before the change was sent."));
                    } else if (answerLost(r.error())) {
                        verifyWrite(index, r.error());
                    } else {
                        m_outcomes[index].after.clear();
                        settle(index, ExternalIdOutcome::Status::Failed, describeFailure(r.error()));
                    }
                });
            window()->track(write);
        });
    window()->track(read);
}

void ExternalIdUpdater::onWindowFinished()
{
    m_elapsedMs = elapsedMs();
    for (ExternalIdOutcome &o : m_outcomes) {
        if (o.status == ExternalIdOutcome::Status::NotAttempted && o.detail.isEmpty()) {
            o.detail = tr("Cancelled: no request was sent for this user.");
        }
    }
    finish();
}

int ExternalIdUpdater::count(ExternalIdOutcome::Status status) const
{
    return int(std::count_if(m_outcomes.begin(), m_outcomes.end(),
                             [status](const ExternalIdOutcome &o) { return o.status == status; }));
}

bool ExternalIdUpdater::writeReport(QIODevice *device) const
{
    CsvWriter csv(device);
    csv.writeRow({ QStringLiteral("user_id"), QStringLiteral("status"),
                   m_plan.isEmpty() && !m_backupUsers.isEmpty() ? QStringLiteral("added") : QStringLiteral("removed"),
                   QStringLiteral("external_ids_now"), QStringLiteral("detail") });
    for (const ExternalIdOutcome &o : m_outcomes) {
        const bool changedNothing = o.status == ExternalIdOutcome::Status::Failed
            || o.status == ExternalIdOutcome::Status::NotAttempted || o.status == ExternalIdOutcome::Status::Unknown;
        csv.writeRow({ o.userId, ExternalIdOutcome::statusName(o.status),
                       changedNothing ? QString() : joinIds(o.changed), changedNothing ? QString() : joinIds(o.after),
                       o.detail });
    }
    return !csv.hasError();
}

} // namespace Steward
