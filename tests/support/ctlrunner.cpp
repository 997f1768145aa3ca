#include "ctlrunner.h"

#include <QProcess>
#include <QTest>

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
    if (!process.waitForFinished(run.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        QTest::qFail(qPrintable(QStringLiteral("lapordeskctl %1 did not finish: %2")
                                    .arg(run.arguments.join(u' '), process.errorString())),
                     where.file_name(), where.line());
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}
