#include "hubprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

HubProcess::HubProcess(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process.readAllStandardError();
        if (m_stderr.size() > 256 * 1024) // keep the tail; a chatty hub must not fill memory
            m_stderr = m_stderr.right(128 * 1024);
    });
    // The first line is consumed by start(); anything later is drained so that the pipe
    // never fills and blocks the hub.
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        if (m_baseUrl.isValid())
            m_process.readAllStandardOutput();
    });
}

HubProcess::~HubProcess()
{
    if (isRunning())
        kill();
}

QString HubProcess::binaryPath(const QString &name)
{
    const QString fromEnv = qEnvironmentVariable("LAPOR_BIN_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).filePath(name);
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

namespace {

HubProcess::Exit runUntilExit(const QString &dataDir, const QStringList &arguments, int timeoutMs,
                              const TestLocation &where)
{
    QProcess hub;
    hub.start(HubProcess::binaryPath(),
              QStringList { QStringLiteral("--data"), dataDir } + arguments);
    if (!hub.waitForFinished(timeoutMs)) {
        hub.kill();
        hub.waitForFinished();
        QTest::qFail(qPrintable(QStringLiteral("laporhub %1 did not exit within %2 ms: %3")
                                    .arg(arguments.join(u' '))
                                    .arg(timeoutMs)
                                    .arg(hub.errorString())),
                     where.file_name(), where.line());
        return {};
    }
    return { hub.exitStatus() == QProcess::NormalExit ? hub.exitCode() : -1,
             hub.readAllStandardOutput(), hub.readAllStandardError() };
}

} // namespace

HubProcess::Exit HubProcess::runToExit(const QStringList &arguments, int timeoutMs,
                                       TestLocation where)
{
    QTemporaryDir dir;
    return runUntilExit(dir.path(), arguments, timeoutMs, where);
}

HubProcess::Exit HubProcess::runOnData(const QStringList &arguments, int timeoutMs,
                                       TestLocation where) const
{
    if (m_dataDir.isEmpty() || isRunning()) {
        QTest::qFail("runOnData needs a hub that has run once and is stopped now",
                     where.file_name(), where.line());
        return {};
    }
    return runUntilExit(m_dataDir, arguments, timeoutMs, where);
}

void HubProcess::setDataDir(const QString &dir)
{
    m_dataDir = dir;
}

QString HubProcess::dataDir() const
{
    return m_dataDir;
}

void HubProcess::setArguments(const QStringList &arguments)
{
    m_arguments = arguments;
}

bool HubProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 HubProcess::pid() const
{
    return m_process.processId();
}

bool HubProcess::start(int timeoutMs)
{
    m_error.clear();
    m_baseUrl = QUrl();
    if (isRunning()) {
        m_error = QStringLiteral("the hub is already running");
        return false;
    }
    if (m_dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary data folder");
            return false;
        }
        m_dataDir = m_tempDir->path();
    }
    const QString program = binaryPath();
    if (!QFileInfo(program).isExecutable()) {
        m_error = QStringLiteral("laporhub not found at %1 (set LAPOR_BIN_DIR)").arg(program);
        return false;
    }
    QStringList args { QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:%1").arg(m_port) };
    args += m_arguments;
    // Tests sign in with the password grant, which a real hub keeps off (hub-api.md).
    if (m_passwordGrant)
        args += QStringLiteral("--allow-password-grant");
    m_process.start(program, args);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("laporhub did not start: %1").arg(m_process.errorString());
        return false;
    }
    static const QRegularExpression line(
        QStringLiteral("^listening on (https?)://([^\\s]+):(\\d+)\\s*$"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (m_process.canReadLine()) {
            const QString first = QString::fromUtf8(m_process.readLine());
            const auto match = line.match(first);
            if (!match.hasMatch()) {
                m_error = QStringLiteral("unexpected first line from laporhub: %1").arg(first);
                kill();
                return false;
            }
            m_port = quint16(match.captured(3).toUInt());
            m_baseUrl = QUrl(
                QStringLiteral("%1://%2:%3").arg(match.captured(1), match.captured(2)).arg(m_port));
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            m_stderr += m_process.readAllStandardError();
            m_error = QStringLiteral("laporhub exited with code %1: %2")
                          .arg(m_process.exitCode())
                          .arg(QString::fromUtf8(m_stderr.right(2000)));
            return false;
        }
        m_process.waitForReadyRead(100);
    }
    m_error = QStringLiteral("laporhub did not report its address within %1 ms").arg(timeoutMs);
    kill();
    return false;
}

void HubProcess::kill()
{
    if (!isRunning())
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool HubProcess::terminate(int timeoutMs)
{
    if (!isRunning())
        return true;
    m_process.terminate();
    if (m_process.waitForFinished(timeoutMs))
        return true;
    kill();
    return false;
}

bool HubProcess::restart(int timeoutMs)
{
    kill();
    return start(timeoutMs);
}
