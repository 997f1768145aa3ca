#include "inboxdata.h"
#include "sqlcheck.h"
#include "store/casefigures.h"
#include "store/caserepository.h"
#include "store/dashboardrepository.h"
#include "store/retention.h"
#include "tempstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace lapor;

// The sums the store keeps for the dashboard (resources/sql/007_case_figures.sql) against
// the same sums counted from scratch, after the writes a desk's store sees: a generated
// inbox, sync pages inserting and changing cases (status, follow-up, unit, officer,
// rating), deadlines moved by a new holiday, cases leaving the scope and removed, a wipe.
class TestCaseFigures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyUntilBuilt();
    void writesKeepTheSumsRight();
    void sumsCountWhatTheCasesCount();
    void anotherCalendarRebuilds();
    void wipeLeavesNothing();

private:
    static QDateTime now() { return QDateTime(QDate(2026, 10, 28), QTime(3, 0), QTimeZone::utc()); }
    // Every row of the three tables, in key order, as text.
    QStringList snapshot() const;
    void syncWrites();
    void compareWithCases(const FigureScope &scope);

    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WIB);
    std::unique_ptr<lapor::test::TempStore> m_store;
};

void TestCaseFigures::init()
{
    m_store = std::make_unique<lapor::test::TempStore>();
    QVERIFY(m_store->open());
    QString error;
    // Built on the empty store, so that every write below goes through the triggers.
    QVERIFY2(CaseFigures(**m_store, m_calendar).ensureCurrent(now(), &error), qPrintable(error));
    InboxData::Options options;
    options.cases = 800;
    options.now = now();
    QVERIFY2(InboxData::generate(**m_store, m_calendar, options, &error), qPrintable(error));
}

void TestCaseFigures::cleanup()
{
    m_store.reset();
}

QStringList TestCaseFigures::snapshot() const
{
    return lapor::test::figureSums((*m_store)->connection());
}

void TestCaseFigures::syncWrites()
{
    CaseRepository cases(**m_store, m_calendar);
    QString error;
    // A page of new cases: received yesterday, one disposed and one not.
    for (int i = 0; i < 20; ++i) {
        Case c;
        c.trackingId = 9000001 + i;
        c.title = QStringLiteral("Laporan baru %1").arg(i);
        c.content = QStringLiteral("Isi laporan");
        c.status = i % 2 ? CaseStatus::Disposed : CaseStatus::Unverified;
        c.unitId = QStringLiteral("dinkes");
        c.receivedAt = now().addDays(-1).addSecs(i * 600);
        if (i % 2)
            c.disposedAt = c.receivedAt.addSecs(3600);
        QVERIFY2(cases.upsert(c, &error), qPrintable(error));
    }
    // Later versions of existing cases: followed up, moved to another unit and officer,
    // rated, closed.
    int changed = 0;
    for (qint64 id = 5000001; id < 5000001 + 800; id += 7) {
        auto c = cases.find(id);
        QVERIFY(c);
        switch (changed++ % 4) {
        case 0:
            if (c->disposedAt.isValid() && !c->firstFollowupAt.isValid()) {
                c->status = CaseStatus::InProgress;
                c->firstFollowupAt = c->disposedAt.addDays(3);
                if (c->firstFollowupAt > now())
                    c->firstFollowupAt = now();
                c->lastFollowupAt = c->firstFollowupAt;
            }
            break;
        case 1:
            c->unitId = c->unitId == QLatin1String("dpupr") ? QStringLiteral("dlh")
                                                            : QStringLiteral("dpupr");
            c->assigneeId = QStringLiteral("petugas3");
            break;
        case 2:
            if (c->status == CaseStatus::Done)
                c->rating = 1 + int(id % 5);
            else
                c->status = CaseStatus::Postponed;
            break;
        default:
            c->status = CaseStatus::Done;
            break;
        }
        c->version += 1;
        QVERIFY2(cases.upsert(*c, &error), qPrintable(error));
    }
    // A holiday from the hub moves deadlines (the figures' calendar is rebuilt apart).
    cases.addHoliday({ QDate(2026, 10, 30), QStringLiteral("Libur daerah"), false });
    QVERIFY2(cases.recomputeDeadlines(&error), qPrintable(error));
    // Cases that left the unit, and cases removed with their history.
    Retention retention(**m_store);
    for (qint64 id = 5000003; id < 5000001 + 800; id += 41) {
        QVERIFY2(retention.purgeCase(id, &error), qPrintable(error));
    }
    QSqlQuery q((*m_store)->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM drafts WHERE case_id % 53 = 0")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM cases WHERE tracking_id % 53 = 0 AND tracking_id "
                                  "NOT IN (SELECT case_id FROM drafts)")));
    QVERIFY(q.numRowsAffected() > 0);
}

