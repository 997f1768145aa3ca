// The bad-link proxy the link benchmarks and tests rely on: its pace, delay, loss and cuts
// must be what its settings say, or the figures measured through it mean nothing.
#include "linkproxy.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace lapor::test;

namespace {

// The far end: keeps what arrives and, when asked, echoes it.
class Target
{
public:
    explicit Target(bool echo)
        : m_echo(echo)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray bytes = s->readAll();
                    received += bytes;
                    if (m_echo)
                        s->write(bytes);
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, [this, s] {
                    closed = true;
                    s->deleteLater();
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

    QByteArray received;
    bool closed = false;

private:
    QTcpServer m_server;
    bool m_echo;
};

LinkProfile profile(qint64 bps, int rttMs, double loss)
{
    LinkProfile p;
    p.bitsPerSecond = bps;
    p.roundTripMs = rttMs;
    p.loss = loss;
    return p;
}

QByteArray pattern(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 26);
    return bytes;
}

} // namespace

class TestLinkProxy : public QObject
{
    Q_OBJECT

private slots:
    void paceFollowsTheRate();
    void roundTripIsAddedOncePerExchange();
    void lostSegmentsArriveLateAndInOrder();
    void cutClosesAtTheByte();
};

void TestLinkProxy::paceFollowsTheRate()
{
    Target target(false);
    LinkProxy link(profile(256000, 100, 0));
    QString error;
    QVERIFY2(link.start(target.port(), &error), qPrintable(error));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, link.url().port());
    QVERIFY(client.waitForConnected(5000));
    const QByteArray sent = pattern(32000); // one second at 256 kbit/s
    QElapsedTimer clock;
    clock.start();
    client.write(sent);
    QTRY_COMPARE_WITH_TIMEOUT(target.received.size(), sent.size(), 10000);
    const qint64 ms = clock.elapsed();
    // One second of transmission, half a round trip, the handshake's round trip.
    QVERIFY2(ms >= 1000 + 50 + 100 - 20, qPrintable(QString::number(ms)));
    QVERIFY2(ms < 4000, qPrintable(QString::number(ms)));
    QCOMPARE(target.received, sent);
    QCOMPARE(link.bytesUp(), qint64(sent.size()));
}

void TestLinkProxy::roundTripIsAddedOncePerExchange()
{
    Target target(true);
    LinkProxy link(profile(100'000'000, 400, 0));
    QString error;
    QVERIFY2(link.start(target.port(), &error), qPrintable(error));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, link.url().port());
    QVERIFY(client.waitForConnected(5000));
    QByteArray back;
    QObject::connect(&client, &QTcpSocket::readyRead, &client, [&] { back += client.readAll(); });

    QElapsedTimer clock;
    clock.start();
    client.write("first");
    QTRY_COMPARE_WITH_TIMEOUT(back, QByteArray("first"), 5000);
    const qint64 withHandshake = clock.elapsed();
    clock.restart();
    client.write("second");
    QTRY_COMPARE_WITH_TIMEOUT(back, QByteArray("firstsecond"), 5000);
    const qint64 kept = clock.elapsed();
    QVERIFY2(withHandshake >= 800 - 20 && withHandshake < 3000,
             qPrintable(QString::number(withHandshake)));
    QVERIFY2(kept >= 400 - 20 && kept < 2500, qPrintable(QString::number(kept)));
    QCOMPARE(link.bytesDown(), qint64(11));
}

void TestLinkProxy::lostSegmentsArriveLateAndInOrder()
{
    Target target(false);
    LinkProfile lossy = profile(100'000'000, 0, 1.0); // every segment lost once
    lossy.resendMs = 700;
    LinkProxy link(lossy);
    QString error;
    QVERIFY2(link.start(target.port(), &error), qPrintable(error));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, link.url().port());
    QVERIFY(client.waitForConnected(5000));
    const QByteArray sent = pattern(10 * lossy.segmentBytes);
    QElapsedTimer clock;
    clock.start();
    client.write(sent);
    QTRY_COMPARE_WITH_TIMEOUT(target.received.size(), sent.size(), 10000);
    QVERIFY2(clock.elapsed() >= 700 - 20, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(target.received, sent);
}

void TestLinkProxy::cutClosesAtTheByte()
{
    Target target(false);
    LinkProxy link(profile(8'000'000, 0, 0));
    QString error;
    QVERIFY2(link.start(target.port(), &error), qPrintable(error));
    QTcpSocket client;
    bool dropped = false;
    QObject::connect(&client, &QTcpSocket::disconnected, &client, [&] { dropped = true; });
    QObject::connect(&client, &QTcpSocket::errorOccurred, &client, [&] { dropped = true; });
    client.connectToHost(QHostAddress::LocalHost, link.url().port());
    QVERIFY(client.waitForConnected(5000));
    link.cutAfterUp(10000);
    client.write(pattern(50000));
    QTRY_VERIFY_WITH_TIMEOUT(dropped, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(target.closed, 5000);
    QCOMPARE(target.received, pattern(50000).left(10000));
    QCOMPARE(link.bytesUp(), qint64(10000));
}

QTEST_GUILESS_MAIN(TestLinkProxy)
#include "tst_linkproxy.moc"
