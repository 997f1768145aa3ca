#include "role.h"

#include <QCoreApplication>

namespace lapor::Roles {

QString key(Role role)
{
    switch (role) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Approver:
        return QStringLiteral("approver");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> fromKey(const QString &key)
{
    for (Role role : { Role::Officer, Role::Approver, Role::Coordinator, Role::Admin }) {
        if (Roles::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QString label(Role role)
{
    switch (role) {
    case Role::Officer:
        return QCoreApplication::translate("lapor::Roles", "Petugas unit");
    case Role::Approver:
        return QCoreApplication::translate("lapor::Roles", "Kepala unit");
    case Role::Coordinator:
        return QCoreApplication::translate("lapor::Roles", "Koordinator instansi");
    case Role::Admin:
        return QCoreApplication::translate("lapor::Roles", "Admin nasional");
    }
    return {};
}

bool canDraft(Role role)
{
    return role == Role::Officer || role == Role::Approver;
}

bool canApprove(Role role)
{
    return role == Role::Approver;
}

bool canReturnNotAuthority(Role role)
{
    return role != Role::Officer;
}

bool seesWholeAgency(Role role)
{
    return role == Role::Coordinator || role == Role::Admin;
}

} // namespace lapor::Roles
