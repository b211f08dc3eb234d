// The room details panel against a fake server, for what the real one will not hold still for:
// a room the server is already deleting shows that deletion (and its progress) instead of
// offering Delete again.
#include "fakehttpserver.h"
#include "guitest.h"
#include "rooms/roomdetailspanel.h"

#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

using namespace Steward;
using namespace StewardTest;

class TestRoomDetailsFake : public StewardTest::GuiTest
{
    Q_OBJECT
    QNetworkAccessManager m_nam;

    static FakeResponse answer(const FakeRequest &req, bool running, int *polls)
    {
        const QByteArray path = req.path();
        const QJsonObject task {
            { QStringLiteral("delete_id"), QStringLiteral("t1") },
            { QStringLiteral("room_id"), QStringLiteral("!r:fake.test") },
            { QStringLiteral("status"), QStringLiteral("active") },
            { QStringLiteral("shutdown_room"),
              QJsonObject { { QStringLiteral("kicked_users"), QJsonArray { QStringLiteral("@gone:fake.test") } } } }
        };
        if (path.endsWith("/delete_status") && path.contains("/rooms/")) {
            if (!running) {
                return FakeResponse::json(404,
                                          { { QStringLiteral("errcode"), QStringLiteral("M_NOT_FOUND") },
                                            { QStringLiteral("error"), QStringLiteral("No delete task") } });
            }
            return FakeResponse::json(200, { { QStringLiteral("results"), QJsonArray { task } } });
        }
        if (path.endsWith("/delete_status/t1")) {
            ++*polls;
            return FakeResponse::json(200, task);
        }
        if (path.endsWith("/block")) {
            return FakeResponse::json(200, { { QStringLiteral("block"), false } });
        }
        if (path.endsWith("/members")) {
            return FakeResponse::json(200,
                                      { { QStringLiteral("members"), QJsonArray { QStringLiteral("@a:fake.test") } },
                                        { QStringLiteral("total"), 1 } });
        }
        if (path.endsWith("/state")) {
            return FakeResponse::json(200, { { QStringLiteral("state"), QJsonArray {} } });
        }
        return FakeResponse::json(200,
                                  { { QStringLiteral("room_id"), QStringLiteral("!r:fake.test") },
                                    { QStringLiteral("name"), QStringLiteral("Fake room") },
                                    { QStringLiteral("topic"), QStringLiteral("Fake topic") } });
    }

private Q_SLOTS:
    void roomBeingDeletedShowsThatInsteadOfDelete_data()
    {
        QTest::addColumn<bool>("running");
        QTest::newRow("being deleted") << true;
        QTest::newRow("not being deleted") << false;
    }
    void roomBeingDeletedShowsThatInsteadOfDelete()
    {
        QFETCH(bool, running);
        FakeHttpServer fake;
        QVERIFY(fake.listen());
        int polls = 0;
        fake.setHandler([&](const FakeRequest &req) { return answer(req, running, &polls); });
        ApiService api(&m_nam);
        api.setBaseUrl(fake.url());
        api.setAccessToken(QStringLiteral("t"));
        RoomDetailsPanel panel(&api);
        panel.setIdentity(QStringLiteral("@admin:fake.test"), QStringLiteral("fake.test"));
        panel.show();
        panel.showRoom(QStringLiteral("!r:fake.test"));
        auto *topic = panel.findChild<QLabel *>(QStringLiteral("roomTopicLabel"));
        auto *deletion = panel.findChild<QLabel *>(QStringLiteral("roomDeletionLabel"));
        auto *del = panel.findChild<QPushButton *>(QStringLiteral("roomDeleteButton"));
        QVERIFY(topic && deletion && del);
        QTRY_COMPARE_WITH_TIMEOUT(topic->text(), QStringLiteral("Fake topic"), 10000);
        if (running) {
            QTRY_VERIFY_WITH_TIMEOUT(deletion->isVisible(), 10000);
            QVERIFY2(deletion->text().contains(QStringLiteral("already deleting")), qPrintable(deletion->text()));
            QVERIFY(deletion->text().contains(QStringLiteral("@gone:fake.test")));
            QTRY_VERIFY_WITH_TIMEOUT(polls >= 1, 10000); // it follows the running task
            QVERIFY(!del->isEnabled());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(del->isEnabled(), 10000);
            QVERIFY(!deletion->isVisible());
        }
        for (const FakeRequest &r : fake.requests()) {
            QVERIFY(r.method != "DELETE");
        }
    }
};

QTEST_MAIN(TestRoomDetailsFake)
#include "tst_roomdetails_fake.moc"
