#include "core/profile.h"
#include "hubapi/offlineverifier.h"
#include "hubfixture.h"
#include "store/actionwriter.h"
#include "store/outboxrepository.h"
#include "store/searchmerge.h"
#include "sync/hubaccount.h"
#include "sync/synccontroller.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
using lapor::test::HubFixture;

// What the desk app drives: SyncController signs in, pulls at once, and every later sync
// pushes the outbox before it pulls; a failed sign-in and a hub that goes away show in the
// status and the log in plain words.
class TestSyncController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInSyncsAndPushesBeforePulling();
    void wrongPasswordIsRefused();
    void unreachableHubKeepsActionsWaiting();
    void runEndMergesTheSearchIndex();

private:
    struct Desk
    {
        lapor::test::TempStore store; // a profile and its store
        std::unique_ptr<SyncController> sync;
    };
    std::unique_ptr<Desk> desk();
    static bool signIn(Desk &d, const QString &url, const QString &password);
    static bool syncOnce(Desk &d);

    HubFixture m_hub { 80 };
};

void TestSyncController::initTestCase()
{
    QString error;
    QVERIFY2(m_hub.start(&error), qPrintable(error));
}

std::unique_ptr<TestSyncController::Desk> TestSyncController::desk()
{
    auto d = std::make_unique<Desk>();
    if (!d->store.openProfile())
        return nullptr;
    d->sync = std::make_unique<SyncController>(*d->store.profile(), *d->store);
    return d;
}

bool TestSyncController::signIn(Desk &d, const QString &url, const QString &password)
{
    QSignalSpy login(d.sync.get(), &SyncController::loginFinished);
    QSignalSpy synced(d.sync.get(), &SyncController::syncFinished);
    d.sync->login(url, QStringLiteral("petugas1"), password, false);
    if (!login.wait(20000) || !login.constFirst().at(0).toBool())
        return false;
    // Signing in syncs at once.
    return (!synced.isEmpty() || synced.wait(60000)) && synced.constFirst().at(0).toBool();
}

bool TestSyncController::syncOnce(Desk &d)
{
    QSignalSpy synced(d.sync.get(), &SyncController::syncFinished);
    d.sync->syncNow();
    return synced.wait(60000) && synced.constFirst().at(0).toBool();
}

