// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/experiment.h"

#include <atomic>
#include <optional>
#include <vector>

namespace taktflow::core::simulation {

/** What to size for: a target throughput (smallest total capacity reaching it), or a total
 *  capacity (best throughput with it). Exactly one is set. */
struct BufferSizingGoal {
    std::optional<double> targetPerHour;
    std::optional<int> totalCapacity;
    /** Largest total capacity the search may try. */
    int maxTotal = 100;
};

/** One evaluated allocation (every candidate re-checked by simulation). */
struct BufferCandidate {
    /** One per gap; -1 for an unlimited gap (left out of the search). */
    std::vector<int> capacities;
    int total = 0;
    Estimate throughputPerHour;
};

struct BufferSizingResult {
    bool found = false;
    BufferCandidate best;
    /** Best throughput found per total capacity, ascending in total (the curve). */
    std::vector<BufferCandidate> curve;
    int evaluations = 0;
    /** Target search: the chosen allocation re-run with independent seeds (seed offset). */
    bool confirmed = false;
    Estimate confirmedThroughputPerHour;
    bool cancelled = false;
    /** settings.timeLimitWallS ran out (it bounds the whole search). */
    bool timedOut = false;
    /** A candidate piled up more than kMaxWipParts parts: the releases outpace the line
     *  whatever the sized buffers hold (an unlimited gap or the entry queue overflows). */
    bool wipLimitReached = false;
    QString message;
};

/**
 * Searches buffer capacities for the goal with common random numbers (every candidate runs the
 * same seeds). The model's current buffers are ignored; unlimited gaps stay out of the search.
 */
BufferSizingResult sizeBuffers(const SimModel &model, const ExperimentSettings &settings,
                               const BufferSizingGoal &goal, const std::atomic_bool *cancel = nullptr,
                               const ProgressFn &progress = {});

} // namespace taktflow::core::simulation
