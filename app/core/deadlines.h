#pragma once

#include "case.h"
#include "workingcalendar.h"

#include <QDateTime>

namespace lapor {

// Service-level rules of SP4N-LAPOR!, in working days of the agency's calendar.
namespace Deadlines {

inline constexpr int kVerificationDays = 3; // national admin verifies and dispositions
inline constexpr int kFirstFollowupDays = 5; // agency's first follow-up after disposition
inline constexpr int kAutoCloseDays = 10; // no reporter reply after a follow-up: case closes
inline constexpr int kDueSoonDays = 2; // "jatuh tempo <= 2 hari"

enum class SlaState { None, OnTrack, DueSoon, Overdue };

// Deadlines are exclusive instants: the due day ends at local midnight.
QDateTime dueAfter(const WorkingCalendar &calendar, const QDateTime &start, int workingDays);
QDateTime firstFollowupDue(const WorkingCalendar &calendar, const QDateTime &disposedAt);
QDateTime autoCloseAt(const WorkingCalendar &calendar, const QDateTime &lastFollowupAt);
QDateTime resolutionDue(const WorkingCalendar &calendar, const QDateTime &disposedAt, int tierDays);

// The deadline that matters now: verification while unverified, the first follow-up while
// none exists, then resolution. Invalid for closed and postponed cases.
QDateTime caseDeadline(const WorkingCalendar &calendar, const Case &c);

// Working days from `now` to the due day: 0 = due today, negative = that many working
// days late.
int workingDaysLeft(const WorkingCalendar &calendar, const QDateTime &due, const QDateTime &now);
SlaState slaState(const WorkingCalendar &calendar, const QDateTime &due, const QDateTime &now);
QString slaKey(SlaState state);
// The state as the inbox's badge and a screen reader say it: "Terlambat", "≤ 2 hari",
// "Sesuai"; empty for None.
QString slaLabel(SlaState state);

} // namespace Deadlines
} // namespace lapor
