#pragma once

#include "httpmessage.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace lapor::hub {

// What one connection may cost the hub (docs/hub-api.md, "Limits of a connection").
struct ConnectionLimits
{
    static constexpr int kMaxHeaderBytes = 16 * 1024; // request line and headers together
    static constexpr int kMaxHeaderCount = 64;
    static constexpr int kMaxChunkLine = 1024;
    static constexpr int kDefaultHeaderTimeoutMs = 10'000;
    static constexpr int kDefaultIdleTimeoutMs = 60'000;
    static constexpr int kDefaultMaxConnections = 128;

    int headerTimeoutMs = kDefaultHeaderTimeoutMs;
    int idleTimeoutMs = kDefaultIdleTimeoutMs;
    int maxConnections = kDefaultMaxConnections;
};

// One HTTP/1.1 connection read by the hub itself, so that nothing is buffered that a
// limit would refuse: the head is read up to kMaxHeaderBytes, a body is refused by its
// Content-Length before any of it is read, and a chunked body is cut at the route's cap.
// One request at a time: while a request is being answered, nothing more is read, so
// a pipelining client waits in its own socket buffers, not in the hub's memory.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // The body cap of the route a request goes to, decided from the head alone.
    using BodyLimit = std::function<qint64(const QByteArray &method, const QString &path)>;

    HttpConnection(QTcpSocket *socket, const ConnectionLimits &limits, BodyLimit bodyLimit,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    void write(const QByteArray &bytes);
    // The response is written: read the next request, or close after the bytes are out.
    void finish(bool close);
    // Sends a problem for a request that cannot be read further and closes the link.
    void refuse(const HttpResponse &problem);
    void abort();
    void disconnectAfterWrite();

signals:
    void requestReady(const lapor::hub::HttpRequest &request);
    void closed();

private:
    enum class State { Head, Body, Chunked, Waiting, Closing };

    void readMore();
    // Reads from the socket until the buffer holds `want` bytes; false while it does not.
    bool fill(qsizetype want);
    bool parseHead();
    bool readBody();
    bool readChunked();
    void dispatch();
    void startHead();
    void timedOut();
    void closeDown(); // once, whichever side ends the connection

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    BodyLimit m_bodyLimit;
    QTimer m_timer;
    State m_state = State::Head;
    QByteArray m_buffer; // read but not yet parsed
    HttpRequest m_request;
    qint64 m_bodyCap = 0;
    qint64 m_remaining = 0; // of the Content-Length, or of the current chunk
    bool m_inChunkData = false;
    bool m_inTrailers = false;
    qint64 m_trailerBytes = 0;
    bool m_idle = false; // waiting for the first byte of a request
    int m_closeSteps = 0; // 0 lingering after a refusal, 1 disconnecting
    bool m_http10 = false;
    qint64 m_discarded = 0;
    bool m_closed = false;
};

} // namespace lapor::hub
