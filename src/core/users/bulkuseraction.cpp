#include "users/bulkuseraction.h"

#include "apiservice.h"
#include "csvwriter.h"
#include "matrixid.h"
#include "operation/itemwindow.h"
#include "profiles/masadminapi.h"
#include "users/usersafety.h"

#include <QCoreApplication>

namespace Steward {

namespace {
std::optional<UserSafety::Change> guardedChange(BulkUserAction::Action action)
{
    switch (action) {
    case BulkUserAction::Action::Lock:
        return UserSafety::Change::Lock;
    case BulkUserAction::Action::ShadowBan:
        return UserSafety::Change::ShadowBan;
    case BulkUserAction::Action::Logout:
        return UserSafety::Change::LogoutAll;
    case BulkUserAction::Action::Deactivate:
        return UserSafety::Change::Deactivate;
    case BulkUserAction::Action::Unlock:
    case BulkUserAction::Action::LiftShadowBan:
        break;
    }
    return std::nullopt;
}

/// The server could not be asked at all: the preview is not worth showing.
bool isConnectionProblem(const ApiError &e)
{
    return e.kind() == ApiError::Kind::Network || e.kind() == ApiError::Kind::Timeout || e.kind() == ApiError::Kind::Tls
        || e.isAuthenticationFailure();
}
} // namespace

BulkUserAction::BulkUserAction(ApiService *api, QObject *parent)
    : Operation(parent)
    , m_api(api)
{
    setConcurrency(DefaultConcurrency);
    connect(window(), &ItemWindow::finished, this, [this]() {
        if (state() == State::Planning) {
            previewDone();
        } else if (state() == State::Running) {
            runDone();
        }
    });
}

BulkUserAction::~BulkUserAction() = default;

void BulkUserAction::setMasIssuer(const QUrl &issuer)
{
    delete m_mas;
    m_mas = issuer.isEmpty() ? nullptr : new MasAdminApi(m_api, issuer, this);
}

bool BulkUserAction::viaMas(Action action) const
{
    return m_mas && (action == Action::Lock || action == Action::Unlock || action == Action::Deactivate);
}

QString BulkUserAction::actionName(Action action)
{
    switch (action) {
    case Action::Lock:
        return QStringLiteral("lock");
    case Action::Unlock:
        return QStringLiteral("unlock");
    case Action::ShadowBan:
        return QStringLiteral("shadow-ban");
    case Action::LiftShadowBan:
        return QStringLiteral("unshadow-ban");
    case Action::Logout:
        return QStringLiteral("logout");
    case Action::Deactivate:
        return QStringLiteral("deactivate");
    }
    return {};
}

std::optional<BulkUserAction::Action> BulkUserAction::actionFromName(const QString &name)
{
    for (Action a : { Action::Lock, Action::Unlock, Action::ShadowBan, Action::LiftShadowBan, Action::Logout,
                      Action::Deactivate }) {
        if (actionName(a) == name) {
            return a;
        }
    }
    return std::nullopt;
}

QString BulkUserAction::actionTitle(Action action)
{
    switch (action) {
    case Action::Lock:
        return tr("Lock");
    case Action::Unlock:
        return tr("Unlock");
    case Action::ShadowBan:
        return tr("Shadow-ban");
    case Action::LiftShadowBan:
        return tr("Lift shadow-ban");
    case Action::Logout:
        return tr("Log out all devices");
    case Action::Deactivate:
        return tr("Deactivate");
    }
    return {};
}

QString BulkUserAction::statusName(Status status)
{
    switch (status) {
    case Status::Affected:
        return QStringLiteral("to-change");
    case Status::Skipped:
        return QStringLiteral("skipped");
    case Status::Done:
        return QStringLiteral("done");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::NotAttempted:
        return QStringLiteral("not-attempted");
    case Status::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

int BulkUserAction::count(Status status) const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [status](const Item &i) { return i.status == status; }));
}

int BulkUserAction::count(SkipKind kind) const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [kind](const Item &i) { return i.status == Status::Skipped && i.skip == kind; }));
}

bool BulkUserAction::allDone() const
{
    return count(Status::Failed) == 0 && count(Status::Unknown) == 0 && count(Status::NotAttempted) == 0
        && count(Status::Affected) == 0;
}

void BulkUserAction::skip(Item &item, SkipKind kind, const QString &reason)
{
    item.status = Status::Skipped;
    item.skip = kind;
    item.reason = reason;
}

