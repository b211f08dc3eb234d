#include "media/mediaaction.h"

#include "apireply.h"
#include "apiservice.h"
#include "csvwriter.h"
#include "operation/itemwindow.h"
#include "outcome.h"

#include <QLocale>

namespace Steward {

namespace {
constexpr int UserPageSize = 500;

/// Whether the server's description of a file shows it in the state the action aims at.
bool inTargetState(MediaAction::Action action, const LocalMediaInfo &m)
{
    switch (action) {
    case MediaAction::Action::Quarantine:
        return m.quarantined;
    case MediaAction::Action::Unquarantine:
        return !m.quarantined;
    case MediaAction::Action::Protect:
        return m.safeFromQuarantine;
    case MediaAction::Action::Unprotect:
        return !m.safeFromQuarantine;
    case MediaAction::Action::Delete:
        return false; // a file that can still be read is not deleted
    }
    return false;
}
/// The server protects, unprotects and deletes only its own files; quarantine works on cached remote ones too.
bool localOnly(MediaAction::Action action)
{
    return action != MediaAction::Action::Quarantine && action != MediaAction::Action::Unquarantine;
}
} // namespace

MediaAction::MediaAction(ApiService *api, const QString &serverName, QObject *parent)
    : Operation(parent)
    , m_api(api)
    , m_serverName(serverName)
{
    connect(window(), &ItemWindow::finished, this, [this]() {
        if (state() == State::Planning) {
            planDone();
        } else if (state() == State::Running) {
            for (int index : std::as_const(m_work)) {
                if (m_items.at(index).outcome.status == ItemStatus::Planned) {
                    m_items[index].outcome = { ItemStatus::NotAttempted, tr("Cancelled before it was sent."), false };
                }
            }
            finish();
        }
    });
}

MediaAction::~MediaAction() = default;

QString MediaAction::actionName(Action action)
{
    switch (action) {
    case Action::Quarantine:
        return QStringLiteral("quarantine");
    case Action::Unquarantine:
        return QStringLiteral("unquarantine");
    case Action::Protect:
        return QStringLiteral("protect");
    case Action::Unprotect:
        return QStringLiteral("unprotect");
    case Action::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString MediaAction::actionTitle(Action action)
{
    switch (action) {
    case Action::Quarantine:
        return tr("Quarantine");
    case Action::Unquarantine:
        return tr("Unquarantine");
    case Action::Protect:
        return tr("Protect");
    case Action::Unprotect:
        return tr("Unprotect");
    case Action::Delete:
        return tr("Delete");
    }
    return {};
}

void MediaAction::startPlan(Action action)
{
    m_action = action;
    m_items.clear();
    m_work.clear();
    m_planError = {};
    setState(State::Planning);
}

void MediaAction::planFiles(Action action, const QStringList &mxcUris)
{
    if (isRunning()) {
        return;
    }
    startPlan(action);
    QList<int> toRead;
    QSet<QString> seen;
    for (const QString &uri : mxcUris) {
        Item item;
        item.input = uri;
        QString problem;
        item.media = MediaApi::parseMxc(uri, &problem);
        if (!item.media) {
            item.outcome = { ItemStatus::Skipped, problem, false };
            item.skip = SkipKind::Malformed;
        } else if (seen.contains(item.media->mxc())) {
            item.outcome = { ItemStatus::Skipped, tr("Listed more than once: handled once."), false };
            item.skip = SkipKind::Duplicate;
        } else {
            seen.insert(item.media->mxc());
            toRead << int(m_items.size());
        }
        m_items << item;
    }
    readInfos(toRead);
}

void MediaAction::planUser(Action action, const QString &userId)
{
    if (isRunning()) {
        return;
    }
    startPlan(action);
    setPhase(tr("Reading the user's media"));
    readUserPage(userId, 0);
}

void MediaAction::readUserPage(const QString &userId, qint64 from)
{
    ApiReply *reply = MediaApi::userMedia(m_api, userId, from, UserPageSize, this,
                                          [this, userId](const Result<Page<LocalMediaInfo>> &page) {
                                              if (isCancelled()) {
                                                  planDone();
                                                  return;
                                              }
                                              if (!page.ok()) {
                                                  m_planError = page.error();
                                                  planDone();
                                                  return;
                                              }
                                              for (const LocalMediaInfo &m : page->items) {
                                                  Item item;
                                                  item.media = MediaRef { m_serverName, m.mediaId };
                                                  item.input = item.media->mxc();
                                                  item.info = m;
                                                  decide(item);
                                                  m_items << item;
                                              }
                                              setProgress(m_items.size(), page->total);
                                              if (page->nextFrom && *page->nextFrom > 0) {
                                                  readUserPage(userId, *page->nextFrom);
                                                  return;
                                              }
                                              planDone();
                                          });
    Q_UNUSED(reply);
}

void MediaAction::planRoom(Action action, const QString &roomId)
{
    if (isRunning()) {
        return;
    }
    startPlan(action);
    setPhase(tr("Reading the room's media"));
    MediaApi::roomMedia(m_api, roomId, this, [this](const Result<RoomMediaList> &list) {
        if (!list.ok()) {
            m_planError = list.error();
            planDone();
            return;
        }
        QList<int> toRead;
        for (const QString &uri : list->local + list->remote) {
            Item item;
            item.input = uri;
            QString problem;
            item.media = MediaApi::parseMxc(uri, &problem);
            if (!item.media) {
                item.outcome = { ItemStatus::Skipped, problem, false };
                item.skip = SkipKind::Malformed;
            } else {
                toRead << int(m_items.size());
            }
            m_items << item;
        }
        readInfos(toRead);
    });
}

void MediaAction::readInfos(const QList<int> &indexes)
{
    setPhase(tr("Reading the files"));
    m_work.clear();
    for (int index : indexes) {
        Item &item = m_items[index];
        if (!localOnly(m_action) || item.media->server == m_serverName) {
            m_work << index;
            continue;
        }
        item.outcome = { ItemStatus::Skipped,
                         tr("A file of another server (%1): the server does this for its own (local) media only.")
                             .arg(item.media->server),
                         false };
        item.skip = SkipKind::Remote;
    }
    m_settled = 0;
    setProgress(0, m_work.size());
    window()->start(int(m_work.size()), concurrency(), [this](int n) {
        const int index = m_work.at(n);
        ApiReply *reply = MediaApi::mediaInfo(
            m_api, *m_items.at(index).media, this, [this, index](const Result<LocalMediaInfo> &info) {
                Item &item = m_items[index];
                if (info.ok()) {
                    item.info = info.value();
                    decide(item);
                } else if (info.error().isNotFound()) {
                    item.skip = SkipKind::Missing;
                    item.outcome = { ItemStatus::Skipped,
                                     item.media->server == m_serverName
                                         ? tr("There is no such file on this server.")
                                         : tr("This server holds no copy of this remote file."),
                                     false };
                } else if (info.error().kind() == ApiError::Kind::Cancelled) {
                    item.outcome = { ItemStatus::NotAttempted, tr("Cancelled before the file was read."), false };
                } else {
                    if (m_planError.isOk() && info.error().isAuthenticationFailure()) {
                        m_planError = info.error();
                    }
                    item.skip = SkipKind::Unreadable;
                    item.outcome = { ItemStatus::Skipped,
                                     tr("Could not read the file: %1").arg(info.error().describe()), false };
                }
                setProgress(++m_settled, m_work.size());
                window()->itemDone();
            });
        window()->track(reply);
    });
}

void MediaAction::decide(Item &item)
{
    const bool remote = item.media->server != m_serverName;
    const LocalMediaInfo &m = *item.info;
    auto skip = [&item](const QString &reason, SkipKind kind = SkipKind::AlreadyDone) {
        item.outcome = { ItemStatus::Skipped, reason, false };
        item.skip = kind;
    };
    item.outcome = { ItemStatus::Planned, {}, false };
    item.skip = SkipKind::None;
    switch (m_action) {
    case Action::Quarantine:
        if (m.quarantined) {
            skip(tr("Already quarantined."));
        } else if (m.safeFromQuarantine) {
            skip(tr("Protected from quarantine: the server leaves it alone (unprotect it first)."),
                 SkipKind::Protected);
        }
        break;
    case Action::Unquarantine:
        if (!m.quarantined) {
            skip(tr("Not quarantined."));
        }
        break;
    case Action::Protect:
    case Action::Unprotect:
    case Action::Delete:
        if (remote) {
            skip(tr("A file of another server (%1): the server does this for its own (local) media only.")
                     .arg(item.media->server),
                 SkipKind::Remote);
        } else if (m_action == Action::Protect && m.safeFromQuarantine) {
            skip(tr("Already protected."));
        } else if (m_action == Action::Unprotect && !m.safeFromQuarantine) {
            skip(tr("Not protected."));
        }
        break;
    }
}

void MediaAction::planDone()
{
    for (Item &item : m_items) {
        if (item.outcome.status == ItemStatus::Planned && !item.info) {
            item.outcome = { ItemStatus::NotAttempted, tr("Cancelled before the file was read."), false };
        }
    }
    setState(State::Planned);
    Q_EMIT planReady();
}

OperationTally MediaAction::tally() const
{
    OperationTally t;
    for (const Item &item : m_items) {
        t.add(item.outcome.status);
    }
    return t;
}

int MediaAction::count(SkipKind kind) const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [kind](const Item &i) {
        return i.outcome.status == ItemStatus::Skipped && i.skip == kind;
    }));
}

