// Registration tokens against the real Synapse: create (own text and generated), list, get, update
// (uses, expiry, back to unlimited/never), delete, all read back from the server; a token with one use
// is used by a real registration (client API, m.login.registration_token) and then lists as used up;
// the steward-cli tokens commands with their exit codes and JSON.
#include "noticestesthelpers.h"
#include "tokens/registrationtokens.h"
#include "tokens/tokenscommand.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

using namespace Steward;
using namespace NoticesTest;

class TestTokensSynapse : public QObject
{
    Q_OBJECT

    static QString uniqueToken(const char *tag)
    {
        return QStringLiteral("%1-%2")
            .arg(QLatin1String(tag))
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }

    static std::optional<RegistrationToken> find(ApiService &api, const QString &token)
    {
        const auto list = wait<QList<RegistrationToken>>(
            [&api](QObject *ctx, auto done) { RegistrationTokenApi::list(&api, ctx, done); });
        if (!list || !list->ok()) {
            return std::nullopt;
        }
        for (const RegistrationToken &t : list->value()) {
            if (t.token == token) {
                return t;
            }
        }
        return std::nullopt;
    }

    /// Registers a user through the client API with the token; true when the server created the account.
    /// (Plain QNetworkAccessManager: the user-interactive auth steps live in the bodies of 401 answers.)
    static bool registerWith(const StewardTest::TestServer &server, const QString &token, const QString &localpart,
                             QString *why)
    {
        QNetworkAccessManager nam;
        QJsonObject body { { QStringLiteral("username"), localpart },
                           { QStringLiteral("password"), QStringLiteral("a long test password 1234") },
                           { QStringLiteral("inhibit_login"), true } };
        QUrl url = server.baseUrl;
        url.setPath(url.path() + QStringLiteral("/_matrix/client/v3/register"));
        for (int step = 0; step < 5; ++step) {
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
            (void)QTest::qWaitFor([reply]() { return reply->isFinished(); }, 60000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            if (status == 200) {
                return answer.value(QStringLiteral("user_id")).toString().startsWith(QLatin1Char('@') + localpart);
            }
            if (status != 401) {
                *why = QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(QJsonDocument(answer).toJson()));
                return false;
            }
            const QJsonArray completed = answer.value(QStringLiteral("completed")).toArray();
            if (answer.contains(QStringLiteral("errcode")) && step > 0) {
                *why = answer.value(QStringLiteral("error")).toString();
                return false; // a stage was refused (e.g. the token is used up)
            }
            QString next;
            const QJsonArray stages = answer.value(QStringLiteral("flows"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("stages"))
                                          .toArray();
            for (const QJsonValue &stage : stages) {
                if (!completed.contains(stage)) {
                    next = stage.toString();
                    break;
                }
            }
            QJsonObject auth { { QStringLiteral("type"), next },
                               { QStringLiteral("session"), answer.value(QStringLiteral("session")).toString() } };
            if (next == u"m.login.registration_token") {
                auth.insert(QStringLiteral("token"), token);
            } else if (next != u"m.login.dummy") {
                *why = QStringLiteral("unexpected stage \"%1\" in %2")
                           .arg(next, QString::fromUtf8(QJsonDocument(answer).toJson()));
                return false;
            }
            body.insert(QStringLiteral("auth"), auth);
        }
        *why = QStringLiteral("registration did not finish");
        return false;
    }

private Q_SLOTS:
    void createListUpdateDelete()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(server.baseUrl);
        api.setAccessToken(server.adminToken);

        NewRegistrationToken own;
        own.token = uniqueToken("own");
        own.usesAllowed = 5;
        own.expiry = QDateTime::currentDateTimeUtc().addDays(3);
        auto created = wait<RegistrationToken>(
            [&](QObject *ctx, auto done) { RegistrationTokenApi::create(&api, own, ctx, done); });
        QVERIFY(created && created->ok());
        QCOMPARE(created->value().token, own.token);

        NewRegistrationToken generated;
        generated.length = 24;
        auto gen = wait<RegistrationToken>(
            [&](QObject *ctx, auto done) { RegistrationTokenApi::create(&api, generated, ctx, done); });
        QVERIFY(gen && gen->ok());
        QCOMPARE(gen->value().token.size(), 24);
        QVERIFY(!gen->value().usesAllowed.has_value());
        QVERIFY(!gen->value().expiry.isValid());

        auto listed = find(api, own.token);
        QVERIFY(listed);
        QCOMPARE(listed->usesAllowed, std::optional<qint64>(5));
        QCOMPARE(listed->expiry.toSecsSinceEpoch(), own.expiry.toSecsSinceEpoch());
        QCOMPARE(listed->state(), RegistrationToken::State::Valid);
        QVERIFY(find(api, gen->value().token));

        // Update: uses 0 makes it used up at once; then unlimited and never again.
        RegistrationTokenChanges c;
        c.usesAllowed = std::optional<qint64>(0);
        auto updated = wait<RegistrationToken>(
            [&](QObject *ctx, auto done) { RegistrationTokenApi::update(&api, own.token, c, ctx, done); });
        QVERIFY(updated && updated->ok());
        QCOMPARE(find(api, own.token)->state(), RegistrationToken::State::UsedUp);
        RegistrationTokenChanges back;
        back.usesAllowed = std::optional<qint64>();
        back.expiry = QDateTime();
        updated = wait<RegistrationToken>(
            [&](QObject *ctx, auto done) { RegistrationTokenApi::update(&api, own.token, back, ctx, done); });
        QVERIFY(updated && updated->ok());
        listed = find(api, own.token);
        QVERIFY(!listed->usesAllowed.has_value());
        QVERIFY(!listed->expiry.isValid());

        auto one = wait<RegistrationToken>(
            [&](QObject *ctx, auto done) { RegistrationTokenApi::get(&api, own.token, ctx, done); });
        QVERIFY(one && one->ok());
        QCOMPARE(one->value().token, own.token);

        for (const QString &t : { own.token, gen->value().token }) {
            auto removed =
                wait<bool>([&](QObject *ctx, auto done) { RegistrationTokenApi::remove(&api, t, ctx, done); });
            QVERIFY(removed && removed->ok());
            QVERIFY(!find(api, t));
        }
        auto missing = wait<RegistrationToken>(
            [&](QObject *ctx, auto done) { RegistrationTokenApi::get(&api, own.token, ctx, done); });
        QVERIFY(missing && !missing->ok());
        QVERIFY(missing->error().isNotFound());
        QVERIFY(!RegistrationTokenApi::isManagedElsewhere(missing->error())); // a missing token, not a missing API
    }

