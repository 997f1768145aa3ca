#include "casefigures.h"

#include "core/deadlines.h"
#include "database.h"
#include "savepoint.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace lapor {

namespace {

const QDate kDayZero(1970, 1, 1);
constexpr qint64 kSecsPerDay = 86400;
// The day table reaches ten years past the day it was built and is built again when less
// than five remain, so the deadline of any case written meanwhile finds its day.
constexpr qint64 kDaysAhead = 3660;
constexpr qint64 kDaysLeftAtLeast = 1830;

bool exec(Database &db, const QString &sql, const QVariantList &values, QSqlQuery &query,
          QString *error)
{
    query = QSqlQuery(db.connection());
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

} // namespace

CaseFigures::CaseFigures(Database &db, const WorkingCalendar &calendar)
    : m_db(db)
    , m_calendar(calendar)
{ }

QString CaseFigures::fingerprint() const
{
    QList<Holiday> holidays = m_calendar.holidays();
    std::sort(holidays.begin(), holidays.end(),
              [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    QStringList parts { QStringLiteral("1"), Zones::key(m_calendar.zone()),
                        QString::number(Deadlines::kFirstFollowupDays) };
    for (const Holiday &h : std::as_const(holidays))
        parts.append(h.date.toString(Qt::ISODate));
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char(',')).toUtf8(), QCryptographicHash::Sha1)
            .toHex());
}

qint64 CaseFigures::dayNumber(QDate date) const
{
    return kDayZero.daysTo(date);
}

qint64 CaseFigures::offsetSecs(const QDateTime &now) const
{
    // The zones are fixed offsets (no DST), so one offset serves every instant.
    return m_calendar.timeZone().offsetFromUtc(now);
}

std::optional<bool> CaseFigures::isCurrent(const QDateTime &now, QString *error) const
{
    QSqlQuery q;
    if (!exec(m_db, QStringLiteral("SELECT fingerprint, last_day FROM figure_calendar"), {}, q,
              error))
        return std::nullopt;
    if (!q.next())
        return false;
    const qint64 today = (now.toSecsSinceEpoch() + offsetSecs(now)) / kSecsPerDay;
    return q.value(0).toString() == fingerprint()
        && q.value(1).toLongLong() >= today + kDaysLeftAtLeast;
}

bool CaseFigures::ensureCurrent(const QDateTime &now, QString *error, bool *rebuilt)
{
    const auto current = isCurrent(now, error);
    if (!current)
        return false;
    if (rebuilt)
        *rebuilt = !*current;
    return *current || rebuild(now, error);
}

bool CaseFigures::forget(Database &db, QString *error)
{
    QSqlQuery q;
    for (const char *table : { "figure_calendar", "figure_days", "figures_by_day",
                               "figures_by_followup_day", "figures_by_due_day" }) {
        if (!exec(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)), {}, q, error))
            return false;
    }
    return true;
}

bool CaseFigures::rebuild(const QDateTime &now, QString *error)
{
    Savepoint step(m_db);
    if (!step.begin(error))
        return false;
    auto fail = [&]() {
        QString ignored;
        step.rollback(&ignored);
        return false;
    };
    if (!forget(m_db, error))
        return fail();
    QSqlQuery q;
    const qint64 offset = offsetSecs(now);
    const qint64 lastDay = (now.toSecsSinceEpoch() + offset) / kSecsPerDay + kDaysAhead;
    qint64 n = 0;
    QStringList rows;
    auto flush = [&]() {
        if (rows.isEmpty())
            return true;
        const bool ok = exec(m_db,
                             QStringLiteral("INSERT INTO figure_days (day, n, w) VALUES ")
                                 + rows.join(QLatin1Char(',')),
                             {}, q, error);
        rows.clear();
        return ok;
    };
    for (qint64 day = 0; day <= lastDay; ++day) {
        const bool working = m_calendar.isWorkingDay(kDayZero.addDays(day));
        if (working)
            ++n;
        rows.append(QStringLiteral("(%1,%2,%3)").arg(day).arg(n).arg(working ? 1 : 0));
        if (rows.size() >= 500 && !flush())
            return fail();
    }
    if (!flush())
        return fail();
    // The view is read once, into a narrow temporary table (on disk, in the connection's
    // temporary store), and the three sums are counted from there: each pass over the
    // view reads every case's whole row, title and complaint included.
    const QStringList steps {
        QStringLiteral("INSERT INTO figure_calendar (id, offset_secs, followup_days, last_day, "
                       "fingerprint) VALUES (1, ?, ?, ?, ?)"),
        QStringLiteral("CREATE TEMP TABLE figure_rows AS SELECT rday, unit_id, assignee_id, "
                       "status, rating, dkey, owed, answered, on_time, late, days, fday, dday, "
                       "dn FROM case_figures"),
        QStringLiteral("INSERT INTO figures_by_day (rday, unit_id, assignee_id, status, rating, "
                       "dkey, cases, owed, answered, on_time, late, days_sum, days_n) "
                       "SELECT rday, unit_id, assignee_id, status, rating, dkey, count(*), "
                       "sum(owed), sum(answered), sum(on_time), sum(late), "
                       "coalesce(sum(days), 0), count(days) FROM temp.figure_rows "
                       "GROUP BY rday, unit_id, assignee_id, status, rating, dkey"),
        QStringLiteral("INSERT INTO figures_by_followup_day (fday, unit_id, cases) "
                       "SELECT fday, unit_id, count(*) FROM temp.figure_rows "
                       "WHERE fday IS NOT NULL GROUP BY fday, unit_id"),
        QStringLiteral("INSERT INTO figures_by_due_day (dday, rday, unit_id, dn, cases) "
                       "SELECT dday, rday, unit_id, max(dn), count(*) FROM temp.figure_rows "
                       "WHERE dday IS NOT NULL GROUP BY dday, rday, unit_id"),
        QStringLiteral("DROP TABLE temp.figure_rows"),
    };
    for (int i = 0; i < steps.size(); ++i) {
        const QVariantList values = i == 0
            ? QVariantList { offset, Deadlines::kFirstFollowupDays, lastDay, fingerprint() }
            : QVariantList();
        if (!exec(m_db, steps.at(i), values, q, error))
            return fail();
    }
    q = QSqlQuery();
    return step.release(error) || fail();
}