qint64 MediaAction::plannedBytes() const
{
    qint64 bytes = 0;
    for (const Item &item : m_items) {
        if (item.outcome.status == ItemStatus::Planned) {
            bytes += item.size();
        }
    }
    return bytes;
}

QString MediaAction::previewSummary() const
{
    const OperationTally t = tally();
    QString text = tr("%1 %n file(s) (%2)", nullptr, t.planned)
                       .arg(actionTitle(m_action), QLocale().formattedDataSize(plannedBytes()));
    if (t.skipped > 0) {
        text += tr("; %n skipped", nullptr, t.skipped);
    }
    if (t.notAttempted > 0) {
        text += tr("; %n not read", nullptr, t.notAttempted);
    }
    return text;
}

void MediaAction::run()
{
    if (state() != State::Planned) {
        return;
    }
    m_work.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).outcome.status == ItemStatus::Planned) {
            m_work << i;
        }
    }
    setState(State::Running);
    m_settled = 0;
    setProgress(0, m_work.size(), tr("%1: files").arg(actionTitle(m_action)));
    window()->start(int(m_work.size()), concurrency(), [this](int n) { changeOne(m_work.at(n)); });
}

void MediaAction::changeOne(int index)
{
    const MediaRef media = *m_items.at(index).media;
    auto changed = [this, index](const ApiError &error) {
        if (!error.isOk() && !answerLost(error)) {
            settle(index, ItemOutcome::fromError(error));
            return;
        }
        BulkLane lane;
        readBack(index, error);
    };
    auto onBool = [changed](const Result<bool> &r) {
        changed(r.ok() ? ApiError() : r.error());
    };
    ApiReply *reply = nullptr;
    switch (m_action) {
    case Action::Quarantine:
        reply = MediaApi::quarantine(m_api, media.server, media.mediaId, this, onBool);
        break;
    case Action::Unquarantine:
        reply = MediaApi::unquarantine(m_api, media, this, onBool);
        break;
    case Action::Protect:
        reply = MediaApi::protect(m_api, media.mediaId, this, onBool);
        break;
    case Action::Unprotect:
        reply = MediaApi::unprotect(m_api, media.mediaId, this, onBool);
        break;
    case Action::Delete:
        reply = MediaApi::deleteMedia(m_api, media, this,
                                      [this, index, changed, media](const Result<MediaDeleteAnswer> &r) {
                                          if (r.ok() && r->deletedMediaIds.contains(media.mediaId)) {
                                              settle(index, { ItemStatus::Done, tr("Deleted."), false });
                                              return;
                                          }
                                          changed(r.ok() ? ApiError() : r.error());
                                      });
        break;
    }
    window()->track(reply);
}

