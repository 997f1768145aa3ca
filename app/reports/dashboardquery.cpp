#include "dashboardquery.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace lapor {

namespace {

// Day numbers are local calendar days since 1970-01-01 in the agency's zone. For each day
// report_days holds n, the working days from 1970 up to and including it, and w, whether
// it is one. So "working days in (a, b]" is n(b) - n(a), as WorkingCalendar counts them.
//
// A first follow-up on day f meets the 5-day deadline of a disposition on day d0 when f is
// not after the 5th working day D after d0. n(D) = n(d0) + 5 and D is a working day; a
// day after D has n >= n(d0) + 5 and, when n is equal, is not a working day. Hence the key
// 2n - w: f is on time exactly when 2 n(f) - w(f) <= 2 (n(d0) + 5) - 1.
const QDate kDayZero(1970, 1, 1);
constexpr qint64 kSecsPerDay = 86400;
constexpr int kMaxDays = 36600; // a hundred years: enough for any real store

const QString kOwed
    = QStringLiteral("(c.disposed_at IS NOT NULL AND (c.first_followup_at IS NOT NULL "
                     "OR c.status IN ('disposed', 'in_progress')))");
const QString kAnswered
    = QStringLiteral("(c.disposed_at IS NOT NULL AND c.first_followup_at IS NOT NULL)");
const QString kDays = QStringLiteral("max(0, df.n - d0.n)");

QString deadlineKey()
{
    return QStringLiteral("(2 * d0.n + %1)").arg(2 * Deadlines::kFirstFollowupDays - 1);
}

QString onTime()
{
    return QStringLiteral("(%1 AND 2 * df.n - df.w <= %2)").arg(kAnswered, deadlineKey());
}

QString late()
{
    return QStringLiteral("(%1 AND 2 * df.n - df.w > %2)").arg(kAnswered, deadlineKey());
}

QString unanswered(qint64 todayKey, bool passed)
{
    return QStringLiteral("(%1 AND c.first_followup_at IS NULL AND %2 %3 %4)")
        .arg(kOwed)
        .arg(todayKey)
        .arg(passed ? QLatin1String(">") : QLatin1String("<="))
        .arg(deadlineKey());
}

QString daysLate(qint64 todayN)
{
    return QStringLiteral("(%1 - dd.n)").arg(todayN);
}

CasesBehind behindOf(const CaseFilter &filter, const QString &condition = {})
{
    return { filter, condition };
}

} // namespace

std::optional<double> ResponseFigure::onTimePercent() const
{
    if (decided() == 0)
        return std::nullopt;
    return 100.0 * onTime / decided();
}

DashboardQuery::DashboardQuery(Database &db, const WorkingCalendar &calendar)
    : m_db(db)
    , m_calendar(calendar)
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

