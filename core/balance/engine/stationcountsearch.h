// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/engine/proberunner.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <stop_token>

namespace taktflow::core::detail {

/** Where a SALBP-1 solve stands: the proven bound, the best line and whether it is optimal. */
struct StationCountState {
    int lower = 0;
    /** Stations of `best`; -1 while there is no line. */
    int upper = -1;
    std::optional<std::vector<PlacedStation>> best;
    bool proven = false;
};

/**
 * The bounds and best line that the threads of one solve share. Offering a line or a bound
 * that meets the other bound requests a stop on finishedToken(), which the solve's probe
 * runners watch. The progress hook merges what each thread knows and serialises the calls.
 */
class SharedStationBounds
{
public:
    /** No line and no bound yet: the solve offers its first ones with offerLine() and raiseLower(). */
    explicit SharedStationBounds(std::function<void(const BalanceProgress &)> progress);

    int lower() const { return mLower.load(); }
    int upper() const { return mUpper.load(); }
    /** Takes `line` when it has fewer stations than the best one; true if it did. */
    bool offerLine(std::vector<PlacedStation> line, double elapsedS);
    /** Raises the proven lower bound to `bound`. */
    void raiseLower(int bound, double elapsedS);
    std::stop_token finishedToken() const { return mFinished.get_token(); }
    StationCountState state() const;
    /** A progress hook for a runner: its bounds count too, the merged ones are reported. */
    std::function<void(const BalanceProgress &)> progressHook();

private:
    void reportLocked(double elapsedS);
    void finishIfMetLocked();

    mutable std::mutex mMutex;
    std::atomic<int> mLower;
    std::atomic<int> mUpper;
    std::optional<std::vector<PlacedStation>> mBest;
    std::function<void(const BalanceProgress &)> mProgress;
    std::stop_source mFinished;
};

/**
 * Raises the lower bound by exact probes ("are `lower` stations enough?") until a line with
 * that many stations turns up or the runner stops; `ceiling` ends the probes while there is
 * no line at all. The sequential SALBP-1 search.
 */
StationCountState searchUpwards(ProbeRunner &runner, Ticks cycle, StationCountState state, int ceiling);

/** What a line-finding heuristic made of "can `stations` stations hold the line?". */
struct FewerStationsAnswer {
    std::optional<std::vector<PlacedStation>> line; ///< yes, here is one
    bool refuted = false;                           ///< no, proven
};

/**
 * A heuristic the helper thread asks for a line with at most `stations` stations, starting from
 * the best line so far (`best`, more stations), for at most timeLimitS seconds or until `stop`
 * (see stationreduction.h).
 */
using FewerStationsHeuristic = std::function<FewerStationsAnswer(const std::vector<PlacedStation> &best, int stations,
                                                                 double timeLimitS, std::stop_token stop)>;

/**
 * The SALBP-1 search on two threads, for a solve that has a line: `upwards` raises the lower
 * bound as searchUpwards() does, on the calling thread, reading the upper bound from `shared`;
 * a helper thread improves the best line. On plain lines it first runs fullest-station passes,
 * then alternates `fewerStations` (when given) with exact probes of one station fewer than the
 * best line, both with doubling budgets. When the two questions coincide (the bounds one apart)
 * its exact probes are only the cyclic best-first search, which finds tight lines the
 * depth-first dive misses. Returns when the bounds meet or both threads stop.
 */
StationCountState searchFromBothEnds(ProbeRunner &upwards, const PreparedProblem &forward,
                                     const PreparedProblem *backward, const BalanceOptions &options, Ticks cycle,
                                     SharedStationBounds &shared, const FewerStationsHeuristic &fewerStations = {});

} // namespace taktflow::core::detail
