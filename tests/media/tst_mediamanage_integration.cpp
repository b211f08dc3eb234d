// Media management end to end against the real Synapse: the statistics and list models, the
// MediaAction engine (quarantine by file, user and room; protect; unquarantine; delete),
// steward-cli media list/stats/quarantine/delete and the Media view driven offscreen.
//
// Every case builds its own users and uploads real files through the client API (distinct content,
// so the server's quarantine-by-hash touches nothing else). It shares a CTest RESOURCE_LOCK with the
// purge test, whose server-wide purge would otherwise sweep these files away.
#include "apireply.h"
#include "mainwindow.h"
#include "media/mediaaction.h"
#include "media/mediaapi.h"
#include "media/medialistmodels.h"
#include "media/mediaview.h"
#include "mediatestkit.h"
#include "testserver.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Steward;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// What the admin API says about one file right now.
struct FileState
{
    bool exists = false;
    bool quarantined = false;
    bool isProtected = false;
};
} // namespace

class TestMediaManageIntegration : public QObject
{
    Q_OBJECT

    StewardTest::TestServer m_server;
    QNetworkAccessManager *m_nam = nullptr;
    ApiService *m_api = nullptr;
    MediaTestKit *m_kit = nullptr;
    int m_serial = 0;

    /// A user with `sizes.size()` uploads (distinct content); returns the user ID and fills ids.
    QString userWithFiles(const QString &tag, const QList<int> &sizes, QStringList *ids, QString *token = nullptr)
    {
        const QString unique = tag + QLatin1Char('-') + QString::number(QDateTime::currentMSecsSinceEpoch())
            + QLatin1Char('-') + QString::number(++m_serial);
        const QString userId = m_kit->createUser(QStringLiteral("mm-") + unique);
        const QString t = userId.isEmpty() ? QString() : m_kit->tokenFor(userId);
        if (t.isEmpty()) {
            return {};
        }
        for (int i = 0; i < sizes.size(); ++i) {
            const QString id = m_kit->upload(t, sizes.at(i), QStringLiteral("%1-file-%2.bin").arg(unique).arg(i));
            if (id.isEmpty()) {
                return {};
            }
            ids->append(id);
        }
        if (token) {
            *token = t;
        }
        return userId;
    }

    QString mxc(const QString &mediaId) const
    {
        return QStringLiteral("mxc://%1/%2").arg(m_server.serverName, mediaId);
    }

    FileState state(const QString &mediaId)
    {
        const auto r =
            m_kit->call(ApiRequest::get(u"/_synapse/admin/v1/media/{}/{}", { m_server.serverName, mediaId }));
        const QJsonObject info = r.object.value(QStringLiteral("media_info")).toObject();
        const QJsonValue safe = info.value(QStringLiteral("safe_from_quarantine")); // SQLite: 0/1
        return { r.ok, !info.value(QStringLiteral("quarantined_by")).toString().isEmpty(),
                 safe.isBool() ? safe.toBool() : safe.toInt() != 0 };
    }

