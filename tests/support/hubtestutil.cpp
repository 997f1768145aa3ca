#include "hubtestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace HubTestUtil {

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Feed tryReadFeed(HubTestClient &client, const QString &after, int limit)
{
    Feed feed;
    feed.cursor = after;
    for (;;) {
        const QString path
            = QStringLiteral("/v1/changes?after=%1&limit=%2").arg(feed.cursor).arg(limit);
        const HubReply reply = client.get(path);
        const auto refuse = [&](const QString &why) {
            feed.ok = false;
            feed.failure
                = QStringLiteral("GET %1 (page %2): %3").arg(path).arg(feed.pages + 1).arg(why);
            return feed;
        };
        if (reply.status != 200)
            return refuse(reply.describe());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
        const QJsonObject page = document.object();
        const QJsonValue records = page.value(QStringLiteral("records"));
        const QJsonValue next = page.value(QStringLiteral("next_cursor"));
        if (error.error != QJsonParseError::NoError || !records.isArray() || !next.isString()
            || !page.value(QStringLiteral("more")).isBool())
            return refuse(QStringLiteral("not a page of the feed (%1): %2")
                              .arg(error.errorString(), reply.describe()));
        for (const QJsonValue &record : records.toArray())
            feed.records.append(record.toObject());
        const bool more = page.value(QStringLiteral("more")).toBool();
        // A page that promises more but does not move the cursor would page forever.
        if (more && next.toString() == feed.cursor)
            return refuse(QStringLiteral("more is true but next_cursor did not move"));
        feed.cursor = next.toString();
        ++feed.pages;
        if (!more)
            return feed;
    }
}

Feed readFeed(HubTestClient &client, const QString &after, int limit, TestLocation where)
{
    Feed feed = tryReadFeed(client, after, limit);
    if (!feed.ok)
        lapor::test::failAt(QStringLiteral("reading the change feed failed: ") + feed.failure,
                            where);
    return feed;
}

qint64 newComplaint(HubTestClient &sim, const QString &unit, TestLocation where)
{
    const HubReply reply
        = sim.post(QStringLiteral("/v1/sim/complaints"), { { QStringLiteral("unit_id"), unit } });
    const qint64 id = reply.status == 201 ? qint64(QJsonDocument::fromJson(reply.body)
                                                       .object()
                                                       .value(QStringLiteral("tracking_id"))
                                                       .toDouble())
                                          : 0;
    if (id <= 0)
        lapor::test::failAt(QStringLiteral("POST /v1/sim/complaints for unit %1 failed: %2")
                                .arg(unit, reply.describe()),
                            where);
    return id;
}

QString advanceClock(HubTestClient &sim, qint64 seconds, TestLocation where)
{
    const QString token = sim.token();
    sim.setToken({}); // a simulation route: no session involved
    const HubReply reply = sim.post(QStringLiteral("/v1/sim/clock"),
                                    { { QStringLiteral("advance_s"), double(seconds) } });
    sim.setToken(token);
    const QString now
        = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("now")).toString();
    if (reply.status != 200 || now.isEmpty())
        lapor::test::failAt(QStringLiteral("moving the hub's clock by %1 s failed: %2")
                                .arg(seconds)
                                .arg(reply.describe()),
                            where);
    return now;
}

QList<QJsonObject> ofKind(const QList<QJsonObject> &records, const QString &kind)
{
    QList<QJsonObject> out;
    for (const QJsonObject &record : records) {
        if (record.value(QStringLiteral("kind")).toString() == kind)
            out.append(record.value(QStringLiteral("data")).toObject());
    }
    return out;
}

} // namespace HubTestUtil
