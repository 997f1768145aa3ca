#pragma once

#include "core/workingcalendar.h"
#include "supervisionstats.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace lapor {

class Database;

// Computes the supervision figures (docs/reports.md) over the local store. Counting and
// averaging happen in SQLite; working days come from a small per-query table of day
// numbers built from the agency's WorkingCalendar, so holidays count exactly as they do
// for deadlines. Reporter names and rahasia content are blanked in the SQL itself.
class DashboardQuery
{
public:
    DashboardQuery(Database &db, const WorkingCalendar &calendar);

    // Fixed "now" for deadlines (tests, reports of the past); invalid = the real clock.
    void setNow(const QDateTime &now) { m_fixedNow = now; }
    QDateTime now() const;
    // How many overdue cases the dashboard figure lists (the report lists them all).
    void setOverdueLimit(int limit) { m_overdueLimit = limit; }

    std::optional<SupervisionStats> compute(const SupervisionScope &scope,
                                            const ReportPeriod &period, QString *error);
    // Every overdue case of the scope received up to the period's end, longest overdue
    // first; limit < 0 = all.
    std::optional<QList<OverdueCase>> overdueCases(const SupervisionScope &scope,
                                                   const ReportPeriod &period, int limit,
                                                   QString *error);

    // The tracking ids behind a figure of the last compute, ascending.
    QList<qint64> trackingIds(const CasesBehind &behind, QString *error = nullptr);
    // A filter for CaseListModel that shows exactly those cases.
    CaseFilter filterFor(const CasesBehind &behind, QString *error = nullptr);

private:
    bool buildDays(const QDateTime &now, QString *error);
    QString fromClause() const;
    FilterContext context(const QDateTime &now) const;
    bool run(const QString &sql, const QVariantList &values, QSqlQuery &query,
             QString *error) const;
    QString dayOf(const char *column) const;
    std::optional<QList<OverdueCase>> overdueCasesAt(const SupervisionScope &scope,
                                                     const ReportPeriod &period,
                                                     const QDateTime &now, int limit,
                                                     QString *error);

    Database &m_db;
    WorkingCalendar m_calendar;
    QDateTime m_fixedNow;
    QDateTime m_lastNow; // of the last compute: the figures' CasesBehind refer to it
    int m_overdueLimit = 100;
    qint64 m_offsetSecs = 0;
    qint64 m_todayKey = 0; // 2 * n(today) - w(today), see dashboardquery.cpp
    qint64 m_todayN = 0;
};

} // namespace lapor
