#include "core/deadlines.h"
#include "models/caselistmodel.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "tempstore.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace lapor;

Q_DECLARE_METATYPE(lapor::CaseFilter)

class TestCaseListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelTester();
    void countsAndPages();
    void sortsInSql();
    void filtersByStatus();
    void searchesFullText();
    void deadlineText();
    void statusIsShortWithTheFullLabelInTheTooltip();
    void deadlineFollowsTheClock();
    void filtersUseTheInboxIndex_data();
    void filtersUseTheInboxIndex();
    void searchCountLeavesOutOfScopeCases();
    void markRead();
    void keysetPagesMatchOffsetPages_data();
    void keysetPagesMatchOffsetPages();
    void newColumns();
    void rowOfFindsCase();
    void filtersByViewAndSla();

private:
    static Case makeCase(qint64 id, const QString &title, CaseStatus status, int dayOffset);

    std::unique_ptr<lapor::test::TempStore> m_store;
    Database *m_db = nullptr;
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WITA);
    static constexpr int kCases = 450; // more than two pages
};

Case TestCaseListModel::makeCase(qint64 id, const QString &title, CaseStatus status, int dayOffset)
{
    Case c;
    c.trackingId = id;
    c.title = title;
    c.content = QStringLiteral("Isi laporan %1").arg(id);
    c.category = QStringLiteral("INFRASTRUKTUR");
    c.status = status;
    c.unitId = QStringLiteral("dpupr");
    c.receivedAt = QDateTime(QDate(2026, 1, 5).addDays(dayOffset), QTime(9, 0), Qt::UTC);
    c.disposedAt = c.receivedAt.addDays(1);
    return c;
}

void TestCaseListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseListModel::init()
{
    m_store = std::make_unique<lapor::test::TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
    CaseRepository repo(*m_db, m_calendar);
    Transaction tx(*m_db);
    for (int i = 1; i <= kCases; ++i) {
        const auto status = i % 3 == 0 ? CaseStatus::Done : CaseStatus::Disposed;
        QString error;
        QVERIFY2(repo.upsert(makeCase(1000000 + i,
                                      i % 10 == 0 ? QStringLiteral("Jalan rusak nomor %1").arg(i)
                                                  : QStringLiteral("Pelayanan lambat %1").arg(i),
                                      status, i % 300),
                             &error),
                 qPrintable(error));
    }
    QVERIFY(tx.commit());
}

void TestCaseListModel::cleanup()
{
    m_db = nullptr;
    m_store.reset();
}

void TestCaseListModel::modelTester()
{
    CaseListModel model(*m_db, m_calendar);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(CaseListModel::TitleColumn, Qt::AscendingOrder);
    CaseFilter filter;
    filter.searchText = QStringLiteral("jalan");
    model.setFilter(filter);
    model.sort(CaseListModel::DeadlineColumn, Qt::DescendingOrder);
    model.setFilter({});
    model.reload();
}

void TestCaseListModel::countsAndPages()
{
    CaseListModel model(*m_db, m_calendar);
    QCOMPARE(model.rowCount(), kCases);
    QCOMPARE(model.columnCount(), int(CaseListModel::ColumnCount));
    model.sort(CaseListModel::TrackingIdColumn, Qt::AscendingOrder);
    // Rows on both sides of page boundaries come back in order.
    for (int row : { 0, 199, 200, 201, 399, 400, kCases - 1 })
        QCOMPARE(model.trackingIdAt(row), 1000001 + row);
    QCOMPARE(model.index(5, CaseListModel::TrackingIdColumn).data().toString(),
             QStringLiteral("1000006"));
    QCOMPARE(model.trackingIdAt(kCases), 0);
}

void TestCaseListModel::sortsInSql()
{
    CaseListModel model(*m_db, m_calendar);
    model.sort(CaseListModel::TrackingIdColumn, Qt::DescendingOrder);
    QCOMPARE(model.trackingIdAt(0), 1000000 + kCases);
    model.sort(CaseListModel::TitleColumn, Qt::AscendingOrder);
    QVERIFY(model.index(0, CaseListModel::TitleColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Jalan")));
    model.sort(CaseListModel::DeadlineColumn, Qt::AscendingOrder);
    // Closed cases have no deadline and sort last.
    QCOMPARE(model.index(kCases - 1, CaseListModel::DeadlineColumn).data().toString(), QString());
    QVERIFY(!model.index(0, CaseListModel::DeadlineColumn).data().toString().isEmpty());
}

void TestCaseListModel::filtersByStatus()
{
    CaseListModel model(*m_db, m_calendar);
    CaseFilter filter;
    filter.statuses = { CaseStatus::Done };
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), kCases / 3);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(CaseListModel::StatusKeyRole).toString(),
                 QStringLiteral("done"));
}