void TestSyncController::signInSyncsAndPushesBeforePulling()
{
    auto d = desk();
    QVERIFY(d);
    QVERIFY(signIn(*d, m_hub.url().toString(), QLatin1String(HubFixture::kPassword)));
    QVERIFY(d->sync->status().signedIn);
    // The lock screen can check this password from now on, without the hub.
    QVERIFY(OfflineVerifier::check(d->store.profile()->settings(),
                                   QLatin1String(HubFixture::kPassword)));
    QVERIFY(d->sync->status().lastSyncAt.isValid());
    QCOMPARE(HubFixture::storeView(*d->store).cases,
             m_hub.hubView(QStringLiteral("petugas1")).cases);

    // An action written at the desk: the next sync sends it, then pulls the hub's record
    // of it back, so the store holds the hub's version of the draft.
    QSqlQuery open(d->store->connection());
    QVERIFY(open.exec(QStringLiteral("SELECT tracking_id FROM cases WHERE status IN "
                                     "('disposed', 'in_progress') AND NOT EXISTS (SELECT 1 FROM "
                                     "drafts WHERE case_id = tracking_id) LIMIT 1")));
    QVERIFY(open.next());
    const qint64 caseId = open.value(0).toLongLong();
    ActionWriter writer(*d->store, d->sync->account().user());
    const auto draft = writer.createDraft(
        caseId, QStringLiteral("Laporan sudah kami terima dan sedang ditinjau oleh tim teknis."));
    QVERIFY(draft);
    QVERIFY(writer.submitDraft(draft.id));
    QCOMPARE(d->sync->status().pendingActions, 1);
    QSignalSpy outbox(d->sync.get(), &SyncController::outboxChanged);
    QVERIFY(syncOnce(*d));
    QVERIFY(!outbox.isEmpty());
    QCOMPARE(d->sync->status().pendingActions, 0);
    const auto sent = OutboxRepository(*d->store).forCase(caseId);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().state, OutboxState::Sent);
    int status = 0;
    const auto onHub = m_hub.request(QStringLiteral("petugas1"), "GET",
                                     QStringLiteral("/v1/drafts/") + draft.id, {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(onHub.value(QLatin1String("state")).toString(), QStringLiteral("submitted"));
    QVERIFY(d->sync->log().join(QLatin1Char('\n')).contains(QLatin1String("Kirim")));
}

void TestSyncController::wrongPasswordIsRefused()
{
    auto d = desk();
    QVERIFY(d);
    QSignalSpy login(d->sync.get(), &SyncController::loginFinished);
    d->sync->login(m_hub.url().toString(), QStringLiteral("petugas1"), QStringLiteral("salah"),
                   false);
    QVERIFY(login.wait(20000));
    QCOMPARE(login.constFirst().at(0).toBool(), false);
    QVERIFY(!login.constFirst().at(1).toString().isEmpty());
    QVERIFY(!d->sync->status().signedIn);
    QVERIFY(!OfflineVerifier::isKnown(d->store.profile()->settings()));
}

void TestSyncController::unreachableHubKeepsActionsWaiting()
{
    auto d = desk();
    QVERIFY(d);
    QVERIFY(signIn(*d, m_hub.url().toString(), QLatin1String(HubFixture::kPassword)));
    QSqlQuery open(d->store->connection());
    QVERIFY(open.exec(QStringLiteral("SELECT tracking_id FROM cases WHERE status IN "
                                     "('disposed', 'in_progress') LIMIT 1")));
    QVERIFY(open.next());
    // The hub drops every connection: the sync fails, the note waits, the log says why.
    // The fault comes first: an automatic sync (a reconnect, the timer) may start at any
    // moment once the desk is signed in, and must not push the note before the hub fails.
    m_hub.addFault({ { QStringLiteral("route"), QStringLiteral("*") },
                     { QStringLiteral("action"), QStringLiteral("drop_before") } });
    ActionWriter writer(*d->store, d->sync->account().user());
    QVERIFY(writer.addNote(open.value(0).toLongLong(), QStringLiteral("Dicek ke lapangan besok.")));
    QSignalSpy synced(d->sync.get(), &SyncController::syncFinished);
    d->sync->syncNow();
    QVERIFY(synced.wait(120000));
    m_hub.clearFaults();
    QCOMPARE(synced.constFirst().at(0).toBool(), false);
    QCOMPARE(d->sync->status().pendingActions, 1);
    QVERIFY(!d->sync->status().lastError.isEmpty());
    QVERIFY2(syncOnce(*d), qPrintable(d->sync->log().join(QLatin1Char('\n'))));
    QCOMPARE(d->sync->status().pendingActions, 0);
}

// A run's end starts merging the search index (docs/store.md, "Merging the search index"):
// here segments written apart, as a first sync's build leaves them, are merged once the
// next run has ended, and the log says so.
void TestSyncController::runEndMergesTheSearchIndex()
{
    QElapsedTimer sinceOpened;
    sinceOpened.start();
    auto d = desk();
    QVERIFY(d);
    QVERIFY(signIn(*d, m_hub.url().toString(), QLatin1String(HubFixture::kPassword)));
    // The merge that goes on after the desk opens has had its turn (and found nothing):
    // only the run's end can start the one below.
    QTest::qWait(int(qMax<qint64>(0, 11000 - sinceOpened.elapsed())));
    QSqlQuery q(d->store->connection());
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO case_search (case_search, rank) VALUES ('automerge', 0)")));
    q.prepare(QStringLiteral("INSERT INTO case_search (rowid, title, content, followups) "
                             "VALUES (?, 'Jalan berlubang', 'Mohon segera ditambal', '')"));
    for (int i = 0; i < 12; ++i) {
        q.addBindValue(9000001 + i); // a transaction, and so a segment, of its own
        QVERIFY(q.exec());
    }
    QVERIFY(SearchMerge::segmentCount(*d->store) >= 12);
    QSignalSpy log(d->sync.get(), &SyncController::logAdded);
    QVERIFY(syncOnce(*d));
    const auto merged = [&] {
        for (const QList<QVariant> &line : std::as_const(log)) {
            if (line.at(0).toString().contains(QLatin1String("search index merged in")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(merged(), 20000);
    QVERIFY(SearchMerge::segmentCount(*d->store) < 4);
}

QTEST_GUILESS_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
