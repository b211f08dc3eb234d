#pragma once

#include "apierror.h"
#include "media/mediaapi.h"
#include "operation/operation.h"

#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace Steward {

class ApiService;

/// One engine for every change to media files: quarantine, unquarantine, protect, unprotect, delete,
/// of the files given by mxc URI, of all of a user's files, or of all the files a room's events point to.
///
/// plan…() reads each file's state from the server and decides per file: Planned, or Skipped with a
/// reason (malformed URI, another server's file where the server acts on local media only, no such
/// file, already in that state, protected from quarantine). Nothing is changed before run(). run()
/// sends one request per file through the operation's window and then reads the file back, so every
/// Done is the server's state (the quarantine and protect calls answer {} whether or not they changed
/// anything); a lost answer is verified the same way before it is reported.
class MediaAction : public Operation
{
    Q_OBJECT
public:
    enum class Action { Quarantine, Unquarantine, Protect, Unprotect, Delete };

    /// Why an item was skipped (for exit codes and filters; the reason text says it to a person).
    enum class SkipKind { None, Malformed, Duplicate, Remote, Missing, Unreadable, AlreadyDone, Protected };

    struct Item
    {
        QString input; ///< as given (the mxc URI)
        std::optional<MediaRef> media; ///< unset when the input is no mxc URI
        std::optional<LocalMediaInfo> info; ///< the file as the server described it when planned
        ItemOutcome outcome;
        SkipKind skip = SkipKind::None;
        qint64 size() const { return info && info->length ? *info->length : 0; }
    };

    MediaAction(ApiService *api, const QString &serverName, QObject *parent = nullptr);
    ~MediaAction() override;

    QString serverName() const { return m_serverName; }

    /// The files named by these mxc URIs (malformed ones are skipped, each with its reason).
    void planFiles(Action action, const QStringList &mxcUris);
    /// Every file the user uploaded (the user's media list, every page).
    void planUser(Action action, const QString &userId);
    /// Every file the room's events point to (local and, for quarantine, cached remote ones).
    void planRoom(Action action, const QString &roomId);
    void run();

    Action action() const { return m_action; }
    const QList<Item> &items() const { return m_items; }
    OperationTally tally() const;
    int count(SkipKind kind) const;
    /// Set when the plan could not read its list at all (the user's or room's media).
    const ApiError &planError() const { return m_planError; }
    qint64 plannedBytes() const;
    /// "Quarantine 12 files (3.4 MB); 2 skipped" for a person.
    QString previewSummary() const;
    /// mxc,media_id,size,outcome,reason (RFC 4180 via CsvWriter).
    bool writeCsv(QIODevice *device) const;

    static QString actionName(Action action); ///< quarantine, unquarantine, protect, unprotect, delete
    static QString actionTitle(Action action); ///< "Quarantine", … for a person

private:
    void startPlan(Action action);
    void readUserPage(const QString &userId, qint64 from);
    void readInfos(const QList<int> &indexes);
    void decide(Item &item);
    void planDone();
    void changeOne(int index);
    void readBack(int index, const ApiError &changeError);
    void settle(int index, const ItemOutcome &outcome);

    ApiService *m_api;
    QString m_serverName;
    Action m_action = Action::Quarantine;
    QList<Item> m_items;
    QList<int> m_work;
    ApiError m_planError;
    int m_settled = 0;
};

} // namespace Steward
