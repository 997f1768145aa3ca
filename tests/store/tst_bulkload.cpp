#include "sampledata.h"
#include "sqlcheck.h"
#include "store/bulkload.h"
#include "store/casefigures.h"
#include "store/caserepository.h"
#include "store/changewriter.h"
#include "store/database.h"
#include "store/searchmerge.h"
#include "tempstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace lapor;
using namespace lapor::test;
using Sample::sampleCase;

// A sync that starts on an empty store fills it in bulk (BulkLoad, schema 11): the
// indexes of cases and the search and figures triggers go aside, and the end of the sync
// brings them back and builds the search rows, in steps that each commit on their own.
class TestBulkLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void setsAsideOnlyOnAStoreWithoutCases();
    void setsAsideWhatKeepsDerivedData();
    void finishBringsBackTheSameDefinitions();
    void finishedStoreIsSearchableAndKeptUpToDate();
    void finishCountsTheDashboardSums();
    void finishWithoutZoneLeavesTheSumsToTheDashboard();
    void buildsInSeveralSteps();
    void fillCutOffIsFinishedByTheNextEnd();
    void buildCutOffKeepsEveryRowOnce();
    void buildMergesNothingThenDefaults();
    void buildMergesNoLevelAtOnce();
    void caseRemovedDuringTheFillLeavesNoRow();
    void fullDiskWhileFinishingKeepsTheStore();

private:
    QVariant scalar(const QString &sql) const;
    QStringList definitions() const;
    bool addCases(int count, qint64 firstId = 8400001, Database *db = nullptr);
    bool buildFirstChunk(BulkLoad &bulk);
    bool finish(BulkLoad &bulk, int *steps = nullptr);

    std::unique_ptr<TempStore> m_store;
    Database *m_db = nullptr;
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WITA);
};

void TestBulkLoad::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBulkLoad::init()
{
    m_store = std::make_unique<TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
}

void TestBulkLoad::cleanup()
{
    m_db = nullptr;
    m_store.reset();
}

QVariant TestBulkLoad::scalar(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QStringList TestBulkLoad::definitions() const
{
    QStringList out;
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type IN ('index', 'trigger') "
                          "AND sql IS NOT NULL ORDER BY name"));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

bool TestBulkLoad::addCases(int count, qint64 firstId, Database *db)
{
    if (!db)
        db = m_db;
    CaseRepository cases(*db, m_calendar);
    ChangeWriter writer(*db);
    QString error;
    for (int i = 0; i < count; ++i) {
        const qint64 id = firstId + i;
        Case c
            = sampleCase(id, QStringLiteral("Jalan berlubang nomor %1").arg(id),
                         QStringLiteral("Lubang di depan rumah nomor %1, mohon ditambal.").arg(id));
        Followup f;
        f.id = QStringLiteral("f-%1").arg(id);
        f.caseId = id;
        f.text = id % 2 ? QStringLiteral("Sudah ditinjau petugas lapangan")
                        : QStringLiteral("Aspal dijadwalkan minggu depan");
        f.publishedAt = QDateTime::currentDateTimeUtc();
        // Some answered, some still owed one, in two units: the sums have several rows.
        if (id % 3 == 0)
            c.firstFollowupAt = f.publishedAt;
        if (id % 4 == 0)
            c.unitId = QStringLiteral("dinas-pu");
        c.receivedAt = c.receivedAt.addDays(id % 7);
        if (!cases.upsert(c, &error) || !writer.upsertFollowup(f, &error)) {
            qWarning() << error;
            return false;
        }
    }
    return true;
}

// A fill of 2,500 cases, then two steps of its end: the definitions back, one chunk built.
bool TestBulkLoad::buildFirstChunk(BulkLoad &bulk)
{
    QString error;
    if (!bulk.begin(&error) || !addCases(2500)) {
        qWarning() << error;
        return false;
    }
    return bulk.finishStep(&error) == BulkLoad::Step::More
        && bulk.finishStep(&error) == BulkLoad::Step::More;
}

