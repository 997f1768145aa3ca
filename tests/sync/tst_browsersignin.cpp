// The desk's browser sign-in end to end against a real laporhub whose password grant is
// off: BrowserSignIn opens the "browser" (here a function that loads the hub's page, fills
// the form and follows the redirect over HTTP), takes the redirect on its loopback port,
// exchanges the code, and PersonSignIn opens that person's own folder with the session.
#include "browserstep.h"
#include "core/profile.h"
#include "core/profilehome.h"
#include "hubapi/browsersignin.h"
#include "hubapi/hubclient.h"
#include "hubapi/offlineverifier.h"
#include "hubapi/tokenstore.h"
#include "hubprocess.h"
#include "sync/hubaccount.h"
#include "sync/personsignin.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace lapor;
using namespace lapor::test;
using namespace Qt::Literals::StringLiterals;

class TestBrowserSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsInThroughTheBrowser();
    void foreignRequestsDoNotEndTheSignIn();
    void cancelInTheBrowser();
    void browserThatDoesNotOpen();

private:
    // A browser that does what a person would: load the page, sign in, follow the redirect.
    BrowserSignIn::Opener person(const QString &username, const QString &action = u"allow"_s);

    HubProcess m_hub;
    QUrl m_opened;
    HubReply m_landing; // what the browser showed after the redirect
    QStringList m_before; // extra requests to make to the loopback port first
};

void TestBrowserSignIn::initTestCase()
{
    m_hub.setPasswordGrant(false);
    m_hub.setArguments({ u"--generate"_s, u"10"_s });
    QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
}

BrowserSignIn::Opener TestBrowserSignIn::person(const QString &username, const QString &action)
{
    return [this, username, action](const QUrl &url) {
        m_opened = url;
        // The browser runs on its own, after the desk has handed it the address.
        QTimer::singleShot(0, this, [this, username, action, url] {
            HubTestClient browser(m_hub.baseUrl());
            const QUrlQuery query(url);
            const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
            for (const QString &extra : std::as_const(m_before))
                browser.get(redirect.resolved(QUrl(extra)).toString());
            const HubReply page = browser.get(url.toString());
            const auto form = parseForm(page.body);
            if (!form)
                return;
            const HubReply answer = submitForm(browser, *form,
                                               { { u"username"_s, username },
                                                 { u"password"_s, u"latihan"_s },
                                                 { u"action"_s, action } });
            if (answer.status != 302) {
                failAt(u"the hub did not redirect: "_s + answer.describe(),
                       TestLocation::current());
                return;
            }
            m_landing = browser.get(QString::fromLatin1(answer.header("location")));
        });
        return true;
    };
}

void TestBrowserSignIn::signsInThroughTheBrowser()
{
    TokenStore scratch(TokenStore::Backend::Memory);
    HubClient client(HubClient::Settings { m_hub.baseUrl(), {}, 10000 }, scratch);
    BrowserSignIn signIn(client, person(u"kepala1"_s));
    signIn.setLanguage(u"en"_s);
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    signIn.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(signIn.message()));

    // What the desk asked of the hub.
    const QUrlQuery asked(m_opened);
    QCOMPARE(m_opened.path(), u"/v1/oauth/authorize"_s);
    QCOMPARE(asked.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(asked.queryItemValue(u"ui_locales"_s), u"en"_s);
    const QUrl redirect(asked.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    QCOMPARE(redirect.path(), u"/oauth/callback"_s);
    QVERIFY(redirect.port() > 0);
    QVERIFY(asked.queryItemValue(u"state"_s).size() >= 43);
    // The browser was told, in both languages, that the tab can go.
    QCOMPARE(m_landing.status, 200);
    QVERIFY(m_landing.body.contains("Anda boleh menutup tab ini"));
    QVERIFY(m_landing.body.contains("You can close this tab"));
    // The port is closed once the redirect came.
    HubTestClient late(redirect);
    QVERIFY(late.get(redirect.toString()).status == 0);

    // The person's own folder, with the session the browser bought.
    QTemporaryDir home;
    ProfileHome profiles(home.path());
    PersonSignIn person(profiles, TokenStore::Backend::Memory);
    QSignalSpy signedIn(&person, &PersonSignIn::finished);
    person.startWithTokens(m_hub.baseUrl().toString(), signIn.tokens());
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(signedIn.first().first().value<PersonSignIn::Outcome>(),
             PersonSignIn::Outcome::SignedIn);
    QVERIFY(person.needsLocalPassword());
    const auto current = profiles.current();
    QVERIFY(current);
    QCOMPARE(current->username, u"kepala1"_s);
    const auto profile = person.takeProfile();
    const auto account = person.takeAccount();
    QVERIFY(!OfflineVerifier::isKnown(profile->settings()));
    HubClient::Request me;
    me.path = u"/v1/me"_s;
    HubCall *call = account->client().send(me);
    QSignalSpy answered(call, &HubCall::finished);
    QVERIFY(answered.wait(10000));
    QCOMPARE(call->status(), 200);
    QCOMPARE(call->json().value(u"username"_s).toString(), u"kepala1"_s);
}

void TestBrowserSignIn::foreignRequestsDoNotEndTheSignIn()
{
    // Another page in the browser can reach the loopback port too: without the state it
    // is refused and the real redirect still gets through.
    m_before = { u"/oauth/callback?code=stolen&state=guess"_s, u"/favicon.ico"_s };
    TokenStore scratch(TokenStore::Backend::Memory);
    HubClient client(HubClient::Settings { m_hub.baseUrl(), {}, 10000 }, scratch);
    BrowserSignIn signIn(client, person(u"petugas3"_s));
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    signIn.start();
    QVERIFY(finished.wait(30000));
    m_before.clear();
    QVERIFY2(finished.first().first().toBool(), qPrintable(signIn.message()));
    QCOMPARE(signIn.tokens().value(u"user"_s).toObject().value(u"username"_s).toString(),
             u"petugas3"_s);
}

void TestBrowserSignIn::cancelInTheBrowser()
{
    TokenStore scratch(TokenStore::Backend::Memory);
    HubClient client(HubClient::Settings { m_hub.baseUrl(), {}, 10000 }, scratch);
    BrowserSignIn signIn(client, person(u"petugas1"_s, u"cancel"_s));
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    signIn.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(signIn.tokens().isEmpty());
    QCOMPARE(m_landing.status, 200);
}

void TestBrowserSignIn::browserThatDoesNotOpen()
{
    TokenStore scratch(TokenStore::Backend::Memory);
    HubClient client(HubClient::Settings { m_hub.baseUrl(), {}, 10000 }, scratch);
    BrowserSignIn signIn(client, [](const QUrl &) { return false; });
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    signIn.start();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    // The address is in the message, to be opened by hand.
    QVERIFY2(signIn.message().contains(u"/v1/oauth/authorize"_s), qPrintable(signIn.message()));
    QVERIFY(!signIn.isRunning());
}

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "tst_browsersignin.moc"
