#include "hubprocess.h"
#include "hubtestutil.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace HubTestUtil;
using namespace Qt::Literals::StringLiterals;

class TestHubAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void health();
    void loginReturnsTokensAndUser_data();
    void loginReturnsTokensAndUser();
    void wrongPasswordIs401();
    void badLoginBodiesAre400_data();
    void badLoginBodiesAre400();
    void missingOrBadTokenIs401();
    void refreshRotatesTokens();
    void reusedRefreshTokenRevokesTheFamily();
    void logoutRevokes();
    void expiredTokenIs401ThenRefreshWorks();
    void repeatedFailuresAreThrottled();
    void throttleLiftsAfterTheWindow();
    void disabledAccountIsRefusedEverywhere();
    void disablingIsNotToldToGuessers();
    void unknownUserCannotBeDisabled();
    void disableFromTheCommandLine();
    void olderDataFolderIsUpgraded();

private:
    // Signs in and returns the whole token answer (access and refresh token).
    QJsonObject signIn(const QString &username);
    HubReply setDisabled(const QString &username, bool disabled);

    HubProcess m_hub;
    HubTestClient m_client;
};

void TestHubAuth::initTestCase()
{
    // --simulate on loopback: the tests move the hub's clock instead of waiting.
    m_hub.setArguments(
        { QStringLiteral("--generate"), QStringLiteral("20"), QStringLiteral("--simulate") });
    QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
    m_client.setBaseUrl(m_hub.baseUrl());
}

void TestHubAuth::health()
{
    HubTestClient anonymous(m_hub.baseUrl());
    QCOMPARE(anonymous.get(QStringLiteral("/v1/health")).status, 200);
}

void TestHubAuth::loginReturnsTokensAndUser_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("unit");
    QTest::newRow("petugas1") << u"petugas1"_s << u"officer"_s << u"dpupr"_s;
    QTest::newRow("petugas2") << u"petugas2"_s << u"officer"_s << u"dpupr"_s;
    QTest::newRow("kepala1") << u"kepala1"_s << u"approver"_s << u"dpupr"_s;
    QTest::newRow("petugas3") << u"petugas3"_s << u"officer"_s << u"dinkes"_s;
    QTest::newRow("kepala2") << u"kepala2"_s << u"approver"_s << u"dinkes"_s;
    QTest::newRow("koordinator") << u"koordinator"_s << u"coordinator"_s << u""_s;
}

void TestHubAuth::loginReturnsTokensAndUser()
{
    QFETCH(QString, username);
    QFETCH(QString, role);
    QFETCH(QString, unit);
    HubTestClient client(m_hub.baseUrl());
    const HubReply reply
        = client.post(QStringLiteral("/v1/auth/token"),
                      { { QStringLiteral("username"), username },
                        { QStringLiteral("password"), QStringLiteral("latihan") } });
    QCOMPARE(reply.status, 200);
    const QJsonObject o = reply.json();
    QVERIFY(o.value(QStringLiteral("access_token")).toString().size() >= 22); // >= 128 bits
    QVERIFY(o.value(QStringLiteral("refresh_token")).toString().size() >= 22);
    QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 900);
    QVERIFY(o.value(QStringLiteral("expires_at")).toString().endsWith(u'Z'));
    const QJsonObject user = o.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("username")).toString(), username);
    QCOMPARE(user.value(QStringLiteral("role")).toString(), role);
    QCOMPARE(user.value(QStringLiteral("unit_id")).toString(), unit);
    QCOMPARE(user.value(QStringLiteral("agency_name")).toString(),
             QStringLiteral("Pemerintah Kabupaten Hulu Sungai Utara"));
    QCOMPARE(user.value(QStringLiteral("agency_zone")).toString(), QStringLiteral("WITA"));

    client.setToken(o.value(QStringLiteral("access_token")).toString());
    const HubReply me = client.get(QStringLiteral("/v1/me"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("username")).toString(), username);
}

void TestHubAuth::wrongPasswordIs401()
{
    HubTestClient client(m_hub.baseUrl());
    const HubReply refused = client.tryLogin(QStringLiteral("kepala1"), QStringLiteral("salah"));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.problemType(), QStringLiteral("invalid-credentials"));
    QVERIFY(client.token().isEmpty());
    const HubReply reply
        = client.post(QStringLiteral("/v1/auth/token"),
                      { { QStringLiteral("username"), QStringLiteral("tidakada") },
                        { QStringLiteral("password"), QStringLiteral("latihan") } });
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(reply.problemType(), QStringLiteral("invalid-credentials"));
}

