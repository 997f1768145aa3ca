#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace lapor {

// A laporhub child process for training mode: generated sample data in the training
// profile, loopback only, stopped when the application quits.
class TrainingHub : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString program; // laporhub executable; empty = next to this program
        QString dataDir;
        int generateCases = 2000;
        quint32 seed = 20261128;
        bool simulate = true;
        int startTimeoutMs = 60000;
        QStringList extraArguments; // e.g. --token-ttl for tests
    };

    explicit TrainingHub(const Options &options, QObject *parent = nullptr);
    ~TrainingHub() override;

    // Starts the hub and waits for its "listening on" line; false with error() otherwise.
    bool start();
    void stop();
    QUrl url() const { return m_url; }
    QString error() const { return m_error; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    static QString defaultProgram();

private:
    Options m_options;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
};

} // namespace lapor
