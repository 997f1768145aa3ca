#include "hubapi/offlineverifier.h"
#include "hubapi/passwordthrottle.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace lapor;

// The password check the lock screen (and an offline sign-in) relies on, and the wait
// between wrong tries.
class TestOfflineVerifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rightPasswordOnly();
    void saltDiffersPerRemember();
    void unknownIsFalse();
    void tamperedIsFalse_data();
    void tamperedIsFalse();
    void neverKeepsThePassword();
    void forgetAndEmptyPassword();

    void waitGrowsAndIsCapped();
    void waitSurvivesARestart();
    void clockSetBackWaitsNoLonger();
    void rememberStartsTheCountAgain();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    QString verifier() const { return m_settings->value(kKey).toString(); }

    const QString kKey = QStringLiteral("offlinePassword/verifier");
    const QString kPassword = QStringLiteral("Rahasia#2026");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestOfflineVerifier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(path(), QSettings::IniFormat);
}

void TestOfflineVerifier::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestOfflineVerifier::rightPasswordOnly()
{
    QElapsedTimer timer;
    timer.start();
    OfflineVerifier::remember(*m_settings, kPassword);
    const qint64 rememberMs = timer.restart();
    QVERIFY(OfflineVerifier::isKnown(*m_settings));
    QVERIFY(OfflineVerifier::check(*m_settings, kPassword));
    qInfo("remember %lld ms, check %lld ms (%d iterations)", rememberMs, timer.elapsed(),
          OfflineVerifier::kIterations);
    QVERIFY(!OfflineVerifier::check(*m_settings, QStringLiteral("rahasia#2026")));
    QVERIFY(!OfflineVerifier::check(*m_settings, kPassword + QLatin1Char(' ')));
    QVERIFY(!OfflineVerifier::check(*m_settings, QString()));
    // Read back by another QSettings, as the next start of the desk does.
    QSettings again(path(), QSettings::IniFormat);
    QVERIFY(OfflineVerifier::check(again, kPassword));
}

void TestOfflineVerifier::saltDiffersPerRemember()
{
    OfflineVerifier::remember(*m_settings, kPassword);
    const QStringList first = verifier().split(QLatin1Char('$'));
    OfflineVerifier::remember(*m_settings, kPassword);
    const QStringList second = verifier().split(QLatin1Char('$'));
    QCOMPARE(first.size(), 4);
    QCOMPARE(second.size(), 4);
    QCOMPARE(first.at(0), QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(first.at(1).toInt(), OfflineVerifier::kIterations);
    QCOMPARE(QByteArray::fromBase64(first.at(2).toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(first.at(3).toLatin1()).size(), 32);
    // A new salt each time, so the same password never gives the same hash twice.
    QVERIFY(first.at(2) != second.at(2));
    QVERIFY(first.at(3) != second.at(3));
    QVERIFY(OfflineVerifier::check(*m_settings, kPassword));
}

void TestOfflineVerifier::unknownIsFalse()
{
    QVERIFY(!OfflineVerifier::isKnown(*m_settings));
    QVERIFY(!OfflineVerifier::check(*m_settings, kPassword));
    QVERIFY(!OfflineVerifier::check(*m_settings, QString()));
}

void TestOfflineVerifier::tamperedIsFalse_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("value"); // empty: flip the first byte of the part
    QTest::newRow("hash changed") << 3 << QString();
    QTest::newRow("salt changed") << 2 << QString();
    QTest::newRow("fewer iterations") << 1 << QString::number(OfflineVerifier::kIterations - 1);
    QTest::newRow("too few iterations") << 1 << QStringLiteral("1");
    // Refused at once, not derived for hours.
    QTest::newRow("endless iterations") << 1 << QStringLiteral("2000000000");
    QTest::newRow("iterations not a number") << 1 << QStringLiteral("16000x");
    QTest::newRow("another scheme") << 0 << QStringLiteral("pbkdf2-sha1");
    QTest::newRow("hash not base64") << 3 << QStringLiteral("!!!!");
    QTest::newRow("salt too short") << 2 << QStringLiteral("AAAA");
    QTest::newRow("hash empty") << 3 << QString(QLatin1Char('-'));
}

void TestOfflineVerifier::tamperedIsFalse()
{
    QFETCH(int, part);
    QFETCH(QString, value);
    OfflineVerifier::remember(*m_settings, kPassword);
    QStringList parts = verifier().split(QLatin1Char('$'));
    if (value.isEmpty()) {
        QByteArray bytes = QByteArray::fromBase64(parts.at(part).toLatin1());
        bytes[0] = char(bytes.at(0) ^ 0x01);
        parts[part] = QString::fromLatin1(bytes.toBase64());
    } else {
        parts[part] = value == QLatin1String("-") ? QString() : value;
    }
    m_settings->setValue(kKey, parts.join(QLatin1Char('$')));
    QVERIFY(OfflineVerifier::isKnown(*m_settings));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!OfflineVerifier::check(*m_settings, kPassword));
    QVERIFY2(timer.elapsed() < 30'000, "an edited verifier must not run for long");

    // A value cut short or with a part too many.
    m_settings->setValue(kKey, parts.mid(0, 3).join(QLatin1Char('$')));
    QVERIFY(!OfflineVerifier::check(*m_settings, kPassword));
    m_settings->setValue(kKey, (parts << QStringLiteral("x")).join(QLatin1Char('$')));
    QVERIFY(!OfflineVerifier::check(*m_settings, kPassword));
}

void TestOfflineVerifier::neverKeepsThePassword()
{
    OfflineVerifier::remember(*m_settings, kPassword);
    m_settings->sync();
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("offlinePassword"));
    QVERIFY(!text.contains(kPassword.toUtf8()));
    QVERIFY(!text.contains(kPassword.toUtf8().toBase64()));
}

