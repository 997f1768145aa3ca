#include "store/database.h"
#include "store/searchmerge.h"
#include "sync/searchmerger.h"
#include "tempstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace lapor;
using namespace lapor::test;

// The end of a first sync builds the search index without merging its segments (BulkLoad);
// SearchMerge merges them afterwards in short steps, and SearchMerger does so on a thread
// of its own between syncs (docs/store.md, "Merging the search index").
class TestSearchMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mergesInStepsAndFindsTheSame();
    void mergeCutOffGoesOnAfterReopening();
    void nothingToMergeWritesNothing();
    void fullDiskStopsTheMergeAndKeepsTheIndex();
    void mergerFinishesOnItsThread();
    void mergerPausesAndGoesOn();
    void writerDuringTheMergeIsNotRefused();

private:
    // `segments` transactions of `rows` search rows each, written as a first sync's build
    // writes them: no merging (FTS5's 'automerge' 0), one segment per transaction.
    bool writeSegments(int segments, int rows);
    QVariant scalar(const QString &sql) const;
    // What a few searches find, row ids in order: the same before, during and after.
    QStringList findings() const;
    bool indexIsSound() const;
    // Steps until the merge is done or fails (or 10,000 steps, a merge that never ends).
    static SearchMerge::Step mergeToTheEnd(SearchMerge &merge, QString *error);

    std::unique_ptr<TempStore> m_store;
    Database *m_db = nullptr;
};

void TestSearchMerge::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSearchMerge::init()
{
    m_store = std::make_unique<TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
}

void TestSearchMerge::cleanup()
{
    m_db = nullptr;
    m_store.reset();
}

bool TestSearchMerge::writeSegments(int segments, int rows)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral(
            "INSERT INTO case_search (case_search, rank) "
            "VALUES ('automerge', 0), ('crisismerge', 1000), ('hashsize', 8388608)"))) {
        qWarning() << q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO case_search (rowid, title, content, followups) "
        "WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "SELECT i, 'Jalan berlubang nomor ' || i, "
        "'Lubang ' || (i % 997) || ' di depan rumah kata' || (i % 89) || ' blok ' "
        "|| (i * 7 % 1009) || ', mohon segera ditambal sebelum musim hujan', "
        "CASE i % 3 WHEN 0 THEN 'Sudah ditinjau petugas lapangan' "
        "ELSE 'Aspal dijadwalkan minggu depan' END FROM n"));
    for (int s = 0; s < segments; ++s) {
        const qint64 first = 8400001 + qint64(s) * rows;
        q.addBindValue(first);
        q.addBindValue(first + rows - 1);
        if (!q.exec()) { // a transaction, and so a segment, of its own
            qWarning() << q.lastError().text();
            return false;
        }
    }
    return true;
}

QVariant TestSearchMerge::scalar(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QStringList TestSearchMerge::findings() const
{
    QStringList out;
    const QStringList queries { QStringLiteral("kata12"), QStringLiteral("\"ditinjau petugas\""),
                                QStringLiteral("blok* AND lubang"), QStringLiteral("nomor 8400777"),
                                QStringLiteral("di*") };
    for (const QString &query : queries) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT group_concat(rowid), count(*) FROM "
                                 "(SELECT rowid FROM case_search WHERE case_search MATCH ? "
                                 "ORDER BY rowid)"));
        q.addBindValue(query);
        if (!q.exec() || !q.next())
            return { q.lastError().text() };
        out.append(query + QLatin1Char('=') + q.value(1).toString() + QLatin1Char(':')
                   + q.value(0).toString());
    }
    return out;
}

bool TestSearchMerge::indexIsSound() const
{
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral(
            "INSERT INTO case_search (case_search, rank) VALUES ('integrity-check', 0)")))
        return true;
    qWarning() << q.lastError().text();
    return false;
}

SearchMerge::Step TestSearchMerge::mergeToTheEnd(SearchMerge &merge, QString *error)
{
    SearchMerge::Step step = SearchMerge::Step::More;
    for (int i = 0; i < 10000 && step == SearchMerge::Step::More; ++i)
        step = merge.step(error);
    return step;
}

void TestSearchMerge::mergesInStepsAndFindsTheSame()
{
    QVERIFY(writeSegments(12, 3000));
    QCOMPARE(SearchMerge::segmentCount(*m_db), 12);
    const QStringList before = findings();
    for (const QString &found : before)
        QVERIFY2(!found.contains(QLatin1String("=0:")), qPrintable(found));

    SearchMerge merge(*m_db);
    QString error;
    int steps = 0;
    SearchMerge::Step step = SearchMerge::Step::More;
    while (step == SearchMerge::Step::More && steps < 10000) {
        step = merge.step(&error);
        ++steps;
        // Between any two steps search finds what it found before.
        if (step == SearchMerge::Step::More && steps == 1)
            QCOMPARE(findings(), before);
    }
    QVERIFY2(step == SearchMerge::Step::Done, qPrintable(error));
    QVERIFY2(merge.steps() >= 2, "the merge took one step: too little to merge");
    QCOMPARE(merge.steps(), steps - 1); // the last found nothing left
    QVERIFY(SearchMerge::segmentCount(*m_db) < 4);
    QCOMPARE(findings(), before);
    QVERIFY(indexIsSound());
}

