#pragma once

#include <functional>

namespace lapor {

// Whether the connection costs by the byte (a phone's data plan, a metered hotspot), as
// the platform reports it through QNetworkInformation. Where no backend reports it, the
// connection counts as unmetered: the setting then never holds a prefetch back.
namespace NetworkCost {
bool isMetered();
} // namespace NetworkCost

// The question as SyncController asks it; a test answers "metered" without a backend.
using MeteredCheck = std::function<bool()>;

} // namespace lapor