void TestCaseListModel::searchesFullText()
{
    CaseListModel model(*m_db, m_calendar);
    CaseFilter filter;
    filter.searchText = QStringLiteral("JAL");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), kCases / 10);
    filter.searchText = QStringLiteral("rusak jal");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), kCases / 10);
    filter.searchText = QStringLiteral("pelayanan");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), kCases - kCases / 10);
    filter.searchText = QStringLiteral("jalan pelayanan");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    filter.searchText = QStringLiteral("\"*) NEAR(");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
}

void TestCaseListModel::deadlineText()
{
    CaseListModel model(*m_db, m_calendar);
    model.sort(CaseListModel::TrackingIdColumn, Qt::AscendingOrder);
    // Case 1000001: received Tue 2026-01-06 09:00 UTC, disposed Wed 2026-01-07 (WITA).
    // Five working days later is Wed 2026-01-14.
    QCOMPARE(model.trackingIdAt(0), 1000001);
    const QDateTime before(QDate(2026, 1, 12), QTime(10, 0), Qt::UTC);
    model.setNow(before);
    QCOMPARE(model.index(0, 0).data(CaseListModel::SlaRole).toInt(),
             int(Deadlines::SlaState::DueSoon));
    const QModelIndex cell = model.index(0, CaseListModel::DeadlineColumn);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2")));
    // The badge says how close it is; the cell itself only the day, said once.
    QCOMPARE(cell.data().toString(),
             QLocale().toString(QDate(2026, 1, 14), QStringLiteral("d MMM")));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(cell.data().toString()));
    // A screen reader hears the painted badge's word, then the full wording.
    QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(),
             Deadlines::slaLabel(Deadlines::SlaState::DueSoon) + QLatin1String(", ")
                 + cell.data(Qt::ToolTipRole).toString());
    model.setNow(QDateTime(QDate(2026, 1, 20), QTime(10, 0), Qt::UTC));
    QCOMPARE(model.index(0, 0).data(CaseListModel::SlaRole).toInt(),
             int(Deadlines::SlaState::Overdue));
}

void TestCaseListModel::statusIsShortWithTheFullLabelInTheTooltip()
{
    CaseListModel model(*m_db, m_calendar);
    CaseFilter filter;
    filter.statuses = { CaseStatus::Disposed };
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    const QModelIndex cell = model.index(0, CaseListModel::StatusColumn);
    QCOMPARE(cell.data().toString(), Status::shortLabel(CaseStatus::Disposed));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), Status::label(CaseStatus::Disposed));
    QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(), Status::label(CaseStatus::Disposed));
    QVERIFY(cell.data().toString().size() < cell.data(Qt::ToolTipRole).toString().size());
}

void TestCaseListModel::deadlineFollowsTheClock()
{
    // The model words a row's deadline once per day and due instant; stepping the clock
    // through days, midnights and the due instant itself must give what Deadlines says.
    CaseListModel model(*m_db, m_calendar);
    model.sort(CaseListModel::TrackingIdColumn, Qt::AscendingOrder);
    const auto due = CaseRepository(*m_db, m_calendar).find(1000001);
    QVERIFY(due);
    const QDateTime dueAt = Deadlines::caseDeadline(m_calendar, *due);
    QVERIFY(dueAt.isValid());
    QList<QDateTime> instants;
    for (int hour = -24 * 9; hour <= 24 * 4; hour += 5)
        instants.append(dueAt.addSecs(hour * 3600));
    instants << dueAt.addSecs(-1) << dueAt << dueAt.addSecs(1) << dueAt.addSecs(-1);
    for (const QDateTime &at : std::as_const(instants)) {
        model.setNow(at);
        const QModelIndex cell = model.index(0, CaseListModel::DeadlineColumn);
        QCOMPARE(cell.data(CaseListModel::SlaRole).toInt(),
                 int(Deadlines::slaState(m_calendar, dueAt, at)));
        QCOMPARE(cell.data(CaseListModel::DaysLeftRole).toInt(),
                 Deadlines::workingDaysLeft(m_calendar, dueAt, at));
        const QString text = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(text.startsWith(QLocale().toString(m_calendar.localDate(dueAt).addDays(-1),
                                                    QStringLiteral("d MMM"))),
                 qPrintable(text));
        const bool late
            = Deadlines::slaState(m_calendar, dueAt, at) == Deadlines::SlaState::Overdue;
        QCOMPARE(text.contains(QStringLiteral("terlambat"))
                     || text.contains(QStringLiteral("lewat")),
                 late);
    }
}

