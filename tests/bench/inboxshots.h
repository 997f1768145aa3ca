#pragma once

#include <QString>

namespace lapor {

class Database;
class Profile;
class WorkingCalendar;

// Shows the desk window in the state a README screenshot needs and saves the screen.
int takeShot(Profile &profile, Database &db, const WorkingCalendar &calendar, const QString &shot,
             const QString &file);

} // namespace lapor
