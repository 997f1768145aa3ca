#include "core/workingcalendar.h"
#include "protocol/records.h"
#include "scriptedhub.h"
#include "sqlcheck.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/syncstate.h"
#include "sync/changeapplier.h"
#include "tempstore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
using lapor::test::ScriptedHub;

// The full-text rows of a sync are built once per write batch, when it commits: a case
// whose follow-ups arrive over several pages is noted on each page and indexed once, with
// the follow-ups of every page, and whatever commits is searchable.
class TestSyncSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void batchBuildsRowsOnceAtCommit();
    void pageOutsideBatchIsIndexedAtOnce();
    void userActionCommitsASearchableBatch();
    void syncFindsFollowupsOfEveryPage();
    void historyOfACaseThatLeftIsSkipped();

private:
    static constexpr qint64 kCase = 1000001;
    static constexpr qint64 kOther = 1000002;
    static QList<ChangeApplier::Incoming> incoming(const QJsonArray &records);
    bool applyPage(ChangeApplier &applier, const QJsonArray &records, const QString &next);
    QList<qint64> search(const QString &text) const;
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    QList<qint64> pending() const;
    bool indexed(qint64 trackingId) const;

    ScriptedHub m_hub;
    test::TempStore m_stores;
    std::unique_ptr<Database> m_db;
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WITA);
};

QList<ChangeApplier::Incoming> TestSyncSearch::incoming(const QJsonArray &records)
{
    QList<ChangeApplier::Incoming> list;
    for (const QJsonValue &value : records) {
        ChangeApplier::Incoming entry;
        entry.raw = value;
        entry.data = Wire::decodeChange(value.toObject(), &entry.refusal);
        if (!entry.data)
            QTest::qFail(qPrintable(entry.refusal), __FILE__, __LINE__);
        list.append(entry);
    }
    return list;
}

bool TestSyncSearch::applyPage(ChangeApplier &applier, const QJsonArray &records,
                               const QString &next)
{
    QString error;
    ChangeApplier::Counts counts;
    if (!applier.applyPage(incoming(records), SyncState(*m_db).cursor(), next, &counts, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return counts.quarantined == 0;
}

QList<qint64> TestSyncSearch::search(const QString &text) const
{
    QList<qint64> found = CaseRepository(*m_db, m_calendar).search(text, 10);
    std::sort(found.begin(), found.end());
    return found;
}

QVariant TestSyncSearch::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        QTest::qFail(qPrintable(q.lastError().text() + QLatin1String(" in: ") + sql), __FILE__,
                     __LINE__);
        return {};
    }
    return q.value(0);
}

QList<qint64> TestSyncSearch::pending() const
{
    QList<qint64> ids;
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT case_id FROM search_pending ORDER BY case_id")))
        QTest::qFail(qPrintable(q.lastError().text()), __FILE__, __LINE__);
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

bool TestSyncSearch::indexed(qint64 trackingId) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM case_search WHERE rowid = ?"),
                  { trackingId })
               .toInt()
        == 1;
}

void TestSyncSearch::initTestCase()
{
    QVERIFY(m_hub.start());
}

