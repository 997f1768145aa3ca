#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>

namespace lapor::test {

// What a bad link does to the bytes that cross it, the same in both directions.
struct LinkProfile
{
    qint64 bitsPerSecond = 256000;
    int roundTripMs = 600;
    // The share of segments lost; a lost segment arrives `resendMs` late, and everything
    // after it on the same connection waits for it, as TCP delivers in order.
    double loss = 0.05;
    int resendMs = 1000;
    int segmentBytes = 1400;
    quint64 seed = 1;
};

// A loopback TCP proxy that shapes a link between the desk and a hub: each direction is
// one pipe of `bitsPerSecond` shared by every connection, half the round trip is added
// to every segment, and a new connection pays one round trip for its handshake. It reads
// from a sender only while less than a window is in flight, so a sender sees the link's
// pace and not a proxy that swallows everything at once. It runs on its own thread: the
// link keeps its pace while the code under test holds its event loop.
//
// Cuts: `cutAfterUp(n)` closes every connection once n more bytes have gone up (a
// connection dropped mid-upload); `cutAll()` closes them now. Counters are the payload
// bytes delivered, not counting what a cut threw away.
class LinkProxy
{
public:
    explicit LinkProxy(const LinkProfile &profile);
    ~LinkProxy();

    // Listens on 127.0.0.1 (a free port) and forwards to 127.0.0.1:targetPort.
    bool start(quint16 targetPort, QString *error);
    QUrl url() const;

    qint64 bytesUp() const { return m_counters->up.load(); }
    qint64 bytesDown() const { return m_counters->down.load(); }
    int connections() const { return m_counters->connections.load(); }
    void resetCounters();
    void cutAfterUp(qint64 bytes);
    void cutAll();

    struct Counters
    {
        std::atomic<qint64> up { 0 };
        std::atomic<qint64> down { 0 };
        std::atomic<int> connections { 0 };
        std::atomic<qint64> cutUpAt { -1 }; // close everything once `up` reaches this
    };

private:
    LinkProfile m_profile;
    std::shared_ptr<Counters> m_counters;
    QThread m_thread;
    QObject *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace lapor::test
