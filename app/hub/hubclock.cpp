#include "hubclock.h"

#include "jsonbody.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QTimeZone>

#include <atomic>

namespace lapor::hub::HubClock {

using namespace Qt::Literals::StringLiterals;

namespace {

std::atomic<qint64> g_offset { 0 };

} // namespace

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch() + g_offset.load();
}

QDateTime currentDateTimeUtc()
{
    return QDateTime::fromSecsSinceEpoch(now(), QTimeZone::utc());
}

qint64 offset()
{
    return g_offset.load();
}

void setOffset(qint64 seconds)
{
    g_offset.store(qBound(-kMaxOffset, seconds, kMaxOffset));
}

bool adjustable(bool simulate, const QHostAddress &listen)
{
    return simulate && listen.isLoopback();
}

HttpResponse describe()
{
    return HttpResponse::json(
        200,
        { { u"now"_s, currentDateTimeUtc().toString(Qt::ISODate) }, { u"offset_s"_s, offset() } });
}

HttpResponse advance(const HttpRequest &request)
{
    HttpResponse problem;
    auto body = JsonBody::parse(request, &problem);
    if (!body)
        return problem;
    const qint64 seconds = body->integer("advance_s", 0, kMaxOffset - offset());
    if (!body->finish(&problem))
        return problem;
    setOffset(offset() + seconds);
    return describe();
}

} // namespace lapor::hub::HubClock
