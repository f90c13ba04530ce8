// SPDX-License-Identifier: GPL-3.0-or-later
// Small lines for the kernel tests, built by hand so each test reads as its own derivation.
#pragma once

#include "core/simulation/experiment.h"
#include "core/simulation/simmodel.h"

#include <initializer_list>

namespace taktflow::core::simulation::testlines {

inline SimStation station(const QString &name, const TimeDistribution &time, int servers = 1)
{
    SimStation s;
    s.name = name;
    s.servers = servers;
    s.taskTimesByModel = {{time}};
    return s;
}

/** A saturated single-model line; `buffers` empty: capacity `capacity` in every gap. */
inline SimModel line(std::initializer_list<TimeDistribution> times, std::optional<int> capacity)
{
    SimModel m;
    int n = 0;
    for (const TimeDistribution &t : times)
        m.stations.push_back(station(QStringLiteral("S%1").arg(++n), t));
    m.buffers.assign(m.stations.size() - 1, capacity);
    return m;
}

inline ExperimentSettings settings(double warmupS, double durationS, int replications = 1, int threads = 1)
{
    ExperimentSettings s;
    s.warmupS = warmupS;
    s.durationS = durationS;
    s.replications = replications;
    s.threads = threads;
    return s;
}

inline TimeDistribution det(double s) { return TimeDistribution::deterministic(s); }
inline TimeDistribution expo(double s) { return TimeDistribution::exponential(s); }

} // namespace taktflow::core::simulation::testlines
