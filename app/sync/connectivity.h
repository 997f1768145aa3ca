#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace lapor {

class HubClient;
class HubJob;

// Online means: the operating system reports a network (QNetworkInformation, where a
// backend exists) and the hub answered a cheap probe. Any HTTP answer counts, even an
// error status: it proves the hub is reachable.
class Connectivity : public QObject
{
    Q_OBJECT

public:
    enum class State { Unknown, Online, Offline };
    Q_ENUM(State)

    explicit Connectivity(HubClient &client, QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isOnline() const { return m_state == State::Online; }
    void setProbeInterval(int ms);
    void probe();
    // What a finished request told us, so the probe need not run while syncing.
    void report(bool reachable);

signals:
    void stateChanged(lapor::Connectivity::State state);

private:
    void setState(State state);
    void onSystemReachability();

    HubClient &m_client;
    State m_state = State::Unknown;
    bool m_systemOffline = false;
    QTimer m_timer;
    QPointer<HubJob> m_probe;
};

} // namespace lapor
