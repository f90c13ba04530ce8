// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/automation/energy.h"

#include <algorithm>

namespace taktflow::core {

double outputUnitsPerPeriod(const Variant &variant)
{
    double units = 0.0;
    for (const auto &line : variant.lines)
        units += std::max(0.0, line.demandPerPeriod);
    if (units > 0.0)
        return units;
    // Without a line, routings describe the product; several products may share one output.
    for (const auto &product : variant.products)
        units = std::max(units, product.unitsPerPeriod);
    return units;
}

EnergyFigures energyFigures(const Variant &variant, const ProjectSettings &settings, double transportKwh)
{
    EnergyFigures e;
    for (const auto &item : variant.items)
        e.itemKwhPerPeriod += std::max(0.0, item.powerKw) * settings.runningHoursPerPeriod;
    e.transportKwhPerPeriod = transportKwh;
    e.kwhPerPeriod = e.itemKwhPerPeriod + e.transportKwhPerPeriod;
    e.kgCo2ePerPeriod = e.kwhPerPeriod * settings.gridKgCo2ePerKwh;
    e.unitsPerPeriod = outputUnitsPerPeriod(variant);
    if (e.unitsPerPeriod > 0.0) {
        e.kwhPerUnit = e.kwhPerPeriod / e.unitsPerPeriod;
        e.kgCo2ePerUnit = e.kgCo2ePerPeriod / e.unitsPerPeriod;
    }
    return e;
}

} // namespace taktflow::core
