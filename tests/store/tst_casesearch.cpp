#include "sampledata.h"
#include "sqlcheck.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "store/searchindex.h"
#include "store/searchquery.h"
#include "tempstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace lapor;
using namespace lapor::test;
using Sample::sampleCase;
using Sample::utc;
namespace Corpus = lapor::test::Sample::Corpus;
using namespace lapor::test::Sample::Corpus;

namespace {

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

// Full-text search over title, content and follow-ups (FTS5, maintained by triggers).
class TestCaseSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void search_data();
    void search();
    void searchFollowups();
    void searchFollowsCaseUpdates();
    void indexEqualsFreshBuildAfterEveryWrite();
    void deferredBatchCatchesUp();
    void deferredBatchRollsBack();
    void searchRanksTitleFirst();
    void searchHostileInput_data();
    void searchHostileInput();
    void searchSkipsOutOfScope();
    void searchLimit();

private:
    void insertCorpus();
    bool exec(const QString &sql, const QVariantList &binds = {});

    std::unique_ptr<TempStore> m_store;
    Database *m_db = nullptr;
    std::unique_ptr<CaseRepository> m_cases;
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WITA);
};

void TestCaseSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseSearch::init()
{
    m_store = std::make_unique<TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
    m_cases = std::make_unique<CaseRepository>(*m_db, m_calendar);
}

void TestCaseSearch::cleanup()
{
    m_cases.reset();
    m_db = nullptr;
    m_store.reset();
}

bool TestCaseSearch::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (q.exec())
        return true;
    qWarning() << q.lastError().text() << sql;
    return false;
}

void TestCaseSearch::insertCorpus()
{
    QString error;
    for (const Case &c : Corpus::cases())
        QVERIFY2(m_cases->upsert(c, &error), qPrintable(error));
}

void TestCaseSearch::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("expected"); // in any order

    QTest::newRow("prefix jal") << QStringLiteral("jal") << QList<qint64> { kJalan, kLampu };
    QTest::newRow("whole word") << QStringLiteral("jalan") << QList<qint64> { kJalan, kLampu };
    QTest::newRow("upper case") << QStringLiteral("JALAN BERLUBANG") << QList<qint64> { kJalan };
    QTest::newRow("mixed case prefix") << QStringLiteral("BerLub") << QList<qint64> { kJalan };
    QTest::newRow("all words must match")
        << QStringLiteral("jalan mati") << QList<qint64> { kLampu };
    QTest::newRow("abbreviation") << QStringLiteral("jl. juanda") << QList<qint64> { kLampu };
    QTest::newRow("hyphenated") << QStringLiteral("KTP-el") << QList<qint64> { kKtp };
    QTest::newRow("ktp") << QStringLiteral("ktp") << QList<qint64> { kKtp };
    QTest::newRow("title and content words")
        << QStringLiteral("disdukcapil blangko") << QList<qint64> { kKtp };
    QTest::newRow("guru gaji") << QStringLiteral("guru gaji") << QList<qint64> { kGuru };
    QTest::newRow("prefix honor") << QStringLiteral("honor") << QList<qint64> { kGuru };
    QTest::newRow("place name") << QStringLiteral("samarinda ulu") << QList<qint64> { kGuru };
    QTest::newRow("phone digits") << QStringLiteral("0812") << QList<qint64> { kJalan };
    QTest::newRow("informal abbreviation")
        << QStringLiteral("tdk") << QList<qint64> { kJalan, kCafe };
    QTest::newRow("plain query, accented text")
        << QStringLiteral("cafe") << QList<qint64> { kCafe };
    QTest::newRow("accented query") << QStringLiteral("café") << QList<qint64> { kCafe };
    QTest::newRow("decomposed accent")
        << QStringLiteral("cafe\u0301 kenangan") << QList<qint64> { kCafe };
    QTest::newRow("decomposed accent inside a word")
        << QStringLiteral("se\u0301kolah") << QList<qint64> { kGuru };
    QTest::newRow("other accents") << QStringLiteral("kenàngan") << QList<qint64> { kCafe };
    QTest::newRow("no match") << QStringLiteral("banjir rob") << QList<qint64> {};
    QTest::newRow("one word missing") << QStringLiteral("guru banjir") << QList<qint64> {};
    QTest::newRow("empty") << QString() << QList<qint64> {};
    QTest::newRow("spaces") << QStringLiteral("   ") << QList<qint64> {};
    QTest::newRow("punctuation only") << QStringLiteral("?!.,") << QList<qint64> {};
}