void MediaAction::readBack(int index, const ApiError &changeError)
{
    const bool lost = !changeError.isOk();
    ApiReply *reply = MediaApi::mediaInfo(
        m_api, *m_items.at(index).media, this, [this, index, lost, changeError](const Result<LocalMediaInfo> &info) {
            if (m_action == Action::Delete && !info.ok() && info.error().isNotFound()) {
                settle(index, { ItemStatus::Done, tr("Deleted (checked: the file is gone)."), lost });
                return;
            }
            if (!info.ok()) {
                if (lost) {
                    settle(index,
                           { ItemStatus::Unknown,
                             tr("The answer was lost (%1) and reading the file back failed too: %2")
                                 .arg(changeError.describe(), info.error().describe()),
                             false });
                } else {
                    settle(index,
                           { ItemStatus::Unknown,
                             tr("The server accepted it, but reading the file back failed: %1")
                                 .arg(info.error().describe()),
                             false });
                }
                return;
            }
            if (inTargetState(m_action, info.value())) {
                m_items[index].info = info.value();
                settle(index,
                       { ItemStatus::Done, lost ? tr("Done (checked after the answer was lost).") : QString(), lost });
                return;
            }
            if (lost) {
                settle(index,
                       { ItemStatus::Failed,
                         tr("Not carried out: the answer was lost (%1) and the file is unchanged.")
                             .arg(changeError.describe()),
                         true });
                return;
            }
            settle(index,
                   { ItemStatus::Failed,
                     m_action == Action::Quarantine && info->safeFromQuarantine
                         ? tr("The server left it alone: the file is protected from quarantine.")
                         : tr("The server answered without error, but the file is unchanged."),
                     false });
        });
    window()->track(reply);
}

void MediaAction::settle(int index, const ItemOutcome &outcome)
{
    m_items[index].outcome = outcome;
    Q_EMIT itemSettled(index);
    setProgress(++m_settled, m_work.size());
    window()->itemDone();
}

bool MediaAction::writeCsv(QIODevice *device) const
{
    CsvWriter csv(device);
    csv.writeRow({ QStringLiteral("mxc"), QStringLiteral("media_id"), QStringLiteral("size"), QStringLiteral("action"),
                   QStringLiteral("outcome"), QStringLiteral("reason") });
    for (const Item &item : m_items) {
        csv.writeRow({ item.input, item.media ? item.media->mediaId : QString(),
                       item.info && item.info->length ? QString::number(*item.info->length) : QString(),
                       actionName(m_action), itemStatusName(item.outcome.status), item.outcome.reason });
    }
    return !csv.hasError();
}

} // namespace Steward
