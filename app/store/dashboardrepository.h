#pragma once

#include "core/casestatus.h"
#include "core/workingcalendar.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace lapor {

class Database;

// Which cases: a WHERE condition over `cases c` with positional placeholders, and its
// values. The inbox filter writes it (CaseFilter::whereClause in models/).
struct CaseSelection
{
    QString where;
    QVariantList values;
};

// What a supervision figure asks of a case beyond the inbox filter. The deadline kinds
// are judged at the moment DashboardRepository::prepare() was given.
struct FigureCondition
{
    enum class Kind {
        None, // the selection alone
        Answered, // disposed and followed up
        OnTime, // answered within the first-follow-up deadline (5 working days)
        Late, // answered after it
        Missed, // owed, not followed up, the deadline has passed
        Pending, // owed, not followed up, still within the deadline
        AnsweredUnassigned, // answered, and no officer holds the case
        FollowedUpBetween, // first follow-up in [from, to)
        Rating, // rated `rating` stars
        Rated, // rated at all
    };

    Kind kind = Kind::None;
    QDateTime from; // FollowedUpBetween
    QDateTime to;
    int rating = 0; // Rating

    bool isNone() const { return kind == Kind::None; }
    bool operator==(const FigureCondition &) const = default;
};

// The first-follow-up deadline over a selection.
struct DeadlineCounts
{
    int onTime = 0;
    int late = 0;
    int missed = 0;
    int pending = 0;
    int answered = 0;
    double averageDays = 0; // working days to the first follow-up, over the answered
};

// One unit or officer among the owed cases of a selection.
struct GroupCounts
{
    QString id; // unit id or assignee id ('' = not assigned)
    QString name; // as the store knows it; may be empty
    int answered = 0;
    int onTime = 0;
    int missed = 0;
    double averageDays = 0; // over the answered cases
};

// One overdue case, as the supervision lists show it. Privacy at the source: what
// CasePrivacy withholds (a rahasia title, the reporter of an anonim or rahasia case) never
// leaves the repository.
struct OverdueCase
{
    qint64 trackingId = 0;
    QString title; // empty for rahasia cases
    QString reporter; // empty for anonim and rahasia cases
    bool anonymous = false;
    bool confidential = false;
    QString unitName;
    QString assigneeName;
    CaseStatus status = CaseStatus::Disposed;
    QDateTime dueAt;
    int workingDaysLate = 0;

    // A row of the columns every overdue list selects, in this order: tracking_id, title,
    // reporter_name, anonymous, confidential, unit name, assignee name, status, due_at,
    // working days late. The one place that applies CasePrivacy to them.
    static OverdueCase fromRow(const QSqlQuery &q);
};

// The counting behind the supervision figures (docs/reports.md). Counting and averaging
// happen in SQLite; working days come from a small table of day numbers built from the
// agency's WorkingCalendar, so holidays count exactly as they do for deadlines. Call
// prepare() with the moment deadlines are judged at before anything else.
//
// The day table is a temporary table of the connection, so it is one per connection: when
// another repository has rebuilt it since, the next query rebuilds it for this one.
class DashboardRepository
{
public:
    enum class Grouping { Unit, Officer };

    DashboardRepository(Database &db, const WorkingCalendar &calendar);

    // Builds the day table for every day the store's cases touch and fixes "today".
    bool prepare(const QDateTime &now, QString *error);

    // Cases per status key.
    std::optional<QHash<QString, int>> countByStatus(const CaseSelection &cases, QString *error);
    // Cases per agency-local day received.
    std::optional<QHash<QDate, int>> receivedPerDay(const CaseSelection &cases, QString *error);
    // First follow-ups in [from, to) per agency-local day.
    std::optional<QHash<QDate, int>> followedUpPerDay(const CaseSelection &cases,
                                                      const QDateTime &from, const QDateTime &to,
                                                      QString *error);
    std::optional<DeadlineCounts> deadlines(const CaseSelection &cases, QString *error);
    // The owed cases per unit or officer, in no particular order.
    std::optional<QList<GroupCounts>> groups(const CaseSelection &cases, Grouping by,
                                             QString *error);
    // Rated cases per stars given, as stored.
    std::optional<QMap<int, int>> ratings(const CaseSelection &cases, QString *error);
    // Cases per working days late after their due day, today included; `unknown` counts
    // those whose due day lies outside the day table.
    struct Lateness
    {
        QMap<int, int> casesByDaysLate;
        int unknown = 0;
    };
    std::optional<Lateness> lateness(const CaseSelection &cases, QString *error);
    // The selected cases, longest overdue first; limit < 0 = all.
    std::optional<QList<OverdueCase>> overdueCases(const CaseSelection &cases, int limit,
                                                   QString *error);
    // The tracking ids of the selected cases that meet `condition`, ascending.
    std::optional<QList<qint64>> trackingIds(const CaseSelection &cases,
                                             const FigureCondition &condition, QString *error);

private:
    // Runs `sql` once the day table is this repository's.
    bool run(const QString &sql, const QVariantList &values, QSqlQuery &query, QString *error);
    bool exec(const QString &sql, const QVariantList &values, QSqlQuery &query,
              QString *error) const;
    bool buildDays(QString *error);
    QString dayOf(const char *column) const;
    QString fromClause() const;
    QString sqlFor(const FigureCondition &condition) const;
    QDate dateOf(qint64 dayNumber) const;

    Database &m_db;
    WorkingCalendar m_calendar;
    QDateTime m_now; // invalid until prepare()
    quint64 m_build = 0; // which build of the connection's day table is ours
    qint64 m_offsetSecs = 0;
    qint64 m_todayKey = 0; // 2 * n(today) - w(today), see dashboardrepository.cpp
    qint64 m_todayN = 0;
};

} // namespace lapor
