#include "store/database.h"
#include "store/searchnormaliser.h"
#include "store/searchquery.h"
#include "store/searchtokenizer.h"
#include "tempstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace lapor;
using namespace lapor::test;

namespace {

QString expanded(const QString &word)
{
    return QString::fromStdString(SearchNormaliser::instance().forms(word.toStdString()).expanded);
}

QString stem(const QString &word)
{
    return QString::fromStdString(SearchNormaliser::instance().forms(word.toStdString()).stem);
}

QStringList phraseTexts(const QString &term)
{
    QStringList out;
    for (const auto &phrase : SearchQuery::phrases(term))
        out.append(phrase.text);
    return out;
}

} // namespace

// The forms search gives a word (docs/inbox.md, "How search reads Indonesian"): the
// reviewed abbreviation list, Hunspell's stems, the standalone stems, and the "lapor"
// tokenizer that writes them into the index.
class TestSearchNormaliser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyListedAbbreviation_data();
    void everyListedAbbreviation();
    void generatorForms_data();
    void generatorForms();
    void stems_data();
    void stems();
    void unknownWordsStay();
    void manyWordsKeepTheirForms();
    void queryPhrases();
    void standaloneStems();
    void foldsAsTheIndex();
    void tokenizerWritesForms();
    void formTermIsOneCharacter();
    void typedMarkersAreText();
    void matchedWordsOfAText();
};

void TestSearchNormaliser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(SearchNormaliser::instance().hasStemmer(),
             "the Indonesian Hunspell dictionary (hunspell-id) is not installed");
}

// Each form of resources/data/search-normalisation.json reads as the word it stands for.
void TestSearchNormaliser::everyListedAbbreviation_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("word");
    QFile file(QStringLiteral(":/data/search-normalisation.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject list
        = QJsonDocument::fromJson(file.readAll()).object().value(u"abbreviations").toObject();
    QVERIFY(list.size() >= 60);
    for (auto it = list.begin(); it != list.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toString();
}

void TestSearchNormaliser::everyListedAbbreviation()
{
    QFETCH(QString, form);
    QFETCH(QString, word);
    QCOMPARE(expanded(form), word);
    QVERIFY(SearchNormaliser::instance().isExpansion(word.toStdString()));
    // The form is its own word; the word it stands for is among its alternatives.
    QVERIFY(phraseTexts(form).contains(word));
}

// The short forms the hub's generator writes (resources/data/hub-generator.json) and the
// ones in the issue.
void TestSearchNormaliser::generatorForms_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("word");
    const std::pair<const char *, const char *> forms[] = {
        { "yg", "yang" },    { "dgn", "dengan" },   { "tdk", "tidak" },     { "sdh", "sudah" },
        { "blm", "belum" },  { "krn", "karena" },   { "utk", "untuk" },     { "sampe", "sampai" },
        { "tlg", "tolong" }, { "bpk", "bapak" },    { "skrg", "sekarang" }, { "jln", "jalan" },
        { "jl", "jalan" },   { "dpn", "depan" },    { "kec", "kecamatan" }, { "anak2", "anak" },
        { "gara2", "gara" }, { "janji2", "janji" }, { "kira2", "kira" },    { "gorong2", "gorong" },
    };
    for (const auto &[form, word] : forms)
        QTest::newRow(form) << QString::fromLatin1(form) << QString::fromLatin1(word);
}

void TestSearchNormaliser::generatorForms()
{
    QFETCH(QString, form);
    QFETCH(QString, word);
    QCOMPARE(expanded(form), word);
}

void TestSearchNormaliser::stems_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");
    QTest::newRow("di-i") << QStringLiteral("diperbaiki") << QStringLiteral("baik");
    QTest::newRow("per-an") << QStringLiteral("perbaikan") << QStringLiteral("baik");
    QTest::newRow("ke-an") << QStringLiteral("kerusakan") << QStringLiteral("rusak");
    QTest::newRow("ber-") << QStringLiteral("berlubang") << QStringLiteral("lubang");
    QTest::newRow("ke-an flood") << QStringLiteral("kebanjiran") << QStringLiteral("banjir");
    QTest::newRow("pe-an") << QStringLiteral("pelayanan") << QStringLiteral("layan");
    QTest::newRow("-nya") << QStringLiteral("lubangnya") << QStringLiteral("lubang");
    QTest::newRow("me-") << QStringLiteral("menunggu") << QStringLiteral("tunggu");
    QTest::newRow("abbreviation, then stem") << QStringLiteral("tsb") << QStringLiteral("sebut");
    QTest::newRow("a stem is its own") << QStringLiteral("rusak") << QString();
}

void TestSearchNormaliser::stems()
{
    QFETCH(QString, word);
    QFETCH(QString, stem);
    QCOMPARE(::stem(word), stem);
}

