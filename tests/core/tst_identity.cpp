#include "core/identity.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lapor;

class TestIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip();
    void readsExistingProfiles();
    void missingKeys();
    void zones_data();
    void zones();
    void unknownZoneIsDropped();
    void unknownRoleReadsAsOfficer();
    void emptyFieldsRemoveTheirKeys();
    void userCarriesTheIdentity();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

Identity sample()
{
    Identity id;
    id.hubUrl = QStringLiteral("https://hub.lapor.example");
    id.userId = QStringLiteral("u-siti");
    id.username = QStringLiteral("siti");
    id.displayName = QStringLiteral("Siti Rahmawati");
    id.role = Role::Approver;
    id.unitId = QStringLiteral("dinas-pupr");
    id.unitName = QStringLiteral("Dinas PUPR");
    id.agencyId = QStringLiteral("pemkot-samarinda");
    id.agencyName = QStringLiteral("Pemkot Samarinda");
    id.zone = AgencyZone::WITA;
    return id;
}

} // namespace

void TestIdentity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestIdentity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestIdentity::cleanup()
{
    m_dir.reset();
}

void TestIdentity::roundTrip()
{
    {
        QSettings s(path(), QSettings::IniFormat);
        sample().store(s);
        s.sync();
        QCOMPARE(s.status(), QSettings::NoError);
    }
    // Through the file, as the next start reads it.
    QSettings s(path(), QSettings::IniFormat);
    QCOMPARE(Identity::load(s), sample());
}

void TestIdentity::readsExistingProfiles()
{
    // settings.ini exactly as earlier versions wrote it: the format must not change.
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[hub]\n"
               "url=https://hub.lapor.example\n"
               "timeoutSeconds=30\n"
               "[user]\n"
               "name=siti\n"
               "id=u-siti\n"
               "displayName=Siti Rahmawati\n"
               "role=approver\n"
               "unit=dinas-pupr\n"
               "unitName=Dinas PUPR\n"
               "[agency]\n"
               "id=pemkot-samarinda\n"
               "name=Pemkot Samarinda\n"
               "zone=WITA\n");
    file.close();
    QStringList keys;
    {
        QSettings s(path(), QSettings::IniFormat);
        keys = s.allKeys();
        QCOMPARE(keys.size(), 11);
        QCOMPARE(Identity::load(s), sample());
        // Writing it back changes nothing, and leaves keys it does not own alone.
        sample().store(s);
        s.sync();
    }
    QSettings s(path(), QSettings::IniFormat);
    QCOMPARE(s.value(QStringLiteral("user/role")).toString(), QStringLiteral("approver"));
    QCOMPARE(s.value(QStringLiteral("agency/zone")).toString(), QStringLiteral("WITA"));
    QCOMPARE(s.value(QStringLiteral("hub/timeoutSeconds")).toInt(), 30);
    QCOMPARE(s.allKeys(), keys);
}

void TestIdentity::missingKeys()
{
    // A new profile: nobody has signed in yet.
    QSettings s(path(), QSettings::IniFormat);
    const Identity id = Identity::load(s);
    QCOMPARE(id, Identity());
    QVERIFY(id.hubUrl.isEmpty());
    QVERIFY(id.userId.isEmpty());
    QCOMPARE(id.role, Role::Officer);
    QVERIFY(!id.zone);
    QCOMPARE(id.agencyZone(), AgencyZone::WIB);
    QCOMPARE(id.timeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()), 7 * 3600);
}

void TestIdentity::zones_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("known");
    QTest::addColumn<AgencyZone>("zone");
    QTest::addColumn<int>("hoursAheadOfUtc");
    QTest::newRow("WIB") << QStringLiteral("WIB") << true << AgencyZone::WIB << 7;
    QTest::newRow("WITA") << QStringLiteral("WITA") << true << AgencyZone::WITA << 8;
    QTest::newRow("WIT") << QStringLiteral("WIT") << true << AgencyZone::WIT << 9;
    QTest::newRow("lower case") << QStringLiteral("wit") << true << AgencyZone::WIT << 9;
    // Anything else counts as unknown and reads as WIB, as the national calendar does.
    QTest::newRow("tz database id")
        << QStringLiteral("Asia/Jayapura") << false << AgencyZone::WIB << 7;
    QTest::newRow("offset") << QStringLiteral("UTC+08:00") << false << AgencyZone::WIB << 7;
    QTest::newRow("empty") << QString() << false << AgencyZone::WIB << 7;
}

void TestIdentity::zones()
{
    QFETCH(QString, stored);
    QFETCH(bool, known);
    QFETCH(AgencyZone, zone);
    QFETCH(int, hoursAheadOfUtc);
    QSettings s(path(), QSettings::IniFormat);
    s.setValue(QStringLiteral("agency/zone"), stored);
    const Identity id = Identity::load(s);
    QCOMPARE(id.zone.has_value(), known);
    QCOMPARE(id.agencyZone(), zone);
    QVERIFY(id.timeZone().isValid());
    QCOMPARE(id.timeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()), hoursAheadOfUtc * 3600);
}

void TestIdentity::unknownZoneIsDropped()
{
    QSettings s(path(), QSettings::IniFormat);
    s.setValue(QStringLiteral("agency/zone"), QStringLiteral("Asia/Jayapura"));
    Identity id = Identity::load(s);
    id.store(s);
    // Not rewritten as a guessed WIB: the next sign-in that names a zone fills it in.
    QVERIFY(!s.contains(QStringLiteral("agency/zone")));
    id.zone = AgencyZone::WIT;
    id.store(s);
    QCOMPARE(s.value(QStringLiteral("agency/zone")).toString(), QStringLiteral("WIT"));
}

void TestIdentity::unknownRoleReadsAsOfficer()
{
    QSettings s(path(), QSettings::IniFormat);
    s.setValue(QStringLiteral("user/role"), QStringLiteral("superuser"));
    QCOMPARE(Identity::load(s).role, Role::Officer);
    s.setValue(QStringLiteral("user/role"), QStringLiteral("coordinator"));
    QCOMPARE(Identity::load(s).role, Role::Coordinator);
}

void TestIdentity::emptyFieldsRemoveTheirKeys()
{
    QSettings s(path(), QSettings::IniFormat);
    sample().store(s);
    Identity signedOut;
    signedOut.hubUrl = sample().hubUrl;
    signedOut.store(s);
    QStringList keys = s.allKeys();
    keys.sort();
    // The role always has a value; every other empty field leaves the file.
    QCOMPARE(keys, (QStringList { QStringLiteral("hub/url"), QStringLiteral("user/role") }));
    QCOMPARE(Identity::load(s), signedOut);
}

void TestIdentity::userCarriesTheIdentity()
{
    const User u = sample().user();
    QCOMPARE(u.id, QStringLiteral("u-siti"));
    QCOMPARE(u.username, QStringLiteral("siti"));
    QCOMPARE(u.displayName, QStringLiteral("Siti Rahmawati"));
    QCOMPARE(u.role, Role::Approver);
    QCOMPARE(u.unitId, QStringLiteral("dinas-pupr"));
    QCOMPARE(u.agencyId, QStringLiteral("pemkot-samarinda"));
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
