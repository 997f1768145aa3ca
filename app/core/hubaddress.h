#pragma once

#include <QString>

namespace lapor {

// The hub is reached over HTTPS; plain HTTP only to this computer (training hub, tests).
namespace HubAddress {
// Empty when acceptable; otherwise a translated explanation.
QString problem(const QString &address);
// Trimmed, without a trailing slash; empty stays empty.
QString normalized(const QString &address);
bool isLoopbackHost(const QString &host);
} // namespace HubAddress

} // namespace lapor
