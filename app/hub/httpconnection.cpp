#include "httpconnection.h"

#include "problem.h"

#include <QTcpSocket>
#include <QUrl>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

// Qt's own socket buffer is unbounded by default: it would read a whole upload from the
// kernel whether or not the hub wants it.
constexpr qint64 kSocketBuffer = 64 * 1024;
// After a refusal the client may still be sending, and some (QNetworkAccessManager) read
// the answer only once their body is out. Closing with unread bytes would send a reset
// that destroys the answer, so the rest is read and dropped while it keeps coming, up to
// kMaxDiscard: it costs bandwidth, never memory.
constexpr int kLingerMs = 1000;
constexpr qint64 kMaxDiscard = 32 * 1024 * 1024;

HttpResponse malformed(const QString &detail)
{
    return Problem::make(400, ProblemType::MalformedRequest, u"Malformed HTTP request"_s, detail);
}

HttpResponse headersTooLarge()
{
    return Problem::make(
        431, ProblemType::HeadersTooLarge, u"Request headers too large"_s,
        u"At most %1 bytes and %2 header fields."_s.arg(ConnectionLimits::kMaxHeaderBytes)
            .arg(ConnectionLimits::kMaxHeaderCount));
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char ch : text) {
        if (ch <= ' ' || ch >= 0x7f || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(ch))
            return false;
    }
    return true;
}

std::optional<qint64> parseLength(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (char ch : text) {
        if (ch < '0' || ch > '9')
            return std::nullopt;
    }
    return text.toLongLong();
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const ConnectionLimits &limits,
                               BodyLimit bodyLimit, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_bodyLimit(std::move(bodyLimit))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketBuffer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::timedOut);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
    // An answer still going out keeps the connection: a slow link downloading a large
    // attachment is not idle, one that stops reading is.
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if ((m_state == State::Head && m_idle) || (m_state == State::Closing && m_closeSteps == 1))
            m_timer.start(m_limits.idleTimeoutMs);
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::closeDown);
    // A new connection has the header deadline from the start: one that sends nothing
    // (or never finishes its TLS handshake) holds a slot no longer than a slow request.
    m_timer.start(m_limits.headerTimeoutMs);
    m_idle = false;
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void HttpConnection::finish(bool close)
{
    if (m_state == State::Closing)
        return;
    if (close) {
        disconnectAfterWrite();
        return;
    }
    startHead();
    QMetaObject::invokeMethod(this, &HttpConnection::readMore, Qt::QueuedConnection);
}

void HttpConnection::refuse(const HttpResponse &problem)
{
    m_socket->write(Http::serializeHead(problem, problem.body.size(), true) + problem.body);
    m_state = State::Closing;
    m_buffer.clear();
    m_request = {};
    m_closeSteps = 0;
    m_timer.start(kLingerMs);
}

void HttpConnection::abort()
{
    m_socket->abort();
    closeDown();
}

void HttpConnection::closeDown()
{
    if (m_closed)
        return;
    m_closed = true;
    m_timer.stop();
    m_state = State::Closing;
    emit closed();
    deleteLater();
}

void HttpConnection::disconnectAfterWrite()
{
    m_state = State::Closing;
    m_closeSteps = 1;
    // A client that does not read its answer must not hold the connection for ever.
    m_timer.start(m_limits.idleTimeoutMs);
    m_socket->disconnectFromHost();
}

void HttpConnection::startHead()
{
    m_state = State::Head;
    m_request = {};
    m_idle = m_buffer.isEmpty();
    m_timer.start(m_idle ? m_limits.idleTimeoutMs : m_limits.headerTimeoutMs);
}

void HttpConnection::timedOut()
{
    if (m_state == State::Waiting)
        return;
    if (m_state == State::Closing && m_closeSteps == 0) {
        m_closeSteps = 1;
        m_timer.start(m_limits.idleTimeoutMs);
        m_socket->disconnectFromHost();
        return;
    }
    abort();
}

