// The Rooms view and the delete dialog driven offscreen against the real Synapse: typing in the
// search, selecting a room, details/members/state/block, the join hand-off, and a deletion that
// cannot be confirmed until the room's name is typed.
#include "guitest.h"
#include "mainwindow.h"
#include "rooms/makeroomadmindialog.h"
#include "rooms/roomdeletedialog.h"
#include "rooms/roomdetailspanel.h"
#include "rooms/roomexport.h"
#include "rooms/roomsview.h"
#include "roomstesthelper.h"
#include "serversession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Steward;
using namespace RoomsTest;

class TestRoomsView : public StewardTest::GuiTest
{
    Q_OBJECT
    QNetworkAccessManager m_nam;

    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        }
    }

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c) {
            qWarning() << "no child" << name;
        }
        return c;
    }

private Q_SLOTS:
    void deleteNeedsTheTypedName()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QString token;
        const QString owner = f.createUser(QStringLiteral("rooms-guidel"), &token);
        QVERIFY(!owner.isEmpty());
        const QString name = unique(QStringLiteral("rooms-tst-guidelete"));
        const QString roomId = f.createRoom(token, { { QStringLiteral("name"), name } });
        QVERIFY(!roomId.isEmpty());

        auto *dialog = new RoomDeleteDialog(&f.admin, roomId, name);
        QPointer<RoomDeleteDialog> guard(dialog);
        dialog->deletion()->setPollIntervalMs(100);
        dialog->show();
        auto *confirm = child<QLineEdit>(dialog, "deleteConfirmEdit");
        auto *button = child<QPushButton>(dialog, "deleteConfirmButton");
        auto *preview = child<QListWidget>(dialog, "deletePreviewList");
        auto *block = child<QCheckBox>(dialog, "deleteBlockCheck");
        auto *report = child<QPlainTextEdit>(dialog, "deleteReportText");
        QVERIFY(confirm && button && preview && block && report);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->deletion()->state(), RoomDeletion::State::Ready, 30000);
        QVERIFY(!button->isEnabled());

        // The preview follows the options.
        auto previewText = [preview]() {
            QStringList lines;
            for (int i = 0; i < preview->count(); ++i) {
                lines << preview->item(i)->text();
            }
            return lines.join(u'\n');
        };
        QVERIFY(previewText().contains(QStringLiteral("not blocked")));
        block->setFocus();
        QTest::keyClick(block, Qt::Key_Space);
        QVERIFY(block->isChecked());
        QVERIFY(previewText().contains(QStringLiteral("nobody on this server can join it again")));

        QTest::keyClicks(confirm, name.left(name.size() - 1));
        QVERIFY(!button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton); // a disabled button does nothing
        QCOMPARE(dialog->deletion()->state(), RoomDeletion::State::Ready);
        QTest::keyClicks(confirm, QStringLiteral("X"));
        QVERIFY(!button->isEnabled());
        confirm->clear();
        QTest::keyClicks(confirm, roomId.toUpper());
        QVERIFY(!button->isEnabled());
        QCOMPARE(f.get(u"/_synapse/admin/v1/rooms/{}", { roomId }).status, 200);
        screenshot(dialog, QStringLiteral("rooms-delete-dialog"));

        confirm->clear();
        QTest::keyClicks(confirm, name);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->deletion()->state(), RoomDeletion::State::Complete, 120000);
        QVERIFY(report->isVisible());
        QVERIFY2(report->toPlainText().contains(owner), qPrintable(report->toPlainText()));
        QVERIFY(!button->isVisible());
        screenshot(dialog, QStringLiteral("rooms-delete-done"));
        QCOMPARE(f.get(u"/_synapse/admin/v1/rooms/{}", { roomId }).status, 404);
        QCOMPARE(f.get(u"/_synapse/admin/v1/rooms/{}/block", { roomId }).body.value(QStringLiteral("block")).toBool(),
                 true);
        dialog->close();
        QTRY_VERIFY(guard.isNull()); // deletes itself on close
    }

    void stopBeforeTheDeleteLeavesDeletesNothing()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QString token;
        QVERIFY(!f.createUser(QStringLiteral("rooms-guistop"), &token).isEmpty());
        const QString name = unique(QStringLiteral("rooms-tst-guistop"));
        const QString roomId = f.createRoom(token, { { QStringLiteral("name"), name } });
        QVERIFY(!roomId.isEmpty());

        auto *dialog = new RoomDeleteDialog(&f.admin, roomId, name);
        QPointer<RoomDeleteDialog> guard(dialog);
        dialog->show();
        auto *confirm = child<QLineEdit>(dialog, "deleteConfirmEdit");
        auto *button = child<QPushButton>(dialog, "deleteConfirmButton");
        auto *stop = child<QPushButton>(dialog, "deleteStopButton");
        auto *stateLabel = child<QLabel>(dialog, "deleteStateLabel");
        auto *report = child<QPlainTextEdit>(dialog, "deleteReportText");
        QVERIFY(confirm && button && stop && stateLabel && report);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->deletion()->state(), RoomDeletion::State::Ready, 30000);
        QVERIFY(!stop->isVisible());
        QTest::keyClicks(confirm, name);
        // Delete, then Stop before the event loop runs again: the DELETE is queued, not on the wire.
        button->click();
        QCOMPARE(dialog->deletion()->state(), RoomDeletion::State::Starting);
        QVERIFY(stop->isVisible() && stop->isEnabled());
        stop->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->deletion()->state(), RoomDeletion::State::Stopped, 30000);
        QVERIFY2(stateLabel->text().contains(QStringLiteral("nothing was deleted")), qPrintable(stateLabel->text()));
        QVERIFY(report->isVisible());
        QVERIFY(!stop->isVisible());
        QTest::qWait(200); // nothing is sent later either
        QCOMPARE(f.get(u"/_synapse/admin/v1/rooms/{}", { roomId }).status, 200);
        QCOMPARE(f.get(u"/_synapse/admin/v2/rooms/{}/delete_status", { roomId }).status, 404);
        dialog->close();
        QTRY_VERIFY(guard.isNull());
    }

    void deletedRoomLeavesTheList()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QString token;
        QVERIFY(!f.createUser(QStringLiteral("rooms-guigone"), &token).isEmpty());
        const QString name = unique(QStringLiteral("rooms-tst-guigone"));
        const QString roomId = f.createRoom(token, { { QStringLiteral("name"), name } });
        QVERIFY(!roomId.isEmpty());

        ServerSession session(&m_nam);
        RoomsView view(&session, [](const QStringList &) {});
        view.resize(1300, 800);
        view.show();
        session.open(server.baseUrl, server.adminToken);
        auto *table = child<QTableView>(&view, "roomsTable");
        auto *search = child<QLineEdit>(&view, "roomsSearchEdit");
        QTRY_VERIFY_WITH_TIMEOUT(table->model(), 30000);
        QTest::keyClicks(search, name);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 30000);
        table->selectRow(0);
        RoomDetailsPanel *panel = view.detailsPanel();
        auto *del = child<QPushButton>(panel, "roomDeleteButton");
        QTRY_VERIFY_WITH_TIMEOUT(del->isEnabled(), 30000);
        QTest::mouseClick(del, Qt::LeftButton);
        RoomDeleteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel->findChild<RoomDeleteDialog *>()) && dialog->isVisible());
        dialog->deletion()->setPollIntervalMs(100);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->deletion()->state(), RoomDeletion::State::Ready, 30000);
        QTest::keyClicks(child<QLineEdit>(dialog, "deleteConfirmEdit"), name);
        QTest::mouseClick(child<QPushButton>(dialog, "deleteConfirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->deletion()->state(), RoomDeletion::State::Complete, 120000);
        // Without F5: the list is read again and the room is gone from it; the outcome says so.
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 30000);
        QCOMPARE(view.outcomeText(), QStringLiteral("%1 was deleted.").arg(roomId));
        QCOMPARE(f.get(u"/_synapse/admin/v1/rooms/{}", { roomId }).status, 404);
    }

    void exportRunsInTheBackgroundAndCanBeCancelled()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QString token;
        QVERIFY(!f.createUser(QStringLiteral("rooms-guiexp"), &token).isEmpty());
        const QString name = unique(QStringLiteral("rooms-tst-guiexport"));
        const QString roomId =
            f.createRoom(token, { { QStringLiteral("name"), QString(name + QStringLiteral(" one")) } });
        const QString roomId2 =
            f.createRoom(token, { { QStringLiteral("name"), QString(name + QStringLiteral(" two")) } });
        QVERIFY(!roomId.isEmpty() && !roomId2.isEmpty());

        ServerSession session(&m_nam);
        RoomsView view(&session, [](const QStringList &) {});
        view.resize(1300, 800);
        view.show();
        session.open(server.baseUrl, server.adminToken);
        auto *table = child<QTableView>(&view, "roomsTable");
        auto *search = child<QLineEdit>(&view, "roomsSearchEdit");
        auto *button = child<QPushButton>(&view, "exportRoomsButton");
        auto *strip = child<QWidget>(&view, "roomsExportProgress");
        auto *cancel = child<QPushButton>(&view, "roomsExportProgressCancelButton");
        QVERIFY(table && search && button && strip && cancel);
        QTRY_VERIFY_WITH_TIMEOUT(table->model(), 30000);
        QVERIFY(!strip->isVisible());

        // The button asks for a file (a non-modal dialog opened with open()).
        QTest::mouseClick(button, Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view.findChild<QFileDialog *>(QStringLiteral("exportRoomsFileDialog")))
                    && dialog->isVisible());
        QVERIFY(!dialog->isModal() || dialog->windowModality() != Qt::ApplicationModal);
        dialog->reject();

        // The export takes the view's search: JSON by the file's suffix.
        QTest::keyClicks(search, name);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 30000);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rooms.json"));
        view.exportTo(path);
        QVERIFY(strip->isVisible()); // non-modal: the view stays usable meanwhile
        QVERIFY(!button->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!strip->isVisible(), 60000);
        QVERIFY(button->isEnabled());
        QCOMPARE(view.outcomeText(), QStringLiteral("Exported 2 rooms to %1.").arg(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray rooms = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(rooms.size(), 2); // sorted by name
        QCOMPARE(rooms.at(0).toObject().value(QStringLiteral("room_id")).toString(), roomId);
        QCOMPARE(rooms.at(1).toObject().value(QStringLiteral("room_id")).toString(), roomId2);
        file.close();

        // Cancel from the strip while the page is on its way: nothing is written.
        const QString cancelled = dir.filePath(QStringLiteral("cancelled.csv"));
        view.exportTo(cancelled);
        QVERIFY(strip->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!strip->isVisible());
        QCOMPARE(view.outcomeText(), QStringLiteral("Export cancelled after 0 rooms; no file was written."));
        QVERIFY(!QFile::exists(cancelled));
        QVERIFY(button->isEnabled());
    }

    void viewSearchSelectDetailsAndBlock()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QString token;
        QVERIFY(!f.createUser(QStringLiteral("rooms-guiblock"), &token).isEmpty());
        const QString name = unique(QStringLiteral("rooms-tst-guiblock"));
        const QString roomId = f.createRoom(
            token,
            { { QStringLiteral("name"), name }, { QStringLiteral("topic"), QStringLiteral("A topic to show") } });
        QVERIFY(!roomId.isEmpty());

        ServerSession session(&m_nam);
        QStringList handedOver;
        RoomsView view(&session, [&](const QStringList &ids) { handedOver = ids; });
        view.resize(1300, 800);
        view.show();
        session.open(server.baseUrl, server.adminToken);
        auto *table = child<QTableView>(&view, "roomsTable");
        auto *search = child<QLineEdit>(&view, "roomsSearchEdit");
        auto *status = child<QLabel>(&view, "roomsStatusLabel");
        QVERIFY(table && search && status);
        QTRY_VERIFY_WITH_TIMEOUT(table->model() && table->model()->rowCount() > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("loaded of")), 30000);

        // Ctrl+F puts the cursor in the search box.
        table->setFocus();
        QTest::keyClick(&view, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());

        QTest::keyClicks(search, QStringLiteral("seed-public"));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->searchTerm(), QStringLiteral("seed-public"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 30000);
        QTRY_COMPARE(status->text(), QStringLiteral("1 loaded of 1"));
        table->selectRow(0);
        RoomDetailsPanel *panel = view.detailsPanel();
        auto *fields = child<QTreeWidget>(panel, "roomFieldsTree");
        auto *members = child<QTreeWidget>(panel, "roomMembersTree");
        auto *state = child<QTreeWidget>(panel, "roomStateTree");
        auto *topic = child<QLabel>(panel, "roomTopicLabel");
        QTRY_COMPARE_WITH_TIMEOUT(topic->text(), QStringLiteral("Public seed room"), 30000);
        QTRY_VERIFY(fields->topLevelItemCount() >= 15);
        QVERIFY(!fields->findItems(QStringLiteral("Devices of members on this server"), Qt::MatchExactly).isEmpty());
        const QString publicAlias =
            server.seed.value(QStringLiteral("room_kinds")).toObject().value(QStringLiteral("public")).toString();
        const QString publicId = server.seed.value(QStringLiteral("rooms")).toObject().value(publicAlias).toString();
        auto joinedInPanel = [panel]() {
            const auto list = panel->members();
            return int(std::count_if(list.begin(), list.end(),
                                     [](const RoomMemberInfo &m) { return m.membership == u"join"; }));
        };
        QTRY_COMPARE_WITH_TIMEOUT(joinedInPanel(), int(f.joinedMembers(publicId).size()), 30000);
        QCOMPARE(members->topLevelItemCount(), int(panel->members().size()));
        QTRY_VERIFY(!state->findItems(QStringLiteral("m.room.create"), Qt::MatchExactly).isEmpty());
        // A state event shows as pretty JSON.
        QTreeWidgetItem *create = state->findItems(QStringLiteral("m.room.create"), Qt::MatchExactly).first();
        state->setCurrentItem(create->child(0));
        QVERIFY(child<QPlainTextEdit>(panel, "roomStateJson")
                    ->toPlainText()
                    .contains(QStringLiteral("\"type\": \"m.room.create\"")));
        screenshot(&view, QStringLiteral("rooms-view"));

        // Hand-off to the bulk join wizard.
        QTest::mouseClick(child<QPushButton>(panel, "roomJoinUsersButton"), Qt::LeftButton);
        QCOMPARE(handedOver, QStringList { publicId });
        handedOver.clear();
        QTest::mouseClick(child<QPushButton>(&view, "roomsJoinUsersButton"), Qt::LeftButton);
        QCOMPARE(handedOver, QStringList { publicId });

        // Block and unblock our own room through the panel; the server agrees each time.
        search->clear();
        QTest::keyClicks(search, roomId);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 30000);
        QCOMPARE(table->model()->index(0, RoomColumns::RoomId).data().toString(), roomId);
        table->selectRow(0);
        auto *blockLabel = child<QLabel>(panel, "roomBlockLabel");
        auto *blockButton = child<QPushButton>(panel, "roomBlockButton");
        QTRY_COMPARE_WITH_TIMEOUT(blockLabel->text(), QStringLiteral("Not blocked."), 30000);
        QTRY_VERIFY(blockButton->isEnabled());
        // The details (with the name the question shows) arrive apart from the block status.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(panel, "roomTitleLabel")->text().contains(name), 30000);
        // Block asks first; cancelled, nothing changes on the server.
        QTest::mouseClick(blockButton, Qt::LeftButton);
        QDialog *ask = nullptr;
        QTRY_VERIFY((ask = panel->findChild<QDialog *>(QStringLiteral("blockRoomConfirmDialog"))) && ask->isVisible());
        QVERIFY(ask->findChild<QLabel *>(QStringLiteral("confirmText"))->text().contains(name));
        screenshot(ask, QStringLiteral("rooms-block-confirm"));
        QTest::mouseClick(ask->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_COMPARE(view.outcomeText(), QStringLiteral("Cancelled: nothing was changed."));
        QCOMPARE(f.get(u"/_synapse/admin/v1/rooms/{}/block", { roomId }).body.value(QStringLiteral("block")).toBool(),
                 false);
        QCOMPARE(blockLabel->text(), QStringLiteral("Not blocked."));
        QTest::mouseClick(blockButton, Qt::LeftButton);
        QTRY_VERIFY((ask = panel->findChild<QDialog *>(QStringLiteral("blockRoomConfirmDialog"))) && ask->isVisible());
        QTest::mouseClick(ask->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(blockLabel->text().startsWith(QStringLiteral("Blocked by %1").arg(server.adminUserId)),
                                 30000);
        QCOMPARE(view.outcomeText(), QStringLiteral("%1 is blocked.").arg(roomId));
        QCOMPARE(f.get(u"/_synapse/admin/v1/rooms/{}/block", { roomId }).body.value(QStringLiteral("block")).toBool(),
                 true);
        QTRY_VERIFY(blockButton->isEnabled());
        QTest::mouseClick(blockButton, Qt::LeftButton);
        QTRY_VERIFY((ask = panel->findChild<QDialog *>(QStringLiteral("unblockRoomConfirmDialog")))
                    && ask->isVisible());
        QTest::mouseClick(ask->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(blockLabel->text(), QStringLiteral("Not blocked."), 30000);
        QCOMPARE(f.get(u"/_synapse/admin/v1/rooms/{}/block", { roomId }).body.value(QStringLiteral("block")).toBool(),
                 false);
        QVERIFY(child<QPushButton>(panel, "roomDeleteButton")->isEnabled());
    }

    void makeRoomAdminDefaultsToYouAndExplainsRefusals()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QString token;
        QVERIFY(!f.createUser(QStringLiteral("rooms-guiadmin"), &token).isEmpty());
        const QString roomId = f.createRoom(token,
                                            { { QStringLiteral("name"), unique(QStringLiteral("rooms-tst-guiadmin")) },
                                              { QStringLiteral("preset"), QStringLiteral("private_chat") } });
        QVERIFY(!roomId.isEmpty());

        auto *dialog = new MakeRoomAdminDialog(&f.admin, roomId, server.adminUserId, {});
        QSignalSpy succeeded(dialog, &MakeRoomAdminDialog::succeeded);
        dialog->show();
        auto *combo = child<QComboBox>(dialog, "makeAdminUserCombo");
        auto *ok = child<QPushButton>(dialog, "makeAdminButton");
        QVERIFY(combo && ok);
        QCOMPARE(combo->currentText(), server.adminUserId);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(succeeded.wait(30000));
        QCOMPARE(succeeded.first().first().toString(), server.adminUserId);
        QCOMPARE(f.powerLevel(roomId, server.adminUserId), 100);

        // A room nobody local is in any more: the server refuses and the dialog says why, staying open.
        const QString abandoned =
            f.createRoom(token, { { QStringLiteral("name"), unique(QStringLiteral("rooms-tst-guileft")) } });
        QCOMPARE(f.asUser(token, ApiRequest::post(u"/_matrix/client/v3/rooms/{}/leave", { abandoned }, {})).status,
                 200);
        auto *refused = new MakeRoomAdminDialog(&f.admin, abandoned, server.adminUserId, {});
        QPointer<MakeRoomAdminDialog> guard(refused);
        refused->show();
        auto *result = child<QLabel>(refused, "makeAdminResultLabel");
        QTest::mouseClick(child<QPushButton>(refused, "makeAdminButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("The server refused")), 30000);
        QVERIFY2(result->text().contains(QStringLiteral("no longer takes part")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("local user in the room has enough power")));
        QVERIFY(refused->isVisible());
        refused->close();
        QTRY_VERIFY(guard.isNull());
    }

    void mainWindowHandsSelectedRoomsToBulkJoin()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        MainWindow window;
        window.show();
        auto *view = qobject_cast<RoomsView *>(window.page(QStringLiteral("rooms")));
        QVERIFY(view);
        QSignalSpy spy(&window, &MainWindow::bulkJoinRequested);
        window.openConnection(QStringLiteral("Test server"), server.baseUrl, server.adminToken);
        window.showPage(QStringLiteral("rooms"));
        auto *table = child<QTableView>(view, "roomsTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model() && table->model()->rowCount() >= 2, 30000);
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        const QStringList selected = view->selectedRoomIds();
        QCOMPARE(selected.size(), 2);
        QTest::mouseClick(child<QPushButton>(view, "roomsJoinUsersButton"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toStringList(), QStringList {});
        QCOMPARE(spy.first().at(1).toStringList(), selected);
    }
};

QTEST_MAIN(TestRoomsView)
#include "tst_roomsview.moc"
