#pragma once

#include <QDateTime>
#include <QString>
#include <QStringEncoder>

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace lapor {

class Database;

// A write prepared once on a store's connection and run through SQLite itself, for the
// statements a sync runs for every record it stores (docs/store.md, "Statements").
// QSqlQuery formats a placeholder's name and looks it up in a hash for every value bound,
// wraps each in a QVariant, and hands text over as UTF-16 for SQLite to convert back: on
// the sync's store thread that was more than half of storing a record. Here values are
// bound in order, text as UTF-8 into buffers the statement keeps from one run to the next.
//
//   Statement m_insert;  // a member, prepared at its first use
//   if (!m_insert.prepareOnce(db, "INSERT INTO t (id, name) VALUES (?, ?)", error))
//       return false;
//   m_insert.bind(id).bindText(name);
//   return m_insert.exec(error);
//
// A failure is reported as Sql::exec() reports one: SQLite's message and the statement in
// `error`, its code in Sql::lastFailure(). Like a QSqlQuery it belongs to the thread of
// its connection; a Database finalizes the statements still prepared on it when it goes,
// and they fail from then on.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Prepares `sql` on the first call; later calls with the same text keep the prepared
    // statement (on the connection of the first call). `sql` is meant to be a literal:
    // the same address is taken for the same text without comparing it.
    bool prepareOnce(Database &db, const char *sql, QString *error);

    Statement &bind(qint64 value);
    Statement &bind(int value) { return bind(qint64(value)); }
    Statement &bind(bool value) { return bind(qint64(value ? 1 : 0)); }
    // NULL for a null string, as QSqlQuery binds one.
    Statement &bind(const QString &value);
    Statement &bind(const char *) = delete; // would be taken for a bool
    // Never NULL: '' for a null string, as Sql::text() gives it.
    Statement &bindText(const QString &value);
    // Seconds since the epoch, NULL for an invalid time, as Sql::fromTime() gives it.
    Statement &bindTime(const QDateTime &value);
    Statement &bindNull();

    // Runs the statement with the values bound since the last run, to its end.
    bool exec(QString *error);
    // Rows the last exec() inserted, changed or deleted.
    int changes() const;

private:
    friend class Database;
    // The connection goes: finalized, and no longer the Database's.
    void detach();
    bool fail(int rc, QString *error);

    Database *m_owner = nullptr;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::string m_sql;
    const char *m_sqlSource = nullptr; // where m_sql came from: the same text, at a glance
    int m_next = 1; // the next parameter to bind
    int m_changes = 0;
    bool m_bindFailed = false;
    std::vector<std::string> m_texts; // one per parameter, reused
    QStringEncoder m_utf8 { QStringEncoder::Utf8 };
};

} // namespace lapor
