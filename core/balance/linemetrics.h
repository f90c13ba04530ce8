// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"

#include <vector>

namespace taktflow::core {

/** Figures of one station. A replicated station counts once here, with its replicas. */
struct StationMetrics {
    Ticks load = 0;
    int replicas = 1;
    /** Work each copy does per produced unit on average: load / replicas. */
    double effectiveTime = 0.0;
    Ticks idlePerCycle = 0;
    /** load / (replicas x cycle time). */
    double utilisation = 0.0;
};

/**
 * Key figures of a balanced line (definitions in the README):
 * efficiency = sum of task times / (stations x cycle time), balance delay = 1 - efficiency,
 * smoothness index = sqrt(sum over stations of (max station time - station time)^2),
 * idle time per cycle = stations x cycle time - sum of task times. Stations count replicas;
 * a replicated station contributes each copy with load / replicas.
 */
struct LineMetrics {
    Ticks cycleTime = 0;
    int stations = 0;
    Ticks totalWork = 0;
    double efficiency = 0.0;
    double balanceDelay = 0.0;
    double smoothnessIndex = 0.0;
    Ticks idlePerCycle = 0;
    std::vector<StationMetrics> perStation;
    /** 0-based station with the largest effective time; -1 when there are no stations. */
    int bottleneckStation = -1;
    /** Largest effective station time: the cycle the line really achieves. */
    double achievedCycle = 0.0;
    /** One per manned station copy. */
    int operators = 0;
    /** availableTimePerPeriod / achievedCycle; 0 when no available time was given. */
    double outputPerPeriod = 0.0;
};

/**
 * Computes the figures for stations at a cycle time. availableTimePerPeriod is in the same
 * ticks (0 to skip the output figure). mannedKinds[k] says whether stations of kind k need an
 * operator; empty means all do.
 */
LineMetrics computeLineMetrics(const std::vector<BalancedStation> &stations, Ticks cycleTime,
                               double availableTimePerPeriod = 0.0, const std::vector<bool> &mannedKinds = {});

} // namespace taktflow::core
