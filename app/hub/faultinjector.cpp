#include "faultinjector.h"

#include "jsonbody.h"
#include "problem.h"

#include <QJsonArray>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kActions
    = { u"latency"_s, u"error"_s, u"drop_before"_s, u"drop_after"_s, u"truncate"_s, u"cut"_s };

} // namespace

FaultInjector::FaultInjector(const QStringList &routeIds)
    : m_routeIds(routeIds)
{ }

FaultPlan FaultInjector::plan(const QString &routeId)
{
    FaultPlan plan;
    bool decided = false; // one failure per request; latency adds up with it
    for (auto it = m_rules.begin(); it != m_rules.end();) {
        Rule &rule = *it;
        const bool matches = rule.route == u"*"_s || rule.route == routeId;
        const bool isLatency = rule.action == u"latency"_s;
        if (!matches || (decided && !isLatency)) {
            ++it;
            continue;
        }
        if (rule.skip > 0) {
            --rule.skip;
            ++it;
            continue;
        }
        if (rule.rate < 1.0 && !rule.rng.chance(rule.rate)) {
            ++it;
            continue;
        }
        if (isLatency) {
            plan.latencyMs += rule.latencyMs;
        } else {
            decided = true;
            if (rule.action == u"error"_s) {
                const QString detail = u"Injected fault (rule %1)."_s.arg(rule.id);
                if (rule.status == 429)
                    plan.error = Problem::tooManyRequests(rule.retryAfter, detail);
                else if (rule.status == 503)
                    plan.error = Problem::unavailable(rule.retryAfter, detail);
                else
                    plan.error = Problem::internal(detail);
            } else if (rule.action == u"drop_before"_s) {
                plan.dropBefore = true;
            } else if (rule.action == u"drop_after"_s) {
                plan.dropAfter = true;
            } else if (rule.action == u"truncate"_s) {
                plan.truncate = true;
            } else if (rule.action == u"cut"_s) {
                plan.cut = true;
            }
        }
        if (rule.remaining > 0 && --rule.remaining == 0)
            it = m_rules.erase(it);
        else
            ++it;
    }
    return plan;
}

HttpResponse FaultInjector::add(const HttpRequest &request)
{
    HttpResponse problem;
    auto body = JsonBody::parse(request, &problem);
    if (!body)
        return problem;
    Rule rule;
    rule.route = body->string("route", 1, 64);
    rule.action = body->oneOf("action", kActions);
    rule.latencyMs = int(body->optionalInteger("latency_ms", 0, 600000).value_or(0));
    rule.status = int(body->optionalInteger("status", 429, 503).value_or(503));
    rule.retryAfter = int(body->optionalInteger("retry_after", 0, 3600).value_or(1));
    rule.remaining = int(body->optionalInteger("count", 1, 1000000).value_or(-1));
    rule.skip = int(body->optionalInteger("skip", 0, 1000000).value_or(0));
    rule.rate = body->optionalNumber("rate", 0.0, 1.0).value_or(1.0);
    rule.seed = quint64(body->optionalInteger("seed", 0, 1LL << 52).value_or(1));
    if (!rule.route.isEmpty() && rule.route != u"*"_s && !m_routeIds.contains(rule.route))
        body->addError("route", u"unknown route id; see GET /v1/sim/faults"_s);
    if (rule.status != 429 && rule.status != 500 && rule.status != 503)
        body->addError("status", u"status must be 429, 500 or 503"_s);
    if (rule.action == u"latency"_s && rule.latencyMs == 0)
        body->addError("latency_ms", u"latency needs latency_ms"_s);
    if (!body->finish(&problem))
        return problem;
    rule.id = m_nextId++;
    rule.rng = Rng(rule.seed);
    m_rules.append(rule);
    QJsonObject out;
    out.insert(u"id"_s, rule.id);
    return HttpResponse::json(201, out);
}

HttpResponse FaultInjector::list() const
{
    QJsonArray rules;
    for (const Rule &rule : m_rules) {
        QJsonObject o;
        o.insert(u"id"_s, rule.id);
        o.insert(u"route"_s, rule.route);
        o.insert(u"action"_s, rule.action);
        o.insert(u"latency_ms"_s, rule.latencyMs);
        o.insert(u"status"_s, rule.status);
        o.insert(u"retry_after"_s, rule.retryAfter);
        o.insert(u"count"_s, rule.remaining);
        o.insert(u"skip"_s, rule.skip);
        o.insert(u"rate"_s, rule.rate);
        rules.append(o);
    }
    QJsonObject out;
    out.insert(u"rules"_s, rules);
    out.insert(u"routes"_s, QJsonArray::fromStringList(m_routeIds));
    return HttpResponse::json(200, out);
}

} // namespace lapor::hub
