// WorkingCalendar::parseHolidays (app/core/workingcalendar.h), then the parsed calendar in
// use: working days and SLA deadlines (app/core/deadlines.h) must end and stay consistent
// whatever holiday list the hub or a file sends.
#include "core/deadlines.h"
#include "core/workingcalendar.h"
#include "fuzzcheck.h"

#include <QCoreApplication>

#include <cstdint>

using namespace lapor;

namespace {

void useCalendar(const WorkingCalendar &calendar, const QList<Holiday> &holidays)
{
    // Start on every parsed date and around the shipped years, so that long runs of
    // holidays are crossed.
    QList<QDate> starts { QDate(2026, 1, 1), QDate(2025, 12, 24) };
    for (const Holiday &h : holidays.mid(0, 8))
        starts.append(h.date.addDays(-1));
    for (const QDate start : starts) {
        for (const int n : { 0, 1, 3, 5, 10, 60 }) {
            const QDate due = calendar.addWorkingDays(start, n);
            FUZZ_CHECK(due.isValid() == start.isValid(), "addWorkingDays(%d) validity", n);
            if (!due.isValid())
                continue;
            FUZZ_CHECK(due >= start, "addWorkingDays went backwards");
            FUZZ_CHECK(n == 0 || calendar.isWorkingDay(due), "due on a day off");
            FUZZ_CHECK(calendar.workingDaysBetween(start, due) == n,
                       "workingDaysBetween disagrees with addWorkingDays(%d)", n);
            FUZZ_CHECK(calendar.workingDaysBetween(due, start) == -n, "asymmetric count");
        }
        const QDateTime received(start, QTime(23, 59), calendar.timeZone());
        Case c;
        c.receivedAt = received.toUTC();
        c.disposedAt = received.addSecs(3600).toUTC();
        c.resolutionDays = 60;
        for (const CaseStatus status :
             { CaseStatus::Unverified, CaseStatus::Disposed, CaseStatus::InProgress }) {
            c.status = status;
            const QDateTime due = Deadlines::caseDeadline(calendar, c);
            FUZZ_CHECK(due.isValid() && due > c.receivedAt, "deadline before the case");
            const auto state = Deadlines::slaState(calendar, due, c.receivedAt);
            FUZZ_CHECK(state != Deadlines::SlaState::None && state != Deadlines::SlaState::Overdue,
                       "a new case is already overdue");
            FUZZ_CHECK(Deadlines::workingDaysLeft(calendar, due, c.receivedAt) >= 0,
                       "negative days left for a new case");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_holidays";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);

    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto holidays = WorkingCalendar::parseHolidays(json, &error);
    FUZZ_CHECK(holidays.has_value() || !error.isEmpty(), "refused without a reason");
    if (!holidays)
        return 0;
    for (const Holiday &h : *holidays)
        FUZZ_CHECK(h.date.isValid(), "an invalid date was accepted");
    for (const AgencyZone zone : { AgencyZone::WIB, AgencyZone::WIT }) {
        const WorkingCalendar calendar(zone, *holidays);
        FUZZ_CHECK(calendar.holidays().size() <= holidays->size(), "holidays appeared");
        for (const Holiday &h : *holidays)
            FUZZ_CHECK(!calendar.isWorkingDay(h.date), "a holiday is a working day");
        useCalendar(calendar, *holidays);
    }
    return 0;
}
