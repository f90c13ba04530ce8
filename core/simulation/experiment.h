// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/simmodel.h"
#include "core/simulation/simresult.h"

#include <atomic>
#include <cstdint>
#include <functional>

namespace taktflow::core::simulation {

/** How an experiment runs. Times in simulated seconds unless named wall. */
struct ExperimentSettings {
    double durationS = 8 * 3600.0;
    double warmupS = 0.0;
    int replications = 10;
    std::uint64_t seed = 1;
    /** Worker threads; 0: all cores. The result does not depend on it. */
    int threads = 0;
    /** Wall-clock limit in seconds; 0: none. Replications not finished by then are dropped. */
    double timeLimitWallS = 0.0;
    /** Sample a time series every so many simulated seconds in the first replication; 0: none. */
    double seriesIntervalS = 0.0;
};

/** Largest accepted values; beyond them a request is refused as unreasonable. */
inline constexpr int kMaxReplications = 100000;
inline constexpr double kMaxSimulatedS = 10.0 * 365 * 24 * 3600;
/** Parts alive at once in one replication beyond which the run stops: a line whose releases
 *  outpace it piles parts up in an unlimited buffer or the entry queue without end, and would
 *  otherwise take memory in proportion to the simulated time. */
inline constexpr std::size_t kMaxWipParts = 1'000'000;

/** The first problem of the settings, or an empty string. */
QString settingsProblem(const ExperimentSettings &settings);

/** Called from worker threads with the number of finished replications. */
using ProgressFn = std::function<void(int done, int total)>;

/**
 * Runs settings.replications independent replications of the model in parallel. Replication r
 * draws from streams seeded by (seed, r, source of randomness), so a seed gives the same result
 * on any thread count and two models with the same structure see common random numbers.
 * Returns within about 100 ms of cancel becoming true (result.cancelled set).
 * The model must have no modelProblem() and the settings no settingsProblem().
 */
ExperimentResult runExperiment(const SimModel &model, const ExperimentSettings &settings,
                               const std::atomic_bool *cancel = nullptr,
                               const ProgressFn &progress = {});

/** What the animation plays: every state change of one replication, in time order. */
struct TraceEvent {
    enum class Kind : std::uint8_t {
        StationState,   // index = station, value = StationState
        BufferContent,  // index = gap, value = parts waiting
        PartEnter,      // index = station the part entered, part = part id
        PartLeave,      // index = station the part left (the last station: left the line)
        TransportStart, // index = gap, value = transporter vehicle, part = first part id
        TransportEnd,   // index = gap, value = transporter vehicle
    };
    double timeS = 0.0;
    Kind kind = Kind::StationState;
    int index = 0;
    int value = 0;
    int part = -1;
};

struct Trace {
    std::vector<TraceEvent> events;
    /** Simulated seconds covered, warm-up included. */
    double endS = 0.0;
    bool truncated = false;
};

/** Records replication `replication` (same streams as in runExperiment) up to untilS, keeping
 *  at most maxEvents events (truncated set beyond). */
Trace recordTrace(const SimModel &model, std::uint64_t seed, int replication, double untilS,
                  std::size_t maxEvents = 5'000'000, const std::atomic_bool *cancel = nullptr);

} // namespace taktflow::core::simulation