void TestHubAuth::badLoginBodiesAre400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::newRow("malformed") << QByteArray("{\"username\": ") << u"malformed-json"_s;
    QTest::newRow("array") << QByteArray("[]") << u"malformed-json"_s;
    QTest::newRow("wrong type") << QByteArray("{\"username\": 5, \"password\": \"x\"}")
                                << u"validation"_s;
    QTest::newRow("missing") << QByteArray("{\"username\": \"petugas1\"}") << u"validation"_s;
    QTest::newRow("unknown field")
        << QByteArray("{\"username\": \"a\", \"password\": \"b\", \"remember\": true}")
        << u"validation"_s;
}

void TestHubAuth::badLoginBodiesAre400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, type);
    HubTestClient client(m_hub.baseUrl());
    const HubReply reply = client.request("POST", QStringLiteral("/v1/auth/token"), body,
                                          { { "Content-Type", "application/json" } });
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(reply.problemType(), type);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 400);
}

void TestHubAuth::missingOrBadTokenIs401()
{
    HubTestClient client(m_hub.baseUrl());
    for (const QString &path : { QStringLiteral("/v1/me"), QStringLiteral("/v1/changes"),
                                 QStringLiteral("/v1/cases/8000001") }) {
        const HubReply none = client.get(path);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.problemType(), QStringLiteral("unauthorized"));
        QVERIFY(none.header("www-authenticate").startsWith("Bearer"));
    }
    client.setToken(QStringLiteral("bukan-token-yang-sah"));
    QCOMPARE(client.get(QStringLiteral("/v1/me")).status, 401);
    const HubReply write
        = client.post(QStringLiteral("/v1/cases/8000001/notes"),
                      { { QStringLiteral("text"), QStringLiteral("x") } }, newKey());
    QCOMPARE(write.status, 401);
}

void TestHubAuth::refreshRotatesTokens()
{
    HubTestClient client(m_hub.baseUrl());
    const HubReply login
        = client.post(QStringLiteral("/v1/auth/token"),
                      { { QStringLiteral("username"), QStringLiteral("petugas2") },
                        { QStringLiteral("password"), QStringLiteral("latihan") } });
    QCOMPARE(login.status, 200);
    const QString refresh = login.json().value(QStringLiteral("refresh_token")).toString();
    const HubReply first = client.post(QStringLiteral("/v1/auth/refresh"),
                                       { { QStringLiteral("refresh_token"), refresh } });
    QCOMPARE(first.status, 200);
    const QString newRefresh = first.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(newRefresh != refresh);
    client.setToken(first.json().value(QStringLiteral("access_token")).toString());
    QCOMPARE(client.get(QStringLiteral("/v1/me")).status, 200);
    // The old access token of the session and the used refresh token are both gone.
    client.setToken(login.json().value(QStringLiteral("access_token")).toString());
    QCOMPARE(client.get(QStringLiteral("/v1/me")).status, 401);
    client.setToken({});
    const HubReply reused = client.post(QStringLiteral("/v1/auth/refresh"),
                                        { { QStringLiteral("refresh_token"), refresh } });
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.problemType(), QStringLiteral("invalid-refresh-token"));
}

void TestHubAuth::reusedRefreshTokenRevokesTheFamily()
{
    HubTestClient client(m_hub.baseUrl());
    const QJsonObject login = signIn(u"kepala1"_s);
    const QJsonObject other = signIn(u"kepala1"_s); // a second desk of the same person
    auto refresh = [&client](const QString &token) {
        client.setToken({});
        return client.post(u"/v1/auth/refresh"_s, { { u"refresh_token"_s, token } });
    };
    const HubReply second = refresh(login.value(u"refresh_token"_s).toString());
    QCOMPARE(second.status, 200);
    const HubReply third = refresh(second.json().value(u"refresh_token"_s).toString());
    QCOMPARE(third.status, 200);
    client.setToken(third.json().value(u"access_token"_s).toString());
    QCOMPARE(client.get(u"/v1/me"_s).status, 200);

    // A copy of the first refresh token comes back: the hub cannot tell the thief from the
    // desk, so every token descended from that sign-in dies.
    const HubReply replay = refresh(login.value(u"refresh_token"_s).toString());
    QCOMPARE(replay.status, 401);
    QCOMPARE(replay.problemType(), u"invalid-refresh-token"_s);
    QVERIFY2(replay.body.contains("already used"), replay.body.constData());
    client.setToken(third.json().value(u"access_token"_s).toString());
    QCOMPARE(client.get(u"/v1/me"_s).status, 401);
    QCOMPARE(refresh(third.json().value(u"refresh_token"_s).toString()).status, 401);
    QCOMPARE(refresh(second.json().value(u"refresh_token"_s).toString()).status, 401);

    // Another sign-in of the same person is another family and lives on.
    client.setToken(other.value(u"access_token"_s).toString());
    QCOMPARE(client.get(u"/v1/me"_s).status, 200);
    QCOMPARE(refresh(other.value(u"refresh_token"_s).toString()).status, 200);
}

