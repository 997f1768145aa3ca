#include "sqlutil.h"

#include <QSqlError>

namespace lapor::Sql {

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
    if (error)
        *error = query.lastError().text() + QLatin1String(" in: ") + sql.simplified();
    return false;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text() + QLatin1String(" in: ") + query.lastQuery().simplified();
    return false;
}

} // namespace lapor::Sql
