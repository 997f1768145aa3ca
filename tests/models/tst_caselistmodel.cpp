#include "core/deadlines.h"
#include "models/caselistmodel.h"
#include "store/caserepository.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace lapor;

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
    void markRead();

private:
    static Case makeCase(qint64 id, const QString &title, CaseStatus status, int dayOffset);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
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
    QVERIFY(m_dir.isValid());
}

void TestCaseListModel::init()
{
    auto opened = Database::open(m_dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
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
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite")));
    QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite-wal")));
    QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite-shm")));
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
    QVERIFY(model.index(0, CaseListModel::TitleColumn).data().toString().startsWith(
        QStringLiteral("Jalan")));
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
    QVERIFY(model.index(0, CaseListModel::DeadlineColumn).data().toString().contains(
        QStringLiteral("2")));
    model.setNow(QDateTime(QDate(2026, 1, 20), QTime(10, 0), Qt::UTC));
    QCOMPARE(model.index(0, 0).data(CaseListModel::SlaRole).toInt(),
             int(Deadlines::SlaState::Overdue));
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

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
