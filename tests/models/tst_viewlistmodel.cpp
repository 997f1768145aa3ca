#include "models/caselistmodel.h"
#include "models/viewlistmodel.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/savedviewrepository.h"
#include "tempstore.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace lapor;

class TestViewListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelTester();
    void approversSeeAwaitingApproval();
    void countsMatchTheList();
    void conflictViewKeepsCaseThatLeft();
    void savedViewsRoundTrip();
    void savedViewNamesAreChecked();

private:
    void addCase(qint64 id, CaseStatus status, int daysAgo, const QString &assignee);

    lapor::test::TempStore m_store;
    Database *m_db = nullptr;
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WIB);
    const QDateTime m_now { QDate(2026, 6, 10), QTime(3, 0), Qt::UTC }; // a Wednesday
};

void TestViewListModel::addCase(qint64 id, CaseStatus status, int daysAgo, const QString &assignee)
{
    Case c;
    c.trackingId = id;
    c.title = QStringLiteral("Laporan %1").arg(id);
    c.content = QStringLiteral("Isi");
    c.status = status;
    c.unitId = QStringLiteral("dpupr");
    c.assigneeId = assignee;
    c.receivedAt = m_now.addDays(-daysAgo - 1);
    c.disposedAt = m_now.addDays(-daysAgo);
    if (status == CaseStatus::InProgress || status == CaseStatus::Done)
        c.firstFollowupAt = c.lastFollowupAt = c.disposedAt.addSecs(3600);
    QString error;
    QVERIFY2(CaseRepository(*m_db, m_calendar).upsert(c, &error), qPrintable(error));
}

void TestViewListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = m_store.open();
    QVERIFY(m_db);
    for (int i = 0; i < 60; ++i) {
        const auto status = i % 5 == 0 ? CaseStatus::Done
            : i % 5 == 1               ? CaseStatus::InProgress
                                       : CaseStatus::Disposed;
        addCase(100 + i, status, i % 12, i % 4 == 0 ? QStringLiteral("me") : QString());
    }
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO drafts (id, case_id, author_id, state, created_at, updated_at) VALUES "
        "('a', 102, 'other', 'submitted', 1, 1), ('b', 103, 'me', 'submitted', 1, 1), "
        "('c', 104, 'other', 'returned', 1, 1), ('d', 105, 'me', 'editing', 1, 1), "
        "('e', 106, 'me', 'conflict', 1, 1)")));
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET local_state = 'conflict' "
                                  "WHERE tracking_id = 107")));
}

void TestViewListModel::modelTester()
{
    ViewListModel model(*m_db, m_calendar);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUser(QStringLiteral("me"), Role::Approver);
    QVERIFY(
        SavedViewRepository(*m_db).create(QStringLiteral("Tes"), QStringLiteral("{}"), nullptr));
    model.reload();
    model.setNow(m_now);
    model.refreshCounts();
    QVERIFY(model.rowForKey(QStringLiteral("saved:1")) > 0);
    QVERIFY(SavedViewRepository(*m_db).remove(1, nullptr));
    model.reload();
}

void TestViewListModel::approversSeeAwaitingApproval()
{
    ViewListModel model(*m_db, m_calendar);
    const QString key = ViewListModel::builtinKey(InboxView::AwaitingApproval);
    model.setUser(QStringLiteral("me"), Role::Officer);
    QCOMPARE(model.rowForKey(key), -1);
    model.setUser(QStringLiteral("me"), Role::Coordinator);
    QCOMPARE(model.rowForKey(key), -1);
    model.setUser(QStringLiteral("me"), Role::Approver);
    QVERIFY(model.rowForKey(key) >= 0);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Semua"));
}

