#include "core/workingcalendar.h"
#include "inboxdata.h"
#include "models/caselistmodel.h"
#include "models/inboxsnapshot.h"
#include "models/viewlistmodel.h"
#include "sampledata.h"
#include "store/bulkload.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/inboxlookup.h"
#include "store/searchtokenizer.h"
#include "tempstore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace lapor;

// The snapshot must choose exactly the rows SQL chooses, for every view and filter, and
// must never be used once the store changed under it.
class TestInboxSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesSqlForEveryFilter();
    void viewCountsMatchSql();
    void rowOfAndBothOrders();
    void jumpsReadTheRightRows();
    void officersMatchTheStore();
    void uncoveredFiltersUseSql();
    void searchMatchesSql();
    void searchInOtherOrders();
    void typingOnAfterNoHits();
    void searchBeforeTheSnapshotIsReady();
    void searchSeesTextWrittenMeanwhile();
    void searchWithFarApartIds();
    void ownWriteMakesItStale();
    void otherConnectionMakesItStale();
    void markingReadKeepsIt();
    void openTransactionHasNoStamp();
    void firstSyncUnderWayHasNoStamp();
    void largeStoreReadsInTheBackground();
    void keptCopyRoundTrips();
    void damagedCopyIsRefused_data();
    void damagedCopyIsRefused();
    void modelLoadsTheKeptCopy();

private:
    static QList<qint64> sqlIds(Database &db, const CaseFilter &filter,
                                const FilterContext &context);
    static QList<qint64> modelIds(const CaseListModel &model);
    // Sets the filter and checks the model took its rows from the snapshot, the same as SQL.
    void compareWithSql(CaseListModel &model, const CaseFilter &filter);
    // The store's current stamp and a snapshot read at it.
    void readNow(std::optional<InboxSnapshot::Stamp> *stamp,
                 std::shared_ptr<const InboxSnapshot> *read);
    QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC);
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WIB);
    std::unique_ptr<lapor::test::TempStore> m_store;
    Database *m_db = nullptr;
};

void TestInboxSnapshot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store = std::make_unique<lapor::test::TempStore>();
    m_db = m_store->open();
    QVERIFY(m_db);
    InboxData::Options options;
    options.cases = 3000;
    options.now = m_now;
    QString error;
    QVERIFY2(InboxData::generate(*m_db, m_calendar, options, &error), qPrintable(error));
    // Cases that left the unit, some with a draft in conflict, and hub changes: the
    // Konflik view's two halves and the scope rule.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET in_scope = 0 WHERE tracking_id % 37 = 0")));
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET hub_changed = 1 WHERE tracking_id % 53 = 0")));
    QVERIFY(q.exec(QStringLiteral("UPDATE drafts SET state = 'conflict' WHERE case_id IN "
                                  "(SELECT tracking_id FROM cases WHERE in_scope = 0) "
                                  "AND rowid % 2 = 0")));
    const auto stamp = InboxSnapshot::stampOf(*m_db);
    QVERIFY(stamp);
    const auto snapshot = InboxSnapshot::read(m_db->path(), *stamp, &error);
    QVERIFY2(snapshot, qPrintable(error));
    QCOMPARE(snapshot->size(), 3000);
}

QList<qint64> TestInboxSnapshot::sqlIds(Database &db, const CaseFilter &filter,
                                        const FilterContext &context)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT c.tracking_id FROM cases c WHERE ")
              + filter.whereClause(context)
              + QStringLiteral(" ORDER BY c.received_at DESC, c.tracking_id DESC"));
    for (const auto &value : filter.bindValues(context))
        q.addBindValue(value);
    QList<qint64> ids;
    if (!q.exec())
        return { -1 };
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<qint64> TestInboxSnapshot::modelIds(const CaseListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.trackingIdAt(row));
    return ids;
}

