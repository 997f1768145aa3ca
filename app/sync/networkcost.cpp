#include "networkcost.h"

#include <QNetworkInformation>

namespace lapor::NetworkCost {

bool isMetered()
{
    // Loaded once; a platform without a backend that knows about cost returns false here
    // and on every later call.
    static const bool loaded
        = QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Metered);
    const auto *info = QNetworkInformation::instance();
    return loaded && info && info->supports(QNetworkInformation::Feature::Metered)
        && info->isMetered();
}

} // namespace lapor::NetworkCost
