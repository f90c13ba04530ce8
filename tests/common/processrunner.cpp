// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/processrunner.h"

#include <QElapsedTimer>
#include <QProcess>

namespace taktflow::test {

ProcessOutput runProcess(const QString &program, const QStringList &arguments, int timeoutMs)
{
    ProcessOutput output;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        output.crashed = true;
    }
    output.seconds = double(timer.nsecsElapsed()) / 1e9;
    output.crashed = output.crashed || process.exitStatus() == QProcess::CrashExit;
    output.exitCode = process.exitCode();
    output.out = QString::fromUtf8(process.readAllStandardOutput());
    output.err = QString::fromUtf8(process.readAllStandardError());
    return output;
}

} // namespace taktflow::test
