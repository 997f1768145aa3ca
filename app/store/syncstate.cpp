#include "syncstate.h"

#include "database.h"
#include "sqlutil.h"

namespace lapor {

namespace {
const QString kCursor = QStringLiteral("cursor");
const QString kLastSync = QStringLiteral("last_sync_at");
const QString kAccountDisabled = QStringLiteral("account_disabled_at");
} // namespace

SyncState::SyncState(Database &db)
    : m_db(db)
{ }

QString SyncState::value(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(Sql::text(key));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool SyncState::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(Sql::text(key));
    q.addBindValue(Sql::text(value));
    return Sql::exec(q, error);
}

QString SyncState::cursor() const
{
    return value(kCursor);
}

bool SyncState::setCursor(const QString &cursor, QString *error)
{
    return setValue(kCursor, cursor, error);
}

QDateTime SyncState::lastSyncAt() const
{
    return QDateTime::fromString(value(kLastSync), Qt::ISODate);
}

bool SyncState::setLastSyncAt(const QDateTime &at, QString *error)
{
    return setValue(kLastSync, at.toUTC().toString(Qt::ISODate), error);
}

QDateTime SyncState::accountDisabledAt() const
{
    return QDateTime::fromString(value(kAccountDisabled), Qt::ISODate);
}

bool SyncState::setAccountDisabledAt(const QDateTime &at, QString *error)
{
    if (!at.isValid()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
        q.addBindValue(kAccountDisabled);
        return Sql::exec(q, error);
    }
    return setValue(kAccountDisabled, at.toUTC().toString(Qt::ISODate), error);
}

} // namespace lapor
