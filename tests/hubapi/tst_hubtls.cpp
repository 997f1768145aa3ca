#include "core/profile.h"
#include "ctlrunner.h"
#include "hubapi/hubclient.h"
#include "hubapi/hubjob.h"
#include "hubfixture.h"
#include "sync/hubaccount.h"
#include "testfiles.h"
#include "tlsfiles.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

using namespace lapor;
using namespace lapor::test;

// The desk against a laporhub that speaks HTTPS with a certificate from the agency's own
// CA (made by the openssl command for each run): trusted only with that CA, per hub,
// checked against the pin when one is set, and explained with the certificate's subject,
// issuer and fingerprint when it is refused.
class TestHubTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void untrustedWithoutCa();
    void trustedWithCaFile();
    void trustedWithBundle();
    void unusableCaFileSendsNothing();
    void pinMatches();
    void pinMismatchIsRefused();
    void accountReadsCaAndPinFromSettings();
    void ctlLoginWithCaFile();

private:
    // The error of a sign-in as petugas1 (ok when it worked).
    HubError signIn(const HubClient::Settings &settings);
    HubClient::Settings settings(const QString &caFile = {}, const QByteArray &pin = {}) const;

    TlsFiles m_tls;
    std::unique_ptr<HubFixture> m_hub;
};

void TestHubTls::initTestCase()
{
    QVERIFY(m_tls.make());
    m_hub = std::make_unique<HubFixture>(
        20,
        QStringList { QStringLiteral("--tls-cert"), m_tls.certFile(), QStringLiteral("--tls-key"),
                      m_tls.keyFile() });
    QString error;
    QVERIFY2(m_hub->start(&error), qPrintable(error));
    QCOMPARE(m_hub->url().scheme(), QStringLiteral("https"));
}

HubClient::Settings TestHubTls::settings(const QString &caFile, const QByteArray &pin) const
{
    HubClient::Settings s;
    s.baseUrl = m_hub->url();
    s.extraCaFile = caFile;
    s.pinSha256 = pin;
    s.transferTimeoutMs = 20000;
    return s;
}

HubError TestHubTls::signIn(const HubClient::Settings &settings)
{
    TokenStore tokens(TokenStore::Backend::Memory);
    HubClient client(settings, tokens);
    const auto error = tryLogIn(client, QStringLiteral("petugas1"));
    return error ? *error : HubError::malformed(QStringLiteral("no answer"));
}

void TestHubTls::untrustedWithoutCa()
{
    const HubError error = signIn(settings());
    QCOMPARE(error.kind, HubError::Kind::Tls);
    QCOMPARE(error.tlsProblem, HubError::TlsProblem::Untrusted);
    QVERIFY(!error.isTransient());
    // What the person can compare with what the agency's admin tells them.
    const QString message = error.userMessage();
    QVERIFY2(message.contains(QLatin1String(TlsFiles::kSubject)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String(TlsFiles::kIssuer)), qPrintable(message));
    QVERIFY2(message.contains(m_tls.fingerprint()), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("CA")), qPrintable(message));
}

void TestHubTls::trustedWithCaFile()
{
    const auto before = QSslConfiguration::defaultConfiguration().caCertificates();
    QVERIFY2(signIn(settings(m_tls.caFile())).ok(),
             qPrintable(signIn(settings(m_tls.caFile())).userMessage()));
    // Trusted for that client only: the process-wide default is untouched, and a client
    // without the CA still refuses the hub.
    QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates(), before);
    QCOMPARE(signIn(settings()).kind, HubError::Kind::Tls);
}

void TestHubTls::trustedWithBundle()
{
    // An agency bundle: another CA first, then the one that signed the hub.
    const QString bundle = m_tls.path(QStringLiteral("bundle.pem"));
    QVERIFY(writeFile(bundle, readFile(m_tls.otherCaFile()) + readFile(m_tls.caFile())));
    const HubError error = signIn(settings(bundle));
    QVERIFY2(error.ok(), qPrintable(error.userMessage()));
    // The other CA alone does not make the hub trusted.
    QCOMPARE(signIn(settings(m_tls.otherCaFile())).kind, HubError::Kind::Tls);
}

void TestHubTls::unusableCaFileSendsNothing()
{
    const QString garbage = m_tls.path(QStringLiteral("garbage.pem"));
    QVERIFY(writeFile(garbage, "bukan sertifikat\n"));
    for (const QString &file : { garbage, m_tls.path(QStringLiteral("tidak-ada.pem")) }) {
        const HubError error = signIn(settings(file));
        QCOMPARE(error.kind, HubError::Kind::Refused);
        QCOMPARE(error.refusal, HubError::Refusal::CaFile);
        QVERIFY(!error.isTransient());
        QVERIFY2(error.userMessage().contains(file), qPrintable(error.userMessage()));
    }
}

