#include "browserstep.h"
#include "hubprocess.h"
#include "hubtestutil.h"
#include "loginflood.h"
#include "protocol/oauth.h"
#include "rawhttp.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace HubTestUtil;
using namespace lapor;
using namespace lapor::test;
using namespace Qt::Literals::StringLiterals;

// laporhub against a client that means harm: everything here is sent on loopback, over
// few connections, and ends by itself. The hub runs with short timeouts and a small
// connection cap so that the slow attacks take seconds, not minutes.
class TestHubHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bodyRefusedBeforeItIsRead();
    void chunkedBodyCutAtTheCap();
    void oversizedHeadersAre431();
    void slowHeadersAndIdleConnectionsAreClosed();
    void connectionsAreCapped();
    void unknownUsersTakeAsLongAsKnownOnes();
    void throttlingSparesTheRealUser();
    void healthStaysFastDuringALoginFlood();
    void healthStaysFastDuringASignInPageFlood();
    void simulateRefusedOffLoopback();
    void uploadOwnerIsTheCallersOwnDraft();
    void approvalMovesOnlyTheDraftsCaseFiles();
    void tlsWithAnEcKeyAndAChain();
    void bearerSchemeIsCaseInsensitive();

private:
    quint16 port() const { return m_hub.port(); }

    HubProcess m_hub;
};

namespace {

constexpr int kHeaderTimeoutS = 1;
constexpr int kIdleTimeoutS = 2;

QByteArray postHead(const QByteArray &path, const QByteArray &extra)
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

bool runOpenssl(const QStringList &arguments, const QString &dir)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), openssl.readAll().constData());
        return false;
    }
    return true;
}

HubReply uploadForDraft(HubTestClient &client, qint64 caseId, const QString &draftId)
{
    return client.request("POST",
                          u"/v1/cases/%1/attachments?file_name=foto.png&owner_kind=draft"
                          "&owner_id=%2"_s.arg(caseId)
                              .arg(draftId),
                          "png",
                          { { "Content-Type", "image/png" }, { "Idempotency-Key", newKey() } });
}

} // namespace

void TestHubHostile::initTestCase()
{
    m_hub.setArguments({ u"--generate"_s, u"20"_s, u"--simulate"_s, u"--header-timeout"_s,
                         QString::number(kHeaderTimeoutS), u"--idle-timeout"_s,
                         QString::number(kIdleTimeoutS) });
    QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
}

void TestHubHostile::bodyRefusedBeforeItIsRead()
{
    // 200 MB announced, none of it sent: the answer comes from the head alone.
    QTcpSocket socket;
    QVERIFY(RawHttp::connect(socket, port()));
    socket.write(postHead("/v1/auth/token",
                          "Content-Type: application/json\r\nContent-Length: 200000000\r\n"));
    const RawReply reply = RawHttp::readReply(socket, 5000);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.header("content-type"), "application/problem+json");
    QCOMPARE(reply.problemType(), "payload-too-large");
    QCOMPARE(reply.header("connection"), "close");
    QVERIFY(RawHttp::waitClosed(socket, 5000));

    // An attachment route has its own, larger cap, refused the same way above it.
    QTcpSocket upload;
    QVERIFY(RawHttp::connect(upload, port()));
    upload.write(postHead("/v1/cases/1/attachments?file_name=a.png",
                          "Content-Type: image/png\r\nContent-Length: 10485761\r\n"));
    QCOMPARE(RawHttp::readReply(upload, 5000).status, 413);
    QVERIFY(RawHttp::waitClosed(upload, 5000));
}

