#include "agencycalendar.h"

#include "database.h"

#include <QSqlQuery>

namespace lapor {

WorkingCalendar loadCalendar(Database &db, const QSettings &settings)
{
    WorkingCalendar calendar = WorkingCalendar::national(Zones::fromSettings(settings));
    // A store that cannot be read still has the national holidays; its own trouble shows
    // wherever the cases are read.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT date, name, kind FROM holidays"));
    if (q.exec()) {
        while (q.next())
            calendar.addHoliday({ QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                  q.value(1).toString(),
                                  q.value(2).toString() == QLatin1String("cuti_bersama") });
    }
    return calendar;
}

} // namespace lapor
