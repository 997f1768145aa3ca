#pragma once

#include "core/role.h"
#include "core/workingcalendar.h"
#include "notificationfeed.h"
#include "supervisionstats.h"

class QSettings;

namespace lapor {

class Database;

// Who supervises what, as the profile's settings.ini remembers the signed-in user
// (written by HubAccount::rememberLogin).
namespace SupervisionSetup {

Role role(const QSettings &settings);
// A coordinator or admin sees the agency; everyone else their own unit.
SupervisionScope scope(const QSettings &settings);
FeedUser feedUser(const QSettings &settings);
// The agency's working days: shipped holidays plus those the hub sent to the store.
WorkingCalendar calendar(Database &db, const QSettings &settings);

} // namespace SupervisionSetup
} // namespace lapor
