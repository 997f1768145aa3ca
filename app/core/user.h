#pragma once

#include "role.h"

#include <QString>

namespace lapor {

struct User
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Officer;
    QString unitId;
    QString agencyId;
};

} // namespace lapor
