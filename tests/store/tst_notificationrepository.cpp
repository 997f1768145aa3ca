#include "../reports/supervisionfixture.h"
#include "store/notificationrepository.h"
#include "tempstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
namespace F = lapor::SupervisionFixture;

// The look-ups under the notification feed, on the store of supervisionfixture.h. The feed
// itself (who is told what, and once) is tested in tests/reports/tst_notificationfeed.cpp.
class TestNotificationRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void assignedOpen();
    void dueBetween_data();
    void dueBetween();
    void drafts();

private:
    lapor::test::TempStore m_db;
};

void TestNotificationRepository::initTestCase()
{
    QVERIFY(m_db.open());
    QString error;
    QVERIFY2(F::build(*m_db, &error), qPrintable(error));
}

void TestNotificationRepository::assignedOpen()
{
    // petugas1's open cases in scope: #2 #4 #5 #10 #13; #1 is done, #15 left the unit.
    QString error;
    const auto ids = NotificationRepository(*m_db).assignedOpen(QStringLiteral("petugas1"), &error);
    QVERIFY2(ids, qPrintable(error));
    QCOMPARE(
        *ids,
        (QList<qint64> { F::kBase + 2, F::kBase + 4, F::kBase + 5, F::kBase + 10, F::kBase + 13 }));
}

void TestNotificationRepository::dueBetween_data()
{
    using Kind = NotificationRepository::Holder::Kind;
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("holdsTen");
    // #10 (Dinas PUPR, petugas1) is due on Thu 29 October.
    QTest::newRow("agency") << int(Kind::Agency) << QString() << true;
    QTest::newRow("its unit") << int(Kind::Unit) << QStringLiteral("dpupr") << true;
    QTest::newRow("another unit") << int(Kind::Unit) << QStringLiteral("dinkes") << false;
    QTest::newRow("its officer") << int(Kind::Assignee) << QStringLiteral("petugas1") << true;
    QTest::newRow("another officer") << int(Kind::Assignee) << QStringLiteral("petugas2") << false;
}

void TestNotificationRepository::dueBetween()
{
    QFETCH(int, kind);
    QFETCH(QString, id);
    QFETCH(bool, holdsTen);
    const WorkingCalendar cal = F::calendar();
    const qint64 after = cal.endOfDay(QDate(2026, 10, 28)).toSecsSinceEpoch();
    const qint64 until = cal.endOfDay(QDate(2026, 10, 29)).toSecsSinceEpoch();
    QString error;
    const auto due = NotificationRepository(*m_db).dueBetween(
        after, until, { NotificationRepository::Holder::Kind(kind), id }, &error);
    QVERIFY2(due, qPrintable(error));
    bool ten = false;
    for (const auto &d : *due) {
        QVERIFY(d.dueAt > after && d.dueAt <= until);
        ten = ten || d.trackingId == F::kBase + 10;
    }
    QCOMPARE(ten, holdsTen);
}

void TestNotificationRepository::drafts()
{
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(QStringLiteral(
                 "INSERT INTO drafts (id, case_id, author_id, state, text, revision, created_at, "
                 "updated_at) VALUES ('a', 1000010, 'petugas1', 'submitted', 'x', 1, 0, 0), "
                 "('own', 1000004, 'kepala1', 'submitted', 'x', 1, 0, 0), "
                 "('other-unit', 1000008, 'petugas2', 'submitted', 'x', 2, 0, 0), "
                 "('back', 1000002, 'petugas1', 'returned', 'x', 3, 0, 0)")),
             qPrintable(q.lastError().text()));
    using Ref = NotificationRepository::DraftRevisionRef;
    auto draftIds = [](const QList<Ref> &refs) {
        QStringList out;
        for (const Ref &r : refs)
            out.append(r.draftId);
        return out;
    };
    const NotificationRepository store(*m_db);
    QString error;
    // Never the approver's own draft; '' = every unit, by case.
    const auto unit
        = store.awaitingApproval(QStringLiteral("kepala1"), QStringLiteral("dpupr"), &error);
    QVERIFY2(unit, qPrintable(error));
    QCOMPARE(draftIds(*unit), QStringList { QStringLiteral("a") });
    QCOMPARE(unit->first().caseId, F::kBase + 10);
    QCOMPARE(unit->first().revision, 1);
    const auto agency = store.awaitingApproval(QStringLiteral("kepala1"), QString(), &error);
    QVERIFY2(agency, qPrintable(error));
    QCOMPARE(draftIds(*agency),
             (QStringList { QStringLiteral("other-unit"), QStringLiteral("a") }));

    const auto returned = store.returnedDrafts(QStringLiteral("petugas1"), &error);
    QVERIFY2(returned, qPrintable(error));
    QCOMPARE(draftIds(*returned), QStringList { QStringLiteral("back") });
    QCOMPARE(returned->first().revision, 3);

    QVERIFY(q.exec(QStringLiteral("UPDATE drafts SET state = 'conflict' WHERE id = 'back'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET hub_changed = 1 WHERE tracking_id = 1000005")));
    const auto conflicts = store.conflicts(QStringLiteral("petugas1"), &error);
    QVERIFY2(conflicts, qPrintable(error));
    QCOMPARE(*conflicts, (QList<qint64> { F::kBase + 2, F::kBase + 5 }));
    const auto others = store.conflicts(QStringLiteral("petugas2"), &error);
    QVERIFY2(others, qPrintable(error));
    QCOMPARE(*others, QList<qint64> { F::kBase + 5 });
}

QTEST_GUILESS_MAIN(TestNotificationRepository)
#include "tst_notificationrepository.moc"
