#include "supervisionsetup.h"

#include "store/agencycalendar.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSqlQuery>

namespace lapor::SupervisionSetup {

Role role(const QSettings &settings)
{
    return Roles::fromKey(settings.value(QStringLiteral("user/role")).toString())
        .value_or(Role::Officer);
}

SupervisionScope scope(const QSettings &settings)
{
    SupervisionScope s;
    s.agencyName = settings.value(QStringLiteral("agency/name")).toString();
    if (s.agencyName.isEmpty())
        s.agencyName = QCoreApplication::translate("lapor::SupervisionSetup", "Instansi");
    if (!Roles::seesWholeAgency(role(settings))) {
        s.unitId = settings.value(QStringLiteral("user/unit")).toString();
        s.unitName = settings.value(QStringLiteral("user/unitName")).toString();
        if (s.unitName.isEmpty())
            s.unitName = s.unitId;
    }
    return s;
}

FeedUser feedUser(const QSettings &settings)
{
    return { settings.value(QStringLiteral("user/id")).toString(), role(settings),
             settings.value(QStringLiteral("user/unit")).toString() };
}

WorkingCalendar calendar(Database &db, const QSettings &settings)
{
    return loadCalendar(db, settings);
}

} // namespace lapor::SupervisionSetup
