#include "core/casestatus.h"
#include "core/language.h"

#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
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
    void qtOwnWordsInIndonesian();
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

// Qt has no Indonesian catalogue: the words Qt writes on the desk's dialogs come from ours.
void TestTranslations::qtOwnWordsInIndonesian()
{
    Language::install(QCoreApplication::instance(), QStringLiteral("id"));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close
                         | QDialogButtonBox::Apply | QDialogButtonBox::Yes | QDialogButtonBox::No);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Batal"));
    QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Tutup"));
    QCOMPARE(box.button(QDialogButtonBox::Apply)->text(), QStringLiteral("Terapkan"));
    QCOMPARE(box.button(QDialogButtonBox::Yes)->text(), QStringLiteral("&Ya"));
    QCOMPARE(box.button(QDialogButtonBox::No)->text(), QStringLiteral("&Tidak"));

    QMessageBox message(QMessageBox::Warning, QStringLiteral("x"), QStringLiteral("x"));
    message.setDetailedText(QStringLiteral("rincian"));
    const auto buttons = message.findChildren<QPushButton *>();
    QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [](const QPushButton *b) {
        return b->text() == QStringLiteral("Tampilkan rincian...");
    }));

    QLineEdit field;
    std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
    QStringList entries;
    for (const QAction *action : menu->actions())
        entries.append(action->text().section(QLatin1Char('\t'), 0, 0));
    QVERIFY2(entries.contains(QStringLiteral("&Salin")), qPrintable(entries.join(u'|')));
    QVERIFY(entries.contains(QStringLiteral("&Tempel")));

    Language::install(QCoreApplication::instance(), QStringLiteral("en"));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
