#pragma once

#include "authservice.h"
#include "httpmessage.h"
#include "loginpage.h"

#include <QHash>
#include <QList>
#include <QString>

class QUrlQuery;

namespace lapor::hub {

class HubStore;

// The device authorization grant (RFC 8628) for lapordeskctl and headless use: the device
// asks for a code pair, the person types the short user code on the hub's verification
// page in any browser and signs in there, and the device polls the token endpoint until
// the hub answers with tokens. Held in memory, like the code grant's pending sign-ins.
class DeviceFlow
{
public:
    DeviceFlow(HubStore &store, AuthService &auth, bool https);

    HttpResponse authorize(const HttpRequest &request); // POST /v1/oauth/device
    HttpResponse page(const HttpRequest &request); // GET /v1/oauth/verify
    CheckedAnswer submit(const HttpRequest &request); // POST /v1/oauth/verify
    HttpResponse token(const QUrlQuery &form); // grant_type=…:device_code

    static constexpr qint64 kLifetime = 600;
    static constexpr int kInterval = 5;
    // Wrong user codes the whole hub accepts per five minutes before it makes everyone
    // wait: eight letters of twenty give 2^34 codes, and this keeps guessing hopeless.
    static constexpr int kMaxWrongCodes = 20;
    static QString normalizeUserCode(const QString &typed);

private:
    enum class State { Pending, Approved, Denied };
    struct Grant
    {
        QString clientId;
        QString userCode;
        qint64 expiresAt = 0;
        int interval = kInterval;
        qint64 lastPoll = 0;
        State state = State::Pending;
        QString userId;
    };
    struct Visit
    {
        LoginPage::Language language = LoginPage::Language::Indonesian;
        qint64 expiresAt = 0;
    };

    LoginPage::Form form(const QString &transaction, const QString &userCode) const;
    QString verificationUri(const HttpRequest &request) const;
    void prune();

    HubStore &m_store;
    AuthService &m_auth;
    bool m_https;
    QHash<QString, Grant> m_grants; // digest of the device code -> grant
    QHash<QString, QString> m_byUserCode; // normalized user code -> digest of the device code
    QHash<QString, Visit> m_visits; // transaction id of a verification page -> its language
    QList<qint64> m_wrongCodes;
};

} // namespace lapor::hub