void TestHubHostile::chunkedBodyCutAtTheCap()
{
    // No Content-Length to refuse up front: the cap holds while the chunks arrive.
    QTcpSocket socket;
    QVERIFY(RawHttp::connect(socket, port()));
    socket.write(postHead("/v1/auth/token",
                          "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"));
    const QByteArray chunk(64 * 1024, 'x');
    const QByteArray framed = QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    RawReply reply;
    for (int i = 0; i < 40 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(framed); // 40 × 64 KiB = 2.5 MiB, over the 1 MiB JSON cap
        socket.waitForBytesWritten(2000);
        if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(10)) {
            reply = RawHttp::readReply(socket, 5000);
            break;
        }
    }
    if (reply.status == 0)
        reply = RawHttp::readReply(socket, 5000);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.problemType(), "payload-too-large");
    QVERIFY(RawHttp::waitClosed(socket, 5000));

    // A chunk that announces more than the cap is refused before its bytes come.
    QTcpSocket big;
    QVERIFY(RawHttp::connect(big, port()));
    big.write(postHead("/v1/auth/token",
                       "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n")
              + "10000000\r\n");
    QCOMPARE(RawHttp::readReply(big, 5000).status, 413);

    // Both a length and chunks: the ambiguity behind request smuggling is refused.
    const RawReply both = RawHttp::exchange(
        port(),
        postHead("/v1/auth/token", "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n")
            + "0\r\n\r\n");
    QCOMPARE(both.status, 400);
    QCOMPARE(both.problemType(), "malformed-request");
}

void TestHubHostile::oversizedHeadersAre431()
{
    const QByteArray huge = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
        + QByteArray(2 * 1024 * 1024, 'a') + "\r\n\r\n";
    QTcpSocket socket;
    QVERIFY(RawHttp::connect(socket, port()));
    socket.write(huge);
    const RawReply big = RawHttp::readReply(socket, 5000);
    QCOMPARE(big.status, 431);
    QCOMPARE(big.problemType(), "headers-too-large");
    QVERIFY(RawHttp::waitClosed(socket, 5000));

    QByteArray many = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (int i = 0; i < 100; ++i)
        many += "X-H" + QByteArray::number(i) + ": 1\r\n";
    const RawReply counted = RawHttp::exchange(port(), many + "\r\n");
    QCOMPARE(counted.status, 431);

    // Within the limits the same request is answered.
    QCOMPARE(RawHttp::exchange(port(), "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").status,
             200);
}

