#pragma once

#include "protocol/routes.h"

#include <QList>
#include <QPair>
#include <QString>

namespace lapor {

class HubCall;
class HubClient;

// What the browser and device sign-ins share: form-encoded requests to the hub's OAuth
// routes through the one HubClient (its TLS settings and timeouts), and the RFC 6749
// error code of a refusal.
namespace OAuthSignIn {
using Fields = QList<QPair<QString, QString>>;
HubCall *postForm(HubClient &client, protocol::Route route, const Fields &fields);
// "authorization_pending", "invalid_grant", …; empty when the answer has none.
QString errorCode(HubCall *call);
} // namespace OAuthSignIn

} // namespace lapor
