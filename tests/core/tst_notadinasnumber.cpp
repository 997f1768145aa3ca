#include "core/identity.h"
#include "core/notadinasnumber.h"
#include "core/notadinassettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace lapor;

// The number of a nota dinas: its pattern is checked before any memo is numbered, and
// each placeholder is spelled as documented (docs/drafting.md, "Nota dinas").
class TestNotaDinasNumber : public QObject
{
    Q_OBJECT

private slots:
    void spellsThePattern_data();
    void spellsThePattern();
    void badPatternsAreRefused_data();
    void badPatternsAreRefused();
    void settingsRoundTripAndFallBack();
    void nipMustBeEighteenDigits();
};

void TestNotaDinasNumber::spellsThePattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the agency's usual")
        << QStringLiteral("800/{n}/DPUPR/{yyyy}") << 12 << QDate(2026, 12, 2)
        << QStringLiteral("800/12/DPUPR/2026");
    QTest::newRow("unit and roman month")
        << QStringLiteral("800/{n}/{unit}/{romawi}/{yyyy}") << 7 << QDate(2026, 4, 30)
        << QStringLiteral("800/7/DPUPR/IV/2026");
    QTest::newRow("short year and month") << QStringLiteral("ND-{yy}{mm}-{n}") << 103
                                          << QDate(2027, 1, 5) << QStringLiteral("ND-2701-103");
    QTest::newRow("text around stays") << QStringLiteral("B.{n}/Sekr/{yyyy}") << 1
                                       << QDate(2026, 12, 31) << QStringLiteral("B.1/Sekr/2026");
}

void TestNotaDinasNumber::spellsThePattern()
{
    QFETCH(QString, pattern);
    QFETCH(int, n);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(NotaDinasNumber::check(pattern), QString());
    QCOMPARE(NotaDinasNumber::format(pattern, n, date, QStringLiteral("DPUPR")), expected);
}

void TestNotaDinasNumber::badPatternsAreRefused_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QString() << QStringLiteral("kosong");
    QTest::newRow("no counter") << QStringLiteral("800/DPUPR/{yyyy}") << QStringLiteral("{n}");
    QTest::newRow("two counters") << QStringLiteral("{n}/{n}/{yyyy}")
                                  << QStringLiteral("lebih dari sekali");
    QTest::newRow("no year") << QStringLiteral("800/{n}/DPUPR") << QStringLiteral("tahun");
    QTest::newRow("unknown placeholder")
        << QStringLiteral("800/{n}/{bulan}/{yyyy}") << QStringLiteral("{bulan} tidak dikenal");
    QTest::newRow("not closed") << QStringLiteral("800/{n/{yyyy}") << QStringLiteral("ditutup");
    QTest::newRow("stray close") << QStringLiteral("800/{n}}/{yyyy}") << QStringLiteral("\"}\"");
    QTest::newRow("new line") << QStringLiteral("800/{n}\n{yyyy}") << QStringLiteral("baris baru");
    QTest::newRow("too long") << QStringLiteral("{n}/{yyyy}/") + QString(90, QLatin1Char('x'))
                              << QStringLiteral("terlalu panjang");
}

void TestNotaDinasNumber::badPatternsAreRefused()
{
    QFETCH(QString, pattern);
    QFETCH(QString, says);
    const QString why = NotaDinasNumber::check(pattern);
    QVERIFY2(why.contains(says), qPrintable(why));
    // The settings refuse the same pattern before any memo is numbered.
    NotaDinasSettings settings;
    settings.numberPattern = pattern;
    if (!pattern.isEmpty())
        QCOMPARE(settings.problem(), why);
}

void TestNotaDinasNumber::settingsRoundTripAndFallBack()
{
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Identity identity;
    identity.userId = QStringLiteral("kepala1");
    identity.displayName = QStringLiteral("Ir. Hadi Kepala");
    identity.unitId = QStringLiteral("dpupr");
    identity.unitName = QStringLiteral("Dinas PUPR");
    identity.agencyName = QStringLiteral("Pemerintah Kabupaten Sukamaju");

    // Nothing set: every field falls back to what the hub said, the pattern to the default.
    NotaDinasSettings empty = NotaDinasSettings::load(ini);
    QCOMPARE(empty, NotaDinasSettings());
    QCOMPARE(empty.effectivePattern(), NotaDinasNumber::defaultPattern());
    QCOMPARE(empty.effectiveUnitCode(identity), QStringLiteral("DPUPR"));
    QCOMPARE(empty.effectiveAgencyName(identity), identity.agencyName);
    QCOMPARE(empty.effectiveSignerName(identity), identity.displayName);
    QCOMPARE(empty.effectiveFromUnit(identity), identity.unitName);
    QCOMPARE(empty.problem(), QString());

    NotaDinasSettings set;
    set.agencyName = QStringLiteral("Dinas Pekerjaan Umum");
    set.address = QStringLiteral("Jl. Merdeka 1\nSukamaju 75123");
    set.numberPattern = QStringLiteral("800/{n}/DPUPR/{yyyy}");
    set.signerName = QStringLiteral("Ir. Hadi Santosa, M.T.");
    set.signerPosition = QStringLiteral("Kepala Bidang Bina Marga");
    set.signerNip = QStringLiteral("19700101 199503 1 001");
    set.store(ini);
    ini.sync();
    QSettings again(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const NotaDinasSettings loaded = NotaDinasSettings::load(again);
    QCOMPARE(loaded, set);
    QCOMPARE(loaded.problem(), QString());
    QCOMPARE(loaded.effectiveSignerName(identity), set.signerName);
    // An emptied field removes its key: the fallback holds again.
    set.agencyName.clear();
    set.store(again);
    QVERIFY(!again.contains(QStringLiteral("notaDinas/agencyName")));
}

void TestNotaDinasNumber::nipMustBeEighteenDigits()
{
    NotaDinasSettings s;
    s.signerNip = QStringLiteral("197001011995031001");
    QCOMPARE(s.problem(), QString());
    s.signerNip = QStringLiteral("1970010119950310");
    QVERIFY2(s.problem().contains(QStringLiteral("18 angka")), qPrintable(s.problem()));
    s.signerNip = QStringLiteral("19700101199503100X");
    QVERIFY(!s.problem().isEmpty());
}

QTEST_APPLESS_MAIN(TestNotaDinasNumber)
#include "tst_notadinasnumber.moc"
