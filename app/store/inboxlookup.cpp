#include "inboxlookup.h"

#include "database.h"

#include <QSqlQuery>

namespace lapor {

namespace {

QList<InboxLookup::Entry> entries(QSqlQuery &q)
{
    QList<InboxLookup::Entry> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString() });
    return out;
}

QString nameOf(const Database &db, const QString &sql, const QString &id)
{
    if (id.isEmpty())
        return {};
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(id);
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    return id;
}

} // namespace

InboxLookup::InboxLookup(Database &db)
    : m_db(db)
{ }

QList<InboxLookup::Entry> InboxLookup::units() const
{
    // A handful of units among a million cases: each next unit is one seek in the index on
    // (unit_id, status), where a DISTINCT read the whole index (0.3 s at 1,000,000 cases,
    // every time the dashboard opened).
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "WITH RECURSIVE k(unit_id) AS (SELECT min(unit_id) FROM cases WHERE unit_id > '' "
        "UNION ALL SELECT (SELECT min(unit_id) FROM cases WHERE unit_id > k.unit_id) FROM k "
        "WHERE k.unit_id IS NOT NULL) "
        "SELECT k.unit_id, coalesce(nullif(u.name, ''), k.unit_id) AS name FROM k "
        "LEFT JOIN units u ON u.id = k.unit_id WHERE k.unit_id IS NOT NULL "
        "ORDER BY name COLLATE NOCASE"));
    return entries(q);
}

QList<InboxLookup::Entry> InboxLookup::assignees() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT k.assignee_id, coalesce(nullif(u.display_name, ''), k.assignee_id) AS name "
        "FROM (SELECT DISTINCT assignee_id FROM cases WHERE assignee_id <> '') k "
        "LEFT JOIN users u ON u.id = k.assignee_id ORDER BY name COLLATE NOCASE"));
    return entries(q);
}

QList<InboxLookup::Entry> InboxLookup::assignees(const QStringList &ids) const
{
    if (ids.isEmpty())
        return {};
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks.append(QStringLiteral("(?)"));
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("WITH k(assignee_id) AS (VALUES %1) "
                       "SELECT k.assignee_id, "
                       "coalesce(nullif(u.display_name, ''), k.assignee_id) AS name FROM k "
                       "LEFT JOIN users u ON u.id = k.assignee_id ORDER BY name COLLATE NOCASE")
            .arg(marks.join(QLatin1Char(','))));
    for (const QString &id : ids)
        q.addBindValue(id);
    return entries(q);
}

QString InboxLookup::unitName(const QString &id) const
{
    return nameOf(m_db, QStringLiteral("SELECT name FROM units WHERE id = ?"), id);
}

QString InboxLookup::userName(const QString &id) const
{
    return nameOf(m_db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"), id);
}

} // namespace lapor
