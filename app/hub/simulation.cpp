#include "simulation.h"

#include "apiutil.h"
#include "casehandlers.h"
#include "changelog.h"
#include "core/casestatus.h"
#include "hubstore.h"
#include "jsonbody.h"
#include "problem.h"
#include "textgen.h"

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

Simulation::Simulation(HubStore &store, ChangeLog &log, CaseHandlers &actions, const TextGen &text)
    : m_store(store)
    , m_log(log)
    , m_actions(actions)
    , m_text(text)
    , m_rng(0x51u)
{ }

HttpResponse Simulation::createComplaint(const HttpRequest &request)
{
    HttpResponse problem;
    auto body = JsonBody::parse(request, &problem, true);
    if (!body)
        return problem;
    const auto unitId = body->optionalString("unit_id", 64);
    const auto title = body->optionalString("title", int(kMaxTitleLength));
    const auto content = body->optionalString("content", int(kMaxContentLength));
    const auto reporter = body->optionalString("reporter_name", 200);
    const bool anonymous = body->boolean("anonymous", false);
    const bool confidential = body->boolean("confidential", false);
    const auto channel = body->optionalString("channel", 20);
    if (unitId && !m_store.unitExists(*unitId))
        body->addError("unit_id", u"unknown unit"_s);
    if (anonymous && reporter && !reporter->isEmpty())
        body->addError("reporter_name", u"an anonymous complaint has no reporter name"_s);
    if (!body->finish(&problem))
        return problem;

    int unit = m_text.pickUnit(m_rng);
    for (int i = 0; unitId && i < m_text.units().size(); ++i) {
        if (m_text.units()[i].id == *unitId)
            unit = i;
    }
    const TopicSpec &topic = m_text.pickTopic(m_rng, unit);
    const QDateTime now = Records::dateTime(Records::now());
    CaseRow row;
    Case &c = row.c;
    c.trackingId = qMax<qint64>(m_store.maxTrackingId(), 8'000'000) + 1;
    c.title = title.value_or(m_text.title(m_rng, topic));
    c.content = content.value_or(m_text.content(m_rng, topic));
    c.category = topic.category;
    c.subcategory = topic.subcategory;
    c.channel = channel.value_or(u"web"_s);
    c.status = CaseStatus::Disposed;
    c.agencyId = m_text.agencyId();
    c.unitId = m_text.units()[unit].id;
    c.anonymous = anonymous;
    c.confidential = confidential;
    c.reporterName = anonymous ? QString() : reporter.value_or(m_text.personName(m_rng));
    c.receivedAt = now;
    c.disposedAt = now;
    c.version = 1;
    if (c.title.trimmed().isEmpty())
        return Problem::validation(
            { QJsonObject { { u"field"_s, u"title"_s }, { u"message"_s, u"title is empty"_s } } });
    const Disposition d { ApiUtil::newId(), c.trackingId, QString(), c.unitId,
                          QString(),        QString(),    now };
    m_store.saveCase(row);
    m_store.insertDisposition(d);
    m_log.publishCase(row);
    m_log.publishDisposition(d, c.unitId);
    return ApiUtil::withEtag(201, Records::caseJson(row), c.version);
}

HttpResponse Simulation::reply(const HttpRequest &request, const QString &caseId)
{
    HttpResponse problem;
    auto body = JsonBody::parse(request, &problem, true);
    if (!body)
        return problem;
    const auto text = body->optionalString("text", 5000);
    const int rating = int(body->optionalInteger("rating", 0, 5).value_or(0));
    if (!body->finish(&problem))
        return problem;
    const auto id = ApiUtil::parseTrackingId(caseId);
    auto row = id ? m_store.loadCase(*id) : std::nullopt;
    if (!row)
        return Problem::notFound();
    const CitizenReply r { ApiUtil::newId(), row->c.trackingId,
                           text.value_or(m_text.reply(m_rng, rating)), rating,
                           Records::dateTime(Records::now()) };
    m_store.insertReply(r);
    row->c.lastReplyAt = r.createdAt;
    if (rating > 0)
        row->c.rating = rating;
    row->c.version += 1;
    m_store.saveCase(*row);
    m_log.publishReply(r, row->c.unitId);
    m_log.publishCase(*row);
    return HttpResponse::json(201, Records::replyJson(r));
}

HttpResponse Simulation::move(const HttpRequest &request, const QString &caseId)
{
    HttpResponse problem;
    auto body = JsonBody::parse(request, &problem);
    if (!body)
        return problem;
    const QString toUnit = body->string("to_unit_id", 1, 64);
    const QString note = body->optionalString("note", 2000).value_or(QString());
    if (!toUnit.isEmpty() && !m_store.unitExists(toUnit))
        body->addError("to_unit_id", u"unknown unit"_s);
    if (!body->finish(&problem))
        return problem;
    const auto id = ApiUtil::parseTrackingId(caseId);
    auto row = id ? m_store.loadCase(*id) : std::nullopt;
    if (!row)
        return Problem::notFound();
    if (row->c.unitId == toUnit)
        return Problem::conflict(ProblemType::InvalidTransition,
                                 u"The case is already in that unit"_s, {});
    m_actions.moveCase(*row, toUnit, QString(), note, ApiUtil::newId());
    return ApiUtil::withEtag(200, Records::caseJson(*row), row->c.version);
}

HttpResponse Simulation::close(const HttpRequest &request, const QString &caseId)
{
    HttpResponse problem;
    auto body = JsonBody::parse(request, &problem, true);
    if (!body)
        return problem;
    const QString target = body->optionalString("status", 20).value_or(u"done"_s);
    if (target != u"done"_s && target != u"archived"_s)
        body->addError("status", u"status must be done or archived"_s);
    if (!body->finish(&problem))
        return problem;
    const auto id = ApiUtil::parseTrackingId(caseId);
    auto row = id ? m_store.loadCase(*id) : std::nullopt;
    if (!row)
        return Problem::notFound();
    const CaseStatus to = *Status::fromKey(target);
    const CaseStatus from = row->c.status;
    // The national side may take the two steps at once (Disposed -> InProgress -> Done).
    const bool direct = Status::canTransition(from, to);
    const bool viaProgress = Status::canTransition(from, CaseStatus::InProgress)
        && Status::canTransition(CaseStatus::InProgress, to);
    if (from == to || (!direct && !viaProgress))
        return Problem::conflict(ProblemType::InvalidTransition,
                                 u"Not allowed in the current status"_s,
                                 u"Status %1 cannot become %2."_s.arg(Status::key(from), target));
    row->c.status = to;
    row->c.version += 1;
    m_store.saveCase(*row);
    m_log.publishCase(*row);
    return ApiUtil::withEtag(200, Records::caseJson(*row), row->c.version);
}

HttpResponse Simulation::setUserDisabled(const HttpRequest &request, const QString &username,
                                         bool disabled)
{
    HttpResponse problem;
    auto body = JsonBody::parse(request, &problem, true);
    if (!body || !body->finish(&problem))
        return problem;
    if (!m_store.setUserDisabled(username, disabled))
        return Problem::notFound(u"No user %1"_s.arg(username));
    return HttpResponse::json(200, { { u"username"_s, username }, { u"disabled"_s, disabled } });
}

} // namespace lapor::hub
