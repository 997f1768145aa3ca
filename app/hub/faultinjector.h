#pragma once

#include "httpmessage.h"
#include "rng.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lapor::hub {

// What the server does to one request on top of (or instead of) handling it.
struct FaultPlan
{
    int latencyMs = 0;
    std::optional<HttpResponse> error; // answer with this instead of handling
    bool dropBefore = false; // close the connection before handling: nothing is written
    bool dropAfter = false; // handle (and commit), then close without answering
    bool truncate = false; // answer with half the body and a matching Content-Length
    bool cut = false; // announce the full Content-Length, send half, close
};

// Run-time fault switches for the simulation mode. Rules apply per route id (or "*"),
// can fire for the next `count` matching requests after skipping `skip`, and fire with
// probability `rate` drawn from their own seeded generator, so a test sees the same
// sequence of failures on every run.
class FaultInjector
{
public:
    explicit FaultInjector(const QStringList &routeIds);

    FaultPlan plan(const QString &routeId);
    HttpResponse add(const HttpRequest &request);
    HttpResponse list() const;
    void clear() { m_rules.clear(); }

private:
    struct Rule
    {
        int id = 0;
        QString route;
        QString action;
        int latencyMs = 0;
        int status = 503;
        int retryAfter = 1;
        int remaining = -1; // -1 = until cleared
        int skip = 0;
        double rate = 1.0;
        quint64 seed = 1;
        Rng rng { 1 };
    };

    QStringList m_routeIds;
    QList<Rule> m_rules;
    int m_nextId = 1;
};

} // namespace lapor::hub
