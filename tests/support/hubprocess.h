#pragma once

#include "testlocation.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// Runs the real `laporhub` binary for integration tests: on 127.0.0.1 with a free port
// (`--listen 127.0.0.1:0`), on a private temporary data folder unless told otherwise.
// The binary is looked up in $LAPOR_BIN_DIR (set by lapor_add_test), then next to the
// test executable.
//
//   HubProcess hub;
//   hub.setArguments({"--generate", "200", "--seed", "7", "--simulate"});
//   QVERIFY2(hub.start(), qPrintable(hub.errorString()));
//   QUrl api = hub.baseUrl(); // http://127.0.0.1:PORT
//   hub.kill();               // SIGKILL
//   QVERIFY(hub.start());     // same data folder, same port
//
// Every test that runs laporhub goes through this class, so that the binary is found,
// the port picked and the data folder kept in one place.
class HubProcess : public QObject
{
    Q_OBJECT

public:
    explicit HubProcess(QObject *parent = nullptr);
    ~HubProcess() override;

    static QString binaryPath(const QString &name = QStringLiteral("laporhub"));

    // For the command lines laporhub must refuse: runs it on a fresh temporary data folder
    // with exactly `arguments` (no --listen added) until it exits. A hub that does not
    // exit within the timeout is killed and fails the current test.
    struct Exit
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    static Exit runToExit(const QStringList &arguments, int timeoutMs = 30000,
                          TestLocation where = TestLocation::current());
    // A command line that works on this hub's data folder and exits (--disable-user USER):
    // run with exactly `arguments` after --data, while the hub is stopped.
    Exit runOnData(const QStringList &arguments, int timeoutMs = 30000,
                   TestLocation where = TestLocation::current()) const;

    // Defaults to a temporary folder owned by this object, kept across restarts.
    void setDataDir(const QString &dir);
    QString dataDir() const;
    // Extra arguments after --data and --listen, e.g. --generate N --seed S --simulate.
    void setArguments(const QStringList &arguments);
    // 0 = a free port on the first start; later starts reuse the port of the last run so
    // that clients configured with baseUrl() find the hub again after a restart.
    void setPort(quint16 port) { m_port = port; }
    // On by default: tests sign in with the password grant. Off: the hub as an agency runs
    // it, where people sign in only in a browser or with a device code.
    void setPasswordGrant(bool allowed) { m_passwordGrant = allowed; }

    // Starts and waits for the first stdout line `listening on http://HOST:PORT`.
    bool start(int timeoutMs = 60000);
    // SIGKILL: no chance to clean up, like a power cut for the process.
    void kill();
    // SIGTERM, then SIGKILL after the timeout.
    bool terminate(int timeoutMs = 10000);
    // Stops the hub if it runs and starts it again on the same folder and port.
    bool restart(int timeoutMs = 60000);

    bool isRunning() const;
    qint64 pid() const;
    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return m_baseUrl; }
    int exitCode() const { return m_process.exitCode(); }
    QString errorString() const { return m_error; }
    // Everything the hub wrote to stderr so far (bounded), for failure messages.
    QByteArray stderrOutput() const { return m_stderr; }

private:
    QProcess m_process;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    QStringList m_arguments;
    bool m_passwordGrant = true;
    quint16 m_port = 0;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_stderr;
};
