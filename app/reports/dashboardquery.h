#pragma once

#include "core/workingcalendar.h"
#include "store/casefigures.h"
#include "store/dashboardrepository.h"
#include "supervisionstats.h"

#include <QDateTime>

#include <optional>

namespace lapor {

class Database;

// Computes the supervision figures (docs/reports.md) over the local store: the counts are
// CaseFigures' sums kept by the store, the cases behind a figure DashboardRepository's;
// this class shapes them into weeks, groups, buckets and the
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
    void countWeeks(SupervisionStats &s, const FigureTotals &totals, const CaseFilter &base,
                    const CaseFilter &scopeOnly) const;
    void countGroups(SupervisionStats &s, const FigureTotals &totals, const CaseFilter &base) const;
    void countRatings(SupervisionStats &s, const FigureTotals &totals,
                      const CaseFilter &base) const;
    bool countOverdue(SupervisionStats &s, const FigureTotals &totals, QString *error);

    WorkingCalendar m_calendar;
    DashboardRepository m_repository; // the cases behind a figure, the full overdue list
    CaseFigures m_figures; // every count of compute()
    QDateTime m_fixedNow;
    QDateTime m_lastNow; // of the last compute: the figures' CasesBehind refer to it
    int m_overdueLimit = 100;
};

} // namespace lapor
