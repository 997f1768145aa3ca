#pragma once

#include "core/casestatus.h"
#include "models/casefilter.h"
#include "store/dashboardrepository.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

class QLocale;

namespace lapor {

// A stretch of agency-local days, both ends included; usually one calendar month.
struct ReportPeriod
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // "2026-10" -> 1 to 31 October 2026.
    static std::optional<ReportPeriod> fromMonth(const QString &yearMonth);
    static ReportPeriod monthOf(QDate day);
    // "Oktober 2026" for a whole month, otherwise "1 Okt 2026 – 15 Okt 2026".
    QString label(const QLocale &locale) const;
    bool operator==(const ReportPeriod &) const = default;
};

// Whose cases: one unit, or (empty unitId) every case of the agency in the local store.
struct SupervisionScope
{
    QString unitId;
    QString unitName;
    QString agencyName;

    bool isAgency() const { return unitId.isEmpty(); }
    QString name() const { return isAgency() ? agencyName : unitName; }
};

// The cases behind a figure: the inbox filter that selects them and, where the filter
// cannot say it, a condition that DashboardQuery evaluates itself.
struct CasesBehind
{
    CaseFilter filter;
    FigureCondition condition; // none = the filter alone
};

struct StatusFigure
{
    CaseStatus status = CaseStatus::Unverified;
    int count = 0;
    CasesBehind behind;
};

// One ISO week, cut to the period.
struct WeekFigure
{
    int isoYear = 0;
    int week = 0;
    QDate from;
    QDate to;
    int received = 0;
    int followedUp = 0;
    CasesBehind receivedBehind;
    CasesBehind followedUpBehind;
};

// The first-follow-up deadline (5 working days) of the cases received in the period.
struct ResponseFigure
{
    int onTime = 0; // first follow-up before the deadline
    int late = 0; // first follow-up after it
    int missed = 0; // no follow-up and the deadline has passed
    int pending = 0; // no follow-up yet, still within the deadline
    CasesBehind onTimeBehind;
    CasesBehind lateBehind;
    CasesBehind missedBehind;
    CasesBehind pendingBehind;

    int decided() const { return onTime + late + missed; }
    // Percent answered within 5 working days; nullopt when nothing is decided yet.
    std::optional<double> onTimePercent() const;
};

// Working days to first follow-up for one unit or officer.
struct GroupFigure
{
    QString id; // unit id or assignee id ('' = not assigned)
    QString name;
    int answered = 0;
    CasesBehind answeredBehind;
    int onTime = 0;
    int missed = 0;
    double averageDays = 0; // over the answered cases
    CasesBehind behind; // the answered cases
};

struct OverdueFigure
{
    static constexpr int kBuckets = 4; // <= 5, 6-10, 11-20, > 20 working days late
    int count = 0;
    std::array<int, kBuckets> buckets {};
    double averageDaysLate = 0;
    int maxDaysLate = 0;
    CasesBehind behind;
    QList<OverdueCase> worst; // the longest overdue first, at most DashboardQuery's limit

    static QString bucketLabel(int bucket);
};

struct RatingFigure
{
    std::array<int, 5> counts {}; // 1..5 stars
    std::array<CasesBehind, 5> behind;
    int rated = 0;
    double average = 0;
    CasesBehind ratedBehind;
};

struct SupervisionStats
{
    SupervisionScope scope;
    ReportPeriod period;
    QDateTime now; // UTC; the moment deadlines were judged at

    int received = 0;
    CasesBehind receivedBehind;
    QList<StatusFigure> byStatus; // every status, lifecycle order
    QList<WeekFigure> weeks;
    ResponseFigure response;
    int answered = 0;
    CasesBehind answeredBehind;
    double averageDays = 0; // working days to first follow-up over the answered cases
    QList<GroupFigure> byUnit;
    QList<GroupFigure> byOfficer;
    OverdueFigure overdue;
    RatingFigure ratings;
};

} // namespace lapor
