#include "attachmentrepository.h"

#include "database.h"
#include "sqlutil.h"

namespace lapor {

AttachmentRepository::AttachmentRepository(Database &db)
    : m_db(db)
{ }

std::optional<AttachmentRepository::Download>
AttachmentRepository::download(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT file_name, size, sha256, downloaded_bytes, local_path "
                             "FROM attachments WHERE id = ?"));
    q.addBindValue(Sql::text(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Download d;
    d.id = id;
    d.fileName = q.value(0).toString();
    d.size = q.value(1).toLongLong();
    d.sha256 = q.value(2).toString();
    d.downloadedBytes = q.value(3).toLongLong();
    d.localPath = q.value(4).toString();
    return d;
}

QList<AttachmentRepository::Missing> AttachmentRepository::missing() const
{
    QList<Missing> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.size - a.downloaded_bytes FROM attachments a "
        "JOIN cases c ON c.tracking_id = a.case_id "
        "WHERE c.in_scope = 1 AND (a.local_path IS NULL OR a.downloaded_bytes < a.size) "
        "ORDER BY c.received_at DESC, a.size"));
    if (!q.exec())
        return out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toLongLong() });
    return out;
}

qint64 AttachmentRepository::bytesKept() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(downloaded_bytes), 0) FROM attachments"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool AttachmentRepository::setDownloadedBytes(const QString &id, qint64 bytes, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE attachments SET downloaded_bytes = ? WHERE id = ?"));
    q.addBindValue(bytes);
    q.addBindValue(Sql::text(id));
    return Sql::exec(q, error);
}

bool AttachmentRepository::restartAt(const QString &id, qint64 bytes, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE attachments SET downloaded_bytes = ?, local_path = NULL WHERE id = ?"));
    q.addBindValue(bytes);
    q.addBindValue(Sql::text(id));
    return Sql::exec(q, error);
}

bool AttachmentRepository::markFinished(const QString &id, const QString &localPath, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE attachments SET local_path = ?, downloaded_bytes = size WHERE id = ?"));
    q.addBindValue(Sql::text(localPath));
    q.addBindValue(Sql::text(id));
    return Sql::exec(q, error);
}

} // namespace lapor
