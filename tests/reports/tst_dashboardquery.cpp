#include "models/caselistmodel.h"
#include "reports/dashboardquery.h"
#include "supervisionfixture.h"
#include "tempstore.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace lapor;
namespace F = lapor::SupervisionFixture;

// Every figure of the dashboard on the hand-built store of supervisionfixture.h. Period:
// October 2026 (Thu 1 - Sat 31), WIB, now = Wed 28 Oct 10:00 WIB. Working days in
// October: 1, 2, 5, 6, 8, 9 (Wed 7 is the extra holiday), 12-16, 19-23, 26-30.
//
// Case by case (#n = 1000000 + n), deadline = the 5th working day after disposition (d0):
//  #1  d0 Thu 1  -> due Fri 9  (2,5,6,8,9);  follow-up Fri 9          on time, 5 days
//  #2  d0 Fri 2  -> due Mon 12 (5,6,8,9,12); follow-up Tue 13         late, 6 days
//  #3  d0 Mon 5  -> due Tue 13 (6,8,9,12,13); follow-up Tue 13 16:00  on time, 5 days
//                   (without the holiday it would have been due Mon 12, and late)
//  #4  d0 Tue 6  -> due Wed 14; no follow-up                          missed
//  #5  d0 Thu 8  -> due Thu 15; follow-up Fri 16                       late, 6 days
//  #6  d0 Mon 12 -> follow-up the same day                             on time, 0 days
//  #7  d0 Wed 14 -> due Wed 21; follow-up Wed 21 23:30 WIB             on time, 5 days
//  #8  d0 Fri 16 -> due Fri 23; no follow-up                           missed
//  #9  unverified (never disposed)                                     not owed
//  #10 d0 Thu 22 -> due Thu 29; no follow-up, still in time            pending
//  #11 returned as Bukan Wewenang, no follow-up                        not owed
//  #12 d0 Tue 27 -> follow-up Wed 28                                   on time, 1 day
//  #13, #14 received in September (outside the period); #15 left the unit (in_scope 0).
class TestDashboardQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void casesByStatus();
    void weeks();
    void response();
    void perUnitAndOfficer();
    void ratings();
    void overdue();
    void unitScope();
    void casesBehindOpenInTheList();
    void emptyPeriod();
    void periodParsing();

private:
    QList<qint64> ids(std::initializer_list<int> numbers) const;
    lapor::test::TempStore m_store;
    Database *m_db = nullptr;
    std::unique_ptr<DashboardQuery> m_query;
    SupervisionStats m_stats;
};

QList<qint64> TestDashboardQuery::ids(std::initializer_list<int> numbers) const
{
    QList<qint64> list;
    for (int n : numbers)
        list.append(F::kBase + n);
    return list;
}

void TestDashboardQuery::initTestCase()
{
    m_db = m_store.open();
    QVERIFY(m_db);
    QString error;
    QVERIFY2(F::build(*m_db, &error), qPrintable(error));
    m_query = std::make_unique<DashboardQuery>(*m_db, F::calendar());
    m_query->setNow(F::now());
    const SupervisionScope agency { {}, {}, QStringLiteral("Pemkab Sukamaju") };
    auto stats
        = m_query->compute(agency, *ReportPeriod::fromMonth(QStringLiteral("2026-10")), &error);
    QVERIFY2(stats, qPrintable(error));
    m_stats = *stats;
}

void TestDashboardQuery::casesByStatus()
{
    // Received in October and in scope: #1-#12 (#15 left the unit).
    QCOMPARE(m_stats.received, 12);
    QCOMPARE(m_query->trackingIds(m_stats.receivedBehind),
             ids({ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }));
    QHash<CaseStatus, int> expected {
        { CaseStatus::Unverified, 1 }, // #9
        { CaseStatus::Disposed, 3 }, // #4 #8 #10
        { CaseStatus::InProgress, 3 }, // #2 #5 #12
        { CaseStatus::Done, 4 }, // #1 #3 #6 #7
        { CaseStatus::Postponed, 0 },    { CaseStatus::Archived, 0 },
        { CaseStatus::NotAuthority, 1 }, // #11
    };
    QCOMPARE(m_stats.byStatus.size(), 7);
    for (const auto &f : m_stats.byStatus)
        QCOMPARE(f.count, expected.value(f.status));
    QCOMPARE(m_query->trackingIds(m_stats.byStatus.at(3).behind), ids({ 1, 3, 6, 7 }));
}