void TestHubTls::pinMatches()
{
    const HubError error = signIn(settings(m_tls.caFile(), m_tls.pin()));
    QVERIFY2(error.ok(), qPrintable(error.userMessage() + QLatin1Char(' ') + error.technical));
}

void TestHubTls::pinMismatchIsRefused()
{
    const QByteArray wrong = QByteArray(32, 'A').toBase64();
    const HubError error = signIn(settings(m_tls.caFile(), wrong));
    QCOMPARE(error.kind, HubError::Kind::Tls);
    QCOMPARE(error.tlsProblem, HubError::TlsProblem::PinMismatch);
    QVERIFY(!error.isTransient());
    const QString message = error.userMessage();
    QVERIFY2(message.contains(QLatin1String("pin")), qPrintable(message));
    QVERIFY2(message.contains(m_tls.fingerprint()), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String(TlsFiles::kSubject)), qPrintable(message));
    // The pin is checked even where the CAs would trust the hub, and a call through the
    // session fails the same way.
    TokenStore tokens(TokenStore::Backend::Memory);
    HubClient client(settings(m_tls.caFile(), wrong), tokens);
    HubClient::Request request;
    request.path = QStringLiteral("/v1/changes");
    auto *call = client.send(request);
    QSignalSpy finished(call, &HubCall::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(call->error().tlsProblem, HubError::TlsProblem::PinMismatch);
}

void TestHubTls::accountReadsCaAndPinFromSettings()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QString why;
    QVERIFY2(profile.ensureExists(&why), qPrintable(why));
    auto &s = profile.settings();
    s.setValue(QStringLiteral("hub/caFile"), m_tls.caFile());
    s.setValue(QStringLiteral("hub/pinSha256"), QString::fromLatin1(m_tls.pin()));
    s.sync();
    {
        HubAccount account(profile, TokenStore::Backend::Memory);
        account.setHub(m_hub->url().toString(), QStringLiteral("petugas1"));
        const auto error = tryLogIn(account.client(), QStringLiteral("petugas1"));
        QVERIFY(error);
        QVERIFY2(error->ok(), qPrintable(error->userMessage()));
    }
    s.setValue(QStringLiteral("hub/pinSha256"),
               QString::fromLatin1(QByteArray(32, 'B').toBase64()));
    s.sync();
    HubAccount account(profile, TokenStore::Backend::Memory);
    const auto error = tryLogIn(account.client(), QStringLiteral("petugas1"));
    QVERIFY(error);
    QCOMPARE(error->tlsProblem, HubError::TlsProblem::PinMismatch);
}

void TestHubTls::ctlLoginWithCaFile()
{
    QTemporaryDir home;
    const QString hub = m_hub->url().toString();
    auto login = [&](const QStringList &extra) {
        CtlRun run;
        run.arguments = QStringList { QStringLiteral("--profile"),
                                      home.path(),
                                      QStringLiteral("login"),
                                      QStringLiteral("--hub"),
                                      hub,
                                      QStringLiteral("--user"),
                                      QStringLiteral("petugas1"),
                                      QStringLiteral("--password-stdin") }
            + extra;
        run.input = QByteArray(kHubPassword) + '\n';
        // No keychain in tests: the session lives for the command only.
        run.environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                               QStringLiteral("disabled:"));
        return runCtl(run);
    };
    const CtlResult refused = login({});
    QVERIFY(refused.code != 0);
    QVERIFY2(refused.err.contains(m_tls.fingerprint()), qPrintable(refused.err));

    const CtlResult ok = login({ QStringLiteral("--ca-file"), m_tls.caFile() });
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
    // Kept in the person's settings: a later command trusts the hub without the option.
    CtlRun sync;
    sync.arguments = QStringList { QStringLiteral("--profile"), home.path(), QStringLiteral("sync"),
                                   QStringLiteral("--password-stdin") };
    sync.input = QByteArray(kHubPassword) + '\n';
    sync.environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                            QStringLiteral("disabled:"));
    const CtlResult synced = runCtl(sync);
    QVERIFY2(synced.code == 0, qPrintable(synced.out + synced.err));
}

QTEST_GUILESS_MAIN(TestHubTls)
#include "tst_hubtls.moc"