bool HttpConnection::fill(qsizetype want)
{
    if (m_buffer.size() >= want)
        return true;
    const QByteArray more = m_socket->read(want - m_buffer.size());
    if (!more.isEmpty()) {
        m_buffer += more;
        // A body has to keep moving; the head has one deadline from its first byte.
        if (m_state == State::Body || m_state == State::Chunked)
            m_timer.start(m_limits.headerTimeoutMs);
    }
    return m_buffer.size() >= want;
}

void HttpConnection::readMore()
{
    for (;;) {
        switch (m_state) {
        case State::Waiting:
            return;
        case State::Closing: {
            const QByteArray dropped = m_socket->read(kSocketBuffer);
            m_discarded += dropped.size();
            if (m_discarded > kMaxDiscard && m_closeSteps == 0) {
                m_closeSteps = 1;
                m_timer.start(m_limits.idleTimeoutMs);
                m_socket->disconnectFromHost();
            }
            if (dropped.isEmpty())
                return;
            if (m_closeSteps == 0)
                m_timer.start(kLingerMs);
            break;
        }
        case State::Head:
            if (!parseHead())
                return;
            break;
        case State::Body:
            if (!readBody())
                return;
            break;
        case State::Chunked:
            if (!readChunked())
                return;
            break;
        }
    }
}

bool HttpConnection::parseHead()
{
    fill(ConnectionLimits::kMaxHeaderBytes + 4);
    // Empty lines before a request are allowed (RFC 9112, 2.2).
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    if (m_buffer.isEmpty())
        return false;
    if (m_idle) {
        m_idle = false;
        m_timer.start(m_limits.headerTimeoutMs);
    }
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0 || end > ConnectionLimits::kMaxHeaderBytes) {
        if (end > ConnectionLimits::kMaxHeaderBytes
            || m_buffer.size() > ConnectionLimits::kMaxHeaderBytes) {
            refuse(headersTooLarge());
            return true;
        }
        return false;
    }
    QList<QByteArray> lines = m_buffer.left(end + 2).split('\n');
    m_buffer.remove(0, end + 4);
    lines.removeLast(); // after the last CRLF
    for (QByteArray &line : lines) {
        if (!line.endsWith('\r')) {
            refuse(malformed(u"Lines end with CRLF."_s));
            return true;
        }
        line.chop(1);
    }
    if (lines.size() - 1 > ConnectionLimits::kMaxHeaderCount) {
        refuse(headersTooLarge());
        return true;
    }

    const QList<QByteArray> start = lines[0].split(' ');
    if (start.size() != 3 || !isToken(start[0]) || start[1].isEmpty()
        || (start[2] != "HTTP/1.1" && start[2] != "HTTP/1.0")) {
        refuse(malformed(u"Expected METHOD TARGET HTTP/1.1."_s));
        return true;
    }
    m_http10 = start[2] == "HTTP/1.0";
    const QUrl url = QUrl::fromEncoded(start[1]);
    if (!url.isValid() || (!start[1].startsWith('/') && url.isRelative())) {
        refuse(malformed(u"The request target is not a valid path."_s));
        return true;
    }
    m_request = {};
    m_request.method = start[0];
    m_request.path = url.path();
    m_request.query = QUrlQuery(url);
    m_request.peer = m_socket->peerAddress();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        // Folded lines (leading white space) are obsolete and a way to hide a header.
        if (line.startsWith(' ') || line.startsWith('\t') || colon <= 0
            || !isToken(line.left(colon))) {
            refuse(malformed(u"A header line is not NAME: VALUE."_s));
            return true;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto it = m_request.headers.find(name);
        if (it == m_request.headers.end()) {
            m_request.headers.insert(name, value);
        } else if (name == "content-length") {
            if (*it != value) { // two lengths: the classic request-smuggling ambiguity
                refuse(malformed(u"Conflicting Content-Length headers."_s));
                return true;
            }
        } else {
            *it += ", " + value;
        }
    }
    if (m_http10 && !m_request.header("connection").toLower().contains("keep-alive"))
        m_request.headers.insert("connection", "close");

    const QByteArray encoding = m_request.header("transfer-encoding").toLower();
    const QByteArray lengthText = m_request.header("content-length");
    const bool chunked = !encoding.isEmpty();
    if (chunked && (encoding != "chunked" || !lengthText.isEmpty() || m_http10)) {
        refuse(malformed(u"Only Transfer-Encoding: chunked, without Content-Length."_s));
        return true;
    }
    qint64 length = 0;
    if (!lengthText.isEmpty()) {
        const auto parsed = parseLength(lengthText);
        if (!parsed) {
            refuse(malformed(u"Content-Length is not a number."_s));
            return true;
        }
        length = *parsed;
    }
    m_bodyCap = m_bodyLimit(m_request.method, m_request.path);
    if (length > m_bodyCap) {
        refuse(Problem::tooLarge(m_bodyCap));
        return true;
    }
    if ((chunked || length > 0) && !m_http10
        && m_request.header("expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (chunked) {
        m_state = State::Chunked;
        m_remaining = 0;
        m_inChunkData = false;
        m_inTrailers = false;
        m_timer.start(m_limits.headerTimeoutMs);
    } else if (length > 0) {
        m_state = State::Body;
        m_remaining = length;
        m_timer.start(m_limits.headerTimeoutMs);
    } else {
        dispatch();
    }
    return true;
}