void TestDashboardQuery::weeks()
{
    // ISO weeks cut to October. Follow-ups count by the day of the first follow-up,
    // whenever the case came in (#14 came in September, answered Thu 1 October).
    struct W
    {
        int week;
        QDate from, to;
        int received, followed;
    };
    const QList<W> expected {
        { 40, { 2026, 10, 1 }, { 2026, 10, 4 }, 2, 1 }, // #1 #2 | #14
        { 41, { 2026, 10, 5 }, { 2026, 10, 11 }, 3, 1 }, // #3 #4 #5 | #1
        { 42, { 2026, 10, 12 }, { 2026, 10, 18 }, 3, 4 }, // #6 #7 #8 | #2 #3 #5 #6
        { 43, { 2026, 10, 19 }, { 2026, 10, 25 }, 2, 1 }, // #9 #10 | #7 (23:30 WIB Wed 21)
        { 44, { 2026, 10, 26 }, { 2026, 10, 31 }, 2, 1 }, // #11 #12 | #12
    };
    QCOMPARE(m_stats.weeks.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const auto &w = m_stats.weeks.at(i);
        QCOMPARE(w.isoYear, 2026);
        QCOMPARE(w.week, expected.at(i).week);
        QCOMPARE(w.from, expected.at(i).from);
        QCOMPARE(w.to, expected.at(i).to);
        QCOMPARE(w.received, expected.at(i).received);
        QCOMPARE(w.followedUp, expected.at(i).followed);
    }
    QCOMPARE(m_query->trackingIds(m_stats.weeks.at(2).followedUpBehind), ids({ 2, 3, 5, 6 }));
    QCOMPARE(m_query->trackingIds(m_stats.weeks.at(0).followedUpBehind), ids({ 14 }));
    QCOMPARE(m_query->trackingIds(m_stats.weeks.at(1).receivedBehind), ids({ 3, 4, 5 }));
}

void TestDashboardQuery::response()
{
    const auto &r = m_stats.response;
    QCOMPARE(r.onTime, 5); // #1 #3 #6 #7 #12
    QCOMPARE(r.late, 2); // #2 #5
    QCOMPARE(r.missed, 2); // #4 #8
    QCOMPARE(r.pending, 1); // #10
    // 5 of the 9 decided cases: 55.6 %.
    QVERIFY(r.onTimePercent());
    QCOMPARE(qRound(*r.onTimePercent() * 10), 556);
    QCOMPARE(m_query->trackingIds(r.onTimeBehind), ids({ 1, 3, 6, 7, 12 }));
    QCOMPARE(m_query->trackingIds(r.lateBehind), ids({ 2, 5 }));
    QCOMPARE(m_query->trackingIds(r.missedBehind), ids({ 4, 8 }));
    QCOMPARE(m_query->trackingIds(r.pendingBehind), ids({ 10 }));
    // Working days to the first follow-up: 5 + 6 + 5 + 6 + 0 + 5 + 1 = 28 over 7.
    QCOMPARE(m_stats.answered, 7);
    QCOMPARE(m_stats.averageDays, 4.0);
}

