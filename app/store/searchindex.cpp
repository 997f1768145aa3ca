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
    // Deleted cases already left the index through their own trigger; rows of the noted
    // cases are replaced whole, with all of their follow-ups.
    static const char *const steps[] = {
        "UPDATE search_mode SET deferred = 0",
        "DELETE FROM case_search WHERE rowid IN (SELECT case_id FROM search_pending)",
        "INSERT INTO case_search (rowid, title, content, followups) "
        "SELECT c.tracking_id, c.title, c.content, "
        "coalesce((SELECT group_concat(f.text, char(10)) FROM followups f "
        "WHERE f.case_id = c.tracking_id), '') "
        "FROM search_pending p JOIN cases c ON c.tracking_id = p.case_id",
        "DELETE FROM search_pending",
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
