#include "savedviewrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace lapor {

namespace {

constexpr qsizetype kMaxNameLength = 80;

QString tr(const char *text)
{
    return QCoreApplication::translate("lapor::SavedViewRepository", text);
}

} // namespace

SavedViewRepository::SavedViewRepository(Database &db)
    : m_db(db)
{ }

QList<SavedViewRepository::SavedView> SavedViewRepository::list() const
{
    QList<SavedView> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, filter, created_at FROM saved_views "
                             "ORDER BY name COLLATE NOCASE, id"));
    if (!q.exec())
        return out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     Sql::toTime(q.value(3)) });
    return out;
}

std::optional<SavedViewRepository::SavedView> SavedViewRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, filter, created_at FROM saved_views WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SavedView { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       Sql::toTime(q.value(3)) };
}

bool SavedViewRepository::checkName(const QString &name, qint64 exceptId, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (name.isEmpty())
        return fail(tr("Nama tampilan tidak boleh kosong."));
    if (name.size() > kMaxNameLength)
        return fail(tr("Nama tampilan paling panjang %1 karakter.").arg(kMaxNameLength));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM saved_views WHERE name = ? AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(exceptId);
    if (q.exec() && q.next())
        return fail(tr("Sudah ada tampilan bernama \"%1\".").arg(name));
    return true;
}

std::optional<qint64> SavedViewRepository::create(const QString &name, const QString &filterJson,
                                                  QString *error)
{
    const QString trimmed = name.trimmed();
    if (!checkName(trimmed, 0, error))
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO saved_views (name, filter, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(trimmed);
    q.addBindValue(Sql::text(filterJson));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!Sql::exec(q, error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

bool SavedViewRepository::rename(qint64 id, const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (!checkName(trimmed, id, error))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE saved_views SET name = ? WHERE id = ?"));
    q.addBindValue(trimmed);
    q.addBindValue(id);
    return Sql::exec(q, error) && q.numRowsAffected() == 1;
}

bool SavedViewRepository::updateFilter(qint64 id, const QString &filterJson, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE saved_views SET filter = ? WHERE id = ?"));
    q.addBindValue(Sql::text(filterJson));
    q.addBindValue(id);
    return Sql::exec(q, error) && q.numRowsAffected() == 1;
}

bool SavedViewRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM saved_views WHERE id = ?"));
    q.addBindValue(id);
    return Sql::exec(q, error);
}

} // namespace lapor
