// Readable details and the shared table behaviour, driven offscreen by objectName against the real
// Synapse: plain labels, rooms by name with pluralised member counts that open in the Rooms view,
// logging out one device (and cancelling), a space's children, the column chooser, empty states.
#include "guitest.h"
#include "headerstate.h"
#include "mainwindow.h"
#include "rooms/roomdetailspanel.h"
#include "rooms/roomsview.h"
#include "roomstesthelper.h"
#include "serversession.h"
#include "tableviewsetup.h"
#include "users/userdetailspanel.h"
#include "users/userinfoview.h"
#include "users/userlistmodel.h"
#include "users/usersview.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Steward;
using namespace RoomsTest;

namespace {

const QJsonObject noBody;

QString fieldsText(QTreeWidget *tree, int column)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        out << tree->topLevelItem(i)->text(column);
    }
    return out.join(u'\n');
}

QTreeWidgetItem *findRow(QTreeWidget *tree, int column, const QString &text)
{
    const auto items = tree->findItems(text, Qt::MatchExactly, column);
    return items.isEmpty() ? nullptr : items.first();
}

/// snake_case words (a raw API key) anywhere in a text.
const QRegularExpression snakeCase(QStringLiteral("\\b[a-z]+_[a-z_]+\\b"));

QStringList serverDevices(Fixture &f, const QString &userId)
{
    QStringList ids;
    const Raw r = f.get(u"/_synapse/admin/v2/users/{}/devices", { userId });
    for (const QJsonValue &v : r.body.value(QStringLiteral("devices")).toArray()) {
        ids << v.toObject().value(QStringLiteral("device_id")).toString();
    }
    ids.sort();
    return ids;
}

/// With STEWARD_SCREENSHOT_DIR set, keep a picture of the window at its size and at 900x600.
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    const QSize size = w->size();
    QTest::qWait(300);
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    w->resize(900, 600);
    QTest::qWait(300);
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral("-900x600.png"));
    w->resize(size);
    QTest::qWait(300);
}

} // namespace

class TestReadableDetails : public StewardTest::GuiTest
{
    Q_OBJECT
    QTemporaryDir m_settings;

