#include "notificationrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace lapor {

namespace {

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const auto &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<QList<qint64>> ids(QSqlQuery &q, const QString &sql, const QVariantList &values,
                                 QString *error)
{
    if (!run(q, sql, values, error))
        return std::nullopt;
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

std::optional<QList<NotificationRepository::DraftRevisionRef>>
drafts(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (!run(q, sql, values, error))
        return std::nullopt;
    QList<NotificationRepository::DraftRevisionRef> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt() });
    return out;
}

} // namespace

NotificationRepository::NotificationRepository(Database &db)
    : m_db(db)
{ }

std::optional<QList<qint64>> NotificationRepository::assignedOpen(const QString &userId,
                                                                  QString *error) const
{
    QSqlQuery q(m_db.connection());
    return ids(q,
               QStringLiteral("SELECT tracking_id FROM cases WHERE in_scope = 1 "
                              "AND assignee_id = ? AND status IN ('disposed', 'in_progress', "
                              "'postponed') ORDER BY tracking_id"),
               { userId }, error);
}

std::optional<QList<NotificationRepository::DraftRevisionRef>>
NotificationRepository::awaitingApproval(const QString &approverId, const QString &unitId,
                                         QString *error) const
{
    // Four-eyes: never one's own draft. A null unit id is no unit too (bound as '').
    QSqlQuery q(m_db.connection());
    return drafts(q,
                  QStringLiteral("SELECT d.id, d.case_id, d.revision FROM drafts d "
                                 "JOIN cases c ON c.tracking_id = d.case_id "
                                 "WHERE d.state = 'submitted' AND d.author_id <> ? "
                                 "AND (? = '' OR c.unit_id = ?) ORDER BY d.case_id, d.id"),
                  { approverId, Sql::text(unitId), Sql::text(unitId) }, error);
}

std::optional<QList<NotificationRepository::DraftRevisionRef>>
NotificationRepository::returnedDrafts(const QString &authorId, QString *error) const
{
    QSqlQuery q(m_db.connection());
    return drafts(q,
                  QStringLiteral("SELECT id, case_id, revision FROM drafts "
                                 "WHERE state = 'returned' AND author_id = ? ORDER BY case_id, id"),
                  { authorId }, error);
}

std::optional<QList<NotificationRepository::Due>>
NotificationRepository::dueBetween(qint64 after, qint64 until, const Holder &holder,
                                   QString *error) const
{
    QString scope;
    QVariantList values { after, until };
    switch (holder.kind) {
    case Holder::Kind::Agency:
        scope = QStringLiteral("1");
        break;
    case Holder::Kind::Unit:
        scope = QStringLiteral("unit_id = ?");
        values.append(holder.id);
        break;
    case Holder::Kind::Assignee:
        scope = QStringLiteral("assignee_id = ?");
        values.append(holder.id);
        break;
    }
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT tracking_id, due_at FROM cases WHERE in_scope = 1 "
                            "AND due_at > ? AND due_at <= ? AND %1 ORDER BY tracking_id")
                 .arg(scope),
             values, error))
        return std::nullopt;
    QList<Due> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    return out;
}

std::optional<QList<qint64>> NotificationRepository::conflicts(const QString &authorId,
                                                               QString *error) const
{
    QSqlQuery q(m_db.connection());
    return ids(q,
               QStringLiteral("SELECT tracking_id FROM cases WHERE local_state = 'conflict' "
                              "OR hub_changed = 1 OR tracking_id IN (SELECT case_id FROM drafts "
                              "WHERE state = 'conflict' AND author_id = ?) ORDER BY tracking_id"),
               { authorId }, error);
}

} // namespace lapor
