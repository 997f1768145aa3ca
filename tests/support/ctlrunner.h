#pragma once

#include "testlocation.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// One run of the real lapordeskctl, as a script or a scheduler would run it.
struct CtlRun
{
    QStringList arguments;
    QByteArray input; // written to stdin, which is then closed
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutMs = 60000;
    // Called with each stderr line while lapordeskctl runs, for a test that must act on
    // what it prints (a device code to type in) before it can finish.
    std::function<void(const QString &line)> onErrorLine;
};

struct CtlResult
{
    int code = -1; // -1 when it crashed, never started or was killed
    QString out;
    QString err;
};

// The lapordeskctl binary beside the tests (LAPOR_BIN_DIR).
QString ctlBinary();

// Runs lapordeskctl to completion. A process that does not start or does not finish in
// time is killed and fails the current test at the caller's line: its exit code would
// otherwise read as 0, success.
CtlResult runCtl(const CtlRun &run, TestLocation where = TestLocation::current());
