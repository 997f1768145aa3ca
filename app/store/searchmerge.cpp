#include "searchmerge.h"

#include "database.h"
#include "sqlutil.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <sqlite3.h>

namespace lapor {

SearchMerge::SearchMerge(Database &db)
    : m_db(db)
{ }

SearchMerge::Step SearchMerge::step(QString *error)
{
    sqlite3 *handle = Sql::handleOf(m_db.connection());
    if (!handle) {
        *error = QStringLiteral("the store is not open");
        return Step::Failed;
    }
    QElapsedTimer clock;
    clock.start();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = QStringLiteral("cannot start a transaction");
        return Step::Failed;
    }
    // FTS5's 'merge' writes about m_pages leaf pages of merged segments, going on with a
    // merge an earlier step began, and only on a level of at least four segments. It
    // writes nothing at all when there is no such level: that is how the end is known
    // (two changes or more when it merged, in FTS5's own words).
    const sqlite3_int64 before = sqlite3_total_changes64(handle);
    if (!Sql::exec(
            m_db, QStringLiteral("INSERT INTO case_search (case_search, rank) VALUES ('merge', ?)"),
            { m_pages }, error))
        return Step::Failed;
    const bool merged = sqlite3_total_changes64(handle) - before >= 2;
    if (!transaction.commit()) {
        *error = QStringLiteral("commit failed");
        return Step::Failed;
    }
    if (!merged)
        return Step::Done;
    ++m_steps;
    // About kStepMs a step, whatever the machine: the store's other writers wait that long
    // at most.
    const qint64 took = qMax<qint64>(1, clock.elapsed());
    const qint64 next = qMin(qint64(m_pages) * kStepMs / took, qint64(m_pages) * 4);
    m_pages = int(qBound(qint64(kMinPages), next, qint64(kMaxPages)));
    return Step::More;
}

int SearchMerge::segmentCount(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(DISTINCT segid) FROM case_search_idx")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace lapor
