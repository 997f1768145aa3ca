#include "core/deadlines.h"

#include <QTest>

using namespace lapor;

namespace {

QDateTime utc(const char *iso)
{
    auto dt = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

// The shipped national calendar. Dates that matter below (all from holidays.json):
// 2026-03-18 .. 2026-03-24 Nyepi + Idul Fitri (Wed 18 to Tue 24, incl. the weekend),
// 2026-04-03 Good Friday, 2026-08-17 Independence Day, 2026-08-25 Maulid Nabi,
// 2026-12-24 cuti bersama, 2026-12-25 Natal, 2027-01-01 New Year.
WorkingCalendar national(AgencyZone zone)
{
    return WorkingCalendar::national(zone);
}

} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void firstFollowupDue_data();
    void firstFollowupDue();
    void autoCloseAt_data();
    void autoCloseAt();
    void resolutionDue_data();
    void resolutionDue();
    void dueAfterZeroDays();
    void caseDeadline_data();
    void caseDeadline();
    void workingDaysLeftAndSla_data();
    void workingDaysLeftAndSla();
    void slaBoundaryIsExclusive();
    void slaWithoutDeadline();
    void slaKeys_data();
    void slaKeys();
};

void TestDeadlines::firstFollowupDue_data()
{
    QTest::addColumn<AgencyZone>("zone");
    QTest::addColumn<QDateTime>("disposedAt");
    QTest::addColumn<QDateTime>("due");

    // Mon 2 Mar 2026 09:00 WIB. Day 0 = Mon 2; Tue 3 (1), Wed 4 (2), Thu 5 (3), Fri 6 (4),
    // Mon 9 (5). Due at the end of Mon 9 WIB = 17:00 UTC.
    QTest::newRow("ordinary week")
        << AgencyZone::WIB << utc("2026-03-02T02:00:00") << utc("2026-03-09T17:00:00");

    // Fri 13 Mar 2026 23:30 WITA (15:30 UTC), the Friday before the 2026 holiday week.
    // Day 0 = Fri 13 (late, but still Friday); Mon 16 (1), Tue 17 (2), Wed 18 .. Tue 24 off,
    // Wed 25 (3), Thu 26 (4), Fri 27 (5). End of Fri 27 WITA = 16:00 UTC.
    QTest::newRow("Fri 23:30 WITA before Lebaran")
        << AgencyZone::WITA << utc("2026-03-13T15:30:00") << utc("2026-03-27T16:00:00");
    // The same instant for a WIT agency is 00:30 on Sat 14: day 0 is the Saturday, which
    // changes nothing (Mon 16 is still day 1) except that Fri 27 ends at 15:00 UTC.
    QTest::newRow("same instant in WIT")
        << AgencyZone::WIT << utc("2026-03-13T15:30:00") << utc("2026-03-27T15:00:00");
    // And for a WIB agency it is 22:30 Friday: Fri 27, ending at 17:00 UTC.
    QTest::newRow("same instant in WIB")
        << AgencyZone::WIB << utc("2026-03-13T15:30:00") << utc("2026-03-27T17:00:00");

    // Thu 12 Mar 23:30 WITA (15:30 UTC). WITA: day 0 = Thu 12; Fri 13 (1), 16 (2), 17 (3),
    // 25 (4), Thu 26 (5) -> 26 Mar 16:00 UTC.
    QTest::newRow("Thu 23:30 WITA")
        << AgencyZone::WITA << utc("2026-03-12T15:30:00") << utc("2026-03-26T16:00:00");
    // WIT: it is already 00:30 Fri 13, so day 0 = Fri 13; 16 (1), 17 (2), 25 (3), 26 (4),
    // Fri 27 (5) -> 27 Mar 15:00 UTC. One working day later than the WITA agency.
    QTest::newRow("Thu 23:30 WITA seen in WIT")
        << AgencyZone::WIT << utc("2026-03-12T15:30:00") << utc("2026-03-27T15:00:00");

    // 00:30 WITA Mon 16 Mar = 23:30 WIB Sun 15 (16:30 UTC on the 15th).
    // WITA: day 0 = Mon 16; Tue 17 (1), 25 (2), 26 (3), 27 (4), Mon 30 (5) -> 30 Mar 16:00 UTC.
    QTest::newRow("Mon 00:30 WITA")
        << AgencyZone::WITA << utc("2026-03-15T16:30:00") << utc("2026-03-30T16:00:00");
    // WIB: day 0 = Sun 15; Mon 16 (1), 17 (2), 25 (3), 26 (4), Fri 27 (5) -> 27 Mar 17:00 UTC.
    QTest::newRow("Sun 23:30 WIB")
        << AgencyZone::WIB << utc("2026-03-15T16:30:00") << utc("2026-03-27T17:00:00");

    // Disposed on Nyepi itself (Thu 19 Mar 10:00 WIB): day 0 is the holiday;
    // Wed 25 (1), 26 (2), 27 (3), Mon 30 (4), Tue 31 (5).
    QTest::newRow("disposed on a holiday")
        << AgencyZone::WIB << utc("2026-03-19T03:00:00") << utc("2026-03-31T17:00:00");

    // Wed 23 Dec 2026 14:00 WIT (05:00 UTC). Thu 24 cuti, Fri 25 Natal, weekend,
    // Mon 28 (1), 29 (2), 30 (3), Thu 31 (4), Fri 1 Jan 2027 holiday, weekend,
    // Mon 4 Jan (5) -> end of 4 Jan WIT = 15:00 UTC.
    QTest::newRow("across the year end")
        << AgencyZone::WIT << utc("2026-12-23T05:00:00") << utc("2027-01-04T15:00:00");

    QTest::newRow("no disposition") << AgencyZone::WIB << QDateTime() << QDateTime();
}

