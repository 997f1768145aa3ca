#pragma once

#include "core/identity.h"
#include "core/workingcalendar.h"
#include "notificationfeed.h"
#include "supervisionstats.h"

namespace lapor {

class Database;

// Who supervises what, for the signed-in user (Identity::load of the profile's settings,
// written by HubAccount::rememberLogin).
namespace SupervisionSetup {

// A coordinator or admin sees the agency; everyone else their own unit.
SupervisionScope scope(const Identity &identity);
FeedUser feedUser(const Identity &identity);
// The agency's working days: shipped holidays plus those the hub sent to the store.
WorkingCalendar calendar(Database &db, const Identity &identity);

} // namespace SupervisionSetup
} // namespace lapor
