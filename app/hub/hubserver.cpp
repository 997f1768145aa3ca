#include "hubserver.h"

#include "problem.h"
#include "routes.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

// Responses worth compressing: JSON bodies of some size. Attachments are usually
// compressed already (JPEG, PNG, PDF) and must keep their byte ranges intact.
bool compressible(const HttpResponse &response)
{
    return response.body.size() >= 1024
        && (response.contentType == "application/json"
            || response.contentType == "application/problem+json");
}

} // namespace

HubServer::HubServer(Routes &api, const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_api(api)
    , m_limits(limits)
{ }

HubServer::~HubServer()
{
    // A password check still running would post its answer to this object.
    m_api.waitForLogins();
}

void HubServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // An answer is written whole (send()), so nothing is gained by holding back a small
    // last segment for the client's ACK, which a client delays in turn: on a kept-alive
    // connection that wait cost about 40 ms per request (Nagle meeting delayed ACK).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_connections >= m_limits.maxConnections) {
        // Over the cap: answered at once and closed, never queued. Over TLS the answer
        // would need a handshake first, which is what the cap saves; that link is closed.
        if (!m_tls) {
            const HttpResponse busy
                = Problem::unavailable(1, u"Too many connections to the hub; try again."_s);
            socket->write(Http::serializeHead(busy, busy.body.size(), true) + busy.body);
            socket->disconnectFromHost();
        } else {
            socket->abort();
        }
        if (socket->state() == QAbstractSocket::UnconnectedState) {
            socket->deleteLater();
        } else {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(1000, socket, &QTcpSocket::abort);
        }
        return;
    }
    if (m_tls) {
        auto *tls = static_cast<QSslSocket *>(socket);
        tls->setSslConfiguration(*m_tls);
        tls->startServerEncryption();
    }
    auto *connection = new HttpConnection(
        socket, m_limits,
        [this](const QByteArray &method, const QString &path) {
            return m_api.bodyLimit(method, path);
        },
        this);
    ++m_connections;
    connect(connection, &HttpConnection::closed, this, [this] { --m_connections; });
    connect(connection, &HttpConnection::requestReady, this,
            [this, connection](const HttpRequest &request) { handle(connection, request); });
}

void HubServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    FaultPlan plan;
    const Routes::Match match = m_api.match(request);
    if (m_api.faults() && match.route && !match.route->id.startsWith(QLatin1String("sim.")))
        plan = m_api.faults()->plan(match.route->id);
    if (plan.dropBefore) {
        connection->abort();
        return;
    }
    if (plan.latencyMs > 0) {
        QPointer<HttpConnection> guard(connection);
        QTimer::singleShot(plan.latencyMs, this, [this, request, guard, plan] {
            if (guard)
                process(request, guard, plan);
        });
        return;
    }
    process(request, connection, plan);
}

void HubServer::process(const HttpRequest &request, HttpConnection *connection,
                        const FaultPlan &plan)
{
    if (plan.error) {
        send(connection, request, *plan.error, plan);
        return;
    }
    // Matched again: a delayed request must not hold a pointer into a route table that is
    // only stable for the life of Routes (which outlives the server, but be explicit).
    const Routes::Match match = m_api.match(request);
    if (m_api.checksPassword(match)) {
        QPointer<HttpConnection> guard(connection);
        m_api.runChecked(match, request, this, [this, guard, request, plan](HttpResponse response) {
            if (!guard)
                return;
            if (plan.dropAfter) {
                guard->abort();
                return;
            }
            send(guard, request, std::move(response), plan);
        });
        return;
    }
    HttpResponse response = m_api.run(match, request);
    if (plan.dropAfter) {
        connection->abort();
        return;
    }
    send(connection, request, std::move(response), plan);
}

void HubServer::send(HttpConnection *connection, const HttpRequest &request, HttpResponse response,
                     const FaultPlan &plan)
{
    if (plan.truncate) // still a well-formed HTTP message, but the JSON inside is cut
        response.body.truncate(response.body.size() / 2);
    if (request.acceptsGzip() && compressible(response)) {
        response.body = Http::gzip(response.body);
        response.setHeader("Content-Encoding", "gzip");
        response.setHeader("Vary", "Accept-Encoding");
    }
    // A cut does not announce itself: the link just dies mid-body.
    const bool close = request.wantsClose();
    // Head and body in one write: one segment train, never a head waiting on its own.
    QByteArray message = Http::serializeHead(response, response.body.size(), close);
    if (plan.cut) {
        message += QByteArrayView(response.body).first(response.body.size() / 2);
        connection->write(message);
        connection->disconnectAfterWrite();
        return;
    }
    if (request.method != "HEAD")
        message += response.body;
    connection->write(message);
    connection->finish(close);
}

} // namespace lapor::hub