void TestCaseSearch::search()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);
    insertCorpus();
    QCOMPARE(sorted(m_cases->search(text, 50)), sorted(expected));
}

// The followups column is kept by triggers on the followups table, which sync writes
// with plain SQL.
void TestCaseSearch::searchFollowups()
{
    insertCorpus();
    const QString insert = QStringLiteral("INSERT INTO followups (id, case_id, author_id, "
                                          "unit_id, text, published_at) VALUES (?, ?, 'u-siti', "
                                          "'bkpsdm', ?, 0)");
    QVERIFY(exec(insert,
                 { QStringLiteral("f-1"), kGuru,
                   QStringLiteral("Sudah dikoordinasikan dengan BKPSDM, pembayaran "
                                  "insentif dijadwalkan minggu depan.") }));
    QCOMPARE(m_cases->search(QStringLiteral("bkpsdm"), 10), QList<qint64> { kGuru });
    QCOMPARE(m_cases->search(QStringLiteral("guru insentif"), 10), QList<qint64> { kGuru });

    QVERIFY(exec(insert,
                 { QStringLiteral("f-2"), kGuru,
                   QStringLiteral("Insentif sudah ditransfer ke rekening ybs.") }));
    QCOMPARE(m_cases->search(QStringLiteral("ditransfer"), 10), QList<qint64> { kGuru });
    QCOMPARE(m_cases->search(QStringLiteral("bkpsdm"), 10), QList<qint64> { kGuru });

    QVERIFY(exec(QStringLiteral("UPDATE followups SET text = 'Sudah dibayarkan lewat bank "
                                "Kaltimtara.' WHERE id = 'f-1'")));
    QVERIFY(m_cases->search(QStringLiteral("bkpsdm"), 10).isEmpty());
    QCOMPARE(m_cases->search(QStringLiteral("kaltimtara"), 10), QList<qint64> { kGuru });
    QCOMPARE(m_cases->search(QStringLiteral("ditransfer"), 10), QList<qint64> { kGuru });

    QVERIFY(exec(QStringLiteral("DELETE FROM followups WHERE id = 'f-2'")));
    QVERIFY(m_cases->search(QStringLiteral("ditransfer"), 10).isEmpty());
    QCOMPARE(m_cases->search(QStringLiteral("kaltimtara"), 10), QList<qint64> { kGuru });

    QVERIFY(exec(QStringLiteral("DELETE FROM followups WHERE id = 'f-1'")));
    QVERIFY(m_cases->search(QStringLiteral("kaltimtara"), 10).isEmpty());
    QCOMPARE(searchIndexDrift(m_db->connection()), QStringList());
    // Title and content are still indexed after all that.
    QCOMPARE(m_cases->search(QStringLiteral("honorer"), 10), QList<qint64> { kGuru });
}

// A sync page defers the index: the triggers note the cases and one statement rebuilds
// their rows before the commit. The result equals what row-by-row indexing gives.
void TestCaseSearch::deferredBatchCatchesUp()
{
    QString error;
    {
        Transaction transaction(*m_db);
        SearchIndex index(*m_db);
        QVERIFY2(index.defer(&error), qPrintable(error));
        insertCorpus();
        QVERIFY(exec(QStringLiteral("INSERT INTO followups (id, case_id, author_id, unit_id, "
                                    "text, published_at) VALUES ('f-1', ?, 'u', 'bkpsdm', "
                                    "'Sudah dikoordinasikan dengan BKPSDM.', 0)"),
                     { kGuru }));
        QVERIFY(exec(QStringLiteral("UPDATE cases SET title = 'Lampu taman kota padam' "
                                    "WHERE tracking_id = ?"),
                     { kLampu }));
        // Not yet indexed while deferred; the cases are noted instead.
        QVERIFY(m_cases->search(QStringLiteral("bkpsdm"), 10).isEmpty());
        QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM search_pending"))
                     .toInt(),
                 int(Corpus::cases().size()));
        QVERIFY2(index.catchUp(&error), qPrintable(error));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(
        scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM search_pending")).toInt(),
        0);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT deferred FROM search_mode")).toInt(),
             0);
    QCOMPARE(m_cases->search(QStringLiteral("bkpsdm"), 10), QList<qint64> { kGuru });
    QCOMPARE(m_cases->search(QStringLiteral("taman"), 10), QList<qint64> { kLampu });
    QCOMPARE(sorted(m_cases->search(QStringLiteral("jal"), 10)),
             (QList<qint64> { kJalan, kLampu }));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM case_search")).toInt(),
             int(Corpus::cases().size()));
    // After the batch, writes are indexed at once again.
    QVERIFY(exec(QStringLiteral("UPDATE followups SET text = 'Dibayar lewat Kaltimtara.' "
                                "WHERE id = 'f-1'")));
    QCOMPARE(m_cases->search(QStringLiteral("kaltimtara"), 10), QList<qint64> { kGuru });
    QVERIFY(m_cases->search(QStringLiteral("bkpsdm"), 10).isEmpty());
}