    /// A room created by the user, with one m.image message per file.
    QString roomWithFiles(const QString &token, const QStringList &mediaIds)
    {
        ApiService userApi(m_nam);
        userApi.setBaseUrl(m_server.baseUrl);
        userApi.setAccessToken(token);
        MediaTestKit as(m_server, m_nam, &userApi);
        const auto room = as.call(ApiRequest::post(u"/_matrix/client/v3/createRoom", {}, QJsonObject {}));
        const QString roomId = room.object.value(QStringLiteral("room_id")).toString();
        if (roomId.isEmpty()) {
            return {};
        }
        for (const QString &id : mediaIds) {
            const QJsonObject content { { QStringLiteral("msgtype"), QStringLiteral("m.image") },
                                        { QStringLiteral("body"), id },
                                        { QStringLiteral("url"), mxc(id) } };
            const QString txn = QStringLiteral("mm-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_serial);
            if (!as.call(
                       ApiRequest::put(u"/_matrix/client/v3/rooms/{}/send/m.room.message/{}", { roomId, txn }, content))
                     .ok) {
                return {};
            }
        }
        return roomId;
    }

    /// Plans with the engine; the plan is returned for inspection, run it with runAll().
    bool plan(MediaAction &op, const std::function<void()> &start)
    {
        QSignalSpy ready(&op, &Operation::planReady);
        start();
        return !ready.isEmpty() || ready.wait(60000);
    }
    bool runAll(MediaAction &op)
    {
        QSignalSpy done(&op, &Operation::finished);
        op.run();
        return done.wait(60000);
    }

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_ACCESS_TOKEN"), m_server.adminToken);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("STEWARD_CLI"),
                QStringList { QStringLiteral("--homeserver"), m_server.baseUrl.toString(), QStringLiteral("media") }
                    + args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// Every row of a paged model, loaded page by page.
    template<typename Model>
    bool loadAll(Model &model)
    {
        model.reload();
        if (!QTest::qWaitFor([&]() { return model.total() >= 0 && !model.isLoading(); }, 60000)) {
            return false;
        }
        model.fetchRows(0, model.rowCount() - 1);
        return QTest::qWaitFor([&]() { return model.isComplete() && !model.isLoading(); }, 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = StewardTest::TestServer::load();
        QVERIFY2(m_server.isValid(), qPrintable(m_server.error));
        m_nam = new QNetworkAccessManager(this);
        m_api = new ApiService(m_nam, this);
        m_api->setBaseUrl(m_server.baseUrl);
        m_api->setAccessToken(m_server.adminToken);
        m_kit = new MediaTestKit(m_server, m_nam, m_api);
    }
    void cleanupTestCase() { delete m_kit; }

    void userListEqualsServerAcrossPages()
    {
        QStringList ids;
        const QString user = userWithFiles(QStringLiteral("list"), { 100, 200, 300, 400, 500, 600, 700 }, &ids);
        QVERIFY(!user.isEmpty());
        QVERIFY(m_kit->setAvatar(user, ids.at(2)));
        MediaListModel model(m_api, m_server.serverName);
        model.setPageSize(3); // 7 files: three pages
        model.showUser(user);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 7);
        QSet<QString> listed;
        qint64 bytes = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const MediaEntry e = model.entry(row);
            QVERIFY(e.info);
            listed.insert(e.media.mediaId);
            bytes += e.info->length.value_or(0);
            QCOMPARE(e.media.server, m_server.serverName);
        }
        QCOMPARE(listed, m_kit->mediaIdsOf(user));
        QCOMPARE(listed, QSet<QString>(ids.begin(), ids.end()));
        QCOMPARE(bytes, 2800);
    }

    void statsRankingMatchesSumsOfUsersMedia()
    {
        const QString tag = QStringLiteral("rank%1").arg(QDateTime::currentMSecsSinceEpoch());
        QStringList small, big, middle;
        const QString a = userWithFiles(tag, { 100, 150 }, &small);
        const QString b = userWithFiles(tag, { 3000, 2000, 1000 }, &big);
        const QString c = userWithFiles(tag, { 900 }, &middle);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        MediaStatsModel model(m_api);
        model.setPageSize(2); // three users: two pages
        MediaStatsQuery q;
        q.searchTerm = QStringLiteral("mm-") + tag;
        model.setQuery(q);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.stats(0).userId, b);
        QCOMPARE(model.stats(1).userId, c);
        QCOMPARE(model.stats(2).userId, a);
        // Each row is the sum of that user's media list.
        for (int row = 0; row < 3; ++row) {
            const UserMediaStats s = model.stats(row);
            MediaListModel list(m_api, m_server.serverName);
            list.showUser(s.userId);
            QVERIFY(loadAll(list));
            qint64 bytes = 0;
            for (int i = 0; i < list.rowCount(); ++i) {
                bytes += list.entry(i).info->length.value_or(0);
            }
            QCOMPARE(s.mediaCount, qint64(list.rowCount()));
            QCOMPARE(s.mediaLength, bytes);
        }
        QCOMPARE(model.stats(0).mediaLength, 6000);

