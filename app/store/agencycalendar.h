#pragma once

#include "core/workingcalendar.h"

class QSettings;

namespace lapor {

class Database;

// The agency's working days as this profile knows them: its zone, and the national
// holidays shipped with the desk plus those the hub sent to the store. The one place a
// calendar is loaded: the desk, lapordeskctl, sync and the reports all start from it.
WorkingCalendar loadCalendar(Database &db, AgencyZone zone);
// The same, with the zone remembered at the last sign-in (core/identity.h).
WorkingCalendar loadCalendar(Database &db, const QSettings &settings);

} // namespace lapor
