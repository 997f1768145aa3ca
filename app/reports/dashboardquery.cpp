#include "dashboardquery.h"

#include <QCoreApplication>

#include <algorithm>

namespace lapor {

namespace {

using Kind = FigureCondition::Kind;

CasesBehind behindOf(const CaseFilter &filter, const FigureCondition &condition = {})
{
    return { filter, condition };
}

CasesBehind behindOf(const CaseFilter &filter, Kind kind)
{
    FigureCondition condition;
    condition.kind = kind;
    return { filter, condition };
}

// Overdue now, among the cases of the scope received up to the end of the period.
CaseFilter overdueFilter(const SupervisionScope &scope, const ReportPeriod &period)
{
    CaseFilter overdue;
    overdue.view = InboxView::Overdue;
    overdue.unitId = scope.unitId;
    overdue.receivedTo = period.to;
    return overdue;
}

} // namespace

std::optional<double> ResponseFigure::onTimePercent() const
{
    if (decided() == 0)
        return std::nullopt;
    return 100.0 * onTime / decided();
}

DashboardQuery::DashboardQuery(Database &db, const WorkingCalendar &calendar)
    : m_calendar(calendar)
    , m_repository(db, calendar)
    , m_figures(db, calendar)
{ }

QDateTime DashboardQuery::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow.toUTC() : QDateTime::currentDateTimeUtc();
}

FilterContext DashboardQuery::context(const QDateTime &now) const
{
    FilterContext ctx;
    ctx.now = now;
    ctx.calendar = &m_calendar;
    return ctx;
}

CaseSelection DashboardQuery::select(const CaseFilter &filter, const QDateTime &now) const
{
    const FilterContext ctx = context(now);
    return { filter.whereClause(ctx), filter.bindValues(ctx) };
}

std::optional<SupervisionStats> DashboardQuery::compute(const SupervisionScope &scope,
                                                        const ReportPeriod &period, QString *error)
{
    if (!period.isValid()) {
        if (error)
            *error = QStringLiteral("invalid period");
        return std::nullopt;
    }
    const QDateTime now = this->now();
    if (!m_figures.ensureCurrent(now, error))
        return std::nullopt;
    const auto totals = m_figures.totals({ scope.unitId, period.from, period.to }, now, error);
    if (!totals)
        return std::nullopt;

    SupervisionStats s;
    s.scope = scope;
    s.period = period;
    s.now = now;

    CaseFilter base;
    base.unitId = scope.unitId;
    base.receivedFrom = period.from;
    base.receivedTo = period.to;
    s.receivedBehind = behindOf(base);

    // Cases by their status now.
    for (const int count : totals->byStatus)
        s.received += count;
    for (auto status : Status::all()) {
        CaseFilter f = base;
        f.statuses = { status };
        s.byStatus.append({ status, totals->byStatus.value(Status::key(status)), behindOf(f) });
    }

    CaseFilter scopeOnly;
    scopeOnly.unitId = scope.unitId;
    countWeeks(s, *totals, base, scopeOnly);

    // The 5-working-day deadline and the working days to the first follow-up.
    const DeadlineCounts &deadlines = totals->deadlines;
    s.response.onTime = deadlines.onTime;
    s.response.late = deadlines.late;
    s.response.missed = deadlines.missed;
    s.response.pending = deadlines.pending;
    s.answered = deadlines.answered;
    s.averageDays = deadlines.averageDays;
    s.answeredBehind = behindOf(base, Kind::Answered);
    s.response.onTimeBehind = behindOf(base, Kind::OnTime);
    s.response.lateBehind = behindOf(base, Kind::Late);
    s.response.missedBehind = behindOf(base, Kind::Missed);
    s.response.pendingBehind = behindOf(base, Kind::Pending);

    countGroups(s, *totals, base);
    countRatings(s, *totals, base);
    if (!countOverdue(s, *totals, error))
        return std::nullopt;
    m_lastNow = now;
    return s;
}

void DashboardQuery::countWeeks(SupervisionStats &s, const FigureTotals &totals,
                                const CaseFilter &base, const CaseFilter &scopeOnly) const
{
    // Received and first followed up per day, folded into ISO weeks.
    for (QDate day = s.period.from; day <= s.period.to; day = day.addDays(1)) {
        int isoYear = 0;
        const int week = day.weekNumber(&isoYear);
        if (s.weeks.isEmpty() || s.weeks.constLast().week != week
            || s.weeks.constLast().isoYear != isoYear) {
            WeekFigure w;
            w.isoYear = isoYear;
            w.week = week;
            w.from = day;
            s.weeks.append(w);
        }
        WeekFigure &w = s.weeks.last();
        w.to = day;
        w.received += totals.receivedPerDay.value(day);
        w.followedUp += totals.followedUpPerDay.value(day);
    }
    for (WeekFigure &w : s.weeks) {
        CaseFilter f = base;
        f.receivedFrom = w.from;
        f.receivedTo = w.to;
        w.receivedBehind = behindOf(f);
        FigureCondition followed;
        followed.kind = Kind::FollowedUpBetween;
        followed.from = m_calendar.endOfDay(w.from.addDays(-1));
        followed.to = m_calendar.endOfDay(w.to);
        w.followedUpBehind = behindOf(scopeOnly, followed);
    }
}

