// laporhub as an OAuth authorization server for its native clients: the authorization
// code grant with PKCE to a loopback redirect, driven as a browser would drive it (load
// the page, read the form, post it, follow the redirect to a listener on 127.0.0.1).
#include "browserstep.h"
#include "hubprocess.h"
#include "hubtestutil.h"
#include "protocol/oauth.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace HubTestUtil;
using namespace lapor;
using namespace lapor::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Pkce
{
    QString verifier = protocol::OAuth::newVerifier();
    QString challenge = protocol::OAuth::challengeS256(verifier);
};

QUrlQuery queryOf(const QByteArray &location)
{
    return QUrlQuery(QUrl::fromEncoded(location).query(QUrl::FullyEncoded));
}

QString item(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

class TestHubOAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void codeFlowSignsIn();
    void codeIsSingleUse();
    void codeIsBoundToClientRedirectAndVerifier_data();
    void codeIsBoundToClientRedirectAndVerifier();
    void codeExpires();
    void refreshGrantRotatesAndDetectsReuse();
    void wrongPasswordShowsTheFormAgain();
    void throttlingAppliesToThePage();
    void untrustedRedirectsAreNeverFollowed_data();
    void untrustedRedirectsAreNeverFollowed();
    void requestErrorsGoBackToTheClient_data();
    void requestErrorsGoBackToTheClient();
    void languageFollowsTheRequest_data();
    void languageFollowsTheRequest();
    void pageEscapesWhatItShows();
    void formNeedsItsTransaction();
    void cancelIsAccessDenied();
    void tokenEndpointSpeaksTheStandard();
    void deviceFlowSignsIn();
    void deviceSignInCanBeCancelled();
    void deviceCodeExpires();
    void wrongUserCodeIsRefused();
    void passwordGrantIsOffUnlessAllowed();

private:
    QString redirectUri(quint16 port) const;
    QString authorizeUrl(const Pkce &pkce, const QString &redirect, const QString &state,
                         const QList<QPair<QString, QString>> &extra = {}) const;
    // The browser's part through to the code the hub redirected with; empty on failure.
    QString obtainCode(const Pkce &pkce, const QString &username,
                       TestLocation where = TestLocation::current());
    HubReply exchange(const QString &code, const Pkce &pkce, const QString &redirect,
                      const QString &clientId = QLatin1String(protocol::OAuth::kDeskClientId));
    HubReply tokenForm(const FormFields &fields);
    QJsonObject startDevice();
    HubReply pollDevice(const QJsonObject &device);

    HubProcess m_hub;
    LoopbackListener m_listener;
    int m_states = 0;
};

void TestHubOAuth::initTestCase()
{
    QVERIFY(m_listener.port() > 0);
    m_hub.setArguments({ u"--generate"_s, u"5"_s, u"--simulate"_s });
    QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
}

QString TestHubOAuth::redirectUri(quint16 port) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(port).arg(QLatin1String(protocol::OAuth::kRedirectPath));
}

QString TestHubOAuth::authorizeUrl(const Pkce &pkce, const QString &redirect, const QString &state,
                                   const QList<QPair<QString, QString>> &extra) const
{
    FormFields fields { { u"response_type"_s, u"code"_s },
                        { u"client_id"_s, QLatin1String(protocol::OAuth::kDeskClientId) },
                        { u"redirect_uri"_s, redirect },
                        { u"code_challenge"_s, pkce.challenge },
                        { u"code_challenge_method"_s, u"S256"_s },
                        { u"state"_s, state },
                        // Qt sends Accept-Language for the test's own locale: the pages
                        // are asked for in Indonesian unless a test says otherwise.
                        { u"ui_locales"_s, u"id"_s } };
    for (const auto &pair : extra) {
        bool replaced = false;
        for (auto &field : fields) {
            if (field.first == pair.first) {
                field.second = pair.second;
                replaced = true;
            }
        }
        if (!replaced)
            fields.append(pair);
    }
    fields.removeIf([](const auto &field) { return field.second == u"<omit>"_s; });
    return u"/v1/oauth/authorize?"_s + QString::fromLatin1(formEncode(fields));
}

