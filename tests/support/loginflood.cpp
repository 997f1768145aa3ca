#include "loginflood.h"

#include "rawhttp.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace {

// Below both login throttles of one address (docs/hub-api.md, "Sign-in throttling").
constexpr int kAttemptsPerAddress = 10;

// Takes one complete response off the front of `buffer`; its status, or 0 if incomplete.
int takeResponse(QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    const QByteArray head = buffer.left(headEnd);
    qint64 length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headEnd + 4 + length)
        return 0;
    buffer.remove(0, headEnd + 4 + length);
    return head.split(' ').value(1).toInt();
}

} // namespace

LoginFlood::LoginFlood(quint16 port, int clients, QObject *parent)
    : QObject(parent)
    , m_port(port)
{
    for (int i = 0; i < clients; ++i) {
        auto *client = new Client;
        client->index = i;
        m_clients.append(client);
    }
}

LoginFlood::~LoginFlood()
{
    qDeleteAll(m_clients);
}

int LoginFlood::loginsAnswered() const
{
    int total = 0;
    for (int count : m_statuses)
        total += count;
    return total;
}

double LoginFlood::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(qBound<qsizetype>(0, rank, values.size() - 1));
}

void LoginFlood::connectClient(Client &client)
{
    if (client.socket)
        client.socket->deleteLater();
    client.socket = new QTcpSocket(this);
    client.buffer.clear();
    client.sentOnAddress = 0;
    // 127.(2 + client).hi.lo: a fresh loopback address per run of attempts.
    const int n = client.addresses++;
    const QHostAddress from(
        QStringLiteral("127.%1.%2.%3").arg(2 + client.index).arg(n / 250).arg(n % 250 + 1));
    client.socket->bind(from);
    Client *target = &client;
    connect(client.socket, &QTcpSocket::connected, this, [this, target] { sendLogin(*target); });
    connect(client.socket, &QTcpSocket::readyRead, this, [this, target] { clientRead(*target); });
    connect(client.socket, &QTcpSocket::disconnected, this, [this, target] {
        if (m_running)
            QTimer::singleShot(0, this, [this, target] { connectClient(*target); });
    });
    client.socket->connectToHost(QHostAddress::LocalHost, m_port);
}

void LoginFlood::sendLogin(Client &client)
{
    ++client.sentOnAddress;
    const QString name = QStringLiteral("tamu%1x%2").arg(client.index).arg(++m_attempt);
    client.socket->write(m_request ? m_request(name)
                                   : RawHttp::loginRequest(name, QStringLiteral("bukan-sandi")));
}

void LoginFlood::clientRead(Client &client)
{
    client.buffer += client.socket->readAll();
    while (const int status = takeResponse(client.buffer)) {
        ++m_statuses[status];
        if (!m_probing && !m_running)
            return;
        if (!m_probing && loginsAnswered() >= m_clients.size())
            probe(); // the flood runs: start timing
        if (!m_running)
            return;
        if (client.sentOnAddress >= kAttemptsPerAddress) {
            client.socket->disconnect(this);
            client.socket->abort();
            connectClient(client);
            return;
        }
        sendLogin(client);
    }
}

void LoginFlood::probe()
{
    m_probing = true;
    if (m_latencies.size() >= m_probesWanted) {
        m_running = false;
        return;
    }
    // Connected at the first probe: an idle connection opened earlier may have been closed
    // by the hub's header timeout while the flood got going.
    if (m_prober->state() != QAbstractSocket::ConnectedState) {
        m_prober->abort();
        m_probeBuffer.clear();
        m_prober->connectToHost(QHostAddress::LocalHost, m_port);
        if (!m_prober->waitForConnected(5000)) {
            m_running = false;
            return;
        }
    }
    m_probeTimer.start();
    m_prober->write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
}

void LoginFlood::probeRead()
{
    m_probeBuffer += m_prober->readAll();
    while (takeResponse(m_probeBuffer) != 0) {
        m_latencies.append(double(m_probeTimer.nsecsElapsed()) / 1e6);
        // Paced, so that the probes sample the whole flood rather than its first moment.
        QTimer::singleShot(m_probeIntervalMs, this, &LoginFlood::probe);
    }
}

QList<double> LoginFlood::measureHealth(int probes, int intervalMs, int timeoutMs)
{
    m_probesWanted = probes;
    m_probeIntervalMs = intervalMs;
    m_latencies.clear();
    m_running = true;
    m_prober = new QTcpSocket(this);
    connect(m_prober, &QTcpSocket::readyRead, this, &LoginFlood::probeRead);
    for (Client *client : std::as_const(m_clients))
        connectClient(*client);
    QDeadlineTimer deadline(timeoutMs);
    while (m_running && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    m_running = false;
    for (Client *client : std::as_const(m_clients)) {
        if (client->socket) {
            client->socket->disconnect(this);
            client->socket->abort();
        }
    }
    m_prober->abort();
    return m_latencies;
}