void TestCaseFigures::emptyUntilBuilt()
{
    // A store that never had them built (an upgraded one): nothing is summed, and
    // isCurrent() says so.
    lapor::test::TempStore fresh;
    QVERIFY(fresh.open());
    QString error;
    InboxData::Options options;
    options.cases = 50;
    options.now = now();
    QVERIFY2(InboxData::generate(*fresh, m_calendar, options, &error), qPrintable(error));
    QCOMPARE(lapor::test::scalar(fresh->connection(),
                                 QStringLiteral("SELECT count(*) FROM figures_by_day"))
                 .toInt(),
             0);
    CaseFigures figures(*fresh, m_calendar);
    QCOMPARE(figures.isCurrent(now(), &error), std::optional<bool>(false));
    bool rebuilt = false;
    QVERIFY2(figures.ensureCurrent(now(), &error, &rebuilt), qPrintable(error));
    QVERIFY(rebuilt);
    QCOMPARE(lapor::test::scalar(fresh->connection(),
                                 QStringLiteral("SELECT sum(cases) FROM figures_by_day"))
                 .toInt(),
             50);
    QVERIFY2(figures.ensureCurrent(now(), &error, &rebuilt), qPrintable(error));
    QVERIFY(!rebuilt);
}

void TestCaseFigures::writesKeepTheSumsRight()
{
    syncWrites();
    const QStringList kept = snapshot();
    QVERIFY(kept.size() > 100);
    QString error;
    QVERIFY2(CaseFigures(**m_store, m_calendar).rebuild(now(), &error), qPrintable(error));
    const QStringList fromScratch = snapshot();
    QCOMPARE(kept.size(), fromScratch.size());
    QCOMPARE(kept, fromScratch);
}

void TestCaseFigures::compareWithCases(const FigureScope &scope)
{
    QString error;
    CaseFigures figures(**m_store, m_calendar);
    QVERIFY2(figures.ensureCurrent(now(), &error), qPrintable(error));
    const auto totals = figures.totals(scope, now(), &error);
    QVERIFY2(totals, qPrintable(error));

    DashboardRepository cases(**m_store, m_calendar);
    QVERIFY2(cases.prepare(now(), &error), qPrintable(error));
    QString unit;
    QVariantList unitValue;
    if (!scope.unitId.isEmpty()) {
        unit = QStringLiteral(" AND c.unit_id = ?");
        unitValue.append(scope.unitId);
    }
    const qint64 from = m_calendar.endOfDay(scope.from.addDays(-1)).toSecsSinceEpoch();
    const qint64 to = m_calendar.endOfDay(scope.to).toSecsSinceEpoch();
    const CaseSelection received {
        QStringLiteral("c.in_scope = 1 AND c.received_at >= ? AND c.received_at < ?") + unit,
        QVariantList { from, to } + unitValue
    };
    const CaseSelection scopeOnly { QStringLiteral("c.in_scope = 1") + unit, unitValue };
    const CaseSelection overdue {
        QStringLiteral("c.in_scope = 1 AND c.due_at <= ? AND c.received_at < ?") + unit,
        QVariantList { now().toSecsSinceEpoch(), to } + unitValue
    };

    QCOMPARE(totals->byStatus, *cases.countByStatus(received, &error));
    QCOMPARE(totals->receivedPerDay, *cases.receivedPerDay(received, &error));
    QCOMPARE(totals->followedUpPerDay,
             *cases.followedUpPerDay(scopeOnly, m_calendar.endOfDay(scope.from.addDays(-1)),
                                     m_calendar.endOfDay(scope.to), &error));
    QCOMPARE(totals->ratings, *cases.ratings(received, &error));
    const auto deadlines = cases.deadlines(received, &error);
    QVERIFY2(deadlines, qPrintable(error));
    QCOMPARE(totals->deadlines.onTime, deadlines->onTime);
    QCOMPARE(totals->deadlines.late, deadlines->late);
    QCOMPARE(totals->deadlines.missed, deadlines->missed);
    QCOMPARE(totals->deadlines.pending, deadlines->pending);
    QCOMPARE(totals->deadlines.answered, deadlines->answered);
    QCOMPARE(totals->deadlines.averageDays, deadlines->averageDays);
    QVERIFY(deadlines->answered > 0 && deadlines->missed + deadlines->pending > 0);
    for (const auto by :
         { DashboardRepository::Grouping::Unit, DashboardRepository::Grouping::Officer }) {
        auto expected = *cases.groups(received, by, &error);
        auto found = by == DashboardRepository::Grouping::Unit ? totals->units : totals->officers;
        auto byId = [](const GroupCounts &a, const GroupCounts &b) {
            return a.id < b.id;
        };
        std::sort(expected.begin(), expected.end(), byId);
        std::sort(found.begin(), found.end(), byId);
        QCOMPARE(found.size(), expected.size());
        for (int i = 0; i < found.size(); ++i) {
            QCOMPARE(found.at(i).id, expected.at(i).id);
            QCOMPARE(found.at(i).name, expected.at(i).name);
            QCOMPARE(found.at(i).answered, expected.at(i).answered);
            QCOMPARE(found.at(i).onTime, expected.at(i).onTime);
            QCOMPARE(found.at(i).missed, expected.at(i).missed);
            QCOMPARE(found.at(i).averageDays, expected.at(i).averageDays);
        }
    }
    const auto lateness = cases.lateness(overdue, &error);
    QVERIFY2(lateness, qPrintable(error));
    QVERIFY(!lateness->casesByDaysLate.isEmpty());
    QCOMPARE(totals->lateness.casesByDaysLate, lateness->casesByDaysLate);
    QCOMPARE(totals->lateness.unknown, lateness->unknown);

    const auto worst = figures.overdueCases(overdue, 100, now(), &error);
    const auto expectedWorst = cases.overdueCases(overdue, 100, &error);
    QVERIFY2(worst && expectedWorst, qPrintable(error));
    QCOMPARE(worst->size(), expectedWorst->size());
    for (int i = 0; i < worst->size(); ++i) {
        QCOMPARE(worst->at(i).trackingId, expectedWorst->at(i).trackingId);
        QCOMPARE(worst->at(i).workingDaysLate, expectedWorst->at(i).workingDaysLate);
        QCOMPARE(worst->at(i).title, expectedWorst->at(i).title);
        QCOMPARE(worst->at(i).reporter, expectedWorst->at(i).reporter);
    }
}

