// Signing a person in on a shared PC against a real laporhub, when the hub cannot be
// reached (docs/privacy.md, "Lock" and "One store per person"): someone who signed in here
// before works offline with the password this PC kept, a wrong password counts towards the
// same throttle as the lock screen, and nobody new gets in without the hub.
#include "core/profile.h"
#include "core/profilehome.h"
#include "hubapi/offlineverifier.h"
#include "hubapi/passwordthrottle.h"
#include "hubfixture.h"
#include "sync/personsignin.h"

#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace lapor;
using lapor::test::HubFixture;

class TestPersonSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keptPasswordOpensOfflineWhenTheHubIsDown();
    void wrongPasswordOfflineIsThrottled();
    void nobodyNewGetsInWithoutTheHub();
    void offlineOnlyWhereAllowed();

private:
    struct Result
    {
        PersonSignIn::Outcome outcome = PersonSignIn::Outcome::Refused;
        QString message;
    };
    Result signIn(const QString &username, const QString &password, bool offlineAllowed = true);
    void hubDown();

    HubFixture m_hub { 30 };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileHome> m_home;
};

void TestPersonSignIn::initTestCase()
{
    QString error;
    QVERIFY2(m_hub.start(&error), qPrintable(error));
}

void TestPersonSignIn::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_home = std::make_unique<ProfileHome>(m_dir->path());
    QVERIFY(m_home->open(nullptr));
}

void TestPersonSignIn::cleanup()
{
    m_hub.clearFaults();
    m_home.reset();
    m_dir.reset();
}

TestPersonSignIn::Result TestPersonSignIn::signIn(const QString &username, const QString &password,
                                                  bool offlineAllowed)
{
    PersonSignIn person(*m_home, TokenStore::Backend::Memory);
    person.setOfflineAllowed(offlineAllowed);
    QSignalSpy finished(&person, &PersonSignIn::finished);
    person.start(m_hub.url().toString(), username, password);
    if (finished.isEmpty() && !finished.wait(30000)) {
        QTest::qFail("the sign-in did not finish", __FILE__, __LINE__);
        return {};
    }
    return { finished.constFirst().at(0).value<PersonSignIn::Outcome>(),
             finished.constFirst().at(1).toString() };
}

// Every sign-in request is dropped before the hub reads it, as when the link is down.
void TestPersonSignIn::hubDown()
{
    m_hub.addFault({ { QStringLiteral("route"), QStringLiteral("auth.token") },
                     { QStringLiteral("action"), QStringLiteral("drop_before") } });
}

void TestPersonSignIn::keptPasswordOpensOfflineWhenTheHubIsDown()
{
    const QString password = QLatin1String(HubFixture::kPassword);
    QCOMPARE(signIn(QStringLiteral("petugas1"), password).outcome, PersonSignIn::Outcome::SignedIn);
    const auto person = m_home->current();
    QVERIFY(person);
    m_home->clearCurrent();

    hubDown();
    const Result offline = signIn(QStringLiteral("petugas1"), password);
    QCOMPARE(offline.outcome, PersonSignIn::Outcome::SignedInOffline);
    QVERIFY2(offline.message.contains(QLatin1String("tanpa hub")), qPrintable(offline.message));
    QVERIFY(m_home->current());
    QCOMPARE(m_home->current()->key, person->key);
    // Still one person, in the same folder, with the verifier of the last online sign-in.
    QCOMPARE(m_home->people().size(), 1);
    QVERIFY(OfflineVerifier::check(Profile(person->dir).settings(), password));
}

void TestPersonSignIn::wrongPasswordOfflineIsThrottled()
{
    const QString password = QLatin1String(HubFixture::kPassword);
    QCOMPARE(signIn(QStringLiteral("petugas1"), password).outcome, PersonSignIn::Outcome::SignedIn);
    const QString dir = m_home->current()->dir;
    m_home->clearCurrent();

    hubDown();
    for (int i = 0; i < PasswordThrottle::kFreeTries; ++i) {
        const Result wrong = signIn(QStringLiteral("petugas1"), QStringLiteral("tebakan"));
        QCOMPARE(wrong.outcome, PersonSignIn::Outcome::Refused);
        QVERIFY2(wrong.message.contains(QLatin1String("tidak cocok")), qPrintable(wrong.message));
    }
    QVERIFY(!m_home->current());
    QCOMPARE(PasswordThrottle(Profile(dir).settings()).failures(), PasswordThrottle::kFreeTries);
    // Now even the right password waits: guessing offline costs time.
    const Result waiting = signIn(QStringLiteral("petugas1"), password);
    QCOMPARE(waiting.outcome, PersonSignIn::Outcome::Refused);
    QVERIFY2(waiting.message.contains(QLatin1String("detik")), qPrintable(waiting.message));
    QVERIFY(!m_home->current());
}

void TestPersonSignIn::nobodyNewGetsInWithoutTheHub()
{
    hubDown();
    const Result result = signIn(QStringLiteral("petugas2"), QLatin1String(HubFixture::kPassword));
    QCOMPARE(result.outcome, PersonSignIn::Outcome::Refused);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(m_home->people().isEmpty());
    QVERIFY(
        !QFileInfo::exists(m_home->personDir(m_hub.url().toString(), QStringLiteral("petugas2"))));
}

// lapordeskctl login wants a hub session: it never opens offline.
void TestPersonSignIn::offlineOnlyWhereAllowed()
{
    const QString password = QLatin1String(HubFixture::kPassword);
    QCOMPARE(signIn(QStringLiteral("petugas1"), password).outcome, PersonSignIn::Outcome::SignedIn);
    m_home->clearCurrent();
    hubDown();
    QCOMPARE(signIn(QStringLiteral("petugas1"), password, false).outcome,
             PersonSignIn::Outcome::Refused);
    QVERIFY(!m_home->current());
}

QTEST_GUILESS_MAIN(TestPersonSignIn)
#include "tst_personsignin.moc"