void BulkUserAction::noteReadError(Item &item, const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled) {
        skip(item, SkipKind::LookupFailed, tr("The preview was cancelled before this user was read."));
        return;
    }
    if (isConnectionProblem(error) && m_previewError.isOk()) {
        m_previewError = error;
    }
    skip(item, SkipKind::LookupFailed, tr("Could not read the user: %1").arg(error.describe()));
}

void BulkUserAction::preview(Action action, const QStringList &userIds)
{
    QList<BulkJoinInputItem> input;
    for (const QString &id : userIds) {
        input.append({ id, int(input.size()) + 1 });
    }
    preview(action, input);
}

void BulkUserAction::preview(Action action, const QList<BulkJoinInputItem> &input)
{
    if (isRunning()) {
        return;
    }
    m_action = action;
    setState(State::Planning);
    m_items.clear();
    m_work.clear();
    m_devices.clear();
    m_masIds.clear();
    m_activeAdmins.reset();
    m_previewError = {};
    const QString serverName = BulkJoinInput::serverNameOf(m_self);
    const BulkJoinInput::Checked checked = BulkJoinInput::check(input, {}, serverName);
    for (const BulkJoinProblem &p : checked.problems) {
        Item item { p.item, p.line, {}, Status::Skipped, SkipKind::Malformed, p.reason, false };
        if (p.kind == BulkJoinProblem::Kind::RemoteUser) {
            item.userId = p.item;
            item.skip = SkipKind::Remote;
            item.reason = tr("A user of another server (%1): this server's admin API changes only users of %2.")
                              .arg(BulkJoinInput::serverNameOf(p.item), serverName);
        } else if (p.kind == BulkJoinProblem::Kind::DuplicateUser) {
            item.skip = SkipKind::Duplicate;
            item.reason = tr("Listed more than once: changed once.");
        }
        m_items.append(item);
    }
    for (const QString &id : checked.users) {
        int line = 0;
        for (const BulkJoinInputItem &in : input) {
            QString problem;
            if (BulkJoinInput::normalizeUser(in.text, serverName, &problem) == id) {
                line = in.line;
                break;
            }
        }
        m_work.append(int(m_items.size()));
        m_items.append({ id, line, id, Status::Affected, SkipKind::None, {}, false });
    }
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) { return a.line < b.line; });
    m_work.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).status == Status::Affected) {
            m_work.append(i);
        }
    }
    auto readAll = [this]() {
        m_settled = 0;
        setProgress(0, int(m_work.size()), tr("Reading users"));
        window()->start(int(m_work.size()), concurrency(), [this](int n) { readOne(m_work.at(n)); });
    };
    const auto change = guardedChange(action);
    if (!change || *change == UserSafety::Change::LogoutAll || m_work.isEmpty()) {
        readAll();
        return;
    }
    // Who the admins are decides the last-admin rule; when the server does not say, only the
    // signed-in account is protected.
    UserApi::activeAdmins(m_api, this, [this, readAll](const Result<QStringList> &admins) {
        if (admins.ok()) {
            m_activeAdmins = admins.value();
        } else if (isConnectionProblem(admins.error())) {
            m_previewError = admins.error();
        }
        readAll();
    });
}

void BulkUserAction::readOne(int index)
{
    const QString id = m_items.at(index).userId;
    ApiReply *reply = UserApi::queryUser(m_api, id, this, [this, index](const Result<UserDetails> &r) {
        Item &item = m_items[index];
        if (!r.ok()) {
            if (r.error().isNotFound()) {
                skip(item, SkipKind::NoSuchUser, tr("There is no such user on this server."));
            } else {
                noteReadError(item, r.error());
            }
            readDone();
            return;
        }
        const UserDetails details = r.value();
        if (viaMas(m_action)) {
            readMas(index, details);
            return;
        }
        if (m_action != Action::Logout || details.summary.deactivated
            || UserSafety::isSelf(item.userId, { m_self, std::nullopt })) {
            decide(item, details, 0);
            readDone();
            return;
        }
        const BulkLane bulk; // a follow-up of the item's read
        ApiReply *list = UserApi::devices(m_api, item.userId, this,
                                          [this, index, details](const Result<QList<UserDevice>> &devices) {
                                              Item &item = m_items[index];
                                              if (devices.ok()) {
                                                  decide(item, details, int(devices->size()));
                                              } else {
                                                  noteReadError(item, devices.error());
                                              }
                                              readDone();
                                          });
        window()->track(list);
    });
    window()->track(reply);
}

