#include "core/casestatus.h"
#include "core/language.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace lapor;

// Indonesian first, English second, both complete and embedded in the binaries.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void bothCatalogsEmbedded();
    void noUnfinishedEntries_data();
    void noUnfinishedEntries();
    void switchesAtRunTime();
    void startsInIndonesianUnlessEnglish_data();
    void startsInIndonesianUnlessEnglish();
};

void TestTranslations::bothCatalogsEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/lapordesk_id.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/lapordesk_en.qm")));
}

void TestTranslations::noUnfinishedEntries_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("id") << QStringLiteral(LAPOR_TRANSLATIONS_DIR "/lapordesk_id.ts");
    QTest::newRow("en") << QStringLiteral(LAPOR_TRANSLATIONS_DIR "/lapordesk_en.ts");
}

void TestTranslations::noUnfinishedEntries()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    QVERIFY(text.count(QStringLiteral("<message")) > 50);
    QCOMPARE(text.count(QStringLiteral("type=\"unfinished\"")), 0);
    QCOMPARE(text.count(QStringLiteral("<translation></translation>")), 0);
}

void TestTranslations::switchesAtRunTime()
{
    QCOMPARE(Language::install(QCoreApplication::instance(), QStringLiteral("en")),
             QStringLiteral("en"));
    QCOMPARE(Status::label(CaseStatus::Done), QStringLiteral("Done"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(Language::install(QCoreApplication::instance(), QStringLiteral("id")),
             QStringLiteral("id"));
    QCOMPARE(Status::label(CaseStatus::Done), QStringLiteral("Selesai"));
    QCOMPARE(QLocale().language(), QLocale::Indonesian);
    // Anything unknown falls back to the system default, never to an empty catalog.
    const QString fallback = Language::install(QCoreApplication::instance(), QStringLiteral("xx"));
    QVERIFY(fallback == QStringLiteral("id") || fallback == QStringLiteral("en"));
}

void TestTranslations::startsInIndonesianUnlessEnglish_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("language");
    QTest::newRow("C/POSIX") << QStringLiteral("C") << QStringLiteral("id");
    QTest::newRow("Indonesian") << QStringLiteral("id_ID") << QStringLiteral("id");
    QTest::newRow("Javanese") << QStringLiteral("jv_ID") << QStringLiteral("id");
    QTest::newRow("Sundanese") << QStringLiteral("su_ID") << QStringLiteral("id");
    QTest::newRow("Dutch") << QStringLiteral("nl_NL") << QStringLiteral("id");
    QTest::newRow("English (US)") << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("English (UK)") << QStringLiteral("en_GB") << QStringLiteral("en");
}

void TestTranslations::startsInIndonesianUnlessEnglish()
{
    QFETCH(QString, system);
    QFETCH(QString, language);
    QCOMPARE(Language::defaultFor(QLocale(system)), language);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