void TestCaseListModel::filtersUseTheInboxIndex_data()
{
    QTest::addColumn<CaseFilter>("filter");
    QTest::addColumn<QString>("index");
    auto with = [](auto change) {
        CaseFilter f;
        change(f);
        return f;
    };
    QTest::newRow("all") << CaseFilter() << QStringLiteral("cases_inbox");
    QTest::newRow("status") << with([](CaseFilter &f) { f.statuses = { CaseStatus::Disposed }; })
                            << QStringLiteral("cases_inbox");
    QTest::newRow("unit") << with([](CaseFilter &f) { f.unitId = QStringLiteral("dpupr"); })
                          << QStringLiteral("cases_inbox");
    QTest::newRow("status, sla, unit") << with([](CaseFilter &f) {
        f.statuses = { CaseStatus::InProgress };
        f.slaStates = { Deadlines::SlaState::Overdue };
        f.unitId = QStringLiteral("dpupr");
    }) << QStringLiteral("cases_inbox");
    QTest::newRow("overdue") << with([](CaseFilter &f) { f.view = InboxView::Overdue; })
                             << QStringLiteral("cases_inbox");
    QTest::newRow("not followed up")
        << with([](CaseFilter &f) { f.view = InboxView::NotFollowedUp; })
        << QStringLiteral("cases_inbox");
    QTest::newRow("mine") << with([](CaseFilter &f) { f.view = InboxView::Mine; })
                          << QStringLiteral("cases_inbox");
    QTest::newRow("conflict") << with([](CaseFilter &f) { f.view = InboxView::Conflict; })
                              << QStringLiteral("cases_conflicted");
}

void TestCaseListModel::filtersUseTheInboxIndex()
{
    // A filter that fell back to a one-column index or to the table would read every
    // matching row whole; at 100,000 cases that was most of a filter change's time.
    QFETCH(CaseFilter, filter);
    QFETCH(QString, index);
    const FilterContext context { QStringLiteral("petugas1"),
                                  QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC),
                                  &m_calendar };
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM cases c WHERE ")
                      + filter.whereClause(context)));
    for (const auto &value : filter.bindValues(context))
        q.addBindValue(value);
    QVERIFY(q.exec());
    QStringList plan;
    while (q.next())
        plan.append(q.value(3).toString());
    const QString text = plan.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(index), qPrintable(text));
    for (const auto &line : std::as_const(plan)) {
        QVERIFY2(line != QLatin1String("SCAN c"), qPrintable(text));
        QVERIFY2(!line.contains(QLatin1String("cases_by_")), qPrintable(text));
    }
}

void TestCaseListModel::searchCountLeavesOutOfScopeCases()
{
    // The search-only count comes from the full-text index; it must agree with the
    // general count when some matches have left the unit.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET in_scope = 0 WHERE tracking_id IN "
                                  "(1000010, 1000020, 1000021)")));
    CaseListModel model(*m_db, m_calendar);
    CaseFilter filter;
    filter.searchText = QStringLiteral("jalan");
    model.setFilter(filter);
    // Titles "Jalan rusak" every tenth case: 45, less the two out of scope.
    QCOMPARE(model.rowCount(), kCases / 10 - 2);
    filter.unitId = QStringLiteral("dpupr"); // the general count, same cases
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), kCases / 10 - 2);
    filter = {};
    filter.searchText = QStringLiteral("pelayanan");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), kCases - kCases / 10 - 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.trackingIdAt(row) != 1000021);
}

void TestCaseListModel::markRead()
{
    CaseListModel model(*m_db, m_calendar);
    model.sort(CaseListModel::TrackingIdColumn, Qt::AscendingOrder);
    QVERIFY(model.index(3, 0).data(CaseListModel::UnreadRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.markRead(1000004);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.index(3, 0).data(CaseListModel::UnreadRole).toBool());
}

void TestCaseListModel::keysetPagesMatchOffsetPages_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("ascending");
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        QTest::addRow("col%d-asc", column) << column << true;
        QTest::addRow("col%d-desc", column) << column << false;
    }
}

void TestCaseListModel::keysetPagesMatchOffsetPages()
{
    QFETCH(int, column);
    QFETCH(bool, ascending);
    const auto order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
    // Reading top to bottom continues each page by key; reading from the bottom jumps with
    // OFFSET. Both must give the same row at every position, with no gaps or repeats.
    CaseListModel forward(*m_db, m_calendar);
    forward.sort(column, order);
    QList<qint64> sequential;
    for (int row = 0; row < forward.rowCount(); ++row)
        sequential.append(forward.trackingIdAt(row));
    CaseListModel backward(*m_db, m_calendar);
    backward.sort(column, order);
    for (int row = backward.rowCount() - 1; row >= 0; row -= CaseListModel::kPageSize)
        QCOMPARE(backward.trackingIdAt(row), sequential.at(row));
    // A drag of the scroll bar skips pages: each continues from the nearest page read
    // above it with the rows in between skipped.
    CaseListModel dragged(*m_db, m_calendar);
    dragged.sort(column, order);
    for (int row = 0; row < dragged.rowCount(); row += 2 * CaseListModel::kPageSize + 37)
        QCOMPARE(dragged.trackingIdAt(row), sequential.at(row));
    QCOMPARE(QSet<qint64>(sequential.cbegin(), sequential.cend()).size(), kCases);
}

