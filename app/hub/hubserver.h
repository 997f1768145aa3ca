#pragma once

#include "faultinjector.h"
#include "httpmessage.h"

#include <QAbstractHttpServer>
#include <QPointer>

class QTcpSocket;

namespace lapor::hub {

class HubApi;

// Transport around HubApi on Qt HttpServer: copies each request, applies the simulation
// faults, compresses, and writes the response bytes itself so that a fault can cut a
// response short or drop the connection at a precise point.
class HubServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HubServer(HubApi &api, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void process(const HttpRequest &request, QTcpSocket *socket, const FaultPlan &plan);
    void send(QTcpSocket *socket, const HttpRequest &request, HttpResponse response,
              const FaultPlan &plan);

    HubApi &m_api;
};

} // namespace lapor::hub