QString TestHubOAuth::obtainCode(const Pkce &pkce, const QString &username, TestLocation where)
{
    HubTestClient browser(m_hub.baseUrl());
    const QString state = u"state-%1"_s.arg(++m_states);
    const HubReply answer
        = signInOnPage(browser, authorizeUrl(pkce, redirectUri(m_listener.port()), state), username,
                       u"latihan"_s, where);
    if (answer.status != 302) {
        failAt(u"the sign-in form was not accepted: "_s + answer.describe(), where);
        return {};
    }
    // The browser follows the redirect to the app's loopback listener.
    const HubReply followed = browser.get(QString::fromLatin1(answer.header("location")));
    if (followed.status != 200 || m_listener.targets().isEmpty()) {
        failAt(u"the redirect did not reach the listener: "_s + followed.describe(), where);
        return {};
    }
    const QUrlQuery received(QUrl(m_listener.targets().last()).query(QUrl::FullyEncoded));
    if (item(received, u"state"_s) != state)
        failAt(u"the state did not come back"_s, where);
    return item(received, u"code"_s);
}

HubReply TestHubOAuth::tokenForm(const FormFields &fields)
{
    HubTestClient client(m_hub.baseUrl());
    return client.request("POST", u"/v1/oauth/token"_s, formEncode(fields),
                          { { "Content-Type", "application/x-www-form-urlencoded" } });
}

HubReply TestHubOAuth::exchange(const QString &code, const Pkce &pkce, const QString &redirect,
                                const QString &clientId)
{
    return tokenForm({ { u"grant_type"_s, u"authorization_code"_s },
                       { u"code"_s, code },
                       { u"redirect_uri"_s, redirect },
                       { u"client_id"_s, clientId },
                       { u"code_verifier"_s, pkce.verifier } });
}

void TestHubOAuth::codeFlowSignsIn()
{
    const Pkce pkce;
    HubTestClient browser(m_hub.baseUrl());
    const HubReply page = browser.get(authorizeUrl(pkce, redirectUri(m_listener.port()), u"s1"_s));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    QVERIFY(page.header("content-security-policy").contains("frame-ancestors 'none'"));
    QCOMPARE(page.header("x-frame-options"), QByteArray("DENY"));
    QCOMPARE(page.header("cache-control"), QByteArray("no-store"));
    const auto form = parseForm(page.body);
    QVERIFY(form);
    QCOMPARE(form->action, u"/v1/oauth/authorize"_s);
    QCOMPARE(form->value(u"transaction"_s).size(), 43); // 256 random bits

    const HubReply answer = submitForm(browser, *form,
                                       { { u"username"_s, u"petugas1"_s },
                                         { u"password"_s, u"latihan"_s },
                                         { u"action"_s, u"allow"_s } });
    QCOMPARE(answer.status, 302);
    const QByteArray location = answer.header("location");
    QVERIFY2(location.startsWith(QByteArray(redirectUri(m_listener.port()).toLatin1() + '?')),
             location.constData());
    QSignalSpy received(&m_listener, &LoopbackListener::received);
    QCOMPARE(browser.get(QString::fromLatin1(location)).status, 200);
    QCOMPARE(received.size(), 1);
    const QUrlQuery query(QUrl(m_listener.targets().last()).query(QUrl::FullyEncoded));
    QCOMPARE(item(query, u"state"_s), u"s1"_s);
    const QString code = item(query, u"code"_s);
    QVERIFY(!code.isEmpty());

    const HubReply tokens = exchange(code, pkce, redirectUri(m_listener.port()));
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.header("cache-control"), QByteArray("no-store"));
    const QJsonObject body = tokens.json();
    QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
    QVERIFY(!body.value(u"refresh_token"_s).toString().isEmpty());
    QCOMPARE(body.value(u"user"_s).toObject().value(u"username"_s).toString(), u"petugas1"_s);
    HubTestClient api(m_hub.baseUrl());
    api.setToken(body.value(u"access_token"_s).toString());
    const HubReply me = api.get(u"/v1/me"_s);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"username"_s).toString(), u"petugas1"_s);
    // The JSON refresh route the desk uses serves this session like any other.
    api.setToken({});
    QCOMPARE(api.post(u"/v1/auth/refresh"_s,
                      { { u"refresh_token"_s, body.value(u"refresh_token"_s).toString() } })
                 .status,
             200);
}

