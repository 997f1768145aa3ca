#include "store/searchquery.h"

#include <QRegularExpression>
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
    void toFtsMatchForms();
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

namespace {

// One word's group: its own form as a prefix, alone or first among its other forms.
const QRegularExpression
    kGroup(QStringLiteral("^(?:\\(\"([^\"]+)\"\\*(?: OR \"[^\"]+\")+\\)|\"([^\"]+)\"\\*)$"));

// The words as typed, in the order of the expression's groups.
QStringList surfaces(const QString &match)
{
    QStringList out;
    if (match.isEmpty())
        return out;
    for (const QString &group : match.split(QStringLiteral(" AND "))) {
        const auto m = kGroup.match(group);
        if (!m.hasMatch())
            return { QStringLiteral("<bad group: %1>").arg(group) };
        out.append(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    }
    return out;
}

} // namespace

void TestSearchQuery::toFtsMatch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("surfaces");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("punctuation only") << QStringLiteral("\"\"*-") << QStringList();
    QTest::newRow("one word") << QStringLiteral("jal") << QStringList { QStringLiteral("jal") };
    QTest::newRow("two words") << QStringLiteral("Guru honorer")
                               << QStringList { QStringLiteral("guru"), QStringLiteral("honorer") };
    QTest::newRow("user quotes dropped")
        << QStringLiteral("\"lampu jalan\"")
        << QStringList { QStringLiteral("lampu"), QStringLiteral("jalan") };
    QTest::newRow("operators quoted")
        << QStringLiteral("jalan NEAR ktp")
        << QStringList { QStringLiteral("jalan"), QStringLiteral("near"), QStringLiteral("ktp") };
    QTest::newRow("minus") << QStringLiteral("-pungli") << QStringList { QStringLiteral("pungli") };
    QTest::newRow("column filter")
        << QStringLiteral("title:banjir")
        << QStringList { QStringLiteral("title"), QStringLiteral("banjir") };
    QTest::newRow("accents folded")
        << QStringLiteral("Café") << QStringList { QStringLiteral("cafe") };
}

void TestSearchQuery::toFtsMatch()
{
    QFETCH(QString, text);
    QFETCH(QStringList, surfaces);
    QCOMPARE(::surfaces(SearchQuery::toFtsMatch(text)), surfaces);
}

// The forms ride beside the word: "blm" finds "belum", "perbaikan" finds "~baik".
void TestSearchQuery::toFtsMatchForms()
{
    QCOMPARE(SearchQuery::toFtsMatch(QStringLiteral("blm")),
             QStringLiteral("(\"blm\"* OR \"belum\" OR \"^belum\")"));
    QCOMPARE(SearchQuery::toFtsMatch(QStringLiteral("perbaikan blm")),
             QStringLiteral("(\"perbaikan\"* OR \"^perbaikan\" OR \"~baik\") AND "
                            "(\"blm\"* OR \"belum\" OR \"^belum\")"));
}

void TestSearchQuery::everyTermIsQuotedPrefix_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("mixed") << QStringLiteral("Pelayanan KTP-el di Disdukcapil lambat!!");
    QTest::newRow("hostile") << QStringLiteral("\"a\"\"b\" * ( ) { } : ^ + - NEAR/3 AND OR ~x");
    QTest::newRow("long") << QStringLiteral("jalan ").repeated(500);
}

// Whatever the input, the expression is a sequence of groups ("term"* OR "form" ...) with
// no quote inside a term, so FTS5 cannot read an operator or a column filter in it.
void TestSearchQuery::everyTermIsQuotedPrefix()
{
    QFETCH(QString, text);
    const QString match = SearchQuery::toFtsMatch(text);
    QVERIFY(!match.isEmpty());
    QCOMPARE(surfaces(match), SearchQuery::terms(text));
    QCOMPARE(SearchQuery::phraseKinds(text).count(QLatin1Char('|')) + 1,
             SearchQuery::terms(text).size());
}

void TestSearchQuery::narrows_data()
{
    QTest::addColumn<QString>("wider");
    QTest::addColumn<QString>("narrower");
    QTest::addColumn<bool>("narrows");
    QTest::newRow("a letter more") << QStringLiteral("zq") << QStringLiteral("zqx") << true;
    QTest::newRow("a word more") << QStringLiteral("jalan") << QStringLiteral("jalan be") << true;
    // "rusa" finds nothing, yet "rusak" finds "kerusakan" through its stem.
    QTest::newRow("a letter more, with a stem")
        << QStringLiteral("rusa") << QStringLiteral("rusak") << false;
    QTest::newRow("a letter more, an abbreviation")
        << QStringLiteral("bl") << QStringLiteral("blm") << false;
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