void TestHubHostile::slowHeadersAndIdleConnectionsAreClosed()
{
    // Slowloris: a byte now and then, never the end of the head.
    QTcpSocket slow;
    QVERIFY(RawHttp::connect(slow, port()));
    QElapsedTimer timer;
    timer.start();
    slow.write("GET /v1/health HTTP/1.1\r\n");
    slow.waitForBytesWritten(1000);
    while (slow.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        slow.write("X");
        slow.waitForBytesWritten(1000);
        slow.waitForReadyRead(200); // returns early when the hub closes
    }
    QCOMPARE(slow.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(timer.elapsed() < (kHeaderTimeoutS + 2) * 1000,
             qPrintable(QString::number(timer.elapsed())));

    // A keep-alive connection that goes quiet after its answer is closed after the idle time.
    QTcpSocket idle;
    QVERIFY(RawHttp::connect(idle, port()));
    idle.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(RawHttp::readReply(idle).status, 200);
    timer.restart();
    QVERIFY(RawHttp::waitClosed(idle, (kIdleTimeoutS + 3) * 1000));
    QVERIFY(timer.elapsed() >= (kIdleTimeoutS - 1) * 1000);
}

void TestHubHostile::connectionsAreCapped()
{
    HubProcess capped;
    capped.setArguments({ u"--generate"_s, u"0"_s, u"--max-connections"_s, u"4"_s,
                          u"--header-timeout"_s, u"20"_s });
    QVERIFY2(capped.start(), qPrintable(capped.errorString()));
    QList<QTcpSocket *> held;
    for (int i = 0; i < 4; ++i) {
        auto *socket = new QTcpSocket(this);
        held.append(socket);
        QVERIFY(RawHttp::connect(*socket, capped.port()));
        socket->write("GET /v1/health HTTP/1.1\r\n"); // and never the rest
    }
    // The fifth is answered at once and closed, not queued behind the others.
    QElapsedTimer timer;
    timer.start();
    QTcpSocket extra;
    QVERIFY(RawHttp::connect(extra, capped.port()));
    const RawReply busy = RawHttp::readReply(extra, 5000);
    QCOMPARE(busy.status, 503);
    QCOMPARE(busy.problemType(), "unavailable");
    QVERIFY(!busy.header("retry-after").isEmpty());
    QVERIFY(RawHttp::waitClosed(extra, 3000));
    QVERIFY(timer.elapsed() < 3000);

    // A slot that frees up is usable again.
    // Each try is a connection of its own, and holds a slot until the hub sees it close,
    // so the tries run in a plain loop: QTRY would try again after the first success.
    held.takeFirst()->abort();
    QDeadlineTimer deadline(5000);
    int status = 0;
    while ((status
            = RawHttp::exchange(capped.port(), "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n").status)
               != 200
           && !deadline.hasExpired())
        QTest::qWait(50);
    QCOMPARE(status, 200);
    qDeleteAll(held);
}

void TestHubHostile::unknownUsersTakeAsLongAsKnownOnes()
{
    // Each pair from its own loopback address: no throttle comes into play.
    QList<double> known, unknown;
    for (int i = 0; i < 11; ++i) {
        const QHostAddress from(u"127.0.3.%1"_s.arg(i + 1));
        for (bool exists : { true, false }) {
            QElapsedTimer timer;
            timer.start();
            const RawReply reply = RawHttp::exchange(
                port(),
                RawHttp::loginRequest(exists ? u"petugas2"_s : u"tidakada%1"_s.arg(i),
                                      u"salah-sandi"_s),
                from);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.problemType(), "invalid-credentials");
            (exists ? known : unknown).append(ms);
        }
    }
    const double a = median(known);
    const double b = median(unknown);
    qInfo("median login refusal: known %.1f ms, unknown %.1f ms", a, b);
    QVERIFY2(qAbs(a - b) <= 0.3 * qMax(a, b) + 2.0,
             qPrintable(u"known %1 ms, unknown %2 ms"_s.arg(a).arg(b)));
}

void TestHubHostile::throttlingSparesTheRealUser()
{
    const QHostAddress attacker(u"127.0.4.1"_s);
    const QHostAddress office(u"127.0.4.2"_s);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(
            RawHttp::exchange(port(), RawHttp::loginRequest(u"kepala1"_s, u"tebak"_s), attacker)
                .status,
            401);
    // The guesser is stopped, even with the right password…
    const RawReply stopped
        = RawHttp::exchange(port(), RawHttp::loginRequest(u"kepala1"_s, u"latihan"_s), attacker);
    QCOMPARE(stopped.status, 429);
    QCOMPARE(stopped.problemType(), "rate-limited");
    // …while the owner, elsewhere, signs in.
    QCOMPARE(
        RawHttp::exchange(port(), RawHttp::loginRequest(u"kepala1"_s, u"latihan"_s), office).status,
        200);

    // Spraying many names from one address stops that address, and only it.
    const QHostAddress sprayer(u"127.0.4.3"_s);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(
            RawHttp::exchange(port(), RawHttp::loginRequest(u"nama%1"_s.arg(i), u"x"_s), sprayer)
                .status,
            401);
    QCOMPARE(RawHttp::exchange(port(), RawHttp::loginRequest(u"petugas1"_s, u"latihan"_s), sprayer)
                 .status,
             429);
    QCOMPARE(RawHttp::exchange(port(), RawHttp::loginRequest(u"petugas1"_s, u"latihan"_s), office)
                 .status,
             200);

    // After the window the first address may try again.
    HubTestClient sim(m_hub.baseUrl());
    advanceClock(sim, 301);
    QCOMPARE(RawHttp::exchange(port(), RawHttp::loginRequest(u"kepala1"_s, u"latihan"_s), attacker)
                 .status,
             200);
}