void TestHubOAuth::codeIsSingleUse()
{
    const Pkce pkce;
    const QString code = obtainCode(pkce, u"petugas2"_s);
    QVERIFY(!code.isEmpty());
    const HubReply first = exchange(code, pkce, redirectUri(m_listener.port()));
    QCOMPARE(first.status, 200);
    const HubReply again = exchange(code, pkce, redirectUri(m_listener.port()));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    // Someone else had the code: what the first exchange bought is revoked too.
    HubTestClient api(m_hub.baseUrl());
    api.setToken(first.json().value(u"access_token"_s).toString());
    QCOMPARE(api.get(u"/v1/me"_s).status, 401);
}

void TestHubOAuth::codeIsBoundToClientRedirectAndVerifier_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("another verifier") << u"verifier"_s;
    QTest::newRow("another client") << u"client"_s;
    QTest::newRow("another port") << u"port"_s;
    QTest::newRow("IPv6 loopback instead") << u"host"_s;
}

void TestHubOAuth::codeIsBoundToClientRedirectAndVerifier()
{
    QFETCH(QString, what);
    const Pkce pkce;
    const QString code = obtainCode(pkce, u"kepala1"_s);
    QVERIFY(!code.isEmpty());
    const QString redirect = redirectUri(m_listener.port());
    HubReply wrong;
    if (what == u"verifier"_s)
        wrong = exchange(code, Pkce(), redirect);
    else if (what == u"client"_s)
        wrong = exchange(code, pkce, redirect, QLatin1String(protocol::OAuth::kCliClientId));
    else if (what == u"port"_s)
        wrong = exchange(code, pkce, redirectUri(quint16(m_listener.port() + 1)));
    else
        wrong = exchange(code, pkce, u"http://[::1]:%1/oauth/callback"_s.arg(m_listener.port()));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    // The failed try spent the code: no second guess.
    QCOMPARE(exchange(code, pkce, redirect).status, 400);
}

void TestHubOAuth::codeExpires()
{
    const Pkce pkce;
    const QString code = obtainCode(pkce, u"petugas3"_s);
    QVERIFY(!code.isEmpty());
    HubTestClient sim(m_hub.baseUrl());
    advanceClock(sim, 61);
    const HubReply late = exchange(code, pkce, redirectUri(m_listener.port()));
    QCOMPARE(late.status, 400);
    QCOMPARE(late.json().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestHubOAuth::refreshGrantRotatesAndDetectsReuse()
{
    const Pkce pkce;
    const QString code = obtainCode(pkce, u"kepala2"_s);
    const HubReply tokens = exchange(code, pkce, redirectUri(m_listener.port()));
    QCOMPARE(tokens.status, 200);
    const QString first = tokens.json().value(u"refresh_token"_s).toString();
    const HubReply rotated
        = tokenForm({ { u"grant_type"_s, u"refresh_token"_s }, { u"refresh_token"_s, first } });
    QCOMPARE(rotated.status, 200);
    const QString second = rotated.json().value(u"refresh_token"_s).toString();
    QVERIFY(second != first);
    const HubReply reused
        = tokenForm({ { u"grant_type"_s, u"refresh_token"_s }, { u"refresh_token"_s, first } });
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    // The family is gone: the rotated token is refused as well.
    const HubReply after
        = tokenForm({ { u"grant_type"_s, u"refresh_token"_s }, { u"refresh_token"_s, second } });
    QCOMPARE(after.status, 400);
}

void TestHubOAuth::wrongPasswordShowsTheFormAgain()
{
    const Pkce pkce;
    HubTestClient browser(m_hub.baseUrl());
    const HubReply answer
        = signInOnPage(browser, authorizeUrl(pkce, redirectUri(m_listener.port()), u"s"_s),
                       u"petugas1"_s, u"salah"_s);
    QCOMPARE(answer.status, 401);
    QVERIFY(answer.header("location").isEmpty());
    QVERIFY2(answer.body.contains("Nama pengguna atau kata sandi salah."), answer.body.constData());
    QVERIFY(!answer.body.contains("salah\""));
    // The same form can be tried again: the transaction stays until it succeeds.
    const auto form = parseForm(answer.body);
    QVERIFY(form);
    QCOMPARE(form->value(u"username"_s), u"petugas1"_s);
    const HubReply retry = submitForm(
        browser, *form, { { u"password"_s, u"latihan"_s }, { u"action"_s, u"allow"_s } });
    QCOMPARE(retry.status, 302);
    QVERIFY(queryOf(retry.header("location")).hasQueryItem(u"code"_s));
}

void TestHubOAuth::throttlingAppliesToThePage()
{
    // The same counter as the password grant: five failures, then a wait.
    HubTestClient api(m_hub.baseUrl());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(api.tryLogin(u"koordinator"_s, u"salah"_s).status, 401);
    const Pkce pkce;
    HubTestClient browser(m_hub.baseUrl());
    const HubReply answer
        = signInOnPage(browser, authorizeUrl(pkce, redirectUri(m_listener.port()), u"s"_s),
                       u"koordinator"_s, u"latihan"_s);
    QCOMPARE(answer.status, 429);
    QVERIFY(!answer.header("retry-after").isEmpty());
    QVERIFY(answer.body.contains("Terlalu banyak percobaan gagal"));
    advanceClock(api, 301);
    QCOMPARE(api.tryLogin(u"koordinator"_s).status, 200);
}

void TestHubOAuth::untrustedRedirectsAreNeverFollowed_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirect");
    const QString desk = QLatin1String(protocol::OAuth::kDeskClientId);
    QTest::newRow("unknown client") << u"evil"_s << u"http://127.0.0.1:5000/oauth/callback"_s;
    QTest::newRow("other host") << desk << u"http://evil.example:5000/oauth/callback"_s;
    QTest::newRow("localhost name") << desk << u"http://localhost:5000/oauth/callback"_s;
    QTest::newRow("https") << desk << u"https://127.0.0.1:5000/oauth/callback"_s;
    QTest::newRow("other path") << desk << u"http://127.0.0.1:5000/oauth/callback/x"_s;
    QTest::newRow("no port") << desk << u"http://127.0.0.1/oauth/callback"_s;
    QTest::newRow("user info") << desk << u"http://a@127.0.0.1:5000/oauth/callback"_s;
    QTest::newRow("missing") << desk << u"<omit>"_s;
}

void TestHubOAuth::untrustedRedirectsAreNeverFollowed()
{
    QFETCH(QString, clientId);
    QFETCH(QString, redirect);
    HubTestClient browser(m_hub.baseUrl());
    const HubReply page
        = browser.get(authorizeUrl(Pkce(), redirect, u"s"_s, { { u"client_id"_s, clientId } }));
    QCOMPARE(page.status, 400);
    QVERIFY(page.header("location").isEmpty());
    QVERIFY(!page.body.contains("<form"));
    QVERIFY(page.body.contains("Tidak dapat masuk"));
}

void TestHubOAuth::requestErrorsGoBackToTheClient_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("plain PKCE") << u"code_challenge_method"_s << u"plain"_s << u"invalid_request"_s;
    QTest::newRow("no PKCE") << u"code_challenge"_s << u"<omit>"_s << u"invalid_request"_s;
    QTest::newRow("short challenge") << u"code_challenge"_s << u"abc"_s << u"invalid_request"_s;
    QTest::newRow("token response")
        << u"response_type"_s << u"token"_s << u"unsupported_response_type"_s;
}

