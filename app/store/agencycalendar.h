#pragma once

#include "core/workingcalendar.h"

class QSettings;

namespace lapor {

class Database;

// The agency's working days as this profile knows them: the zone remembered at the last
// sign-in, and the national holidays shipped with the desk plus those the hub sent to the
// store (the holidays table). The one place a calendar is loaded: the desk, lapordeskctl,
// sync and the reports all start from it.
WorkingCalendar loadCalendar(Database &db, const QSettings &settings);

} // namespace lapor
