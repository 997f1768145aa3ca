#include "quarantinerepository.h"

#include "database.h"
#include "sqlutil.h"

namespace lapor {

QuarantineRepository::QuarantineRepository(Database &db)
    : m_db(db)
    , m_put(db.connection())
    , m_clear(db.connection())
{ }

QString QuarantineRepository::key(const QString &kind, const QString &entityId)
{
    return kind + QLatin1Char('\n') + entityId;
}

bool QuarantineRepository::put(const QuarantinedRecord &r, QString *error)
{
    // Records without a readable id cannot be told apart: each one is kept.
    if (!Sql::prepareOnce(
            m_put,
            QStringLiteral("INSERT INTO quarantine (kind, entity_id, reason, record, cursor, "
                           "received_at) VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (kind, entity_id) WHERE entity_id <> '' DO UPDATE SET "
                           "reason = excluded.reason, record = excluded.record, "
                           "cursor = excluded.cursor, received_at = excluded.received_at"),
            error))
        return false;
    m_put.addBindValue(Sql::text(r.kind));
    m_put.addBindValue(Sql::text(r.entityId));
    m_put.addBindValue(Sql::text(r.reason));
    m_put.addBindValue(Sql::text(r.record));
    m_put.addBindValue(Sql::text(r.cursor));
    m_put.addBindValue(
        Sql::fromTime(r.receivedAt.isValid() ? r.receivedAt : QDateTime::currentDateTimeUtc()));
    return Sql::exec(m_put, error);
}

bool QuarantineRepository::clear(const QString &kind, const QString &entityId, QString *error)
{
    if (entityId.isEmpty())
        return true;
    if (!Sql::prepareOnce(m_clear,
                          QStringLiteral("DELETE FROM quarantine WHERE kind = ? AND entity_id = ?"),
                          error))
        return false;
    m_clear.addBindValue(Sql::text(kind));
    m_clear.addBindValue(entityId);
    return Sql::exec(m_clear, error);
}

int QuarantineRepository::count() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM quarantine"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<QuarantinedRecord> QuarantineRepository::all() const
{
    QList<QuarantinedRecord> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, kind, entity_id, reason, record, cursor, received_at "
                             "FROM quarantine ORDER BY received_at DESC, id DESC"));
    if (!q.exec())
        return out;
    while (q.next()) {
        QuarantinedRecord r;
        r.id = q.value(0).toLongLong();
        r.kind = q.value(1).toString();
        r.entityId = q.value(2).toString();
        r.reason = q.value(3).toString();
        r.record = q.value(4).toString();
        r.cursor = q.value(5).toString();
        r.receivedAt = Sql::toTime(q.value(6));
        out.append(r);
    }
    return out;
}

QSet<QString> QuarantineRepository::keys() const
{
    QSet<QString> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, entity_id FROM quarantine WHERE entity_id <> ''"));
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(key(q.value(0).toString(), q.value(1).toString()));
    return out;
}

} // namespace lapor