void TestHubOAuth::requestErrorsGoBackToTheClient()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);
    HubTestClient browser(m_hub.baseUrl());
    const HubReply answer = browser.get(
        authorizeUrl(Pkce(), redirectUri(m_listener.port()), u"st&=x"_s, { { key, value } }));
    QCOMPARE(answer.status, 302);
    const QUrlQuery query = queryOf(answer.header("location"));
    QCOMPARE(item(query, u"error"_s), error);
    QCOMPARE(item(query, u"state"_s), u"st&=x"_s);
    QVERIFY(!query.hasQueryItem(u"code"_s));
}

void TestHubOAuth::languageFollowsTheRequest_data()
{
    QTest::addColumn<QString>("uiLocales");
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QByteArray>("label");
    // "*": a browser that names no language of ours.
    QTest::newRow("default") << QString() << QByteArray("*") << u"id"_s << QByteArray("Kata sandi");
    QTest::newRow("ui_locales en") << u"en"_s << QByteArray() << u"en"_s << QByteArray("Password");
    QTest::newRow("ui_locales wins")
        << u"id en"_s << QByteArray("en-US") << u"id"_s << QByteArray("Kata sandi");
    QTest::newRow("Accept-Language")
        << QString() << QByteArray("en-GB,en;q=0.9") << u"en"_s << QByteArray("Password");
    QTest::newRow("q values") << QString() << QByteArray("en;q=0.4, id-ID;q=0.8") << u"id"_s
                              << QByteArray("Kata sandi");
    QTest::newRow("other language")
        << u"fr"_s << QByteArray("de") << u"id"_s << QByteArray("Kata sandi");
}

