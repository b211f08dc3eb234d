#include "media/mediamanage.h"

#include "bulkjoin/bulkjoininput.h"
#include "clicontext.h"
#include "csvwriter.h"
#include "media/mediaaction.h"
#include "media/mediaapi.h"
#include "rooms/roomsapi.h"
#include "serversession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <memory>

namespace Steward::Cli {

namespace {
struct MediaManageText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::Cli::MediaManage)
};

constexpr int PageSize = 500;

QString serverOf(ServerSession *session)
{
    return session->status().whoAmI.userId.section(u':', 1);
}

QJsonValue isoTime(std::optional<qint64> ms)
{
    if (!ms || *ms <= 0) {
        return QJsonValue::Null;
    }
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject mediaJson(const MediaRef &ref, const LocalMediaInfo *m)
{
    QJsonObject o;
    o.insert(QStringLiteral("media_id"), ref.mediaId);
    o.insert(QStringLiteral("mxc"), ref.mxc());
    o.insert(QStringLiteral("size"), m && m->length ? QJsonValue(*m->length) : QJsonValue::Null);
    o.insert(QStringLiteral("content_type"), m ? QJsonValue(m->mediaType) : QJsonValue::Null);
    o.insert(QStringLiteral("upload_name"), m ? QJsonValue(m->uploadName) : QJsonValue::Null);
    o.insert(QStringLiteral("user_id"), m && !m->userId.isEmpty() ? QJsonValue(m->userId) : QJsonValue::Null);
    o.insert(QStringLiteral("created"), m ? isoTime(m->createdTs) : QJsonValue::Null);
    o.insert(QStringLiteral("last_access"), m ? isoTime(m->lastAccessTs) : QJsonValue::Null);
    o.insert(QStringLiteral("quarantined"), m ? QJsonValue(m->quarantined) : QJsonValue::Null);
    o.insert(QStringLiteral("protected"), m ? QJsonValue(m->safeFromQuarantine) : QJsonValue::Null);
    return o;
}

const QStringList MediaKeys { QStringLiteral("media_id"),    QStringLiteral("mxc"),
                              QStringLiteral("size"),        QStringLiteral("content_type"),
                              QStringLiteral("upload_name"), QStringLiteral("user_id"),
                              QStringLiteral("created"),     QStringLiteral("last_access"),
                              QStringLiteral("quarantined"), QStringLiteral("protected") };
const QStringList StatsKeys { QStringLiteral("user_id"), QStringLiteral("display_name"), QStringLiteral("media_count"),
                              QStringLiteral("media_length") };

/// Rows out as CSV (header first) or one JSON array, written as they come.
class RowWriter
{
public:
    RowWriter(bool json, QStringList keys, QList<int> trusted)
        : m_json(json)
        , m_keys(std::move(keys))
    {
        m_out.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
        if (json) {
            m_out.write("[");
        } else {
            m_csv = std::make_unique<CsvWriter>(&m_out);
            m_csv->writeRow(m_keys);
            m_csv->setTrustedColumns(trusted); // file names and user IDs are chosen by users: guarded
        }
    }
    bool write(const QJsonObject &o)
    {
        if (m_json) {
            m_out.write(m_rows++ == 0 ? "\n" : ",\n");
            m_out.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        } else {
            QStringList row;
            for (const QString &k : m_keys) {
                const QJsonValue v = o.value(k);
                row << (v.isBool()         ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                            : v.isDouble() ? QString::number(v.toInteger())
                                           : v.toString());
            }
            m_csv->writeRow(row);
        }
        return m_out.error() == QFileDevice::NoError && !(m_csv && m_csv->hasError());
    }
    bool end()
    {
        if (m_json) {
            m_out.write(m_rows == 0 ? "]\n" : "\n]\n");
        }
        return m_out.flush() && m_out.error() == QFileDevice::NoError;
    }

private:
    bool m_json;
    QStringList m_keys;
    QFile m_out;
    std::unique_ptr<CsvWriter> m_csv;
    int m_rows = 0;
};

std::optional<bool> parseFormat(CliContext &ctx, const QCommandLineParser &parser, const QCommandLineOption &format)
{
    const QString f = parser.value(format).trimmed().toLower();
    if (f != u"csv" && f != u"json") {
        ctx.fail(
            UsageError,
            MediaManageText::tr("unknown format \"%1\": use --format csv or --format json").arg(parser.value(format)));
        return std::nullopt;
    }
    return f == u"json";
}

/// Checks --user: a local user ID (exit 2 otherwise). Empty on failure.
QString checkUser(CliContext &ctx, const QString &text)
{
    QString problem;
    const QString id = BulkJoinInput::normalizeUser(text, QString(), &problem);
    if (id.isEmpty()) {
        ctx.fail(UsageError, MediaManageText::tr("--user needs a user ID like @name:server: %1").arg(problem));
    }
    return id;
}

/// --room: a room ID (!id:server) or an alias (#name:server, resolved first).
void withRoom(CliContext &ctx, ServerSession *session, const QString &room, std::function<void(QString)> go)
{
    if (room.startsWith(u'!')) {
        go(room);
        return;
    }
    RoomsApi::resolveAlias(session->api(), room, &ctx, [&ctx, room, go](const Result<QString> &id) {
        if (!id.ok()) {
            ctx.failWith(id.error(), MediaManageText::tr("resolving the room alias %1").arg(room));
            return;
        }
        go(id.value());
    });
}

bool roomArgumentOk(CliContext &ctx, const QString &room)
{
    if (!room.startsWith(u'!') && !room.startsWith(u'#')) {
        ctx.fail(UsageError,
                 MediaManageText::tr("--room needs a room ID (!id:server) or an alias (#name:server), got \"%1\"")
                     .arg(room));
        return false;
    }
    return true;
}

// ---- media list ----

struct ListState
{
    std::unique_ptr<RowWriter> writer;
};

void listUserPage(CliContext &ctx, ServerSession *session, std::shared_ptr<ListState> st, const QString &userId,
                  qint64 from)
{
    const QString server = serverOf(session);
    MediaApi::userMedia(
        session->api(), userId, from, PageSize, &ctx,
        [&ctx, session, st, userId, server](const Result<Page<LocalMediaInfo>> &page) {
            if (!page.ok()) {
                ctx.failWith(page.error(),
                             MediaManageText::tr("listing the media of %1 (the output is incomplete)").arg(userId));
                return;
            }
            for (const LocalMediaInfo &m : page->items) {
                if (!st->writer->write(mediaJson({ server, m.mediaId }, &m))) {
                    ctx.fail(SomeItemsFailed,
                             MediaManageText::tr("writing the list failed (disk full or pipe closed?)"));
                    return;
                }
            }
            if (page->nextFrom && *page->nextFrom > 0) {
                listUserPage(ctx, session, st, userId, *page->nextFrom);
                return;
            }
            ctx.finish(st->writer->end() ? Success : SomeItemsFailed);
        });
}

void listRoom(CliContext &ctx, ServerSession *session, std::shared_ptr<ListState> st, const QString &roomId)
{
    MediaApi::roomMedia(session->api(), roomId, &ctx, [&ctx, session, st, roomId](const Result<RoomMediaList> &list) {
        if (!list.ok()) {
            ctx.failWith(list.error(), MediaManageText::tr("listing the media of %1").arg(roomId));
            return;
        }
        const QStringList uris = list->local + list->remote;
        struct Rows
        {
            QList<QJsonObject> rows;
            int pending = 0;
            int missing = 0;
        };
        auto rows = std::make_shared<Rows>();
        rows->rows.resize(uris.size());
        rows->pending = int(uris.size());
        auto finish = [&ctx, st, rows]() {
            for (const QJsonObject &o : std::as_const(rows->rows)) {
                if (!st->writer->write(o)) {
                    ctx.fail(SomeItemsFailed,
                             MediaManageText::tr("writing the list failed (disk full or pipe closed?)"));
                    return;
                }
            }
            const bool ok = st->writer->end();
            if (rows->missing > 0) {
                ctx.err() << MediaManageText::tr(
                                 "%1 of the room's files could not be read (listed with their mxc URI only)")
                                 .arg(rows->missing)
                          << Qt::endl;
            }
            ctx.finish(ok ? Success : SomeItemsFailed);
        };
        if (uris.isEmpty()) {
            finish();
            return;
        }
        for (int i = 0; i < uris.size(); ++i) {
            const auto ref = MediaApi::parseMxc(uris.at(i));
            if (!ref) {
                rows->rows[i] = QJsonObject { { QStringLiteral("mxc"), uris.at(i) } };
                ++rows->missing;
                if (--rows->pending == 0) {
                    finish();
                }
                continue;
            }
            MediaApi::mediaInfo(session->api(), *ref, &ctx,
                                [&ctx, rows, i, ref, finish](const Result<LocalMediaInfo> &info) {
                                    if (!info.ok() && info.error().isAuthenticationFailure()) {
                                        ctx.failWith(info.error(), MediaManageText::tr("reading the room's media"));
                                        return;
                                    }
                                    rows->rows[i] = mediaJson(*ref, info.ok() ? &info.value() : nullptr);
                                    if (!info.ok()) {
                                        ++rows->missing;
                                        if (ctx.verbose) {
                                            ctx.err() << ref->mxc() << ": " << info.error().describe() << Qt::endl;
                                        }
                                    }
                                    if (--rows->pending == 0) {
                                        finish();
                                    }
                                });
        }
    });
}

void runList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        MediaManageText::tr("List a user's uploads or the media a room's messages point to."));
    const QCommandLineOption user(QStringLiteral("user"), MediaManageText::tr("The uploads of this local user."),
                                  QStringLiteral("USER_ID"));
    const QCommandLineOption room(QStringLiteral("room"), MediaManageText::tr("The media of this room (ID or alias)."),
                                  QStringLiteral("ROOM"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    MediaManageText::tr("Output format: csv (default) or json."),
                                    QStringLiteral("csv|json"), QStringLiteral("csv"));
    parser.addOptions({ user, room, format });
    if (!ctx.parseCommandLine(parser, QStringLiteral("media list"), args)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError,
                 MediaManageText::tr("media list takes no arguments (got \"%1\")")
                     .arg(parser.positionalArguments().join(u' ')));
        return;
    }
    if (parser.isSet(user) == parser.isSet(room)) {
        ctx.fail(UsageError, MediaManageText::tr("give exactly one of --user USER_ID or --room ROOM"));
        return;
    }
    const auto json = parseFormat(ctx, parser, format);
    if (!json) {
        return;
    }
    const QString userId = parser.isSet(user) ? checkUser(ctx, parser.value(user)) : QString();
    if (parser.isSet(user) && userId.isEmpty()) {
        return;
    }
    const QString roomArg = parser.value(room).trimmed();
    if (parser.isSet(room) && !roomArgumentOk(ctx, roomArg)) {
        return;
    }
    ctx.connectToServer(true, [&ctx, json = *json, userId, roomArg](ServerSession *session) {
        ctx.out().flush();
        auto st = std::make_shared<ListState>();
        if (!userId.isEmpty()) {
            st->writer = std::make_unique<RowWriter>(json, MediaKeys, QList<int> { 2, 8, 9 });
            listUserPage(ctx, session, st, userId, 0);
            return;
        }
        withRoom(ctx, session, roomArg, [&ctx, session, st, json](const QString &roomId) {
            st->writer = std::make_unique<RowWriter>(json, MediaKeys, QList<int> { 2, 8, 9 });
            listRoom(ctx, session, st, roomId);
        });
    });
}

