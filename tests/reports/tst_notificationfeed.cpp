#include "reports/notificationfeed.h"
#include "supervisionfixture.h"
#include "tempstore.h"

#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
namespace F = lapor::SupervisionFixture;

// What the feed reports for whom, and that a check reports an event once.
// Now = Wed 28 Oct 2026 10:00 WIB; the next working day is Thu 29, when #10 (petugas1,
// Dinas PUPR) is due.
class TestNotificationFeed : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstCheckTakesStock();
    void newEventsOnce();
    void approverSeesOthersDraftsOfOwnUnit();
    void dueTomorrow();
    void textsNameOnlyTheTrackingId();
    void stateRoundTrip();

private:
    bool exec(const QString &sql);
    QList<QString> keys(const QList<Notification> &list) const;
    std::unique_ptr<lapor::test::TempStore> m_store;
    Database *m_db = nullptr;
    const FeedUser m_officer { QStringLiteral("petugas1"), Role::Officer, QStringLiteral("dpupr") };
    const FeedUser m_head { QStringLiteral("kepala1"), Role::Approver, QStringLiteral("dpupr") };
};

bool TestNotificationFeed::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql);
}

QList<QString> TestNotificationFeed::keys(const QList<Notification> &list) const
{
    QList<QString> out;
    for (const auto &n : list)
        out.append(n.key);
    return out;
}

void TestNotificationFeed::init()
{
    m_store = std::make_unique<lapor::test::TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
    QString error;
    QVERIFY2(F::build(*m_db, &error), qPrintable(error));
}

void TestNotificationFeed::cleanup()
{
    m_db = nullptr;
    m_store.reset();
}

void TestNotificationFeed::firstCheckTakesStock()
{
    NotificationFeed feed(*m_db, F::calendar());
    FeedState state;
    QString error;
    auto first = feed.check(m_officer, state, F::now(), &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(first->isEmpty());
    QVERIFY(state.initialized);
    // Open cases assigned to petugas1 and in scope: #2 #4 #5 #10 #13 (#15 left the unit).
    QVERIFY(state.keys.contains(QStringLiteral("assigned:1000004")));
    QVERIFY(!state.keys.contains(QStringLiteral("assigned:1000015")));
    QVERIFY(!state.keys.contains(QStringLiteral("assigned:1000001"))); // done
    auto again = feed.check(m_officer, state, F::now(), &error);
    QVERIFY(again && again->isEmpty());
}

void TestNotificationFeed::newEventsOnce()
{
    NotificationFeed feed(*m_db, F::calendar());
    FeedState state;
    QString error;
    QVERIFY(feed.check(m_officer, state, F::now(), &error));
    // Assigned #8, petugas1's draft on #10 returned, a conflict on #2.
    QVERIFY(exec(
        QStringLiteral("UPDATE cases SET assignee_id = 'petugas1' WHERE tracking_id = 1000008")));
    QVERIFY(
        exec(QStringLiteral("INSERT INTO drafts (id, case_id, author_id, state, text, revision, "
                            "created_at, updated_at) VALUES ('d10', 1000010, 'petugas1', "
                            "'returned', 'x', 1, 0, 0)")));
    QVERIFY(exec(
        QStringLiteral("UPDATE cases SET local_state = 'conflict' WHERE tracking_id = 1000002")));
    auto fresh = feed.check(m_officer, state, F::now(), &error);
    QVERIFY2(fresh, qPrintable(error));
    QCOMPARE(keys(*fresh),
             (QList<QString> { QStringLiteral("assigned:1000008"), QStringLiteral("returned:d10:1"),
                               QStringLiteral("conflict:1000002") }));
    QCOMPARE(fresh->at(0).kind, NotificationKind::Assigned);
    QCOMPARE(fresh->at(0).trackingId, F::kBase + 8);
    auto again = feed.check(m_officer, state, F::now(), &error);
    QVERIFY(again && again->isEmpty());
    // Resubmitted and returned again: a new revision is a new event.
    QVERIFY(exec(QStringLiteral("UPDATE drafts SET revision = 2 WHERE id = 'd10'")));
    auto second = feed.check(m_officer, state, F::now(), &error);
    QVERIFY(second);
    QCOMPARE(keys(*second), (QList<QString> { QStringLiteral("returned:d10:2") }));
}

void TestNotificationFeed::approverSeesOthersDraftsOfOwnUnit()
{
    NotificationFeed feed(*m_db, F::calendar());
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO drafts (id, case_id, author_id, state, text, revision, created_at, "
        "updated_at) VALUES ('a', 1000010, 'petugas1', 'submitted', 'x', 1, 0, 0), "
        "('own', 1000004, 'kepala1', 'submitted', 'x', 1, 0, 0), "
        "('other-unit', 1000008, 'petugas2', 'submitted', 'x', 1, 0, 0)")));
    QString error;
    auto head = feed.current(m_head, F::now(), &error);
    QVERIFY2(head, qPrintable(error));
    QList<QString> approvals;
    for (const auto &n : *head) {
        if (n.kind == NotificationKind::AwaitingApproval)
            approvals.append(n.key);
    }
    QCOMPARE(approvals, (QList<QString> { QStringLiteral("approval:a:1") }));
    // Officers approve nothing.
    auto officer = feed.current(m_officer, F::now(), &error);
    QVERIFY(officer);
    for (const auto &n : *officer)
        QVERIFY(n.kind != NotificationKind::AwaitingApproval);
}