void TestHubOAuth::languageFollowsTheRequest()
{
    QFETCH(QString, uiLocales);
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, lang);
    QFETCH(QByteArray, label);
    HubTestClient browser(m_hub.baseUrl());
    const QList<QPair<QString, QString>> extra {
        { u"ui_locales"_s, uiLocales.isEmpty() ? u"<omit>"_s : uiLocales }
    };
    // Always sent: otherwise Qt would send one for the test's own locale.
    const HubTestClient::Headers headers { { "Accept-Language", acceptLanguage } };
    const HubReply page
        = browser.get(authorizeUrl(Pkce(), redirectUri(m_listener.port()), u"s"_s, extra), headers);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains(QByteArray("<html lang=\"" + lang.toLatin1() + "\">")));
    QVERIFY2(page.body.contains(label), page.body.constData());
    // The language stays with the sign-in: the refusal comes in it too.
    const auto form = parseForm(page.body);
    QVERIFY(form);
    const HubReply refused = submitForm(browser, *form,
                                        { { u"username"_s, u"orang-"_s + lang + uiLocales },
                                          { u"password"_s, u"salah"_s },
                                          { u"action"_s, u"allow"_s } });
    QVERIFY(refused.body.contains(QByteArray("<html lang=\"" + lang.toLatin1() + "\">")));
    const QByteArray wrong = lang == u"en"_s ? QByteArray("Wrong user name or password.")
                                             : QByteArray("Nama pengguna atau kata sandi salah.");
    QVERIFY2(refused.body.contains(wrong), refused.body.constData());
}

void TestHubOAuth::pageEscapesWhatItShows()
{
    HubTestClient browser(m_hub.baseUrl());
    const QString hint = u"\"><script>alert(1)</script>"_s;
    const HubReply page = browser.get(authorizeUrl(Pkce(), redirectUri(m_listener.port()), u"s"_s,
                                                   { { u"login_hint"_s, hint } }));
    QCOMPARE(page.status, 200);
    QVERIFY(!page.body.contains("<script"));
    QVERIFY(page.body.contains("&quot;&gt;&lt;script&gt;"));
    const auto form = parseForm(page.body);
    QVERIFY(form);
    QCOMPARE(form->value(u"username"_s), hint);
    // Typed back into the form after a refusal, still text.
    const HubReply refused
        = submitForm(browser, *form, { { u"password"_s, u"x"_s }, { u"action"_s, u"allow"_s } });
    QCOMPARE(refused.status, 401);
    QVERIFY(!refused.body.contains("<script"));
}

void TestHubOAuth::formNeedsItsTransaction()
{
    // A form posted from elsewhere (login CSRF) has no transaction this hub handed out.
    HubTestClient browser(m_hub.baseUrl());
    HtmlForm forged;
    forged.action = u"/v1/oauth/authorize"_s;
    forged.fields = { { u"transaction"_s, u"made-up"_s } };
    const HubReply answer = submitForm(browser, forged,
                                       { { u"username"_s, u"petugas1"_s },
                                         { u"password"_s, u"latihan"_s },
                                         { u"action"_s, u"allow"_s } });
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.header("location").isEmpty());

    // A transaction ends with its sign-in: the same form cannot be sent twice.
    const HubReply page = browser.get(authorizeUrl(Pkce(), redirectUri(m_listener.port()), u"s"_s));
    const auto form = parseForm(page.body);
    QVERIFY(form);
    const FormFields values { { u"username"_s, u"petugas1"_s },
                              { u"password"_s, u"latihan"_s },
                              { u"action"_s, u"allow"_s } };
    QCOMPARE(submitForm(browser, *form, values).status, 302);
    QCOMPARE(submitForm(browser, *form, values).status, 400);

    // And it expires.
    const HubReply later
        = browser.get(authorizeUrl(Pkce(), redirectUri(m_listener.port()), u"s"_s));
    const auto stale = parseForm(later.body);
    QVERIFY(stale);
    advanceClock(browser, 601);
    QCOMPARE(submitForm(browser, *stale, values).status, 400);
}

void TestHubOAuth::cancelIsAccessDenied()
{
    HubTestClient browser(m_hub.baseUrl());
    const HubReply page
        = browser.get(authorizeUrl(Pkce(), redirectUri(m_listener.port()), u"c1"_s));
    const auto form = parseForm(page.body);
    QVERIFY(form);
    const HubReply answer = submitForm(browser, *form, { { u"action"_s, u"cancel"_s } });
    QCOMPARE(answer.status, 302);
    const QUrlQuery query = queryOf(answer.header("location"));
    QCOMPARE(item(query, u"error"_s), u"access_denied"_s);
    QCOMPARE(item(query, u"state"_s), u"c1"_s);
}

