// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace taktflow::test {

/** What a finished child process left behind. */
struct ProcessOutput {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    double seconds = 0.0;
};

/** Runs a program to completion (or until timeoutMs), capturing stdout and stderr. */
ProcessOutput runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 60000);

} // namespace taktflow::test
