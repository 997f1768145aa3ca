#include "sqlitedb.h"

#include <sqlite3.h>

namespace lapor::hub {

namespace {

[[noreturn]] void fail(sqlite3 *db, const char *what)
{
    throw SqlError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}

} // namespace

SqlStatement::SqlStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        fail(db, "prepare");
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

SqlStatement &SqlStatement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT)
        != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

SqlStatement &SqlStatement::bindBlob(int index, const QByteArray &value)
{
    // An empty QByteArray may have a null data pointer, which SQLite would store as NULL.
    static const char empty = 0;
    const char *data = value.isEmpty() ? &empty : value.constData();
    if (sqlite3_bind_blob(m_stmt, index, data, int(value.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

SqlStatement &SqlStatement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

bool SqlStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string message = sqlite3_errmsg(m_db);
    sqlite3_reset(m_stmt);
    throw SqlError("step: " + message);
}

void SqlStatement::exec()
{
    while (step()) { }
    reset();
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqlStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqlStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteDb::SqliteDb() = default;

SqliteDb::~SqliteDb()
{
    close();
}

bool SqliteDb::open(const QString &path, QString *error)
{
    close();
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    return true;
}

void SqliteDb::close()
{
    m_statements.clear();
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
}

SqlStatement &SqliteDb::prepare(const char *sql)
{
    const QByteArray key = QByteArray::fromRawData(sql, qstrlen(sql));
    auto it = m_statements.find(key);
    if (it == m_statements.end())
        it = m_statements.insert(QByteArray(sql), std::make_shared<SqlStatement>(m_db, sql));
    else
        it.value()->reset();
    return *it.value();
}

void SqliteDb::execScript(const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        throw SqlError("exec: " + text);
    }
}

qint64 SqliteDb::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDb::changes() const
{
    return sqlite3_changes(m_db);
}

QByteArray SqliteDb::readBlob(const char *table, const char *column, qint64 rowid, qint64 offset,
                              qint64 length)
{
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(m_db, "main", table, column, rowid, 0, &blob) != SQLITE_OK)
        fail(m_db, "blob_open");
    QByteArray out(length, Qt::Uninitialized);
    const int rc = sqlite3_blob_read(blob, out.data(), int(length), int(offset));
    sqlite3_blob_close(blob);
    if (rc != SQLITE_OK)
        fail(m_db, "blob_read");
    return out;
}

Transaction::Transaction(SqliteDb &db)
    : m_db(db)
{
    m_db.execScript("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.execScript("ROLLBACK");
        } catch (const SqlError &) {
            // Nothing more can be done; SQLite already rolled back on a hard failure.
        }
    }
}

void Transaction::commit()
{
    m_db.execScript("COMMIT");
    m_done = true;
}

} // namespace lapor::hub
