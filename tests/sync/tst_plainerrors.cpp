#include "core/profilehome.h"
#include "hubapi/hubclient.h"
#include "hubapi/tokenstore.h"
#include "plainwords.h"
#include "scriptedhub.h"
#include "sync/personsignin.h"
#include "sync/syncengine.h"
#include "tempstore.h"
#include "tlsfiles.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace lapor;

namespace {

using lapor::test::technicalIn;

// A hub in the test process whose answers each test row sets: the sign-in's status, and
// the change feed's status and bytes.
class FaultyHub
{
public:
    bool start()
    {
        m_server.route(QStringLiteral("/v1/auth/token"), [this] {
            if (tokenStatus != 200)
                return QHttpServerResponse(
                    QByteArrayLiteral("application/problem+json"),
                    QByteArrayLiteral(
                        R"({"type":"https://lapor.test/problems/invalid-credentials",)"
                        R"("title":"Unauthorized","status":401})"),
                    QHttpServerResponder::StatusCode(tokenStatus));
            return QHttpServerResponse(QJsonObject {
                { QStringLiteral("access_token"), QStringLiteral("a") },
                { QStringLiteral("refresh_token"), QStringLiteral("r") },
                { QStringLiteral("expires_in"), 600 },
            });
        });
        m_server.route(QStringLiteral("/v1/changes"), [this] {
            return QHttpServerResponse(QByteArrayLiteral("application/json"), changesBody,
                                       QHttpServerResponder::StatusCode(changesStatus));
        });
        const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        return port != 0;
    }
    QUrl url() const { return m_url; }

    int tokenStatus = 200;
    int changesStatus = 200;
    QByteArray changesBody;

private:
    QHttpServer m_server;
    QUrl m_url;
};

// A loopback port that nothing listens on.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

// Every failure the desk shows in sync and sign-in says what happened in plain words; the
// Qt, network and SQL text behind it stays in the details (the sync log, HubError's
// `technical`). docs/messages.md lists the messages.
class TestPlainErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncFailure_data();
    void syncFailure();
    void signInFailure_data();
    void signInFailure();

private:
    FaultyHub m_hub;
    lapor::test::TlsFiles m_tls;
    QSslServer m_tlsServer;
};

void TestPlainErrors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_hub.start());
    QVERIFY(m_tls.make());
    QFile cert(m_tls.certFile());
    QFile key(m_tls.keyFile());
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(&cert));
    config.setPrivateKey(QSslKey(&key, QSsl::Rsa));
    m_tlsServer.setSslConfiguration(config);
    QVERIFY(m_tlsServer.listen(QHostAddress::LocalHost, 0));
}

void TestPlainErrors::syncFailure_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("pragma"); // done to the store before the sync
    QTest::addColumn<QString>("expected"); // a word the message must hold

    // A good page of real records: it fails only because the store cannot keep it.
    QJsonArray cases;
    for (qint64 id = 1000001; id <= 1000200; ++id)
        cases.append(test::ScriptedHub::caseRecord(id));
    const QByteArray page = test::ScriptedHub::page(cases, QStringLiteral("p1"));
    QTest::newRow("5xx") << 500 << QByteArray("Internal Server Error") << QString()
                         << QStringLiteral("bermasalah");
    QTest::newRow("busy") << 503 << QByteArray() << QString() << QStringLiteral("sibuk");
    QTest::newRow("malformed JSON") << 200 << QByteArray(R"({"records":[{"kind":)") << QString()
                                    << QStringLiteral("tidak dapat dibaca");
    QTest::newRow("not JSON at all")
        << 200 << QByteArray("\x01\x02<html>") << QString() << QStringLiteral("tidak dapat dibaca");
    QTest::newRow("store read-only") << 200 << page << QStringLiteral("query_only = ON")
                                     << QStringLiteral("tidak dapat menyimpan");
    QTest::newRow("disk full") << 200 << page << QStringLiteral("max_page_count = 1")
                               << QStringLiteral("penuh");
}

