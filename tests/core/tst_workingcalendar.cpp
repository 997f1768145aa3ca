#include "core/workingcalendar.h"

#include <QSet>
#include <QTest>

using namespace lapor;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QDateTime utc(const char *iso)
{
    auto dt = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void zoneKeys_data();
    void zoneKeys();
    void zoneOffsetsAreFixed_data();
    void zoneOffsetsAreFixed();

    void isWorkingDay_data();
    void isWorkingDay();
    void holidayOn();
    void workingDaysIn2026();

    void addWorkingDays_data();
    void addWorkingDays();
    void addWorkingDaysFromInvalidDate();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void addAndBetweenAreInverse();

    void localDate_data();
    void localDate();
    void endOfDay_data();
    void endOfDay();

    void parseHolidays();
    void parseHolidaysErrors_data();
    void parseHolidaysErrors();
    void setAndAddHolidays();

    void shippedHolidaysLoad();
    void shippedHolidaysContain_data();
    void shippedHolidaysContain();
    void shipped2027HasFixedDatesOnly();
};

void TestWorkingCalendar::zoneKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("known");
    QTest::addColumn<AgencyZone>("zone");
    QTest::newRow("WIB") << QStringLiteral("WIB") << true << AgencyZone::WIB;
    QTest::newRow("WITA") << QStringLiteral("WITA") << true << AgencyZone::WITA;
    QTest::newRow("WIT") << QStringLiteral("WIT") << true << AgencyZone::WIT;
    // Hand-edited settings files use any case.
    QTest::newRow("lower case wita") << QStringLiteral("wita") << true << AgencyZone::WITA;
    QTest::newRow("empty") << QString() << false << AgencyZone::WIB;
    QTest::newRow("tz database id") << QStringLiteral("Asia/Makassar") << false << AgencyZone::WIB;
    QTest::newRow("WET") << QStringLiteral("WET") << false << AgencyZone::WIB;
}

void TestWorkingCalendar::zoneKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, known);
    QFETCH(AgencyZone, zone);
    const auto parsed = Zones::fromKey(key);
    QCOMPARE(parsed.has_value(), known);
    if (known) {
        QCOMPARE(*parsed, zone);
        QCOMPARE(Zones::key(zone), key.toUpper());
    }
}

void TestWorkingCalendar::zoneOffsetsAreFixed_data()
{
    QTest::addColumn<AgencyZone>("zone");
    QTest::addColumn<int>("hours");
    QTest::newRow("WIB") << AgencyZone::WIB << 7;
    QTest::newRow("WITA") << AgencyZone::WITA << 8;
    QTest::newRow("WIT") << AgencyZone::WIT << 9;
}

void TestWorkingCalendar::zoneOffsetsAreFixed()
{
    QFETCH(AgencyZone, zone);
    QFETCH(int, hours);
    const QTimeZone tz = Zones::timeZone(zone);
    QVERIFY(tz.isValid());
    QVERIFY(!tz.hasDaylightTime());
    // Mid-January and mid-July: no seasonal change, whatever the host's tzdata says.
    for (const auto &at : { utc("2026-01-15T00:00:00"), utc("2026-07-15T00:00:00") })
        QCOMPARE(tz.offsetFromUtc(at), hours * 3600);
    QCOMPARE(WorkingCalendar(zone).timeZone().offsetFromUtc(utc("2026-07-15T00:00:00")),
             hours * 3600);
}