void BulkUserAction::readMas(int index, const UserDetails &details)
{
    // MAS owns the lock and the deactivation: its state decides who is "already so".
    m_mas->userByUsername(
        MatrixId::localpart(m_items.at(index).userId), [this, index, details](const Result<std::optional<MasUser>> &r) {
            Item &item = m_items[index];
            if (!r.ok()) {
                noteReadError(item, r.error());
            } else if (!r.value()) {
                skip(item, SkipKind::NoSuchUser, tr("Matrix Authentication Service has no such user."));
            } else {
                m_masIds.insert(index, r.value()->id);
                decide(item, details, 0, &*r.value());
            }
            readDone();
        });
}

void BulkUserAction::readDone()
{
    ++m_settled;
    setProgress(m_settled, int(m_work.size()));
    window()->itemDone();
}

void BulkUserAction::decide(Item &item, const UserDetails &details, int deviceCount, const MasUser *mas)
{
    UserSummary u = details.summary;
    if (mas) {
        u.locked = mas->locked();
        u.deactivated = mas->deactivated();
    }
    if (const auto change = guardedChange(m_action)) {
        const QString refusal = UserSafety::refusal(*change, item.userId, { m_self, std::nullopt });
        if (!refusal.isEmpty()) {
            skip(item, SkipKind::Self, refusal);
            return;
        }
    }
    const auto already = [&](const QString &reason) {
        skip(item, SkipKind::AlreadyInState, reason);
    };
    switch (m_action) {
    case Action::Lock:
        if (u.deactivated) {
            already(tr("Deactivated: the account cannot be used anyway."));
        } else if (u.locked) {
            already(tr("Already locked."));
        }
        break;
    case Action::Unlock:
        if (!u.locked) {
            already(tr("Not locked."));
        }
        break;
    case Action::ShadowBan:
        if (u.deactivated) {
            already(tr("Deactivated: the account cannot be used anyway."));
        } else if (u.shadowBanned) {
            already(tr("Already shadow-banned."));
        }
        break;
    case Action::LiftShadowBan:
        if (!u.shadowBanned) {
            already(tr("Not shadow-banned."));
        }
        break;
    case Action::Logout:
        if (u.deactivated) {
            already(tr("Deactivated: no device is signed in."));
        } else if (deviceCount == 0) {
            already(tr("No device is signed in."));
        } else {
            item.reason = tr("%n device(s) signed in.", nullptr, deviceCount);
        }
        break;
    case Action::Deactivate:
        if (mas && u.deactivated) {
            // MAS deactivates (and has the homeserver erase) once; it offers no erase afterwards.
            already(tr("Already deactivated in Matrix Authentication Service."));
        } else if (u.deactivated && (!m_erase || u.erased)) {
            already(u.erased ? tr("Already deactivated and erased.") : tr("Already deactivated."));
        } else if (u.deactivated) {
            item.reason = tr("Already deactivated; will be erased.");
        }
        break;
    }
}

void BulkUserAction::previewDone()
{
    if (const auto change = guardedChange(m_action); change && m_activeAdmins) {
        QStringList affectedAdmins;
        for (const Item &item : std::as_const(m_items)) {
            if (item.status == Status::Affected && m_activeAdmins->contains(item.userId)) {
                affectedAdmins << item.userId;
            }
        }
        const UserSafety::Context context { m_self, m_activeAdmins };
        for (Item &item : m_items) {
            if (item.status != Status::Affected) {
                continue;
            }
            const QString refusal = UserSafety::refusal(*change, item.userId, context, affectedAdmins);
            if (!refusal.isEmpty()) {
                skip(item, SkipKind::LastAdmin, refusal);
            }
        }
    }
    setState(State::Planned);
    Q_EMIT planReady();
}

void BulkUserAction::run()
{
    if (state() != State::Planned) {
        return;
    }
    setState(State::Running);
    m_work.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).status == Status::Affected) {
            m_work.append(i);
        }
    }
    m_settled = 0;
    setProgress(0, int(m_work.size()), actionTitle(m_action));
    window()->start(int(m_work.size()), concurrency(), [this](int n) { changeOne(m_work.at(n)); });
}

void BulkUserAction::changeInMas(int index)
{
    const QString masId = m_masIds.value(index);
    auto changed = [this, index](const QString &doneText) {
        return [this, index, doneText](const Result<MasUser> &r) {
            onChanged(index, r.ok() ? ApiError() : r.error(), doneText);
        };
    };
    switch (m_action) {
    case Action::Lock:
        m_mas->lockUser(masId, changed(tr("Locked in Matrix Authentication Service.")));
        break;
    case Action::Unlock:
        m_mas->unlockUser(masId, changed(tr("Unlocked in Matrix Authentication Service.")));
        break;
    case Action::Deactivate:
        m_mas->deactivateUser(masId, m_erase,
                              changed(m_erase ? tr("Deactivated in Matrix Authentication Service, which asks Synapse "
                                                   "to deactivate and erase the account.")
                                              : tr("Deactivated in Matrix Authentication Service, which asks Synapse "
                                                   "to deactivate the account.")));
        break;
    default:
        break;
    }
}

