#pragma once

#include "authservice.h"
#include "httpmessage.h"
#include "loginpage.h"

#include <QHash>
#include <QString>

namespace lapor::hub {

class DeviceFlow;
class HubStore;

// The hub as an OAuth 2.0 authorization server for its own native clients: the
// authorization code grant with PKCE (RFC 7636, S256 only) to a loopback redirect
// (RFC 8252), the refresh token grant in the form RFC 6749 gives it, and the device
// authorization grant (RFC 8628). Passwords are checked by AuthService, whose throttling
// applies to the pages exactly as to the password grant. Pending sign-ins and codes are
// held in memory: they live for minutes, and a restarted hub simply asks again.
class OAuthServer
{
public:
    OAuthServer(HubStore &store, AuthService &auth, DeviceFlow &device);

    HttpResponse authorizePage(const HttpRequest &request); // GET: the login form
    CheckedAnswer authorizeSubmit(const HttpRequest &request); // POST: the form's answer
    HttpResponse token(const HttpRequest &request); // POST, form-encoded

    // How long a code stays exchangeable, and a pending sign-in open.
    static constexpr qint64 kCodeSeconds = 60;
    static constexpr qint64 kTransactionSeconds = 600;

private:
    struct Pending
    {
        QString clientId;
        QString redirectUri;
        QString state;
        QString challenge;
        LoginPage::Language language = LoginPage::Language::Indonesian;
        qint64 expiresAt = 0;
    };
    struct Code
    {
        QString userId;
        QString clientId;
        QString redirectUri;
        QString challenge;
        qint64 expiresAt = 0;
        QString sessionId; // after the exchange: what a replay of the code revokes
    };

    HttpResponse codeGrant(const class QUrlQuery &form);
    HttpResponse refreshGrant(const class QUrlQuery &form);
    static HttpResponse expiredPage(const QByteArray &acceptLanguage);
    HttpResponse redirect(const Pending &pending, const QList<QPair<QString, QString>> &items);
    void prune();

    HubStore &m_store;
    AuthService &m_auth;
    DeviceFlow &m_device;
    QHash<QString, Pending> m_pending; // transaction id -> sign-in waiting for the password
    QHash<QString, Code> m_codes; // digest of the code -> what it stands for
};

// RFC 6749 §5.2 error answers of the token endpoint: {"error": …, "error_description": …}.
namespace OAuthError {
HttpResponse make(int status, const char *error, const QString &description);
} // namespace OAuthError

} // namespace lapor::hub
