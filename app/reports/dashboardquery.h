#pragma once

#include "core/workingcalendar.h"
#include "store/dashboardrepository.h"
#include "supervisionstats.h"

#include <QDateTime>

#include <optional>

namespace lapor {

class Database;

// Computes the supervision figures (docs/reports.md) over the local store: the counting
// is DashboardRepository's, this class shapes it into weeks, groups, buckets and the
// cases behind every figure. Reporter names and rahasia content never leave the store.
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
    FilterContext context(const QDateTime &now) const;
    CaseSelection select(const CaseFilter &filter, const QDateTime &now) const;
    bool countWeeks(SupervisionStats &s, const CaseFilter &base, const CaseFilter &scopeOnly,
                    QString *error);
    bool countGroups(SupervisionStats &s, const CaseFilter &base, QString *error);
    bool countRatings(SupervisionStats &s, const CaseFilter &base, QString *error);
    bool countOverdue(SupervisionStats &s, QString *error);

    WorkingCalendar m_calendar;
    DashboardRepository m_repository;
    QDateTime m_fixedNow;
    QDateTime m_lastNow; // of the last compute: the figures' CasesBehind refer to it
    int m_overdueLimit = 100;
};

} // namespace lapor