void TestInboxSnapshot::matchesSqlForEveryFilter()
{
    CaseListModel model(*m_db, m_calendar);
    model.setNow(m_now);
    QVERIFY(model.snapshot());
    QSqlQuery q(m_db->connection());
    QStringList units { QString() };
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT unit_id FROM cases ORDER BY 1")));
    while (q.next())
        units.append(q.value(0).toString());
    units.append(QStringLiteral("unit-that-does-not-exist"));
    const QStringList users { QLatin1String(InboxData::kOfficerId),
                              QLatin1String(InboxData::kApproverId), QStringLiteral("nobody"),
                              QString() };
    const QList<QList<CaseStatus>> statuses { {},
                                              { CaseStatus::Disposed },
                                              { CaseStatus::InProgress, CaseStatus::Done } };
    const QList<QList<Deadlines::SlaState>> slas {
        {},
        { Deadlines::SlaState::None },
        { Deadlines::SlaState::OnTrack },
        { Deadlines::SlaState::DueSoon },
        { Deadlines::SlaState::Overdue, Deadlines::SlaState::None },
    };
    int compared = 0;
    int nonEmpty = 0;
    for (const QString &user : users) {
        model.setUserId(user);
        for (auto view : InboxViews::all()) {
            for (const auto &status : statuses) {
                for (const auto &sla : slas) {
                    for (int u = 0; u < units.size(); u += (view == InboxView::All ? 1 : 3)) {
                        CaseFilter filter;
                        filter.view = view;
                        filter.statuses = status;
                        filter.slaStates = sla;
                        filter.unitId = units[u];
                        if (compared % 5 == 0)
                            filter.assigneeId = QLatin1String(InboxData::kOfficerId);
                        if (compared % 7 == 0) {
                            filter.receivedFrom = m_now.date().addDays(-90);
                            filter.receivedTo = m_now.date().addDays(-30);
                        }
                        model.setFilter(filter);
                        QVERIFY(model.rowsFromSnapshot());
                        const auto expected = sqlIds(*m_db, filter, model.filterContext());
                        const auto got = modelIds(model);
                        QVERIFY2(got == expected,
                                 qPrintable(QStringLiteral("%1: %2 rows, SQL %3")
                                                .arg(QString::fromUtf8(
                                                    QJsonDocument(filter.toJson())
                                                        .toJson(QJsonDocument::Compact)))
                                                .arg(got.size())
                                                .arg(expected.size())));
                        ++compared;
                        nonEmpty += expected.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
    }
    // The comparison means something only if many filters found cases.
    QVERIFY2(nonEmpty > compared / 4,
             qPrintable(QStringLiteral("%1 of %2").arg(nonEmpty).arg(compared)));
}

void TestInboxSnapshot::viewCountsMatchSql()
{
    CaseListModel model(*m_db, m_calendar);
    const QString user = QLatin1String(InboxData::kApproverId);
    ViewListModel bySql(*m_db, m_calendar, user, Role::Approver);
    ViewListModel bySnapshot(*m_db, m_calendar, user, Role::Approver, nullptr,
                             [&model] { return model.snapshot(); });
    bySql.setNow(m_now);
    bySnapshot.setNow(m_now);
    QCOMPARE(bySnapshot.rowCount(), bySql.rowCount());
    int total = 0;
    for (int row = 0; row < bySql.rowCount(); ++row) {
        QCOMPARE(bySnapshot.countAt(row), bySql.countAt(row));
        total += bySql.countAt(row);
    }
    QVERIFY(total > 0);
}

void TestInboxSnapshot::rowOfAndBothOrders()
{
    CaseListModel model(*m_db, m_calendar);
    model.setNow(m_now);
    CaseFilter filter;
    filter.view = InboxView::NotFollowedUp;
    model.setFilter(filter);
    QVERIFY(model.rowsFromSnapshot());
    const auto descending = modelIds(model);
    QVERIFY(descending.size() > CaseListModel::kPageSize);
    for (int row : { 0, 1, CaseListModel::kPageSize + 3, int(descending.size()) - 1 })
        QCOMPARE(model.rowOf(descending[row]), row);
    // A case the filter leaves out has no row.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT tracking_id FROM cases WHERE status = 'done' LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(model.rowOf(q.value(0).toLongLong()), -1);

    model.sort(CaseListModel::ReceivedColumn, Qt::AscendingOrder);
    auto ascending = modelIds(model);
    std::reverse(ascending.begin(), ascending.end());
    QCOMPARE(ascending, descending);
    QCOMPARE(model.rowOf(descending[0]), int(descending.size()) - 1);

    // Another order reads its pages from SQL; the same cases, in that order.
    model.sort(CaseListModel::TrackingIdColumn, Qt::AscendingOrder);
    auto byId = modelIds(model);
    auto sorted = descending;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(byId, sorted);
}

// A drag of the scroll bar reads small pages far apart and out of turn: every row read so
// is the case in the snapshot's order with its own columns, up to a short last page.
void TestInboxSnapshot::jumpsReadTheRightRows()
{
    CaseListModel model(*m_db, m_calendar);
    model.setNow(m_now);
    CaseFilter filter;
    filter.view = InboxView::NotFollowedUp;
    model.setFilter(filter);
    QVERIFY(model.rowsFromSnapshot());
    const auto ids = sqlIds(*m_db, filter, model.filterContext());
    const int count = model.rowCount();
    QCOMPARE(count, int(ids.size()));
    QVERIFY(count > 3 * CaseListModel::kSnapshotPageSize);
    QVERIFY(count % CaseListModel::kSnapshotPageSize != 0);
    const int page = CaseListModel::kSnapshotPageSize;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral("SELECT title FROM cases WHERE tracking_id = ?")));
    for (int row : { count - 1, 0, 2 * page + 5, page - 1, page, count / 2, count - 2, 1 }) {
        const QModelIndex id = model.index(row, CaseListModel::TrackingIdColumn);
        QCOMPARE(id.data(CaseListModel::TrackingIdRole).toLongLong(), ids.at(row));
        q.addBindValue(ids.at(row));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(model.index(row, CaseListModel::TitleColumn).data().toString(),
                 q.value(0).toString());
    }
    // A case marked read repaints its own row, found in whichever page holds it.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int row = 2 * page + 5;
    model.markRead(ids.at(row));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
}

void TestInboxSnapshot::officersMatchTheStore()
{
    CaseListModel model(*m_db, m_calendar);
    const auto snapshot = model.snapshot();
    QVERIFY(snapshot);
    const InboxLookup lookup(*m_db);
    const auto fromStore = lookup.assignees();
    const auto fromSnapshot = lookup.assignees(snapshot->assigneeIds());
    QVERIFY(fromStore.size() > 1);
    QCOMPARE(fromSnapshot.size(), fromStore.size());
    for (qsizetype i = 0; i < fromStore.size(); ++i) {
        QCOMPARE(fromSnapshot[i].id, fromStore[i].id);
        QCOMPARE(fromSnapshot[i].name, fromStore[i].name);
    }
    QVERIFY(lookup.assignees(QStringList()).isEmpty());
}

void TestInboxSnapshot::uncoveredFiltersUseSql()
{
    CaseListModel model(*m_db, m_calendar);
    model.setNow(m_now);
    CaseFilter filter;
    filter.searchText = QStringLiteral("jalan");
    // A search alone is covered once the index has named its cases (searchMatchesSql).
    QVERIFY(!InboxSnapshot::covers(filter));
    QVERIFY(InboxSnapshot::coversWithHits(filter));
    filter.category = QStringLiteral("PEKERJAAN UMUM DAN PENATAAN RUANG");
    QVERIFY(!InboxSnapshot::coversWithHits(filter));
    model.setFilter(filter);
    QVERIFY(!model.rowsFromSnapshot());
    const auto ids = modelIds(model);
    QVERIFY(!ids.isEmpty());
    QCOMPARE(ids, sqlIds(*m_db, filter, model.filterContext()));
    filter = {};
    filter.byTrackingIds = true;
    filter.trackingIds = { ids.constFirst() };
    QVERIFY(!InboxSnapshot::coversWithHits(filter));
}

void TestInboxSnapshot::compareWithSql(CaseListModel &model, const CaseFilter &filter)
{
    model.setFilter(filter);
    QVERIFY(model.rowsFromSnapshot());
    const auto expected = sqlIds(*m_db, filter, model.filterContext());
    const auto got = modelIds(model);
    QVERIFY2(got == expected,
             qPrintable(QStringLiteral("%1: %2 rows, SQL %3")
                            .arg(QString::fromUtf8(
                                QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)))
                            .arg(got.size())
                            .arg(expected.size())));
}

void TestInboxSnapshot::searchMatchesSql()
{
    CaseListModel model(*m_db, m_calendar);
    model.setNow(m_now);
    QVERIFY(model.snapshot());
    // Typed a letter at a time, a word added, letters taken back, words that find nothing
    // and text with no word in it.
    QStringList texts;
    const QString phrase = QStringLiteral("jalan berlubang");
    for (qsizetype n = 2; n <= phrase.size(); ++n)
        texts.append(phrase.left(n));
    texts << QStringLiteral("jala") << QStringLiteral("blm jadi") << QStringLiteral("sdh \"blm")
          << QStringLiteral("JALAN") << QStringLiteral("jalanxyz") << QStringLiteral("?!")
          << QStringLiteral("petugas minta");
    const QStringList units { QString(), QStringLiteral("dpupr"), QStringLiteral("dukcapil") };
    int nonEmpty = 0;
    int compared = 0;
    for (const QString &user : { QString::fromLatin1(InboxData::kApproverId),
                                 QString::fromLatin1(InboxData::kOfficerId) }) {
        model.setUserId(user);
        for (auto view : InboxViews::all()) {
            for (const QString &text : texts) {
                CaseFilter filter;
                filter.view = view;
                filter.searchText = text;
                filter.unitId = units[compared % units.size()];
                if (compared % 2 == 0)
                    filter.statuses = { CaseStatus::InProgress, CaseStatus::Disposed };
                if (compared % 3 == 0)
                    filter.slaStates = { Deadlines::SlaState::OnTrack, Deadlines::SlaState::None };
                compareWithSql(model, filter);
                if (QTest::currentTestFailed())
                    return;
                filter.unitId.clear();
                filter.statuses.clear();
                filter.slaStates.clear();
                compareWithSql(model, filter);
                if (QTest::currentTestFailed())
                    return;
                nonEmpty += model.rowCount() > 0 ? 1 : 0;
                ++compared;
            }
        }
    }
    QVERIFY2(nonEmpty > compared / 3,
             qPrintable(QStringLiteral("%1 of %2").arg(nonEmpty).arg(compared)));
    // The same search under other filters does not run the match again.
    const int runs = model.fullTextRuns();
    CaseFilter filter;
    filter.searchText = QStringLiteral("jalan");
    compareWithSql(model, filter);
    filter.view = InboxView::Overdue;
    compareWithSql(model, filter);
    filter.statuses = { CaseStatus::InProgress };
    compareWithSql(model, filter);
    QCOMPARE(model.fullTextRuns(), runs + 1);
}

void TestInboxSnapshot::searchInOtherOrders()
{
    CaseListModel model(*m_db, m_calendar);
    model.setNow(m_now);
    CaseFilter filter;
    filter.statuses = { CaseStatus::InProgress, CaseStatus::Disposed, CaseStatus::Done };
    filter.searchText = QStringLiteral("di");
    model.setFilter(filter);
    QVERIFY(model.rowsFromSnapshot());
    const auto expected = sqlIds(*m_db, filter, model.filterContext());
    QVERIFY(expected.size() > CaseListModel::kPageSize);
    model.sort(CaseListModel::ReceivedColumn, Qt::AscendingOrder);
    auto reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(modelIds(model), reversed);
    const qint64 id = expected.at(CaseListModel::kPageSize + 5);
    QCOMPARE(model.rowOf(id), int(expected.size()) - 1 - (CaseListModel::kPageSize + 5));
    // Another column: the count from the snapshot, the rows from SQL, the same cases.
    model.sort(CaseListModel::DeadlineColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), expected.size());
    auto got = modelIds(model);
    std::sort(got.begin(), got.end());
    auto sorted = expected;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(got, sorted);
    model.sort(CaseListModel::ReceivedColumn, Qt::DescendingOrder);
    QCOMPARE(modelIds(model), expected);
}