bool TestBulkLoad::finish(BulkLoad &bulk, int *steps)
{
    QString error;
    for (int i = 1; i < 100000; ++i) {
        const BulkLoad::Step step = bulk.finishStep(&error);
        if (step == BulkLoad::Step::Failed) {
            qWarning() << error;
            return false;
        }
        if (step == BulkLoad::Step::Done) {
            if (steps)
                *steps = i;
            return true;
        }
    }
    return false;
}

void TestBulkLoad::setsAsideOnlyOnAStoreWithoutCases()
{
    QString error;
    QVERIFY(addCases(1));
    const QStringList before = definitions();
    BulkLoad bulk(*m_db);
    QVERIFY2(bulk.begin(&error), qPrintable(error));
    QVERIFY(!bulk.isPending());
    QCOMPARE(definitions(), before);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM set_aside")).toInt(), 0);
}

void TestBulkLoad::setsAsideWhatKeepsDerivedData()
{
    // A new index or trigger on cases or followups is set aside by the rule: this list
    // makes sure that someone decides whether finishStep() rebuilds what it keeps.
    const QStringList expected {
        QStringLiteral("cases_by_status"),
        QStringLiteral("cases_by_unit"),
        QStringLiteral("cases_conflicted"),
        QStringLiteral("cases_figures_day_after"),
        QStringLiteral("cases_figures_day_before"),
        QStringLiteral("cases_figures_delete"),
        QStringLiteral("cases_figures_due_after"),
        QStringLiteral("cases_figures_due_before"),
        QStringLiteral("cases_figures_followup_after"),
        QStringLiteral("cases_figures_followup_before"),
        QStringLiteral("cases_figures_insert"),
        QStringLiteral("cases_inbox"),
        QStringLiteral("cases_search_delete"),
        QStringLiteral("cases_search_insert"),
        QStringLiteral("cases_search_note_delete"),
        QStringLiteral("cases_search_note_insert"),
        QStringLiteral("cases_search_note_update"),
        QStringLiteral("cases_search_update"),
        QStringLiteral("followups_search_delete"),
        QStringLiteral("followups_search_insert"),
        QStringLiteral("followups_search_note_delete"),
        QStringLiteral("followups_search_note_insert"),
        QStringLiteral("followups_search_note_update"),
        QStringLiteral("followups_search_update"),
        QStringLiteral("inbox_token_cases_delete"),
        QStringLiteral("inbox_token_cases_insert"),
        QStringLiteral("inbox_token_cases_update"),
    };
    QCOMPARE(BulkLoad::candidates(*m_db), expected);

    QString error;
    BulkLoad bulk(*m_db);
    QVERIFY2(bulk.begin(&error), qPrintable(error));
    QVERIFY(bulk.isPending());
    QCOMPARE(BulkLoad::candidates(*m_db), QStringList());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM set_aside")).toInt(),
             int(expected.size()));
    QCOMPARE(scalar(QStringLiteral("SELECT unbuilt FROM search_mode")).toInt(), 1);
    // The fill writes cases without the snapshot token's triggers; the finish gives the
    // store a new token with them, so that an inbox file taken before never passes for
    // the filled store (InboxSnapshot::stampOf gives none meanwhile: tst_inboxsnapshot).
    const QByteArray token = scalar(QStringLiteral("SELECT token FROM inbox_token")).toByteArray();
    QVERIFY(addCases(1));
    QCOMPARE(scalar(QStringLiteral("SELECT token FROM inbox_token")).toByteArray(), token);
    QVERIFY(finish(bulk));
    QVERIFY(scalar(QStringLiteral("SELECT token FROM inbox_token")).toByteArray() != token);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                   "AND name LIKE 'inbox_token_cases%'"))
                 .toInt(),
             3);
}

