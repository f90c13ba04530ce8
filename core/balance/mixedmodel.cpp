// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/mixedmodel.h"

#include <QtGlobal>

#include <cmath>

namespace taktflow::core {

std::vector<Ticks> demandWeightedTimes(const std::vector<std::vector<Ticks>> &modelTimes,
                                       const std::vector<double> &demandShares)
{
    Q_ASSERT(modelTimes.size() == demandShares.size());
    if (modelTimes.empty())
        return {};
    double total = 0.0;
    for (const double share : demandShares)
        total += std::max(0.0, share);
    const std::size_t tasks = modelTimes.front().size();
    std::vector<Ticks> weighted(tasks, 0);
    for (std::size_t t = 0; t < tasks; ++t) {
        double sum = 0.0;
        for (std::size_t m = 0; m < modelTimes.size(); ++m)
            sum += std::max(0.0, demandShares[m]) * double(modelTimes[m][t]);
        weighted[t] = total > 0.0 ? Ticks(std::llround(sum / total)) : 0;
    }
    return weighted;
}

MixedModelReport mixedModelReport(const std::vector<BalancedStation> &stations,
                                  const std::vector<std::vector<Ticks>> &modelTimes, Ticks cycle)
{
    MixedModelReport report;
    report.stationTimes.assign(modelTimes.size(), std::vector<Ticks>(stations.size(), 0));
    for (std::size_t m = 0; m < modelTimes.size(); ++m) {
        for (std::size_t s = 0; s < stations.size(); ++s) {
            Ticks time = 0;
            for (const int task : stations[s].tasks)
                time += modelTimes[m][std::size_t(task)];
            report.stationTimes[m][s] = time;
            const Ticks capacity = Ticks(std::max(1, stations[s].replicas)) * cycle;
            if (time > capacity)
                report.overloads.push_back({int(m), int(s), time, time - capacity});
        }
    }
    return report;
}

} // namespace taktflow::core