void TestOfflineVerifier::forgetAndEmptyPassword()
{
    OfflineVerifier::remember(*m_settings, kPassword);
    OfflineVerifier::forget(*m_settings);
    QVERIFY(!OfflineVerifier::isKnown(*m_settings));
    QVERIFY(!OfflineVerifier::check(*m_settings, kPassword));
    // No verifier for an empty password: it would open the lock with nothing typed.
    OfflineVerifier::remember(*m_settings, kPassword);
    OfflineVerifier::remember(*m_settings, QString());
    QVERIFY(!OfflineVerifier::isKnown(*m_settings));
    QVERIFY(!OfflineVerifier::check(*m_settings, QString()));
}

void TestOfflineVerifier::waitGrowsAndIsCapped()
{
    QCOMPARE(PasswordThrottle::waitAfter(0), qint64(0));
    QCOMPARE(PasswordThrottle::waitAfter(2), qint64(0));
    QCOMPARE(PasswordThrottle::waitAfter(3), qint64(30));
    QCOMPARE(PasswordThrottle::waitAfter(4), qint64(60));
    QCOMPARE(PasswordThrottle::waitAfter(5), qint64(120));
    QCOMPARE(PasswordThrottle::waitAfter(7), qint64(480));
    QCOMPARE(PasswordThrottle::waitAfter(8), qint64(900));
    QCOMPARE(PasswordThrottle::waitAfter(1000), qint64(900));

    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-03-02T01:15:00Z"), Qt::ISODate);
    PasswordThrottle throttle(*m_settings);
    throttle.recordFailure(t0);
    throttle.recordFailure(t0);
    QCOMPARE(throttle.secondsToWait(t0), qint64(0));
    throttle.recordFailure(t0);
    QCOMPARE(throttle.failures(), 3);
    QCOMPARE(throttle.secondsToWait(t0), qint64(30));
    QCOMPARE(throttle.secondsToWait(t0.addMSecs(100)), qint64(30)); // rounded up
    QCOMPARE(throttle.secondsToWait(t0.addSecs(29)), qint64(1));
    QCOMPARE(throttle.secondsToWait(t0.addSecs(30)), qint64(0));
    throttle.recordFailure(t0.addSecs(30));
    QCOMPARE(throttle.secondsToWait(t0.addSecs(30)), qint64(60));
    throttle.reset();
    QCOMPARE(throttle.failures(), 0);
    QCOMPARE(throttle.secondsToWait(t0), qint64(0));
}

void TestOfflineVerifier::waitSurvivesARestart()
{
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    {
        QSettings settings(path(), QSettings::IniFormat);
        PasswordThrottle throttle(settings);
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(t0);
        // No sync by the caller: recordFailure wrote the file already.
    }
    QSettings again(path(), QSettings::IniFormat);
    PasswordThrottle throttle(again);
    QCOMPARE(throttle.failures(), 4);
    QCOMPARE(throttle.secondsToWait(t0.addSecs(10)), qint64(50));
}

void TestOfflineVerifier::clockSetBackWaitsNoLonger()
{
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    PasswordThrottle throttle(*m_settings);
    for (int i = 0; i < 3; ++i)
        throttle.recordFailure(t0);
    QCOMPARE(throttle.secondsToWait(t0.addDays(-365)), qint64(30));
    // A count whose time was removed waits the whole step.
    m_settings->remove(QStringLiteral("offlinePassword/lastFailureAt"));
    QCOMPARE(throttle.secondsToWait(t0.addDays(1)), qint64(30));
}

void TestOfflineVerifier::rememberStartsTheCountAgain()
{
    PasswordThrottle throttle(*m_settings);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(t0);
    QVERIFY(throttle.secondsToWait(t0) > 0);
    OfflineVerifier::remember(*m_settings, kPassword);
    QCOMPARE(throttle.failures(), 0);
    QCOMPARE(throttle.secondsToWait(t0), qint64(0));
}

QTEST_GUILESS_MAIN(TestOfflineVerifier)
#include "tst_offlineverifier.moc"
