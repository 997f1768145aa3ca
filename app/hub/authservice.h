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

// A login between its two halves: what was read on the event loop, for the password
// check that runs on a worker thread.
struct LoginCheck
{
    QString username;
    QString password;
    QString userId; // empty for an unknown name
    QString encoded; // the stored hash; empty for an unknown name
    bool disabled = false;
    QString peer; // the client's address
};

// Login, refresh, logout and bearer checks. Access tokens are short-lived (configurable
// so that client tests can force expiry mid-sync); refresh tokens rotate on every use.
class AuthService
{
public:
    AuthService(HubStore &store, int accessTtlSeconds, int refreshTtlSeconds);

    // A right password goes to `accepted` with the user's id; without one, a new session.
    using Accepted = std::function<HttpResponse(const QString &userId)>;

    HttpResponse login(const HttpRequest &request);
    // login() in three steps: read and throttle (an answer in *answer when there is nothing
    // to check), the password check (thread-safe, no storage), and the outcome.
    std::optional<LoginCheck> beginLogin(const HttpRequest &request, HttpResponse *answer);
    static bool checkPassword(const LoginCheck &check);
    HttpResponse finishLogin(const LoginCheck &check, bool passwordOk,
                             const Accepted &accepted = {});
    HttpResponse refresh(const HttpRequest &request);
    HttpResponse logout(const Caller &caller);
    HttpResponse me(const Caller &caller);
    std::optional<Caller> authenticate(const HttpRequest &request, HttpResponse *problem);

    // The three steps at once, for the browser sign-in and device pages (a form, not the
    // token endpoint): throttling per address and name, the hash on the calling thread, a
    // disabled account; a refusal is answered as login answers it.
    HttpResponse checkPassword(const QString &username, const QString &password,
                               const QString &peer, const Accepted &accepted);
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
    int throttleSeconds(const QString &key, int maxFailures) const;
    void recordFailure(const LoginCheck &check);
    // Throttle and look the user up; false with the answer when throttled.
    bool prepareCheck(LoginCheck &check, HttpResponse *answer);

    HubStore &m_store;
    int m_accessTtl;
    int m_refreshTtl;
    // Recent failure times per (username, address) and per address.
    QHash<QString, QList<qint64>> m_failures;
};

} // namespace lapor::hub