bool DashboardQuery::run(const QString &sql, const QVariantList &values, QSqlQuery &query,
                         QString *error) const
{
    query = QSqlQuery(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

QString DashboardQuery::dayOf(const char *column) const
{
    return QStringLiteral("((%1 + %2) / %3)")
        .arg(QLatin1String(column))
        .arg(m_offsetSecs)
        .arg(kSecsPerDay);
}

QString DashboardQuery::fromClause() const
{
    return QStringLiteral("cases c "
                          "LEFT JOIN temp.report_days d0 ON d0.day = %1 "
                          "LEFT JOIN temp.report_days df ON df.day = %2 "
                          "LEFT JOIN temp.report_days dd ON dd.day = %3")
        .arg(dayOf("c.disposed_at"), dayOf("c.first_followup_at"), dayOf("(c.due_at - 1)"));
}

bool DashboardQuery::buildDays(const QDateTime &now, QString *error)
{
    // The zones are fixed offsets (no DST), so one offset serves every instant.
    m_offsetSecs = m_calendar.timeZone().offsetFromUtc(now);
    const qint64 today = (now.toSecsSinceEpoch() + m_offsetSecs) / kSecsPerDay;
    qint64 minDay = today;
    qint64 maxDay = today;
    QSqlQuery q;
    if (!run(QStringLiteral("SELECT min(received_at), min(disposed_at), max(first_followup_at), "
                            "max(due_at), max(received_at) FROM cases"),
             {}, q, error))
        return false;
    if (q.next()) {
        for (int i = 0; i < 5; ++i) {
            if (q.value(i).isNull())
                continue;
            const qint64 day = (q.value(i).toLongLong() + m_offsetSecs) / kSecsPerDay;
            minDay = std::min(minDay, day);
            maxDay = std::max(maxDay, day);
        }
    }
    minDay = std::max<qint64>(0, std::max(minDay - 1, maxDay - kMaxDays));
    maxDay += 1;

    if (!run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS report_days ("
                            "day INTEGER PRIMARY KEY, n INTEGER NOT NULL, w INTEGER NOT NULL)"),
             {}, q, error)
        || !run(QStringLiteral("DELETE FROM temp.report_days"), {}, q, error))
        return false;

    qint64 n = 0;
    QStringList rows;
    auto flush = [&]() {
        if (rows.isEmpty())
            return true;
        const bool ok = run(QStringLiteral("INSERT INTO temp.report_days (day, n, w) VALUES ")
                                + rows.join(QLatin1Char(',')),
                            {}, q, error);
        rows.clear();
        return ok;
    };
    for (qint64 day = 0; day <= maxDay; ++day) {
        const bool working = m_calendar.isWorkingDay(kDayZero.addDays(day));
        if (working)
            ++n;
        if (day == today) {
            m_todayN = n;
            m_todayKey = 2 * n - (working ? 1 : 0);
        }
        if (day < minDay)
            continue;
        rows.append(QStringLiteral("(%1,%2,%3)").arg(day).arg(n).arg(working ? 1 : 0));
        if (rows.size() >= 500 && !flush())
            return false;
    }
    return flush();
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
    if (!buildDays(now, error))
        return std::nullopt;
    const FilterContext ctx = context(now);

    SupervisionStats s;
    s.scope = scope;
    s.period = period;
    s.now = now;

    CaseFilter base;
    base.unitId = scope.unitId;
    base.receivedFrom = period.from;
    base.receivedTo = period.to;
    const QString where = base.whereClause(ctx);
    const QVariantList binds = base.bindValues(ctx);
    s.receivedBehind = behindOf(base);
    QSqlQuery q;

    // Cases by their status now.
    QHash<QString, int> statusCounts;
    if (!run(QStringLiteral("SELECT c.status, count(*) FROM cases c WHERE %1 GROUP BY c.status")
                 .arg(where),
             binds, q, error))
        return std::nullopt;
    while (q.next()) {
        statusCounts.insert(q.value(0).toString(), q.value(1).toInt());
        s.received += q.value(1).toInt();
    }
    for (auto status : Status::all()) {
        CaseFilter f = base;
        f.statuses = { status };
        s.byStatus.append({ status, statusCounts.value(Status::key(status)), behindOf(f) });
    }

    // Received and first followed up per day, folded into ISO weeks below.
    QHash<qint64, int> receivedByDay;
    QHash<qint64, int> followedByDay;
    if (!run(QStringLiteral("SELECT %1, count(*) FROM cases c WHERE %2 GROUP BY 1")
                 .arg(dayOf("c.received_at"), where),
             binds, q, error))
        return std::nullopt;
    while (q.next())
        receivedByDay.insert(q.value(0).toLongLong(), q.value(1).toInt());
    CaseFilter scopeOnly;
    scopeOnly.unitId = scope.unitId;
    const qint64 start = m_calendar.endOfDay(period.from.addDays(-1)).toSecsSinceEpoch();
    const qint64 end = m_calendar.endOfDay(period.to).toSecsSinceEpoch();
    if (!run(QStringLiteral("SELECT %1, count(*) FROM cases c WHERE %2 "
                            "AND c.first_followup_at >= ? AND c.first_followup_at < ? GROUP BY 1")
                 .arg(dayOf("c.first_followup_at"), scopeOnly.whereClause(ctx)),
             scopeOnly.bindValues(ctx) + QVariantList { start, end }, q, error))
        return std::nullopt;
    while (q.next())
        followedByDay.insert(q.value(0).toLongLong(), q.value(1).toInt());
    for (QDate day = period.from; day <= period.to; day = day.addDays(1)) {
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
        const qint64 number = kDayZero.daysTo(day);
        w.received += receivedByDay.value(number);
        w.followedUp += followedByDay.value(number);
    }
    for (WeekFigure &w : s.weeks) {
        CaseFilter f = base;
        f.receivedFrom = w.from;
        f.receivedTo = w.to;
        w.receivedBehind = behindOf(f);
        w.followedUpBehind
            = behindOf(scopeOnly,
                       QStringLiteral("(c.first_followup_at >= %1 AND c.first_followup_at < %2)")
                           .arg(m_calendar.endOfDay(w.from.addDays(-1)).toSecsSinceEpoch())
                           .arg(m_calendar.endOfDay(w.to).toSecsSinceEpoch()));
    }

    // The 5-working-day deadline and the working days to the first follow-up.
    const QString missed = unanswered(m_todayKey, true);
    const QString pending = unanswered(m_todayKey, false);
    if (!run(QStringLiteral("SELECT count(*) FILTER (WHERE %1), count(*) FILTER (WHERE %2), "
                            "count(*) FILTER (WHERE %3), count(*) FILTER (WHERE %4), "
                            "count(*) FILTER (WHERE %5), avg(%6) FILTER (WHERE %5) "
                            "FROM %7 WHERE %8")
                 .arg(onTime(), late(), missed, pending, kAnswered, kDays, fromClause(), where),
             binds, q, error))
        return std::nullopt;
    if (q.next()) {
        s.response.onTime = q.value(0).toInt();
        s.response.late = q.value(1).toInt();
        s.response.missed = q.value(2).toInt();
        s.response.pending = q.value(3).toInt();
        s.answered = q.value(4).toInt();
        s.averageDays = q.value(5).toDouble();
    }
    s.answeredBehind = behindOf(base, kAnswered);
    s.response.onTimeBehind = behindOf(base, onTime());
    s.response.lateBehind = behindOf(base, late());
    s.response.missedBehind = behindOf(base, missed);
    s.response.pendingBehind = behindOf(base, pending);

    auto groups = [&](bool byUnit, QList<GroupFigure> *out) {
        const QString sql = byUnit
            ? QStringLiteral("SELECT c.unit_id, coalesce(u.name, ''), %1 FROM %2 "
                             "LEFT JOIN units u ON u.id = c.unit_id WHERE %3 AND %4 "
                             "GROUP BY c.unit_id")
            : QStringLiteral("SELECT c.assignee_id, coalesce(u.display_name, ''), %1 FROM %2 "
                             "LEFT JOIN users u ON u.id = c.assignee_id WHERE %3 AND %4 "
                             "GROUP BY c.assignee_id");
        const QString figures = QStringLiteral("count(*) FILTER (WHERE %1), "
                                               "count(*) FILTER (WHERE %2), "
                                               "count(*) FILTER (WHERE %3), "
                                               "avg(%4) FILTER (WHERE %1)")
                                    .arg(kAnswered, onTime(), missed, kDays);
        if (!run(sql.arg(figures, fromClause(), where, kOwed), binds, q, error))
            return false;
        while (q.next()) {
            GroupFigure g;
            g.id = q.value(0).toString();
            g.name = q.value(1).toString();
            if (g.name.isEmpty())
                g.name = g.id;
            g.answered = q.value(2).toInt();
            g.onTime = q.value(3).toInt();
            g.missed = q.value(4).toInt();
            g.averageDays = q.value(5).toDouble();
            CaseFilter f = base;
            QString condition = kAnswered;
            if (byUnit)
                f.unitId = g.id;
            else if (g.id.isEmpty())
                condition += QStringLiteral(" AND c.assignee_id = ''");
            else
                f.assigneeId = g.id;
            g.behind = behindOf(f, condition);
            out->append(g);
        }
        // Named groups alphabetically; "not assigned" (empty id) last.
        std::sort(out->begin(), out->end(), [](const GroupFigure &a, const GroupFigure &b) {
            if (a.id.isEmpty() != b.id.isEmpty())
                return b.id.isEmpty();
            return a.name.localeAwareCompare(b.name) < 0;
        });
        return true;
    };
    if (!groups(true, &s.byUnit) || !groups(false, &s.byOfficer))
        return std::nullopt;

    // Citizen ratings.
    if (!run(QStringLiteral("SELECT c.rating, count(*) FROM cases c WHERE %1 AND c.rating > 0 "
                            "GROUP BY c.rating")
                 .arg(where),
             binds, q, error))
        return std::nullopt;
    qint64 stars = 0;
    while (q.next()) {
        const int rating = q.value(0).toInt();
        if (rating < 1 || rating > 5)
            continue;
        s.ratings.counts[rating - 1] = q.value(1).toInt();
        s.ratings.rated += q.value(1).toInt();
        stars += qint64(rating) * q.value(1).toInt();
    }
    s.ratings.average = s.ratings.rated ? double(stars) / s.ratings.rated : 0;
    for (int i = 0; i < 5; ++i)
        s.ratings.behind[i] = behindOf(base, QStringLiteral("c.rating = %1").arg(i + 1));
    s.ratings.ratedBehind = behindOf(base, QStringLiteral("c.rating > 0"));

    // Overdue now, among the cases received up to the end of the period.
    CaseFilter overdue;
    overdue.view = InboxView::Overdue;
    overdue.unitId = scope.unitId;
    overdue.receivedTo = period.to;
    const QString lateDays = daysLate(m_todayN);
    if (!run(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE %1 <= 5), "
                            "count(*) FILTER (WHERE %1 BETWEEN 6 AND 10), "
                            "count(*) FILTER (WHERE %1 BETWEEN 11 AND 20), "
                            "count(*) FILTER (WHERE %1 > 20), avg(%1), max(%1) "
                            "FROM %2 WHERE %3")
                 .arg(lateDays, fromClause(), overdue.whereClause(ctx)),
             overdue.bindValues(ctx), q, error))
        return std::nullopt;
    if (q.next()) {
        s.overdue.count = q.value(0).toInt();
        for (int i = 0; i < OverdueFigure::kBuckets; ++i)
            s.overdue.buckets[i] = q.value(1 + i).toInt();
        s.overdue.averageDaysLate = q.value(5).toDouble();
        s.overdue.maxDaysLate = q.value(6).toInt();
    }
    s.overdue.behind = behindOf(overdue);
    auto worst = overdueCasesAt(scope, period, now, m_overdueLimit, error);
    if (!worst)
        return std::nullopt;
    s.overdue.worst = *worst;
    m_lastNow = now;
    return s;
}

