#pragma once

#include "core/workingcalendar.h"
#include "dashboardrepository.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace lapor {

class Database;

// Which cases the dashboard counts: those in scope, of one unit or of every unit (empty),
// received on the agency-local days from..to (both included).
struct FigureScope
{
    QString unitId;
    QDate from;
    QDate to;
};

// Every count behind the supervision figures of one scope and period, at one moment
// (docs/reports.md has the definitions; DashboardRepository counts the same from the cases).
struct FigureTotals
{
    QHash<QString, int> byStatus; // status key -> cases received in the period
    QHash<QDate, int> receivedPerDay;
    QHash<QDate, int> followedUpPerDay; // first follow-ups on the period's days, any case
    DeadlineCounts deadlines;
    QList<GroupCounts> units; // among the owed cases, in no particular order
    QList<GroupCounts> officers;
    QMap<int, int> ratings; // stars -> cases, rated cases only
    DashboardRepository::Lateness lateness; // overdue now, received up to the period's end
};

// The dashboard's counts kept in the store (resources/sql/007_case_figures.sql): sums per
// day received, per day of first follow-up and per deadline day, which the triggers on
// `cases` keep right on every write. Counting a month reads a few thousand of those rows
// instead of every case of the month with three day-table look-ups each.
//
// The sums hold working days, so they belong to one calendar. ensureCurrent() builds them
// when the store has none yet (a store upgraded to schema 7, or wiped) or when they were
// counted with another calendar (a holiday arrived, the zone changed).
class CaseFigures
{
public:
    CaseFigures(Database &db, const WorkingCalendar &calendar);

    // True when the stored sums were counted with this calendar and the day table
    // reaches far enough past `now`.
    std::optional<bool> isCurrent(const QDateTime &now, QString *error) const;
    // Rebuilds the sums unless isCurrent(); `rebuilt` says whether it had to.
    bool ensureCurrent(const QDateTime &now, QString *error, bool *rebuilt = nullptr);
    // Counts every sum again from the cases, in one savepoint.
    bool rebuild(const QDateTime &now, QString *error);
    // Drops the sums and their calendar, so that the triggers add nothing until the next
    // ensureCurrent(): for deleting most of the store at once, which is cheaper to count
    // again afterwards than to take off case by case.
    static bool forget(Database &db, QString *error);

    // Call ensureCurrent() first.
    std::optional<FigureTotals> totals(const FigureScope &scope, const QDateTime &now,
                                       QString *error) const;
    // The selected cases, longest overdue first, as DashboardRepository::overdueCases()
    // lists them; limit < 0 = all. Call ensureCurrent() first.
    std::optional<QList<OverdueCase>> overdueCases(const CaseSelection &cases, int limit,
                                                   const QDateTime &now, QString *error) const;

    // What the sums depend on: the zone, the deadline and the holidays.
    QString fingerprint() const;

private:
    struct Today
    {
        qint64 day = 0;
        qint64 n = 0; // working days since 1970 up to today
        qint64 key = 0; // 2 n - w
    };
    std::optional<Today> today(const QDateTime &now, QString *error) const;
    qint64 dayNumber(QDate date) const;
    qint64 offsetSecs(const QDateTime &now) const;
    bool countGroups(const QString &column, const QString &names, const FigureScope &scope,
                     const Today &today, QList<GroupCounts> &out, QString *error) const;

    Database &m_db;
    WorkingCalendar m_calendar;
};

} // namespace lapor
