#pragma once

#include "changelog.h"
#include "httpmessage.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

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

// A sign-in whose answer waits on its password check. The check is slow by design, so
// it runs on a worker thread (Routes::runChecked); `finish` runs back on the event loop
// with the result and builds the answer.
struct PasswordStep
{
    LoginCheck check;
    std::function<HttpResponse(bool passwordOk)> finish;
};
// What a sign-in route gives back: its answer now (a bad form, a throttle), or the check
// to run before the answer.
using CheckedAnswer = std::variant<HttpResponse, PasswordStep>;

// Login, refresh, logout and bearer checks. Access tokens are short-lived (configurable
// so that client tests can force expiry mid-sync); refresh tokens rotate on every use.
class AuthService
{
public:
    AuthService(HubStore &store, int accessTtlSeconds, int refreshTtlSeconds);

    // A right password goes to `accepted` with the user's id; without one, a new session.
    using Accepted = std::function<HttpResponse(const QString &userId)>;

    // The password grant: read the body, throttle, then the check, then a new session.
    CheckedAnswer login(const HttpRequest &request);
    // The same steps for a sign-in form (the browser and device pages): throttling per
    // address and name, the check, a disabled account. `accepted` makes the answer to a
    // right password; `page` turns every outcome (accepted or refused as login refuses)
    // into what the form shows.
    CheckedAnswer checkForm(LoginCheck check, Accepted accepted,
                            std::function<HttpResponse(const HttpResponse &)> page);
    // The slow step: thread-safe, touches no storage. An unknown name is checked against
    // a dummy hash, so it takes as long as a known one.
    static bool checkPassword(const LoginCheck &check);
    HttpResponse refresh(const HttpRequest &request);
    HttpResponse logout(const Caller &caller);
    HttpResponse me(const Caller &caller);
    std::optional<Caller> authenticate(const HttpRequest &request, HttpResponse *problem);

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
    HttpResponse finishLogin(const LoginCheck &check, bool passwordOk, const Accepted &accepted);

    HubStore &m_store;
    int m_accessTtl;
    int m_refreshTtl;
    // Recent failure times per (username, address) and per address.
    QHash<QString, QList<qint64>> m_failures;
};

} // namespace lapor::hub
