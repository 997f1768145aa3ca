#include "dashboardrepository.h"

#include "core/caseprivacy.h"
#include "core/deadlines.h"
#include "database.h"

#include <QSqlError>
#include <QStringList>

#include <algorithm>
#include <atomic>

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

// Which build of each connection's day table is current. A connection belongs to one
// thread, and so does this record of it.
thread_local QHash<QString, quint64> t_builds;

} // namespace

DashboardRepository::DashboardRepository(Database &db, const WorkingCalendar &calendar)
    : m_db(db)
    , m_calendar(calendar)
{ }

bool DashboardRepository::run(const QString &sql, const QVariantList &values, QSqlQuery &query,
                              QString *error)
{
    if (!m_now.isValid()) {
        if (error)
            *error = QStringLiteral("DashboardRepository: prepare() was not called");
        return false;
    }
    const bool ours = m_build != 0 && t_builds.value(m_db.connection().connectionName()) == m_build;
    if (!ours && !buildDays(error))
        return false;
    return exec(sql, values, query, error);
}

bool DashboardRepository::exec(const QString &sql, const QVariantList &values, QSqlQuery &query,
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

QString DashboardRepository::dayOf(const char *column) const
{
    return QStringLiteral("((%1 + %2) / %3)")
        .arg(QLatin1String(column))
        .arg(m_offsetSecs)
        .arg(kSecsPerDay);
}

QDate DashboardRepository::dateOf(qint64 dayNumber) const
{
    return kDayZero.addDays(dayNumber);
}

QString DashboardRepository::fromClause() const
{
    return QStringLiteral("cases c "
                          "LEFT JOIN temp.report_days d0 ON d0.day = %1 "
                          "LEFT JOIN temp.report_days df ON df.day = %2 "
                          "LEFT JOIN temp.report_days dd ON dd.day = %3")
        .arg(dayOf("c.disposed_at"), dayOf("c.first_followup_at"), dayOf("(c.due_at - 1)"));
}

QString DashboardRepository::sqlFor(const FigureCondition &condition) const
{
    using Kind = FigureCondition::Kind;
    switch (condition.kind) {
    case Kind::None:
        return {};
    case Kind::Answered:
        return kAnswered;
    case Kind::OnTime:
        return onTime();
    case Kind::Late:
        return late();
    case Kind::Missed:
        return unanswered(m_todayKey, true);
    case Kind::Pending:
        return unanswered(m_todayKey, false);
    case Kind::AnsweredUnassigned:
        return kAnswered + QStringLiteral(" AND c.assignee_id = ''");
    case Kind::FollowedUpBetween:
        return QStringLiteral("(c.first_followup_at >= %1 AND c.first_followup_at < %2)")
            .arg(condition.from.toSecsSinceEpoch())
            .arg(condition.to.toSecsSinceEpoch());
    case Kind::Rating:
        return QStringLiteral("c.rating = %1").arg(condition.rating);
    case Kind::Rated:
        return QStringLiteral("c.rating > 0");
    }
    return {};
}

bool DashboardRepository::prepare(const QDateTime &now, QString *error)
{
    m_now = now;
    return buildDays(error);
}

bool DashboardRepository::buildDays(QString *error)
{
    // Until it is complete the table is nobody's.
    const QString connection = m_db.connection().connectionName();
    t_builds.remove(connection);
    m_build = 0;
    const QDateTime now = m_now;
    // The zones are fixed offsets (no DST), so one offset serves every instant.
    m_offsetSecs = m_calendar.timeZone().offsetFromUtc(now);
    const qint64 today = (now.toSecsSinceEpoch() + m_offsetSecs) / kSecsPerDay;
    qint64 minDay = today;
    qint64 maxDay = today;
    QSqlQuery q;
    if (!exec(QStringLiteral("SELECT min(received_at), min(disposed_at), max(first_followup_at), "
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

    if (!exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS report_days ("
                             "day INTEGER PRIMARY KEY, n INTEGER NOT NULL, w INTEGER NOT NULL)"),
              {}, q, error)
        || !exec(QStringLiteral("DELETE FROM temp.report_days"), {}, q, error))
        return false;

    qint64 n = 0;
    QStringList rows;
    auto flush = [&]() {
        if (rows.isEmpty())
            return true;
        const bool ok = exec(QStringLiteral("INSERT INTO temp.report_days (day, n, w) VALUES ")
                                 + rows.join(QLatin1Char(',')),
                             {}, q, error);
        rows.clear();
        return ok;
    };
    for (qint64 day = 0; day <= maxDay; ++day) {
        const bool working = m_calendar.isWorkingDay(dateOf(day));
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
    if (!flush())
        return false;
    static std::atomic<quint64> builds = 0;
    m_build = ++builds;
    t_builds.insert(connection, m_build);
    return true;
}

std::optional<QHash<QString, int>> DashboardRepository::countByStatus(const CaseSelection &cases,
                                                                      QString *error)
{
    QSqlQuery q;
    if (!run(QStringLiteral("SELECT c.status, count(*) FROM cases c WHERE %1 GROUP BY c.status")
                 .arg(cases.where),
             cases.values, q, error))
        return std::nullopt;
    QHash<QString, int> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

std::optional<QHash<QDate, int>> DashboardRepository::receivedPerDay(const CaseSelection &cases,
                                                                     QString *error)
{
    QSqlQuery q;
    if (!run(QStringLiteral("SELECT %1, count(*) FROM cases c WHERE %2 GROUP BY 1")
                 .arg(dayOf("c.received_at"), cases.where),
             cases.values, q, error))
        return std::nullopt;
    QHash<QDate, int> perDay;
    while (q.next())
        perDay.insert(dateOf(q.value(0).toLongLong()), q.value(1).toInt());
    return perDay;
}

std::optional<QHash<QDate, int>> DashboardRepository::followedUpPerDay(const CaseSelection &cases,
                                                                       const QDateTime &from,
                                                                       const QDateTime &to,
                                                                       QString *error)
{
    QSqlQuery q;
    if (!run(QStringLiteral("SELECT %1, count(*) FROM cases c WHERE %2 "
                            "AND c.first_followup_at >= ? AND c.first_followup_at < ? GROUP BY 1")
                 .arg(dayOf("c.first_followup_at"), cases.where),
             cases.values + QVariantList { from.toSecsSinceEpoch(), to.toSecsSinceEpoch() }, q,
             error))
        return std::nullopt;
    QHash<QDate, int> perDay;
    while (q.next())
        perDay.insert(dateOf(q.value(0).toLongLong()), q.value(1).toInt());
    return perDay;
}

std::optional<DeadlineCounts> DashboardRepository::deadlines(const CaseSelection &cases,
                                                             QString *error)
{
    QSqlQuery q;
    if (!run(QStringLiteral("SELECT count(*) FILTER (WHERE %1), count(*) FILTER (WHERE %2), "
                            "count(*) FILTER (WHERE %3), count(*) FILTER (WHERE %4), "
                            "count(*) FILTER (WHERE %5), avg(%6) FILTER (WHERE %5) "
                            "FROM %7 WHERE %8")
                 .arg(onTime(), late(), unanswered(m_todayKey, true), unanswered(m_todayKey, false),
                      kAnswered, kDays, fromClause(), cases.where),
             cases.values, q, error))
        return std::nullopt;
    DeadlineCounts counts;
    if (q.next()) {
        counts.onTime = q.value(0).toInt();
        counts.late = q.value(1).toInt();
        counts.missed = q.value(2).toInt();
        counts.pending = q.value(3).toInt();
        counts.answered = q.value(4).toInt();
        counts.averageDays = q.value(5).toDouble();
    }
    return counts;
}

std::optional<QList<GroupCounts>> DashboardRepository::groups(const CaseSelection &cases,
                                                              Grouping by, QString *error)
{
    const QString sql = by == Grouping::Unit
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
                                .arg(kAnswered, onTime(), unanswered(m_todayKey, true), kDays);
    QSqlQuery q;
    if (!run(sql.arg(figures, fromClause(), cases.where, kOwed), cases.values, q, error))
        return std::nullopt;
    QList<GroupCounts> out;
    while (q.next()) {
        GroupCounts g;
        g.id = q.value(0).toString();
        g.name = q.value(1).toString();
        g.answered = q.value(2).toInt();
        g.onTime = q.value(3).toInt();
        g.missed = q.value(4).toInt();
        g.averageDays = q.value(5).toDouble();
        out.append(g);
    }
    return out;
}

std::optional<QMap<int, int>> DashboardRepository::ratings(const CaseSelection &cases,
                                                           QString *error)
{
    QSqlQuery q;
    if (!run(QStringLiteral("SELECT c.rating, count(*) FROM cases c WHERE %1 AND c.rating > 0 "
                            "GROUP BY c.rating")
                 .arg(cases.where),
             cases.values, q, error))
        return std::nullopt;
    QMap<int, int> counts;
    while (q.next())
        counts.insert(q.value(0).toInt(), q.value(1).toInt());
    return counts;
}

std::optional<DashboardRepository::Lateness>
DashboardRepository::lateness(const CaseSelection &cases, QString *error)
{
    QSqlQuery q;
    if (!run(QStringLiteral("SELECT %1, count(*) FROM %2 WHERE %3 GROUP BY 1")
                 .arg(daysLate(m_todayN), fromClause(), cases.where),
             cases.values, q, error))
        return std::nullopt;
    Lateness out;
    while (q.next()) {
        if (q.value(0).isNull())
            out.unknown += q.value(1).toInt();
        else
            out.casesByDaysLate.insert(q.value(0).toInt(), q.value(1).toInt());
    }
    return out;
}

OverdueCase OverdueCase::fromRow(const QSqlQuery &q)
{
    OverdueCase o;
    o.trackingId = q.value(0).toLongLong();
    o.anonymous = q.value(3).toBool();
    o.confidential = q.value(4).toBool();
    const CasePrivacy privacy(o.anonymous, o.confidential);
    if (privacy.showsContent())
        o.title = q.value(1).toString();
    if (privacy.showsReporter())
        o.reporter = q.value(2).toString();
    o.unitName = q.value(5).toString();
    o.assigneeName = q.value(6).toString();
    o.status = Status::fromKey(q.value(7).toString()).value_or(CaseStatus::Disposed);
    o.dueAt = QDateTime::fromSecsSinceEpoch(q.value(8).toLongLong(), QTimeZone::utc());
    o.workingDaysLate = q.value(9).toInt();
    return o;
}

std::optional<QList<OverdueCase>> DashboardRepository::overdueCases(const CaseSelection &cases,
                                                                    int limit, QString *error)
{
    QSqlQuery q;
    if (!run(QStringLiteral("SELECT c.tracking_id, "
                            "c.title, c.reporter_name, "
                            "c.anonymous, c.confidential, coalesce(u.name, c.unit_id), "
                            "coalesce(us.display_name, c.assignee_id), c.status, c.due_at, %1 "
                            "FROM %2 LEFT JOIN units u ON u.id = c.unit_id "
                            "LEFT JOIN users us ON us.id = c.assignee_id "
                            "WHERE %3 ORDER BY c.due_at, c.tracking_id LIMIT ?")
                 .arg(daysLate(m_todayN), fromClause(), cases.where),
             cases.values + QVariantList { limit < 0 ? -1 : limit }, q, error))
        return std::nullopt;
    QList<OverdueCase> list;
    while (q.next())
        list.append(OverdueCase::fromRow(q));
    return list;
}

std::optional<QList<qint64>> DashboardRepository::trackingIds(const CaseSelection &cases,
                                                              const FigureCondition &condition,
                                                              QString *error)
{
    QString sql
        = QStringLiteral("SELECT c.tracking_id FROM %1 WHERE %2").arg(fromClause(), cases.where);
    if (!condition.isNone())
        sql += QStringLiteral(" AND (%1)").arg(sqlFor(condition));
    sql += QStringLiteral(" ORDER BY c.tracking_id");
    QSqlQuery q;
    if (!run(sql, cases.values, q, error))
        return std::nullopt;
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace lapor