void TestWorkingCalendar::isWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("ordinary Monday") << d("2026-03-09") << true;
    QTest::newRow("ordinary Friday") << d("2026-03-13") << true;
    QTest::newRow("Saturday") << d("2026-03-14") << false;
    QTest::newRow("Sunday") << d("2026-03-15") << false;
    QTest::newRow("Independence Day on a Monday") << d("2026-08-17") << false;
    QTest::newRow("day after Independence Day") << d("2026-08-18") << true;
    // The 2026 Nyepi + Idul Fitri week: Wed 18 to Tue 24 March.
    QTest::newRow("cuti bersama Nyepi") << d("2026-03-18") << false;
    QTest::newRow("Nyepi") << d("2026-03-19") << false;
    QTest::newRow("Idul Fitri day 1") << d("2026-03-20") << false;
    QTest::newRow("Idul Fitri day 2 on a Saturday") << d("2026-03-21") << false;
    QTest::newRow("cuti bersama Idul Fitri Mon") << d("2026-03-23") << false;
    QTest::newRow("cuti bersama Idul Fitri Tue") << d("2026-03-24") << false;
    QTest::newRow("first day back after Lebaran") << d("2026-03-25") << true;
    // Year end 2026/2027.
    QTest::newRow("cuti bersama Natal 2026") << d("2026-12-24") << false;
    QTest::newRow("Natal 2026") << d("2026-12-25") << false;
    QTest::newRow("Saturday 26 Dec 2026") << d("2026-12-26") << false;
    QTest::newRow("Monday 28 Dec 2026") << d("2026-12-28") << true;
    QTest::newRow("New Year's Eve 2026") << d("2026-12-31") << true;
    QTest::newRow("New Year 2027") << d("2027-01-01") << false;
    QTest::newRow("first Monday of 2027") << d("2027-01-04") << true;
    // Leap day 2024 was a Thursday.
    QTest::newRow("leap day 2024") << d("2024-02-29") << true;
    QTest::newRow("invalid date") << QDate() << false;
}

void TestWorkingCalendar::isWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    // The time zone decides which date an instant falls on, never which dates are working days.
    for (auto zone : { AgencyZone::WIB, AgencyZone::WITA, AgencyZone::WIT })
        QCOMPARE(WorkingCalendar::national(zone).isWorkingDay(date), working);
}

void TestWorkingCalendar::holidayOn()
{
    const auto calendar = WorkingCalendar::national(AgencyZone::WIB);

    const auto nyepi = calendar.holidayOn(d("2026-03-19"));
    QVERIFY(nyepi.has_value());
    QCOMPARE(nyepi->date, d("2026-03-19"));
    QVERIFY(nyepi->name.contains(QLatin1String("Nyepi")));
    QVERIFY(!nyepi->collectiveLeave);

    const auto cuti = calendar.holidayOn(d("2026-03-18"));
    QVERIFY(cuti.has_value());
    QVERIFY(cuti->collectiveLeave);

    QVERIFY(!calendar.holidayOn(d("2026-03-25")).has_value());
    // A plain weekend is not a holiday.
    QVERIFY(!calendar.holidayOn(d("2026-03-14")).has_value());
}

void TestWorkingCalendar::workingDaysIn2026()
{
    // 2026 starts on a Thursday and has 365 days: 52 full weeks plus one Thursday, so
    // 52 * 5 + 1 = 261 weekdays. 21 holidays and cuti bersama fall on a weekday:
    // Jan 1, Jan 16, Feb 16, Feb 17, Mar 18, 19, 20, 23, 24, Apr 3, May 1, 14, 15, 27, 28,
    // Jun 1, Jun 16, Aug 17, Aug 25, Dec 24, Dec 25. 261 - 21 = 240.
    const auto calendar = WorkingCalendar::national(AgencyZone::WIB);
    QCOMPARE(calendar.workingDaysBetween(d("2025-12-31"), d("2026-12-31")), 240);
}

void TestWorkingCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("zero days is the same day") << d("2026-03-09") << 0 << d("2026-03-09");
    QTest::newRow("zero days from a Saturday") << d("2026-03-14") << 0 << d("2026-03-14");
    QTest::newRow("Mon + 1") << d("2026-03-09") << 1 << d("2026-03-10");
    QTest::newRow("Mon + 4 = Fri") << d("2026-03-02") << 4 << d("2026-03-06");
    QTest::newRow("Fri + 1 skips the weekend") << d("2026-03-06") << 1 << d("2026-03-09");
    QTest::newRow("Sat + 1 = Mon") << d("2026-03-07") << 1 << d("2026-03-09");
    QTest::newRow("Sun + 1 = Mon") << d("2026-03-08") << 1 << d("2026-03-09");
    // Tue 17 March 2026: next day starts the Nyepi/Idul Fitri week (18-24), so the
    // first working day after it is Wed 25.
    QTest::newRow("Tue before Lebaran + 1") << d("2026-03-17") << 1 << d("2026-03-25");
    // Fri 13 March: Mon 16 (1), Tue 17 (2), holidays 18-24, Wed 25 (3).
    QTest::newRow("Fri before Lebaran week + 3") << d("2026-03-13") << 3 << d("2026-03-25");
    // Fri 13 March: 16 (1), 17 (2), 25 (3), 26 (4), 27 (5).
    QTest::newRow("Fri before Lebaran week + 5") << d("2026-03-13") << 5 << d("2026-03-27");
    // 2024: Fri 5 April, then 8-12 April (cuti + Idul Fitri) and cuti on Mon 15.
    QTest::newRow("Lebaran 2024") << d("2024-04-05") << 1 << d("2024-04-16");
    // 2025: Thu 27 March, then cuti Fri 28, Nyepi Sat 29, Idul Fitri 31 March-1 April,
    // cuti 2-4 and 7 April.
    QTest::newRow("Nyepi and Lebaran 2025") << d("2025-03-27") << 1 << d("2025-04-08");
    // Year ends.
    QTest::newRow("New Year's Eve 2025 + 1") << d("2025-12-31") << 1 << d("2026-01-02");
    // Wed 23 Dec 2026: Thu 24 cuti, Fri 25 Natal, weekend, Mon 28 (1).
    QTest::newRow("Christmas 2026 + 1") << d("2026-12-23") << 1 << d("2026-12-28");
    // 28 (1), 29 (2), 30 (3), 31 (4), Fri 1 Jan 2027 holiday, weekend, Mon 4 Jan (5).
    QTest::newRow("Christmas 2026 + 5 into 2027") << d("2026-12-23") << 5 << d("2027-01-04");
    // Counting continues: Jan 5 (6), 6 (7), 7 (8), 8 (9), Mon 11 (10).
    QTest::newRow("Christmas 2026 + 10 into 2027") << d("2026-12-23") << 10 << d("2027-01-11");
}