std::optional<CaseFigures::Today> CaseFigures::today(const QDateTime &now, QString *error) const
{
    Today t;
    t.day = (now.toSecsSinceEpoch() + offsetSecs(now)) / kSecsPerDay;
    QSqlQuery q;
    if (!exec(m_db, QStringLiteral("SELECT n, w FROM figure_days WHERE day = ?"), { t.day }, q,
              error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = QStringLiteral("CaseFigures: the day table does not reach today");
        return std::nullopt;
    }
    t.n = q.value(0).toLongLong();
    t.key = 2 * t.n - q.value(1).toLongLong();
    return t;
}

bool CaseFigures::countGroups(const QString &column, const QString &names, const FigureScope &scope,
                              const Today &today, QList<GroupCounts> &out, QString *error) const
{
    QVariantList values { today.key, dayNumber(scope.from), dayNumber(scope.to) };
    QString unit;
    if (!scope.unitId.isEmpty()) {
        unit = QStringLiteral(" AND unit_id = ?");
        values.append(scope.unitId);
    }
    // %1 is the grouping column, %2 the names: "units u ON u.id" or "users u ON u.id".
    const QString sql
        = QStringLiteral("SELECT g.id, coalesce(%2, ''), g.answered, g.on_time, g.missed, "
                         "g.days_sum, g.days_n FROM (SELECT %1 AS id, sum(answered) AS answered, "
                         "sum(on_time) AS on_time, "
                         "coalesce(sum(cases) FILTER (WHERE dkey >= 0 AND dkey < ?), 0) AS missed, "
                         "sum(days_sum) AS days_sum, sum(days_n) AS days_n "
                         "FROM figures_by_day WHERE rday BETWEEN ? AND ?%3 "
                         "GROUP BY %1 HAVING sum(owed) > 0) g %4")
              .arg(column,
                   names == QLatin1String("units") ? QStringLiteral("u.name")
                                                   : QStringLiteral("u.display_name"),
                   unit, QStringLiteral("LEFT JOIN %1 u ON u.id = g.id").arg(names));
    QSqlQuery q;
    if (!exec(m_db, sql, values, q, error))
        return false;
    while (q.next()) {
        GroupCounts g;
        g.id = q.value(0).toString();
        g.name = q.value(1).toString();
        g.answered = q.value(2).toInt();
        g.onTime = q.value(3).toInt();
        g.missed = q.value(4).toInt();
        const qint64 known = q.value(6).toLongLong();
        // As SQLite's avg(): the exact integer sum divided once.
        g.averageDays = known ? double(q.value(5).toLongLong()) / double(known) : 0;
        out.append(g);
    }
    return true;
}

std::optional<FigureTotals> CaseFigures::totals(const FigureScope &scope, const QDateTime &now,
                                                QString *error) const
{
    const auto t = today(now, error);
    if (!t)
        return std::nullopt;
    const qint64 from = dayNumber(scope.from);
    const qint64 to = dayNumber(scope.to);
    QString unit;
    QVariantList unitValue;
    if (!scope.unitId.isEmpty()) {
        unit = QStringLiteral(" AND unit_id = ?");
        unitValue.append(scope.unitId);
    }
    FigureTotals totals;
    QSqlQuery q;

    // Per status, per day and per rating in one pass over the period's rows.
    if (!exec(m_db,
              QStringLiteral("SELECT rday, status, rating, sum(cases) FROM figures_by_day "
                             "WHERE rday BETWEEN ? AND ?%1 GROUP BY rday, status, rating")
                  .arg(unit),
              QVariantList { from, to } + unitValue, q, error))
        return std::nullopt;
    while (q.next()) {
        const int cases = q.value(3).toInt();
        if (cases == 0)
            continue;
        totals.receivedPerDay[kDayZero.addDays(q.value(0).toLongLong())] += cases;
        totals.byStatus[q.value(1).toString()] += cases;
        if (const int rating = q.value(2).toInt(); rating > 0)
            totals.ratings[rating] += cases;
    }

    if (!exec(m_db,
              QStringLiteral("SELECT coalesce(sum(on_time), 0), coalesce(sum(late), 0), "
                             "coalesce(sum(cases) FILTER (WHERE dkey >= 0 AND dkey < ?), 0), "
                             "coalesce(sum(cases) FILTER (WHERE dkey >= ?), 0), "
                             "coalesce(sum(answered), 0), coalesce(sum(days_sum), 0), "
                             "coalesce(sum(days_n), 0) FROM figures_by_day "
                             "WHERE rday BETWEEN ? AND ?%1")
                  .arg(unit),
              QVariantList { t->key, t->key, from, to } + unitValue, q, error))
        return std::nullopt;
    if (q.next()) {
        DeadlineCounts &d = totals.deadlines;
        d.onTime = q.value(0).toInt();
        d.late = q.value(1).toInt();
        d.missed = q.value(2).toInt();
        d.pending = q.value(3).toInt();
        d.answered = q.value(4).toInt();
        const qint64 known = q.value(6).toLongLong();
        d.averageDays = known ? double(q.value(5).toLongLong()) / double(known) : 0;
    }

    if (!countGroups(QStringLiteral("unit_id"), QStringLiteral("units"), scope, *t, totals.units,
                     error)
        || !countGroups(QStringLiteral("assignee_id"), QStringLiteral("users"), scope, *t,
                        totals.officers, error))
        return std::nullopt;

    if (!exec(m_db,
              QStringLiteral("SELECT fday, sum(cases) FROM figures_by_followup_day "
                             "WHERE fday BETWEEN ? AND ?%1 GROUP BY fday HAVING sum(cases) > 0")
                  .arg(unit),
              QVariantList { from, to } + unitValue, q, error))
        return std::nullopt;
    while (q.next())
        totals.followedUpPerDay.insert(kDayZero.addDays(q.value(0).toLongLong()),
                                       q.value(1).toInt());

    // Overdue means due_at <= now. A deadline whose last second falls before today has
    // passed; one that falls today is looked up among the cases, to the second.
    if (!exec(m_db,
              QStringLiteral("SELECT dn, sum(cases) FROM figures_by_due_day "
                             "WHERE dday < ? AND rday <= ?%1 GROUP BY dn HAVING sum(cases) > 0")
                  .arg(unit),
              QVariantList { t->day, to } + unitValue, q, error))
        return std::nullopt;
    DashboardRepository::Lateness &late = totals.lateness;
    while (q.next()) {
        if (q.value(0).isNull())
            late.unknown += q.value(1).toInt();
        else
            late.casesByDaysLate[int(t->n - q.value(0).toLongLong())] += q.value(1).toInt();
    }
    const qint64 offset = offsetSecs(now);
    const qint64 startOfToday = t->day * kSecsPerDay - offset;
    const qint64 endOfTo = (to + 1) * kSecsPerDay - offset;
    if (!exec(m_db,
              QStringLiteral("SELECT count(*) FROM cases c WHERE c.due_at > ? AND c.due_at <= ? "
                             "AND c.in_scope = 1 AND c.received_at < ?%1")
                  .arg(scope.unitId.isEmpty() ? QString() : QStringLiteral(" AND c.unit_id = ?")),
              QVariantList { startOfToday, now.toSecsSinceEpoch(), endOfTo } + unitValue, q, error))
        return std::nullopt;
    if (q.next() && q.value(0).toInt() > 0)
        late.casesByDaysLate[0] += q.value(0).toInt(); // due today: no working day lost yet
    return totals;
}

std::optional<QList<OverdueCase>> CaseFigures::overdueCases(const CaseSelection &cases, int limit,
                                                            const QDateTime &now,
                                                            QString *error) const
{
    const auto t = today(now, error);
    if (!t)
        return std::nullopt;
    QSqlQuery q;
    if (!exec(m_db,
              QStringLiteral("SELECT c.tracking_id, c.title, c.reporter_name, c.anonymous, "
                             "c.confidential, coalesce(u.name, c.unit_id), "
                             "coalesce(us.display_name, c.assignee_id), c.status, c.due_at, "
                             "%1 - dd.n FROM cases c "
                             "LEFT JOIN figure_days dd ON dd.day = (c.due_at - 1 + %2) / %3 "
                             "LEFT JOIN units u ON u.id = c.unit_id "
                             "LEFT JOIN users us ON us.id = c.assignee_id "
                             "WHERE %4 ORDER BY c.due_at, c.tracking_id LIMIT ?")
                  .arg(t->n)
                  .arg(offsetSecs(now))
                  .arg(kSecsPerDay)
                  .arg(cases.where),
              cases.values + QVariantList { limit < 0 ? -1 : limit }, q, error))
        return std::nullopt;
    QList<OverdueCase> list;
    while (q.next())
        list.append(OverdueCase::fromRow(q));
    return list;
}

} // namespace lapor