void TestHubOAuth::tokenEndpointSpeaksTheStandard()
{
    HubTestClient client(m_hub.baseUrl());
    const HubReply json
        = client.post(u"/v1/oauth/token"_s, { { u"grant_type"_s, u"authorization_code"_s } });
    QCOMPARE(json.status, 400);
    QCOMPARE(json.json().value(u"error"_s).toString(), u"invalid_request"_s);
    const HubReply password = tokenForm({ { u"grant_type"_s, u"password"_s },
                                          { u"username"_s, u"petugas1"_s },
                                          { u"password"_s, u"latihan"_s } });
    QCOMPARE(password.status, 400);
    QCOMPARE(password.json().value(u"error"_s).toString(), u"unsupported_grant_type"_s);
    const HubReply twice = tokenForm({ { u"grant_type"_s, u"authorization_code"_s },
                                       { u"code"_s, u"a"_s },
                                       { u"code"_s, u"b"_s } });
    QCOMPARE(twice.json().value(u"error"_s).toString(), u"invalid_request"_s);
    const HubReply unknown = tokenForm({ { u"grant_type"_s, u"authorization_code"_s },
                                         { u"code"_s, u"nope"_s },
                                         { u"redirect_uri"_s, redirectUri(5000) },
                                         { u"client_id"_s, u"lapordesk"_s },
                                         { u"code_verifier"_s, Pkce().verifier } });
    QCOMPARE(unknown.json().value(u"error"_s).toString(), u"invalid_grant"_s);
}

QJsonObject TestHubOAuth::startDevice()
{
    HubTestClient client(m_hub.baseUrl());
    const HubReply reply = client.request(
        "POST", u"/v1/oauth/device"_s,
        formEncode({ { u"client_id"_s, QLatin1String(protocol::OAuth::kCliClientId) } }),
        { { "Content-Type", "application/x-www-form-urlencoded" } });
    if (reply.status != 200)
        failAt(u"device authorization: "_s + reply.describe(), TestLocation::current());
    return reply.json();
}

HubReply TestHubOAuth::pollDevice(const QJsonObject &device)
{
    return tokenForm({ { u"grant_type"_s, QLatin1String(protocol::OAuth::kGrantDeviceCode) },
                       { u"device_code"_s, device.value(u"device_code"_s).toString() },
                       { u"client_id"_s, QLatin1String(protocol::OAuth::kCliClientId) } });
}

