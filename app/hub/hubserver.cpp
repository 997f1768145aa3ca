#include "hubserver.h"

#include "routes.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTimer>

namespace lapor::hub {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

// Responses worth compressing: JSON bodies of some size. Attachments are usually
// compressed already (JPEG, PNG, PDF) and must keep their byte ranges intact.
bool compressible(const HttpResponse &response)
{
    return response.body.size() >= 1024
        && (response.contentType == "application/json"
            || response.contentType == "application/problem+json");
}

} // namespace

HubServer::HubServer(Routes &api, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
{ }

bool HubServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    for (const auto &header : request.headers())
        copy.headers.insert(header.first.toLower(), header.second);
    copy.body = request.body();

    FaultPlan plan;
    const Routes::Match match = m_api.match(copy);
    if (m_api.faults() && match.route && !match.route->id.startsWith(QLatin1String("sim.")))
        plan = m_api.faults()->plan(match.route->id);
    if (plan.dropBefore) {
        socket->abort();
        return true;
    }
    if (plan.latencyMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(plan.latencyMs, this, [this, copy, guard, plan] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                process(copy, guard, plan);
        });
        return true;
    }
    process(copy, socket, plan);
    return true;
}

void HubServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest answers everything, including unknown routes (404 problem+json).
    socket->abort();
}

void HubServer::process(const HttpRequest &request, QTcpSocket *socket, const FaultPlan &plan)
{
    if (plan.error) {
        send(socket, request, *plan.error, plan);
        return;
    }
    // Matched again: a delayed request must not hold a pointer into a route table that is
    // only stable for the life of Routes (which outlives the server, but be explicit).
    HttpResponse response = m_api.run(m_api.match(request), request);
    if (plan.dropAfter) {
        socket->abort();
        return;
    }
    send(socket, request, std::move(response), plan);
}

void HubServer::send(QTcpSocket *socket, const HttpRequest &request, HttpResponse response,
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
    socket->write(Http::serializeHead(response, response.body.size(), close));
    if (plan.cut) {
        socket->write(response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    socket->write(response.body);
    if (close)
        socket->disconnectFromHost();
}

} // namespace lapor::hub