void TestSearchMerge::mergeCutOffGoesOnAfterReopening()
{
    QVERIFY(writeSegments(12, 3000));
    const QStringList before = findings();
    QString error;
    {
        SearchMerge merge(*m_db);
        QCOMPARE(merge.step(&error), SearchMerge::Step::More);
    }
    // The desk stops after one step and opens the store again.
    m_store->close();
    m_db = m_store->open();
    QVERIFY(m_db);
    QVERIFY(indexIsSound());
    QCOMPARE(findings(), before);
    SearchMerge again(*m_db);
    const SearchMerge::Step step = mergeToTheEnd(again, &error);
    QVERIFY2(step == SearchMerge::Step::Done, qPrintable(error));
    QVERIFY(again.steps() >= 1);
    QVERIFY(SearchMerge::segmentCount(*m_db) < 4);
    QCOMPARE(findings(), before);
    QVERIFY(indexIsSound());
}

void TestSearchMerge::nothingToMergeWritesNothing()
{
    // Three segments: fewer than FTS5 merges (four), as a small first sync leaves.
    QVERIFY(writeSegments(3, 200));
    const QString data
        = QStringLiteral("SELECT count(*) || ' ' || sum(length(block)) || ' ' "
                         "|| (SELECT hex(block) FROM case_search_data WHERE id = 10) "
                         "FROM case_search_data");
    const QString written = scalar(data).toString();
    SearchMerge merge(*m_db);
    QString error;
    QCOMPARE(merge.step(&error), SearchMerge::Step::Done);
    QCOMPARE(merge.steps(), 0);
    QCOMPARE(scalar(data).toString(), written); // the structure record too
    QCOMPARE(SearchMerge::segmentCount(*m_db), 3);
}

void TestSearchMerge::fullDiskStopsTheMergeAndKeepsTheIndex()
{
    QVERIFY(writeSegments(12, 3000));
    const QStringList before = findings();
    // Room for a page or two more: a merge writes new pages before it frees old ones.
    const int pages = scalar(QStringLiteral("PRAGMA page_count")).toInt();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
    SearchMerge merge(*m_db);
    QString error;
    QCOMPARE(merge.step(&error), SearchMerge::Step::Failed);
    QVERIFY2(error.contains(QLatin1String("full"), Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(SearchMerge::segmentCount(*m_db), 12);
    QCOMPARE(findings(), before);
    QVERIFY(indexIsSound());

    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    SearchMerge again(*m_db);
    const SearchMerge::Step step = mergeToTheEnd(again, &error);
    QVERIFY2(step == SearchMerge::Step::Done, qPrintable(error));
    QCOMPARE(findings(), before);
}

void TestSearchMerge::mergerFinishesOnItsThread()
{
    QVERIFY(writeSegments(12, 3000));
    const QStringList before = findings();
    SearchMerger merger(*m_db);
    QSignalSpy finished(&merger, &SearchMerger::finished);
    QSignalSpy log(&merger, &SearchMerger::log);
    merger.start();
    QVERIFY(merger.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const QList<QVariant> outcome = finished.takeFirst();
    QVERIFY2(outcome.at(0).toBool(), qPrintable(outcome.at(1).toString()));
    QVERIFY(outcome.at(2).toInt() >= 2);
    QVERIFY(!merger.isRunning());
    QVERIFY(SearchMerge::segmentCount(*m_db) < 4);
    QCOMPARE(findings(), before);
    QTRY_COMPARE(log.size(), 1);
    QVERIFY(log.at(0).at(0).toString().startsWith(QLatin1String("search index merged in")));

    // Started again with nothing left: it says so without a line in the log.
    merger.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QVERIFY(finished.takeFirst().at(0).toBool());
    QCOMPARE(log.size(), 1);
}

void TestSearchMerge::mergerPausesAndGoesOn()
{
    QVERIFY(writeSegments(12, 3000));
    const QStringList before = findings();
    SearchMerger merger(*m_db);
    QSignalSpy finished(&merger, &SearchMerger::finished);
    merger.start();
    merger.pause(); // before its first step: a sync began
    QTRY_VERIFY(!merger.isRunning());
    merger.wait();
    QCOMPARE(finished.size(), 0);
    QCOMPARE(SearchMerge::segmentCount(*m_db), 12);
    // Paused and started again at once: the thread goes on, or a new one starts.
    merger.start();
    merger.pause();
    merger.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(SearchMerge::segmentCount(*m_db) < 4);
    QCOMPARE(findings(), before);
    QVERIFY(indexIsSound());
}

void TestSearchMerge::writerDuringTheMergeIsNotRefused()
{
    QVERIFY(writeSegments(12, 3000));
    SearchMerger merger(*m_db);
    QSignalSpy finished(&merger, &SearchMerger::finished);
    merger.start();
    // The desk's own writes while the merge goes on: each waits for a step at most, and
    // none is refused as busy.
    int writes = 0;
    qint64 longest = 0;
    QElapsedTimer clock;
    while (finished.isEmpty() && writes < 20) {
        clock.start();
        Transaction transaction(*m_db);
        QVERIFY(transaction.isActive());
        longest = qMax(longest, clock.elapsed());
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO case_search (rowid, title, content, followups) "
                                 "VALUES (?, 'Lampu jalan padam', 'Sejak kemarin malam', '')"));
        q.addBindValue(9000001 + writes);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(transaction.commit());
        ++writes;
        QTest::qWait(20);
    }
    // A step is about SearchMerge::kStepMs; a machine twice as slow and busy has room.
    QVERIFY2(longest < 2000, qPrintable(QString::number(longest)));
    QVERIFY(writes > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH "
                                   "'padam'"))
                 .toInt(),
             writes);
    QVERIFY(indexIsSound());
}

QTEST_GUILESS_MAIN(TestSearchMerge)
#include "tst_searchmerge.moc"