void DashboardQuery::countGroups(SupervisionStats &s, const FigureTotals &totals,
                                 const CaseFilter &base) const
{
    for (const bool byUnit : { true, false }) {
        QList<GroupFigure> &out = byUnit ? s.byUnit : s.byOfficer;
        for (const GroupCounts &c : byUnit ? totals.units : totals.officers) {
            GroupFigure g;
            g.id = c.id;
            g.name = c.name.isEmpty() ? c.id : c.name;
            g.answered = c.answered;
            g.onTime = c.onTime;
            g.missed = c.missed;
            g.averageDays = c.averageDays;
            CaseFilter f = base;
            Kind kind = Kind::Answered;
            if (byUnit)
                f.unitId = g.id;
            else if (g.id.isEmpty())
                kind = Kind::AnsweredUnassigned;
            else
                f.assigneeId = g.id;
            g.behind = behindOf(f, kind);
            out.append(g);
        }
        // Named groups alphabetically; "not assigned" (empty id) last.
        std::sort(out.begin(), out.end(), [](const GroupFigure &a, const GroupFigure &b) {
            if (a.id.isEmpty() != b.id.isEmpty())
                return b.id.isEmpty();
            return a.name.localeAwareCompare(b.name) < 0;
        });
    }
}

void DashboardQuery::countRatings(SupervisionStats &s, const FigureTotals &totals,
                                  const CaseFilter &base) const
{
    qint64 stars = 0;
    for (auto it = totals.ratings.cbegin(); it != totals.ratings.cend(); ++it) {
        const int rating = it.key();
        if (rating < 1 || rating > 5)
            continue;
        s.ratings.counts[rating - 1] = it.value();
        s.ratings.rated += it.value();
        stars += qint64(rating) * it.value();
    }
    s.ratings.average = s.ratings.rated ? double(stars) / s.ratings.rated : 0;
    for (int i = 0; i < 5; ++i) {
        FigureCondition rated;
        rated.kind = Kind::Rating;
        rated.rating = i + 1;
        s.ratings.behind[i] = behindOf(base, rated);
    }
    s.ratings.ratedBehind = behindOf(base, Kind::Rated);
}

bool DashboardQuery::countOverdue(SupervisionStats &s, const FigureTotals &totals, QString *error)
{
    const CaseFilter overdue = overdueFilter(s.scope, s.period);
    const DashboardRepository::Lateness &lateness = totals.lateness;
    // Buckets: <= 5, 6-10, 11-20, > 20 working days late.
    constexpr std::array<int, OverdueFigure::kBuckets - 1> kUpTo { 5, 10, 20 };
    qint64 totalDays = 0;
    int known = 0;
    s.overdue.count = lateness.unknown;
    // Ascending days late: the last one seen is the most.
    for (auto it = lateness.casesByDaysLate.cbegin(); it != lateness.casesByDaysLate.cend(); ++it) {
        const int days = it.key();
        const int count = it.value();
        const auto bucket = std::lower_bound(kUpTo.begin(), kUpTo.end(), days) - kUpTo.begin();
        s.overdue.buckets[bucket] += count;
        s.overdue.count += count;
        totalDays += qint64(days) * count;
        known += count;
        s.overdue.maxDaysLate = days;
    }
    s.overdue.averageDaysLate = known ? double(totalDays) / known : 0;
    s.overdue.behind = behindOf(overdue);
    auto worst = m_figures.overdueCases(select(overdue, s.now), m_overdueLimit, s.now, error);
    if (!worst)
        return false;
    s.overdue.worst = *worst;
    return true;
}

std::optional<QList<OverdueCase>> DashboardQuery::overdueCases(const SupervisionScope &scope,
                                                               const ReportPeriod &period,
                                                               int limit, QString *error)
{
    const QDateTime now = this->now();
    if (!m_repository.prepare(now, error))
        return std::nullopt;
    return m_repository.overdueCases(select(overdueFilter(scope, period), now), limit, error);
}

QList<qint64> DashboardQuery::trackingIds(const CasesBehind &behind, QString *error)
{
    const QDateTime now = m_lastNow.isValid() ? m_lastNow : this->now();
    if (!m_repository.prepare(now, error))
        return {};
    return m_repository.trackingIds(select(behind.filter, now), behind.condition, error)
        .value_or(QList<qint64>());
}

CaseFilter DashboardQuery::filterFor(const CasesBehind &behind, QString *error)
{
    if (behind.condition.isNone())
        return behind.filter;
    CaseFilter f;
    f.byTrackingIds = true;
    f.trackingIds = trackingIds(behind, error);
    return f;
}

QString OverdueFigure::bucketLabel(int bucket)
{
    switch (bucket) {
    case 0:
        return QCoreApplication::translate("lapor::OverdueFigure", "≤ 5 hari kerja");
    case 1:
        return QCoreApplication::translate("lapor::OverdueFigure", "6–10 hari kerja");
    case 2:
        return QCoreApplication::translate("lapor::OverdueFigure", "11–20 hari kerja");
    default:
        return QCoreApplication::translate("lapor::OverdueFigure", "> 20 hari kerja");
    }
}

} // namespace lapor