void TestCaseListModel::newColumns()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, username, display_name, role) "
                                  "VALUES ('u1', 'u1', 'Rina Wulandari', 'officer')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO units (id, agency_id, name) "
                                  "VALUES ('dpupr', 'kab', 'Dinas PUPR')")));
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET assignee_id = 'u1', anonymous = 1, "
                                  "confidential = 1, local_state = 'conflict' "
                                  "WHERE tracking_id = 1000002")));
    CaseListModel model(*m_db, m_calendar);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(CaseListModel::TrackingIdColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(1, CaseListModel::AssigneeColumn).data().toString(),
             QStringLiteral("Rina Wulandari"));
    QCOMPARE(model.index(1, CaseListModel::UnitColumn).data().toString(),
             QStringLiteral("Dinas PUPR"));
    QVERIFY(model.index(1, CaseListModel::FlagsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Anonim")));
    QVERIFY(model.index(1, CaseListModel::FlagsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Rahasia")));
    QCOMPARE(model.index(1, CaseListModel::LocalStateColumn).data().toString(),
             QStringLiteral("Konflik"));
    QCOMPARE(model.index(1, 0).data(CaseListModel::LocalStateRole).toString(),
             QStringLiteral("conflict"));
    QCOMPARE(model.index(0, CaseListModel::LocalStateColumn).data().toString(), QString());
    // Unread rows are bold.
    QVERIFY(model.index(0, CaseListModel::TitleColumn).data(Qt::FontRole).value<QFont>().bold());
    model.markRead(1000001);
    QVERIFY(!model.index(0, CaseListModel::TitleColumn).data(Qt::FontRole).isValid());
    model.sort(CaseListModel::AssigneeColumn, Qt::DescendingOrder);
    QCOMPARE(model.trackingIdAt(0), 1000002);
}

void TestCaseListModel::rowOfFindsCase()
{
    CaseListModel model(*m_db, m_calendar);
    model.sort(CaseListModel::TitleColumn, Qt::DescendingOrder);
    for (int row : { 0, 57, 250, kCases - 1 })
        QCOMPARE(model.rowOf(model.trackingIdAt(row)), row);
    CaseFilter filter;
    filter.statuses = { CaseStatus::Done };
    model.setFilter(filter);
    QCOMPARE(model.rowOf(1000001), -1); // disposed, filtered out
    QCOMPARE(model.rowOf(model.trackingIdAt(5)), 5);
}

void TestCaseListModel::filtersByViewAndSla()
{
    CaseListModel model(*m_db, m_calendar);
    // Every row the SQL puts in a state must be in that state by Deadlines::slaState.
    const QDateTime now(QDate(2026, 1, 12), QTime(10, 0), Qt::UTC);
    model.setNow(now);
    int total = 0;
    QHash<int, int> byState;
    for (auto state : { Deadlines::SlaState::None, Deadlines::SlaState::OnTrack,
                        Deadlines::SlaState::DueSoon, Deadlines::SlaState::Overdue }) {
        CaseFilter filter;
        filter.slaStates = { state };
        model.setFilter(filter);
        total += model.rowCount();
        byState[int(state)] = model.rowCount();
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(CaseListModel::SlaRole).toInt(), int(state));
    }
    QCOMPARE(total, kCases);
    CaseFilter overdue;
    overdue.view = InboxView::Overdue;
    model.setFilter(overdue);
    QCOMPARE(model.rowCount(), byState.value(int(Deadlines::SlaState::Overdue)));
    CaseFilter dueSoon;
    dueSoon.view = InboxView::DueSoon;
    model.setFilter(dueSoon);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.rowCount(), byState.value(int(Deadlines::SlaState::DueSoon)));
    model.setNow(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    model.setFilter(overdue);
    model.reload();
    QVERIFY(model.rowCount() > 0);
    CaseFilter notFollowed;
    notFollowed.view = InboxView::NotFollowedUp;
    model.setFilter(notFollowed);
    QCOMPARE(model.rowCount(), kCases - kCases / 3);
    CaseFilter mine;
    mine.view = InboxView::Mine;
    model.setFilter(mine);
    QCOMPARE(model.rowCount(), 0); // nobody signed in owns nothing
}

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