    void usedByARealRegistration()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        QNetworkAccessManager nam;
        ApiService api(&nam);
        api.setBaseUrl(server.baseUrl);
        api.setAccessToken(server.adminToken);
        NewRegistrationToken once;
        once.token = uniqueToken("once");
        once.usesAllowed = 1;
        auto created = wait<RegistrationToken>(
            [&](QObject *ctx, auto done) { RegistrationTokenApi::create(&api, once, ctx, done); });
        QVERIFY(created && created->ok());
        QCOMPARE(find(api, once.token)->state(), RegistrationToken::State::Valid);

        QString why;
        const QString localpart = uniqueToken("registered").toLower();
        QVERIFY2(registerWith(server, once.token, localpart, &why), qPrintable(why));
        const auto used = find(api, once.token);
        QVERIFY(used);
        QCOMPARE(used->completed, 1);
        QCOMPARE(used->state(), RegistrationToken::State::UsedUp);
        // The server refuses it for a second registration.
        QVERIFY(!registerWith(server, once.token, localpart + QStringLiteral("-2"), &why));
    }

    void cli()
    {
        STEWARD_REQUIRE_TEST_SERVER(server);
        const QString token = uniqueToken("cli");
        Run r = NoticesTest::cli(server,
                                 { QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--token"), token,
                                   QStringLiteral("--uses"), QStringLiteral("3"), QStringLiteral("--expires"),
                                   QDate::currentDate().addDays(10).toString(Qt::ISODate) + QStringLiteral("T18:30") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), token);

        r = NoticesTest::cli(
            server,
            { QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--length"), QStringLiteral("12") });
        QCOMPARE(r.exitCode, 0);
        const QString generated = r.out.trimmed();
        QCOMPARE(generated.size(), 12);

        auto listJson = [&server]() {
            const Run l = NoticesTest::cli(server,
                                           { QStringLiteral("tokens"), QStringLiteral("list"),
                                             QStringLiteral("--format"), QStringLiteral("json") });
            QHash<QString, QJsonObject> byToken;
            for (const QJsonValue &v : QJsonDocument::fromJson(l.out.toUtf8()).array()) {
                byToken.insert(v.toObject().value(QStringLiteral("token")).toString(), v.toObject());
            }
            return byToken;
        };
        auto tokens = listJson();
        QVERIFY(tokens.contains(token));
        QJsonObject o = tokens.value(token);
        QCOMPARE(o.value(QStringLiteral("uses_allowed")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("completed")).toInt(), 0);
        const QDateTime expected(QDate::currentDate().addDays(10), QTime(18, 30), Qt::LocalTime);
        QCOMPARE(o.value(QStringLiteral("expiry_time")).toString(), expected.toUTC().toString(Qt::ISODate));
        QVERIFY(o.value(QStringLiteral("expiry_time")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(tokens.value(generated).value(QStringLiteral("uses_allowed")).isNull());
        QVERIFY(tokens.value(generated).value(QStringLiteral("expiry_time")).isNull());

        r = NoticesTest::cli(server,
                             { QStringLiteral("tokens"), QStringLiteral("update"), token, QStringLiteral("--unlimited"),
                               QStringLiteral("--never") });
        QCOMPARE(r.exitCode, 0);
        o = listJson().value(token);
        QVERIFY(o.value(QStringLiteral("uses_allowed")).isNull());
        QVERIFY(o.value(QStringLiteral("expiry_time")).isNull());
        r = NoticesTest::cli(server,
                             { QStringLiteral("tokens"), QStringLiteral("update"), token, QStringLiteral("--uses"),
                               QStringLiteral("7") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(listJson().value(token).value(QStringLiteral("uses_allowed")).toInt(), 7);

        // CSV carries the same fields.
        r = NoticesTest::cli(server, { QStringLiteral("tokens"), QStringLiteral("list") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("token,uses_allowed,pending,completed,expiry_time,state")));
        QVERIFY(r.out.contains(token + QStringLiteral(",7,0,0,,valid")));

        // Usage errors and the unconfirmed delete: exit 2, nothing deleted.
        QCOMPARE(NoticesTest::cli(server, { QStringLiteral("tokens"), QStringLiteral("update"), token }).exitCode, 2);
        QCOMPARE(NoticesTest::cli(server,
                                  { QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--token"),
                                    QStringLiteral("bad token") })
                     .exitCode,
                 2);
        QCOMPARE(NoticesTest::cli(server,
                                  { QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--expires"),
                                    QStringLiteral("2001-01-01") })
                     .exitCode,
                 2);
        r = NoticesTest::cli(server, { QStringLiteral("tokens"), QStringLiteral("delete"), token, generated });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--yes")));
        QVERIFY(listJson().contains(token));

        r = NoticesTest::cli(
            server, { QStringLiteral("tokens"), QStringLiteral("delete"), token, generated, QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 0);
        tokens = listJson();
        QVERIFY(!tokens.contains(token));
        QVERIFY(!tokens.contains(generated));
        // Deleting it again fails for that token: exit 1.
        r = NoticesTest::cli(server,
                             { QStringLiteral("tokens"), QStringLiteral("delete"), token, QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("no such token")));
    }

    void expiryParsing()
    {
        QString error;
        QVERIFY(!Cli::TokensCommand::parseExpiry(QStringLiteral("tomorrow"), &error).isValid());
        QVERIFY(!error.isEmpty());
        const QDate day = QDate::currentDate().addDays(2);
        const QDateTime endOfDay = Cli::TokensCommand::parseExpiry(day.toString(Qt::ISODate), &error);
        QCOMPARE(endOfDay, QDateTime(day.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC());
        QCOMPARE(RegistrationTokenApi::tokenProblem(QStringLiteral("ok_token-1.~")), QString());
        QVERIFY(!RegistrationTokenApi::tokenProblem(QString(65, QLatin1Char('a'))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokensSynapse)
#include "tst_tokens_synapse.moc"