void TestBulkLoad::finishBringsBackTheSameDefinitions()
{
    const QStringList before = definitions();
    QString error;
    BulkLoad bulk(*m_db);
    QVERIFY2(bulk.begin(&error), qPrintable(error));
    QVERIFY(definitions() != before);
    QVERIFY(addCases(20));
    QVERIFY(finish(bulk));
    QCOMPARE(definitions(), before);
    QVERIFY(!bulk.isPending());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM set_aside")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT unbuilt FROM search_mode")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestBulkLoad::finishedStoreIsSearchableAndKeptUpToDate()
{
    QString error;
    BulkLoad bulk(*m_db);
    QVERIFY2(bulk.begin(&error), qPrintable(error));
    QVERIFY(addCases(10));
    CaseRepository cases(*m_db, m_calendar);
    QCOMPARE(cases.search(QStringLiteral("berlubang"), 50).size(), 0); // not built yet
    QVERIFY(finish(bulk));
    QCOMPARE(bulk.casesIndexed(), 10);
    QCOMPARE(cases.search(QStringLiteral("berlubang"), 50).size(), 10);
    // Words of the follow-ups too, and each case once.
    QCOMPARE(cases.search(QStringLiteral("aspal"), 50).size(), 5);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_search")).toInt(), 10);
    QCOMPARE(test::searchIndexDrift(m_db->connection()), QStringList());
    // The triggers are back: an ordinary change reaches the index at once.
    Case changed = sampleCase(8400003, QStringLiteral("Lampu jalan padam"),
                              QStringLiteral("Gelap sejak seminggu."));
    QVERIFY2(cases.upsert(changed, &error), qPrintable(error));
    QCOMPARE(cases.search(QStringLiteral("padam"), 50), QList<qint64> { 8400003 });
    QCOMPARE(cases.search(QStringLiteral("berlubang"), 50).size(), 9);
    QCOMPARE(test::searchIndexDrift(m_db->connection()), QStringList());
}

// The first dashboard after a first sync finds the sums counted, the same rows the
// triggers keep for cases written one at a time, and the triggers keep them from there.
void TestBulkLoad::finishCountsTheDashboardSums()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    BulkLoad bulk(*m_db);
    bulk.countFigures(m_calendar.zone());
    QVERIFY2(bulk.begin(&error), qPrintable(error));
    QVERIFY(addCases(60));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM figure_calendar")).toInt(), 0);
    QVERIFY(finish(bulk));
    QCOMPARE(scalar(QStringLiteral("SELECT sum(cases) FROM figures_by_day")).toInt(), 60);
    CaseFigures figures(*m_db, m_calendar);
    QCOMPARE(figures.isCurrent(now, &error), std::optional<bool>(true));

    // The same cases written one at a time into a store whose sums were built first.
    TempStore other;
    Database *db = other.open();
    QVERIFY(db);
    QVERIFY2(CaseFigures(*db, m_calendar).ensureCurrent(now, &error), qPrintable(error));
    QVERIFY(addCases(60, 8400001, db));
    const QStringList kept = figureSums(db->connection());
    QVERIFY(kept.size() > 3);
    QCOMPARE(figureSums(m_db->connection()), kept);

    // The triggers are back with the sums: later writes reach them at once.
    QVERIFY(addCases(5, 8500001));
    QVERIFY(addCases(5, 8500001, db));
    QCOMPARE(scalar(QStringLiteral("SELECT sum(cases) FROM figures_by_day")).toInt(), 65);
    QCOMPARE(figureSums(m_db->connection()), figureSums(db->connection()));
}

// A finish that does not know the agency's zone (the one Database::open runs for a fill
// that a crash cut off) leaves the sums to the first dashboard, as an upgraded store.
void TestBulkLoad::finishWithoutZoneLeavesTheSumsToTheDashboard()
{
    QString error;
    BulkLoad bulk(*m_db);
    QVERIFY2(bulk.begin(&error), qPrintable(error));
    QVERIFY(addCases(10));
    QVERIFY(finish(bulk));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM figures_by_day")).toInt(), 0);
    bool rebuilt = false;
    QVERIFY2(CaseFigures(*m_db, m_calendar)
                 .ensureCurrent(QDateTime::currentDateTimeUtc(), &error, &rebuilt),
             qPrintable(error));
    QVERIFY(rebuilt);
    QCOMPARE(scalar(QStringLiteral("SELECT sum(cases) FROM figures_by_day")).toInt(), 10);
}