void TestCaseSearch::deferredBatchRollsBack()
{
    insertCorpus();
    QString error;
    {
        Transaction transaction(*m_db);
        SearchIndex index(*m_db);
        QVERIFY(index.defer(&error));
        QVERIFY(exec(QStringLiteral("UPDATE cases SET title = 'Judul yang batal' "
                                    "WHERE tracking_id = ?"),
                     { kJalan }));
        // No commit: a failed page.
    }
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT deferred FROM search_mode")).toInt(),
             0);
    QVERIFY(m_cases->search(QStringLiteral("batal"), 10).isEmpty());
    QCOMPARE(m_cases->search(QStringLiteral("berlubang"), 10), QList<qint64> { kJalan });
    // The mode is back to immediate: a new write is searchable without a batch.
    QVERIFY(exec(QStringLiteral("UPDATE cases SET title = 'Jalan amblas' WHERE tracking_id = ?"),
                 { kJalan }));
    QCOMPARE(m_cases->search(QStringLiteral("amblas"), 10), QList<qint64> { kJalan });
}

void TestCaseSearch::searchFollowsCaseUpdates()
{
    insertCorpus();
    Case c = *m_cases->find(kLampu);
    c.title = QStringLiteral("PJU padam");
    c.content = QStringLiteral("Penerangan di Jl. Pahlawan padam total.");
    c.version = 2;
    QString error;
    QVERIFY(m_cases->upsert(c, &error));
    // "Jl. Pahlawan" is a jalan too (resources/data/search-normalisation.json), found after
    // the case that writes the word out.
    QCOMPARE(m_cases->search(QStringLiteral("jalan"), 10), (QList<qint64> { kJalan, kLampu }));
    QCOMPARE(m_cases->search(QStringLiteral("padam pahlawan"), 10), QList<qint64> { kLampu });
    QVERIFY(m_cases->search(QStringLiteral("juanda"), 10).isEmpty());
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM case_search")).toInt(),
             5);
}