bool HttpConnection::readBody()
{
    if (!fill(m_remaining))
        return false;
    m_request.body = m_buffer.left(m_remaining);
    m_buffer.remove(0, m_remaining);
    m_remaining = 0;
    dispatch();
    return true;
}

bool HttpConnection::readChunked()
{
    for (;;) {
        if (m_inChunkData) {
            if (!fill(m_remaining + 2))
                return false;
            if (m_buffer.mid(m_remaining, 2) != "\r\n") {
                refuse(malformed(u"A chunk does not end with CRLF."_s));
                return true;
            }
            m_request.body += m_buffer.left(m_remaining);
            m_buffer.remove(0, m_remaining + 2);
            m_inChunkData = false;
            continue;
        }
        qsizetype eol = m_buffer.indexOf("\r\n");
        while (eol < 0) {
            if (m_buffer.size() > ConnectionLimits::kMaxChunkLine) {
                refuse(malformed(u"A chunk line is too long."_s));
                return true;
            }
            if (!fill(m_buffer.size() + 1))
                return false;
            eol = m_buffer.indexOf("\r\n");
        }
        const QByteArray line = m_buffer.left(eol);
        m_buffer.remove(0, eol + 2);
        if (m_inTrailers) {
            // Trailers are read and dropped; they count against the head's budget.
            m_trailerBytes += line.size() + 2;
            if (m_trailerBytes > ConnectionLimits::kMaxHeaderBytes) {
                refuse(headersTooLarge());
                return true;
            }
            if (line.isEmpty()) {
                dispatch();
                return true;
            }
            continue;
        }
        bool ok = false;
        const QByteArray sizeText = line.split(';').value(0).trimmed();
        const qint64 size = sizeText.size() <= 15 ? sizeText.toLongLong(&ok, 16) : -1;
        if (!ok || size < 0) {
            refuse(malformed(u"A chunk size is not hexadecimal."_s));
            return true;
        }
        // The cap holds whatever the client announced up front.
        if (m_request.body.size() + size > m_bodyCap) {
            refuse(Problem::tooLarge(m_bodyCap));
            return true;
        }
        if (size == 0) {
            m_inTrailers = true;
            m_trailerBytes = 0;
            continue;
        }
        m_remaining = size;
        m_inChunkData = true;
    }
}

void HttpConnection::dispatch()
{
    m_state = State::Waiting;
    m_timer.stop();
    const HttpRequest request = std::move(m_request);
    m_request = {};
    emit requestReady(request);
}

} // namespace lapor::hub
