#include "store/searchquery.h"

#include <QTest>

using namespace lapor;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void terms_data();
    void terms();
    void toFtsMatch_data();
    void toFtsMatch();
    void everyTermIsQuotedPrefix_data();
    void everyTermIsQuotedPrefix();
    void narrows_data();
    void narrows();
};

void TestSearchQuery::terms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("blank") << QStringLiteral("  \t\n ") << QStringList();
    QTest::newRow("only punctuation") << QStringLiteral("!?.,;:-\"'*()") << QStringList();
    QTest::newRow("one word") << QStringLiteral("jalan") << QStringList { QStringLiteral("jalan") };
    QTest::newRow("lower-cased") << QStringLiteral(
        "Jalan BERLUBANG") << QStringList { QStringLiteral("jalan"), QStringLiteral("berlubang") };
    QTest::newRow("abbreviation with dot")
        << QStringLiteral("Jl. Ahmad Yani km 5")
        << QStringList { QStringLiteral("jl"), QStringLiteral("ahmad"), QStringLiteral("yani"),
                         QStringLiteral("km"), QStringLiteral("5") };
    QTest::newRow("hyphen splits")
        << QStringLiteral("KTP-el") << QStringList { QStringLiteral("ktp"), QStringLiteral("el") };
    QTest::newRow("phone number") << QStringLiteral("0812-3456-7890")
                                  << QStringList { QStringLiteral("0812"), QStringLiteral("3456"),
                                                   QStringLiteral("7890") };
    QTest::newRow("duplicates once")
        << QStringLiteral("gaji Gaji GAJI guru")
        << QStringList { QStringLiteral("gaji"), QStringLiteral("guru") };
    QTest::newRow("fts operators are words")
        << QStringLiteral("jalan AND NOT ktp OR NEAR(a b)")
        << QStringList { QStringLiteral("jalan"), QStringLiteral("and"), QStringLiteral("not"),
                         QStringLiteral("ktp"),   QStringLiteral("or"),  QStringLiteral("near"),
                         QStringLiteral("a"),     QStringLiteral("b") };
    QTest::newRow("quotes and star")
        << QStringLiteral("\"jalan\" jal* -ktp ^guru title:gaji")
        << QStringList { QStringLiteral("jalan"), QStringLiteral("jal"),   QStringLiteral("ktp"),
                         QStringLiteral("guru"),  QStringLiteral("title"), QStringLiteral("gaji") };
    QTest::newRow("precomposed diacritics")
        << QStringLiteral("Café JOSÉ")
        << QStringList { QStringLiteral("café"), QStringLiteral("josé") };
    // A decomposed é (e + U+0301) stays inside its word, as the FTS tokenizer keeps it.
    QTest::newRow("combining mark")
        << QStringLiteral("se\u0301kolah") << QStringList { QStringLiteral("se\u0301kolah") };
    QTest::newRow("leading combining mark dropped")
        << QStringLiteral("\u0301guru") << QStringList { QStringLiteral("guru") };
    QTest::newRow("javanese script")
        << QStringLiteral("\uA9A4\uA9B8\uA9A0 dalan")
        << QStringList { QStringLiteral("\uA9A4\uA9B8\uA9A0"), QStringLiteral("dalan") };
    QTest::newRow("arabic") << QStringLiteral("\u0645\u0633\u062C\u062F rusak")
                            << QStringList { QStringLiteral("\u0645\u0633\u062C\u062F"),
                                             QStringLiteral("rusak") };
    // U+1D400 MATHEMATICAL BOLD CAPITAL A: a letter outside the BMP stays whole.
    QTest::newRow("letter outside the BMP")
        << QStringLiteral("x\U0001D400y") << QStringList { QStringLiteral("x\U0001D400y") };
    QTest::newRow("emoji separates")
        << QStringLiteral("banjir\U0001F30Atolong")
        << QStringList { QStringLiteral("banjir"), QStringLiteral("tolong") };
    QTest::newRow("digits and letters")
        << QStringLiteral("SDN012 rt03/rw05")
        << QStringList { QStringLiteral("sdn012"), QStringLiteral("rt03"), QStringLiteral("rw05") };
}

