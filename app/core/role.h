#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace lapor {

// Agency-side roles. The reporter (pelapor) is not a user of this client.
enum class Role {
    Officer, // admin unit / pejabat penghubung: drafts follow-ups
    Approver, // head of unit: approves or returns drafts
    Coordinator, // admin instansi: forwards to units, monitors the agency
    Admin, // national admin: verifies and dispositions to agencies
};

namespace Roles {
QString key(Role role);
std::optional<Role> fromKey(const QString &key);
QStringList keys(); // every key, in the order of the enum
QString label(Role role);
bool canDraft(Role role);
bool canApprove(Role role);
// Returning a case as bukan wewenang is a decision for the head of unit or above.
bool canReturnNotAuthority(Role role);
bool seesWholeAgency(Role role);
} // namespace Roles

} // namespace lapor