// ---- media stats ----

void statsPage(CliContext &ctx, ServerSession *session, std::shared_ptr<RowWriter> writer, qint64 from, qint64 left)
{
    MediaStatsQuery query; // biggest first
    MediaApi::userMediaStatistics(
        session->api(), query, from, int(qMin<qint64>(left, PageSize)), &ctx,
        [&ctx, session, writer, left](const Result<Page<UserMediaStats>> &page) {
            if (!page.ok()) {
                ctx.failWith(page.error(),
                             MediaManageText::tr("reading the media statistics (the output is incomplete)"));
                return;
            }
            qint64 remaining = left;
            for (const UserMediaStats &s : page->items) {
                if (remaining-- <= 0) {
                    break;
                }
                const QJsonObject o { { QStringLiteral("user_id"), s.userId },
                                      { QStringLiteral("display_name"), s.displayName },
                                      { QStringLiteral("media_count"), s.mediaCount },
                                      { QStringLiteral("media_length"), s.mediaLength } };
                if (!writer->write(o)) {
                    ctx.fail(SomeItemsFailed,
                             MediaManageText::tr("writing the list failed (disk full or pipe closed?)"));
                    return;
                }
            }
            if (remaining > 0 && page->nextFrom && *page->nextFrom > 0) {
                statsPage(ctx, session, writer, *page->nextFrom, remaining);
                return;
            }
            ctx.finish(writer->end() ? Success : SomeItemsFailed);
        });
}

