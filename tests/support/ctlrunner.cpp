#include "ctlrunner.h"

#include <QEventLoop>
#include <QProcess>
#include <QTest>
#include <QTimer>

QString ctlBinary()
{
    return qEnvironmentVariable("LAPOR_BIN_DIR") + QStringLiteral("/lapordeskctl");
}

CtlResult runCtl(const CtlRun &run, TestLocation where)
{
    QProcess process;
    process.setProcessEnvironment(run.environment);
    process.start(ctlBinary(), run.arguments);
    if (!run.input.isEmpty())
        process.write(run.input);
    process.closeWriteChannel();
    QByteArray err;
    bool finished = false;
    if (run.onErrorLine) {
        QByteArray pending;
        bool busy = false;
        QEventLoop loop;
        QObject::connect(&process, &QProcess::readyReadStandardError, &loop, [&] {
            const QByteArray chunk = process.readAllStandardError();
            err += chunk;
            pending += chunk;
            // The callback may run an event loop of its own (an HTTP request): lines that
            // arrive meanwhile wait their turn instead of re-entering it.
            if (busy)
                return;
            busy = true;
            for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
                const QString line = QString::fromUtf8(pending.left(end));
                pending.remove(0, end + 1);
                run.onErrorLine(line);
            }
            busy = false;
        });
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(run.timeoutMs, &loop, &QEventLoop::quit);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        finished = process.state() == QProcess::NotRunning;
    } else {
        finished = process.waitForFinished(run.timeoutMs);
    }
    if (!finished) {
        process.kill();
        process.waitForFinished();
        QTest::qFail(qPrintable(QStringLiteral("lapordeskctl %1 did not finish: %2")
                                    .arg(run.arguments.join(u' '), process.errorString())),
                     where.file_name(), where.line());
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(err + process.readAllStandardError()) };
}
