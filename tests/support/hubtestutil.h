#pragma once

#include "hubtestclient.h"
#include "testlocation.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

// Feed, complaint and clock helpers for tests that talk HTTP to a real laporhub
// (HubProcess) through a HubTestClient. The plain forms fail the current test at the
// caller's line whenever the hub does not do what they ask; the try… forms return the
// refusal for tests that expect one.
namespace HubTestUtil {

QByteArray newKey(); // a fresh Idempotency-Key
QString newId(); // a fresh UUID, e.g. a draft id

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
Feed tryReadFeed(HubTestClient &client, const QString &after = {}, int limit = 200);

// The same, but any refused page fails the current test at the caller's line: a test
// that expects no records must not pass because the hub answered 401 or 500.
Feed readFeed(HubTestClient &client, const QString &after = {}, int limit = 200,
              TestLocation where = TestLocation::current());

// A new complaint in `unit` through the simulator; fails the current test when the hub
// does not create one, so that no test goes on with tracking id 0.
qint64 newComplaint(HubTestClient &sim, const QString &unit = QStringLiteral("dpupr"),
                    TestLocation where = TestLocation::current());

// Moves the hub's clock forward (laporhub --simulate on loopback: POST /v1/sim/clock), so
// that tokens expire and throttles lift without the test waiting. Returns the hub's new
// time; anything but success fails the current test.
QString advanceClock(HubTestClient &sim, qint64 seconds,
                     TestLocation where = TestLocation::current());

QList<QJsonObject> ofKind(const QList<QJsonObject> &records, const QString &kind);

inline QByteArray etagOf(const HubReply &reply)
{
    return reply.header("etag");
}

} // namespace HubTestUtil
