#include "searchindex.h"

#include "database.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace lapor {

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{ }

bool SearchIndex::defer(QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE search_mode SET deferred = 1"));
    return Sql::exec(q, error);
}

bool SearchIndex::catchUp(QString *error)
{
    // Each noted case's row goes with the text it was built from, then the cases still
    // there are indexed as they are now: two statements, in id order, so that FTS5 writes
    // two segments for the batch. The notes are dropped while deferred is still 1, which
    // keeps their trigger from replacing each row once more.
    static const char *const steps[] = {
        "UPDATE search_mode SET deferred = 1",
        "INSERT INTO case_search (case_search, rowid, title, content, followups) "
        "SELECT 'delete', case_id, title, content, followups FROM search_pending "
        "WHERE indexed = 1 ORDER BY case_id",
        "INSERT INTO case_search (rowid, title, content, followups) "
        "SELECT s.tracking_id, s.title, s.content, s.followups "
        "FROM search_pending p JOIN search_source s ON s.tracking_id = p.case_id "
        "ORDER BY p.case_id",
        "DELETE FROM search_pending",
        "UPDATE search_mode SET deferred = 0",
    };
    for (const char *step : steps) {
        QSqlQuery q(m_db.connection());
        q.prepare(QString::fromLatin1(step));
        if (!Sql::exec(q, error))
            return false;
    }
    return true;
}

bool SearchIndex::catchUpLeftovers(QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT (SELECT deferred FROM search_mode) = 1 "
                             "OR EXISTS (SELECT 1 FROM search_pending)"));
    if (!Sql::exec(q, error) || !q.next())
        return false;
    if (!q.value(0).toBool())
        return true;
    q.finish();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = QStringLiteral("cannot start a transaction");
        return false;
    }
    if (!catchUp(error))
        return false;
    if (!transaction.commit()) {
        *error = QStringLiteral("commit failed");
        return false;
    }
    return true;
}

} // namespace lapor
