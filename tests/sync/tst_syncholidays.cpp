#include "core/workingcalendar.h"
#include "protocol/records.h"
#include "scriptedhub.h"
#include "sqlcheck.h"
#include "store/agencycalendar.h"
#include "store/casefigures.h"
#include "store/database.h"
#include "store/syncstate.h"
#include "sync/changeapplier.h"
#include "tempstore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
using lapor::test::ScriptedHub;

// A holiday the hub sends in a later sync moves working days: the stored deadlines and the
// dashboard's sums are redone on the sync's thread, with the calendar the store holds from
// then on, so the next dashboard finds its sums current instead of counting them again on
// the window's thread.
class TestSyncHolidays : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void holidayRecountsTheKeptSums();
    void sumsNotKeptStayForWhoeverCountsThem();

private:
    bool applyPage(ChangeApplier &applier, const QJsonArray &records, const QString &next);
    CaseFigures dashboardFigures() { return { *m_db, loadCalendar(*m_db, kZone) }; }
    static QJsonArray cases();
    static QJsonObject holiday();

    static constexpr AgencyZone kZone = AgencyZone::WITA;
    test::TempStore m_stores;
    std::unique_ptr<Database> m_db;
};

bool TestSyncHolidays::applyPage(ChangeApplier &applier, const QJsonArray &records,
                                 const QString &next)
{
    QList<ChangeApplier::Incoming> list;
    for (const QJsonValue &value : records) {
        ChangeApplier::Incoming entry;
        entry.raw = value;
        entry.data = Wire::decodeChange(value.toObject(), &entry.refusal);
        if (!entry.data) {
            qWarning("%s", qPrintable(entry.refusal));
            return false;
        }
        list.append(entry);
    }
    QString error;
    ChangeApplier::Counts counts;
    if (!applier.applyPage(list, SyncState(*m_db).cursor(), next, &counts, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return counts.quarantined == 0;
}

QJsonArray TestSyncHolidays::cases()
{
    QJsonArray records;
    for (qint64 id = 1000001; id <= 1000005; ++id)
        records.append(ScriptedHub::caseRecord(id));
    return records;
}

// A regional holiday on a working day inside the cases' deadlines.
QJsonObject TestSyncHolidays::holiday()
{
    return ScriptedHub::record("holiday",
                               { { QStringLiteral("date"), QStringLiteral("2026-11-26") },
                                 { QStringLiteral("name"), QStringLiteral("Hari jadi kota") },
                                 { QStringLiteral("kind"), QStringLiteral("holiday") } });
}

void TestSyncHolidays::init()
{
    m_db = m_stores.openOther(QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(m_db);
}

void TestSyncHolidays::cleanup()
{
    m_db.reset();
}

void TestSyncHolidays::holidayRecountsTheKeptSums()
{
    ChangeApplier applier(*m_db, loadCalendar(*m_db, kZone));
    QVERIFY(applyPage(applier, cases(), QStringLiteral("p1")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    bool rebuilt = false;
    QVERIFY2(dashboardFigures().ensureCurrent(now, &error, &rebuilt), qPrintable(error));
    QVERIFY(rebuilt); // the first dashboard counts them
    const QString before = dashboardFigures().fingerprint();

    QVERIFY(applyPage(applier, { holiday() }, QStringLiteral("p2")));
    // The store's calendar changed, and the sums followed it within the page.
    QVERIFY(dashboardFigures().fingerprint() != before);
    const auto current = dashboardFigures().isCurrent(now, &error);
    QVERIFY2(current, qPrintable(error));
    QVERIFY(*current);
    // The same sums as a count from scratch with that calendar.
    const QStringList kept = test::figureSums(m_db->connection());
    QVERIFY(!kept.isEmpty());
    QVERIFY2(dashboardFigures().rebuild(now, &error), qPrintable(error));
    QCOMPARE(test::figureSums(m_db->connection()), kept);
}

void TestSyncHolidays::sumsNotKeptStayForWhoeverCountsThem()
{
    ChangeApplier applier(*m_db, loadCalendar(*m_db, kZone));
    QVERIFY(applyPage(applier, cases(), QStringLiteral("p1")));
    QString error;
    QVERIFY2(CaseFigures::forget(*m_db, &error), qPrintable(error));
    QVERIFY(applyPage(applier, { holiday() }, QStringLiteral("p2")));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM figure_calendar")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSyncHolidays)
#include "tst_syncholidays.moc"
