#include "sqlutil.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace lapor::Sql {

namespace {

thread_local int t_lastFailure = 0;

void noteFailure(const QSqlQuery &query)
{
    bool ok = false;
    const int code = query.lastError().nativeErrorCode().toInt(&ok);
    // Extended result codes keep the primary code in the low byte; a failure without a
    // code still counts as one of the store.
    t_lastFailure = ok && code > 0 ? code & 0xff : 1;
}

} // namespace

sqlite3 *handleOf(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

bool prepareOnce(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.lastQuery() == sql)
        return true;
    if (query.prepare(sql))
        return true;
    noteFailure(query);
    if (error)
        *error = query.lastError().text() + QLatin1String(" in: ") + sql.simplified();
    return false;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    noteFailure(query);
    if (error)
        *error = query.lastError().text() + QLatin1String(" in: ") + query.lastQuery().simplified();
    return false;
}

int lastFailure()
{
    return t_lastFailure;
}

void clearLastFailure()
{
    t_lastFailure = 0;
}

void noteFailure(int sqliteCode)
{
    t_lastFailure = sqliteCode > 0 ? sqliteCode & 0xff : 1;
}

bool isStoreFailure(int sqliteCode)
{
    // What a record itself can cause: a constraint it violates (19), a value too big for
    // SQLite (18) or of the wrong type (20, 25). Anything else is the store's trouble, or
    // a fault of this program, and must not be blamed on the record.
    constexpr int kTooBig = 18;
    constexpr int kConstraint = 19;
    constexpr int kMismatch = 20;
    constexpr int kRange = 25;
    return sqliteCode != 0 && sqliteCode != kTooBig && sqliteCode != kConstraint
        && sqliteCode != kMismatch && sqliteCode != kRange;
}

bool exec(Database &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    return exec(q, error);
}

} // namespace lapor::Sql