void TestHubHostile::healthStaysFastDuringALoginFlood()
{
    LoginFlood flood(port(), 4);
    const QList<double> latencies = flood.measureHealth(100, 20, 20000);
    QCOMPARE(latencies.size(), 100);
    const double p99 = LoginFlood::percentile(latencies, 0.99);
    qInfo("health p99 %.1f ms during %d bogus logins", p99, flood.loginsAnswered());
    // The flood really ran and really cost password checks (401, not cheap 429s).
    QVERIFY2(flood.loginStatuses().value(401) >= 10,
             qPrintable(QString::number(flood.loginStatuses().value(401))));
    QVERIFY2(p99 < 150.0, qPrintable(QString::number(p99)));
}

void TestHubHostile::healthStaysFastDuringASignInPageFlood()
{
    // The login flood's addresses start afresh on the throttle.
    HubTestClient sim(m_hub.baseUrl());
    advanceClock(sim, 301);
    // One device code waiting on its verification page; the flood fills the page's form
    // with unknown names, so every attempt costs a password check as a login does.
    HubTestClient browser(m_hub.baseUrl());
    const HubReply device = browser.request(
        "POST", u"/v1/oauth/device"_s,
        formEncode({ { u"client_id"_s, QLatin1String(protocol::OAuth::kCliClientId) } }),
        { { "Content-Type", "application/x-www-form-urlencoded" } });
    QCOMPARE(device.status, 200);
    const QString userCode = device.json().value(u"user_code"_s).toString();
    const HubReply page = browser.get(u"/v1/oauth/verify"_s);
    QCOMPARE(page.status, 200);
    const auto form = parseForm(page.body);
    QVERIFY(form);
    const QString transaction = form->value(u"transaction"_s);
    QVERIFY(!transaction.isEmpty());
    const QByteArray action = form->action.toLatin1();

    LoginFlood flood(port(), 4);
    flood.setRequest([&transaction, &userCode, &action](const QString &name) -> QByteArray {
        const QByteArray body = formEncode({ { u"transaction"_s, transaction },
                                             { u"user_code"_s, userCode },
                                             { u"username"_s, name },
                                             { u"password"_s, u"bukan-sandi"_s },
                                             { u"action"_s, u"allow"_s } });
        return "POST " + action
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    });
    const QList<double> latencies = flood.measureHealth(100, 20, 20000);
    QCOMPARE(latencies.size(), 100);
    const double p99 = LoginFlood::percentile(latencies, 0.99);
    qInfo("health p99 %.1f ms during %d bogus sign-ins on the page", p99, flood.loginsAnswered());
    // The page refused them after a real check (401), not cheaply (429).
    QVERIFY2(flood.loginStatuses().value(401) >= 10,
             qPrintable(QString::number(flood.loginStatuses().value(401))));
    QVERIFY2(p99 < 150.0, qPrintable(QString::number(p99)));
}

void TestHubHostile::simulateRefusedOffLoopback()
{
    const auto refused = HubProcess::runToExit({ u"--listen"_s, u"0.0.0.0:0"_s, u"--simulate"_s });
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains("--simulate needs a loopback"), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
}

