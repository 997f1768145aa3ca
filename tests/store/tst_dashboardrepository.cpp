#include "../reports/supervisionfixture.h"
#include "store/dashboardrepository.h"
#include "tempstore.h"

#include <QtTest>

using namespace lapor;
namespace F = lapor::SupervisionFixture;

// The counting under the dashboard, on the hand-built store of supervisionfixture.h (the
// case table and every expected figure are worked out in tst_dashboardquery.cpp). The
// selections here are written by hand; in the desk CaseFilter writes them.
class TestDashboardRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deadlines();
    void conditions();
    void conditions_data();
    void daysAreTheAgencysDays();
    void groups();
    void ratings();
    void lateness();
    void overdueCasesKeepPrivacy();
    void sharedConnection();
    void refusedSelection();

private:
    QList<qint64> ids(std::initializer_list<int> numbers) const;
    CaseSelection october() const;
    CaseSelection only(std::initializer_list<int> numbers) const;
    lapor::test::TempStore m_db;
    std::unique_ptr<DashboardRepository> m_repository;
};

QList<qint64> TestDashboardRepository::ids(std::initializer_list<int> numbers) const
{
    QList<qint64> list;
    for (int n : numbers)
        list.append(F::kBase + n);
    return list;
}

CaseSelection TestDashboardRepository::october() const
{
    const WorkingCalendar cal = F::calendar();
    return { QStringLiteral("c.in_scope = 1 AND c.received_at >= ? AND c.received_at < ?"),
             { cal.endOfDay(QDate(2026, 9, 30)).toSecsSinceEpoch(),
               cal.endOfDay(QDate(2026, 10, 31)).toSecsSinceEpoch() } };
}