void TestNotificationFeed::dueTomorrow()
{
    NotificationFeed feed(*m_db, F::calendar());
    QString error;
    auto mine = feed.current(m_officer, F::now(), &error);
    QVERIFY2(mine, qPrintable(error));
    QList<qint64> due;
    for (const auto &n : *mine) {
        if (n.kind == NotificationKind::DueTomorrow)
            due.append(n.trackingId);
    }
    QCOMPARE(due, (QList<qint64> { F::kBase + 10 }));
    // On Friday 30 October nothing of petugas1 is due on Monday 2 November.
    auto friday = feed.current(m_officer, F::now().addDays(2), &error);
    QVERIFY(friday);
    for (const auto &n : *friday)
        QVERIFY(n.kind != NotificationKind::DueTomorrow);
    // On Wednesday 28 at 23:59 WIB the next working day is still Thursday 29.
    auto late = feed.current(m_officer, F::wib("2026-10-28 23:59"), &error);
    QVERIFY(late);
    QVERIFY(std::any_of(late->begin(), late->end(), [](const Notification &n) {
        return n.kind == NotificationKind::DueTomorrow;
    }));
}

void TestNotificationFeed::textsNameOnlyTheTrackingId()
{
    // #5 is rahasia: a conflict on it must not quote its title.
    QVERIFY(exec(QStringLiteral("UPDATE cases SET hub_changed = 1 WHERE tracking_id = 1000005")));
    NotificationFeed feed(*m_db, F::calendar());
    QString error;
    auto all = feed.current(m_officer, F::now(), &error);
    QVERIFY(all);
    bool sawSecret = false;
    for (const auto &n : *all) {
        QVERIFY(n.text.contains(QStringLiteral("#%1").arg(n.trackingId)));
        QVERIFY(!n.text.contains(QStringLiteral("RAHASIA")));
        QVERIFY(!n.text.contains(QStringLiteral("Jembatan")));
        sawSecret = sawSecret || n.trackingId == F::kBase + 5;
    }
    QVERIFY(sawSecret);
}

void TestNotificationFeed::stateRoundTrip()
{
    FeedState state;
    state.initialized = true;
    state.keys = { QStringLiteral("assigned:1"), QStringLiteral("due:2:3") };
    const FeedState back = FeedState::fromJson(state.toJson());
    QVERIFY(back.initialized);
    QCOMPARE(back.keys, state.keys);
    QVERIFY(!FeedState::fromJson("garbage").initialized);
}

QTEST_GUILESS_MAIN(TestNotificationFeed)
#include "tst_notificationfeed.moc"