void TestHubHostile::uploadOwnerIsTheCallersOwnDraft()
{
    HubTestClient sim(m_hub.baseUrl());
    HubTestClient author(m_hub.baseUrl()), colleague(m_hub.baseUrl()), otherUnit(m_hub.baseUrl());
    QVERIFY(!author.login(u"petugas1"_s).isEmpty());
    QVERIFY(!colleague.login(u"petugas2"_s).isEmpty());
    QVERIFY(!otherUnit.login(u"petugas3"_s).isEmpty());
    const qint64 caseA = newComplaint(sim, u"dpupr"_s);
    const qint64 caseA2 = newComplaint(sim, u"dpupr"_s);
    const qint64 caseB = newComplaint(sim, u"dinkes"_s);
    const QString draft = newId();
    const HubReply submitted = author.post(u"/v1/drafts/%1/revisions"_s.arg(draft),
                                           { { u"case_id"_s, double(caseA) },
                                             { u"revision"_s, 1 },
                                             { u"text"_s, u"Akan kami cek."_s },
                                             { u"base_case_version"_s, 1 } },
                                           newKey());
    QCOMPARE(submitted.status, 201);

    const auto upload = uploadForDraft;
    // Another unit's user, on a case of their own, naming the draft: refused.
    const HubReply foreign = upload(otherUnit, caseB, draft);
    QCOMPARE(foreign.status, 403);
    QCOMPARE(foreign.problemType(), u"forbidden"_s);
    // A colleague who can see the case is still not the author.
    QCOMPARE(upload(colleague, caseA, draft).status, 403);
    // The author, on another case than the draft's.
    const HubReply wrongCase = upload(author, caseA2, draft);
    QCOMPARE(wrongCase.status, 409);
    QCOMPARE(wrongCase.problemType(), u"duplicate-id"_s);
    // The author on the draft's case, and a draft not sent yet (the desk's order): accepted.
    QCOMPARE(upload(author, caseA, draft).status, 201);
    QCOMPARE(upload(author, caseA2, newId()).status, 201);
}

void TestHubHostile::approvalMovesOnlyTheDraftsCaseFiles()
{
    HubTestClient sim(m_hub.baseUrl()), author(m_hub.baseUrl()), head(m_hub.baseUrl());
    QVERIFY(!author.login(u"petugas1"_s).isEmpty());
    QVERIFY(!head.login(u"kepala1"_s).isEmpty());
    const qint64 caseA = newComplaint(sim, u"dpupr"_s);
    const qint64 elsewhere = newComplaint(sim, u"dpupr"_s);
    // Files sent ahead of the draft's first revision, under its id: one on the draft's
    // case, one on another case of the same unit.
    const QString draft = newId();
    const HubReply own = uploadForDraft(author, caseA, draft);
    QCOMPARE(own.status, 201);
    const HubReply stray = uploadForDraft(author, elsewhere, draft);
    QCOMPARE(stray.status, 201);
    const HubReply submitted = author.post(u"/v1/drafts/%1/revisions"_s.arg(draft),
                                           { { u"case_id"_s, double(caseA) },
                                             { u"revision"_s, 1 },
                                             { u"text"_s, u"Sudah kami perbaiki."_s },
                                             { u"base_case_version"_s, 1 } },
                                           newKey());
    QCOMPARE(submitted.status, 201);
    const HubReply approved = head.post(u"/v1/drafts/%1/decision"_s.arg(draft),
                                        { { u"decision"_s, u"approve"_s }, { u"revision"_s, 1 } },
                                        newKey(), submitted.header("etag"));
    QCOMPARE(approved.status, 200);
    const QString followup
        = approved.json().value(u"followup"_s).toObject().value(u"id"_s).toString();
    QVERIFY(!followup.isEmpty());

    // The follow-up takes the file on its own case; the other stays the draft's.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hostile-hub"_s);
    db.setDatabaseName(QDir(m_hub.dataDir()).filePath(u"laporhub.sqlite"_s));
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    QVERIFY(db.open());
    const auto ownerOf = [&db](const HubReply &uploaded) {
        QSqlQuery q(db);
        q.prepare(u"SELECT owner_kind || ':' || owner_id FROM attachments WHERE id = ?"_s);
        q.addBindValue(uploaded.json().value(u"id"_s).toString());
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    const QString ownOwner = ownerOf(own);
    const QString strayOwner = ownerOf(stray);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"hostile-hub"_s);
    QCOMPARE(ownOwner, u"followup:"_s + followup);
    QCOMPARE(strayOwner, u"draft:"_s + draft);
}