void TestHubAuth::logoutRevokes()
{
    HubTestClient client(m_hub.baseUrl());
    const HubReply login
        = client.post(QStringLiteral("/v1/auth/token"),
                      { { QStringLiteral("username"), QStringLiteral("petugas3") },
                        { QStringLiteral("password"), QStringLiteral("latihan") } });
    QCOMPARE(login.status, 200);
    client.setToken(login.json().value(QStringLiteral("access_token")).toString());
    QCOMPARE(client.request("POST", QStringLiteral("/v1/auth/logout")).status, 204);
    QCOMPARE(client.get(QStringLiteral("/v1/me")).status, 401);
    client.setToken({});
    const HubReply refresh
        = client.post(QStringLiteral("/v1/auth/refresh"),
                      { { QStringLiteral("refresh_token"),
                          login.json().value(QStringLiteral("refresh_token")).toString() } });
    QCOMPARE(refresh.status, 401);
}

void TestHubAuth::expiredTokenIs401ThenRefreshWorks()
{
    HubProcess shortLived;
    shortLived.setArguments(
        { QStringLiteral("--token-ttl"), QStringLiteral("60"), QStringLiteral("--simulate") });
    QVERIFY2(shortLived.start(), qPrintable(shortLived.errorString()));
    HubTestClient client(shortLived.baseUrl());
    const HubReply login
        = client.post(QStringLiteral("/v1/auth/token"),
                      { { QStringLiteral("username"), QStringLiteral("petugas1") },
                        { QStringLiteral("password"), QStringLiteral("latihan") } });
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(QStringLiteral("expires_in")).toInt(), 60);
    client.setToken(login.json().value(QStringLiteral("access_token")).toString());
    // The hub's clock moves instead of the test waiting. Shortly before the end of its
    // lifetime (with room for a slow machine) the token still works...
    advanceClock(client, 60 - 20);
    QCOMPARE(client.get(QStringLiteral("/v1/changes")).status, 200);
    // ...and at the end it is refused as expired, not as unknown.
    advanceClock(client, 20);
    const HubReply expired = client.get(QStringLiteral("/v1/changes"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.problemType(), QStringLiteral("token-expired"));
    client.setToken({});
    const HubReply refreshed
        = client.post(QStringLiteral("/v1/auth/refresh"),
                      { { QStringLiteral("refresh_token"),
                          login.json().value(QStringLiteral("refresh_token")).toString() } });
    QCOMPARE(refreshed.status, 200);
    client.setToken(refreshed.json().value(QStringLiteral("access_token")).toString());
    QCOMPARE(client.get(QStringLiteral("/v1/me")).status, 200);
}

void TestHubAuth::repeatedFailuresAreThrottled()
{
    HubTestClient client(m_hub.baseUrl());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.tryLogin(QStringLiteral("koordinator"), QStringLiteral("keliru")).status,
                 401);
    const HubReply reply
        = client.post(QStringLiteral("/v1/auth/token"),
                      { { QStringLiteral("username"), QStringLiteral("koordinator") },
                        { QStringLiteral("password"), QStringLiteral("latihan") } });
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.problemType(), QStringLiteral("rate-limited"));
    QVERIFY(reply.header("retry-after").toInt() > 0);
}

void TestHubAuth::throttleLiftsAfterTheWindow()
{
    HubTestClient client(m_hub.baseUrl());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.tryLogin(QStringLiteral("kepala2"), QStringLiteral("keliru")).status, 401);
    const HubReply throttled = client.tryLogin(QStringLiteral("kepala2"));
    QCOMPARE(throttled.status, 429);
    const int retryAfter = throttled.header("retry-after").toInt();
    QVERIFY2(retryAfter > 0 && retryAfter <= 5 * 60 + 1,
             throttled.header("retry-after").constData());
    // Still refused a little before Retry-After has passed, let in once it has.
    advanceClock(client, retryAfter - 10);
    QCOMPARE(client.tryLogin(QStringLiteral("kepala2")).status, 429);
    advanceClock(client, 10);
    QVERIFY(!client.login(QStringLiteral("kepala2")).isEmpty());
}

