#pragma once

#include "faultinjector.h"
#include "httpconnection.h"
#include "httpmessage.h"

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace lapor::hub {

class Routes;

// Transport around Routes: accepts connections up to a cap, reads requests through
// HttpConnection (limits and timeouts), applies the simulation faults, compresses, and
// writes the response bytes itself so that a fault can cut a response short or drop the
// connection at a precise point. A login's password check runs on a worker thread.
class HubServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit HubServer(Routes &api, const ConnectionLimits &limits, QObject *parent = nullptr);
    ~HubServer() override;

    // HTTPS from here on: the whole chain is sent, the key may be RSA or EC.
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    int connectionCount() const { return m_connections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void handle(HttpConnection *connection, const HttpRequest &request);
    void process(const HttpRequest &request, HttpConnection *connection, const FaultPlan &plan);
    void send(HttpConnection *connection, const HttpRequest &request, HttpResponse response,
              const FaultPlan &plan);

    Routes &m_api;
    ConnectionLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    int m_connections = 0;
};

} // namespace lapor::hub
