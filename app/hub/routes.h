#pragma once

#include "attachments.h"
#include "authservice.h"
#include "casehandlers.h"
#include "changelog.h"
#include "deviceflow.h"
#include "faultinjector.h"
#include "hubstore.h"
#include "idempotency.h"
#include "oauthserver.h"
#include "protocol/routes.h"

#include <QList>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace lapor::hub {

class Simulation;
class SqliteDb;
class TextGen;

struct HubConfig
{
    int accessTtl = 900;
    int refreshTtl = 30 * 24 * 3600;
    bool simulate = false;
    bool adjustableClock = false; // --simulate on loopback: /v1/sim/clock (hubclock.h)
    bool https = false; // --tls-cert: the scheme of the addresses the hub hands out
    // The password grant (POST /v1/auth/token) is for training and tests; real sign-ins
    // go through the browser or a device code. --allow-password-grant, implied by --simulate.
    bool allowPasswordGrant = false;
    qint64 maxJsonBody = 1024 * 1024;
};

// The /v1 routes, independent of sockets: a request goes in, a response comes out.
// HubServer adds the transport (and the injected faults) around it.
class Routes
{
public:
    using Handler
        = std::function<HttpResponse(const HttpRequest &, const Caller &, const QStringList &)>;
    // A sign-in route: its answer may wait on a password check (runChecked()).
    using CheckHandler = std::function<CheckedAnswer(const HttpRequest &)>;

    struct Route
    {
        QByteArray method;
        QStringList segments; // "{}" matches one path segment
        QString id; // stable name, used by fault rules and the docs
        int flags = 0;
        qint64 maxBody = 0;
        Handler handler;
        CheckHandler checkHandler; // instead of `handler` on a sign-in route
    };
    enum Flag { Auth = 1, Idempotent = 2, Transactional = 4, SimRoute = 8 };

    struct Match
    {
        const Route *route = nullptr;
        QStringList params;
        bool wrongMethod = false;
    };

    Routes(SqliteDb &db, const HubConfig &config);
    ~Routes();

    Match match(const HttpRequest &request) const;
    // Every route; a sign-in route checks its password on the calling thread (a server
    // uses runChecked() for those).
    HttpResponse run(const Match &match, const HttpRequest &request);
    // The body cap of the route a request head names (unknown routes: the JSON cap).
    qint64 bodyLimit(const QByteArray &method, const QString &path) const;
    // The sign-in routes (the password grant, the browser and device pages) have one slow
    // step, the password check: runChecked() does the rest on the calling thread and the
    // check on a worker thread, and calls `reply` on `context`'s thread when the answer
    // is ready. The event loop keeps serving other requests meanwhile.
    bool checksPassword(const Match &match) const;
    void runChecked(const Match &match, const HttpRequest &request, QObject *context,
                    std::function<void(HttpResponse)> reply);
    // Before `context` of runChecked() goes away.
    void waitForLogins() { m_checks.waitForDone(); }
    FaultInjector *faults() { return m_faults.get(); }
    QStringList routeIds() const;

private:
    static HttpResponse passwordGrantOff();
    // The method, path and id come from the route table the desk builds its requests from.
    void add(protocol::Route route, int flags, Handler handler, qint64 maxBody = 0);
    void addSignIn(protocol::Route route, CheckHandler handler);
    void addOAuthRoutes();
    void addSimulationRoutes();
    HttpResponse changes(const HttpRequest &request, const Caller &caller, bool countOnly);
    std::optional<qint64> parseCursor(const QString &cursor, HttpResponse *problem);

    HubConfig m_config;
    HubStore m_store;
    ChangeLog m_log;
    AuthService m_auth;
    DeviceFlow m_device;
    OAuthServer m_oauth;
    Idempotency m_idempotency;
    CaseHandlers m_actions;
    Attachments m_attachments;
    std::unique_ptr<TextGen> m_text;
    std::unique_ptr<class Simulation> m_simulation;
    std::unique_ptr<FaultInjector> m_faults;
    QString m_epoch;
    QList<Route> m_routes;
    int m_pendingChecks = 0;
    QThreadPool m_checks; // password checks, leaving a core to the event loop
};

} // namespace lapor::hub