        // A date range that ends before the uploads counts none of them.
        q.untilTs = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        q.fromTs = q.untilTs - 3600 * 1000;
        model.setQuery(q);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 0);

        // steward-cli media stats: JSON with the fixed keys, biggest first, --top cuts.
        const Run r = cli({ QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!all.isEmpty());
        qint64 previous = std::numeric_limits<qint64>::max();
        bool foundB = false;
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.contains(QStringLiteral("media_count")));
            QVERIFY(o.value(QStringLiteral("media_length")).toInteger() <= previous);
            previous = o.value(QStringLiteral("media_length")).toInteger();
            if (o.value(QStringLiteral("user_id")).toString() == b) {
                foundB = true;
                QCOMPARE(o.value(QStringLiteral("media_count")).toInt(), 3);
                QCOMPARE(o.value(QStringLiteral("media_length")).toInteger(), 6000);
            }
        }
        QVERIFY(foundB);
        const Run top = cli({ QStringLiteral("stats"), QStringLiteral("--top"), QStringLiteral("2") });
        QCOMPARE(top.exitCode, 0);
        QCOMPARE(top.out.trimmed().split(u'\n').size(), 3); // header + 2
        QCOMPARE(cli({ QStringLiteral("stats"), QStringLiteral("--top"), QStringLiteral("zero") }).exitCode, 2);
    }

    void quarantineByUserSparesProtectedAndOthers()
    {
        QStringList mine, other;
        const QString user = userWithFiles(QStringLiteral("qu"), { 1000, 1100, 1200, 1300 }, &mine);
        const QString bystander = userWithFiles(QStringLiteral("qo"), { 1400 }, &other);
        QVERIFY(!user.isEmpty() && !bystander.isEmpty());
        QVERIFY(m_kit->protect(mine.at(3)));

        // Without --yes the CLI only tells what it would do.
        const Run dry = cli({ QStringLiteral("quarantine"), QStringLiteral("--user"), user });
        QCOMPARE(dry.exitCode, 2);
        QVERIFY2(dry.out.contains(QStringLiteral("3 file")), qPrintable(dry.out));
        QVERIFY2(dry.out.contains(QStringLiteral("3300 bytes")), qPrintable(dry.out));
        QVERIFY(!state(mine.at(0)).quarantined);

        MediaAction op(m_api, m_server.serverName);
        QVERIFY(plan(op, [&]() { op.planUser(MediaAction::Action::Quarantine, user); }));
        QCOMPARE(op.tally().planned, 3);
        QCOMPARE(op.count(MediaAction::SkipKind::Protected), 1);
        QCOMPARE(op.plannedBytes(), 3300);
        QVERIFY(runAll(op));
        QCOMPARE(op.tally().done, 3);
        QVERIFY(op.tally().complete());
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(state(mine.at(i)).quarantined, qPrintable(mine.at(i)));
        }
        QVERIFY(!state(mine.at(3)).quarantined); // protected: left alone
        QVERIFY(state(mine.at(3)).isProtected);
        QVERIFY(!state(other.at(0)).quarantined);

        // Unquarantine restores (the CLI, by URI).
        const Run un = cli({ QStringLiteral("unquarantine"), mxc(mine.at(0)), mxc(mine.at(1)), mxc(mine.at(2)) });
        QCOMPARE(un.exitCode, 0);
        QCOMPARE(un.out.count(QStringLiteral("done\t")), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!state(mine.at(i)).quarantined);
        }

        // Unprotect, then protect again through the CLI.
        QCOMPARE(cli({ QStringLiteral("unprotect"), mxc(mine.at(3)) }).exitCode, 0);
        QVERIFY(!state(mine.at(3)).isProtected);
        QCOMPARE(cli({ QStringLiteral("protect"), mxc(mine.at(3)) }).exitCode, 0);
        QVERIFY(state(mine.at(3)).isProtected);
    }

    void quarantineByRoomMarksExactlyTheRoomsFiles()
    {
        QStringList files;
        QString token;
        const QString user = userWithFiles(QStringLiteral("qr"), { 2100, 2200, 2300, 2400 }, &files, &token);
        QVERIFY(!user.isEmpty());
        QVERIFY(m_kit->protect(files.at(2)));
        // Files 0, 1, 2 are sent in the room; file 3 is not.
        const QString roomId = roomWithFiles(token, files.mid(0, 3));
        QVERIFY(!roomId.isEmpty());

        // The room's list: every file the messages point to, details read per row.
        MediaListModel list(m_api, m_server.serverName);
        list.setPageSize(2);
        list.showRoom(roomId);
        QVERIFY(loadAll(list));
        QSet<QString> inRoom;
        for (int row = 0; row < list.rowCount(); ++row) {
            QVERIFY(list.entry(row).info);
            inRoom.insert(list.entry(row).media.mediaId);
        }
        QCOMPARE(inRoom, QSet<QString>({ files.at(0), files.at(1), files.at(2) }));

        const Run listed = cli({ QStringLiteral("list"), QStringLiteral("--room"), roomId, QStringLiteral("--format"),
                                 QStringLiteral("json") });
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            for (const char *key :
                 { "media_id", "mxc", "size", "content_type", "created", "last_access", "quarantined", "protected" }) {
                QVERIFY2(o.contains(QLatin1String(key)), key);
            }
            QVERIFY(o.value(QStringLiteral("created")).toString().endsWith(u'Z'));
        }

        const Run r = cli({ QStringLiteral("quarantine"), QStringLiteral("--room"), roomId, QStringLiteral("--yes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 done")), qPrintable(r.out));
        QVERIFY(state(files.at(0)).quarantined);
        QVERIFY(state(files.at(1)).quarantined);
        QVERIFY(!state(files.at(2)).quarantined); // protected
        QVERIFY(!state(files.at(3)).quarantined); // not in the room
    }

    void deleteRemovesExactlyTheChosenFiles()
    {
        QStringList files;
        const QString user = userWithFiles(QStringLiteral("del"), { 3100, 3200, 3300 }, &files);
        QVERIFY(!user.isEmpty());
        const QStringList chosen { mxc(files.at(0)), mxc(files.at(2)) };

        // Without --yes: what would go (count and size), exit 2, nothing deleted.
        const Run dry = cli(QStringList { QStringLiteral("delete") } + chosen);
        QCOMPARE(dry.exitCode, 2);
        QVERIFY2(dry.out.contains(QStringLiteral("2 file")), qPrintable(dry.out));
        QVERIFY2(dry.out.contains(QStringLiteral("6400 bytes")), qPrintable(dry.out));
        QCOMPARE(m_kit->mediaIdsOf(user).size(), 3);

        // Malformed and remote ones are reported one by one; nothing is done for them.
        MediaAction op(m_api, m_server.serverName);
        QVERIFY(plan(op, [&]() {
            op.planFiles(
                MediaAction::Action::Delete,
                chosen + QStringList { QStringLiteral("mxc:/broken"), QStringLiteral("mxc://elsewhere.example/abc") });
        }));
        QCOMPARE(op.tally().planned, 2);
        QCOMPARE(op.count(MediaAction::SkipKind::Malformed), 1);
        QCOMPARE(op.count(MediaAction::SkipKind::Remote), 1);
        QVERIFY(runAll(op));
        QCOMPARE(op.tally().done, 2);
        for (const MediaAction::Item &item : op.items()) {
            if (chosen.contains(item.input)) {
                QCOMPARE(item.outcome.status, ItemStatus::Done);
            } else {
                QCOMPARE(item.outcome.status, ItemStatus::Skipped);
                QVERIFY(!item.outcome.reason.isEmpty());
            }
        }
        QCOMPARE(m_kit->mediaIdsOf(user), QSet<QString>({ files.at(1) }));
        QVERIFY(!state(files.at(0)).exists);
        QVERIFY(state(files.at(1)).exists);

        // The CLI: malformed URIs alone are a usage error; a remote file gets its own clear error.
        const Run bad = cli({ QStringLiteral("delete"), QStringLiteral("not-an-mxc"), QStringLiteral("--yes") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("not-an-mxc")), qPrintable(bad.err));
        const Run remote = cli({ QStringLiteral("protect"), QStringLiteral("mxc://elsewhere.example/abc") });
        QCOMPARE(remote.exitCode, 1);
        QVERIFY2(remote.err.contains(QStringLiteral("local")), qPrintable(remote.err));

        // Delete everything of a user with the CLI.
        const Run all = cli({ QStringLiteral("delete"), QStringLiteral("--user"), user, QStringLiteral("--yes") });
        QCOMPARE(all.exitCode, 0);
        QVERIFY(m_kit->mediaIdsOf(user).isEmpty());
    }

    void serverSideCallsForAllOfAUser()
    {
        QStringList files;
        QString token;
        const QString user = userWithFiles(QStringLiteral("all"), { 5100, 5200 }, &files, &token);
        QVERIFY(!user.isEmpty());
        const QString roomId = roomWithFiles(token, { files.at(0) });
        QVERIFY(!roomId.isEmpty());
        std::optional<Result<qint64>> inRoom;
        MediaApi::quarantineRoomMedia(m_api, roomId, this, [&](const Result<qint64> &r) { inRoom = r; });
        QTRY_VERIFY_WITH_TIMEOUT(inRoom.has_value(), 30000);
        QVERIFY(inRoom->ok());
        QCOMPARE(inRoom->value(), 1);
        QVERIFY(state(files.at(0)).quarantined && !state(files.at(1)).quarantined);

        std::optional<Result<qint64>> quarantined;
        MediaApi::quarantineUserMedia(m_api, user, this, [&](const Result<qint64> &r) { quarantined = r; });
        QTRY_VERIFY_WITH_TIMEOUT(quarantined.has_value(), 30000);
        QVERIFY(quarantined->ok());
        QCOMPARE(quarantined->value(), 1); // the one not yet quarantined
        QVERIFY(state(files.at(0)).quarantined && state(files.at(1)).quarantined);

        std::optional<Result<MediaDeleteAnswer>> deleted;
        MediaApi::deleteUserMedia(m_api, user, 100, this, [&](const Result<MediaDeleteAnswer> &r) { deleted = r; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 30000);
        QVERIFY(deleted->ok());
        QCOMPARE(QSet<QString>(deleted->value().deletedMediaIds.begin(), deleted->value().deletedMediaIds.end()),
                 QSet<QString>(files.begin(), files.end()));
        QVERIFY(m_kit->mediaIdsOf(user).isEmpty());
    }

    void mediaViewQuarantinesThroughConfirmation()
    {
        QStringList files;
        const QString user = userWithFiles(QStringLiteral("gui"), { 4100, 4200, 4300 }, &files);
        QVERIFY(!user.isEmpty());

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.openConnection(QStringLiteral("test"), m_server.baseUrl, m_server.adminToken);
        auto *view = window.findChild<MediaView *>(QStringLiteral("mediaView"));
        QVERIFY(view);
        window.showPage(QStringLiteral("media"));
        QTRY_VERIFY_WITH_TIMEOUT(view->statsModel()->total() >= 0, 30000);

        // Find the user through the ranking's search and open their files.
        auto *search = view->findChild<QLineEdit *>(QStringLiteral("mediaSearchEdit"));
        QVERIFY(search);
        QTest::keyClicks(search, user.mid(1).section(u':', 0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(view->statsModel()->query().searchTerm == user.mid(1).section(u':', 0, 0)
                                     && view->statsModel()->rowCount() == 1 && !view->statsModel()->isLoading()
                                     && view->statsModel()->stats(0).userId == user,
                                 30000);
        auto *ranking = view->findChild<QTableView *>(QStringLiteral("mediaStatsTable"));
        const QRect cell = ranking->visualRect(view->statsModel()->index(0, 0));
        QTest::mouseClick(ranking->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(ranking->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY_WITH_TIMEOUT(view->listModel()->userId() == user && view->listModel()->rowCount() == 3
                                     && view->listModel()->isRowLoaded(2),
                                 30000);

        // Select two files and quarantine them.
        auto *table = view->findChild<QTableView *>(QStringLiteral("mediaListTable"));
        QSet<QString> selected;
        for (int row = 0; row < 2; ++row) {
            table->selectionModel()->select(view->listModel()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
            selected.insert(view->listModel()->entry(row).media.mediaId);
        }
        auto *quarantine = view->findChild<QPushButton *>(QStringLiteral("mediaQuarantineButton"));
        QVERIFY(quarantine->isEnabled());
        QTest::mouseClick(quarantine, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = view->findChild<QMessageBox *>(QStringLiteral("mediaConfirmBox"))), 30000);
        QVERIFY2(box->text().contains(QStringLiteral("2 files")), qPrintable(box->text()));
        for (const QString &id : files) {
            QVERIFY(!state(id).quarantined); // nothing before the confirmation
        }
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("mediaConfirmButton")), Qt::LeftButton);
        QMessageBox *report = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((report = view->findChild<QMessageBox *>(QStringLiteral("mediaReportBox"))), 30000);
        QVERIFY2(report->text().contains(QStringLiteral("2 done")), qPrintable(report->text()));
        for (const QString &id : files) {
            QCOMPARE(state(id).quarantined, selected.contains(id));
        }
        // The list shows the server's new state.
        QTRY_VERIFY_WITH_TIMEOUT(view->listModel()->isRowLoaded(0)
                                     && view->listModel()->entry(0).info->quarantined
                                         == selected.contains(view->listModel()->entry(0).media.mediaId),
                                 30000);
        // No preview is downloaded unless asked for.
        QVERIFY(!view->findChild<QCheckBox *>(QStringLiteral("mediaPreviewCheck"))->isChecked());
        report->close();
    }
};

QTEST_MAIN(TestMediaManageIntegration)
#include "tst_mediamanage_integration.moc"