CaseSelection TestDashboardRepository::only(std::initializer_list<int> numbers) const
{
    CaseSelection s;
    QStringList marks;
    for (const qint64 id : ids(numbers)) {
        marks.append(QStringLiteral("?"));
        s.values.append(id);
    }
    s.where = QStringLiteral("c.tracking_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    return s;
}

void TestDashboardRepository::initTestCase()
{
    QVERIFY(m_db.open());
    QString error;
    QVERIFY2(F::build(*m_db, &error), qPrintable(error));
    m_repository = std::make_unique<DashboardRepository>(*m_db, F::calendar());
    QVERIFY2(m_repository->prepare(F::now(), &error), qPrintable(error));
}

void TestDashboardRepository::deadlines()
{
    QString error;
    const auto counts = m_repository->deadlines(october(), &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->onTime, 5);
    QCOMPARE(counts->late, 2);
    QCOMPARE(counts->missed, 2);
    QCOMPARE(counts->pending, 1);
    QCOMPARE(counts->answered, 7);
    QCOMPARE(counts->averageDays, 4.0);
}

void TestDashboardRepository::conditions_data()
{
    using Kind = FigureCondition::Kind;
    QTest::addColumn<FigureCondition>("condition");
    QTest::addColumn<QList<qint64>>("expected");
    auto kind = [](Kind k) {
        FigureCondition c;
        c.kind = k;
        return c;
    };
    QTest::newRow("none") << kind(Kind::None) << ids({ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 });
    QTest::newRow("answered") << kind(Kind::Answered) << ids({ 1, 2, 3, 5, 6, 7, 12 });
    QTest::newRow("on time") << kind(Kind::OnTime) << ids({ 1, 3, 6, 7, 12 });
    QTest::newRow("late") << kind(Kind::Late) << ids({ 2, 5 });
    QTest::newRow("missed") << kind(Kind::Missed) << ids({ 4, 8 });
    QTest::newRow("pending") << kind(Kind::Pending) << ids({ 10 });
    QTest::newRow("answered, nobody's") << kind(Kind::AnsweredUnassigned) << ids({ 7 });
    QTest::newRow("rated") << kind(Kind::Rated) << ids({ 1, 3, 6, 7 });
    FigureCondition four = kind(Kind::Rating);
    four.rating = 4;
    QTest::newRow("four stars") << four << ids({ 3 });
    // ISO week 42, Mon 12 to Sun 18 October, in WIB.
    const WorkingCalendar cal = F::calendar();
    FigureCondition week = kind(Kind::FollowedUpBetween);
    week.from = cal.endOfDay(QDate(2026, 10, 11));
    week.to = cal.endOfDay(QDate(2026, 10, 18));
    QTest::newRow("followed up in week 42") << week << ids({ 2, 3, 5, 6 });
}

void TestDashboardRepository::conditions()
{
    QFETCH(FigureCondition, condition);
    QFETCH(QList<qint64>, expected);
    QString error;
    const auto found = m_repository->trackingIds(october(), condition, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(*found, expected);
}

void TestDashboardRepository::daysAreTheAgencysDays()
{
    // #7 was first followed up at 23:30 WIB on Wed 21 October: that is still the 21st in
    // WIB, and already Thu 22 for an agency in WIT (UTC+9).
    const WorkingCalendar wib = F::calendar();
    const QDateTime from = wib.endOfDay(QDate(2026, 10, 18));
    const QDateTime to = wib.endOfDay(QDate(2026, 10, 25));
    QString error;
    const auto inWib = m_repository->followedUpPerDay(only({ 7 }), from, to, &error);
    QVERIFY2(inWib, qPrintable(error));
    QCOMPARE(*inWib, (QHash<QDate, int> { { QDate(2026, 10, 21), 1 } }));

    DashboardRepository wit(*m_db, WorkingCalendar::national(AgencyZone::WIT));
    QVERIFY2(wit.prepare(F::now(), &error), qPrintable(error));
    const auto inWit = wit.followedUpPerDay(only({ 7 }), from, to, &error);
    QVERIFY2(inWit, qPrintable(error));
    QCOMPARE(*inWit, (QHash<QDate, int> { { QDate(2026, 10, 22), 1 } }));

    const auto received = m_repository->receivedPerDay(october(), &error);
    QVERIFY2(received, qPrintable(error));
    QCOMPARE(received->value(QDate(2026, 10, 1)), 1);
    QCOMPARE(received->value(QDate(2026, 10, 5)), 1); // #3; #15 left the unit
    int total = 0;
    for (const int count : *received)
        total += count;
    QCOMPARE(total, 12);
}

void TestDashboardRepository::groups()
{
    QString error;
    const auto units = m_repository->groups(october(), DashboardRepository::Grouping::Unit, &error);
    QVERIFY2(units, qPrintable(error));
    QCOMPARE(units->size(), 2);
    for (const GroupCounts &g : *units) {
        if (g.id == QLatin1String("dinkes")) {
            QCOMPARE(g.name, QStringLiteral("Dinas Kesehatan"));
            QCOMPARE(g.answered, 3);
            QCOMPARE(g.onTime, 3);
            QCOMPARE(g.missed, 1);
            QCOMPARE(g.averageDays, 2.0);
        } else {
            QCOMPARE(g.id, QStringLiteral("dpupr"));
            QCOMPARE(g.averageDays, 5.5);
        }
    }
    const auto officers
        = m_repository->groups(october(), DashboardRepository::Grouping::Officer, &error);
    QVERIFY2(officers, qPrintable(error));
    QCOMPARE(officers->size(), 3);
    const auto nobody = std::find_if(officers->cbegin(), officers->cend(),
                                     [](const GroupCounts &g) { return g.id.isEmpty(); });
    QVERIFY(nobody != officers->cend());
    QCOMPARE(nobody->name, QString()); // the caller names it
    QCOMPARE(nobody->answered, 1);
}

void TestDashboardRepository::ratings()
{
    QString error;
    const auto ratings = m_repository->ratings(october(), &error);
    QVERIFY2(ratings, qPrintable(error));
    QCOMPARE(*ratings, (QMap<int, int> { { 1, 1 }, { 3, 1 }, { 4, 1 }, { 5, 1 } }));
}

void TestDashboardRepository::lateness()
{
    // The five overdue cases: #8 and #9 3 working days late, #5 9, #4 10, #13 25.
    QString error;
    const auto late = m_repository->lateness(only({ 4, 5, 8, 9, 13 }), &error);
    QVERIFY2(late, qPrintable(error));
    QCOMPARE(late->casesByDaysLate, (QMap<int, int> { { 3, 2 }, { 9, 1 }, { 10, 1 }, { 25, 1 } }));
    QCOMPARE(late->unknown, 0);
}

void TestDashboardRepository::overdueCasesKeepPrivacy()
{
    QString error;
    const auto all = m_repository->overdueCases(only({ 4, 5, 8, 9, 13 }), -1, &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->size(), 5);
    QCOMPARE(all->at(0).trackingId, F::kBase + 13); // the oldest due first
    QCOMPARE(all->at(0).workingDaysLate, 25);
    QCOMPARE(all->at(0).unitName, QStringLiteral("Dinas PUPR"));
    QCOMPARE(all->at(0).assigneeName, QStringLiteral("Rina Wulandari"));
    const auto secret = std::find_if(all->cbegin(), all->cend(), [](const OverdueCase &c) {
        return c.trackingId == F::kBase + 5;
    });
    QVERIFY(secret != all->cend());
    QVERIFY(secret->confidential);
    QCOMPARE(secret->title, QString());
    QCOMPARE(secret->reporter, QString()); // a rahasia reporter is withheld too
    const auto anonymous = std::find_if(all->cbegin(), all->cend(), [](const OverdueCase &c) {
        return c.trackingId == F::kBase + 4;
    });
    QVERIFY(anonymous != all->cend());
    QVERIFY(anonymous->anonymous);
    QCOMPARE(anonymous->reporter, QString());

    const auto two = m_repository->overdueCases(only({ 4, 5, 8, 9, 13 }), 2, &error);
    QVERIFY2(two, qPrintable(error));
    QCOMPARE(two->size(), 2);
}

void TestDashboardRepository::sharedConnection()
{
    // Two repositories on one connection, with other calendars and "now"s: each keeps
    // counting with its own days.
    QString error;
    DashboardRepository other(*m_db, WorkingCalendar::national(AgencyZone::WIT));
    QVERIFY2(other.prepare(F::now().addDays(30), &error), qPrintable(error));
    const auto late = m_repository->lateness(only({ 8, 13 }), &error);
    QVERIFY2(late, qPrintable(error));
    QCOMPARE(late->casesByDaysLate, (QMap<int, int> { { 3, 1 }, { 25, 1 } }));
    const auto later = other.lateness(only({ 8 }), &error);
    QVERIFY2(later, qPrintable(error));
    QVERIFY(later->casesByDaysLate.firstKey() > 3);
    FigureCondition owed;
    owed.kind = FigureCondition::Kind::Missed;
    const auto missed = m_repository->trackingIds(october(), owed, &error);
    QVERIFY2(missed, qPrintable(error));
    QCOMPARE(*missed, ids({ 4, 8 }));

    DashboardRepository unprepared(*m_db, F::calendar());
    QVERIFY(!unprepared.ratings(october(), &error));
    QVERIFY(error.contains(QLatin1String("prepare")));
}

void TestDashboardRepository::refusedSelection()
{
    const CaseSelection broken { QStringLiteral("c.no_such_column = ?"), { 1 } };
    QString error;
    QVERIFY(!m_repository->countByStatus(broken, &error));
    QVERIFY(error.contains(QLatin1String("no_such_column")));
    error.clear();
    QVERIFY(!m_repository->trackingIds(broken, {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDashboardRepository)
#include "tst_dashboardrepository.moc"