void TestSearchNormaliser::unknownWordsStay()
{
    for (const char *word :
         { "zqxwv", "amuntai", "08120000123", "2an", "rt03", "disdukcapil", "x", "" }) {
        const auto forms = SearchNormaliser::instance().forms(word);
        QVERIFY2(forms.expanded.empty() && forms.stem.empty(), word);
    }
    // No word can have it as its stem either: it is only itself.
    QCOMPARE(phraseTexts(QStringLiteral("zqxwv")), QStringList({ QStringLiteral("zqxwv") }));
}

void TestSearchNormaliser::manyWordsKeepTheirForms()
{
    // Each thread's cache grows as a store's words come: the forms of the words asked
    // before it grew are still theirs after, and every word stays apart from the others.
    const QStringList known { QStringLiteral("blm"), QStringLiteral("diperbaiki"),
                              QStringLiteral("anak2"), QStringLiteral("kerusakan") };
    QHash<QString, QPair<QString, QString>> before;
    for (const QString &word : known)
        before.insert(word, { expanded(word), stem(word) });
    QVERIFY(!before.value(QStringLiteral("blm")).first.isEmpty());
    QVERIFY(!before.value(QStringLiteral("diperbaiki")).second.isEmpty());
    for (int i = 0; i < 20000; ++i) {
        const std::string word = "kata" + std::to_string(i) + "x"; // a code: no forms
        const auto &forms = SearchNormaliser::instance().forms(word);
        QVERIFY(forms.expanded.empty() && forms.stem.empty());
        if (i % 1000 == 0) {
            for (const QString &w : known)
                QCOMPARE((QPair<QString, QString> { expanded(w), stem(w) }), before.value(w));
        }
    }
    for (const QString &word : known)
        QCOMPARE((QPair<QString, QString> { expanded(word), stem(word) }), before.value(word));
    // "blm2" is "blm" repeated, not "blm": a longer word is never taken for its prefix.
    QCOMPARE(expanded(QStringLiteral("blm2")), QStringLiteral("blm"));
}

void TestSearchNormaliser::queryPhrases()
{
    // The bare stem joins a word of a common stem.
    QVERIFY(phraseTexts(QStringLiteral("kerusakan")).contains(QStringLiteral("rusak")));
    QVERIFY(phraseTexts(QStringLiteral("kerusakan")).contains(QStringLiteral("~rusak")));
    // A stem finds its affixed forms.
    QVERIFY(phraseTexts(QStringLiteral("rusak")).contains(QStringLiteral("~rusak")));
    // An abbreviation's word and the other abbreviations of it.
    QVERIFY(phraseTexts(QStringLiteral("blm")).contains(QStringLiteral("belum")));
    QVERIFY(phraseTexts(QStringLiteral("blm")).contains(QStringLiteral("^belum")));
    QVERIFY(phraseTexts(QStringLiteral("belum")).contains(QStringLiteral("^belum")));
    // The first alternative is the word as typed, a prefix.
    const auto first = SearchQuery::phrases(QStringLiteral("perbai")).first();
    QCOMPARE(first.text, QStringLiteral("perbai"));
    QVERIFY(first.prefix);
    QCOMPARE(SearchQuery::phraseKinds(QStringLiteral("blm rusak")), QStringLiteral("saa|sat"));
}

void TestSearchNormaliser::standaloneStems()
{
    QVERIFY(SearchNormaliser::instance().isStandalone("baik"));
    // "perbaikan" finds "diperbaiki" through "~baik", never the bare "baik".
    const auto repair = phraseTexts(QStringLiteral("perbaikan"));
    QVERIFY(repair.contains(QStringLiteral("~baik")));
    QVERIFY(!repair.contains(QStringLiteral("baik")));
    // "baik" finds "baik", "baiknya" and no affixed form.
    QCOMPARE(phraseTexts(QStringLiteral("baik")), QStringList({ QStringLiteral("baik") }));
    // "belum" finds "blm" but not "sebelumnya".
    const auto notYet = phraseTexts(QStringLiteral("belum"));
    QVERIFY(notYet.contains(QStringLiteral("^belum")));
    QVERIFY(!notYet.contains(QStringLiteral("~belum")));
}

void TestSearchNormaliser::foldsAsTheIndex()
{
    QCOMPARE(SearchNormaliser::fold(QStringLiteral("KenÀngan")), QStringLiteral("kenangan"));
    QCOMPARE(SearchNormaliser::fold(QStringLiteral("se\u0301kolah")), QStringLiteral("sekolah"));
}