void TestWorkingCalendar::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    QCOMPARE(WorkingCalendar::national(AgencyZone::WITA).addWorkingDays(from, n), expected);
}

void TestWorkingCalendar::addWorkingDaysFromInvalidDate()
{
    // A missing date (e.g. a NULL column) must give no date, not hang the caller.
    const auto calendar = WorkingCalendar::national(AgencyZone::WIB);
    QVERIFY(!calendar.addWorkingDays(QDate(), 5).isValid());
    QCOMPARE(calendar.workingDaysBetween(QDate(), d("2026-03-13")), 0);
    QCOMPARE(calendar.workingDaysBetween(d("2026-03-13"), QDate()), 0);
}

void TestWorkingCalendar::workingDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");

    QTest::newRow("same day") << d("2026-03-10") << d("2026-03-10") << 0;
    QTest::newRow("same holiday") << d("2026-03-19") << d("2026-03-19") << 0;
    QTest::newRow("Mon to Tue") << d("2026-03-09") << d("2026-03-10") << 1;
    QTest::newRow("Fri to Mon") << d("2026-03-06") << d("2026-03-09") << 1;
    QTest::newRow("Fri to Sun") << d("2026-03-06") << d("2026-03-08") << 0;
    QTest::newRow("Mon to next Mon") << d("2026-03-02") << d("2026-03-09") << 5;
    // (Fri 13, Tue 31 March]: 16, 17, 25, 26, 27, 30, 31.
    QTest::newRow("across Lebaran 2026") << d("2026-03-13") << d("2026-03-31") << 7;
    QTest::newRow("across Lebaran 2026 backwards") << d("2026-03-31") << d("2026-03-13") << -7;
    // (Thu 24 Dec 2026, Mon 4 Jan 2027]: 28, 29, 30, 31, 4.
    QTest::newRow("across year end") << d("2026-12-24") << d("2027-01-04") << 5;
    QTest::newRow("across year end backwards") << d("2027-01-04") << d("2026-12-24") << -5;
    QTest::newRow("inside a holiday week") << d("2026-03-18") << d("2026-03-24") << 0;
}

void TestWorkingCalendar::workingDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(WorkingCalendar::national(AgencyZone::WIT).workingDaysBetween(from, to), expected);
}

