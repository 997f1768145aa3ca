#pragma once

#include "core/case.h"
#include "core/workingcalendar.h"
#include "statement.h"

#include <QMap>
#include <QSqlQuery>

#include <optional>

namespace lapor {

class Database;

// One line of a case list: what `lapordeskctl cases` prints.
struct CaseSummary
{
    qint64 trackingId = 0;
    CaseStatus status = CaseStatus::Unverified;
    QString unitId;
    QDateTime receivedAt;
    QDateTime dueAt; // the stored deadline; invalid when none runs
    qint64 version = 0;
    bool anonymous = false;
    bool confidential = false;
    QString title;
};

// Cases in the local store. The caller owns the transaction, so a sync page and its
// cursor commit together.
class CaseRepository
{
public:
    CaseRepository(Database &db, const WorkingCalendar &calendar);

    // Inserts or replaces the hub's view of a case; keeps local flags (unread, local
    // state) and recomputes the cached deadline.
    bool upsert(const Case &c, QString *error);
    std::optional<Case> find(qint64 trackingId) const;
    bool exists(qint64 trackingId) const;
    // False when the feed already took the case out of the user's scope (kept for unsent
    // work, Retention); true for a case in scope or one this store does not hold.
    bool inScope(qint64 trackingId) const;

    // A holiday the hub announced: later deadlines count it. True when it is new to this
    // calendar, and then recomputeDeadlines() brings stored deadlines in line.
    bool addHoliday(const Holiday &holiday);
    void setCalendar(const WorkingCalendar &calendar) { m_calendar = calendar; }
    const WorkingCalendar &calendar() const { return m_calendar; }
    // Recomputes the cached deadline of every case whose deadline can still move.
    bool recomputeDeadlines(QString *error);

    int count() const; // cases in scope
    // Cases in scope, by tracking id; only those in `status` when one is given.
    std::optional<QList<CaseSummary>> summaries(std::optional<CaseStatus> status,
                                                QString *error) const;
    QMap<CaseStatus, int> countByStatus() const;
    // Tracking ids whose title, content or follow-ups match, best match first.
    QList<qint64> search(const QString &text, int limit) const;
    bool setUnread(qint64 trackingId, bool unread);

private:
    Database &m_db;
    WorkingCalendar m_calendar;
    Statement m_upsert;
    mutable QSqlQuery m_exists;
};

} // namespace lapor
