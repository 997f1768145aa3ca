#include "deadlines.h"

#include <QCoreApplication>

namespace lapor::Deadlines {

QDateTime dueAfter(const WorkingCalendar &calendar, const QDateTime &start, int workingDays)
{
    if (!start.isValid())
        return {};
    const QDate startDay = calendar.localDate(start);
    return calendar.endOfDay(calendar.addWorkingDays(startDay, workingDays));
}

QDateTime firstFollowupDue(const WorkingCalendar &calendar, const QDateTime &disposedAt)
{
    return dueAfter(calendar, disposedAt, kFirstFollowupDays);
}

QDateTime autoCloseAt(const WorkingCalendar &calendar, const QDateTime &lastFollowupAt)
{
    return dueAfter(calendar, lastFollowupAt, kAutoCloseDays);
}

QDateTime resolutionDue(const WorkingCalendar &calendar, const QDateTime &disposedAt, int tierDays)
{
    return dueAfter(calendar, disposedAt, tierDays);
}

QDateTime caseDeadline(const WorkingCalendar &calendar, const Case &c)
{
    switch (c.status) {
    case CaseStatus::Unverified:
        // Still with the national admin, who must verify and disposition it.
        return dueAfter(calendar, c.receivedAt, kVerificationDays);
    case CaseStatus::Disposed:
        return firstFollowupDue(calendar, c.disposedAt);
    case CaseStatus::InProgress:
        if (!c.firstFollowupAt.isValid())
            return firstFollowupDue(calendar, c.disposedAt);
        return resolutionDue(calendar, c.disposedAt, c.resolutionDays);
    default:
        return {};
    }
}

int workingDaysLeft(const WorkingCalendar &calendar, const QDateTime &due, const QDateTime &now)
{
    // `due` is the first instant after the due day, so the due day is the day before it.
    const QDate dueDay = calendar.localDate(due).addDays(-1);
    return calendar.workingDaysBetween(calendar.localDate(now), dueDay);
}

SlaState slaState(const WorkingCalendar &calendar, const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid())
        return SlaState::None;
    if (now >= due)
        return SlaState::Overdue;
    return workingDaysLeft(calendar, due, now) <= kDueSoonDays ? SlaState::DueSoon
                                                               : SlaState::OnTrack;
}

QString slaKey(SlaState state)
{
    switch (state) {
    case SlaState::None:
        return QStringLiteral("none");
    case SlaState::OnTrack:
        return QStringLiteral("on_track");
    case SlaState::DueSoon:
        return QStringLiteral("due_soon");
    case SlaState::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

QString slaLabel(SlaState state)
{
    switch (state) {
    case SlaState::Overdue:
        return QCoreApplication::translate("lapor::Deadlines", "Terlambat");
    case SlaState::DueSoon:
        return QCoreApplication::translate("lapor::Deadlines", "≤ 2 hari");
    case SlaState::OnTrack:
        return QCoreApplication::translate("lapor::Deadlines", "Sesuai");
    case SlaState::None:
        break;
    }
    return {};
}

} // namespace lapor::Deadlines
