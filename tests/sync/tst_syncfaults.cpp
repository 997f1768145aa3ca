#include "hubfixture.h"
#include "rawhttp.h"
#include "sqlcheck.h"
#include "store/syncstate.h"

#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
using lapor::test::HubFixture;

// Every fault switch of the hub, on the change feed: the sync must still end with the
// store exactly equal to the hub's view, with no duplicates and no half-applied page.
class TestSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void survivesFault_data();
    void survivesFault();
    void slowResponsePastTimeout();
    void tokenExpiresMidSync();
    void gaveUpLeavesWholePages();
    void cancelKeepsWholePages();
    void pagesCommitInBatches();
    void latePageDoesNotHoldTheStore();
    void userActionCommitsTheBatchFirst();

private:
    void verifyEqualsHub(Database &db);

    HubFixture m_hub { 600 };
};

void TestSyncFaults::initTestCase()
{
    QString error;
    QVERIFY2(m_hub.start(&error), qPrintable(error));
}

void TestSyncFaults::cleanup()
{
    m_hub.clearFaults();
}

void TestSyncFaults::verifyEqualsHub(Database &db)
{
    const auto hub = m_hub.hubView(QStringLiteral("petugas1"));
    const auto store = HubFixture::storeView(db);
    QVERIFY(!hub.cases.isEmpty());
    QCOMPARE(store.cases, hub.cases);
    QCOMPARE(store.followups, hub.followups);
    QCOMPARE(store.replies, hub.replies);
}

void TestSyncFaults::survivesFault_data()
{
    QTest::addColumn<QJsonObject>("rule");
    auto rule = [](const char *action, int count, int skip) {
        return QJsonObject { { QStringLiteral("route"), QStringLiteral("changes") },
                             { QStringLiteral("action"), QLatin1String(action) },
                             { QStringLiteral("count"), count },
                             { QStringLiteral("skip"), skip } };
    };
    QTest::newRow("drop before") << rule("drop_before", 3, 1);
    QTest::newRow("drop after") << rule("drop_after", 3, 2);
    QTest::newRow("truncated body") << rule("truncate", 2, 1);
    QTest::newRow("cut connection") << rule("cut", 2, 3);
    // Each honoured Retry-After costs the test a real second: one failure proves it.
    QJsonObject unavailable = rule("error", 1, 1);
    unavailable.insert(QStringLiteral("status"), 503);
    unavailable.insert(QStringLiteral("retry_after"), 1);
    QTest::newRow("503 with Retry-After") << unavailable;
    QJsonObject busy = rule("error", 1, 2);
    busy.insert(QStringLiteral("status"), 429);
    busy.insert(QStringLiteral("retry_after"), 1);
    QTest::newRow("429") << busy;
    QJsonObject broken = rule("error", 2, 0);
    broken.insert(QStringLiteral("status"), 500);
    QTest::newRow("500") << broken;
    QJsonObject random { { QStringLiteral("route"), QStringLiteral("changes") },
                         { QStringLiteral("action"), QStringLiteral("drop_after") },
                         { QStringLiteral("rate"), 0.3 },
                         { QStringLiteral("seed"), 99 } };
    QTest::newRow("30% dropped") << random;
}

