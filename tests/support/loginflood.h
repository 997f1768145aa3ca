#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class QTcpSocket;

// Clients sending bogus logins (unknown names, so each costs the hub a password check) as
// fast as the hub answers, while a prober times GET /v1/health on a connection of its own.
// Each flooding client moves to a new loopback source address every few attempts, so the
// per-address throttle does not turn the flood into cheap 429s.
class LoginFlood : public QObject
{
    Q_OBJECT

public:
    LoginFlood(quint16 port, int clients, QObject *parent = nullptr);
    ~LoginFlood() override;

    // The whole HTTP request of one bogus sign-in for a name never seen before; by default
    // the password grant (RawHttp::loginRequest), e.g. a sign-in page's form instead.
    using RequestMaker = std::function<QByteArray(const QString &unknownName)>;
    void setRequest(RequestMaker maker) { m_request = std::move(maker); }

    // Starts the flood, waits until it runs, times `probes` health requests, one every
    // `intervalMs` after the previous answer, and stops the flood. Returns the latencies in
    // milliseconds (fewer when the timeout passed first).
    QList<double> measureHealth(int probes, int intervalMs, int timeoutMs);
    // Login answers by status while the flood ran.
    QHash<int, int> loginStatuses() const { return m_statuses; }
    int loginsAnswered() const;

    static double percentile(QList<double> values, double p);

private:
    struct Client
    {
        QTcpSocket *socket = nullptr;
        int index = 0;
        int sentOnAddress = 0;
        int addresses = 0;
        QByteArray buffer;
    };

    void connectClient(Client &client);
    void sendLogin(Client &client);
    void clientRead(Client &client);
    void probe();
    void probeRead();

    quint16 m_port;
    QList<Client *> m_clients;
    QTcpSocket *m_prober = nullptr;
    QByteArray m_probeBuffer;
    QElapsedTimer m_probeTimer;
    QList<double> m_latencies;
    int m_probesWanted = 0;
    int m_probeIntervalMs = 0;
    bool m_running = false;
    bool m_probing = false;
    QHash<int, int> m_statuses;
    int m_attempt = 0;
    RequestMaker m_request;
};