void TestWorkingCalendar::addAndBetweenAreInverse()
{
    // For every start day around the holiday-dense stretches and every small n, the n-th
    // working day is exactly n working days away, is itself a working day, and is the
    // first day that far away.
    const auto calendar = WorkingCalendar::national(AgencyZone::WIB);
    const QList<QPair<QDate, QDate>> ranges = {
        { d("2026-02-01"), d("2026-04-30") },
        { d("2026-12-01"), d("2027-01-31") },
    };
    int checked = 0;
    for (const auto &[first, last] : ranges) {
        for (QDate from = first; from <= last; from = from.addDays(1)) {
            for (int n = 0; n <= 15; ++n) {
                const QDate to = calendar.addWorkingDays(from, n);
                const QByteArray where
                    = from.toString(Qt::ISODate).toLatin1() + " + " + QByteArray::number(n);
                QVERIFY2(to >= from, where.constData());
                QVERIFY2(calendar.workingDaysBetween(from, to) == n, where.constData());
                QVERIFY2(calendar.workingDaysBetween(to, from) == -n, where.constData());
                if (n > 0) {
                    QVERIFY2(calendar.isWorkingDay(to), where.constData());
                    QVERIFY2(calendar.workingDaysBetween(from, to.addDays(-1)) == n - 1,
                             where.constData());
                }
                ++checked;
            }
        }
    }
    QCOMPARE(checked, (89 + 62) * 16);
}

void TestWorkingCalendar::localDate_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QDate>("wib");
    QTest::addColumn<QDate>("wita");
    QTest::addColumn<QDate>("wit");

    // 23:30 WITA on Friday 13 March 2026 = 15:30 UTC = 22:30 WIB Friday = 00:30 WIT Saturday.
    QTest::newRow("Fri 23:30 WITA")
        << utc("2026-03-13T15:30:00") << d("2026-03-13") << d("2026-03-13") << d("2026-03-14");
    // 00:30 WITA on Monday 16 March = 16:30 UTC Sunday = 23:30 WIB Sunday = 01:30 WIT Monday.
    QTest::newRow("Mon 00:30 WITA")
        << utc("2026-03-15T16:30:00") << d("2026-03-15") << d("2026-03-16") << d("2026-03-16");
    // The last second of a WIB day and the first of the next.
    QTest::newRow("23:59:59 WIB") << utc("2026-06-30T16:59:59") << d("2026-06-30")
                                  << d("2026-07-01") << d("2026-07-01");
    QTest::newRow("00:00 WIB") << utc("2026-06-30T17:00:00") << d("2026-07-01") << d("2026-07-01")
                               << d("2026-07-01");
    // New Year: 15:30 UTC on 31 Dec is already 2027 in WIT only.
    QTest::newRow("New Year in WIT first")
        << utc("2026-12-31T15:30:00") << d("2026-12-31") << d("2026-12-31") << d("2027-01-01");
    // The zone an instant was recorded in does not matter, only the instant.
    QTest::newRow("instant given in UTC-5")
        << QDateTime(d("2026-03-15"), QTime(11, 30), QTimeZone(-5 * 3600)) << d("2026-03-15")
        << d("2026-03-16") << d("2026-03-16");
    // Before 1970 the seconds since the epoch are negative and must round down.
    QTest::newRow("before the epoch")
        << utc("1969-12-31T10:00:00") << d("1969-12-31") << d("1969-12-31") << d("1969-12-31");
    QTest::newRow("epoch midnight WIB")
        << utc("1969-12-31T17:00:00") << d("1970-01-01") << d("1970-01-01") << d("1970-01-01");
    QTest::newRow("last second before it")
        << utc("1969-12-31T16:59:59") << d("1969-12-31") << d("1970-01-01") << d("1970-01-01");
    QTest::newRow("invalid") << QDateTime() << QDate() << QDate() << QDate();
}

void TestWorkingCalendar::localDate()
{
    QFETCH(QDateTime, instant);
    QFETCH(QDate, wib);
    QFETCH(QDate, wita);
    QFETCH(QDate, wit);
    QCOMPARE(WorkingCalendar(AgencyZone::WIB).localDate(instant), wib);
    QCOMPARE(WorkingCalendar(AgencyZone::WITA).localDate(instant), wita);
    QCOMPARE(WorkingCalendar(AgencyZone::WIT).localDate(instant), wit);
}

void TestWorkingCalendar::endOfDay_data()
{
    QTest::addColumn<AgencyZone>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDateTime>("expected");
    // The first instant of the next local day.
    QTest::newRow("WIB") << AgencyZone::WIB << d("2026-03-27") << utc("2026-03-27T17:00:00");
    QTest::newRow("WITA") << AgencyZone::WITA << d("2026-03-27") << utc("2026-03-27T16:00:00");
    QTest::newRow("WIT") << AgencyZone::WIT << d("2026-03-27") << utc("2026-03-27T15:00:00");
    QTest::newRow("WIT New Year's Eve")
        << AgencyZone::WIT << d("2026-12-31") << utc("2026-12-31T15:00:00");
}