std::optional<QList<OverdueCase>> DashboardQuery::overdueCases(const SupervisionScope &scope,
                                                               const ReportPeriod &period,
                                                               int limit, QString *error)
{
    const QDateTime now = this->now();
    if (!buildDays(now, error))
        return std::nullopt;
    return overdueCasesAt(scope, period, now, limit, error);
}

std::optional<QList<OverdueCase>> DashboardQuery::overdueCasesAt(const SupervisionScope &scope,
                                                                 const ReportPeriod &period,
                                                                 const QDateTime &now, int limit,
                                                                 QString *error)
{
    CaseFilter overdue;
    overdue.view = InboxView::Overdue;
    overdue.unitId = scope.unitId;
    overdue.receivedTo = period.to;
    const FilterContext ctx = context(now);
    // Privacy at the source: a rahasia title and an anonim reporter never leave SQLite.
    QSqlQuery q;
    if (!run(QStringLiteral("SELECT c.tracking_id, "
                            "CASE WHEN c.confidential THEN '' ELSE c.title END, "
                            "CASE WHEN c.anonymous THEN '' ELSE c.reporter_name END, "
                            "c.anonymous, c.confidential, coalesce(u.name, c.unit_id), "
                            "coalesce(us.display_name, c.assignee_id), c.status, c.due_at, %1 "
                            "FROM %2 LEFT JOIN units u ON u.id = c.unit_id "
                            "LEFT JOIN users us ON us.id = c.assignee_id "
                            "WHERE %3 ORDER BY c.due_at, c.tracking_id LIMIT ?")
                 .arg(daysLate(m_todayN), fromClause(), overdue.whereClause(ctx)),
             overdue.bindValues(ctx) + QVariantList { limit < 0 ? -1 : limit }, q, error))
        return std::nullopt;
    QList<OverdueCase> list;
    while (q.next()) {
        OverdueCase o;
        o.trackingId = q.value(0).toLongLong();
        o.title = q.value(1).toString();
        o.reporter = q.value(2).toString();
        o.anonymous = q.value(3).toBool();
        o.confidential = q.value(4).toBool();
        o.unitName = q.value(5).toString();
        o.assigneeName = q.value(6).toString();
        o.status = Status::fromKey(q.value(7).toString()).value_or(CaseStatus::Disposed);
        o.dueAt = QDateTime::fromSecsSinceEpoch(q.value(8).toLongLong(), QTimeZone::utc());
        o.workingDaysLate = q.value(9).toInt();
        list.append(o);
    }
    return list;
}

QList<qint64> DashboardQuery::trackingIds(const CasesBehind &behind, QString *error)
{
    const QDateTime now = m_lastNow.isValid() ? m_lastNow : this->now();
    if (!buildDays(now, error))
        return {};
    const FilterContext ctx = context(now);
    QString sql = QStringLiteral("SELECT c.tracking_id FROM %1 WHERE %2")
                      .arg(fromClause(), behind.filter.whereClause(ctx));
    if (!behind.condition.isEmpty())
        sql += QStringLiteral(" AND (%1)").arg(behind.condition);
    sql += QStringLiteral(" ORDER BY c.tracking_id");
    QSqlQuery q;
    QList<qint64> ids;
    if (!run(sql, behind.filter.bindValues(ctx), q, error))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

CaseFilter DashboardQuery::filterFor(const CasesBehind &behind, QString *error)
{
    if (behind.condition.isEmpty())
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