// Every kind of write, one at a time and then in a deferred batch, leaves the index
// exactly as a build from scratch would make it.
void TestCaseSearch::indexEqualsFreshBuildAfterEveryWrite()
{
    const auto db = m_db->connection();
    insertCorpus();
    QCOMPARE(searchIndexDrift(db), QStringList());

    QString error;
    Case lampu = *m_cases->find(kLampu);
    lampu.title = QStringLiteral("PJU padam sepanjang Jl. Pahlawan");
    lampu.version = 2;
    QVERIFY2(m_cases->upsert(lampu, &error), qPrintable(error));
    QCOMPARE(searchIndexDrift(db), QStringList());
    lampu.version = 3; // the same text again: nothing to replace
    QVERIFY2(m_cases->upsert(lampu, &error), qPrintable(error));
    QCOMPARE(searchIndexDrift(db), QStringList());

    const QString followup = QStringLiteral(
        "INSERT INTO followups (id, case_id, text, published_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (case_id, id) DO UPDATE SET text = excluded.text, "
        "published_at = excluded.published_at");
    QVERIFY(exec(followup,
                 { QStringLiteral("f-1"), kGuru,
                   QStringLiteral("Sudah dikoordinasikan dgn BKPSDM."), 100 }));
    QVERIFY(exec(
        followup,
        { QStringLiteral("f-2"), kGuru, QStringLiteral("Honor sdh ditransfer kemarin."), 200 }));
    QCOMPARE(searchIndexDrift(db), QStringList());
    // The same follow-up again, then one that changes its text, then only its order.
    QVERIFY(exec(
        followup,
        { QStringLiteral("f-2"), kGuru, QStringLiteral("Honor sdh ditransfer kemarin."), 200 }));
    QCOMPARE(searchIndexDrift(db), QStringList());
    QVERIFY(exec(
        followup,
        { QStringLiteral("f-1"), kGuru, QStringLiteral("Dibayar lewat bank Kaltimtara."), 100 }));
    QCOMPARE(searchIndexDrift(db), QStringList());
    QVERIFY(exec(QStringLiteral("UPDATE followups SET published_at = 300 WHERE id = 'f-1'")));
    QCOMPARE(searchIndexDrift(db), QStringList());
    QVERIFY(exec(QStringLiteral("DELETE FROM followups WHERE id = 'f-2'")));
    QCOMPARE(searchIndexDrift(db), QStringList());
    // A case and, through the foreign key, its follow-ups.
    QVERIFY(exec(QStringLiteral("DELETE FROM cases WHERE tracking_id = ?"), { kGuru }));
    QCOMPARE(searchIndexDrift(db), QStringList());
    QVERIFY(m_cases->search(QStringLiteral("kaltimtara"), 10).isEmpty());

    // The same kinds of write in one deferred batch, several on the same case.
    {
        Transaction transaction(*m_db);
        SearchIndex index(*m_db);
        QVERIFY2(index.defer(&error), qPrintable(error));
        Case fresh = sampleCase(8300101, QStringLiteral("Sampah menumpuk di pasar"),
                                QStringLiteral("Sudah tiga hari tdk diangkut."));
        QVERIFY2(m_cases->upsert(fresh, &error), qPrintable(error));
        QVERIFY(
            exec(followup,
                 { QStringLiteral("f-3"), 8300101, QStringLiteral("Truk sampah dikirim."), 10 }));
        QVERIFY(exec(followup,
                     { QStringLiteral("f-4"), kJalan,
                       QStringLiteral("Perbaikan dijadwalkan minggu depan."), 20 }));
        QVERIFY(exec(QStringLiteral("UPDATE cases SET content = 'Lubang makin besar.' "
                                    "WHERE tracking_id = ?"),
                     { kJalan }));
        QVERIFY(exec(followup,
                     { QStringLiteral("f-4"), kJalan, QStringLiteral("Sudah ditambal."), 20 }));
        QVERIFY(exec(QStringLiteral("DELETE FROM cases WHERE tracking_id = ?"), { kLampu }));
        lampu.version = 4;
        QVERIFY2(m_cases->upsert(lampu, &error), qPrintable(error)); // back, anew
        QVERIFY2(index.catchUp(&error), qPrintable(error));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(searchIndexDrift(db), QStringList());
    QCOMPARE(m_cases->search(QStringLiteral("ditambal"), 10), QList<qint64> { kJalan });
    QVERIFY(m_cases->search(QStringLiteral("dijadwalkan"), 10).isEmpty());
    QCOMPARE(m_cases->search(QStringLiteral("truk"), 10), QList<qint64> { 8300101 });
}

void TestCaseSearch::searchRanksTitleFirst()
{
    QString error;
    // The word appears in long content several times, in a follow-up, and once in the
    // title of the case that should come first.
    Case inContent = sampleCase(8300001, QStringLiteral("Drainase tersumbat"),
                                QStringLiteral("Tiap hujan banjir. Banjir setinggi lutut, banjir "
                                               "masuk rumah warga di Gg. Mawar."));
    Case inFollowup = sampleCase(8300002, QStringLiteral("Selokan mampet"),
                                 QStringLiteral("Selokan depan sekolah mampet, bau."));
    Case inTitle = sampleCase(8300003, QStringLiteral("Banjir di Perumahan Bengkuring"),
                              QStringLiteral("Air naik sejak subuh, mohon dibantu pompa."));
    for (const Case &c : { inContent, inFollowup, inTitle })
        QVERIFY2(m_cases->upsert(c, &error), qPrintable(error));
    QVERIFY(exec(QStringLiteral("INSERT INTO followups (id, case_id, text, published_at) "
                                "VALUES ('f-1', 8300002, 'Sudah dikeruk agar tdk banjir lagi', "
                                "0)")));
    const auto ids = m_cases->search(QStringLiteral("banjir"), 10);
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids.first(), inTitle.trackingId);
    QCOMPARE(sorted(ids), (QList<qint64> { 8300001, 8300002, 8300003 }));
    // The same holds for a prefix.
    QCOMPARE(m_cases->search(QStringLiteral("banj"), 10).first(), inTitle.trackingId);
}

