// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/linetimes.h"

namespace taktflow::app {

namespace {

double modelTime(const core::Task &task, const QString &modelId)
{
    const auto it = task.modelTimesS.find(modelId);
    return it == task.modelTimesS.end() ? task.timeS : it->second;
}

} // namespace

core::ProductionLine lineWithModelTimes(const core::ProductionLine &line, const QString &modelId)
{
    if (line.models.empty())
        return line;
    core::ProductionLine out = line;
    double shares = 0.0;
    for (const auto &model : line.models)
        shares += std::max(0.0, model.demandShare);
    for (auto &task : out.tasks) {
        if (!modelId.isEmpty()) {
            task.timeS = modelTime(task, modelId);
            continue;
        }
        if (shares <= 0.0)
            continue;
        double weighted = 0.0;
        for (const auto &model : line.models)
            weighted += std::max(0.0, model.demandShare) * modelTime(task, model.id);
        task.timeS = weighted / shares;
    }
    return out;
}

} // namespace taktflow::app