void TestInboxSnapshot::typingOnAfterNoHits()
{
    CaseListModel model(*m_db, m_calendar);
    model.setNow(m_now);
    CaseFilter filter;
    filter.searchText = QStringLiteral("jalan zq");
    compareWithSql(model, filter);
    QCOMPARE(model.rowCount(), 0);
    const int runs = model.fullTextRuns();
    // More letters, and another word: nothing can match, so the index is not asked.
    for (const QString &text : { QStringLiteral("jalan zqx"), QStringLiteral("jalan zqxy"),
                                 QStringLiteral("zqxy jalan lampu") }) {
        filter.searchText = text;
        compareWithSql(model, filter);
        QCOMPARE(model.rowCount(), 0);
    }
    QCOMPARE(model.fullTextRuns(), runs);
    // A letter taken back widens the search: the index is asked again.
    filter.searchText = QStringLiteral("jalan z");
    compareWithSql(model, filter);
    QCOMPARE(model.fullTextRuns(), runs + 1);
    // After a write, a narrower search is asked again too: the write may have added a case.
    filter.searchText = QStringLiteral("zqx");
    compareWithSql(model, filter);
    QCOMPARE(model.rowCount(), 0);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET title = title || ' zqxyw' WHERE tracking_id = "
                                  "(SELECT max(tracking_id) FROM cases WHERE in_scope = 1)")));
    const int before = model.fullTextRuns();
    filter.searchText = QStringLiteral("zqxy");
    compareWithSql(model, filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.fullTextRuns(), before + 1);
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET title = replace(title, ' zqxyw', '') "
                                  "WHERE title LIKE '% zqxyw'")));
}

