#include "hubclient.h"

namespace lapor {

bool HubClient::adoptTokens(const QJsonObject &response, HubError *error)
{
    const QString username = response.value(QLatin1String("user"))
                                 .toObject()
                                 .value(QLatin1String("username"))
                                 .toString();
    if (username.isEmpty()) {
        *error = HubError::invalid(QStringLiteral("token response names no user"));
        return false;
    }
    // The token store's key is (hub, user name): set before acceptTokens saves.
    m_username = username;
    return acceptTokens(response, error);
}

} // namespace lapor
