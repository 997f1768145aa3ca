#include "syncrunlog.h"

#include "database.h"
#include "sqlutil.h"

namespace lapor {

SyncRunLog::SyncRunLog(Database &db)
    : m_db(db)
{ }

bool SyncRunLog::record(const Run &run, QString *error)
{
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO sync_runs (started_at, finished_at, bytes_up, "
                                  "bytes_down, ok) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(Sql::fromTime(run.startedAt));
    insert.addBindValue(Sql::fromTime(run.finishedAt));
    insert.addBindValue(qMax<qint64>(0, run.bytesUp));
    insert.addBindValue(qMax<qint64>(0, run.bytesDown));
    insert.addBindValue(run.ok ? 1 : 0);
    if (!Sql::exec(insert, error))
        return false;
    QSqlQuery prune(m_db.connection());
    prune.prepare(QStringLiteral("DELETE FROM sync_runs WHERE started_at < ?"));
    prune.addBindValue(Sql::fromTime(run.startedAt.addDays(-kKeepDays)));
    return Sql::exec(prune, error);
}

QList<SyncRunLog::Run> SyncRunLog::latest(int limit) const
{
    QList<Run> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT started_at, finished_at, bytes_up, bytes_down, ok "
                             "FROM sync_runs ORDER BY started_at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({ Sql::toTime(q.value(0)), Sql::toTime(q.value(1)), q.value(2).toLongLong(),
                     q.value(3).toLongLong(), q.value(4).toInt() != 0 });
    }
    return out;
}

QList<SyncRunLog::Day> SyncRunLog::dailyTotals(const QTimeZone &zone, int days) const
{
    QList<Day> out;
    QSqlQuery q(m_db.connection());
    // Grouped here rather than in SQL: a day of the user's zone, with its daylight saving
    // rules, is not a fixed offset SQLite could add.
    q.prepare(QStringLiteral("SELECT started_at, bytes_up, bytes_down FROM sync_runs "
                             "WHERE started_at >= ? ORDER BY started_at DESC, id DESC"));
    q.addBindValue(Sql::fromTime(QDateTime::currentDateTimeUtc().addDays(-qMax(0, days))));
    if (!q.exec())
        return out;
    while (q.next()) {
        const QDate date = Sql::toTime(q.value(0)).toTimeZone(zone).date();
        if (out.isEmpty() || out.constLast().date != date)
            out.append({ date, 0, 0, 0 });
        Day &day = out.last();
        day.bytesUp += q.value(1).toLongLong();
        day.bytesDown += q.value(2).toLongLong();
        ++day.runs;
    }
    return out;
}

} // namespace lapor