void TestInboxSnapshot::searchBeforeTheSnapshotIsReady()
{
    CaseListModel model(*m_db, m_calendar);
    model.setNow(m_now);
    QSignalSpy ready(&model, &CaseListModel::snapshotReady);
    model.setReadInBackgroundFrom(1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET status = 'postponed' WHERE tracking_id = "
                                  "(SELECT max(tracking_id) FROM cases WHERE in_scope = 1)")));
    CaseFilter filter;
    filter.searchText = QStringLiteral("blm");
    filter.statuses = { CaseStatus::Postponed, CaseStatus::InProgress };
    model.setFilter(filter);
    // SQL answers while the snapshot is read, with the same rows.
    QVERIFY(!model.rowsFromSnapshot());
    QCOMPARE(model.fullTextRuns(), 0);
    const auto bySql = modelIds(model);
    QVERIFY(!bySql.isEmpty());
    QCOMPARE(bySql, sqlIds(*m_db, filter, model.filterContext()));
    QVERIFY(ready.wait(10000));
    model.reload();
    QVERIFY(model.rowsFromSnapshot());
    QCOMPARE(modelIds(model), bySql);
}

void TestInboxSnapshot::searchSeesTextWrittenMeanwhile()
{
    CaseListModel model(*m_db, m_calendar);
    model.setNow(m_now);
    CaseFilter filter;
    filter.searchText = QStringLiteral("begal");
    compareWithSql(model, filter);
    const int before = model.rowCount();
    const auto snapshot = model.snapshot();
    QVERIFY(snapshot);
    // A title is not a column the snapshot holds: the snapshot stays, the hits must not.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET title = 'Rawan begal' WHERE tracking_id = "
                                  "(SELECT max(tracking_id) FROM cases WHERE in_scope = 1 "
                                  "AND tracking_id NOT IN (SELECT rowid FROM case_search "
                                  "WHERE case_search MATCH '\"begal\"*'))")));
    QCOMPARE(model.snapshot(), snapshot);
    model.reload();
    QVERIFY(model.rowsFromSnapshot());
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(modelIds(model), sqlIds(*m_db, filter, model.filterContext()));
    // Another connection adds a follow-up that names it.
    {
        auto other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(m_db->path());
        QVERIFY(other.open());
        QVERIFY(SearchTokenizer::registerOn(other));
        QSqlQuery w(other);
        QVERIFY(w.exec(QStringLiteral("INSERT INTO followups (id, case_id, author_id, unit_id, "
                                      "text, published_at) SELECT 'other-writer-1', "
                                      "min(tracking_id), '', '', 'pelaku begal', 0 FROM cases "
                                      "WHERE in_scope = 1")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    model.reload();
    QVERIFY(model.rowsFromSnapshot());
    QCOMPARE(model.rowCount(), before + 2);
    QCOMPARE(modelIds(model), sqlIds(*m_db, filter, model.filterContext()));
    // A change the snapshot holds: it is read again, and the search still agrees.
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET in_scope = 0 WHERE tracking_id = "
                                  "(SELECT min(tracking_id) FROM cases WHERE in_scope = 1)")));
    model.reload();
    QVERIFY(model.rowsFromSnapshot());
    QVERIFY(model.snapshot() != snapshot);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(modelIds(model), sqlIds(*m_db, filter, model.filterContext()));
}