void TestDeadlines::firstFollowupDue()
{
    QFETCH(AgencyZone, zone);
    QFETCH(QDateTime, disposedAt);
    QFETCH(QDateTime, due);
    const auto actual = Deadlines::firstFollowupDue(national(zone), disposedAt);
    QCOMPARE(actual.isValid(), due.isValid());
    if (due.isValid())
        QCOMPARE(actual.toUTC(), due);
}

void TestDeadlines::autoCloseAt_data()
{
    QTest::addColumn<AgencyZone>("zone");
    QTest::addColumn<QDateTime>("lastFollowupAt");
    QTest::addColumn<QDateTime>("closesAt");

    // Follow-up Fri 13 Mar 2026 16:00 WITA (08:00 UTC). Mon 16 (1), Tue 17 (2),
    // holiday week, 25 (3), 26 (4), 27 (5), Mon 30 (6), 31 (7), Wed 1 Apr (8), Thu 2 (9),
    // Fri 3 Apr Good Friday, Mon 6 Apr (10) -> 6 Apr 16:00 UTC.
    QTest::newRow("across Lebaran and Good Friday")
        << AgencyZone::WITA << utc("2026-03-13T08:00:00") << utc("2026-04-06T16:00:00");
    // Follow-up Wed 23 Dec 2026 10:00 WIB. Mon 28 (1), 29 (2), 30 (3), 31 (4),
    // Mon 4 Jan (5), 5 (6), 6 (7), 7 (8), Fri 8 (9), Mon 11 Jan (10) -> 11 Jan 17:00 UTC.
    QTest::newRow("across the year end")
        << AgencyZone::WIB << utc("2026-12-23T03:00:00") << utc("2027-01-11T17:00:00");
    QTest::newRow("no follow-up") << AgencyZone::WIB << QDateTime() << QDateTime();
}

void TestDeadlines::autoCloseAt()
{
    QFETCH(AgencyZone, zone);
    QFETCH(QDateTime, lastFollowupAt);
    QFETCH(QDateTime, closesAt);
    const auto actual = Deadlines::autoCloseAt(national(zone), lastFollowupAt);
    QCOMPARE(actual.isValid(), closesAt.isValid());
    if (closesAt.isValid())
        QCOMPARE(actual.toUTC(), closesAt);
}

void TestDeadlines::resolutionDue_data()
{
    QTest::addColumn<int>("tier");
    QTest::addColumn<QDateTime>("due");

    // All disposed Mon 3 Aug 2026 09:00 WIB (02:00 UTC).
    // Tier 5: Tue 4 (1), 5 (2), 6 (3), 7 (4), Mon 10 Aug (5).
    QTest::newRow("5 working days") << 5 << utc("2026-08-10T17:00:00");
    // Tier 14: 11 (6), 12 (7), 13 (8), 14 (9), Mon 17 Independence Day, Tue 18 (10),
    // 19 (11), 20 (12), 21 (13), Mon 24 Aug (14).
    QTest::newRow("14 working days") << 14 << utc("2026-08-24T17:00:00");
    // Tier 60: Tue 25 Aug Maulid Nabi, Wed 26 (15), 27 (16), 28 (17), Mon 31 (18);
    // September has no holidays: 22 working days, 1 Sep (19) .. 30 Sep (40);
    // October: Thu 1 (41), Fri 2 (42), 5-9 (43-47), 12-16 (48-52), 19-23 (53-57),
    // Mon 26 (58), Tue 27 (59), Wed 28 Oct (60).
    QTest::newRow("60 working days") << 60 << utc("2026-10-28T17:00:00");
}