void BulkUserAction::changeOne(int index)
{
    if (viaMas(m_action)) {
        changeInMas(index);
        return;
    }
    const QString id = m_items.at(index).userId;
    auto changed = [this, index](const QString &doneText) {
        return [this, index, doneText](const Result<bool> &r) {
            onChanged(index, r.ok() ? ApiError() : r.error(), doneText);
        };
    };
    ApiReply *reply = nullptr;
    switch (m_action) {
    case Action::Lock:
    case Action::Unlock: {
        UserChanges c;
        c.locked = m_action == Action::Lock;
        reply =
            UserApi::putUser(m_api, id, c, this, changed(m_action == Action::Lock ? tr("Locked.") : tr("Unlocked.")));
        break;
    }
    case Action::ShadowBan:
    case Action::LiftShadowBan:
        reply = UserApi::setShadowBanned(
            m_api, id, m_action == Action::ShadowBan, this,
            changed(m_action == Action::ShadowBan ? tr("Shadow-banned.") : tr("Shadow-ban lifted.")));
        break;
    case Action::Deactivate:
        reply = UserApi::deactivate(m_api, id, m_erase, this,
                                    changed(m_erase ? tr("Deactivated and erased.") : tr("Deactivated.")));
        break;
    case Action::Logout:
        reply = UserApi::devices(m_api, id, this, [this, index, id](const Result<QList<UserDevice>> &devices) {
            if (!devices.ok()) {
                if (devices.error().kind() == ApiError::Kind::Cancelled) {
                    settle(index, Status::NotAttempted, tr("Cancelled before it was sent."));
                } else {
                    settle(index, Status::Failed, tr("Could not list the devices: %1").arg(devices.error().describe()));
                }
                return;
            }
            QStringList ids;
            for (const UserDevice &d : devices.value()) {
                ids << d.deviceId;
            }
            m_devices.insert(index, ids);
            if (ids.isEmpty()) {
                settle(index, Status::Done, tr("No device was signed in any more."));
                return;
            }
            if (window()->isCancelled()) {
                settle(index, Status::NotAttempted, tr("Cancelled before the devices were logged out."));
                return;
            }
            const BulkLane bulk; // a follow-up of the item's device list
            ApiReply *del =
                UserApi::deleteDevices(m_api, id, ids, this, [this, index, n = int(ids.size())](const Result<bool> &r) {
                    onChanged(index, r.ok() ? ApiError() : r.error(), tr("%n device(s) logged out.", nullptr, n));
                });
            window()->track(del);
        });
        break;
    }
    window()->track(reply);
}

void BulkUserAction::onChanged(int index, const ApiError &error, const QString &doneText)
{
    if (error.isOk()) {
        settle(index, Status::Done, doneText);
    } else if (error.kind() == ApiError::Kind::Cancelled) {
        settle(index, Status::NotAttempted, tr("Cancelled before it was sent."));
    } else if (error.outcomeUnknown() || error.kind() == ApiError::Kind::Network
               || error.kind() == ApiError::Kind::Timeout) {
        // The request may have reached the server although no answer came back: read the user
        // again instead of guessing.
        verify(index, error);
    } else {
        settle(index, Status::Failed, error.describe());
    }
}