void TestCaseSearch::searchHostileInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("findsJalan");

    QTest::newRow("lone quote") << QStringLiteral("\"") << false;
    QTest::newRow("two quotes") << QStringLiteral("\"\"") << false;
    QTest::newRow("open quote") << QStringLiteral("\"jalan") << true;
    QTest::newRow("close quote") << QStringLiteral("jalan\"") << true;
    QTest::newRow("quoted phrase") << QStringLiteral("\"jalan berlubang\"") << true;
    QTest::newRow("doubled quote inside") << QStringLiteral("jal\"\"an") << false;
    QTest::newRow("star") << QStringLiteral("*") << false;
    QTest::newRow("user prefix star") << QStringLiteral("jal*") << true;
    QTest::newRow("star first") << QStringLiteral("*jalan") << true;
    QTest::newRow("minus") << QStringLiteral("-jalan") << true;
    QTest::newRow("minus second") << QStringLiteral("berlubang -ktp") << false;
    QTest::newRow("NEAR group") << QStringLiteral("NEAR(jalan yani, 5)") << false;
    QTest::newRow("NEAR word") << QStringLiteral("jalan NEAR yani") << false;
    QTest::newRow("NEAR alone") << QStringLiteral("NEAR") << false;
    QTest::newRow("AND") << QStringLiteral("jalan AND") << false;
    QTest::newRow("OR first") << QStringLiteral("OR jalan") << false;
    QTest::newRow("NOT") << QStringLiteral("NOT") << false;
    QTest::newRow("column filter") << QStringLiteral("title:jalan") << false;
    QTest::newRow("column set") << QStringLiteral("{title content}: jalan") << false;
    QTest::newRow("caret") << QStringLiteral("^jalan") << true;
    QTest::newRow("plus") << QStringLiteral("jalan + yani") << true;
    QTest::newRow("parentheses") << QStringLiteral("(jalan yani))") << true;
    QTest::newRow("sql quote") << QStringLiteral("jalan' OR 1=1 --") << false;
    QTest::newRow("sql comment") << QStringLiteral("jalan; DROP TABLE cases; --") << false;
    QTest::newRow("like wildcards") << QStringLiteral("%jalan_") << true;
    QTest::newRow("backslash") << QStringLiteral("\\jalan\\") << true;
    QTest::newRow("colon only") << QStringLiteral(":") << false;
    QTest::newRow("emoji") << QStringLiteral("\U0001F621 jalan \U0001F621") << true;
    QTest::newRow("nul") << QStringLiteral("jalan") + QChar(0) + QStringLiteral("yani") << true;
    QTest::newRow("very long") << QStringLiteral("jalan ").repeated(2000) << true;
}

void TestCaseSearch::searchHostileInput()
{
    QFETCH(QString, text);
    QFETCH(bool, findsJalan);
    insertCorpus();
    // The expression itself must be accepted by FTS5, whether or not anything matches.
    const QString match = SearchQuery::toFtsMatch(text);
    if (!match.isEmpty()) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH ?"));
        q.addBindValue(match);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text() + QLatin1String(" for ") + match));
    }
    const auto ids = m_cases->search(text, 10);
    QCOMPARE(ids.contains(kJalan), findsJalan);
    QCOMPARE(m_cases->count(), 5);
}

void TestCaseSearch::searchSkipsOutOfScope()
{
    insertCorpus();
    // Kept out of scope for unsent work (Retention).
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE cases SET in_scope = 0 WHERE tracking_id = %1").arg(kJalan)));
    QString error;
    QVERIFY(m_cases->search(QStringLiteral("berlubang"), 10).isEmpty());
    QCOMPARE(m_cases->search(QStringLiteral("jalan"), 10), QList<qint64> { kLampu });

    Case back = *m_cases->find(kJalan);
    QVERIFY(m_cases->upsert(back, &error));
    QCOMPARE(m_cases->search(QStringLiteral("berlubang"), 10), QList<qint64> { kJalan });
}

void TestCaseSearch::searchLimit()
{
    insertCorpus();
    QCOMPARE(m_cases->search(QStringLiteral("jal"), 1).size(), 1);
    QCOMPARE(m_cases->search(QStringLiteral("jal"), 2).size(), 2);
    QCOMPARE(m_cases->search(QStringLiteral("jal"), 0).size(), 0);
}

QTEST_GUILESS_MAIN(TestCaseSearch)
#include "tst_casesearch.moc"
