#include "linkproxy.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <list>

namespace lapor::test {

namespace {

// Bytes a direction of one connection may have on the link before the proxy stops
// reading from its sender: about a TCP window, three times the bandwidth-delay product
// of 256 kbit/s and 600 ms.
constexpr qint64 kWindowBytes = 64 * 1024;

struct Segment
{
    double dueMs;
    QByteArray bytes;
};

struct Pipe
{
    QTcpSocket *source = nullptr;
    QTcpSocket *sink = nullptr;
    bool up = false;
    std::deque<Segment> queue;
    qint64 inFlight = 0;
    double lastDueMs = 0;
    bool sourceClosed = false;
    bool finished = false;
};

struct Connection
{
    QTcpSocket *client = nullptr;
    QTcpSocket *upstream = nullptr;
    Pipe up;
    Pipe down;
    double openAtMs = 0; // after the handshake's round trip
};

class LinkWorker : public QObject
{
public:
    LinkWorker(const LinkProfile &profile, std::shared_ptr<LinkProxy::Counters> counters)
        : m_profile(profile)
        , m_counters(std::move(counters))
        , m_random(profile.seed)
    {
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &LinkWorker::deliver);
        connect(m_server, &QTcpServer::newConnection, this, &LinkWorker::accept);
        m_clock.start();
    }

    ~LinkWorker() override { closeAll(); }

    quint16 listen(quint16 target, QString *error)
    {
        m_target = target;
        if (!m_server->listen(QHostAddress::LocalHost, 0)) {
            *error = m_server->errorString();
            return 0;
        }
        return m_server->serverPort();
    }

