#include "hubfixture.h"
#include "store/syncstate.h"

#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
using lapor::test::HubFixture;

// The disk fills up in the middle of a first sync (SQLite's max_page_count stands in for
// the disk): the sync stops with a message that names the cause, the store keeps whole
// pages only, and once there is room again the next sync ends equal to the hub's view.
class TestSyncDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullDiskMidSync();
    void fullDiskInAWriteBatch();

private:
    static int pragma(Database &db, const QString &name);
    // The store may grow by `pages` more pages; without an argument, as far as SQLite lets it.
    static bool allowGrowth(Database &db, int pages = -1);
    HubFixture m_hub { 300 };
};

void TestSyncDiskFull::initTestCase()
{
    QString error;
    QVERIFY2(m_hub.start(&error), qPrintable(error));
}

int TestSyncDiskFull::pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0).toInt() : -1;
}

bool TestSyncDiskFull::allowGrowth(Database &db, int pages)
{
    const int limit = pages < 0 ? 1073741823 : pragma(db, QStringLiteral("page_count")) + pages;
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(limit));
}

void TestSyncDiskFull::fullDiskMidSync()
{
    auto db = m_hub.openStore(QStringLiteral("coordinator"));
    QVERIFY(db);
    // Room for the empty schema and a few pages of records, not for the whole feed.
    QVERIFY(allowGrowth(*db, 40));

    // Pages slower than SyncEngine::kBatchIdleMs: each commits on its own before the
    // next, so that some are stored when the disk fills. (Quick pages share a write batch,
    // and a full disk can take the whole batch back, cursor included.)
    m_hub.addFault({ { QStringLiteral("route"), QStringLiteral("changes") },
                     { QStringLiteral("action"), QStringLiteral("latency") },
                     { QStringLiteral("latency_ms"), 3 * SyncEngine::kBatchIdleMs } });
    const auto failed = m_hub.sync(*db, QStringLiteral("koordinator"), 50);
    m_hub.clearFaults();
    QVERIFY(!failed.ok);
    QCOMPARE(failed.error.kind, HubError::Kind::Store);
    QVERIFY2(failed.message.contains(QLatin1String("penuh"))
                 || failed.message.contains(QLatin1String("full")),
             qPrintable(failed.message));
    QVERIFY2(failed.pages > 0, "some pages fit before the disk filled");
    // The stored pages, the page that did not fit, and the one estimate. The next page,
    // asked for while the failed one was being stored, was dropped with it.
    QCOMPARE(failed.requests, failed.pages + 2);

    // Whole pages only: every stored case is one the hub has, at a version it had, and
    // the store is intact.
    QSqlQuery check(db->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    check.finish(); // a statement left open would keep this connection on that snapshot
    const auto hub = m_hub.hubView(QStringLiteral("koordinator"));
    const auto partial = HubFixture::storeView(*db);
    QVERIFY(!partial.cases.isEmpty());
    QVERIFY(partial.cases.size() < hub.cases.size());
    for (auto it = partial.cases.cbegin(); it != partial.cases.cend(); ++it) {
        QVERIFY(hub.cases.contains(it.key()));
        QVERIFY(it.value() <= hub.cases.value(it.key()));
    }
    QVERIFY(!SyncState(*db).cursor().isEmpty());

    // Room again: the sync resumes from its cursor and ends equal to the hub.
    QVERIFY(allowGrowth(*db));
    const auto resumed = m_hub.sync(*db, QStringLiteral("koordinator"), 50);
    QVERIFY2(resumed.ok, qPrintable(resumed.message));
    const auto store = HubFixture::storeView(*db);
    QCOMPARE(store.cases, hub.cases);
    QCOMPARE(store.followups, hub.followups);
    QCOMPARE(store.replies, hub.replies);
    // The first sync filled the empty store in bulk; what it set aside could not come
    // back on the full disk, and came back at the end of the resumed one.
    QString left;
    QVERIFY2(HubFixture::fillFinished(*db, &left), qPrintable(left));
}

// Quick pages share a write batch; the disk filling in it takes back the batch, its
// cursor with it, and the user still learns that the disk is full.
void TestSyncDiskFull::fullDiskInAWriteBatch()
{
    auto db = m_hub.openStore(QStringLiteral("batch"));
    QVERIFY(db);
    QVERIFY(allowGrowth(*db, 120));
    const auto failed = m_hub.sync(*db, QStringLiteral("koordinator"), 50);
    QVERIFY(!failed.ok);
    QCOMPARE(failed.error.kind, HubError::Kind::Store);
    QVERIFY2(failed.message.contains(QLatin1String("penuh"))
                 || failed.message.contains(QLatin1String("full")),
             qPrintable(failed.message));
    QVERIFY(!db->inBatch());
    QSqlQuery check(db->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    check.finish();
    // What is left is whole: a cursor and exactly the cases up to it, or neither.
    const auto partial = HubFixture::storeView(*db);
    QCOMPARE(SyncState(*db).cursor().isEmpty(), partial.cases.isEmpty());

    QVERIFY(allowGrowth(*db));
    const auto resumed = m_hub.sync(*db, QStringLiteral("koordinator"), 50);
    QVERIFY2(resumed.ok, qPrintable(resumed.message));
    const auto hub = m_hub.hubView(QStringLiteral("koordinator"));
    const auto store = HubFixture::storeView(*db);
    QCOMPARE(store.cases, hub.cases);
    QCOMPARE(store.followups, hub.followups);
}

QTEST_GUILESS_MAIN(TestSyncDiskFull)
#include "tst_syncdiskfull.moc"