void TestHubOAuth::deviceFlowSignsIn()
{
    const QJsonObject device = startDevice();
    const QString userCode = device.value(u"user_code"_s).toString();
    QVERIFY2(QRegularExpression(u"^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$"_s)
                 .match(userCode)
                 .hasMatch(),
             qPrintable(userCode));
    QCOMPARE(device.value(u"expires_in"_s).toInt(), 600);
    QCOMPARE(device.value(u"interval"_s).toInt(), 5);
    const QUrl uri(device.value(u"verification_uri"_s).toString());
    QCOMPARE(uri.toString(), m_hub.baseUrl().toString() + u"/v1/oauth/verify"_s);
    const QUrl complete(device.value(u"verification_uri_complete"_s).toString());
    QCOMPARE(QUrlQuery(complete).queryItemValue(u"user_code"_s), userCode);

    QCOMPARE(pollDevice(device).json().value(u"error"_s).toString(), u"authorization_pending"_s);
    // Polling again at once is too soon.
    QCOMPARE(pollDevice(device).json().value(u"error"_s).toString(), u"slow_down"_s);

    // The person opens the complete address, finds the code filled in and signs in.
    HubTestClient browser(m_hub.baseUrl());
    const HubReply page
        = browser.get(complete.path() + u'?' + complete.query() + u"&ui_locales=id"_s);
    QCOMPARE(page.status, 200);
    const auto form = parseForm(page.body);
    QVERIFY(form);
    QCOMPARE(form->value(u"user_code"_s), userCode);
    const HubReply done = submitForm(browser, *form,
                                     { { u"username"_s, u"kepala1"_s },
                                       { u"password"_s, u"latihan"_s },
                                       { u"action"_s, u"allow"_s } });
    QCOMPARE(done.status, 200);
    QVERIFY2(done.body.contains("Perangkat sudah masuk"), done.body.constData());

    const HubReply tokens = pollDevice(device);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.json().value(u"user"_s).toObject().value(u"username"_s).toString(),
             u"kepala1"_s);
    HubTestClient api(m_hub.baseUrl());
    api.setToken(tokens.json().value(u"access_token"_s).toString());
    QCOMPARE(api.get(u"/v1/me"_s).status, 200);
    // The device code buys one session.
    QCOMPARE(pollDevice(device).json().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestHubOAuth::deviceSignInCanBeCancelled()
{
    const QJsonObject device = startDevice();
    HubTestClient browser(m_hub.baseUrl());
    const HubReply page = browser.get(u"/v1/oauth/verify"_s);
    const auto form = parseForm(page.body);
    QVERIFY(form);
    // Typed by hand: lower case and without the dash still finds it.
    const QString typed = device.value(u"user_code"_s).toString().toLower().remove(u'-');
    const HubReply cancelled
        = submitForm(browser, *form, { { u"user_code"_s, typed }, { u"action"_s, u"cancel"_s } });
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(pollDevice(device).json().value(u"error"_s).toString(), u"access_denied"_s);
}

void TestHubOAuth::deviceCodeExpires()
{
    const QJsonObject device = startDevice();
    HubTestClient sim(m_hub.baseUrl());
    advanceClock(sim, 601);
    QCOMPARE(pollDevice(device).json().value(u"error"_s).toString(), u"expired_token"_s);
    HubTestClient browser(m_hub.baseUrl());
    const auto form = parseForm(browser.get(u"/v1/oauth/verify"_s).body);
    QVERIFY(form);
    const HubReply late = submitForm(browser, *form,
                                     { { u"user_code"_s, device.value(u"user_code"_s).toString() },
                                       { u"username"_s, u"kepala1"_s },
                                       { u"password"_s, u"latihan"_s },
                                       { u"action"_s, u"allow"_s } });
    QCOMPARE(late.status, 400);
}

void TestHubOAuth::wrongUserCodeIsRefused()
{
    startDevice();
    HubTestClient browser(m_hub.baseUrl());
    const auto form = parseForm(browser.get(u"/v1/oauth/verify?ui_locales=en"_s).body);
    QVERIFY(form);
    const HubReply wrong = submitForm(browser, *form,
                                      { { u"user_code"_s, u"AAAA-AAAA"_s },
                                        { u"username"_s, u"kepala1"_s },
                                        { u"password"_s, u"latihan"_s },
                                        { u"action"_s, u"allow"_s } });
    QCOMPARE(wrong.status, 400);
    QVERIFY2(wrong.body.contains("The device code is unknown or has expired."),
             wrong.body.constData());
}

void TestHubOAuth::passwordGrantIsOffUnlessAllowed()
{
    HubProcess agencyHub;
    agencyHub.setPasswordGrant(false);
    agencyHub.setArguments({ u"--generate"_s, u"1"_s });
    QVERIFY2(agencyHub.start(), qPrintable(agencyHub.errorString()));
    HubTestClient client(agencyHub.baseUrl());
    const HubReply refused = client.tryLogin(u"petugas1"_s);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.problemType(), u"forbidden"_s);
    // The browser sign-in is what such a hub offers instead.
    const Pkce pkce;
    const QString redirect = redirectUri(m_listener.port());
    const HubReply answer
        = signInOnPage(client, authorizeUrl(pkce, redirect, u"s"_s), u"petugas1"_s, u"latihan"_s);
    QCOMPARE(answer.status, 302);
    const QString code = item(queryOf(answer.header("location")), u"code"_s);
    HubTestClient tokenClient(agencyHub.baseUrl());
    const HubReply tokens
        = tokenClient.request("POST", u"/v1/oauth/token"_s,
                              formEncode({ { u"grant_type"_s, u"authorization_code"_s },
                                           { u"code"_s, code },
                                           { u"redirect_uri"_s, redirect },
                                           { u"client_id"_s, u"lapordesk"_s },
                                           { u"code_verifier"_s, pkce.verifier } }),
                              { { "Content-Type", "application/x-www-form-urlencoded" } });
    QCOMPARE(tokens.status, 200);
}

QTEST_GUILESS_MAIN(TestHubOAuth)
#include "tst_huboauth.moc"
