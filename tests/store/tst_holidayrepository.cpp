#include "sampledata.h"
#include "sqlcheck.h"
#include "store/changewriter.h"
#include "store/database.h"
#include "store/holidayrepository.h"

#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lapor;
using namespace lapor::test;
using namespace lapor::test::Sample;

class TestHolidayRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStore();
    void roundTrip();
    void putReplacesTheSameDate();
    void changeWriterWritesHere();
    void putReportsStoreFailure();
    void unreadableStoreReadsEmpty();

private:
    bool exec(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {

Holiday holiday(const char *date, const QString &name, bool collectiveLeave)
{
    return { QDate::fromString(QLatin1String(date), Qt::ISODate), name, collectiveLeave };
}

} // namespace

void TestHolidayRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHolidayRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(QStringLiteral("lapor.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
}

void TestHolidayRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

bool TestHolidayRepository::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (q.exec(sql))
        return true;
    qWarning() << q.lastError().text() << sql;
    return false;
}

void TestHolidayRepository::emptyStore()
{
    QVERIFY(HolidayRepository(*m_db).all().isEmpty());
}

void TestHolidayRepository::roundTrip()
{
    HolidayRepository holidays(*m_db);
    QString error;
    // Out of date order: the list comes back by date.
    QVERIFY2(
        holidays.put(holiday("2026-12-24", QStringLiteral("Cuti bersama Natal"), true), &error),
        qPrintable(error));
    QVERIFY2(holidays.put(holiday("2026-08-17", QStringLiteral("HUT Kabupaten"), false), &error),
             qPrintable(error));

    const QList<Holiday> all = holidays.all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).date, QDate(2026, 8, 17));
    QCOMPARE(all.at(0).name, QStringLiteral("HUT Kabupaten"));
    QVERIFY(!all.at(0).collectiveLeave);
    QCOMPARE(all.at(1).date, QDate(2026, 12, 24));
    QCOMPARE(all.at(1).name, QStringLiteral("Cuti bersama Natal"));
    QVERIFY(all.at(1).collectiveLeave);
    // Stored with the kinds the schema allows, as before.
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT group_concat(kind, ',') FROM "
                                   "(SELECT kind FROM holidays ORDER BY date)"))
                 .toString(),
             QStringLiteral("holiday,cuti_bersama"));
}

void TestHolidayRepository::putReplacesTheSameDate()
{
    HolidayRepository holidays(*m_db);
    QString error;
    QVERIFY2(holidays.put(holiday("2026-03-20", QStringLiteral("Idul Fitri"), false), &error),
             qPrintable(error));
    QVERIFY2(holidays.put(holiday("2026-03-20", QStringLiteral("Cuti bersama Idul Fitri"), true),
                          &error),
             qPrintable(error));
    const QList<Holiday> all = holidays.all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().name, QStringLiteral("Cuti bersama Idul Fitri"));
    QVERIFY(all.first().collectiveLeave);
}

void TestHolidayRepository::changeWriterWritesHere()
{
    ChangeWriter writer(*m_db);
    QString error;
    QVERIFY2(writer.upsertHoliday(
                 holiday("2026-06-01", QStringLiteral("Hari Lahir Pancasila"), false), &error),
             qPrintable(error));
    const QList<Holiday> all = HolidayRepository(*m_db).all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().date, QDate(2026, 6, 1));
}

void TestHolidayRepository::putReportsStoreFailure()
{
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON holidays "
                                "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    HolidayRepository holidays(*m_db);
    QString error;
    QVERIFY(!holidays.put(holiday("2026-05-01", QStringLiteral("Hari Buruh"), false), &error));
    QVERIFY2(error.contains(QLatin1String("disk full")), qPrintable(error));
    QVERIFY(holidays.all().isEmpty());
}

void TestHolidayRepository::unreadableStoreReadsEmpty()
{
    QVERIFY(HolidayRepository(*m_db).put(holiday("2026-05-01", QStringLiteral("Hari Buruh"), false),
                                         nullptr));
    // The calendar falls back to the national holidays rather than failing the desk.
    QVERIFY(exec(QStringLiteral("ALTER TABLE holidays RENAME COLUMN kind TO sort")));
    QVERIFY(HolidayRepository(*m_db).all().isEmpty());
}

QTEST_GUILESS_MAIN(TestHolidayRepository)
#include "tst_holidayrepository.moc"
