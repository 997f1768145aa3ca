#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace lapor {

class Database;

// The traffic of each sync run (schema 10, sync_runs): what the sync log shows per run
// and per day. Runs older than kKeepDays are dropped as new ones are recorded.
class SyncRunLog
{
public:
    static constexpr int kKeepDays = 90;

    struct Run
    {
        QDateTime startedAt;
        QDateTime finishedAt;
        qint64 bytesUp = 0;
        qint64 bytesDown = 0;
        bool ok = false;
    };
    struct Day
    {
        QDate date; // in the zone the totals were asked for
        qint64 bytesUp = 0;
        qint64 bytesDown = 0;
        int runs = 0;
    };

    explicit SyncRunLog(Database &db);

    bool record(const Run &run, QString *error = nullptr);
    // Newest first.
    QList<Run> latest(int limit) const;
    // Totals per calendar day in `zone` for the runs started in the last `days` days,
    // newest day first; days without a run are left out.
    QList<Day> dailyTotals(const QTimeZone &zone, int days) const;

private:
    Database &m_db;
};

} // namespace lapor