void TestViewListModel::countsMatchTheList()
{
    ViewListModel views(*m_db, m_calendar);
    views.setUser(QStringLiteral("me"), Role::Approver);
    views.setNow(m_now);
    CaseListModel list(*m_db, m_calendar);
    list.setUserId(QStringLiteral("me"));
    list.setNow(m_now);
    for (int row = 0; row < views.rowCount(); ++row) {
        const auto filter = views.filterAt(row);
        QVERIFY(filter);
        list.setFilter(*filter);
        QCOMPARE(views.countAt(row), list.rowCount());
        QCOMPARE(
            views.index(row, ViewListModel::CountColumn).data(ViewListModel::CountRole).toInt(),
            list.rowCount());
    }
    auto count = [&](InboxView view) {
        return views.countAt(views.rowForKey(ViewListModel::builtinKey(view)));
    };
    QCOMPARE(count(InboxView::All), 60);
    QCOMPARE(count(InboxView::Mine), 15 + 3); // assigned to me, or my open drafts (103, 105, 106)
    QCOMPARE(count(InboxView::AwaitingApproval), 1); // not my own submitted draft
    QCOMPARE(count(InboxView::Returned), 1);
    QCOMPARE(count(InboxView::Conflict), 2);
    QCOMPARE(count(InboxView::NotFollowedUp), 36);
    QVERIFY(count(InboxView::Overdue) > 0);
    QVERIFY(count(InboxView::DueSoon) > 0);
}

void TestViewListModel::conflictViewKeepsCaseThatLeft()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET in_scope = 0 WHERE tracking_id = 106")));
    ViewListModel views(*m_db, m_calendar);
    auto count = [&](InboxView view) {
        return views.countAt(views.rowForKey(ViewListModel::builtinKey(view)));
    };
    QCOMPARE(count(InboxView::All), 59);
    QCOMPARE(count(InboxView::Conflict), 2);
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET in_scope = 1 WHERE tracking_id = 106")));
}

void TestViewListModel::savedViewsRoundTrip()
{
    SavedViewRepository repo(*m_db);
    CaseFilter filter;
    filter.view = InboxView::Mine;
    filter.statuses = { CaseStatus::Disposed };
    filter.searchText = QStringLiteral("laporan");
    const QString json
        = QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
    const auto id = repo.create(QStringLiteral("  Punya saya, baru  "), json, nullptr);
    QVERIFY(id);

    ViewListModel views(*m_db, m_calendar);
    views.setUser(QStringLiteral("me"), Role::Officer);
    const int row = views.rowForKey(ViewListModel::savedKey(*id));
    QVERIFY(row > 0);
    QCOMPARE(views.index(row, 0).data().toString(), QStringLiteral("Punya saya, baru"));
    QCOMPARE(*views.filterAt(row), filter);
    QCOMPARE(views.countAt(row), 10); // disposed and assigned to me, or my open drafts
    // The heading before saved views is not selectable.
    QCOMPARE(views.flags(views.index(row - 1, 0)) & Qt::ItemIsSelectable, Qt::NoItemFlags);

    QString error;
    QVERIFY2(repo.rename(*id, QStringLiteral("Milik saya (baru)"), &error), qPrintable(error));
    views.reload();
    QCOMPARE(views.index(views.rowForKey(ViewListModel::savedKey(*id)), 0).data().toString(),
             QStringLiteral("Milik saya (baru)"));
    QVERIFY(repo.remove(*id, &error));
    views.reload();
    QCOMPARE(views.rowForKey(ViewListModel::savedKey(*id)), -1);
    QCOMPARE(views.rowCount(), int(InboxViews::all().size()) - 1);
}

void TestViewListModel::savedViewNamesAreChecked()
{
    SavedViewRepository repo(*m_db);
    QString error;
    QVERIFY(!repo.create(QStringLiteral("   "), QStringLiteral("{}"), &error));
    QVERIFY(!error.isEmpty());
    const auto a = repo.create(QStringLiteral("A"), QStringLiteral("{}"), &error);
    const auto b = repo.create(QStringLiteral("B"), QStringLiteral("{}"), &error);
    QVERIFY(a && b);
    error.clear();
    QVERIFY(!repo.create(QStringLiteral("A"), QStringLiteral("{}"), &error));
    QVERIFY(error.contains(QStringLiteral("A")));
    QVERIFY(!repo.rename(*b, QStringLiteral("A"), &error));
    QVERIFY(repo.rename(*a, QStringLiteral("A"), &error)); // its own name is fine
    QVERIFY(!repo.create(QString(81, QLatin1Char('x')), QStringLiteral("{}"), &error));
    QVERIFY(repo.remove(*a, &error) && repo.remove(*b, &error));
}

QTEST_GUILESS_MAIN(TestViewListModel)
#include "tst_viewlistmodel.moc"
