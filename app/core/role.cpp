#include "role.h"

#include "keytable.h"

#include <QCoreApplication>

namespace lapor::Roles {

namespace {
constexpr KeyTable<Role, 4> kKeys { { {
    { Role::Officer, "officer" },
    { Role::Approver, "approver" },
    { Role::Coordinator, "coordinator" },
    { Role::Admin, "admin" },
} } };
} // namespace

QString key(Role role)
{
    return kKeys.key(role);
}

std::optional<Role> fromKey(const QString &key)
{
    return kKeys.fromKey(key);
}

QStringList keys()
{
    return kKeys.keys();
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