void TestSyncSearch::init()
{
    m_db = m_stores.openOther(QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(m_db);
    m_hub.clearPages();
}

void TestSyncSearch::cleanup()
{
    m_db.reset();
}

void TestSyncSearch::batchBuildsRowsOnceAtCommit()
{
    ChangeApplier applier(*m_db, m_calendar);
    QVERIFY(m_db->beginBatch());
    QVERIFY(applyPage(applier,
                      { ScriptedHub::caseRecord(kCase),
                        ScriptedHub::followupRecord(QStringLiteral("f1"), kCase,
                                                    QStringLiteral("Tim survei sudah ke lokasi.")),
                        ScriptedHub::caseRecord(kOther, 3, QStringLiteral("Jembatan retak")) },
                      QStringLiteral("p1")));
    // After the page: its cases are noted, and no row of the index is built yet.
    QCOMPARE(pending(), (QList<qint64> { kCase, kOther }));
    QVERIFY(!indexed(kCase));
    QVERIFY(!indexed(kOther));
    QCOMPARE(scalar(QStringLiteral("SELECT deferred FROM search_mode")).toInt(), 1);

    QVERIFY(applyPage(
        applier,
        { ScriptedHub::followupRecord(QStringLiteral("f2"), kCase,
                                      QStringLiteral("Kabel diganti oleh petugas PLN.")) },
        QStringLiteral("p2")));
    QVERIFY(applyPage(applier,
                      { ScriptedHub::followupRecord(QStringLiteral("f3"), kCase,
                                                    QStringLiteral("Lampu menyala kembali.")) },
                      QStringLiteral("p3")));
    // Three pages touched the case: still one note, still no row.
    QCOMPARE(pending(), (QList<qint64> { kCase, kOther }));
    QVERIFY(!indexed(kCase));
    QVERIFY(search(QStringLiteral("survei")).isEmpty());

    QString error;
    QVERIFY2(applier.commitBatch(&error), qPrintable(error));
    QVERIFY(!m_db->inBatch());
    QVERIFY(pending().isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT deferred FROM search_mode")).toInt(), 0);
    // One row per case, with the follow-ups of every page.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_search")).toInt(), 2);
    QCOMPARE(search(QStringLiteral("survei")), QList<qint64> { kCase });
    QCOMPARE(search(QStringLiteral("PLN")), QList<qint64> { kCase });
    QCOMPARE(search(QStringLiteral("menyala")), QList<qint64> { kCase });
    QCOMPARE(search(QStringLiteral("jembatan")), QList<qint64> { kOther });
    QCOMPARE(SyncState(*m_db).cursor(), QStringLiteral("p3"));

    // After the batch a write is indexed at once again.
    QVERIFY(applyPage(applier,
                      { ScriptedHub::followupRecord(QStringLiteral("f4"), kOther,
                                                    QStringLiteral("Sudah dilas.")) },
                      QStringLiteral("p4")));
    QVERIFY(pending().isEmpty());
    QCOMPARE(search(QStringLiteral("dilas")), QList<qint64> { kOther });
    QCOMPARE(lapor::test::searchIndexDrift(m_db->connection()), QStringList());
}

void TestSyncSearch::pageOutsideBatchIsIndexedAtOnce()
{
    // Without a write batch (it could not begin) the page commits alone and indexes itself.
    ChangeApplier applier(*m_db, m_calendar);
    QVERIFY(!m_db->inBatch());
    QVERIFY(
        applyPage(applier,
                  { ScriptedHub::caseRecord(kCase),
                    ScriptedHub::followupRecord(QStringLiteral("f1"), kCase,
                                                QStringLiteral("Tim survei sudah ke lokasi.")) },
                  QStringLiteral("p1")));
    QVERIFY(pending().isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT deferred FROM search_mode")).toInt(), 0);
    QCOMPARE(search(QStringLiteral("survei")), QList<qint64> { kCase });
}

void TestSyncSearch::historyOfACaseThatLeftIsSkipped()
{
    // The applier remembers the case a page just stored, so that the history right after
    // it needs no look-up; a case removed, or stored out of scope, is forgotten at once.
    ChangeApplier applier(*m_db, m_calendar);
    applier.setScope(QStringLiteral("dpupr"), false);
    QJsonObject removal;
    removal.insert(QLatin1String("case_id"), double(kCase));
    removal.insert(QLatin1String("reason"), QStringLiteral("reassigned"));
    QString error;
    ChangeApplier::Counts counts;
    QVERIFY2(applier.applyPage(
                 incoming({ ScriptedHub::caseRecord(kCase),
                            ScriptedHub::followupRecord(QStringLiteral("f1"), kCase,
                                                        QStringLiteral("Tim survei datang.")),
                            ScriptedHub::record("remove", removal),
                            ScriptedHub::followupRecord(QStringLiteral("f2"), kCase,
                                                        QStringLiteral("Sudah selesai.")),
                            ScriptedHub::withField(ScriptedHub::caseRecord(kOther), "unit_id",
                                                   QStringLiteral("dinas-lain")),
                            ScriptedHub::followupRecord(QStringLiteral("f3"), kOther,
                                                        QStringLiteral("Dialihkan.")) }),
                 SyncState(*m_db).cursor(), QStringLiteral("p1"), &counts, &error),
             qPrintable(error));
    QCOMPARE(counts.quarantined, 0);
    QCOMPARE(counts.history, 1);
    QCOMPARE(counts.skipped, 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM followups")).toInt(), 0);
}

void TestSyncSearch::userActionCommitsASearchableBatch()
{
    ChangeApplier applier(*m_db, m_calendar);
    QVERIFY(m_db->beginBatch());
    QVERIFY(
        applyPage(applier,
                  { ScriptedHub::caseRecord(kCase),
                    ScriptedHub::followupRecord(QStringLiteral("f1"), kCase,
                                                QStringLiteral("Tim survei sudah ke lokasi.")) },
                  QStringLiteral("p1")));
    QCOMPARE(pending(), QList<qint64> { kCase });
    {
        // Another writer commits the batch first (Transaction::Batch::Flush).
        Transaction transaction(*m_db);
        QVERIFY(transaction.isActive());
        QVERIFY(!m_db->inBatch());
        QVERIFY(pending().isEmpty());
        QVERIFY(transaction.commit());
    }
    // What that committed is the page with its row, as a second connection sees it.
    {
        auto reader = m_stores.openOther(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(reader);
        QCOMPARE(CaseRepository(*reader, m_calendar).search(QStringLiteral("survei"), 10),
                 QList<qint64> { kCase });
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search_pending")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT deferred FROM search_mode")).toInt(), 0);
}

void TestSyncSearch::syncFindsFollowupsOfEveryPage()
{
    // The case and its follow-ups over four pages of one sync, one of them renaming it.
    m_hub.setPage(
        QString(),
        ScriptedHub::page({ ScriptedHub::caseRecord(kCase),
                            ScriptedHub::followupRecord(QStringLiteral("f1"), kCase,
                                                        QStringLiteral("Tim survei ke lokasi.")) },
                          QStringLiteral("p1"), true));
    m_hub.setPage(
        QStringLiteral("p1"),
        ScriptedHub::page({ ScriptedHub::followupRecord(QStringLiteral("f2"), kCase,
                                                        QStringLiteral("Kabel diganti PLN.")),
                            ScriptedHub::caseRecord(kOther) },
                          QStringLiteral("p2"), true));
    m_hub.setPage(
        QStringLiteral("p2"),
        ScriptedHub::page({ ScriptedHub::caseRecord(kCase, 4, QStringLiteral("Tiang lampu miring")),
                            ScriptedHub::followupRecord(QStringLiteral("f3"), kOther,
                                                        QStringLiteral("Sudah dilaporkan.")) },
                          QStringLiteral("p3"), true));
    m_hub.setPage(
        QStringLiteral("p3"),
        ScriptedHub::page({ ScriptedHub::followupRecord(QStringLiteral("f4"), kCase,
                                                        QStringLiteral("Lampu menyala kembali.")) },
                          QStringLiteral("p4")));
    const auto report = m_hub.sync(*m_db);
    QVERIFY2(report.ok, qPrintable(report.error.technical));
    QCOMPARE(report.pages, 4);
    QVERIFY(!m_db->inBatch());
    QVERIFY(pending().isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT deferred FROM search_mode")).toInt(), 0);
    QCOMPARE(search(QStringLiteral("survei")), QList<qint64> { kCase });
    QCOMPARE(search(QStringLiteral("PLN")), QList<qint64> { kCase });
    QCOMPARE(search(QStringLiteral("miring")), QList<qint64> { kCase });
    QCOMPARE(search(QStringLiteral("menyala")), QList<qint64> { kCase });
    QCOMPARE(search(QStringLiteral("dilaporkan")), QList<qint64> { kOther });
    // The old title left the index with the rename.
    QCOMPARE(search(QStringLiteral("mati")), QList<qint64> { kOther });
    QCOMPARE(lapor::test::searchIndexDrift(m_db->connection()), QStringList());
}

QTEST_GUILESS_MAIN(TestSyncSearch)
#include "tst_syncsearch.moc"
