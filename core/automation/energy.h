// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

namespace taktflow::core {

/** Energy and carbon of a variant per period and per unit produced. */
struct EnergyFigures {
    /** Sum of item power (kW) x running hours per period. */
    double itemKwhPerPeriod = 0.0;
    double transportKwhPerPeriod = 0.0;
    double kwhPerPeriod = 0.0;
    /** kWh x the project's grid emission factor. */
    double kgCo2ePerPeriod = 0.0;
    /** Sum of the lines' demand; without lines, the largest product volume. */
    double unitsPerPeriod = 0.0;
    /** Per unit figures; 0 when nothing is produced. */
    double kwhPerUnit = 0.0;
    double kgCo2ePerUnit = 0.0;
};

/** The units a variant produces per period (see EnergyFigures::unitsPerPeriod). */
double outputUnitsPerPeriod(const Variant &variant);

/** Energy of a variant; transportKwh comes from the flow analysis. */
EnergyFigures energyFigures(const Variant &variant, const ProjectSettings &settings, double transportKwh);

} // namespace taktflow::core