void runStats(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(MediaManageText::tr("Users by the space their uploads take, largest first."));
    const QCommandLineOption top(QStringLiteral("top"),
                                 MediaManageText::tr("Only the N largest (default: every user with media)."),
                                 QStringLiteral("N"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    MediaManageText::tr("Output format: csv (default) or json."),
                                    QStringLiteral("csv|json"), QStringLiteral("csv"));
    parser.addOptions({ top, format });
    if (!ctx.parseCommandLine(parser, QStringLiteral("media stats"), args)) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.fail(UsageError,
                 MediaManageText::tr("media stats takes no arguments (got \"%1\")")
                     .arg(parser.positionalArguments().join(u' ')));
        return;
    }
    qint64 limit = std::numeric_limits<qint64>::max();
    if (parser.isSet(top)) {
        bool ok = false;
        limit = parser.value(top).toLongLong(&ok);
        if (!ok || limit < 1) {
            ctx.fail(
                UsageError,
                MediaManageText::tr("--top needs a whole number of at least 1, got \"%1\"").arg(parser.value(top)));
            return;
        }
    }
    const auto json = parseFormat(ctx, parser, format);
    if (!json) {
        return;
    }
    ctx.connectToServer(true, [&ctx, json = *json, limit](ServerSession *session) {
        ctx.out().flush();
        statsPage(ctx, session, std::make_shared<RowWriter>(json, StatsKeys, QList<int> { 2, 3 }), 0, limit);
    });
}

