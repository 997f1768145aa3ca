#include "core/preferences.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lapor;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaults();
    void roundTrip();
    void readsExistingProfiles();
    void emptyTextRemovesItsKey();
    void retentionMonths();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPreferences::cleanup()
{
    m_dir.reset();
}

void TestPreferences::defaults()
{
    QSettings s(path(), QSettings::IniFormat);
    const Preferences p = Preferences::load(s);
    QVERIFY(p.language.isEmpty());
    QVERIFY(p.caFile.isEmpty());
    QCOMPARE(p.hubTimeoutSeconds, 30);
    QCOMPARE(p.syncIntervalMinutes, 5);
    QCOMPARE(p.prefetchMB, 200);
    QCOMPARE(p.prefetchUnmeteredOnly, false);
    QCOMPARE(p.lockMinutes, 15);
    QCOMPARE(p.photoMaxSide, 1600);
    QCOMPARE(p.photoQuality, 85);
}

void TestPreferences::roundTrip()
{
    Preferences p;
    p.language = QStringLiteral("en");
    p.caFile = QStringLiteral("/etc/pemda/ca.pem");
    p.hubTimeoutSeconds = 90;
    p.syncIntervalMinutes = 15;
    p.prefetchMB = 0; // no prefetching: kept, not read back as the default
    p.lockMinutes = 0; // never locks: kept too
    p.prefetchUnmeteredOnly = true;
    p.photoMaxSide = 2400;
    p.photoQuality = 60;
    {
        QSettings s(path(), QSettings::IniFormat);
        p.store(s);
        s.sync();
        QCOMPARE(s.status(), QSettings::NoError);
    }
    QSettings s(path(), QSettings::IniFormat);
    QCOMPARE(Preferences::load(s), p);
}

void TestPreferences::readsExistingProfiles()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[ui]\nlanguage=id\n"
               "[hub]\nurl=https://hub.lapor.example\ncaFile=/srv/ca.pem\ntimeoutSeconds=45\n"
               "[sync]\nintervalMinutes=10\n"
               "[privacy]\nretentionMonths=36\n"
               "[attachments]\nprefetchMB=500\nphotoMaxSide=2048\n"
               "[desk]\nlockMinutes=5\n");
    file.close();
    QSettings s(path(), QSettings::IniFormat);
    const Preferences p = Preferences::load(s);
    QCOMPARE(p.language, QStringLiteral("id"));
    QCOMPARE(p.caFile, QStringLiteral("/srv/ca.pem"));
    QCOMPARE(p.hubTimeoutSeconds, 45);
    QCOMPARE(p.syncIntervalMinutes, 10);
    QCOMPARE(p.retentionMonths, 36);
    QCOMPARE(p.prefetchMB, 500);
    QCOMPARE(p.lockMinutes, 5);
    QCOMPARE(p.photoMaxSide, 2048);
    QCOMPARE(p.photoQuality, 85); // not written, the default
    // Writing it back leaves keys it does not own alone.
    const QStringList keys = s.allKeys();
    p.store(s);
    QCOMPARE(s.allKeys(), keys);
    QCOMPARE(s.value(QStringLiteral("hub/url")).toString(),
             QStringLiteral("https://hub.lapor.example"));
}

void TestPreferences::emptyTextRemovesItsKey()
{
    QSettings s(path(), QSettings::IniFormat);
    Preferences p;
    p.language = QStringLiteral("en");
    p.caFile = QStringLiteral("/srv/ca.pem");
    p.pinSha256 = QString::fromLatin1(QByteArray(32, 'k').toBase64());
    QVERIFY(Preferences::isPin(p.pinSha256));
    QVERIFY(!Preferences::isPin(QStringLiteral("a2s=")));
    p.store(s);
    QVERIFY(s.contains(QStringLiteral("hub/caFile")));
    QCOMPARE(Preferences::load(s).pinSha256, p.pinSha256);
    QVERIFY(!s.contains(QStringLiteral("hub/maxResponseMB"))); // the default stays implicit
    // "Ikuti sistem" and no extra certificate.
    p.language.clear();
    p.caFile.clear();
    p.pinSha256.clear();
    p.store(s);
    QVERIFY(!s.contains(QStringLiteral("ui/language")));
    QVERIFY(!s.contains(QStringLiteral("hub/pinSha256")));
    QVERIFY(!s.contains(QStringLiteral("hub/caFile")));
    QCOMPARE(Preferences::load(s), p);
}

void TestPreferences::retentionMonths()
{
    QSettings s(path(), QSettings::IniFormat);
    QCOMPARE(Preferences::load(s).retentionMonths, 24); // two years unless set
    Preferences p;
    p.retentionMonths = 0; // keep forever: kept, not read back as the default
    p.store(s);
    s.sync();
    QCOMPARE(s.value(QStringLiteral("privacy/retentionMonths")).toInt(), 0);
    QSettings again(path(), QSettings::IniFormat);
    QCOMPARE(Preferences::load(again).retentionMonths, 0);
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
