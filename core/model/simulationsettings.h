// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace taktflow::core {

/**
 * A random duration in seconds, as the simulation samples it. Which fields count depends on the
 * kind: deterministic uses meanS as its value; exponential meanS; normal (truncated at 0) and
 * lognormal meanS and sdS; triangular minS, modeS, maxS; uniform minS, maxS; empirical samplesS.
 */
struct TimeDistribution {
    enum class Kind { Deterministic, Exponential, Normal, Lognormal, Triangular, Uniform, Empirical };
    Kind kind = Kind::Deterministic;
    double meanS = 0.0;
    double sdS = 0.0;
    double minS = 0.0;
    double modeS = 0.0;
    double maxS = 0.0;
    std::vector<double> samplesS;

    static TimeDistribution deterministic(double valueS);
    static TimeDistribution exponential(double meanS);
    static TimeDistribution normal(double meanS, double sdS);
    static TimeDistribution lognormal(double meanS, double sdS);
    static TimeDistribution triangular(double minS, double modeS, double maxS);
    static TimeDistribution uniform(double minS, double maxS);
    static TimeDistribution empirical(std::vector<double> samplesS);

    friend bool operator==(const TimeDistribution &, const TimeDistribution &) = default;
};

/** "deterministic", "exponential", ... as the line model JSON and the project file spell them. */
QString distributionKindName(TimeDistribution::Kind kind);
std::optional<TimeDistribution::Kind> distributionKindFromName(const QString &name);

/** How a station breaks down. Times between failures count operating (busy) time only. */
struct FailureSpec {
    enum class Mode { None, OperatingTime, Operations };
    Mode mode = Mode::None;
    /** Operating time between failures (Mode::OperatingTime); exponential by default. */
    TimeDistribution timeBetweenFailures = TimeDistribution::exponential(0.0);
    /** Completed operations between failures (Mode::Operations). */
    int operationsBetweenFailures = 0;
    /** Time to repair; exponential by default. A part in process resumes after the repair. */
    TimeDistribution repair = TimeDistribution::exponential(0.0);

    friend bool operator==(const FailureSpec &, const FailureSpec &) = default;
};

/** Simulation settings of one station (by its 0-based position in the line's assignment). */
struct StationSimSettings {
    /** Parallel servers; 0: the station's replicas. */
    int servers = 0;
    /** Replaces the sum of the station's task times when set. */
    std::optional<TimeDistribution> processTime;
    FailureSpec failure;
    /** Changeover time when the model changes between two parts; no value: no setup. */
    std::optional<TimeDistribution> setup;

    friend bool operator==(const StationSimSettings &, const StationSimSettings &) = default;
};

/** Where parts come from. */
struct SourceSpec {
    enum class Kind { Saturated, AtTakt, Interarrival };
    Kind kind = Kind::Saturated;
    /** Kind::Interarrival only. */
    TimeDistribution interarrival = TimeDistribution::exponential(0.0);
    /** Mixed-model release: false = the repeating sequence below (empty: derived from the mix). */
    bool randomMix = false;
    /** Model ids in release order, repeated. */
    QStringList modelSequence;

    friend bool operator==(const SourceSpec &, const SourceSpec &) = default;
};

/** How long and how often to simulate. */
struct SimulationRunSettings {
    /** Simulated seconds per replication after the warm-up; 0: one shift of the line's calendar. */
    double durationS = 0.0;
    double warmupS = 0.0;
    int replications = 10;
    std::uint64_t seed = 1;
    /** Follow the line's shift calendar (breaks, off-shift) when the line uses one. */
    bool followCalendar = true;

    friend bool operator==(const SimulationRunSettings &, const SimulationRunSettings &) = default;
};

/**
 * Everything the simulation of one production line needs beyond the line itself; saved in the
 * project per variant and line. Anything left at its default means "as balanced": deterministic
 * task times, no failures, no setups, buffers of 1.
 */
struct SimulationParameters {
    /** Task time distributions by task id; a missing task runs deterministically at its time.
     *  In a mixed-model line the distribution is scaled by the model's time over the task's
     *  base time, so the spread keeps its coefficient of variation. */
    std::map<QString, TimeDistribution> taskTimes;
    /** By station position; shorter than the station list: defaults for the rest. */
    std::vector<StationSimSettings> stations;
    /** Capacity per gap between station i and i+1 (parts waiting, not in process);
     *  no value = unlimited, 0 = direct hand-off. Shorter than the gaps: 1 for the rest. */
    std::vector<std::optional<int>> buffers;
    SourceSpec source;
    SimulationRunSettings run;
    /** Vehicles per transport means id (forklifts, AGVs ...); missing: 1. */
    std::map<QString, int> transporterCounts;
    /** Move the line's flows by the variant's transporters over the aisle network. */
    bool simulateTransport = true;

    friend bool operator==(const SimulationParameters &, const SimulationParameters &) = default;
};

/** The figures of the last simulation run of a line, kept for Compare and the report. */
struct SimulationSummary {
    /** The parameters the run used, and a fingerprint of the line and layout it ran on; a
     *  different fingerprint today means the result is stale. */
    SimulationParameters parameters;
    QString inputFingerprint;
    QString ranAtUtc;
    int replications = 0;
    double simulatedS = 0.0;
    double throughputPerHourMean = 0.0;
    double throughputPerHourLow = 0.0;
    double throughputPerHourHigh = 0.0;
    double outputUnitsMean = 0.0;
    double wipMean = 0.0;
    double leadTimeMeanS = 0.0;
    double leadTimeP95S = 0.0;
    QString bottleneck;
    /** Per station: working, starved, blocked, failed, setup, paused shares (each sums to 1). */
    struct StationShares {
        QString name;
        double working = 0.0, starved = 0.0, blocked = 0.0, failed = 0.0, setup = 0.0, paused = 0.0;
        double bottleneckShare = 0.0;
        friend bool operator==(const StationShares &, const StationShares &) = default;
    };
    std::vector<StationShares> stations;

    friend bool operator==(const SimulationSummary &, const SimulationSummary &) = default;
};

} // namespace taktflow::core
