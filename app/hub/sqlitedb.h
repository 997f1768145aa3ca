#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace lapor::hub {

// Thrown on any SQLite failure. The request dispatcher turns it into a 500 after the
// surrounding transaction rolled back, so handlers need no error plumbing of their own.
class SqlError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One prepared statement. The hub talks to SQLite directly rather than through QtSql:
// bulk generation and feed paging are its hot paths, and attachment Range reads need
// incremental BLOB I/O, which QtSql does not expose.
class SqlStatement
{
public:
    SqlStatement(sqlite3 *db, const char *sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Binding is 1-based like SQLite; each bind returns *this for chaining.
    SqlStatement &bind(int index, qint64 value);
    SqlStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqlStatement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    SqlStatement &bind(int index, const QString &value);
    SqlStatement &bindBlob(int index, const QByteArray &value);
    SqlStatement &bindNull(int index);

    // True while a row is available.
    bool step();
    // Runs to completion and resets; for writes.
    void exec();
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

class SqliteDb
{
public:
    SqliteDb();
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    // Statements are prepared once and kept for the life of the connection; the
    // returned statement is reset and ready to bind.
    SqlStatement &prepare(const char *sql);
    void execScript(const QByteArray &sql);
    qint64 lastInsertId() const;
    int changes() const;

    // Reads [offset, offset + length) of a BLOB cell without loading the whole value.
    QByteArray readBlob(const char *table, const char *column, qint64 rowid, qint64 offset,
                        qint64 length);

private:
    sqlite3 *m_db = nullptr;
    QHash<QByteArray, std::shared_ptr<SqlStatement>> m_statements;
};

// Rolls back unless commit() was called; nested use is not supported.
class Transaction
{
public:
    explicit Transaction(SqliteDb &db);
    ~Transaction();
    void commit();

private:
    SqliteDb &m_db;
    bool m_done = false;
};

} // namespace lapor::hub
