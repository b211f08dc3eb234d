// Turning what a person types into the before_ts Synapse compares with, in any time zone.
#include "media/mediapurgecutoff.h"

#include <QTest>
#include <QTimeZone>

using namespace Steward;

class TestMediaPurgeCutoff : public QObject
{
    Q_OBJECT

    static qint64 utc(const char *iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
    }

private Q_SLOTS:
    void parseDate_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedUtc"); // empty: an error is expected
        QTest::newRow("utc date") << "UTC"
                                  << "2024-01-31"
                                  << "2024-01-31T00:00:00Z";
        QTest::newRow("utc datetime") << "UTC"
                                      << "2024-01-31T18:30"
                                      << "2024-01-31T18:30:00Z";
        QTest::newRow("seconds") << "UTC"
                                 << "2024-01-31T18:30:15"
                                 << "2024-01-31T18:30:15Z";
        QTest::newRow("space separator") << "UTC"
                                         << "2024-01-31 18:30"
                                         << "2024-01-31T18:30:00Z";
        QTest::newRow("surrounding blanks") << "UTC"
                                            << "  2024-01-31  "
                                            << "2024-01-31T00:00:00Z";
        QTest::newRow("berlin winter") << "Europe/Berlin"
                                       << "2024-01-15"
                                       << "2024-01-14T23:00:00Z";
        QTest::newRow("berlin summer") << "Europe/Berlin"
                                       << "2024-07-15"
                                       << "2024-07-14T22:00:00Z";
        QTest::newRow("new york") << "America/New_York"
                                  << "2024-07-04T12:00"
                                  << "2024-07-04T16:00:00Z";
        QTest::newRow("kolkata half hour") << "Asia/Kolkata"
                                           << "2024-05-01"
                                           << "2024-04-30T18:30:00Z";
        QTest::newRow("tokyo day before utc") << "Asia/Tokyo"
                                              << "2024-05-01T08:00"
                                              << "2024-04-30T23:00:00Z";
        QTest::newRow("chatham +13:45") << "Pacific/Chatham"
                                        << "2024-01-10"
                                        << "2024-01-09T10:15:00Z";
        // Spring forward in Berlin: 02:00-03:00 does not exist on 2024-03-31.
        QTest::newRow("berlin gap refused") << "Europe/Berlin"
                                            << "2024-03-31T02:30"
                                            << "";
        QTest::newRow("berlin before gap") << "Europe/Berlin"
                                           << "2024-03-31T01:59"
                                           << "2024-03-31T00:59:00Z";
        QTest::newRow("berlin after gap") << "Europe/Berlin"
                                          << "2024-03-31T03:00"
                                          << "2024-03-31T01:00:00Z";
        // Fall back: 02:30 happens twice on 2024-10-27; the first (CEST) deletes less.
        QTest::newRow("berlin fold first") << "Europe/Berlin"
                                           << "2024-10-27T02:30"
                                           << "2024-10-27T00:30:00Z";
        QTest::newRow("new york fold first") << "America/New_York"
                                             << "2024-11-03T01:30"
                                             << "2024-11-03T05:30:00Z";
        QTest::newRow("new york gap refused") << "America/New_York"
                                              << "2024-03-10T02:15"
                                              << "";
        // Santiago skips midnight when DST starts: the day starts at 01:00 (= 04:00 UTC).
        QTest::newRow("santiago midnight gap") << "America/Santiago"
                                               << "2023-09-03"
                                               << "2023-09-03T04:00:00Z";
        // Lord Howe shifts by 30 minutes.
        QTest::newRow("lord howe gap refused") << "Australia/Lord_Howe"
                                               << "2024-10-06T02:15"
                                               << "";
        QTest::newRow("lord howe after gap") << "Australia/Lord_Howe"
                                             << "2024-10-06T02:30"
                                             << "2024-10-05T15:30:00Z";
        QTest::newRow("leap day") << "UTC"
                                  << "2024-02-29"
                                  << "2024-02-29T00:00:00Z";
        QTest::newRow("no leap day") << "UTC"
                                     << "2023-02-29"
                                     << "";
        QTest::newRow("month 13") << "UTC"
                                  << "2024-13-01"
                                  << "";
        QTest::newRow("hour 24") << "UTC"
                                 << "2024-01-01T24:00"
                                 << "";
        QTest::newRow("minute 60") << "UTC"
                                   << "2024-01-01T10:60"
                                   << "";
        QTest::newRow("empty") << "UTC"
                               << ""
                               << "";
        QTest::newRow("day first") << "UTC"
                                   << "31.01.2024"
                                   << "";
        QTest::newRow("offset suffix") << "UTC"
                                       << "2024-01-31T10:00+02:00"
                                       << "";
        QTest::newRow("epoch seconds") << "UTC"
                                       << "1700000000"
                                       << "";
        QTest::newRow("single digit month") << "UTC"
                                            << "2024-1-31"
                                            << "";
    }
    void parseDate()
    {
        QFETCH(QString, zone);
        QFETCH(QString, text);
        QFETCH(QString, expectedUtc);
        const QTimeZone tz(zone.toLatin1());
        QVERIFY2(tz.isValid(), qPrintable(zone));
        const MediaPurgeCutoff::Parsed p = MediaPurgeCutoff::parseDate(text, tz);
        if (expectedUtc.isEmpty()) {
            QVERIFY2(!p.ok(), qPrintable(QString::number(p.beforeTs)));
            QVERIFY(!p.error.isEmpty());
        } else {
            QVERIFY2(p.ok(), qPrintable(p.error));
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(p.beforeTs, QTimeZone::utc()),
                     QDateTime::fromString(expectedUtc, Qt::ISODate));
        }
    }

    void gapErrorNamesZone()
    {
        const auto p = MediaPurgeCutoff::parseDate(QStringLiteral("2024-03-31T02:30"), QTimeZone("Europe/Berlin"));
        QVERIFY(p.error.contains(QStringLiteral("Europe/Berlin")));
        QVERIFY(p.error.contains(QStringLiteral("daylight")));
    }

    void olderThanDays_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("nowUtc");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("expectedUtc");
        QTest::newRow("utc 30 days") << "UTC"
                                     << "2024-05-31T12:00:00Z" << 30 << "2024-05-01T12:00:00Z";
        // Across the spring change: the same local wall-clock time 30 days earlier, i.e. 23 h less in UTC.
        QTest::newRow("berlin across dst") << "Europe/Berlin"
                                           << "2024-04-15T10:00:00Z" << 30 << "2024-03-16T11:00:00Z";
        QTest::newRow("new york across fall") << "America/New_York"
                                              << "2024-11-20T17:00:00Z" << 30 << "2024-10-21T16:00:00Z";
        QTest::newRow("one day") << "UTC"
                                 << "2024-03-01T00:00:00Z" << 1 << "2024-02-29T00:00:00Z";
    }
    void olderThanDays()
    {
        QFETCH(QString, zone);
        QFETCH(QString, nowUtc);
        QFETCH(int, days);
        QFETCH(QString, expectedUtc);
        const auto p = MediaPurgeCutoff::olderThanDays(days, QDateTime::fromString(nowUtc, Qt::ISODate),
                                                       QTimeZone(zone.toLatin1()));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(p.beforeTs, QTimeZone::utc()),
                 QDateTime::fromString(expectedUtc, Qt::ISODate));
    }

    void olderThanDaysRange()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!MediaPurgeCutoff::olderThanDays(0, now, QTimeZone::utc()).ok());
        QVERIFY(!MediaPurgeCutoff::olderThanDays(-5, now, QTimeZone::utc()).ok());
        QVERIFY(!MediaPurgeCutoff::olderThanDays(36501, now, QTimeZone::utc()).ok());
        QVERIFY(MediaPurgeCutoff::olderThanDays(36500, now, QTimeZone::utc()).ok());
    }

    void check_data()
    {
        QTest::addColumn<qint64>("beforeTs");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("expected");
        const qint64 now = utc("2024-06-01T12:00:00Z");
        const qint64 hour = 3600 * 1000;
        QTest::newRow("a year ago") << now - 365 * 24 * hour << now << int(MediaPurgeCutoff::Check::Ok);
        QTest::newRow("exactly 24 h ago") << now - 24 * hour << now << int(MediaPurgeCutoff::Check::Ok);
        QTest::newRow("23 h ago") << now - 23 * hour << now << int(MediaPurgeCutoff::Check::Recent);
        QTest::newRow("now") << now << now << int(MediaPurgeCutoff::Check::Recent);
        QTest::newRow("one ms ahead") << now + 1 << now << int(MediaPurgeCutoff::Check::InFuture);
        QTest::newRow("next year") << now + 365 * 24 * hour << now << int(MediaPurgeCutoff::Check::InFuture);
        QTest::newRow("seconds as ms") << qint64(1700000000) << now << int(MediaPurgeCutoff::Check::TooEarly);
        QTest::newRow("just below server minimum")
            << MediaPurgeCutoff::MinimumBeforeTs - 1 << now << int(MediaPurgeCutoff::Check::TooEarly);
        QTest::newRow("server minimum") << MediaPurgeCutoff::MinimumBeforeTs << now << int(MediaPurgeCutoff::Check::Ok);
    }
    void check()
    {
        QFETCH(qint64, beforeTs);
        QFETCH(qint64, now);
        QFETCH(int, expected);
        const auto c = MediaPurgeCutoff::check(beforeTs, now);
        QCOMPARE(int(c), expected);
        QCOMPARE(MediaPurgeCutoff::describe(c, beforeTs, QTimeZone::utc()).isEmpty(), c == MediaPurgeCutoff::Check::Ok);
    }

    void formatInstant()
    {
        QCOMPARE(MediaPurgeCutoff::formatInstant(utc("2024-07-14T22:00:00Z"), QTimeZone("Europe/Berlin")),
                 QStringLiteral("2024-07-15 00:00:00 CEST"));
    }
};

QTEST_GUILESS_MAIN(TestMediaPurgeCutoff)
#include "tst_mediapurgecutoff.moc"
