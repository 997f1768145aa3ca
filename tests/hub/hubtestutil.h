#pragma once

#include "hubprocess.h"
#include "hubtestclient.h"
#include "testlocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QUuid>

// Helpers shared by the hub's API tests.
namespace HubTestUtil {

inline QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Feed
{
    QList<QJsonObject> records; // {"kind": ..., "data": ...}
    QString cursor;
    int pages = 0;
    bool ok = true;
    // When !ok: what was asked, and the answer or the reason the page was refused.
    QString failure;
};

// Pages through the change feed from `after` until `more` is false. Never fails the test:
// for tests that expect the feed to be refused (an expired cursor, a missing token).
inline Feed tryReadFeed(HubTestClient &client, const QString &after = {}, int limit = 200)
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

// The same, but any refused page fails the current test at the caller's line: a test
// that expects no records must not pass because the hub answered 401 or 500.
inline Feed readFeed(HubTestClient &client, const QString &after = {}, int limit = 200,
                     TestLocation where = TestLocation::current())
{
    Feed feed = tryReadFeed(client, after, limit);
    if (!feed.ok)
        HubTestSupport::fail(QStringLiteral("reading the change feed failed: ") + feed.failure,
                             where);
    return feed;
}

// A new complaint in `unit` through the simulator; fails the current test when the hub
// does not create one, so that no test goes on with tracking id 0.
inline qint64 newComplaint(HubTestClient &sim, const QString &unit = QStringLiteral("dpupr"),
                           TestLocation where = TestLocation::current())
{
    const HubReply reply
        = sim.post(QStringLiteral("/v1/sim/complaints"), { { QStringLiteral("unit_id"), unit } });
    const qint64 id = reply.status == 201 ? qint64(QJsonDocument::fromJson(reply.body)
                                                       .object()
                                                       .value(QStringLiteral("tracking_id"))
                                                       .toDouble())
                                          : 0;
    if (id <= 0)
        HubTestSupport::fail(QStringLiteral("POST /v1/sim/complaints for unit %1 failed: %2")
                                 .arg(unit, reply.describe()),
                             where);
    return id;
}

inline QList<QJsonObject> ofKind(const QList<QJsonObject> &records, const QString &kind)
{
    QList<QJsonObject> out;
    for (const QJsonObject &record : records) {
        if (record.value(QStringLiteral("kind")).toString() == kind)
            out.append(record.value(QStringLiteral("data")).toObject());
    }
    return out;
}

inline QByteArray etagOf(const HubReply &reply)
{
    return reply.header("etag");
}

} // namespace HubTestUtil