void TestInboxSnapshot::searchWithFarApartIds()
{
    // Tracking ids too far apart for a bit per id: the hits are found through a lookup
    // sorted by id instead.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE far AS SELECT * FROM cases WHERE "
                                  "tracking_id = (SELECT max(tracking_id) FROM cases "
                                  "WHERE in_scope = 1)")));
    QVERIFY(q.exec(QStringLiteral("UPDATE far SET tracking_id = 900000000000, "
                                  "title = 'Jalan putus total'")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO cases SELECT * FROM far")));
    QVERIFY(q.exec(QStringLiteral("DROP TABLE far")));
    CaseListModel model(*m_db, m_calendar);
    model.setNow(m_now);
    CaseFilter filter;
    for (const QString &text : { QStringLiteral("jalan"), QStringLiteral("putus"),
                                 QStringLiteral("jalan rusak"), QStringLiteral("zzz") }) {
        filter.searchText = text;
        compareWithSql(model, filter);
        if (text == QLatin1String("putus"))
            QVERIFY(modelIds(model).contains(900000000000));
    }
    filter.view = InboxView::NotFollowedUp;
    filter.searchText = QStringLiteral("jalan");
    compareWithSql(model, filter);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM cases WHERE tracking_id = 900000000000")));
}

void TestInboxSnapshot::ownWriteMakesItStale()
{
    CaseListModel model(*m_db, m_calendar);
    CaseFilter filter;
    filter.statuses = { CaseStatus::Unverified };
    model.setFilter(filter);
    const int before = model.rowCount();
    const auto snapshot = model.snapshot();
    QVERIFY(snapshot);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET status = 'unverified' WHERE tracking_id = "
                                  "(SELECT tracking_id FROM cases WHERE status = 'done' "
                                  "AND in_scope = 1 LIMIT 1)")));
    QVERIFY(!model.snapshot());
    model.reload();
    QVERIFY(model.rowsFromSnapshot());
    QVERIFY(model.snapshot() != snapshot);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(modelIds(model), sqlIds(*m_db, filter, model.filterContext()));
}

