// The Tokens view and the server notice dialog driven offscreen against the real Synapse, by
// objectName: create a token with its own text and a use limit, copy it, edit it to used up, delete it
// (confirmed); send a notice to selected users (one of them missing: skipped with the reason), read
// back that each got exactly one copy.
#include "notices/noticedialog.h"
#include "notices/servernoticeapi.h"
#include "notices/servernoticerun.h"
#include "notices/tokensview.h"
#include "noticestesthelpers.h"
#include "tokens/registrationtokens.h"
#include "users/userapi.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTableWidget>

using namespace Steward;
using namespace NoticesTest;

class TestNoticesGui : public QObject
{
    Q_OBJECT

    static void screenshot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(300); // let the layouts settle (a label that grew a line)
            QVERIFY(w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
        }
    }

    static QString unique(const char *tag)
    {
        return QStringLiteral("%1-%2")
            .arg(QLatin1String(tag))
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }

    static int rowOf(QTableWidget *table, const QString &token)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0) && table->item(row, 0)->text() == token) {
                return row;
            }
        }
        return -1;
    }

    template<typename T>
    static T *waitForChild(QWidget *parent, const char *name)
    {
        T *found = nullptr;
        (void)QTest::qWaitFor(
            [&]() {
                found = parent->findChild<T *>(QLatin1String(name));
                return found && found->isVisible();
            },
            10000);
        return found;
    }

private Q_SLOTS:
    void tokensView()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(server.baseUrl);
        api.setAccessToken(server.adminToken);
        TokensView view(&api);
        view.resize(900, 420);
        view.show();
        view.reload();
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("tokensTable"));
        QVERIFY(QTest::qWaitFor([&]() { return view.statusText().contains(QStringLiteral("token")); }, 30000));

        // Create with own text, 2 uses, an expiry.
        const QString token = unique("guitoken");
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("tokenCreateButton")), Qt::LeftButton);
        auto *dialog = waitForChild<TokenEditDialog>(&view, "tokenEditDialog");
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("tokenGenerateCheck"))->setChecked(false);
        dialog->findChild<QLineEdit *>(QStringLiteral("tokenTextEdit"))->setText(token);
        dialog->findChild<QCheckBox *>(QStringLiteral("tokenLimitUsesCheck"))->setChecked(true);
        dialog->findChild<QSpinBox *>(QStringLiteral("tokenUsesSpin"))->setValue(2);
        dialog->findChild<QCheckBox *>(QStringLiteral("tokenExpiresCheck"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("tokenSaveButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&]() { return rowOf(table, token) >= 0; }, 30000));
        QCOMPARE(QApplication::clipboard()->text(), token);
        int row = rowOf(table, token);
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(row, 5)->text(), RegistrationToken::stateTitle(RegistrationToken::State::Valid));
        screenshot(&view, "tokens");

        // Copy, edit to 0 uses (used up).
        QApplication::clipboard()->clear();
        table->selectRow(row);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("tokenCopyButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), token);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("tokenEditButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&]() {
                dialog = view.findChild<TokenEditDialog *>(QStringLiteral("tokenEditDialog"));
                return dialog && dialog->isVisible()
                    && !dialog->findChild<QCheckBox *>(QStringLiteral("tokenGenerateCheck"));
            },
            10000));
        dialog->findChild<QSpinBox *>(QStringLiteral("tokenUsesSpin"))->setValue(0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("tokenSaveButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&]() {
                row = rowOf(table, token);
                return row >= 0
                    && table->item(row, 5)->text() == RegistrationToken::stateTitle(RegistrationToken::State::UsedUp);
            },
            30000));

        // Delete: asks first; Cancel keeps it, Delete removes it from the server.
        table->selectRow(row);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("tokenDeleteButton")), Qt::LeftButton);
        auto *confirm = waitForChild<QMessageBox>(&view, "tokenDeleteConfirm");
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(token));
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("tokenDeleteConfirmButton")),
                          Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&]() { return rowOf(table, token) < 0 && view.statusText().contains(QStringLiteral("Deleted")); }, 30000));
        const auto gone = wait<RegistrationToken>(
            [&](QObject *ctx, auto done) { RegistrationTokenApi::get(&api, token, ctx, done); });
        QVERIFY(gone && !gone->ok() && gone->error().isNotFound());
    }

    void noticeToSelectedUsers()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(server.baseUrl);
        api.setAccessToken(server.adminToken);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            ids << QStringLiteral("@%1:%2").arg(unique("guinotice"), server.serverName);
            ApiError error;
            call(api, ApiRequest::put(u"/_synapse/admin/v2/users/{}", { ids.last() }, QJsonObject {}), &error);
            QVERIFY2(error.isOk(), qPrintable(error.describe()));
        }
        const QString missing = QStringLiteral("@%1:%2").arg(unique("nobody"), server.serverName);

        QWidget parent;
        auto *dialog = new NoticeDialog(&api, server.adminUserId, &parent);
        dialog->setSelectedUsers(ids + QStringList { missing });
        dialog->show();
        auto *preview = dialog->findChild<QPushButton *>(QStringLiteral("noticePreviewButton"));
        QVERIFY(!preview->isEnabled()); // no message yet
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("noticeMessageEdit"))
            ->setPlainText(QStringLiteral("The server restarts tonight at 22:00 for an upgrade."));
        dialog->findChild<QCheckBox *>(QStringLiteral("noticeHtmlCheck"))->setChecked(true);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("noticeHtmlEdit"))
            ->setPlainText(QStringLiteral("The server restarts <b>tonight at 22:00</b> for an upgrade."));
        QVERIFY(preview->isEnabled());
        QTest::mouseClick(preview, Qt::LeftButton);
        auto *send = dialog->findChild<QPushButton *>(QStringLiteral("noticeSendButton"));
        QVERIFY(QTest::qWaitFor([&]() { return send->isVisible() && send->isEnabled(); }, 60000));
        const QString summary = dialog->findChild<QLabel *>(QStringLiteral("noticeSummaryLabel"))->text();
        QVERIFY2(summary.contains(QStringLiteral("3 user")) && summary.contains(QStringLiteral("no such user")),
                 qPrintable(summary));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("noticeRecipientsTable"));
        QCOMPARE(table->rowCount(), 4);
        screenshot(dialog, "notice");

        QTest::mouseClick(send, Qt::LeftButton);
        auto *close = dialog->findChild<QPushButton *>(QStringLiteral("noticeCloseButton"));
        QVERIFY(QTest::qWaitFor([&]() { return close->isVisible(); }, 60000));
        QCOMPARE(dialog->engine()->tally().done, 3);
        QCOMPARE(dialog->engine()->tally().skipped, 1);
        QCOMPARE(table->rowCount(), 3);
        const QString runId = dialog->engine()->runId();
        for (const QString &id : ids) {
            const auto found =
                wait<bool>([&](QObject *ctx, auto done) { ServerNoticeApi::wasDelivered(&api, id, runId, ctx, done); });
            QVERIFY(found && found->ok() && found->value());
        }
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    }
};

QTEST_MAIN(TestNoticesGui)
#include "tst_notices_gui.moc"
