#include "agencycalendar.h"

#include "core/identity.h"
#include "holidayrepository.h"

namespace lapor {

WorkingCalendar loadCalendar(Database &db, AgencyZone zone)
{
    WorkingCalendar calendar = WorkingCalendar::national(zone);
    // A store that cannot be read still has the national holidays; its own trouble shows
    // wherever the cases are read.
    for (const Holiday &holiday : HolidayRepository(db).all())
        calendar.addHoliday(holiday);
    return calendar;
}

WorkingCalendar loadCalendar(Database &db, const QSettings &settings)
{
    return loadCalendar(db, Identity::load(settings).agencyZone());
}

} // namespace lapor
