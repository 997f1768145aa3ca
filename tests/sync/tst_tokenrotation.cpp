// The desk's HubClient against the hub's refresh-token reuse detection: calls that all
// meet an expired access token at once share one refresh, so the client never presents a
// refresh token twice and never loses its own session.
#include "hubapi/hubclient.h"
#include "hubapi/tokenstore.h"
#include "hubfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace lapor;
using namespace lapor::test;
using namespace Qt::Literals::StringLiterals;

class TestTokenRotation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void concurrentCallsShareOneRefresh();
    void twoProgramsShareOneSession();

private:
    HubFixture m_hub { 5 };
};

void TestTokenRotation::initTestCase()
{
    QString error;
    QVERIFY2(m_hub.start(&error), qPrintable(error));
}

void TestTokenRotation::concurrentCallsShareOneRefresh()
{
    TokenStore tokens(TokenStore::Backend::Memory);
    HubClient client(HubClient::Settings { m_hub.url(), {}, 10000 }, tokens);
    QVERIFY(logIn(client, u"petugas1"_s));
    const QString account = TokenStore::accountKey(m_hub.url().toString(), u"petugas1"_s);
    const auto first = tokens.load(account);
    QVERIFY(first && !first->refreshToken.isEmpty());

    for (int round = 1; round <= 2; ++round) {
        // The hub's clock passes the access token's life, the client's does not: every
        // call goes out with the stale token, gets 401 and asks for a refresh.
        m_hub.advanceClock(901);
        QList<HubCall *> calls;
        QList<QSignalSpy *> spies;
        for (int i = 0; i < 4; ++i) {
            HubClient::Request request;
            request.path = u"/v1/me"_s;
            HubCall *call = client.send(request);
            calls.append(call);
            spies.append(new QSignalSpy(call, &HubCall::finished));
        }
        for (int i = 0; i < calls.size(); ++i) {
            QVERIFY(spies[i]->count() == 1 || spies[i]->wait(20000));
            QVERIFY2(calls[i]->error().ok(), qPrintable(calls[i]->error().technical));
            QCOMPARE(calls[i]->status(), 200);
        }
        qDeleteAll(spies);
        qDeleteAll(calls);
    }

    // The rotated refresh token is what the keychain holds, and the old one is spent: the
    // hub would have revoked the whole session had the client sent any token twice.
    const auto now = tokens.load(account);
    QVERIFY(now && !now->refreshToken.isEmpty());
    QVERIFY(now->refreshToken != first->refreshToken);
    QVERIFY(client.hasSession());
    HubClient::Request me;
    me.path = u"/v1/me"_s;
    HubCall *after = client.send(me);
    QSignalSpy done(after, &HubCall::finished);
    QVERIFY(done.wait(20000));
    QCOMPARE(after->status(), 200);
    delete after;
}

void TestTokenRotation::twoProgramsShareOneSession()
{
    // The desk and lapordeskctl of one person keep one session in the keychain: here two
    // clients on one store. One refreshes; the other's refresh token is then spent, and
    // presenting it would look like a stolen token and end the session for both.
    TokenStore keychain(TokenStore::Backend::Memory);
    HubClient desk(HubClient::Settings { m_hub.url(), {}, 10000 }, keychain);
    QVERIFY(logIn(desk, u"petugas2"_s));
    HubClient ctl(HubClient::Settings { m_hub.url(), {}, 10000 }, keychain);
    QVERIFY(ctl.restoreSession(u"petugas2"_s));

    const auto me = [](HubClient &client) {
        HubClient::Request request;
        request.path = u"/v1/me"_s;
        HubCall *call = client.send(request);
        QSignalSpy done(call, &HubCall::finished);
        const bool finished = done.count() == 1 || done.wait(20000);
        const int status = finished ? call->status() : 0;
        delete call;
        return status;
    };
    for (int round = 1; round <= 2; ++round) {
        m_hub.advanceClock(901);
        QCOMPARE(me(ctl), 200); // ctl refreshes: the session's tokens rotate
        QCOMPARE(me(desk), 200); // the desk's are stale: it takes the rotated ones
        m_hub.advanceClock(901);
        QCOMPARE(me(desk), 200);
        QCOMPARE(me(ctl), 200);
    }
    QVERIFY(desk.hasSession());
    QVERIFY(ctl.hasSession());
}

QTEST_GUILESS_MAIN(TestTokenRotation)
#include "tst_tokenrotation.moc"