void TestWorkingCalendar::endOfDay()
{
    QFETCH(AgencyZone, zone);
    QFETCH(QDate, date);
    QFETCH(QDateTime, expected);
    const WorkingCalendar calendar(zone);
    const QDateTime end = calendar.endOfDay(date);
    QCOMPARE(end, expected);
    QCOMPARE(calendar.localDate(end), date.addDays(1));
    QCOMPARE(calendar.localDate(end.addSecs(-1)), date);
}

void TestWorkingCalendar::parseHolidays()
{
    const QByteArray json = R"({"source": "test", "holidays": [
        {"date": "2026-03-19", "name": "Hari Suci Nyepi", "kind": "holiday"},
        {"date": "2026-03-18", "name": "Cuti bersama Nyepi", "kind": "cuti_bersama"}
    ]})";
    QString error;
    const auto parsed = WorkingCalendar::parseHolidays(json, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->at(0).date, d("2026-03-19"));
    QCOMPARE(parsed->at(0).name, QStringLiteral("Hari Suci Nyepi"));
    QVERIFY(!parsed->at(0).collectiveLeave);
    QCOMPARE(parsed->at(1).date, d("2026-03-18"));
    QVERIFY(parsed->at(1).collectiveLeave);

    const auto empty = WorkingCalendar::parseHolidays(R"({"holidays": []})", nullptr);
    QVERIFY(empty.has_value());
    QVERIFY(empty->isEmpty());
}

void TestWorkingCalendar::parseHolidaysErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("empty input") << QByteArray() << QString();
    QTest::newRow("invalid JSON") << QByteArray(R"({"holidays": [)") << QString();
    QTest::newRow("top-level array")
        << QByteArray(R"([{"date": "2026-01-01"}])") << QStringLiteral("holidays");
    QTest::newRow("missing list") << QByteArray(R"({"source": "x"})") << QStringLiteral("holidays");
    QTest::newRow("list is an object")
        << QByteArray(R"({"holidays": {}})") << QStringLiteral("holidays");
    QTest::newRow("bad date 30 Feb")
        << QByteArray(R"({"holidays": [{"date": "2026-02-30", "name": "x", "kind": "holiday"}]})")
        << QStringLiteral("2026-02-30");
    QTest::newRow("day-month-year date")
        << QByteArray(R"({"holidays": [{"date": "17-08-2026", "name": "x", "kind": "holiday"}]})")
        << QStringLiteral("17-08-2026");
    QTest::newRow("missing date") << QByteArray(
        R"({"holidays": [{"name": "x", "kind": "holiday"}]})")
                                  << QStringLiteral("date");
    QTest::newRow("date as number")
        << QByteArray(R"({"holidays": [{"date": 20260817, "name": "x", "kind": "holiday"}]})")
        << QStringLiteral("date");
    QTest::newRow("entry not an object")
        << QByteArray(R"({"holidays": ["2026-08-17"]})") << QStringLiteral("date");
    QTest::newRow("unknown kind") << QByteArray(
        R"({"holidays": [{"date": "2026-08-17", "name": "x", "kind": "regional"}]})")
                                  << QStringLiteral("regional");
    QTest::newRow("missing kind") << QByteArray(
        R"({"holidays": [{"date": "2026-08-17", "name": "x"}]})")
                                  << QStringLiteral("kind");
    QTest::newRow("bad entry after good ones")
        << QByteArray(R"({"holidays": [{"date": "2026-08-17", "name": "x", "kind": "holiday"},
                                         {"date": "2026-08-18", "name": "y", "kind": "cuti"}]})")
        << QStringLiteral("cuti");
}

void TestWorkingCalendar::parseHolidaysErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorContains);
    QString error;
    QVERIFY(!WorkingCalendar::parseHolidays(json, &error).has_value());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(errorContains), qPrintable(error));
    // Callers that do not want the reason may pass no error string.
    QVERIFY(!WorkingCalendar::parseHolidays(json, nullptr).has_value());
}

