#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace lapor {

class Statement;

// The local SQLite store of one profile. Opening checks the file before anything is
// written: a database from a newer LAPOR Desk or a damaged file is refused and left
// exactly as it was.
class Database
{
public:
    enum class Error {
        None,
        CannotOpen, // missing folder, permissions, not a database file
        NewerSchema, // written by a newer version of the application
        Corrupt, // quick_check failed
        MigrationFailed,
    };

    struct Options
    {
        int targetVersion = -1; // -1: the newest schema; tests migrate step by step
        // Called between the chunks of a search re-index at open (schema 13 rebuilds the
        // index of an existing store): cases indexed so far, and in all.
        std::function<void(qint64 done, qint64 total)> reindexProgress;
    };

    struct OpenResult
    {
        std::unique_ptr<Database> database;
        Error error = Error::None;
        QString message; // translated, for the user
    };

    static OpenResult open(const QString &path, const Options &options);
    static OpenResult open(const QString &path) { return open(path, Options()); }
    // Another connection to an open store, for work on another thread: the same settings
    // and tokenizer, and the limits `limits()` read off the first connection, without the
    // checks and upgrades of open(). Like every connection, it is used and destroyed only
    // on the thread that opened it; limits() is read on the first one's thread.
    static OpenResult openSibling(const QString &path, const QStringList &limits);
    // What a caller limited on this connection (max_page_count, query_only: the tests'
    // stand-ins for a full disk and a read-only store), as statements for openSibling().
    QStringList limits() const;
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // The inbox snapshot kept beside the store (InboxSnapshot); a cache, safe to delete.
    QString inboxCachePath() const { return m_path + QStringLiteral("-inbox"); }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // BEGIN IMMEDIATE: take the write lock up front so that two processes on one
    // profile wait for each other (busy timeout) instead of failing mid-transaction.
    bool begin();
    bool commit();
    void rollback();

    // A write batch: one transaction kept open across several steps of a long write (the
    // pages of a sync), so that the store's indexes go to disk once per batch instead of
    // once per step. A step joins it as a savepoint (Transaction::Batch::Join). Any other
    // Transaction on this store first commits the batch, so that a user's action neither
    // waits for the batch nor shares its fate. Steps in a batch are lost together if the
    // process dies before it commits, so each step must keep its own resume point (the
    // sync's cursor) inside it.
    bool beginBatch();
    // Commits the batch if one is open; on failure it is rolled back. True when nothing
    // is left open.
    bool commitBatch();
    bool inBatch() const { return m_batch; }
    // True while a connection of this process waits in begin() for the write lock. A
    // long write on another thread (the sync's PageWriter) commits early for it.
    static bool writerWaiting();

private:
    friend class Statement;

    Database(const QString &path, const QString &connectionName);
    static std::unique_ptr<Database> connectTo(const QString &path, OpenResult *result);

    QString m_path;
    QString m_connectionName;
    bool m_batch = false;
    // Prepared on this connection through SQLite itself: finalized before it closes,
    // which Qt does only for the statements of its own QSqlQuery objects.
    std::vector<Statement *> m_statements;
};

// Rolls back unless committed; keeps early returns from leaving a transaction open.
class Transaction
{
public:
    enum class Batch {
        Flush, // an open write batch is committed first; then a transaction of its own
        Join, // inside an open write batch, a savepoint of it; else a transaction
    };
    explicit Transaction(Database &db, Batch batch = Batch::Flush);
    ~Transaction();
    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
    bool m_savepoint = false;
};

} // namespace lapor