void TestHubHostile::tlsWithAnEcKeyAndAChain()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QFAIL("the openssl command is needed (.ci/packages)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString d = dir.path();
    QFile ext(d + u"/ext.cnf"_s);
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("[ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
              "[leaf]\nbasicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1\n"
              "extendedKeyUsage=serverAuth\n");
    ext.close();
    const QStringList ec { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                           u"-nodes"_s };
    // Root (self-signed), intermediate signed by the root, server signed by the intermediate.
    QVERIFY(
        runOpenssl(QStringList { u"req"_s, u"-x509"_s } + ec
                       + QStringList { u"-keyout"_s, u"root.key"_s, u"-out"_s, u"root.pem"_s,
                                       u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Uji Root"_s,
                                       u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                                       u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s },
                   d));
    for (const auto &[name, issuer, section] :
         { std::tuple { u"inter"_s, u"root"_s, u"ca"_s },
           std::tuple { u"server"_s, u"inter"_s, u"leaf"_s } }) {
        QVERIFY(runOpenssl(QStringList { u"req"_s, u"-new"_s } + ec
                               + QStringList { u"-keyout"_s, name + u".key"_s, u"-out"_s,
                                               name + u".csr"_s, u"-subj"_s, u"/CN="_s + name },
                           d));
        QVERIFY(runOpenssl({ u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s,
                             issuer + u".pem"_s, u"-CAkey"_s, issuer + u".key"_s,
                             u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"ext.cnf"_s,
                             u"-extensions"_s, section, u"-out"_s, name + u".pem"_s },
                           d));
    }
    QFile chain(d + u"/chain.pem"_s);
    QVERIFY(chain.open(QIODevice::WriteOnly));
    for (const QString &part : { u"server.pem"_s, u"inter.pem"_s }) {
        QFile f(d + u'/' + part);
        QVERIFY(f.open(QIODevice::ReadOnly));
        chain.write(f.readAll());
    }
    chain.close();

    HubProcess hub;
    hub.setArguments({ u"--generate"_s, u"0"_s, u"--tls-cert"_s, d + u"/chain.pem"_s,
                       u"--tls-key"_s, d + u"/server.key"_s });
    QVERIFY2(hub.start(), qPrintable(hub.errorString() + QString::fromUtf8(hub.stderrOutput())));
    QCOMPARE(hub.baseUrl().scheme(), u"https"_s);

    // The client trusts the root alone: the hub must send the intermediate.
    QSslSocket client;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(d + u"/root.pem"_s));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    client.setSslConfiguration(config);
    client.connectToHostEncrypted(u"127.0.0.1"_s, hub.port());
    QVERIFY2(client.waitForEncrypted(10000),
             qPrintable(client.errorString() + u" "_s
                        + (client.sslHandshakeErrors().isEmpty()
                               ? QString()
                               : client.sslHandshakeErrors().first().errorString())));
    QVERIFY(client.peerCertificateChain().size() >= 2); // the server's and the intermediate
    QCOMPARE(client.peerCertificate().publicKey().algorithm(), QSsl::Ec);
    client.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(RawHttp::readReply(client, 5000).status, 200);
}

void TestHubHostile::bearerSchemeIsCaseInsensitive()
{
    HubTestClient client(m_hub.baseUrl());
    const QByteArray token = client.login(u"petugas3"_s).toLatin1();
    QVERIFY(!token.isEmpty());
    HubTestClient bare(m_hub.baseUrl());
    for (const QByteArray scheme : { "Bearer", "bearer", "BEARER", "bEaReR" })
        QCOMPARE(bare.get(u"/v1/me"_s, { { "Authorization", scheme + ' ' + token } }).status, 200);
    QCOMPARE(bare.get(u"/v1/me"_s, { { "Authorization", "Basic " + token } }).status, 401);
    QCOMPARE(bare.get(u"/v1/me"_s, { { "Authorization", "bearer" } }).status, 401);
}

QTEST_GUILESS_MAIN(TestHubHostile)
#include "tst_hubhostile.moc"