void TestSearchQuery::terms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QCOMPARE(SearchQuery::terms(text), terms);
}

void TestSearchQuery::toFtsMatch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("match");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("punctuation only") << QStringLiteral("\"\"*-") << QString();
    QTest::newRow("one word") << QStringLiteral("jal") << QStringLiteral("\"jal\"*");
    QTest::newRow("two words") << QStringLiteral("Guru honorer")
                               << QStringLiteral("\"guru\"* \"honorer\"*");
    QTest::newRow("user quotes dropped")
        << QStringLiteral("\"lampu jalan\"") << QStringLiteral("\"lampu\"* \"jalan\"*");
    QTest::newRow("operators quoted")
        << QStringLiteral("jalan NEAR ktp") << QStringLiteral("\"jalan\"* \"near\"* \"ktp\"*");
    QTest::newRow("minus") << QStringLiteral("-pungli") << QStringLiteral("\"pungli\"*");
    QTest::newRow("column filter")
        << QStringLiteral("title:banjir") << QStringLiteral("\"title\"* \"banjir\"*");
}

void TestSearchQuery::toFtsMatch()
{
    QFETCH(QString, text);
    QFETCH(QString, match);
    QCOMPARE(SearchQuery::toFtsMatch(text), match);
}

void TestSearchQuery::everyTermIsQuotedPrefix_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("mixed") << QStringLiteral("Pelayanan KTP-el di Disdukcapil lambat!!");
    QTest::newRow("hostile") << QStringLiteral("\"a\"\"b\" * ( ) { } : ^ + - NEAR/3 AND OR");
    QTest::newRow("long") << QStringLiteral("jalan ").repeated(500);
}

// Whatever the input, the expression is a sequence of "term"* with no quote inside a
// term, so FTS5 cannot read an operator or a column filter in it.
void TestSearchQuery::everyTermIsQuotedPrefix()
{
    QFETCH(QString, text);
    const QString match = SearchQuery::toFtsMatch(text);
    QVERIFY(!match.isEmpty());
    const auto parts = match.split(QLatin1Char(' '));
    QCOMPARE(parts.size(), SearchQuery::terms(text).size());
    for (const QString &part : parts) {
        QVERIFY2(part.startsWith(QLatin1Char('"')) && part.endsWith(QLatin1String("\"*")),
                 qPrintable(part));
        QCOMPARE(part.count(QLatin1Char('"')), 2);
        QVERIFY(part.size() > 3);
    }
}

void TestSearchQuery::narrows_data()
{
    QTest::addColumn<QString>("wider");
    QTest::addColumn<QString>("narrower");
    QTest::addColumn<bool>("narrows");
    QTest::newRow("a letter more") << QStringLiteral("jal") << QStringLiteral("jala") << true;
    QTest::newRow("a word more") << QStringLiteral("jalan") << QStringLiteral("jalan be") << true;
    QTest::newRow("the same") << QStringLiteral("Jalan") << QStringLiteral("jalan") << true;
    QTest::newRow("words swapped")
        << QStringLiteral("ktp blm") << QStringLiteral("blm ktp") << true;
    QTest::newRow("a letter back") << QStringLiteral("jala") << QStringLiteral("jal") << false;
    QTest::newRow("a word dropped")
        << QStringLiteral("jalan be") << QStringLiteral("jalan") << false;
    QTest::newRow("another word") << QStringLiteral("jalan") << QStringLiteral("lampu") << false;
    QTest::newRow("a letter changed")
        << QStringLiteral("jalan") << QStringLiteral("jalur") << false;
    QTest::newRow("from nothing") << QString() << QStringLiteral("jalan") << true;
    QTest::newRow("to nothing") << QStringLiteral("jalan") << QString() << false;
}

void TestSearchQuery::narrows()
{
    QFETCH(QString, wider);
    QFETCH(QString, narrower);
    QFETCH(bool, narrows);
    QCOMPARE(SearchQuery::narrows(SearchQuery::terms(wider), SearchQuery::terms(narrower)),
             narrows);
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