void TestSearchNormaliser::tokenizerWritesForms()
{
    TempStore store;
    Database *db = store.open();
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.probe USING fts5(body, "
                                  "tokenize = 'lapor remove_diacritics 2')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO temp.probe (body) VALUES "
                                  "('JALAN blm Diperbaiki, anak2 jatuh')")));
    QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.probe_terms USING "
                                  "fts5vocab(temp, 'probe', 'row')")));
    QVERIFY(q.exec(QStringLiteral("SELECT CAST(term AS BLOB) FROM temp.probe_terms")));
    QList<QByteArray> terms;
    while (q.next())
        terms.append(q.value(0).toByteArray());
    std::sort(terms.begin(), terms.end());
    const auto form = [](char marker, const char *word) {
        return QByteArray::fromStdString(SearchTokenizer::formTerm(marker, word));
    };
    QList<QByteArray> expected { form(SearchNormaliser::kExpandedMarker, "anak"),
                                 form(SearchNormaliser::kExpandedMarker, "belum"),
                                 "anak2",
                                 "blm",
                                 "diperbaiki",
                                 "jalan",
                                 "jatuh",
                                 form(SearchNormaliser::kStemMarker, "baik") };
    std::sort(expected.begin(), expected.end());
    QCOMPARE(terms, expected);
    // The forms sit at the position of their word: a phrase over them still matches.
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*) FROM temp.probe WHERE probe MATCH '\"^belum\" + \"~baik\"'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // highlight() marks the word as written.
    QVERIFY(q.exec(QStringLiteral("SELECT highlight(probe, 0, '[', ']') FROM temp.probe "
                                  "WHERE probe MATCH '\"~baik\"'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("JALAN blm [Diperbaiki], anak2 jatuh"));
}

// A form's term is one character as FTS5 counts characters (its first byte opens a UTF-8
// sequence, every other byte continues it), so `prefix = '2 3'` writes no copy of it into
// the prefix indexes; and no two forms share a term, whatever their letters.
void TestSearchNormaliser::formTermIsOneCharacter()
{
    // Letters, digits, other ASCII, and UTF-8 of two, three and four bytes.
    const QList<QByteArray> words
        = QByteArray("baik belum anak2 a z9 rt05 jalan jalan2 jala n 0 air_bersih ke-2 "
                     "stra\xc3\x9f"
                     "e \xe4\xb8\xad \xf0\x9f\x98\x80")
              .split(' ');
    QSet<QByteArray> seen;
    for (const char marker : { SearchNormaliser::kExpandedMarker, SearchNormaliser::kStemMarker }) {
        for (const QByteArray &word : words) {
            const QByteArray term
                = QByteArray::fromStdString(SearchTokenizer::formTerm(marker, word.toStdString()));
            QVERIFY2(term.size() > 1, word.constData());
            QVERIFY2(uchar(term.at(0)) >= 0xC0, word.constData());
            for (qsizetype i = 1; i < term.size(); ++i)
                QVERIFY2((uchar(term.at(i)) & 0xC0) == 0x80, word.constData());
            QVERIFY2(!seen.contains(term), word.constData());
            seen.insert(term);
        }
    }
    // A form asked for by name in a query finds the form the text gave its word.
    TempStore store;
    Database *db = store.open();
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.probe USING fts5(body, "
                                  "tokenize = 'lapor remove_diacritics 2', prefix = '2 3')")));
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO temp.probe (body) VALUES ('jalan sdh diperbaiki')")));
    const auto count = [&q](const QString &match) {
        q.prepare(QStringLiteral("SELECT count(*) FROM temp.probe WHERE probe MATCH ?"));
        q.addBindValue(match);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(count(QStringLiteral("\"~baik\"")), 1);
    QCOMPARE(count(QStringLiteral("\"^sudah\"")), 1);
    QCOMPARE(count(QStringLiteral("\"~bai\"")), 0);
    // FTS5 answers a prefix of one character (as it counts them) from the exact term and
    // the two-character prefix index: a written word is found there, a form is not,
    // because no copy of it went into that index. No query asks for a form's first letters.
    QCOMPARE(count(QStringLiteral("\"j\"*")), 1);
    QCOMPARE(count(QStringLiteral("\"~ba\"*")), 0);
    QCOMPARE(count(QStringLiteral("\"~baik\"*")), 1); // the exact term
}

// A user who types a marker types text: it never reaches FTS5 as a form.
void TestSearchNormaliser::typedMarkersAreText()
{
    QCOMPARE(SearchQuery::terms(QStringLiteral("~baik ^belum")),
             QStringList({ QStringLiteral("baik"), QStringLiteral("belum") }));
}

void TestSearchNormaliser::matchedWordsOfAText()
{
    const QString text = QStringLiteral("Jalan sdh diperbaiki tp baik pak, blm selesai");
    QStringList words;
    for (const auto &span :
         SearchQuery::matchedWords(text, SearchQuery::terms(QStringLiteral("perbaikan belum jal"))))
        words.append(text.mid(span.start, span.length));
    QCOMPARE(words,
             QStringList(
                 { QStringLiteral("Jalan"), QStringLiteral("diperbaiki"), QStringLiteral("blm") }));
    QVERIFY(SearchQuery::matchedWords(text, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchNormaliser)
#include "tst_searchnormaliser.moc"
