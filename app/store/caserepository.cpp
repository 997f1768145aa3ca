#include "caserepository.h"

#include "core/deadlines.h"
#include "database.h"
#include "searchquery.h"
#include "sqlutil.h"

#include <QSqlError>

namespace lapor {

namespace {

const QString kColumns = QStringLiteral(
    "tracking_id, title, content, category, subcategory, channel, status, agency_id, unit_id, "
    "assignee_id, anonymous, confidential, reporter_name, received_at, disposed_at, "
    "first_followup_at, last_followup_at, last_reply_at, resolution_days, rating, version, "
    "not_authority_reason");

Case caseFromQuery(const QSqlQuery &q)
{
    Case c;
    c.trackingId = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.content = q.value(2).toString();
    c.category = q.value(3).toString();
    c.subcategory = q.value(4).toString();
    c.channel = q.value(5).toString();
    c.status = Status::fromKey(q.value(6).toString()).value_or(CaseStatus::Unverified);
    c.agencyId = q.value(7).toString();
    c.unitId = q.value(8).toString();
    c.assigneeId = q.value(9).toString();
    c.anonymous = q.value(10).toBool();
    c.confidential = q.value(11).toBool();
    c.reporterName = q.value(12).toString();
    c.receivedAt = Sql::toTime(q.value(13));
    c.disposedAt = Sql::toTime(q.value(14));
    c.firstFollowupAt = Sql::toTime(q.value(15));
    c.lastFollowupAt = Sql::toTime(q.value(16));
    c.lastReplyAt = Sql::toTime(q.value(17));
    c.resolutionDays = q.value(18).toInt();
    c.rating = q.value(19).toInt();
    c.version = q.value(20).toLongLong();
    c.notAuthorityReason = q.value(21).toString();
    return c;
}

} // namespace

CaseRepository::CaseRepository(Database &db, const WorkingCalendar &calendar)
    : m_db(db)
    , m_calendar(calendar)
    , m_exists(db.connection())
{ }

bool CaseRepository::upsert(const Case &c, QString *error)
{
    if (const QString invalid = c.validate(); !invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    // Every field bound in the order of the columns (Statement: a sync stores every case
    // through here).
    if (!m_upsert.prepareOnce(
            m_db,
            "INSERT INTO cases (tracking_id, title, content, category, subcategory, channel, "
            "status, agency_id, unit_id, assignee_id, anonymous, confidential, reporter_name, "
            "received_at, disposed_at, first_followup_at, last_followup_at, last_reply_at, "
            "due_at, resolution_days, rating, version, not_authority_reason, in_scope) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
            "ON CONFLICT (tracking_id) DO UPDATE SET title = excluded.title, "
            "content = excluded.content, category = excluded.category, "
            "subcategory = excluded.subcategory, channel = excluded.channel, "
            "status = excluded.status, agency_id = excluded.agency_id, unit_id = excluded.unit_id, "
            "assignee_id = excluded.assignee_id, anonymous = excluded.anonymous, "
            "confidential = excluded.confidential, reporter_name = excluded.reporter_name, "
            "received_at = excluded.received_at, disposed_at = excluded.disposed_at, "
            "first_followup_at = excluded.first_followup_at, "
            "last_followup_at = excluded.last_followup_at, last_reply_at = excluded.last_reply_at, "
            "due_at = excluded.due_at, resolution_days = excluded.resolution_days, "
            "rating = excluded.rating, version = excluded.version, "
            "not_authority_reason = excluded.not_authority_reason, in_scope = 1, "
            "unread = CASE WHEN excluded.version <> cases.version THEN 1 ELSE cases.unread END",
            error))
        return false;
    m_upsert.bind(c.trackingId)
        .bindText(c.title)
        .bindText(c.content)
        .bindText(c.category)
        .bindText(c.subcategory)
        .bindText(c.channel)
        .bind(Status::key(c.status))
        .bindText(c.agencyId)
        .bindText(c.unitId)
        .bindText(c.assigneeId)
        .bind(c.anonymous)
        .bind(c.confidential)
        .bindText(c.anonymous ? QString() : c.reporterName)
        .bindTime(c.receivedAt)
        .bindTime(c.disposedAt)
        .bindTime(c.firstFollowupAt)
        .bindTime(c.lastFollowupAt)
        .bindTime(c.lastReplyAt)
        .bindTime(Deadlines::caseDeadline(m_calendar, c))
        .bind(c.resolutionDays)
        .bind(c.rating)
        .bind(c.version)
        .bindText(c.notAuthorityReason);
    return m_upsert.exec(error);
}

std::optional<Case> CaseRepository::find(qint64 trackingId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM cases WHERE tracking_id = ?").arg(kColumns));
    q.addBindValue(trackingId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return caseFromQuery(q);
}

bool CaseRepository::addHoliday(const Holiday &holiday)
{
    const auto known = m_calendar.holidayOn(holiday.date);
    if (known && known->collectiveLeave == holiday.collectiveLeave)
        return false;
    m_calendar.addHoliday(holiday);
    return true;
}

bool CaseRepository::recomputeDeadlines(QString *error)
{
    // Closed cases have no deadline; everything else is read once and written back only
    // where the deadline moved.
    QSqlQuery read(m_db.connection());
    read.setForwardOnly(true);
    if (!read.prepare(
            QStringLiteral("SELECT %1, due_at FROM cases WHERE due_at IS NOT NULL").arg(kColumns))
        || !read.exec()) {
        if (error)
            *error = read.lastError().text();
        return false;
    }
    QList<QPair<qint64, QVariant>> moved;
    while (read.next()) {
        const Case c = caseFromQuery(read);
        const QVariant due = Sql::fromTime(Deadlines::caseDeadline(m_calendar, c));
        const QVariant stored = read.value(22); // due_at, after kColumns
        if (due.isNull() != stored.isNull() || due.toLongLong() != stored.toLongLong())
            moved.append({ c.trackingId, due });
    }
    read.finish();
    QSqlQuery write(m_db.connection());
    write.prepare(QStringLiteral("UPDATE cases SET due_at = ? WHERE tracking_id = ?"));
    for (const auto &[id, due] : std::as_const(moved)) {
        write.addBindValue(due);
        write.addBindValue(id);
        if (!Sql::exec(write, error))
            return false;
    }
    return true;
}

bool CaseRepository::exists(qint64 trackingId) const
{
    // Asked for every history record of a sync page: prepared once.
    if (!Sql::prepareOnce(m_exists, QStringLiteral("SELECT 1 FROM cases WHERE tracking_id = ?"),
                          nullptr))
        return false;
    m_exists.addBindValue(trackingId);
    const bool found = m_exists.exec() && m_exists.next();
    m_exists.finish();
    return found;
}

bool CaseRepository::inScope(qint64 trackingId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT in_scope FROM cases WHERE tracking_id = ?"));
    q.addBindValue(trackingId);
    return !(q.exec() && q.next()) || q.value(0).toBool();
}

int CaseRepository::count() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM cases WHERE in_scope = 1"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

std::optional<QList<CaseSummary>> CaseRepository::summaries(std::optional<CaseStatus> status,
                                                            QString *error) const
{
    const QString statusKey = status ? Status::key(*status) : QString();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!Sql::prepareOnce(
            q,
            QStringLiteral("SELECT tracking_id, status, unit_id, received_at, due_at, "
                           "version, anonymous, confidential, title FROM cases "
                           "WHERE in_scope = 1 AND (:status = '' OR status = :status) "
                           "ORDER BY tracking_id"),
            error))
        return std::nullopt;
    q.bindValue(QStringLiteral(":status"), Sql::text(statusKey));
    if (!Sql::exec(q, error))
        return std::nullopt;
    QList<CaseSummary> out;
    while (q.next()) {
        CaseSummary c;
        c.trackingId = q.value(0).toLongLong();
        c.status = Status::fromKey(q.value(1).toString()).value_or(CaseStatus::Unverified);
        c.unitId = q.value(2).toString();
        c.receivedAt = Sql::toTime(q.value(3));
        c.dueAt = Sql::toTime(q.value(4));
        c.version = q.value(5).toLongLong();
        c.anonymous = q.value(6).toBool();
        c.confidential = q.value(7).toBool();
        c.title = q.value(8).toString();
        out.append(c);
    }
    return out;
}

QMap<CaseStatus, int> CaseRepository::countByStatus() const
{
    QMap<CaseStatus, int> out;
    for (auto status : Status::all())
        out.insert(status, 0);
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT status, count(*) FROM cases WHERE in_scope = 1 GROUP BY status"));
    if (q.exec()) {
        while (q.next()) {
            if (auto status = Status::fromKey(q.value(0).toString()))
                out[*status] = q.value(1).toInt();
        }
    }
    return out;
}

QList<qint64> CaseRepository::search(const QString &text, int limit) const
{
    QList<qint64> out;
    const QString match = SearchQuery::toFtsMatch(text);
    if (match.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    // The words as typed first, then their abbreviations and stems (CaseSearch).
    q.prepare(QStringLiteral("SELECT case_search.rowid FROM case_search JOIN cases c "
                             "ON c.tracking_id = case_search.rowid "
                             "WHERE case_search MATCH ? AND c.in_scope = 1 "
                             "ORDER BY lapor_rank(case_search, ?) DESC, "
                             "bm25(case_search, 10.0, 1.0, 2.0) LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(SearchQuery::phraseKinds(text));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    return out;
}

bool CaseRepository::setUnread(qint64 trackingId, bool unread)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE cases SET unread = ? WHERE tracking_id = ?"));
    q.addBindValue(unread);
    q.addBindValue(trackingId);
    return q.exec();
}

} // namespace lapor