void BulkUserAction::verify(int index, const ApiError &original)
{
    const QString id = m_items.at(index).userId;
    auto conclude = [this, index, original](bool changed) {
        if (changed) {
            settle(index, Status::Done,
                   tr("The server's answer was lost (%1); re-reading the user shows the change was made.")
                       .arg(original.describe()),
                   true);
        } else {
            settle(index, Status::Failed,
                   tr("The server's answer was lost (%1); re-reading the user shows nothing changed.")
                       .arg(original.describe()),
                   true);
        }
    };
    auto unknown = [this, index, original](const ApiError &readError) {
        settle(index, Status::Unknown,
               tr("The server's answer was lost (%1) and re-reading the user failed too (%2): check this user.")
                   .arg(original.describe(), readError.describe()));
    };
    if (viaMas(m_action)) {
        m_mas->user(m_masIds.value(index), [this, conclude, unknown](const Result<MasUser> &r) {
            if (!r.ok()) {
                unknown(r.error());
                return;
            }
            conclude(m_action == Action::Lock         ? r->locked()
                         : m_action == Action::Unlock ? !r->locked()
                                                      : r->deactivated());
        });
        return;
    }
    ApiReply *reply = nullptr;
    const BulkLane bulk; // a follow-up of the item's change
    if (m_action == Action::Logout) {
        const QStringList sent = m_devices.value(index);
        reply = UserApi::devices(m_api, id, this, [sent, conclude, unknown](const Result<QList<UserDevice>> &r) {
            if (!r.ok()) {
                unknown(r.error());
                return;
            }
            bool anyLeft = false;
            for (const UserDevice &d : r.value()) {
                anyLeft = anyLeft || sent.contains(d.deviceId);
            }
            conclude(!anyLeft);
        });
    } else {
        reply = UserApi::queryUser(m_api, id, this, [this, conclude, unknown](const Result<UserDetails> &r) {
            if (!r.ok()) {
                unknown(r.error());
                return;
            }
            const UserSummary &u = r->summary;
            switch (m_action) {
            case Action::Lock:
                conclude(u.locked);
                break;
            case Action::Unlock:
                conclude(!u.locked);
                break;
            case Action::ShadowBan:
                conclude(u.shadowBanned);
                break;
            case Action::LiftShadowBan:
                conclude(!u.shadowBanned);
                break;
            case Action::Deactivate:
                conclude(u.deactivated && (!m_erase || u.erased));
                break;
            case Action::Logout:
                break;
            }
        });
    }
    window()->track(reply);
}

void BulkUserAction::settle(int index, Status status, const QString &reason, bool verified)
{
    Item &item = m_items[index];
    item.status = status;
    item.reason = reason;
    item.verified = verified;
    ++m_settled;
    Q_EMIT itemSettled(index);
    setProgress(m_settled, int(m_work.size()));
    window()->itemDone();
}

void BulkUserAction::runDone()
{
    for (Item &item : m_items) {
        if (item.status == Status::Affected) {
            item.status = Status::NotAttempted;
            item.reason = tr("Cancelled: no request was sent for this user.");
        }
    }
    finish();
}

QString BulkUserAction::previewSummary() const
{
    QStringList why;
    const QList<QPair<SkipKind, QString>> kinds {
        { SkipKind::Self, tr("your own account") },     { SkipKind::LastAdmin, tr("last admin") },
        { SkipKind::AlreadyInState, tr("already so") }, { SkipKind::NoSuchUser, tr("no such user") },
        { SkipKind::Remote, tr("another server") },     { SkipKind::Malformed, tr("not a user ID") },
        { SkipKind::Duplicate, tr("listed twice") },    { SkipKind::LookupFailed, tr("could not be read") },
    };
    for (const auto &[kind, label] : kinds) {
        if (const int n = count(kind)) {
            why << QStringLiteral("%1 %2").arg(n).arg(label);
        }
    }
    QString text = tr("%1: %n user(s) to change", nullptr, count(Status::Affected)).arg(actionTitle(m_action));
    if (const int skipped = count(Status::Skipped)) {
        text += tr(", %n skipped", nullptr, skipped) + QStringLiteral(" (") + why.join(QStringLiteral(", "))
            + QLatin1Char(')');
    }
    return text + QLatin1Char('.');
}

QString BulkUserAction::resultSummary() const
{
    QStringList parts;
    parts << tr("%n done", nullptr, count(Status::Done));
    if (const int n = count(Status::Failed)) {
        parts << tr("%n failed", nullptr, n);
    }
    if (const int n = count(Status::Unknown)) {
        parts << tr("%n unknown", nullptr, n);
    }
    if (const int n = count(Status::NotAttempted)) {
        parts << tr("%n not attempted", nullptr, n);
    }
    if (const int n = count(Status::Skipped)) {
        parts << tr("%n skipped", nullptr, n);
    }
    return actionTitle(m_action) + QStringLiteral(": ") + parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

bool BulkUserAction::writeCsv(QIODevice *device) const
{
    CsvWriter csv(device);
    csv.setTrustedColumns({ 2 });
    csv.writeRow({ QStringLiteral("user_id"), QStringLiteral("input"), QStringLiteral("line"), QStringLiteral("action"),
                   QStringLiteral("outcome"), QStringLiteral("verified"), QStringLiteral("reason") });
    for (const Item &item : m_items) {
        csv.writeRow({ item.userId, item.input, QString::number(item.line), actionName(m_action),
                       statusName(item.status), item.verified ? QStringLiteral("yes") : QString(), item.reason });
    }
    return !csv.hasError();
}

} // namespace Steward
