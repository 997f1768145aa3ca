#pragma once

#include <QString>

namespace lapor {

class Database;

// Batches updates of the full-text index (schema 4, resources/sql/004_deferred_search.sql).
// Inside one write transaction:
//
//   SearchIndex index(db);
//   index.defer(&error);          // triggers now only note the changed cases
//   ... many inserts and updates of cases and follow-ups ...
//   index.catchUp(&error);        // those cases' index rows rebuilt with one statement
//   transaction.commit();
//
// A rollback undoes the mode with everything else, so the index can never be left behind.
// In a write batch (Database::beginBatch) the sync's pages only defer: the batch's commit
// catches up once for all of them, so a case whose follow-ups arrive over many pages has its
// row built once per batch.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db);

    bool defer(QString *error);
    // Rebuilds the index rows of the noted cases and ends the deferred mode.
    bool catchUp(QString *error);
    // At open: a store whose committed state still has noted cases or the deferred mode
    // (written by a build that committed before catching up) is brought up to date in a
    // transaction of its own. True when nothing was left behind or it caught up.
    bool catchUpLeftovers(QString *error);

private:
    Database &m_db;
};

} // namespace lapor