void TestWorkingCalendar::setAndAddHolidays()
{
    WorkingCalendar calendar(AgencyZone::WITA);
    QVERIFY(calendar.holidays().isEmpty());
    QVERIFY(calendar.isWorkingDay(d("2026-08-17")));

    // A regional or newly decreed day off arrives through the change feed.
    calendar.addHoliday({ d("2026-08-17"), QStringLiteral("Hari Kemerdekaan"), false });
    calendar.addHoliday({ QDate(), QStringLiteral("ignored"), false });
    QVERIFY(!calendar.isWorkingDay(d("2026-08-17")));
    QCOMPARE(calendar.holidays().size(), 1);

    // Adding the same date again replaces it rather than duplicating it.
    calendar.addHoliday({ d("2026-08-17"), QStringLiteral("HUT RI"), false });
    QCOMPARE(calendar.holidays().size(), 1);
    QCOMPARE(calendar.holidayOn(d("2026-08-17"))->name, QStringLiteral("HUT RI"));

    // setHolidays replaces the whole list.
    calendar.setHolidays({ { d("2026-12-25"), QStringLiteral("Natal"), false },
                           { d("2026-12-24"), QStringLiteral("Cuti"), true } });
    QVERIFY(calendar.isWorkingDay(d("2026-08-17")));
    const auto list = calendar.holidays();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).date, d("2026-12-24")); // sorted by date
    QCOMPARE(list.at(1).date, d("2026-12-25"));
}

void TestWorkingCalendar::shippedHolidaysLoad()
{
    const auto holidays = WorkingCalendar::shippedHolidays();
    QVERIFY(!holidays.isEmpty());

    QSet<QDate> dates;
    QHash<int, int> perYear;
    for (const auto &holiday : holidays) {
        QVERIFY(holiday.date.isValid());
        QVERIFY2(!holiday.name.trimmed().isEmpty(), qPrintable(holiday.date.toString()));
        QVERIFY2(!dates.contains(holiday.date), qPrintable(holiday.date.toString()));
        dates.insert(holiday.date);
        ++perYear[holiday.date.year()];
    }
    // 2024-2026 carry the full decree (well over a dozen days each); nothing before 2024.
    for (int year : { 2024, 2025, 2026 })
        QVERIFY2(perYear.value(year) >= 20, qPrintable(QString::number(year)));
    QCOMPARE(perYear.value(2023), 0);

    const auto sorted = WorkingCalendar::national(AgencyZone::WIB).holidays();
    QCOMPARE(sorted.size(), holidays.size());
    for (qsizetype i = 1; i < sorted.size(); ++i)
        QVERIFY(sorted.at(i - 1).date < sorted.at(i).date);
}

void TestWorkingCalendar::shippedHolidaysContain_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("collectiveLeave");
    QTest::newRow("Idul Fitri 2024") << d("2024-04-10") << false;
    QTest::newRow("cuti bersama Idul Fitri 2024") << d("2024-04-15") << true;
    QTest::newRow("Natal 2024") << d("2024-12-25") << false;
    QTest::newRow("Idul Fitri 2025") << d("2025-03-31") << false;
    QTest::newRow("cuti bersama Natal 2025") << d("2025-12-26") << true;
    QTest::newRow("New Year 2026") << d("2026-01-01") << false;
    QTest::newRow("cuti bersama Nyepi 2026") << d("2026-03-18") << true;
    QTest::newRow("Nyepi 2026") << d("2026-03-19") << false;
    QTest::newRow("Idul Fitri 2026") << d("2026-03-20") << false;
    QTest::newRow("cuti bersama Idul Fitri 2026") << d("2026-03-24") << true;
    QTest::newRow("Independence Day 2026") << d("2026-08-17") << false;
    QTest::newRow("cuti bersama Natal 2026") << d("2026-12-24") << true;
    QTest::newRow("New Year 2027") << d("2027-01-01") << false;
}

void TestWorkingCalendar::shippedHolidaysContain()
{
    QFETCH(QDate, date);
    QFETCH(bool, collectiveLeave);
    const auto holiday = WorkingCalendar::national(AgencyZone::WIB).holidayOn(date);
    QVERIFY(holiday.has_value());
    QCOMPARE(holiday->collectiveLeave, collectiveLeave);
}

void TestWorkingCalendar::shipped2027HasFixedDatesOnly()
{
    // Until the 2027 decree is published only the fixed-date holidays ship; the rest
    // comes from the hub's change feed.
    const QSet<QDate> fixed
        = { d("2027-01-01"), d("2027-05-01"), d("2027-06-01"), d("2027-08-17"), d("2027-12-25") };
    QSet<QDate> shipped;
    for (const auto &holiday : WorkingCalendar::shippedHolidays()) {
        if (holiday.date.year() == 2027)
            shipped.insert(holiday.date);
    }
    QCOMPARE(shipped, fixed);
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
