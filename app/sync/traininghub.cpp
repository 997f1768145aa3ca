#include "traininghub.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace lapor {

TrainingHub::TrainingHub(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // The hub ends with the app even when the app is killed or crashes: a training hub
    // left behind would hold the training data folder and refuse the next start.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

TrainingHub::~TrainingHub()
{
    stop();
}

QString TrainingHub::defaultProgram()
{
#ifdef Q_OS_WIN
    return QCoreApplication::applicationDirPath() + QLatin1String("/laporhub.exe");
#else
    return QCoreApplication::applicationDirPath() + QLatin1String("/laporhub");
#endif
}

bool TrainingHub::start()
{
    const QString program = m_options.program.isEmpty() ? defaultProgram() : m_options.program;
    if (!QFileInfo(program).isExecutable()) {
        m_error = QCoreApplication::translate("lapor::TrainingHub",
                                              "Hub pelatihan (laporhub) tidak ditemukan di %1.")
                      .arg(QDir::toNativeSeparators(program));
        return false;
    }
    QStringList args { QStringLiteral("--data"), m_options.dataDir, QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0") };
    // Sample data is generated once; later starts keep what the trainee did.
    if (!QFileInfo::exists(m_options.dataDir))
        args << QStringLiteral("--generate") << QString::number(m_options.generateCases)
             << QStringLiteral("--seed") << QString::number(m_options.seed);
    if (m_options.simulate)
        args << QStringLiteral("--simulate");
    // Trainees sign in with the password form; a real hub keeps this grant off.
    args << QStringLiteral("--allow-password-grant");
    args << m_options.extraArguments;

    m_process.start(program, args);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(m_options.startTimeoutMs);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
            m_error = QCoreApplication::translate("lapor::TrainingHub",
                                                  "Hub pelatihan gagal dijalankan (kode %1).")
                          .arg(m_process.exitCode());
            stop();
            return false;
        }
        m_process.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 500)));
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    const QString prefix = QStringLiteral("listening on ");
    if (!line.startsWith(prefix)) {
        m_error = QStringLiteral("unexpected first line from laporhub: %1").arg(line);
        stop();
        return false;
    }
    m_url = QUrl(line.mid(prefix.size()));
    // Whatever the hub prints later is drained, so a full pipe never stalls it.
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { m_process.readAllStandardOutput(); });
    return true;
}

void TrainingHub::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace lapor