QJsonObject TestHubAuth::signIn(const QString &username)
{
    HubTestClient client(m_hub.baseUrl());
    const HubReply reply = client.tryLogin(username);
    if (reply.status != 200)
        QTest::qFail(qPrintable(u"sign-in of %1: "_s.arg(username) + reply.describe()), __FILE__,
                     __LINE__);
    return reply.status == 200 ? reply.json() : QJsonObject();
}

HubReply TestHubAuth::setDisabled(const QString &username, bool disabled)
{
    HubTestClient sim(m_hub.baseUrl());
    return sim.post(u"/v1/sim/users/%1/%2"_s.arg(username, disabled ? u"disable"_s : u"enable"_s),
                    {});
}

// An account the agency disabled: its password, its refresh token and the access token it
// still holds are all answered 403 account-disabled, so that a client neither refreshes
// nor asks for the password again. Enabling it again does not bring the old session back.
void TestHubAuth::disabledAccountIsRefusedEverywhere()
{
    const QJsonObject session = signIn(u"petugas1"_s);
    const QString access = session.value(u"access_token"_s).toString();
    const QString refresh = session.value(u"refresh_token"_s).toString();
    QVERIFY(!access.isEmpty() && !refresh.isEmpty());

    const HubReply disabled = setDisabled(u"petugas1"_s, true);
    QCOMPARE(disabled.status, 200);
    QCOMPARE(disabled.json().value(u"disabled"_s).toBool(), true);

    HubTestClient client(m_hub.baseUrl());
    client.setToken(access);
    for (const QString &path : { u"/v1/me"_s, u"/v1/changes"_s, u"/v1/changes/count"_s }) {
        const HubReply refused = client.get(path);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.problemType(), u"account-disabled"_s);
        QCOMPARE(refused.header("content-type"), QByteArray("application/problem+json"));
    }
    const HubReply write = client.post(u"/v1/cases/8000001/notes"_s,
                                       { { u"text"_s, u"Masih bisa menulis?"_s } }, newKey());
    QCOMPARE(write.status, 403);
    QCOMPARE(write.problemType(), u"account-disabled"_s);
    // Even once the token has expired: the answer stays account-disabled, not "refresh".
    advanceClock(client, 901);
    QCOMPARE(client.get(u"/v1/me"_s).problemType(), u"account-disabled"_s);

    client.setToken({});
    const HubReply refreshed
        = client.post(u"/v1/auth/refresh"_s, { { u"refresh_token"_s, refresh } });
    QCOMPARE(refreshed.status, 403);
    QCOMPARE(refreshed.problemType(), u"account-disabled"_s);
    const HubReply login = client.tryLogin(u"petugas1"_s);
    QCOMPARE(login.status, 403);
    QCOMPARE(login.problemType(), u"account-disabled"_s);
    QVERIFY(!login.json().contains(u"access_token"_s));
    QVERIFY(client.token().isEmpty());
    // Others are not affected.
    QVERIFY(!signIn(u"petugas2"_s).isEmpty());

    const HubReply enabled = setDisabled(u"petugas1"_s, false);
    QCOMPARE(enabled.status, 200);
    QCOMPARE(enabled.json().value(u"disabled"_s).toBool(), false);
    // The session from before is over for good; the password opens a new one.
    client.setToken(access);
    QCOMPARE(client.get(u"/v1/me"_s).problemType(), u"unauthorized"_s);
    client.setToken({});
    QCOMPARE(client.post(u"/v1/auth/refresh"_s, { { u"refresh_token"_s, refresh } }).problemType(),
             u"invalid-refresh-token"_s);
    QVERIFY(!client.login(u"petugas1"_s).isEmpty());
    QCOMPARE(client.get(u"/v1/me"_s).status, 200);
}

void TestHubAuth::disablingIsNotToldToGuessers()
{
    QCOMPARE(setDisabled(u"kepala1"_s, true).status, 200);
    HubTestClient client(m_hub.baseUrl());
    // A wrong password for a disabled account reads exactly like one for any account.
    const HubReply guess = client.tryLogin(u"kepala1"_s, u"tebakan"_s);
    QCOMPARE(guess.status, 401);
    QCOMPARE(guess.problemType(), u"invalid-credentials"_s);
    QCOMPARE(client.tryLogin(u"kepala1"_s).problemType(), u"account-disabled"_s);
    QCOMPARE(setDisabled(u"kepala1"_s, false).status, 200);
    QVERIFY(!client.login(u"kepala1"_s).isEmpty());
}

