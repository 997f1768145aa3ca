#include "core/identity.h"
#include "core/workingcalendar.h"
#include "store/agencycalendar.h"
#include "store/changewriter.h"
#include "store/database.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace lapor;

// loadCalendar(): the one place a profile's working calendar comes from.
class TestAgencyCalendar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void beforeTheFirstSignIn();
    void zoneAsRemembered();
    void holidaysTheHubSent();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
};

void TestAgencyCalendar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
}

void TestAgencyCalendar::cleanup()
{
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void TestAgencyCalendar::beforeTheFirstSignIn()
{
    // Nothing remembered, nothing synced: WIB and the shipped national holidays.
    const WorkingCalendar calendar = loadCalendar(*m_db, *m_settings);
    QCOMPARE(calendar.zone(), AgencyZone::WIB);
    QCOMPARE(calendar.holidays().size(), WorkingCalendar::shippedHolidays().size());
    QVERIFY(!calendar.holidays().isEmpty());
}

void TestAgencyCalendar::zoneAsRemembered()
{
    Identity remembered;
    remembered.zone = AgencyZone::WITA;
    remembered.store(*m_settings);
    QCOMPARE(Identity::load(*m_settings).agencyZone(), AgencyZone::WITA);
    QCOMPARE(loadCalendar(*m_db, *m_settings).zone(), AgencyZone::WITA);
    // Whatever the file says that is no zone counts as WIB.
    m_settings->setValue(QStringLiteral("agency/zone"), QStringLiteral("Mars"));
    QCOMPARE(loadCalendar(*m_db, *m_settings).zone(), AgencyZone::WIB);
}

void TestAgencyCalendar::holidaysTheHubSent()
{
    // A Wednesday and a Friday the shipped list does not know.
    const QDate holiday(2026, 10, 7);
    const QDate leave(2026, 10, 9);
    QVERIFY(WorkingCalendar::national(AgencyZone::WIB).isWorkingDay(holiday));
    ChangeWriter writer(*m_db);
    QString error;
    QVERIFY2(
        writer.upsertHoliday({ holiday, QStringLiteral("Hari jadi kabupaten"), false }, &error),
        qPrintable(error));
    QVERIFY2(writer.upsertHoliday({ leave, QStringLiteral("Cuti bersama daerah"), true }, &error),
             qPrintable(error));
    const WorkingCalendar calendar = loadCalendar(*m_db, *m_settings);
    QVERIFY(!calendar.isWorkingDay(holiday));
    QVERIFY(!calendar.isWorkingDay(leave));
    QCOMPARE(calendar.holidayOn(holiday)->name, QStringLiteral("Hari jadi kabupaten"));
    QVERIFY(!calendar.holidayOn(holiday)->collectiveLeave);
    QVERIFY(calendar.holidayOn(leave)->collectiveLeave);
    QCOMPARE(calendar.holidays().size(), WorkingCalendar::shippedHolidays().size() + 2);
}

QTEST_GUILESS_MAIN(TestAgencyCalendar)
#include "tst_agencycalendar.moc"
