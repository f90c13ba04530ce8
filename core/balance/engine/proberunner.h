// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/engine/stationsearch.h"

#include <chrono>
#include <memory>
#include <optional>
#include <stop_token>

namespace taktflow::core::detail {

/**
 * Asks "do the units fit into m stations at cycle c?" with the exact search, alternating
 * between the line read forwards and backwards, and between depth-first and cyclic best-first
 * search, with doubling step budgets: some instances are far easier in one direction or with
 * one strategy, and nobody knows which beforehand. Owns the time limit, the cancel flag and
 * the progress reports of a solver run.
 */
class ProbeRunner
{
public:
    /** Which searches a probe runs in its rounds. */
    enum class Strategies {
        All,           ///< depth-first and cyclic best-first, in both directions
        BestFirstOnly, ///< cyclic best-first only (a second thread on the first one's question)
    };

    /** The memory for remembered states per search direction unless the caller gives less. */
    static constexpr std::size_t kMemoBytes = std::size_t(384) << 20;

    /**
     * The time limit counts from start (a second runner of the same solve shares the first's).
     * A stop request on `finished` (the solve's bounds met elsewhere) stops probes like a
     * cancel does.
     */
    ProbeRunner(const PreparedProblem &forward, const PreparedProblem *backward, const BalanceOptions &options,
                std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now(),
                std::size_t memoBytes = kMemoBytes, std::stop_token finished = {});

    /**
     * Found: solution() holds stations in forward order. With a positive stepBudget the probe
     * returns Aborted once about that many search steps are spent; asking the same question
     * again resumes with larger budgets where the last call stopped.
     */
    ProbeOutcome probe(Ticks cycle, int stations, std::int64_t stepBudget = 0,
                       Strategies strategies = Strategies::All);
    /** False when Strategies::BestFirstOnly has nothing left to run on this question. */
    bool bestFirstCanRun(Ticks cycle, int stations) const;
    const std::vector<PlacedStation> &solution() const { return mSolution; }

    /** True once the time limit has passed or cancellation (or `finished`) was requested. */
    bool stopRequested() const;
    double elapsedS() const;
    std::chrono::steady_clock::time_point started() const { return mStart; }
    std::int64_t steps() const;
    /** Reports bounds now (and remembers them for the periodic reports). */
    void report(std::int64_t lowerBound, std::int64_t upperBound);

private:
    bool poll();

    const PreparedProblem *mBackwardProblem;
    const BalanceOptions &mOptions;
    std::stop_token mFinished;
    std::unique_ptr<StationSearch> mForward;
    std::unique_ptr<StationSearch> mBackward;
    std::vector<PlacedStation> mSolution;
    std::chrono::steady_clock::time_point mStart;
    std::optional<std::chrono::steady_clock::time_point> mDeadline;
    std::chrono::steady_clock::time_point mLastReport;
    bool mHasReported = false;
    BalanceProgress mProgress;
    std::function<bool()> mPoll;
    // The question of the last probe and the budget round it reached.
    Ticks mCycle = -1;
    int mStations = -1;
    std::int64_t mRound = 0;
};

} // namespace taktflow::core::detail