// ---- quarantine, unquarantine, protect, unprotect, delete ----

void report(CliContext &ctx, MediaAction *op)
{
    QLocale c = QLocale::c();
    for (const MediaAction::Item &item : op->items()) {
        const ItemStatus s = item.outcome.status;
        if (s == ItemStatus::Skipped
            && (item.skip == MediaAction::SkipKind::Malformed || item.skip == MediaAction::SkipKind::Remote
                || item.skip == MediaAction::SkipKind::Missing || item.skip == MediaAction::SkipKind::Unreadable)) {
            ctx.err() << MediaManageText::tr("error: %1: %2").arg(item.input, item.outcome.reason) << Qt::endl;
        }
        ctx.out() << itemStatusName(s) << '\t' << item.input << '\t'
                  << (item.info && item.info->length ? c.toString(*item.info->length) : QString()) << '\t'
                  << item.outcome.reason << '\n';
    }
}

void runAction(CliContext &ctx, MediaAction::Action action, const QStringList &args)
{
    const QString name = MediaAction::actionName(action);
    const bool byUser = action == MediaAction::Action::Quarantine || action == MediaAction::Action::Delete;
    const bool byRoom = action == MediaAction::Action::Quarantine;
    const bool asks = byUser; // quarantine and delete show the plan first and need --yes
    QCommandLineParser parser;
    parser.setApplicationDescription(
        MediaManageText::tr(
            "%1 media files given by mxc URI%2. Every file is read first; the outcome of each is read back.")
            .arg(MediaAction::actionTitle(action),
                 byRoom       ? MediaManageText::tr(", all files of a user, or all files in a room")
                     : byUser ? MediaManageText::tr(" or all files of a user")
                              : QString()));
    const QCommandLineOption user(QStringLiteral("user"), MediaManageText::tr("Every file this local user uploaded."),
                                  QStringLiteral("USER_ID"));
    const QCommandLineOption room(QStringLiteral("room"),
                                  MediaManageText::tr("Every file the room's messages point to (ID or alias)."),
                                  QStringLiteral("ROOM"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 MediaManageText::tr("Do it (otherwise: print what would be done, exit 2)."));
    if (byUser) {
        parser.addOption(user);
        parser.addOption(yes);
    }
    if (byRoom) {
        parser.addOption(room);
    }
    parser.addPositionalArgument(QStringLiteral("MXC_URI"), MediaManageText::tr("Files as mxc://SERVER/MEDIA_ID."),
                                 QStringLiteral("[MXC_URI...]"));
    if (!ctx.parseCommandLine(parser, QStringLiteral("media ") + name, args)) {
        return;
    }
    const QStringList uris = parser.positionalArguments();
    const int sources =
        (uris.isEmpty() ? 0 : 1) + (byUser && parser.isSet(user) ? 1 : 0) + (byRoom && parser.isSet(room) ? 1 : 0);
    if (sources != 1) {
        ctx.fail(UsageError,
                 byRoom ? MediaManageText::tr("give mxc URIs, or --user USER_ID, or --room ROOM (exactly one of them)")
                     : byUser ? MediaManageText::tr("give mxc URIs or --user USER_ID (one of them)")
                              : MediaManageText::tr("give the mxc URIs of the files (mxc://SERVER/MEDIA_ID)"));
        return;
    }
    const QString userId = byUser && parser.isSet(user) ? checkUser(ctx, parser.value(user)) : QString();
    if (byUser && parser.isSet(user) && userId.isEmpty()) {
        return;
    }
    const QString roomArg = byRoom ? parser.value(room).trimmed() : QString();
    if (byRoom && parser.isSet(room) && !roomArgumentOk(ctx, roomArg)) {
        return;
    }
    const bool confirmed = asks ? parser.isSet(yes) : true;
    ctx.connectToServer(true, [&ctx, action, uris, userId, roomArg, confirmed](ServerSession *session) {
        auto *op = new MediaAction(session->api(), serverOf(session), &ctx);
        QObject::connect(op, &Operation::finished, &ctx, [&ctx, op]() {
            report(ctx, op);
            const OperationTally t = op->tally();
            ctx.out() << MediaManageText::tr("%1: %2").arg(MediaAction::actionTitle(op->action()), t.summary()) << '\n';
            const int refused = op->count(MediaAction::SkipKind::Malformed) + op->count(MediaAction::SkipKind::Remote)
                + op->count(MediaAction::SkipKind::Missing) + op->count(MediaAction::SkipKind::Unreadable);
            ctx.finish(t.complete() && refused == 0 ? Success : SomeItemsFailed);
        });
        QObject::connect(op, &Operation::planReady, &ctx, [&ctx, op, confirmed]() {
            if (!op->planError().isOk()) {
                ctx.failWith(op->planError(), MediaManageText::tr("reading the files (nothing was changed)"));
                return;
            }
            const OperationTally t = op->tally();
            if (t.planned == 0 || !confirmed) {
                report(ctx, op);
                ctx.out() << op->previewSummary() << '\n';
                const int malformed = op->count(MediaAction::SkipKind::Malformed);
                if (t.planned == 0) {
                    const int refused = malformed + op->count(MediaAction::SkipKind::Remote)
                        + op->count(MediaAction::SkipKind::Missing) + op->count(MediaAction::SkipKind::Unreadable);
                    ctx.out() << MediaManageText::tr("Nothing to do.") << '\n';
                    ctx.finish(malformed == op->items().size() && malformed > 0 ? UsageError
                                   : refused > 0                                ? SomeItemsFailed
                                                                                : Success);
                    return;
                }
                ctx.out() << MediaManageText::tr("In all: %1 bytes.").arg(op->plannedBytes()) << '\n';
                ctx.out() << MediaManageText::tr("Nothing was changed. Run again with --yes to do it.") << '\n';
                ctx.finish(UsageError);
                return;
            }
            if (ctx.verbose) {
                QObject::connect(op, &Operation::progressChanged, &ctx,
                                 [&ctx](const OperationProgress &p) { ctx.err() << p.text() << Qt::endl; });
            }
            op->run();
        });
        ctx.err() << MediaManageText::tr("Reading the files…") << Qt::endl;
        if (!userId.isEmpty()) {
            op->planUser(action, userId);
        } else if (!roomArg.isEmpty()) {
            withRoom(ctx, session, roomArg, [op, action](const QString &roomId) { op->planRoom(action, roomId); });
        } else {
            op->planFiles(action, uris);
        }
    });
}
} // namespace

bool runMediaManagement(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"list") {
        runList(ctx, rest);
    } else if (sub == u"stats") {
        runStats(ctx, rest);
    } else if (sub == u"quarantine") {
        runAction(ctx, MediaAction::Action::Quarantine, rest);
    } else if (sub == u"unquarantine") {
        runAction(ctx, MediaAction::Action::Unquarantine, rest);
    } else if (sub == u"protect") {
        runAction(ctx, MediaAction::Action::Protect, rest);
    } else if (sub == u"unprotect") {
        runAction(ctx, MediaAction::Action::Unprotect, rest);
    } else if (sub == u"delete") {
        runAction(ctx, MediaAction::Action::Delete, rest);
    } else {
        return false;
    }
    return true;
}

} // namespace Steward::Cli
