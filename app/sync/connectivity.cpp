#include "connectivity.h"

#include "hubapi/hubclient.h"
#include "hubapi/hubjob.h"
#include "protocol/routes.h"

#include <QNetworkInformation>

namespace lapor {

Connectivity::Connectivity(HubClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Connectivity::probe);
    m_timer.start();
    // Not every system has a backend (e.g. a minimal Linux without NetworkManager); the
    // probe alone decides then.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        if (auto *info = QNetworkInformation::instance()) {
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                    &Connectivity::onSystemReachability);
            onSystemReachability();
        }
    }
}

void Connectivity::setProbeInterval(int ms)
{
    m_timer.setInterval(ms);
}

void Connectivity::onSystemReachability()
{
    const auto *info = QNetworkInformation::instance();
    m_systemOffline
        = info && info->reachability() == QNetworkInformation::Reachability::Disconnected;
    if (m_systemOffline)
        setState(State::Offline);
    else
        probe(); // the cable is back: ask the hub at once
}

void Connectivity::probe()
{
    if (m_probe || m_systemOffline)
        return;
    m_probe = m_client.probe(protocol::Routes::path(protocol::Route::Health));
    connect(m_probe, &HubJob::finished, this, [this](HubJob *job) {
        job->deleteLater();
        report(job->status() > 0);
    });
}

void Connectivity::report(bool reachable)
{
    setState(reachable ? State::Online : State::Offline);
}

void Connectivity::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace lapor
