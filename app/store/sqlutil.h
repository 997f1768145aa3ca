#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;

namespace lapor {
class Database;
} // namespace lapor

namespace lapor::Sql {

// The SQLite connection under a Qt one, for what QSqlQuery cannot do; null when the
// connection is not SQLite's or not open.
sqlite3 *handleOf(const QSqlDatabase &connection);

// Timestamps are stored as seconds since the epoch (UTC); invalid times are NULL.
QVariant fromTime(const QDateTime &time);
QDateTime toTime(const QVariant &value);

// A QString for binding: SQLite receives '' for a null string, never NULL, so NOT NULL
// text columns accept records whose optional fields are empty.
QVariant text(const QString &value);

// Prepares `sql` on `query` once; later calls reuse the prepared statement.
bool prepareOnce(QSqlQuery &query, const QString &sql, QString *error);
// Executes and, on failure, writes the driver's message and the statement to `error`.
bool exec(QSqlQuery &query, QString *error);
// Prepares, binds `binds` in order and executes a statement that returns no rows.
bool exec(Database &db, const QString &sql, const QVariantList &binds, QString *error);

// Why the last statement that failed in prepareOnce() or exec() on this thread failed:
// SQLite's primary result code, 0 when none failed since clearLastFailure().
int lastFailure();
void clearLastFailure();
// Records a failure of a statement run without QSqlQuery (Statement).
void noteFailure(int sqliteCode);
// True for a failure of the store itself (disk full, I/O error, locked, out of memory,
// read-only, damaged file, ...) rather than of the row being written: retrying later can
// succeed, and nothing may be given up because of it.
bool isStoreFailure(int sqliteCode);

} // namespace lapor::Sql