void TestPlainErrors::syncFailure()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, pragma);
    QFETCH(QString, expected);
    lapor::test::TempStore store;
    QVERIFY(store.open());
    m_hub.changesStatus = status;
    m_hub.changesBody = body;

    TokenStore tokens(TokenStore::Backend::Memory);
    HubClient client({ m_hub.url(), {}, 5000 }, tokens);
    auto *login = client.login(QStringLiteral("petugas1"), QStringLiteral("latihan"));
    QSignalSpy loggedIn(login, &HubCall::finished);
    QVERIFY(loggedIn.wait(5000));
    QVERIFY2(login->error().ok(), qPrintable(login->error().technical));
    if (!pragma.isEmpty()) {
        QSqlQuery q((*store).connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA ") + pragma));
    }

    SyncEngine engine(client, *store, WorkingCalendar::national(AgencyZone::WITA));
    engine.setMaxAttempts(1);
    QStringList log;
    connect(&engine, &SyncEngine::log, this, [&log](const QString &line) { log << line; });
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    QVERIFY(!finished.isEmpty() || finished.wait(10000));
    const SyncEngine::Report report = engine.lastReport();
    QVERIFY(!report.ok);
    // The indicator's tooltip and the log's "Galat terakhir" show report.message.
    QVERIFY2(
        technicalIn(report.message).isEmpty(),
        qPrintable(QStringLiteral("%1 in: %2").arg(technicalIn(report.message), report.message)));
    QVERIFY2(report.message.contains(expected),
             qPrintable(report.message + QStringLiteral(" / ") + report.error.technical));
    // The technical cause is kept for the details: the sync log.
    QVERIFY(!report.error.technical.isEmpty());
    QVERIFY2(log.join(QLatin1Char('\n')).contains(report.error.technical),
             qPrintable(log.join(QLatin1Char('\n'))));
}

void TestPlainErrors::signInFailure_data()
{
    QTest::addColumn<QString>("hub");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad password") << m_hub.url().toString() << 401
                                  << QStringLiteral("kata sandi salah");
    QTest::newRow("hub error") << m_hub.url().toString() << 500 << QStringLiteral("bermasalah");
    QTest::newRow("hub down") << QStringLiteral("http://127.0.0.1:%1").arg(closedPort()) << 200
                              << QStringLiteral("tidak dapat dihubungi");
    QTest::newRow("bad certificate")
        << QStringLiteral("https://127.0.0.1:%1").arg(m_tlsServer.serverPort()) << 200
        << QStringLiteral("Sertifikat hub");
}

void TestPlainErrors::signInFailure()
{
    QFETCH(QString, hub);
    QFETCH(int, status);
    QFETCH(QString, expected);
    m_hub.tokenStatus = status;
    QTemporaryDir dir;
    ProfileHome home(dir.path());
    QVERIFY(home.open(nullptr));
    PersonSignIn person(home, TokenStore::Backend::Memory);
    QSignalSpy finished(&person, &PersonSignIn::finished);
    person.start(hub, QStringLiteral("petugas1"), QStringLiteral("salah"));
    QVERIFY(!finished.isEmpty() || finished.wait(30000));
    m_hub.tokenStatus = 200;
    QCOMPARE(finished.constFirst().at(0).value<PersonSignIn::Outcome>(),
             PersonSignIn::Outcome::Refused);
    const QString message = finished.constFirst().at(1).toString();
    QVERIFY2(technicalIn(message).isEmpty(),
             qPrintable(QStringLiteral("%1 in: %2").arg(technicalIn(message), message)));
    QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
    if (status == 200) // the network's own words are kept for the details
        QVERIFY(!person.error().technical.isEmpty());
}

QTEST_MAIN(TestPlainErrors)
#include "tst_plainerrors.moc"
