#pragma once

#include "faultinjector.h"
#include "httpmessage.h"

#include <QAbstractHttpServer>
#include <QPointer>

class QTcpSocket;

namespace lapor::hub {

class Routes;

// Transport around Routes on Qt HttpServer: copies each request, applies the simulation
// faults, compresses, and writes the response bytes itself so that a fault can cut a
// response short or drop the connection at a precise point.
class HubServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HubServer(Routes &api, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void process(const HttpRequest &request, QTcpSocket *socket, const FaultPlan &plan);
    void send(QTcpSocket *socket, const HttpRequest &request, HttpResponse response,
              const FaultPlan &plan);

    Routes &m_api;
};

} // namespace lapor::hub
