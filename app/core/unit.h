#pragma once

#include <QString>

namespace lapor {

// An organisational unit (dinas/SKPD) of an agency.
struct Unit
{
    QString id;
    QString agencyId;
    QString name;
    QString shortName;
};

} // namespace lapor