void TestDeadlines::resolutionDue()
{
    QFETCH(int, tier);
    QFETCH(QDateTime, due);
    const auto calendar = national(AgencyZone::WIB);
    const auto disposedAt = utc("2026-08-03T02:00:00");
    QCOMPARE(Deadlines::resolutionDue(calendar, disposedAt, tier).toUTC(), due);
}

void TestDeadlines::dueAfterZeroDays()
{
    // Zero working days: the deadline is the end of the start's own local day.
    const auto calendar = national(AgencyZone::WITA);
    QCOMPARE(Deadlines::dueAfter(calendar, utc("2026-03-13T15:30:00"), 0).toUTC(),
             utc("2026-03-13T16:00:00"));
}

void TestDeadlines::caseDeadline_data()
{
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<bool>("hasFollowup");
    QTest::addColumn<int>("tier");
    QTest::addColumn<QDateTime>("due");

    // Received Fri 31 Jul 2026 10:00 WIB; disposed Mon 3 Aug 09:00 WIB.
    // Verification: Mon 3 (1), Tue 4 (2), Wed 5 Aug (3).
    QTest::newRow("unverified: verification")
        << CaseStatus::Unverified << false << 14 << utc("2026-08-05T17:00:00");
    // First follow-up: Tue 4 .. Mon 10 Aug (5), see resolutionDue above.
    QTest::newRow("disposed: first follow-up")
        << CaseStatus::Disposed << false << 14 << utc("2026-08-10T17:00:00");
    QTest::newRow("in progress without follow-up: first follow-up")
        << CaseStatus::InProgress << false << 60 << utc("2026-08-10T17:00:00");
    QTest::newRow("in progress, tier 5")
        << CaseStatus::InProgress << true << 5 << utc("2026-08-10T17:00:00");
    QTest::newRow("in progress, tier 14")
        << CaseStatus::InProgress << true << 14 << utc("2026-08-24T17:00:00");
    QTest::newRow("in progress, tier 60")
        << CaseStatus::InProgress << true << 60 << utc("2026-10-28T17:00:00");
    // The clock stops while postponed and for every closed status.
    QTest::newRow("postponed") << CaseStatus::Postponed << true << 14 << QDateTime();
    QTest::newRow("done") << CaseStatus::Done << true << 14 << QDateTime();
    QTest::newRow("archived") << CaseStatus::Archived << true << 14 << QDateTime();
    QTest::newRow("not authority") << CaseStatus::NotAuthority << false << 14 << QDateTime();
}

void TestDeadlines::caseDeadline()
{
    QFETCH(CaseStatus, status);
    QFETCH(bool, hasFollowup);
    QFETCH(int, tier);
    QFETCH(QDateTime, due);

    Case c;
    c.trackingId = 8112829;
    c.title = QStringLiteral("Jalan rusak di depan pasar");
    c.status = status;
    c.receivedAt = utc("2026-07-31T03:00:00");
    c.disposedAt = utc("2026-08-03T02:00:00");
    if (hasFollowup)
        c.firstFollowupAt = c.lastFollowupAt = utc("2026-08-06T04:00:00");
    c.resolutionDays = tier;

    const auto actual = Deadlines::caseDeadline(national(AgencyZone::WIB), c);
    QCOMPARE(actual.isValid(), due.isValid());
    if (due.isValid())
        QCOMPARE(actual.toUTC(), due);
}

