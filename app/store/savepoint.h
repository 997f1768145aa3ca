#pragma once

#include <QSqlQuery>
#include <QString>

namespace lapor {

class Database;

// A savepoint inside the caller's transaction, reused for each step of a batch, so that
// one step can be undone alone while the others stay:
//
//   Savepoint step(db);
//   for (...) {
//       step.begin(&error);
//       if (work()) step.release(&error); else step.rollback(&error);
//   }
class Savepoint
{
public:
    explicit Savepoint(Database &db);

    bool begin(QString *error);
    // Keeps the step's changes in the enclosing transaction.
    bool release(QString *error);
    // Undoes the step's changes and ends the savepoint.
    bool rollback(QString *error);

private:
    QSqlQuery m_begin;
    QSqlQuery m_release;
    QSqlQuery m_rollback;
};

} // namespace lapor
