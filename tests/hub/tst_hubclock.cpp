#include "hubprocess.h"
#include "hubtestutil.h"

#include <QDateTime>
#include <QTest>

using namespace HubTestUtil;
using namespace Qt::Literals::StringLiterals;

// The hub's adjustable clock (docs/hub-api.md, "The hub's clock"): only a hub in simulation
// mode on loopback lets tests move it, and every time the hub writes follows it.
class TestHubClock : public QObject
{
    Q_OBJECT

private slots:
    void routesNeedSimulate();
    void offsetNeedsSimulate();
    void offsetRefusedOffLoopback();
    void offsetMovesEveryTimeTheHubWrites();
    void advanceOnlyMovesForward();
};

namespace {

qint64 secsOf(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toSecsSinceEpoch();
}

} // namespace

void TestHubClock::routesNeedSimulate()
{
    HubProcess hub;
    QVERIFY2(hub.start(), qPrintable(hub.errorString()));
    HubTestClient client(hub.baseUrl());
    QCOMPARE(client.get(u"/v1/sim/clock"_s).status, 404);
    QCOMPARE(client.post(u"/v1/sim/clock"_s, { { u"advance_s"_s, 60 } }).status, 404);
}

void TestHubClock::offsetNeedsSimulate()
{
    const auto refused
        = HubProcess::runToExit({ u"--listen"_s, u"127.0.0.1:0"_s, u"--clock-offset"_s, u"60"_s });
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains("--clock-offset needs --simulate"), refused.err.constData());
}

void TestHubClock::offsetRefusedOffLoopback()
{
    // Refused before it listens: the clock option is checked first.
    const auto refused = HubProcess::runToExit(
        { u"--listen"_s, u"0.0.0.0:0"_s, u"--simulate"_s, u"--clock-offset"_s, u"60"_s });
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains("loopback"), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
}

void TestHubClock::offsetMovesEveryTimeTheHubWrites()
{
    constexpr qint64 day = 24 * 3600;
    HubProcess hub;
    hub.setArguments(
        { u"--generate"_s, u"5"_s, u"--simulate"_s, u"--clock-offset"_s, QString::number(day) });
    QVERIFY2(hub.start(), qPrintable(hub.errorString()));
    HubTestClient client(hub.baseUrl());
    const qint64 real = QDateTime::currentSecsSinceEpoch();
    const QJsonObject clock = client.get(u"/v1/sim/clock"_s).json();
    QCOMPARE(clock.value(u"offset_s"_s).toInteger(), day);
    QVERIFY(qAbs(secsOf(clock.value(u"now"_s).toString()) - (real + day)) < 60);

    // A session's expiry and a new complaint's time both come from the moved clock.
    const HubReply login = client.tryLogin(u"petugas1"_s);
    QCOMPARE(login.status, 200);
    const qint64 expiresAt = secsOf(login.json().value(u"expires_at"_s).toString());
    QVERIFY(qAbs(expiresAt - (real + day + 900)) < 60);
    const HubReply complaint
        = client.post(u"/v1/sim/complaints"_s, { { u"unit_id"_s, u"dpupr"_s } });
    QCOMPARE(complaint.status, 201);
    QVERIFY(qAbs(secsOf(complaint.json().value(u"received_at"_s).toString()) - (real + day)) < 60);
}

void TestHubClock::advanceOnlyMovesForward()
{
    HubProcess hub;
    hub.setArguments({ u"--simulate"_s });
    QVERIFY2(hub.start(), qPrintable(hub.errorString()));
    HubTestClient client(hub.baseUrl());
    const HubReply back = client.post(u"/v1/sim/clock"_s, { { u"advance_s"_s, -60 } });
    QCOMPARE(back.status, 400);
    QCOMPARE(back.problemType(), u"validation"_s);
    const HubReply unknown = client.post(u"/v1/sim/clock"_s, { { u"offset_s"_s, 60 } });
    QCOMPARE(unknown.status, 400);
    QCOMPARE(client.get(u"/v1/sim/clock"_s).json().value(u"offset_s"_s).toInteger(), 0);

    const QString now = advanceClock(client, 3600);
    QVERIFY(secsOf(now) - QDateTime::currentSecsSinceEpoch() > 3600 - 60);
    advanceClock(client, 60);
    QCOMPARE(client.get(u"/v1/sim/clock"_s).json().value(u"offset_s"_s).toInteger(), 3660);
}

QTEST_GUILESS_MAIN(TestHubClock)
#include "tst_hubclock.moc"
