#include "auditlog.h"

#include "database.h"
#include "sqlutil.h"

namespace lapor {

AuditLog::AuditLog(Database &db)
    : m_db(db)
{ }

bool AuditLog::record(const QString &userId, const QString &action, const QString &entity,
                      const QString &entityId, const QString &detail)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_id, action, entity, entity_id, "
                             "detail) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(Sql::text(userId));
    q.addBindValue(Sql::text(action));
    q.addBindValue(Sql::text(entity));
    q.addBindValue(Sql::text(entityId));
    q.addBindValue(Sql::text(detail));
    return q.exec();
}

QList<AuditLog::Entry> AuditLog::latest(int limit) const
{
    QList<Entry> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT at, user_id, action, entity, entity_id, detail "
                             "FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            out.append({ Sql::toTime(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
        }
    }
    return out;
}

} // namespace lapor
