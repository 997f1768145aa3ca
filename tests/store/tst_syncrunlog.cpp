#include "store/database.h"
#include "store/syncrunlog.h"
#include "tempstore.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace lapor;
using namespace lapor::test;

// The traffic of sync runs (schema 10): kept per run, newest first, summed per day of the
// user's time zone, and dropped after SyncRunLog::kKeepDays.
class TestSyncRunLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStore();
    void latestNewestFirst();
    void daysFollowTheUsersZone();
    void oldRunsAreDropped();
    void negativeCountsNeverStored();

private:
    // Yesterday at `hour`:00 UTC: recent enough for any daily total.
    static QDateTime yesterdayAt(int hour);
    std::unique_ptr<TempStore> m_store;
    Database *m_db = nullptr;
};

void TestSyncRunLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSyncRunLog::init()
{
    m_store = std::make_unique<TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
}

void TestSyncRunLog::cleanup()
{
    m_store.reset();
}

QDateTime TestSyncRunLog::yesterdayAt(int hour)
{
    const QDate yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1);
    return QDateTime(yesterday, QTime(hour, 0), QTimeZone::utc());
}

void TestSyncRunLog::emptyStore()
{
    SyncRunLog log(*m_db);
    QVERIFY(log.latest(10).isEmpty());
    QVERIFY(log.dailyTotals(QTimeZone::utc(), 30).isEmpty());
}

void TestSyncRunLog::latestNewestFirst()
{
    SyncRunLog log(*m_db);
    const QDateTime first = yesterdayAt(8);
    QString error;
    QVERIFY2(log.record({ first, first.addSecs(3), 120, 45000, true }, &error), qPrintable(error));
    QVERIFY2(log.record({ first.addSecs(600), first.addSecs(700), 5200000, 800, false }, &error),
             qPrintable(error));
    const auto runs = log.latest(10);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).startedAt, first.addSecs(600));
    QCOMPARE(runs.at(0).finishedAt, first.addSecs(700));
    QCOMPARE(runs.at(0).bytesUp, 5200000);
    QCOMPARE(runs.at(0).bytesDown, 800);
    QCOMPARE(runs.at(0).ok, false);
    QCOMPARE(runs.at(1).startedAt, first);
    QCOMPARE(runs.at(1).bytesUp, 120);
    QCOMPARE(runs.at(1).bytesDown, 45000);
    QCOMPARE(runs.at(1).ok, true);
    QCOMPARE(log.latest(1).size(), 1);
}

void TestSyncRunLog::daysFollowTheUsersZone()
{
    SyncRunLog log(*m_db);
    // 16:00 and 18:00 UTC are one day in UTC, but 23:00 and 01:00 in Jakarta (UTC+7).
    const QDateTime evening = yesterdayAt(16);
    const QDateTime later = yesterdayAt(18);
    QVERIFY(log.record({ evening, evening.addSecs(5), 1000, 20000, true }));
    QVERIFY(log.record({ later, later.addSecs(5), 300, 7000, true }));

    const auto utcDays = log.dailyTotals(QTimeZone::utc(), 3);
    QCOMPARE(utcDays.size(), 1);
    QCOMPARE(utcDays.at(0).date, evening.date());
    QCOMPARE(utcDays.at(0).bytesUp, 1300);
    QCOMPARE(utcDays.at(0).bytesDown, 27000);
    QCOMPARE(utcDays.at(0).runs, 2);

    const QTimeZone jakarta(QByteArrayLiteral("Asia/Jakarta"));
    QVERIFY(jakarta.isValid());
    const auto wibDays = log.dailyTotals(jakarta, 3);
    QCOMPARE(wibDays.size(), 2);
    QCOMPARE(wibDays.at(0).date, evening.date().addDays(1)); // newest day first
    QCOMPARE(wibDays.at(0).bytesUp, 300);
    QCOMPARE(wibDays.at(0).bytesDown, 7000);
    QCOMPARE(wibDays.at(0).runs, 1);
    QCOMPARE(wibDays.at(1).date, evening.date());
    QCOMPARE(wibDays.at(1).bytesUp, 1000);
    QCOMPARE(wibDays.at(1).bytesDown, 20000);
}

void TestSyncRunLog::oldRunsAreDropped()
{
    SyncRunLog log(*m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime old = now.addDays(-SyncRunLog::kKeepDays - 1);
    QVERIFY(log.record({ old, old.addSecs(2), 10, 10, true }));
    QCOMPARE(log.latest(10).size(), 1);
    // Older than the days asked for: not in the totals.
    QVERIFY(log.dailyTotals(QTimeZone::utc(), 30).isEmpty());
    QVERIFY(log.record({ now, now.addSecs(2), 20, 30, true }));
    const auto runs = log.latest(10);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0).bytesDown, 30);
}

void TestSyncRunLog::negativeCountsNeverStored()
{
    // The schema refuses what the class never writes; the class writes 0 for a counter
    // that went backwards (a new sign-in in the middle of a run).
    SyncRunLog log(*m_db);
    const QDateTime at = yesterdayAt(9);
    QVERIFY(log.record({ at, at, -5, -1, true }));
    QCOMPARE(log.latest(1).at(0).bytesUp, 0);
    QCOMPARE(log.latest(1).at(0).bytesDown, 0);
    QSqlQuery raw(m_db->connection());
    QVERIFY(!raw.exec(QStringLiteral("INSERT INTO sync_runs (started_at, finished_at, bytes_up, "
                                     "bytes_down, ok) VALUES (1, 1, -1, 0, 1)")));
}

QTEST_GUILESS_MAIN(TestSyncRunLog)
#include "tst_syncrunlog.moc"
