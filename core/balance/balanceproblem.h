// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <stop_token>
#include <utility>
#include <vector>

namespace taktflow::core {

/**
 * Times inside the balancing engine are integers ("ticks") so that every comparison is exact.
 * Benchmark files use their own integer unit. Models in seconds use a 1 ms grid:
 * ticks = round(timeS * kTicksPerSecond); see toTicks().
 */
using Ticks = std::int64_t;
inline constexpr Ticks kTicksPerSecond = 1000;

/** Rounds seconds to the 1 ms grid. */
Ticks toTicks(double timeS);
/** Converts ticks of the 1 ms grid back to seconds. */
double ticksToSeconds(Ticks ticks);

/** Marks a task that may not be done at a station kind (see BalanceProblem::kindTimes). */
inline constexpr Ticks kNotAllowed = -1;

/**
 * A line balancing problem. Only taskTimes and precedences are required; every other field is
 * an optional real-line constraint and an empty field means "no such constraint". The plain
 * path (no optional field set) uses the fastest search.
 */
struct BalanceProblem {
    /** Task times in ticks, task i = index i. */
    std::vector<Ticks> taskTimes;
    /** Direct precedence relations (before, after), 0-based. */
    std::vector<std::pair<int, int>> precedences;
    /** Names used in messages ("task 7" when empty). */
    QStringList taskLabels;

    /** Groups of tasks that must share one station. */
    std::vector<std::vector<int>> togetherGroups;
    /** Pairs of tasks that must not share a station. */
    std::vector<std::pair<int, int>> apartPairs;
    /**
     * Per task the 0-based station it is fixed to, -1 when free; empty = none fixed. Station
     * numbers count replicated stations once per replica.
     */
    std::vector<int> fixedStation;

    /**
     * Station kinds ("manual", "robot", ...). Empty: all stations are alike and take
     * taskTimes. Otherwise every station gets one kind and kindTimes[task][kind] is the task's
     * time there, or kNotAllowed.
     */
    QStringList stationKinds;
    std::vector<std::vector<Ticks>> kindTimes;

    /**
     * A task longer than the cycle time gets a station of its own replicated
     * ceil(time / cycle) times. When false such a task makes the problem infeasible.
     */
    bool allowParallelStations = false;

    int taskCount() const { return int(taskTimes.size()); }
    /** True when no optional constraint is set. */
    bool isPlain() const;
    /** "task 7" or the label of the 0-based task. */
    QString taskLabel(int task) const;
    /** Time of a task at a station kind; taskTimes when there are no kinds. */
    Ticks timeAt(int task, int kind) const;
};

/** A snapshot of a running search, for progress displays. */
struct BalanceProgress {
    double elapsedS = 0.0;
    /** Best proven bound and best known value of the objective (stations, or cycle ticks). */
    std::int64_t lowerBound = 0;
    std::int64_t upperBound = 0;
};

/** Limits and hooks of a solver run. */
struct BalanceOptions {
    /** Wall-clock limit in seconds; <= 0 means none. */
    double timeLimitS = 10.0;
    /** Cancellation; checked at least every few milliseconds. */
    std::stop_token stopToken;
    /**
     * Called when a bound improves and about every 100 ms, from the solving thread or (with
     * more than one thread) from the helper that improved the bound; calls never overlap.
     */
    std::function<void(const BalanceProgress &)> progress;
    /**
     * Threads of the exact SALBP-1 search (see solveSalbp1()); 1 is the sequential search,
     * <= 0 means one per core. SALBP-2 always runs on one thread.
     */
    int threads = 1;
};

/** One station of a solution. */
struct BalancedStation {
    /** 0-based task indices of the problem, in a precedence-feasible order. */
    std::vector<int> tasks;
    /** Index into BalanceProblem::stationKinds; 0 when there are no kinds. */
    int kind = 0;
    /** Parallel copies of the station; > 1 only for tasks longer than the cycle time. */
    int replicas = 1;
    /** Sum of task times at this station's kind. */
    Ticks load = 0;
};

enum class BalanceStatus {
    Optimal,    ///< solution proven optimal
    Feasible,   ///< solution found, optimality not proven (time limit or cancelled)
    Infeasible, ///< the input is valid but no assignment exists (message says why)
    Invalid,    ///< the input is inconsistent (message says why)
};

/** The answer of SALBP-1 or SALBP-2. */
struct BalanceResult {
    BalanceStatus status = BalanceStatus::Invalid;
    QString message;
    std::vector<BalancedStation> stations;
    /** The cycle time the line runs at: given (SALBP-1) or found (SALBP-2). */
    Ticks cycleTime = 0;
    /** Station count including replicas. */
    int stationCount = 0;
    /** Proven lower bound: on the station count (SALBP-1) or on the cycle time (SALBP-2). */
    std::int64_t lowerBound = 0;
    double seconds = 0.0;
    /** Search nodes, for benchmarks. */
    std::int64_t nodes = 0;
    /** Threads the exact search ran on (2 when the second one searched from the other end). */
    int threads = 1;

    bool hasSolution() const { return status == BalanceStatus::Optimal || status == BalanceStatus::Feasible; }
    bool optimal() const { return status == BalanceStatus::Optimal; }
};

} // namespace taktflow::core