void TestCaseFigures::sumsCountWhatTheCasesCount()
{
    syncWrites();
    const QDate month(2026, 10, 1);
    compareWithCases({ {}, month, QDate(2026, 10, 31) });
    compareWithCases({ QStringLiteral("dpupr"), month, QDate(2026, 10, 31) });
    compareWithCases({ {}, QDate(2026, 9, 14), QDate(2026, 10, 27) });
}

void TestCaseFigures::anotherCalendarRebuilds()
{
    QString error;
    WorkingCalendar other = m_calendar;
    other.addHoliday({ QDate(2026, 10, 20), QStringLiteral("Libur daerah"), false });
    CaseFigures figures(**m_store, other);
    QVERIFY(figures.fingerprint() != CaseFigures(**m_store, m_calendar).fingerprint());
    QCOMPARE(figures.isCurrent(now(), &error), std::optional<bool>(false));
    bool rebuilt = false;
    QVERIFY2(figures.ensureCurrent(now(), &error, &rebuilt), qPrintable(error));
    QVERIFY(rebuilt);
    // A year later the day table still reaches far enough; twenty years later it does not.
    QCOMPARE(figures.isCurrent(now().addYears(1), &error), std::optional<bool>(true));
    QCOMPARE(figures.isCurrent(now().addYears(20), &error), std::optional<bool>(false));
}

void TestCaseFigures::wipeLeavesNothing()
{
    QString error;
    QVERIFY2(Retention(**m_store).removeAllCaseData(&error), qPrintable(error));
    const int left = lapor::test::scalar((*m_store)->connection(),
                                         QStringLiteral("SELECT count(*) FROM cases "
                                                        "WHERE in_scope = 1"))
                         .toInt();
    QCOMPARE(left, 0);
    QCOMPARE(snapshot(), QStringList());
    // Dropped rather than taken off case by case; the next dashboard counts what stayed.
    CaseFigures figures(**m_store, m_calendar);
    QCOMPARE(figures.isCurrent(now(), &error), std::optional<bool>(false));
    bool rebuilt = false;
    QVERIFY2(figures.ensureCurrent(now(), &error, &rebuilt), qPrintable(error));
    QVERIFY(rebuilt);
    QCOMPARE(snapshot(), QStringList());
}

QTEST_GUILESS_MAIN(TestCaseFigures)
#include "tst_casefigures.moc"