void TestInboxSnapshot::otherConnectionMakesItStale()
{
    CaseListModel model(*m_db, m_calendar);
    QVERIFY(model.snapshot());
    {
        // Another process on the same profile, e.g. lapordeskctl.
        auto other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(m_db->path());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET assignee_id = 'petugas9' WHERE "
                                      "tracking_id = (SELECT max(tracking_id) FROM cases)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    QVERIFY(!model.snapshot());
    CaseFilter filter;
    filter.assigneeId = QStringLiteral("petugas9");
    model.setFilter(filter);
    QVERIFY(model.rowsFromSnapshot());
    QCOMPARE(model.rowCount(), 1);
}

void TestInboxSnapshot::markingReadKeepsIt()
{
    CaseListModel model(*m_db, m_calendar);
    const auto snapshot = model.snapshot();
    QVERIFY(snapshot);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET unread = 0 WHERE tracking_id % 2 = 0")));
    QCOMPARE(model.snapshot(), snapshot);
}

void TestInboxSnapshot::openTransactionHasNoStamp()
{
    CaseListModel model(*m_db, m_calendar);
    QVERIFY(InboxSnapshot::stampOf(*m_db));
    QVERIFY(m_db->begin());
    // Rows written now are not visible to the connection a snapshot is read from.
    QVERIFY(!InboxSnapshot::stampOf(*m_db));
    QVERIFY(!model.snapshot());
    model.reload();
    QVERIFY(!model.rowsFromSnapshot());
    m_db->rollback();
    QVERIFY(InboxSnapshot::stampOf(*m_db));
}

void TestInboxSnapshot::firstSyncUnderWayHasNoStamp()
{
    // A first sync writes cases with the token's triggers set aside (BulkLoad): until its
    // end brings them back with a new token, no snapshot stands for the store.
    test::TempStore store;
    Database *db = store.open();
    QVERIFY(db);
    const auto before = InboxSnapshot::stampOf(*db);
    QVERIFY(before);
    BulkLoad bulk(*db);
    QString error;
    QVERIFY2(bulk.begin(&error), qPrintable(error));
    QVERIFY(!InboxSnapshot::stampOf(*db));
    CaseRepository cases(*db, m_calendar);
    QVERIFY2(cases.upsert(test::Sample::sampleCase(8100001, QStringLiteral("Jalan rusak"),
                                                   QStringLiteral("Mohon diperbaiki")),
                          &error),
             qPrintable(error));
    QVERIFY(!InboxSnapshot::stampOf(*db));
    BulkLoad::Step step = BulkLoad::Step::More;
    while (step == BulkLoad::Step::More)
        step = bulk.finishStep(&error);
    QCOMPARE(step, BulkLoad::Step::Done);
    const auto after = InboxSnapshot::stampOf(*db);
    QVERIFY(after);
    QVERIFY(!(*after == *before));
    // From here the triggers keep it again.
    QVERIFY2(cases.upsert(test::Sample::sampleCase(8100002, QStringLiteral("Lampu mati"),
                                                   QStringLiteral("Mohon diganti")),
                          &error),
             qPrintable(error));
    QVERIFY(!(*InboxSnapshot::stampOf(*db) == *after));
}

void TestInboxSnapshot::largeStoreReadsInTheBackground()
{
    CaseListModel model(*m_db, m_calendar);
    model.setNow(m_now);
    QSignalSpy ready(&model, &CaseListModel::snapshotReady);
    model.setReadInBackgroundFrom(1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET status = 'postponed' WHERE tracking_id = "
                                  "(SELECT min(tracking_id) FROM cases WHERE in_scope = 1)")));
    CaseFilter filter;
    filter.statuses = { CaseStatus::Postponed };
    model.setFilter(filter);
    // SQL answers while the snapshot is read; the rows are the same.
    QVERIFY(!model.rowsFromSnapshot());
    const auto bySql = modelIds(model);
    QCOMPARE(bySql, sqlIds(*m_db, filter, model.filterContext()));
    QVERIFY(ready.wait(10000));
    QVERIFY(model.snapshot());
    model.reload();
    QVERIFY(model.rowsFromSnapshot());
    QCOMPARE(modelIds(model), bySql);
}

