#pragma once

#include "hubprocess.h"
#include "hubtestclient.h"

#include <QJsonArray>
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
};

// Pages through the change feed from `after` until `more` is false.
inline Feed readFeed(HubTestClient &client, const QString &after = {}, int limit = 200)
{
    Feed feed;
    feed.cursor = after;
    for (;;) {
        const HubReply reply = client.get(
            QStringLiteral("/v1/changes?after=%1&limit=%2").arg(feed.cursor).arg(limit));
        if (reply.status != 200) {
            feed.ok = false;
            return feed;
        }
        const QJsonObject page = reply.json();
        for (const QJsonValue &record : page.value(QStringLiteral("records")).toArray())
            feed.records.append(record.toObject());
        feed.cursor = page.value(QStringLiteral("next_cursor")).toString();
        ++feed.pages;
        if (!page.value(QStringLiteral("more")).toBool())
            return feed;
    }
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