void TestDashboardQuery::perUnitAndOfficer()
{
    // dinkes: #3 (5 d), #6 (0 d), #12 (1 d) answered on time, #8 missed -> 6 / 3 = 2.0
    // dpupr:  #1 (5, on time), #2 (6, late), #5 (6, late), #7 (5, on time), #4 missed,
    //         #10 pending -> 22 / 4 = 5.5
    QCOMPARE(m_stats.byUnit.size(), 2);
    const auto &dinkes = m_stats.byUnit.at(0);
    QCOMPARE(dinkes.name, QStringLiteral("Dinas Kesehatan"));
    QCOMPARE(dinkes.answered, 3);
    QCOMPARE(dinkes.onTime, 3);
    QCOMPARE(dinkes.missed, 1);
    QCOMPARE(dinkes.averageDays, 2.0);
    QCOMPARE(m_query->trackingIds(dinkes.behind), ids({ 3, 6, 12 }));
    const auto &dpupr = m_stats.byUnit.at(1);
    QCOMPARE(dpupr.name, QStringLiteral("Dinas PUPR"));
    QCOMPARE(dpupr.answered, 4);
    QCOMPARE(dpupr.onTime, 2);
    QCOMPARE(dpupr.missed, 1);
    QCOMPARE(dpupr.averageDays, 5.5);

    // Agus Salim (petugas2): #3 #6 #12, #8 missed -> 2.0
    // Rina Wulandari (petugas1): #1 (5) #2 (6) #5 (6), #4 missed -> 17 / 3
    // not assigned: #7 (5)
    QCOMPARE(m_stats.byOfficer.size(), 3);
    QCOMPARE(m_stats.byOfficer.at(0).name, QStringLiteral("Agus Salim"));
    QCOMPARE(m_stats.byOfficer.at(0).averageDays, 2.0);
    const auto &rina = m_stats.byOfficer.at(1);
    QCOMPARE(rina.name, QStringLiteral("Rina Wulandari"));
    QCOMPARE(rina.answered, 3);
    QCOMPARE(rina.onTime, 1);
    QCOMPARE(rina.missed, 1);
    QCOMPARE(qRound(rina.averageDays * 1000), 5667);
    QCOMPARE(m_query->trackingIds(rina.behind), ids({ 1, 2, 5 }));
    const auto &nobody = m_stats.byOfficer.at(2);
    QVERIFY(nobody.id.isEmpty());
    QCOMPARE(nobody.answered, 1);
    QCOMPARE(nobody.averageDays, 5.0);
    QCOMPARE(m_query->trackingIds(nobody.behind), ids({ 7 }));
}

void TestDashboardQuery::ratings()
{
    // #1 5, #3 4, #6 3, #7 1 (#14 rated 2 but came in September): 13 / 4 = 3.25.
    const auto &r = m_stats.ratings;
    QCOMPARE(r.rated, 4);
    QCOMPARE(r.counts, (std::array<int, 5> { 1, 0, 1, 1, 1 }));
    QCOMPARE(r.average, 3.25);
    QCOMPARE(m_query->trackingIds(r.behind[0]), ids({ 7 }));
    QCOMPARE(m_query->trackingIds(r.behind[4]), ids({ 1 }));
    QCOMPARE(m_query->trackingIds(r.ratedBehind), ids({ 1, 3, 6, 7 }));
}

void TestDashboardQuery::overdue()
{
    // Overdue now, received by 31 October; lateness in working days after the due day up
    // to Wed 28:
    //  #13 due Tue 22 Sep: Sep 23-25, 28-30 (6), Oct 1-2 (2), 5, 6, 8, 9 (4), 12-16 (5),
    //      19-23 (5), 26-28 (3) = 25
    //  #4  due Wed 14 Oct: 15, 16, 19-23, 26-28 = 10
    //  #5  resolution tier 5 from Thu 8: due Thu 15: 16, 19-23, 26-28 = 9
    //  #8  due Fri 23: 26-28 = 3
    //  #9  unverified, verification 3 days from Tue 20: due Fri 23: 3
    const auto &o = m_stats.overdue;
    QCOMPARE(o.count, 5);
    QCOMPARE(o.buckets, (std::array<int, 4> { 2, 2, 0, 1 }));
    QCOMPARE(o.maxDaysLate, 25);
    QCOMPARE(o.averageDaysLate, 10.0);
    QCOMPARE(m_query->trackingIds(o.behind), ids({ 4, 5, 8, 9, 13 }));
    QCOMPARE(o.worst.size(), 5);
    const QList<int> order { 13, 4, 5, 8, 9 };
    const QList<int> late { 25, 10, 9, 3, 3 };
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(o.worst.at(i).trackingId, F::kBase + order.at(i));
        QCOMPARE(o.worst.at(i).workingDaysLate, late.at(i));
    }
    // Privacy at the query: the rahasia title and reporter and the anonim reporter never
    // arrive.
    QCOMPARE(o.worst.at(2).title, QString());
    QCOMPARE(o.worst.at(2).reporter, QString());
    QVERIFY(o.worst.at(2).confidential);
    QCOMPARE(o.worst.at(1).reporter, QString());
    QVERIFY(o.worst.at(1).anonymous);
    QCOMPARE(o.worst.at(0).reporter, QStringLiteral("Budi Santoso"));
    QCOMPARE(o.worst.at(0).unitName, QStringLiteral("Dinas PUPR"));
    QCOMPARE(o.worst.at(0).assigneeName, QStringLiteral("Rina Wulandari"));
}