void TestInboxSnapshot::readNow(std::optional<InboxSnapshot::Stamp> *stamp,
                                std::shared_ptr<const InboxSnapshot> *read)
{
    *stamp = InboxSnapshot::stampOf(*m_db);
    *read = *stamp ? InboxSnapshot::read(m_db->path(), **stamp) : nullptr;
}

void TestInboxSnapshot::keptCopyRoundTrips()
{
    std::optional<InboxSnapshot::Stamp> stamp;
    std::shared_ptr<const InboxSnapshot> read;
    readNow(&stamp, &read);
    QVERIFY(stamp && read);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inbox"));
    QString error;
    QVERIFY2(read->save(path, &error), qPrintable(error));
    // 0600: nothing for the group or others.
    QCOMPARE(QFileInfo(path).permissions(),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    const auto loaded = InboxSnapshot::load(path, *stamp);
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), read->size());
    const FilterContext context { QLatin1String(InboxData::kOfficerId), m_now, &m_calendar };
    for (auto view : InboxViews::all()) {
        CaseFilter filter;
        filter.view = view;
        QCOMPARE(loaded->match(filter, context), read->match(filter, context));
        filter.statuses = { CaseStatus::InProgress };
        filter.unitId = QStringLiteral("dpupr");
        QCOMPARE(loaded->match(filter, context), read->match(filter, context));
    }
    QCOMPARE(loaded->assigneeIds(), read->assigneeIds());
    // Taken before the store changed: not used.
    QVERIFY(!InboxSnapshot::load(path, InboxSnapshot::Stamp { QByteArray(16, 'x') }));
}

