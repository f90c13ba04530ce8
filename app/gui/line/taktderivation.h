// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/productionline.h"

#include <QString>

namespace taktflow::app {

/** The takt time of a line and the sentence that shows how it was reached. */
struct TaktDerivation {
    bool ok = false;
    double taktTimeS = 0.0;
    double availableTimeS = 0.0;
    /** "(2 × 8 h − 2 × 0.75 h − 0.5 h) × 90 % / 480 units = 94.5 s", or the problem. */
    QString text;
};

/**
 * Computes the takt time as core::computeTaktTime() does (or from the fixed available time
 * when the line does not use its calendar) and writes the arithmetic out with units, so the
 * engineer can check it at a glance.
 */
TaktDerivation deriveTakt(const core::ProductionLine &line);

} // namespace taktflow::app