void TestDashboardQuery::unitScope()
{
    // Dinas PUPR only: #1 #2 #4 #5 #7 #10 received; on time #1 #7, late #2 #5, missed #4,
    // pending #10 -> 2 / 5 = 40 %; overdue #13 #4 #5; ratings #1 (5) and #7 (1).
    QString error;
    const SupervisionScope unit { QStringLiteral("dpupr"), QStringLiteral("Dinas PUPR"),
                                  QStringLiteral("Pemkab Sukamaju") };
    auto s = m_query->compute(unit, *ReportPeriod::fromMonth(QStringLiteral("2026-10")), &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->received, 6);
    QCOMPARE(s->response.onTime, 2);
    QCOMPARE(s->response.late, 2);
    QCOMPARE(s->response.missed, 1);
    QCOMPARE(s->response.pending, 1);
    QCOMPARE(*s->response.onTimePercent(), 40.0);
    QCOMPARE(s->averageDays, 5.5);
    QCOMPARE(s->overdue.count, 3);
    QCOMPARE(s->ratings.average, 3.0);
    QCOMPARE(s->byUnit.size(), 1);
    QCOMPARE(m_query->trackingIds(s->response.onTimeBehind), ids({ 1, 7 }));
}

void TestDashboardQuery::casesBehindOpenInTheList()
{
    // The list behind a figure is the inbox model itself, showing exactly those cases.
    CaseListModel model(*m_db, F::calendar());
    QAbstractItemModelTester tester(&model);
    model.setNow(F::now());
    model.setFilter(m_query->filterFor(m_stats.response.missedBehind));
    QCOMPARE(model.rowCount(), 2);
    model.setFilter(m_query->filterFor(m_stats.overdue.behind));
    QCOMPARE(model.rowCount(), 5);
    model.setFilter(m_query->filterFor(m_stats.byStatus.at(1).behind));
    QCOMPARE(model.rowCount(), 3);
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.trackingIdAt(row));
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, ids({ 4, 8, 10 }));
}

void TestDashboardQuery::emptyPeriod()
{
    QString error;
    auto s = m_query->compute({ {}, {}, QStringLiteral("X") },
                              *ReportPeriod::fromMonth(QStringLiteral("2025-01")), &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->received, 0);
    QVERIFY(!s->response.onTimePercent());
    QCOMPARE(s->ratings.rated, 0);
    QCOMPARE(s->overdue.count, 0); // nothing received by January 2025
    QCOMPARE(s->weeks.size(), 5); // W01 (1-5 Jan) ... W05 (27-31 Jan)
}

void TestDashboardQuery::periodParsing()
{
    const auto p = ReportPeriod::fromMonth(QStringLiteral("2026-02"));
    QVERIFY(p);
    QCOMPARE(p->from, QDate(2026, 2, 1));
    QCOMPARE(p->to, QDate(2026, 2, 28));
    QVERIFY(!ReportPeriod::fromMonth(QStringLiteral("2026-13")));
    QVERIFY(!ReportPeriod::fromMonth(QStringLiteral("oktober")));
    QCOMPARE(p->label(QLocale(QLocale::Indonesian, QLocale::Indonesia)),
             QStringLiteral("Februari 2026"));
}

QTEST_GUILESS_MAIN(TestDashboardQuery)
#include "tst_dashboardquery.moc"
