// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"
#include "core/io/salbpreader.h"

#include <QString>
#include <QtGlobal>

namespace taktflow::tests {

/** A Scholl or Otto instance from tests/data/salbp as a plain balancing problem. */
inline core::BalanceProblem loadSalbpTestProblem(const QString &file)
{
    const core::SalbpReadResult r = core::readSalbpFile(QStringLiteral(TAKTFLOW_TEST_DATA "/salbp/") + file);
    if (!r)
        qFatal("%s", qPrintable(r.errorMessage));
    core::BalanceProblem p;
    p.taskTimes = r.instance->taskTimes;
    p.precedences = r.instance->precedences;
    return p;
}

} // namespace taktflow::tests