void TestDeadlines::workingDaysLeftAndSla_data()
{
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("left");
    QTest::addColumn<Deadlines::SlaState>("state");

    using S = Deadlines::SlaState;
    // First follow-up of the Fri 13 Mar 23:30 WITA disposition: end of Fri 27 Mar WITA.
    const auto due = utc("2026-03-27T16:00:00");
    // Now Mon 2 Mar (a clock before the disposition): (2, 27] = 3, 4, 5, 6, 9 .. 13,
    // 16, 17, 25, 26, 27 = 14.
    QTest::newRow("far ahead") << due << utc("2026-03-02T01:00:00") << 14 << S::OnTrack;
    // Mon 16, 09:00 WITA: (16, 27] = 17, 25, 26, 27.
    QTest::newRow("Mon 16") << due << utc("2026-03-16T01:00:00") << 4 << S::OnTrack;
    // Tue 17: 25, 26, 27. Ten calendar days remain but only three working days.
    QTest::newRow("Tue 17") << due << utc("2026-03-17T01:00:00") << 3 << S::OnTrack;
    // During the holiday week nothing is used up: still 25, 26, 27.
    QTest::newRow("Nyepi") << due << utc("2026-03-19T01:00:00") << 3 << S::OnTrack;
    QTest::newRow("last cuti day") << due << utc("2026-03-24T01:00:00") << 3 << S::OnTrack;
    // Wed 25: 26, 27.
    QTest::newRow("Wed 25") << due << utc("2026-03-25T01:00:00") << 2 << S::DueSoon;
    QTest::newRow("Thu 26") << due << utc("2026-03-26T01:00:00") << 1 << S::DueSoon;
    // Fri 27 23:59:59 WITA: due today.
    QTest::newRow("last second") << due << utc("2026-03-27T15:59:59") << 0 << S::DueSoon;
    // Sat 28 00:00 WITA: overdue, though no working day has been lost yet.
    QTest::newRow("Saturday after") << due << utc("2026-03-27T16:00:00") << 0 << S::Overdue;
    // Mon 30: one working day late; Wed 1 Apr: 30, 31, 1 = three.
    QTest::newRow("Mon 30") << due << utc("2026-03-30T01:00:00") << -1 << S::Overdue;
    QTest::newRow("Wed 1 Apr") << due << utc("2026-04-01T01:00:00") << -3 << S::Overdue;

    // Verification deadline of a case received Fri 13 Mar: Mon 16 (1), Tue 17 (2),
    // Wed 25 (3). On Mon 16 it is already due soon although nine calendar days remain.
    const auto verification = utc("2026-03-25T16:00:00");
    QTest::newRow("3-day deadline, Fri 13")
        << verification << utc("2026-03-13T01:00:00") << 3 << S::OnTrack;
    QTest::newRow("3-day deadline, Mon 16")
        << verification << utc("2026-03-16T01:00:00") << 2 << S::DueSoon;

    // Auto-close of a follow-up on Wed 23 Dec 2026 WITA: end of Mon 11 Jan 2027.
    const auto closes = utc("2027-01-11T16:00:00");
    // Thu 31 Dec: Mon 4, 5, 6, 7, Fri 8, Mon 11 Jan = 6.
    QTest::newRow("New Year's Eve") << closes << utc("2026-12-31T01:00:00") << 6 << S::OnTrack;
    // Christmas Day: 28, 29, 30, 31, 4, 5, 6, 7, 8, 11 = 10; nothing has been used up.
    QTest::newRow("Christmas") << closes << utc("2026-12-25T01:00:00") << 10 << S::OnTrack;
    QTest::newRow("Fri 8 Jan") << closes << utc("2027-01-08T01:00:00") << 1 << S::DueSoon;
}

void TestDeadlines::workingDaysLeftAndSla()
{
    QFETCH(QDateTime, due);
    QFETCH(QDateTime, now);
    QFETCH(int, left);
    QFETCH(Deadlines::SlaState, state);
    const auto calendar = national(AgencyZone::WITA);
    QCOMPARE(Deadlines::workingDaysLeft(calendar, due, now), left);
    QCOMPARE(Deadlines::slaState(calendar, due, now), state);
}

void TestDeadlines::slaBoundaryIsExclusive()
{
    // A follow-up published in the last second of the due day is on time.
    const auto calendar = national(AgencyZone::WIT);
    const auto due = Deadlines::firstFollowupDue(calendar, utc("2026-03-13T15:30:00"));
    QCOMPARE(Deadlines::slaState(calendar, due, due.addSecs(-1)), Deadlines::SlaState::DueSoon);
    QCOMPARE(Deadlines::slaState(calendar, due, due), Deadlines::SlaState::Overdue);
}

void TestDeadlines::slaWithoutDeadline()
{
    const auto calendar = national(AgencyZone::WIB);
    QCOMPARE(Deadlines::slaState(calendar, QDateTime(), utc("2026-03-16T01:00:00")),
             Deadlines::SlaState::None);

    Case closed;
    closed.status = CaseStatus::Done;
    closed.disposedAt = utc("2026-03-02T02:00:00");
    QCOMPARE(Deadlines::slaState(calendar, Deadlines::caseDeadline(calendar, closed),
                                 utc("2026-06-01T01:00:00")),
             Deadlines::SlaState::None);
}

void TestDeadlines::slaKeys_data()
{
    QTest::addColumn<Deadlines::SlaState>("state");
    QTest::addColumn<QString>("key");
    QTest::newRow("none") << Deadlines::SlaState::None << QStringLiteral("none");
    QTest::newRow("on_track") << Deadlines::SlaState::OnTrack << QStringLiteral("on_track");
    QTest::newRow("due_soon") << Deadlines::SlaState::DueSoon << QStringLiteral("due_soon");
    QTest::newRow("overdue") << Deadlines::SlaState::Overdue << QStringLiteral("overdue");
}

void TestDeadlines::slaKeys()
{
    QFETCH(Deadlines::SlaState, state);
    QFETCH(QString, key);
    QCOMPARE(Deadlines::slaKey(state), key);
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