    void closeAll()
    {
        for (Connection &c : m_connections) {
            c.client->disconnect(this);
            c.upstream->disconnect(this);
            c.client->abort();
            c.upstream->abort();
            c.client->deleteLater();
            c.upstream->deleteLater();
        }
        m_connections.clear();
        m_timer->stop();
    }

private:
    double now() const { return double(m_clock.nsecsElapsed()) / 1e6; }

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            m_connections.emplace_back();
            Connection &c = m_connections.back();
            c.client = client;
            c.upstream = new QTcpSocket(this);
            for (QTcpSocket *s : { c.client, c.upstream }) {
                s->setReadBufferSize(m_profile.segmentBytes * 4);
                s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            }
            c.up.source = c.client;
            c.up.sink = c.upstream;
            c.up.up = true;
            c.down.source = c.upstream;
            c.down.sink = c.client;
            Connection *raw = &c;
            connect(c.client, &QTcpSocket::readyRead, this, [this, raw] { pump(raw->up); });
            connect(c.upstream, &QTcpSocket::readyRead, this, [this, raw] { pump(raw->down); });
            connect(c.client, &QTcpSocket::disconnected, this, [this, raw] {
                raw->up.sourceClosed = true;
                pump(raw->up);
            });
            connect(c.upstream, &QTcpSocket::disconnected, this, [this, raw] {
                raw->down.sourceClosed = true;
                pump(raw->down);
            });
            c.openAtMs = now() + m_profile.roundTripMs;
            c.upstream->connectToHost(QHostAddress::LocalHost, m_target);
            ++m_counters->connections;
        }
    }

    // Takes what the link may carry now from the pipe's sender and schedules it.
    void pump(Pipe &pipe)
    {
        while (pipe.inFlight < kWindowBytes && pipe.source->bytesAvailable() > 0) {
            const QByteArray bytes = pipe.source->read(m_profile.segmentBytes);
            if (bytes.isEmpty())
                break;
            schedule(pipe, bytes);
        }
        if (pipe.sourceClosed && pipe.queue.empty() && pipe.source->bytesAvailable() == 0
            && !pipe.finished) {
            pipe.finished = true;
            pipe.sink->disconnectFromHost();
        }
        armTimer();
    }

    void schedule(Pipe &pipe, const QByteArray &bytes)
    {
        double &linkFree = pipe.up ? m_upFreeMs : m_downFreeMs;
        const double transmit
            = double(bytes.size()) * 8.0 * 1000.0 / double(m_profile.bitsPerSecond);
        const Connection *c = owner(pipe);
        const double departs = qMax(qMax(now(), linkFree), c ? c->openAtMs : 0.0) + transmit;
        linkFree = departs;
        double due = departs + m_profile.roundTripMs / 2.0;
        if (m_random.generateDouble() < m_profile.loss)
            due += m_profile.resendMs;
        due = qMax(due, pipe.lastDueMs);
        pipe.lastDueMs = due;
        pipe.inFlight += bytes.size();
        pipe.queue.push_back({ due, bytes });
    }

    Connection *owner(const Pipe &pipe)
    {
        for (Connection &c : m_connections) {
            if (&c.up == &pipe || &c.down == &pipe)
                return &c;
        }
        return nullptr;
    }

    void deliver()
    {
        const double t = now();
        bool cut = false;
        for (Connection &c : m_connections) {
            for (Pipe *pipe : { &c.up, &c.down }) {
                while (!cut && !pipe->queue.empty() && pipe->queue.front().dueMs <= t) {
                    QByteArray bytes = std::move(pipe->queue.front().bytes);
                    pipe->queue.pop_front();
                    pipe->inFlight -= bytes.size();
                    if (pipe->up) {
                        const qint64 cutAt = m_counters->cutUpAt.load();
                        const qint64 sent = m_counters->up.load();
                        if (cutAt >= 0 && sent + bytes.size() >= cutAt) {
                            bytes.truncate(int(cutAt - sent));
                            cut = true;
                        }
                        m_counters->up += bytes.size();
                    } else {
                        m_counters->down += bytes.size();
                    }
                    pipe->sink->write(bytes);
                }
            }
        }
        if (cut) {
            // What reached the hub before the cut reaches it; then both ends see a reset.
            m_counters->cutUpAt = -1;
            for (Connection &c : m_connections)
                c.upstream->flush();
            closeAll();
            return;
        }
        for (Connection &c : m_connections) {
            pump(c.up);
            pump(c.down);
        }
        dropClosed();
        armTimer();
    }

    void dropClosed()
    {
        for (auto it = m_connections.begin(); it != m_connections.end();) {
            const bool done = it->up.finished && it->down.finished;
            if (!done) {
                ++it;
                continue;
            }
            it->client->disconnect(this);
            it->upstream->disconnect(this);
            it->client->deleteLater();
            it->upstream->deleteLater();
            it = m_connections.erase(it);
        }
    }

    void armTimer()
    {
        double next = -1;
        for (const Connection &c : m_connections) {
            for (const Pipe *pipe : { &c.up, &c.down }) {
                if (!pipe->queue.empty() && (next < 0 || pipe->queue.front().dueMs < next))
                    next = pipe->queue.front().dueMs;
            }
        }
        if (next < 0) {
            m_timer->stop();
            return;
        }
        m_timer->start(qMax(0, int(next - now() + 0.999)));
    }

    LinkProfile m_profile;
    std::shared_ptr<LinkProxy::Counters> m_counters;
    QRandomGenerator m_random;
    QTcpServer *m_server = new QTcpServer(this); // children: they move with the worker
    QTimer *m_timer = new QTimer(this);
    QElapsedTimer m_clock;
    std::list<Connection> m_connections; // stable addresses: the lambdas hold pointers
    quint16 m_target = 0;
    double m_upFreeMs = 0;
    double m_downFreeMs = 0;
};

} // namespace

LinkProxy::LinkProxy(const LinkProfile &profile)
    : m_profile(profile)
    , m_counters(std::make_shared<Counters>())
{ }

LinkProxy::~LinkProxy()
{
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool LinkProxy::start(quint16 targetPort, QString *error)
{
    m_thread.start();
    auto *worker = new LinkWorker(m_profile, m_counters);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    QString why;
    QMetaObject::invokeMethod(
        worker, [&] { m_port = worker->listen(targetPort, &why); }, Qt::BlockingQueuedConnection);
    if (m_port == 0 && error)
        *error = why;
    return m_port != 0;
}

QUrl LinkProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void LinkProxy::resetCounters()
{
    m_counters->up = 0;
    m_counters->down = 0;
    m_counters->connections = 0;
}

void LinkProxy::cutAfterUp(qint64 bytes)
{
    m_counters->cutUpAt = m_counters->up.load() + bytes;
}

void LinkProxy::cutAll()
{
    auto *worker = static_cast<LinkWorker *>(m_worker);
    if (worker)
        QMetaObject::invokeMethod(
            worker, [worker] { worker->closeAll(); }, Qt::BlockingQueuedConnection);
}

} // namespace lapor::test
