#include "statement.h"

#include "database.h"
#include "sqlutil.h"

#include <sqlite3.h>
#include <vector>

namespace lapor {

Statement::~Statement()
{
    detach();
}

void Statement::detach()
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = nullptr;
    if (m_owner)
        std::erase(m_owner->m_statements, this);
    m_owner = nullptr;
}

bool Statement::prepareOnce(Database &db, const char *sql, QString *error)
{
    // A statement stays with the connection it was first prepared on.
    if (m_stmt && (sql == m_sqlSource || m_sql == sql))
        return true;
    detach();
    m_db = Sql::handleOf(db.connection());
    m_sql = sql;
    m_sqlSource = sql;
    if (!m_db) {
        Sql::noteFailure(SQLITE_MISUSE);
        if (error)
            *error = QStringLiteral("the store is not open, in: %1").arg(QString::fromUtf8(sql));
        return false;
    }
    const int rc
        = sqlite3_prepare_v3(m_db, m_sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return fail(rc, error);
    }
    m_texts.assign(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1, std::string());
    m_next = 1;
    m_owner = &db;
    db.m_statements.push_back(this);
    return true;
}

Statement &Statement::bind(qint64 value)
{
    if (m_stmt && sqlite3_bind_int64(m_stmt, m_next, value) != SQLITE_OK)
        m_bindFailed = true;
    ++m_next;
    return *this;
}

Statement &Statement::bind(const QString &value)
{
    return value.isNull() ? bindNull() : bindText(value);
}

Statement &Statement::bindText(const QString &value)
{
    if (!m_stmt || m_next >= int(m_texts.size())) {
        m_bindFailed = true;
        ++m_next;
        return *this;
    }
    // Kept until the next run: SQLite reads it where it is.
    std::string &buffer = m_texts[size_t(m_next)];
    buffer.resize(size_t(m_utf8.requiredSpace(value.size())));
    m_utf8.resetState();
    char *end = m_utf8.appendToBuffer(buffer.data(), value);
    buffer.resize(size_t(end - buffer.data()));
    if (sqlite3_bind_text(m_stmt, m_next, buffer.data(), int(buffer.size()), SQLITE_STATIC)
        != SQLITE_OK)
        m_bindFailed = true;
    ++m_next;
    return *this;
}

Statement &Statement::bindTime(const QDateTime &value)
{
    return value.isValid() ? bind(value.toSecsSinceEpoch()) : bindNull();
}

Statement &Statement::bindNull()
{
    if (m_stmt && sqlite3_bind_null(m_stmt, m_next) != SQLITE_OK)
        m_bindFailed = true;
    ++m_next;
    return *this;
}

bool Statement::exec(QString *error)
{
    m_changes = 0;
    if (!m_stmt) {
        Sql::noteFailure(SQLITE_MISUSE);
        if (error)
            *error = QStringLiteral("statement not prepared");
        return false;
    }
    const int bound = m_next - 1;
    m_next = 1;
    if (m_bindFailed || bound != sqlite3_bind_parameter_count(m_stmt)) {
        m_bindFailed = false;
        sqlite3_clear_bindings(m_stmt);
        Sql::noteFailure(SQLITE_RANGE);
        if (error)
            *error = QStringLiteral("%1 values bound for %2 parameters, in: %3")
                         .arg(bound)
                         .arg(sqlite3_bind_parameter_count(m_stmt))
                         .arg(QString::fromStdString(m_sql));
        return false;
    }
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    const bool ok = rc == SQLITE_DONE || fail(rc, error);
    if (ok)
        m_changes = sqlite3_changes(m_db);
    // The values go with the run: a later run binds all of its own.
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return ok;
}

int Statement::changes() const
{
    return m_changes;
}

bool Statement::fail(int rc, QString *error)
{
    Sql::noteFailure(rc);
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db)) + QLatin1String(" in: ")
            + QString::fromStdString(m_sql).simplified();
    return false;
}

} // namespace lapor