void TestHubAuth::unknownUserCannotBeDisabled()
{
    const HubReply reply = setDisabled(u"tidakada"_s, true);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.problemType(), u"not-found"_s);
    HubTestClient sim(m_hub.baseUrl());
    const HubReply extra
        = sim.post(u"/v1/sim/users/petugas2/disable"_s, { { u"alasan"_s, u"pindah"_s } });
    QCOMPARE(extra.status, 400);
    QCOMPARE(extra.problemType(), u"validation"_s);
    QVERIFY(!signIn(u"petugas2"_s).isEmpty());
}

// A hub without --simulate (a real agency's) disables accounts from its command line,
// while it is stopped; the simulation routes do not exist there.
void TestHubAuth::disableFromTheCommandLine()
{
    HubProcess hub;
    QVERIFY2(hub.start(), qPrintable(hub.errorString()));
    HubTestClient client(hub.baseUrl());
    const QString access = client.login(u"petugas3"_s);
    QVERIFY(!access.isEmpty());
    QCOMPARE(client.post(u"/v1/sim/users/petugas3/disable"_s, {}).status, 404);
    QVERIFY(hub.terminate());

    const auto disabled = hub.runOnData({ u"--disable-user"_s, u"petugas3"_s });
    QVERIFY2(disabled.code == 0, disabled.err.constData());
    QVERIFY(disabled.err.contains("petugas3 disabled"));
    const auto unknown = hub.runOnData({ u"--disable-user"_s, u"tidakada"_s });
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains("no user tidakada"));
    const auto both
        = hub.runOnData({ u"--disable-user"_s, u"petugas3"_s, u"--enable-user"_s, u"petugas3"_s });
    QCOMPARE(both.code, 2);

    QVERIFY2(hub.start(), qPrintable(hub.errorString()));
    client.setBaseUrl(hub.baseUrl());
    client.setToken(access);
    QCOMPARE(client.get(u"/v1/me"_s).problemType(), u"account-disabled"_s);
    QCOMPARE(client.tryLogin(u"petugas3"_s).problemType(), u"account-disabled"_s);
    QVERIFY(hub.terminate());

    const auto enabled = hub.runOnData({ u"--enable-user"_s, u"petugas3"_s });
    QVERIFY2(enabled.code == 0, enabled.err.constData());
    QVERIFY2(hub.start(), qPrintable(hub.errorString()));
    client.setBaseUrl(hub.baseUrl());
    client.setToken(access);
    QCOMPARE(client.get(u"/v1/me"_s).status, 401);
    QVERIFY(!client.login(u"petugas3"_s).isEmpty());
}

// A data folder an earlier laporhub wrote (schema 1: no disabled column, no token families,
// no uploads in parts) is upgraded in place on the next start, its accounts enabled; one
// from a newer laporhub is refused.
void TestHubAuth::olderDataFolderIsUpgraded()
{
    HubProcess hub;
    QVERIFY2(hub.start(), qPrintable(hub.errorString()));
    QVERIFY(hub.terminate());
    const QString file = QDir(hub.dataDir()).filePath(u"laporhub.sqlite"_s);
    auto rewind = [&file](const QStringList &statements) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-hub"_s);
        db.setDatabaseName(file);
        bool ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"old-hub"_s);
        return ok;
    };
    QVERIFY(rewind({ u"ALTER TABLE users DROP COLUMN disabled"_s,
                     u"DROP TABLE used_refresh_tokens"_s, u"DROP TABLE uploads"_s,
                     u"DROP TABLE upload_parts"_s, u"PRAGMA user_version = 1"_s }));
    QVERIFY2(hub.start(), qPrintable(hub.errorString()));
    HubTestClient client(hub.baseUrl());
    QVERIFY(!client.login(u"kepala2"_s).isEmpty());
    QCOMPARE(client.post(u"/v1/sim/users/kepala2/disable"_s, {}).status, 404); // no --simulate
    QVERIFY(hub.terminate());
    QCOMPARE(hub.runOnData({ u"--disable-user"_s, u"kepala2"_s }).code, 0);
    QVERIFY2(hub.start(), qPrintable(hub.errorString()));
    client.setBaseUrl(hub.baseUrl());
    QCOMPARE(client.tryLogin(u"kepala2"_s).problemType(), u"account-disabled"_s);
    QVERIFY(hub.terminate());

    QVERIFY(rewind({ u"PRAGMA user_version = 99"_s }));
    const auto newer = hub.runOnData({ u"--enable-user"_s, u"kepala2"_s });
    QCOMPARE(newer.code, 3);
    QVERIFY2(newer.err.contains("newer laporhub"), newer.err.constData());
}

QTEST_GUILESS_MAIN(TestHubAuth)
#include "tst_hubauth.moc"
