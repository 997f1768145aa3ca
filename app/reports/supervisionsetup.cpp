#include "supervisionsetup.h"

#include "store/agencycalendar.h"

#include <QCoreApplication>

namespace lapor::SupervisionSetup {

SupervisionScope scope(const Identity &identity)
{
    SupervisionScope s;
    s.agencyName = identity.agencyName;
    if (s.agencyName.isEmpty())
        s.agencyName = QCoreApplication::translate("lapor::SupervisionSetup", "Instansi");
    if (!Roles::seesWholeAgency(identity.role)) {
        s.unitId = identity.unitId;
        s.unitName = identity.unitName;
        if (s.unitName.isEmpty())
            s.unitName = s.unitId;
    }
    return s;
}

FeedUser feedUser(const Identity &identity)
{
    return { identity.userId, identity.role, identity.unitId };
}

WorkingCalendar calendar(Database &db, const Identity &identity)
{
    return loadCalendar(db, identity.agencyZone());
}

} // namespace lapor::SupervisionSetup