void TestSyncFaults::survivesFault()
{
    QFETCH(QJsonObject, rule);
    auto db = m_hub.openStore(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
    QVERIFY(db);
    m_hub.addFault(rule);
    QElapsedTimer clock;
    clock.start();
    const auto report = m_hub.sync(*db, QStringLiteral("petugas1"), 60);
    QVERIFY2(report.ok, qPrintable(report.message + QLatin1Char(' ') + report.error.technical));
    m_hub.clearFaults();
    verifyEqualsHub(*db);
    if (rule.contains(QLatin1String("retry_after")))
        QVERIFY2(clock.elapsed() >= 1000, "Retry-After was not honoured");
}

void TestSyncFaults::slowResponsePastTimeout()
{
    auto db = m_hub.openStore(QStringLiteral("slow"));
    // The client's transfer timeout is made short rather than the pages long: the two slow
    // pages (3x the timeout) time out and are fetched again, and the test waits for two
    // timeouts only.
    m_hub.addFault({ { QStringLiteral("route"), QStringLiteral("changes") },
                     { QStringLiteral("action"), QStringLiteral("latency") },
                     { QStringLiteral("latency_ms"), 1500 },
                     { QStringLiteral("count"), 2 },
                     { QStringLiteral("skip"), 1 } });
    const auto report = m_hub.sync(*db, QStringLiteral("petugas1"), 60, 500);
    QVERIFY2(report.ok, qPrintable(report.message + QLatin1Char(' ') + report.error.technical));
    QVERIFY(report.requests >= report.pages + 2);
    m_hub.clearFaults();
    verifyEqualsHub(*db);
}

void TestSyncFaults::tokenExpiresMidSync()
{
    auto db = m_hub.openStore(QStringLiteral("expiry"));
    // After every page the hub's clock passes the access token's whole lifetime (900 s),
    // so the next request meets an expired token: the client must refresh and go on, not
    // fail the sync. The client's own clock does not move, so it never refreshes early.
    // Only as a page arrives (pageReceived): progress comes from the store's thread and
    // from the count estimate, at any moment, and moving the clock then could expire the
    // token the client has just refreshed, before it is used.
    // The clock is moved with a blocking request, not one waited for in a nested event
    // loop: the engine always has its next page on its way, and in a nested loop the sync
    // would go on and could refresh its token before the move reached the hub, then lose
    // the new token to the move before using it, which no real clock does (a token lives
    // 15 minutes, not one page).
    const auto moveClock = [this] {
        const QByteArray body = R"({"advance_s":901})";
        const RawReply moved = RawHttp::exchange(
            quint16(m_hub.url().port()),
            "POST /v1/sim/clock HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        return moved.status == 200;
    };
    int expired = 0;
    HubFixture::SyncRun run;
    run.configure = [&](SyncEngine &engine) {
        connect(&engine, &SyncEngine::pageReceived, &engine, [&] {
            if (moveClock())
                ++expired;
        });
    };
    const auto report = m_hub.sync(*db, QStringLiteral("petugas1"), run);
    QVERIFY2(report.ok, qPrintable(report.message + QLatin1Char(' ') + report.error.technical));
    QVERIFY2(expired >= 3, qPrintable(QString::number(expired)));
    verifyEqualsHub(*db);
}

void TestSyncFaults::gaveUpLeavesWholePages()
{
    auto db = m_hub.openStore(QStringLiteral("gaveup"));
    // Every page after the third fails until the engine gives up.
    m_hub.addFault({ { QStringLiteral("route"), QStringLiteral("changes") },
                     { QStringLiteral("action"), QStringLiteral("drop_after") },
                     { QStringLiteral("skip"), 3 } });
    const auto failed = m_hub.sync(*db, QStringLiteral("petugas1"), 50);
    QVERIFY(!failed.ok);
    QCOMPARE(failed.pages, 3);
    QVERIFY(!failed.message.isEmpty());
    // Whole pages only: records and cursor moved together.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
    q.finish(); // a statement left open would keep this connection on that snapshot
    m_hub.clearFaults();
    const auto resumed = m_hub.sync(*db, QStringLiteral("petugas1"), 50);
    QVERIFY2(resumed.ok, qPrintable(resumed.message));
    verifyEqualsHub(*db);
}

namespace {

// The cursor as another program sees it: only what has been committed.
QString committedCursor(const QString &path)
{
    lapor::test::RawConnection raw(path);
    return lapor::test::scalar(raw.db(),
                               QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'"))
        .toString();
}

// The committed cursor after each stored page, as the desk's window and any other program
// see it: the store's work runs on a connection of its own (PageWriter).
struct CursorLog
{
    QStringList committed;
    qint64 stored = 0;

    void record(Database &db, qint64 done)
    {
        // Once per page: the estimate of what remains reports progress too.
        if (done == stored)
            return;
        stored = done;
        committed.append(committedCursor(db.path()));
        // The desk's own connection reads the same committed store.
        QCOMPARE(SyncState(db).cursor(), committed.constLast());
    }
};

} // namespace

// Cancelled while pages are on their way and in the store's hands: the run ends cancelled,
// what the store had committed or applied stays, whole pages with their cursor, and the
// next sync carries on from there to the hub's view.
void TestSyncFaults::cancelKeepsWholePages()
{
    auto db = m_hub.openStore(QStringLiteral("cancel"));
    int received = 0;
    HubFixture::SyncRun run;
    run.pageSize = 20;
    run.configure = [&](SyncEngine &engine) {
        connect(&engine, &SyncEngine::pageReceived, &engine, [&] {
            if (++received == 3)
                engine.cancel();
        });
    };
    const auto cancelled = m_hub.sync(*db, QStringLiteral("petugas1"), run);
    QVERIFY(!cancelled.ok);
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.pages <= 3);
    QVERIFY(!db->inBatch());
    const QString cursor = SyncState(*db).cursor();
    QCOMPARE(committedCursor(db->path()), cursor);
    // Every stored case is one the hub has, at a version it had.
    const auto hub = m_hub.hubView(QStringLiteral("petugas1"));
    const auto partial = HubFixture::storeView(*db);
    QVERIFY(partial.cases.size() < hub.cases.size());
    // No case without the cursor of its page (the first pages bring units and users).
    QVERIFY(!cursor.isEmpty() || partial.cases.isEmpty());
    for (auto it = partial.cases.cbegin(); it != partial.cases.cend(); ++it)
        QVERIFY(it.value() <= hub.cases.value(it.key()));

    const auto resumed = m_hub.sync(*db, QStringLiteral("petugas1"), 20);
    QVERIFY2(resumed.ok, qPrintable(resumed.message));
    verifyEqualsHub(*db);
}

// Pages that come quickly commit together (SyncEngine::kBatchMs): the first page stored
// is not committed yet; at the end everything is.
void TestSyncFaults::pagesCommitInBatches()
{
    auto db = m_hub.openStore(QStringLiteral("batches"));
    CursorLog log;
    HubFixture::SyncRun run;
    run.pageSize = 20;
    run.onProgress = [&](qint64 done) {
        log.record(*db, done);
    };
    const auto report = m_hub.sync(*db, QStringLiteral("petugas1"), run);
    QVERIFY2(report.ok, qPrintable(report.message));
    QVERIFY(report.pages >= 3);
    QCOMPARE(log.committed.first(), QString());
    // Fewer commits than pages: some pages were stored while a batch was open.
    QVERIFY(QSet<QString>(log.committed.cbegin(), log.committed.cend()).size() < report.pages);
    QVERIFY(!db->inBatch());
    QCOMPARE(committedCursor(db->path()), SyncState(*db).cursor());
    verifyEqualsHub(*db);
}

// A page that is late does not keep the store held while the desk waits for it: what is
// stored commits (SyncEngine::kBatchIdleMs), so another program can write, and a crash
// while waiting loses nothing.
void TestSyncFaults::latePageDoesNotHoldTheStore()
{
    auto db = m_hub.openStore(QStringLiteral("late"));
    m_hub.addFault({ { QStringLiteral("route"), QStringLiteral("changes") },
                     { QStringLiteral("action"), QStringLiteral("latency") },
                     { QStringLiteral("latency_ms"), 4 * SyncEngine::kBatchIdleMs } });
    CursorLog log;
    HubFixture::SyncRun run;
    run.pageSize = 100;
    run.onProgress = [&](qint64 done) {
        log.record(*db, done);
    };
    const auto report = m_hub.sync(*db, QStringLiteral("petugas1"), run);
    QVERIFY2(report.ok, qPrintable(report.message));
    QVERIFY(log.committed.size() >= 2);
    // By the time the second page was stored, the first had been committed: each stored
    // page finds the one before it committed.
    QCOMPARE(log.committed.first(), QString());
    for (qsizetype i = 1; i < log.committed.size(); ++i) {
        QVERIFY(!log.committed.at(i).isEmpty());
        QVERIFY(log.committed.at(i) != log.committed.at(i - 1));
    }
    verifyEqualsHub(*db);
}

// An action of the user's in the middle of a sync (a draft saved, a note) has the store's
// thread commit the pages stored so far, and then runs in a transaction of its own: it
// waits for a page at most, never for a whole batch.
void TestSyncFaults::userActionCommitsTheBatchFirst()
{
    auto db = m_hub.openStore(QStringLiteral("action"));
    QString beforeAction, afterAction;
    qint64 waitedMs = -1;
    HubFixture::SyncRun run;
    run.pageSize = 20;
    run.onProgress = [&](qint64 done) {
        if (done == 0 || waitedMs >= 0)
            return;
        beforeAction = committedCursor(db->path());
        QElapsedTimer waited;
        waited.start();
        Transaction action(*db);
        QVERIFY(action.isActive());
        QVERIFY(action.commit());
        waitedMs = waited.elapsed();
        afterAction = committedCursor(db->path());
    };
    const auto report = m_hub.sync(*db, QStringLiteral("petugas1"), run);
    QVERIFY2(report.ok, qPrintable(report.message));
    // The first page was stored in a batch that the action had committed.
    QCOMPARE(beforeAction, QString());
    QVERIFY(!afterAction.isEmpty());
    // Well under the batch's length, with room for a loaded machine.
    QVERIFY2(waitedMs < SyncEngine::kBatchMs, qPrintable(QString::number(waitedMs)));
    verifyEqualsHub(*db);
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
