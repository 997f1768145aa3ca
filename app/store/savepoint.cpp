#include "savepoint.h"

#include "database.h"
#include "sqlutil.h"

namespace lapor {

Savepoint::Savepoint(Database &db)
    : m_begin(db.connection())
    , m_release(db.connection())
    , m_rollback(db.connection())
{ }

bool Savepoint::begin(QString *error)
{
    return Sql::prepareOnce(m_begin, QStringLiteral("SAVEPOINT step"), error)
        && Sql::exec(m_begin, error);
}

bool Savepoint::release(QString *error)
{
    return Sql::prepareOnce(m_release, QStringLiteral("RELEASE step"), error)
        && Sql::exec(m_release, error);
}

bool Savepoint::rollback(QString *error)
{
    // ROLLBACK TO keeps the savepoint open; the release that follows ends it empty.
    return Sql::prepareOnce(m_rollback, QStringLiteral("ROLLBACK TO step"), error)
        && Sql::exec(m_rollback, error) && release(error);
}

} // namespace lapor
