#include "oauthsignin.h"

#include "hubclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace lapor::OAuthSignIn {

HubCall *postForm(HubClient &client, protocol::Route route, const Fields &fields)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    HubClient::Request request;
    request.verb = protocol::Routes::method(route);
    request.path = protocol::Routes::path(route);
    request.rawBody = body;
    request.contentType = "application/x-www-form-urlencoded";
    return client.send(request);
}

QString errorCode(HubCall *call)
{
    return QJsonDocument::fromJson(call->body()).object().value(QLatin1String("error")).toString();
}

} // namespace lapor::OAuthSignIn