void TestBulkLoad::buildsInSeveralSteps()
{
    QString error;
    BulkLoad bulk(*m_db);
    QVERIFY2(bulk.begin(&error), qPrintable(error));
    QVERIFY(addCases(2500));
    int steps = 0;
    QVERIFY(finish(bulk, &steps));
    // The definitions, then chunks of at most 1,000 cases at first, then the last look.
    QVERIFY2(steps >= 4, qPrintable(QString::number(steps)));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_search")).toInt(), 2500);
}

void TestBulkLoad::fillCutOffIsFinishedByTheNextEnd()
{
    QString error;
    {
        BulkLoad bulk(*m_db);
        QVERIFY2(bulk.begin(&error), qPrintable(error));
        QVERIFY(addCases(30));
    }
    // The desk stops mid-fill and starts again.
    m_store->close();
    m_db = m_store->open();
    QVERIFY(m_db);
    BulkLoad again(*m_db);
    QVERIFY(again.isPending());
    // A sync that resumes the fill does not set aside twice.
    QVERIFY2(again.begin(&error), qPrintable(error));
    QVERIFY(addCases(30, 8500001));
    QVERIFY(finish(again));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_search")).toInt(), 60);
    QCOMPARE(BulkLoad::candidates(*m_db).size(), 27);
}

void TestBulkLoad::buildCutOffKeepsEveryRowOnce()
{
    QString error;
    {
        BulkLoad bulk(*m_db);
        // The definitions come back and one chunk is built; then the desk stops.
        QVERIFY(buildFirstChunk(bulk));
    }
    const int built = scalar(QStringLiteral("SELECT count(*) FROM case_search")).toInt();
    QVERIFY(built > 0 && built < 2500);
    m_store->close();
    m_db = m_store->open();
    QVERIFY(m_db);
    BulkLoad again(*m_db);
    QVERIFY(again.isPending());
    QVERIFY(finish(again));
    QCOMPARE(again.casesIndexed(), 2500 - built);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_search")).toInt(), 2500);
    CaseRepository cases(*m_db, m_calendar);
    QCOMPARE(cases.search(QStringLiteral("ditinjau"), 5000).size(), 1250);
    QVERIFY(!again.isPending());
}

void TestBulkLoad::buildMergesNothingThenDefaults()
{
    const QString config = QStringLiteral("SELECT group_concat(k || '=' || v, ' ') FROM "
                                          "(SELECT k, v FROM case_search_config WHERE k IN "
                                          "('automerge', 'crisismerge', 'hashsize') ORDER BY k)");
    QString error;
    BulkLoad bulk(*m_db);
    QVERIFY(buildFirstChunk(bulk));
    // No merging while the rows are built: SearchMerge merges afterwards.
    QCOMPARE(scalar(config).toString(),
             QStringLiteral("automerge=0 crisismerge=1000 hashsize=8388608"));
    // The index sorts' 8 MB page cache is over; the build has 16 MB, and the store's own
    // 48 MB come back when it is done.
    QCOMPARE(scalar(QStringLiteral("PRAGMA cache_size")).toInt(), -16384);
    QVERIFY(finish(bulk));
    QCOMPARE(scalar(QStringLiteral("PRAGMA cache_size")).toInt(), -49152);
    // Later syncs write a few rows at a time: FTS5's own step-wise merging again, and no
    // level merged whole by one of their writes, not even the build's two hundred
    // segments of a million cases.
    QCOMPARE(scalar(config).toString(),
             QStringLiteral("automerge=4 crisismerge=1000 hashsize=1048576"));
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO case_search (case_search, rank) "
                                   "VALUES ('integrity-check', 1)")),
             qPrintable(q.lastError().text()));
    CaseRepository cases(*m_db, m_calendar);
    QCOMPARE(cases.search(QStringLiteral("ditinjau"), 5000).size(), 1250);
    QCOMPARE(cases.search(QStringLiteral("lu"), 5000).size(), 2500);
}