void TestInboxSnapshot::damagedCopyIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    for (const char *damage : { "empty", "magic", "half", "last byte", "one more byte",
                                "entry codes", "entry count", "name count" })
        QTest::newRow(damage) << QString::fromLatin1(damage);
}

void TestInboxSnapshot::damagedCopyIsRefused()
{
    QFETCH(QString, damage);
    std::optional<InboxSnapshot::Stamp> stamp;
    std::shared_ptr<const InboxSnapshot> read;
    readNow(&stamp, &read);
    QVERIFY(stamp && read);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inbox"));
    QVERIFY(read->save(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    // Where the counts sit: after the magic, two record sizes and the token.
    const qsizetype afterToken = 8 + 8 + 8 + 8 + stamp->token.size();
    const qsizetype entryBytes = read->size() * 32;
    if (damage == QLatin1String("empty"))
        bytes.clear();
    else if (damage == QLatin1String("magic"))
        bytes[0] = 'X';
    else if (damage == QLatin1String("half"))
        bytes.truncate(bytes.size() / 2);
    else if (damage == QLatin1String("last byte"))
        bytes.chop(1);
    else if (damage == QLatin1String("one more byte"))
        bytes.append('\0');
    else if (damage == QLatin1String("entry codes"))
        bytes.replace(bytes.size() - 32, 32, QByteArray(32, '\xff'));
    else if (damage == QLatin1String("entry count"))
        bytes.replace(bytes.size() - entryBytes - 8, 8, QByteArray(8, '\x7f'));
    else if (damage == QLatin1String("name count"))
        bytes.replace(afterToken, 8, QByteArray(8, '\xff')); // the statuses' count
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QVERIFY(!InboxSnapshot::load(path, *stamp));
}

void TestInboxSnapshot::modelLoadsTheKeptCopy()
{
    QFile::remove(m_db->inboxCachePath());
    CaseFilter filter;
    filter.view = InboxView::NotFollowedUp;
    QList<qint64> expected;
    {
        CaseListModel first(*m_db, m_calendar);
        QVERIFY(!first.snapshotFromFile());
        first.setReadInBackgroundFrom(1);
        // Kept only from the size on where reading takes long.
        first.reload();
        QVERIFY(!QFile::exists(m_db->inboxCachePath()));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET status = 'in_progress' WHERE "
                                      "tracking_id = (SELECT max(tracking_id) FROM cases)")));
        QSignalSpy ready(&first, &CaseListModel::snapshotReady);
        first.reload();
        QVERIFY(ready.wait(10000));
        QTRY_VERIFY(QFile::exists(m_db->inboxCachePath()));
        first.setNow(m_now);
        first.setFilter(filter);
        expected = modelIds(first);
    }
    CaseListModel second(*m_db, m_calendar);
    QVERIFY(second.snapshotFromFile());
    second.setNow(m_now);
    second.setFilter(filter);
    QVERIFY(second.rowsFromSnapshot());
    QCOMPARE(modelIds(second), expected);
    QCOMPARE(modelIds(second), sqlIds(*m_db, filter, second.filterContext()));

    // Once the store changes, the copy is left aside.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET status = 'disposed' WHERE "
                                  "tracking_id = (SELECT max(tracking_id) FROM cases)")));
    CaseListModel third(*m_db, m_calendar);
    QVERIFY(!third.snapshotFromFile());
    QVERIFY(third.snapshot());
}

QTEST_GUILESS_MAIN(TestInboxSnapshot)
#include "tst_inboxsnapshot.moc"
