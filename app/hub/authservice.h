#pragma once

#include "changelog.h"
#include "httpmessage.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace lapor::hub {

class HubStore;

// Who made an authenticated request.
struct Caller
{
    Viewer viewer;
    QString sessionId;
};

// Login, refresh, logout and bearer checks. Access tokens are short-lived (configurable
// so that client tests can force expiry mid-sync); refresh tokens rotate on every use.
class AuthService
{
public:
    AuthService(HubStore &store, int accessTtlSeconds, int refreshTtlSeconds);

    HttpResponse login(const HttpRequest &request);
    HttpResponse refresh(const HttpRequest &request);
    HttpResponse logout(const Caller &caller);
    HttpResponse me(const Caller &caller);
    std::optional<Caller> authenticate(const HttpRequest &request, HttpResponse *problem);

    // The password check of login (throttling, the hash, a disabled account), shared with
    // the browser sign-in page: a refusal is answered as login answers it, a right password
    // goes to `accepted` with the user's id.
    using Accepted = std::function<HttpResponse(const QString &userId)>;
    HttpResponse checkPassword(const QString &username, const QString &password,
                               const Accepted &accepted);
    // A new session, the family of every token that follows, for a checked user.
    HttpResponse startSession(const QString &userId, QString *sessionId = nullptr);

    // PBKDF2-HMAC-SHA256, encoded as pbkdf2-sha256$ITERATIONS$SALT$HASH (base64).
    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &password, const QString &encoded);
    static QString randomToken();
    static QString digest(const QString &token);

private:
    HttpResponse issueTokens(const QString &userId, const QString &sessionId, bool created);
    QJsonObject userInfo(const QString &userId);
    int throttleSeconds(const QString &username) const;

    HubStore &m_store;
    int m_accessTtl;
    int m_refreshTtl;
    QHash<QString, QList<qint64>> m_failures; // username -> recent failure times
};

} // namespace lapor::hub