    /// Selects a user in the Users view by searching for its exact ID's localpart.
    static bool selectUser(UsersView *view, const QString &userId)
    {
        const QString localpart = userId.mid(1).section(u':', 0, 0);
        auto *search = view->findChild<QLineEdit *>(QStringLiteral("userSearchEdit"));
        search->setText(localpart);
        if (!QTest::qWaitFor(
                [&]() {
                    return view->model()->query().search == localpart && view->model()->atEnd()
                        && view->model()->rowOf(userId) >= 0;
                },
                30000)) {
            return false;
        }
        view->findChild<QTableView *>(QStringLiteral("usersTable"))->selectRow(view->model()->rowOf(userId));
        return QTest::qWaitFor(
            [&]() { return view->detailsPanel()->isLoaded() && view->detailsPanel()->userId() == userId; }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void userDetailsInPlainWordsRoomsOpenAndDeviceLogout()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        // A user with two real devices (password logins; an admin "login as" token has no device).
        const QString userId = QStringLiteral("@%1:%2").arg(unique(QStringLiteral("readable")), server.serverName);
        const QString password = unique(QStringLiteral("pw"));
        QCOMPARE(rawCall(f.admin,
                         ApiRequest::put(u"/_synapse/admin/v2/users/{}", { userId },
                                         { { QStringLiteral("password"), password } }))
                     .status,
                 200);
        auto login = [&]() {
            QNetworkAccessManager nam;
            ApiService anon(&nam);
            anon.setBaseUrl(server.baseUrl);
            const QJsonObject body { { QStringLiteral("type"), QStringLiteral("m.login.password") },
                                     { QStringLiteral("identifier"),
                                       QJsonObject { { QStringLiteral("type"), QStringLiteral("m.id.user") },
                                                     { QStringLiteral("user"), userId } } },
                                     { QStringLiteral("password"), password } };
            const Raw r =
                rawCall(anon, ApiRequest::post(u"/_matrix/client/v3/login", {}, body).setAuthenticated(false));
            return qMakePair(r.body.value(QStringLiteral("access_token")).toString(),
                             r.body.value(QStringLiteral("device_id")).toString());
        };
        const auto [token, firstDevice] = login();
        const auto [secondToken, secondDevice] = login();
        QVERIFY(!token.isEmpty() && !secondToken.isEmpty());
        QVERIFY(!secondDevice.isEmpty() && !firstDevice.isEmpty());
        QString otherToken;
        QVERIFY(!f.createUser(QStringLiteral("readable-other"), &otherToken).isEmpty());
        QCOMPARE(f.asUser(token,
                          ApiRequest::put(u"/_matrix/client/v3/devices/{}", { firstDevice },
                                          { { QStringLiteral("display_name"), QStringLiteral("Alice's laptop") } }))
                     .status,
                 200);
        QCOMPARE(serverDevices(f, userId).size(), 2);

        // Two rooms: one with only the user (1 member), one that another user joins too (2 members).
        const QString soloName = unique(QStringLiteral("Readable solo"));
        const QString soloId = f.createRoom(token, { { QStringLiteral("name"), soloName } });
        const QString pairName = unique(QStringLiteral("Readable pair"));
        const QString pairId = f.createRoom(
            token,
            { { QStringLiteral("name"), pairName }, { QStringLiteral("preset"), QStringLiteral("public_chat") } });
        QVERIFY(!soloId.isEmpty() && !pairId.isEmpty());
        QCOMPARE(f.asUser(otherToken, ApiRequest::post(u"/_matrix/client/v3/join/{}", { pairId }, {})).status, 200);

        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.openConnection(QStringLiteral("Test server"), server.baseUrl, server.adminToken);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ServerSession::State::Connected, 30000);
        auto *users = qobject_cast<UsersView *>(window.page(QStringLiteral("users")));
        QVERIFY(users);
        window.showPage(QStringLiteral("users"));
        QVERIFY(selectUser(users, userId));
        UserDetailsPanel *panel = users->detailsPanel();

        // Overview: labelled fields in plain words; no raw key anywhere.
        auto *overview = panel->findChild<QTextBrowser *>(QStringLiteral("userDetailsText"));
        QTRY_VERIFY_WITH_TIMEOUT(overview->toPlainText().contains(QStringLiteral("Uploaded media")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(overview->toPlainText().contains(QStringLiteral("No files uploaded")), 30000);
        const QString text = overview->toPlainText();
        for (const QString &label :
             { QStringLiteral("User ID"), QStringLiteral("Display name"), QStringLiteral("Server administrator"),
               QStringLiteral("Created"), QStringLiteral("Last seen"), QStringLiteral("Shadow-banned") }) {
            QVERIFY2(text.contains(label), qPrintable(label + QStringLiteral(" missing in:\n") + text));
        }
        QVERIFY2(!snakeCase.match(text).hasMatch(), qPrintable(snakeCase.match(text).captured(0) + u'\n' + text));
        // The creation date in the locale's format.
        const Raw raw = f.get(u"/_synapse/admin/v2/users/{}", { userId });
        const QDateTime created =
            QDateTime::fromSecsSinceEpoch(qint64(raw.body.value(QStringLiteral("creation_ts")).toDouble()), Qt::UTC);
        QVERIFY2(text.contains(QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)), qPrintable(text));

        // Rooms by name, with pluralised member counts.
        auto *rooms = panel->findChild<QTreeWidget *>(QStringLiteral("userRoomsTree"));
        QTRY_COMPARE_WITH_TIMEOUT(rooms->topLevelItemCount(), 2, 30000);
        QTreeWidgetItem *solo = findRow(rooms, 0, soloName);
        QTreeWidgetItem *pair = findRow(rooms, 0, pairName);
        QVERIFY(solo && pair);
        QCOMPARE(solo->text(2), QStringLiteral("1 member"));
        QCOMPARE(pair->text(2), QStringLiteral("2 members"));
        QCOMPARE(solo->text(3), QStringLiteral("Joined"));

        screenshot(&window, QStringLiteral("user-details"));

        // Devices: names, and logging out exactly one (cancel first: nothing changes).
        auto *devices = panel->findChild<QTreeWidget *>(QStringLiteral("userDevicesTree"));
        QTRY_COMPARE_WITH_TIMEOUT(devices->topLevelItemCount(), 2, 30000);
        QTreeWidgetItem *laptop = findRow(devices, 1, firstDevice);
        QVERIFY(laptop);
        QCOMPARE(laptop->text(0), QStringLiteral("Alice's laptop"));
        auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("userDetailsTabs"));
        tabs->setCurrentWidget(devices->parentWidget());
        devices->setCurrentItem(laptop);
        auto *logoutOne = panel->findChild<QPushButton *>(QStringLiteral("logoutDeviceButton"));
        QVERIFY(logoutOne->isEnabled());
        QTest::mouseClick(logoutOne, Qt::LeftButton);
        QMessageBox *box = StewardTest::waitForDialog<QMessageBox>(panel, "logoutDevicesDialog");
        QVERIFY(box);
        QVERIFY2(box->text().contains(firstDevice), qPrintable(box->text()));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_VERIFY(panel->findChild<QMessageBox *>(QStringLiteral("logoutDevicesDialog")) == nullptr);
        QStringList both { firstDevice, secondDevice };
        both.sort();
        QCOMPARE(serverDevices(f, userId), both); // cancelled: nothing changed
        devices->setCurrentItem(findRow(devices, 1, firstDevice));
        QTest::mouseClick(logoutOne, Qt::LeftButton);
        box = StewardTest::waitForDialog<QMessageBox>(panel, "logoutDevicesDialog");
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(serverDevices(f, userId), QStringList { secondDevice }, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(devices->topLevelItemCount(), 1, 30000);
        QCOMPARE(devices->topLevelItem(0)->text(1), secondDevice);
        QTRY_VERIFY(panel->findChild<QLabel *>(QStringLiteral("deviceResultLabel"))
                        ->text()
                        .contains(QStringLiteral("1 device logged out")));
        // The logged-out token no longer works; the other one does.
        QCOMPARE(f.asUser(token, ApiRequest::get(u"/_matrix/client/v3/account/whoami")).status, 401);
        QCOMPARE(f.asUser(secondToken, ApiRequest::get(u"/_matrix/client/v3/account/whoami")).status, 200);

        screenshot(&window, QStringLiteral("user-details-devices"));

        // Activating a room opens it in the Rooms view.
        tabs->setCurrentWidget(rooms);
        QSignalSpy activated(panel, &UserDetailsPanel::roomActivated);
        rooms->setFocus();
        rooms->setCurrentItem(findRow(rooms, 0, pairName));
        QTest::keyClick(rooms, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), pairId);
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        QCOMPARE(stack->currentWidget(), window.page(QStringLiteral("rooms")));
        auto *roomsView = qobject_cast<RoomsView *>(window.page(QStringLiteral("rooms")));
        QTRY_COMPARE_WITH_TIMEOUT(roomsView->selectedRoomIds(), QStringList { pairId }, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(roomsView->detailsPanel()->roomName(), pairName, 30000);
        screenshot(&window, QStringLiteral("room-details"));
    }

    void roomDetailsAndSpaceChildren()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QString token;
        const QString owner = f.createUser(QStringLiteral("readable-space"), &token);
        QVERIFY(!owner.isEmpty());
        QCOMPARE(f.asUser(token,
                          ApiRequest::put(u"/_matrix/client/v3/profile/{}/displayname", { owner },
                                          { { QStringLiteral("displayname"), QStringLiteral("Space Owner") } }))
                     .status,
                 200);
        const QString childName = unique(QStringLiteral("Readable child"));
        const QString childId = f.createRoom(token, { { QStringLiteral("name"), childName } });
        const QString spaceName = unique(QStringLiteral("Readable space"));
        const QString spaceId =
            f.createRoom(token,
                         { { QStringLiteral("name"), spaceName },
                           { QStringLiteral("creation_content"),
                             QJsonObject { { QStringLiteral("type"), QStringLiteral("m.space") } } } });
        QVERIFY(!childId.isEmpty() && !spaceId.isEmpty());
        QCOMPARE(f.asUser(token,
                          ApiRequest::put(u"/_matrix/client/v3/rooms/{}/state/m.space.child/{}", { spaceId, childId },
                                          { { QStringLiteral("via"), QJsonArray { server.serverName } } }))
                     .status,
                 200);

        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(server.baseUrl);
        api.setAccessToken(server.adminToken);
        RoomDetailsPanel panel(&api);
        panel.resize(900, 700);
        panel.show();
        panel.showRoom(spaceId);
        auto *tabs = panel.findChild<QTabWidget *>(QStringLiteral("roomDetailsTabs"));
        auto *children = panel.findChild<QTreeWidget *>(QStringLiteral("roomSpaceChildrenTree"));
        QVERIFY(tabs && children);
        QTRY_COMPARE_WITH_TIMEOUT(children->topLevelItemCount(), 1, 30000);
        QVERIFY(tabs->isTabVisible(tabs->indexOf(children->parentWidget())));
        QCOMPARE(tabs->tabText(tabs->indexOf(children->parentWidget())), QStringLiteral("Space: 1 room"));
        QCOMPARE(children->topLevelItem(0)->text(0), childName);
        QCOMPARE(children->topLevelItem(0)->text(2), QStringLiteral("1 member"));
        QCOMPARE(children->topLevelItem(0)->text(3), childId);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("roomTitleLabel"))->text().contains(QStringLiteral("space")));

        // Fields in plain words, the kind, and the counts pluralised.
        auto *fields = panel.findChild<QTreeWidget *>(QStringLiteral("roomFieldsTree"));
        QTRY_VERIFY_WITH_TIMEOUT(findRow(fields, 0, QStringLiteral("Kind")) != nullptr, 30000);
        QCOMPARE(findRow(fields, 0, QStringLiteral("Kind"))->text(1), QStringLiteral("Space (a group of rooms)"));
        QCOMPARE(findRow(fields, 0, QStringLiteral("Members"))->text(1), QStringLiteral("1 member"));
        QCOMPARE(findRow(fields, 0, QStringLiteral("Creator"))->text(1), owner);
        QVERIFY(findRow(fields, 0, QStringLiteral("Who can join")));
        QVERIFY(findRow(fields, 0, QStringLiteral("Encryption")));
        QVERIFY(findRow(fields, 0, QStringLiteral("Federation")));
        QVERIFY(findRow(fields, 0, QStringLiteral("Room version")));
        const QString labels = fieldsText(fields, 0);
        QVERIFY2(!snakeCase.match(labels).hasMatch(), qPrintable(labels));

        // Members with display names and power levels.
        auto *members = panel.findChild<QTreeWidget *>(QStringLiteral("roomMembersTree"));
        QTRY_COMPARE_WITH_TIMEOUT(members->topLevelItemCount(), 1, 30000);
        QCOMPARE(members->topLevelItem(0)->text(0), QStringLiteral("Space Owner"));
        QCOMPARE(members->topLevelItem(0)->text(1), owner);
        // Room version 12 (Synapse's default) puts the creator above every power level.
        const QString version = f.get(u"/_synapse/admin/v1/rooms/{}", { spaceId }).body.value(u"version").toString();
        QCOMPARE(members->topLevelItem(0)->text(2),
                 version.toInt() >= 12 ? QStringLiteral("Creator (above every power level)")
                                       : QStringLiteral("Admin (100)"));
        QVERIFY(panel.members().first().creator == (version.toInt() >= 12));

        // A child is opened by activating it.
        QSignalSpy activated(&panel, &RoomDetailsPanel::roomActivated);
        tabs->setCurrentWidget(children->parentWidget());
        children->setCurrentItem(children->topLevelItem(0));
        QTest::keyClick(children, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), childId);
        screenshot(&panel, QStringLiteral("room-details-space"));

        // An ordinary room has no space tab.
        panel.showRoom(childId);
        QTRY_VERIFY_WITH_TIMEOUT(findRow(fields, 0, QStringLiteral("Kind")) != nullptr
                                     && findRow(fields, 0, QStringLiteral("Kind"))->text(1) == QStringLiteral("Room"),
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(members->topLevelItemCount() == 1, 30000);
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(children->parentWidget())));
    }

    void columnChooserFrozenColumnAndEmptyStates()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        Fixture f(server);
        QNetworkAccessManager nam;
        const QString key = unique(QStringLiteral("chooser"));
        auto hiddenAfterRestart = [&]() {
            UsersView view(&f.admin);
            auto *table = view.findChild<QTableView *>(QStringLiteral("usersTable"));
            rememberHeaderState(table->horizontalHeader(), key);
            return table->isColumnHidden(UserListModel::DisplayNameColumn);
        };
        {
            UsersView view(&f.admin);
            view.resize(700, 500);
            view.show();
            view.reload();
            auto *table = view.findChild<QTableView *>(QStringLiteral("usersTable"));
            rememberHeaderState(table->horizontalHeader(), key);
            QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > 0, 30000);
            QHeaderView *header = table->horizontalHeader();
            auto openChooser = [&]() -> QMenu * {
                Q_EMIT header->customContextMenuRequested(QPoint(5, 5));
                QMenu *menu = nullptr;
                (void)QTest::qWaitFor(
                    [&]() {
                        for (QMenu *m : header->findChildren<QMenu *>(QStringLiteral("columnChooserMenu"))) {
                            if (m->isVisible()) {
                                menu = m;
                            }
                        }
                        return menu != nullptr;
                    },
                    5000);
                return menu;
            };
            QMenu *menu = openChooser();
            QVERIFY(menu);
            auto *idAction =
                menu->findChild<QAction *>(QStringLiteral("columnChooserAction%1").arg(UserListModel::UserIdColumn));
            auto *nameAction = menu->findChild<QAction *>(
                QStringLiteral("columnChooserAction%1").arg(UserListModel::DisplayNameColumn));
            QVERIFY(idAction && nameAction);
            QVERIFY(!idAction->isEnabled()); // the ID column cannot be hidden
            QVERIFY(nameAction->isChecked());
            nameAction->trigger();
            menu->close();
            QVERIFY(table->isColumnHidden(UserListModel::DisplayNameColumn));
            QVERIFY(hiddenAfterRestart()); // remembered

            // The ID column stays in view when scrolling sideways: the frozen overlay shows it.
            QTableView *frozen = TableViews::frozenView(table);
            QVERIFY(frozen);
            QTRY_VERIFY(frozen->isVisible());
            QCOMPARE(frozen->model(), table->model());
            QCOMPARE(frozen->selectionModel(), table->selectionModel());
            QVERIFY(!frozen->isColumnHidden(UserListModel::UserIdColumn));
            QVERIFY(frozen->isColumnHidden(UserListModel::LastSeenColumn));
            QCOMPARE(header->visualIndex(UserListModel::UserIdColumn), 0);
            table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
            QCOMPARE(frozen->geometry().left(), table->frameWidth());
            QCOMPARE(frozen->columnWidth(UserListModel::UserIdColumn), table->columnWidth(UserListModel::UserIdColumn));
            // One row height across views.
            QCOMPARE(table->verticalHeader()->defaultSectionSize(), TableViews::rowHeight(table));

            menu = openChooser();
            QVERIFY(menu);
            menu->findChild<QAction *>(QStringLiteral("columnChooserAction%1").arg(UserListModel::DisplayNameColumn))
                ->trigger();
            menu->close();
            QVERIFY(!table->isColumnHidden(UserListModel::DisplayNameColumn));
            QVERIFY(!hiddenAfterRestart());

            // Empty state for a search with no results.
            view.findChild<QLineEdit *>(QStringLiteral("userSearchEdit"))->setText(QStringLiteral("xyz-nobody-here"));
            auto *empty = view.findChild<QLabel *>(QStringLiteral("usersEmptyLabel"));
            QVERIFY(empty);
            QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 30000);
            QCOMPARE(empty->text(), QStringLiteral("No user matches \"xyz-nobody-here\"."));
        }

        ServerSession session(&nam);
        RoomsView rooms(&session, {});
        rooms.resize(900, 600);
        rooms.show();
        session.open(server.baseUrl, server.adminToken);
        auto *roomsTable = rooms.findChild<QTableView *>(QStringLiteral("roomsTable"));
        QTRY_VERIFY_WITH_TIMEOUT(roomsTable->model() && roomsTable->model()->rowCount() > 0, 30000);
        QCOMPARE(roomsTable->verticalHeader()->defaultSectionSize(), TableViews::rowHeight(roomsTable));
        QCOMPARE(roomsTable->horizontalHeader()->visualIndex(RoomColumns::RoomId), 0);
        QTRY_VERIFY(TableViews::frozenView(roomsTable)->isVisible());
        rooms.findChild<QLineEdit *>(QStringLiteral("roomsSearchEdit"))->setText(QStringLiteral("xyz-no-room-here"));
        auto *roomsEmpty = rooms.findChild<QLabel *>(QStringLiteral("roomsEmptyLabel"));
        QVERIFY(roomsEmpty);
        QTRY_VERIFY_WITH_TIMEOUT(roomsEmpty->isVisible(), 30000);
        QCOMPARE(roomsEmpty->text(), QStringLiteral("No room matches \"xyz-no-room-here\"."));
    }
};

QTEST_MAIN(TestReadableDetails)
#include "tst_readable_details.moc"
