// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/linemetrics.h"

#include <algorithm>
#include <cmath>

namespace taktflow::core {

LineMetrics computeLineMetrics(const std::vector<BalancedStation> &stations, Ticks cycleTime,
                               double availableTimePerPeriod, const std::vector<bool> &mannedKinds)
{
    LineMetrics m;
    m.cycleTime = cycleTime;
    for (std::size_t i = 0; i < stations.size(); ++i) {
        const BalancedStation &s = stations[i];
        StationMetrics sm;
        sm.load = s.load;
        sm.replicas = std::max(1, s.replicas);
        sm.effectiveTime = double(s.load) / double(sm.replicas);
        sm.idlePerCycle = Ticks(sm.replicas) * cycleTime - s.load;
        sm.utilisation = cycleTime > 0 ? double(s.load) / (double(sm.replicas) * double(cycleTime)) : 0.0;
        m.stations += sm.replicas;
        m.totalWork += s.load;
        const bool manned = mannedKinds.empty() || s.kind < 0 || std::size_t(s.kind) >= mannedKinds.size() ||
                            mannedKinds[std::size_t(s.kind)];
        if (manned)
            m.operators += sm.replicas;
        if (m.bottleneckStation < 0 || sm.effectiveTime > m.achievedCycle) {
            m.bottleneckStation = int(i);
            m.achievedCycle = sm.effectiveTime;
        }
        m.perStation.push_back(sm);
    }
    if (m.stations == 0 || cycleTime <= 0)
        return m;
    m.idlePerCycle = Ticks(m.stations) * cycleTime - m.totalWork;
    m.efficiency = double(m.totalWork) / (double(m.stations) * double(cycleTime));
    m.balanceDelay = 1.0 - m.efficiency;
    double squares = 0.0;
    for (const StationMetrics &sm : m.perStation) {
        const double gap = m.achievedCycle - sm.effectiveTime;
        squares += double(sm.replicas) * gap * gap;
    }
    m.smoothnessIndex = std::sqrt(squares);
    if (availableTimePerPeriod > 0.0 && m.achievedCycle > 0.0)
        m.outputPerPeriod = availableTimePerPeriod / m.achievedCycle;
    return m;
}

} // namespace taktflow::core