// While the rows are built, nothing merges the index's segments (at a million cases FTS5's
// defaults rewrote 640 MB in one chunk, and merging took a third of the build): segments
// written by separate transactions stay apart, where FTS5's defaults merged them four at a
// time. SearchMerge merges them after the build.
void TestBulkLoad::buildMergesNoLevelAtOnce()
{
    const QString segments = QStringLiteral("SELECT count(DISTINCT segid) FROM case_search_idx");
    BulkLoad bulk(*m_db);
    QVERIFY(buildFirstChunk(bulk));
    const int before = scalar(segments).toInt();
    QVERIFY(before >= 1);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO case_search (rowid, title, content, followups) "
                             "VALUES (?, 'Jalan berlubang', 'Mohon ditambal', '')"));
    for (int i = 0; i < 40; ++i) {
        q.addBindValue(9000001 + i); // each statement its own transaction, its own segment
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QCOMPARE(scalar(segments).toInt(), before + 40);
    QVERIFY(finish(bulk));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_search")).toInt(), 2540);
    QVERIFY(scalar(segments).toInt() >= before + 40);

    CaseRepository cases(*m_db, m_calendar);
    QCOMPARE(cases.search(QStringLiteral("berlubang"), 5000).size(), 2500);
    SearchMerge merge(*m_db);
    QString error;
    SearchMerge::Step step = SearchMerge::Step::More;
    for (int i = 0; i < 1000 && step == SearchMerge::Step::More; ++i)
        step = merge.step(&error);
    QVERIFY2(step == SearchMerge::Step::Done, qPrintable(error));
    QVERIFY(scalar(segments).toInt() < 4);
    QCOMPARE(cases.search(QStringLiteral("berlubang"), 5000).size(), 2500);
    QCOMPARE(cases.search(QStringLiteral("ditinjau"), 5000).size(), 1250);
}

void TestBulkLoad::caseRemovedDuringTheFillLeavesNoRow()
{
    QString error;
    BulkLoad bulk(*m_db);
    QVERIFY2(bulk.begin(&error), qPrintable(error));
    QVERIFY(addCases(5));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM cases WHERE tracking_id = 8400002")));
    QVERIFY(finish(bulk));
    CaseRepository cases(*m_db, m_calendar);
    QCOMPARE(cases.search(QStringLiteral("berlubang"), 50).size(), 4);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM followups")).toInt(), 4);
}

void TestBulkLoad::fullDiskWhileFinishingKeepsTheStore()
{
    QString error;
    BulkLoad bulk(*m_db);
    QVERIFY2(bulk.begin(&error), qPrintable(error));
    QVERIFY(addCases(3000));
    const int cases = scalar(QStringLiteral("SELECT count(*) FROM cases")).toInt();
    // Room for a page or two more: the indexes and search rows do not fit.
    const int pages = scalar(QStringLiteral("PRAGMA page_count")).toInt();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
    BulkLoad::Step step = BulkLoad::Step::More;
    for (int i = 0; i < 100 && step == BulkLoad::Step::More; ++i)
        step = bulk.finishStep(&error);
    QCOMPARE(step, BulkLoad::Step::Failed);
    QVERIFY2(error.contains(QLatin1String("full"), Qt::CaseInsensitive), qPrintable(error));
    // Nothing lost, nothing half-done: the cases stay, the store is sound, and the rest
    // waits for the next finish.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases")).toInt(), cases);
    QCOMPARE(scalar(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
    QVERIFY(bulk.isPending());

    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    BulkLoad again(*m_db);
    QVERIFY(finish(again));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_search")).toInt(), cases);
    QCOMPARE(BulkLoad::candidates(*m_db).size(), 27);
    QVERIFY(!again.isPending());
}

QTEST_GUILESS_MAIN(TestBulkLoad)
#include "tst_bulkload.moc"
