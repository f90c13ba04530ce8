// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace taktflow::core::simulation {

/** The state a station shows in the animation and the charts: with several servers the most
 *  significant over them (paused > failed > setup > working > blocked > starved). */
enum class StationState : std::uint8_t { Starved, Working, Blocked, Failed, Setup, Paused };
inline constexpr int kStationStateCount = 6;

/** A mean over replications with its 95 % confidence interval (Student t). */
struct Estimate {
    double mean = 0.0;
    double low = 0.0;
    double high = 0.0;
};

/** Shares of one station's time after the warm-up; they sum to 1 (averaged over servers). */
struct StationStates {
    QString name;
    double working = 0.0;
    double starved = 0.0;
    double blocked = 0.0;
    double failed = 0.0;
    double setup = 0.0;
    double paused = 0.0;
    /** Share of time this station was the (sole or shifting) bottleneck, active-period method. */
    double bottleneckShare = 0.0;
    double soleBottleneckShare = 0.0;
    double shiftingBottleneckShare = 0.0;
};

struct BufferStats {
    QString name;
    /** -1: unlimited. */
    int capacity = 0;
    double meanContent = 0.0;
    int maxContent = 0;
};

struct TransporterStats {
    QString name;
    /** Share of vehicle time spent travelling (loaded or empty). */
    double utilisation = 0.0;
    /** Share of vehicle time spent travelling empty. */
    double emptyTravelShare = 0.0;
    double emptyTravelM = 0.0;
    double loadedTravelM = 0.0;
    double trips = 0.0;
};

/** One point of a time series, sampled after the end of each interval of the run. */
struct TimePoint {
    double timeS = 0.0;
    /** Parts out over the last interval, per hour. */
    double throughputPerHour = 0.0;
    double wip = 0.0;
    /** Content of every buffer at timeS. */
    std::vector<int> bufferContents;
};

/** One replication's figures (statistics only after the warm-up). */
struct ReplicationResult {
    double throughputPerHour = 0.0;
    double outputUnits = 0.0;
    double wipMean = 0.0;
    double leadTimeMeanS = 0.0;
    double leadTimeP95S = 0.0;
    std::vector<StationStates> stations;
    std::vector<BufferStats> buffers;
    std::vector<TransporterStats> transporters;
    /** Index of the station with the largest bottleneck share; -1 if none. */
    int bottleneck = -1;
    /** Events processed in the whole run, warm-up included. */
    std::uint64_t events = 0;
    /** Operations completed by all stations in the whole run, warm-up included. */
    std::uint64_t operations = 0;
    /** Whole run including the warm-up; only filled when the experiment asks for it. */
    std::vector<TimePoint> series;
};

/** Over all replications. Shares and contents are means over replications. */
struct ExperimentResult {
    Estimate throughputPerHour;
    Estimate outputUnits;
    Estimate wipMean;
    Estimate leadTimeMeanS;
    /** Mean over replications of each replication's 95th percentile. */
    double leadTimeP95S = 0.0;
    std::vector<StationStates> stations;
    std::vector<BufferStats> buffers;
    std::vector<TransporterStats> transporters;
    int bottleneck = -1;
    QString bottleneckName;
    int replications = 0;
    /** After the warm-up, per replication. */
    double simulatedS = 0.0;
    double warmupS = 0.0;
    std::uint64_t events = 0;
    /** Summed over replications, warm-up included. */
    std::uint64_t operations = 0;
    double wallSeconds = 0.0;
    /** The first replication's series (for charts and the animation's overview). */
    std::vector<TimePoint> series;
    bool cancelled = false;
    bool timedOut = false;
    /** A replication had more than kMaxWipParts parts in the line at once: the line cannot
     *  keep up with its releases, and the figures mean nothing (none are given). */
    bool wipLimitReached = false;
};

} // namespace taktflow::core::simulation
