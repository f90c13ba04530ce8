// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/simulationsettings.h"

#include <QString>

#include <optional>
#include <vector>

namespace taktflow::core::simulation {

/**
 * The line as the engine runs it: every figure resolved (no defaults left, no project ids), so
 * that a model read from a line model .json and one built from a project run the same code.
 * All times in seconds, distances in metres, speeds in metres per second.
 */
struct SimStation {
    QString name;
    int servers = 1;
    /** Per product model (index into SimModel::modelNames): the times whose samples add up to
     *  one part's process time (a station's tasks; a single entry for a station with one time).
     *  One entry per model; an empty list is a zero time. */
    std::vector<std::vector<TimeDistribution>> taskTimesByModel;
    FailureSpec failure;
    /** Changeover when the model differs from the previous part's at this server. */
    std::optional<TimeDistribution> setup;
};

/** Vehicles that move parts over one or more gaps. */
struct SimTransporter {
    QString name;
    int count = 1;
    double speedMps = 1.0;
    /** Parts per trip. */
    int capacityUnits = 1;
    /** A conveyor has no vehicles to wait for: each part travels distance / speed. */
    bool conveyor = false;
};

/** How the parts of one gap travel; transporter -1: hand-off without transport. */
struct SimTransportLeg {
    int transporter = -1;
    /** Loaded distance from the upstream to the downstream station along the aisles. */
    double distanceM = 0.0;
};

/** Planned pauses of the whole line, repeated every periodS: breaks and off-shift time. */
struct SimCalendar {
    double periodS = 0.0;
    /** [startS, endS) within one period, sorted and disjoint. */
    std::vector<std::pair<double, double>> pausesS;
};

struct SimSource {
    SourceSpec::Kind kind = SourceSpec::Kind::Saturated;
    /** Kind::AtTakt: release every taktS. */
    double taktS = 0.0;
    TimeDistribution interarrival = TimeDistribution::exponential(1.0);
    /** Model indices in release order, repeated; empty with one model. */
    std::vector<int> modelSequence;
    /** Kind of mixed release: random by modelShares instead of the sequence. */
    bool randomMix = false;
    std::vector<double> modelShares;
};

struct SimModel {
    std::vector<QString> modelNames{QStringLiteral("default")};
    SimSource source;
    std::vector<SimStation> stations;
    /** One per gap (stations - 1): no value = unlimited, 0 = direct hand-off. */
    std::vector<std::optional<int>> buffers;
    /** Empty, or one per gap. */
    std::vector<SimTransportLeg> legs;
    std::vector<SimTransporter> transporters;
    /** Station-to-station distances for the empty trips of shared vehicles; empty when there
     *  is no transport (n x n otherwise). */
    std::vector<std::vector<double>> stationDistanceM;
    /** No value: the line never pauses. */
    std::optional<SimCalendar> calendar;
    /** Demand rate for the verdict "makes its output", units per hour; 0: unknown. */
    double demandPerHour = 0.0;
};

/** Largest number of servers (summed over stations), and of vehicles, that a model may have. */
inline constexpr int kMaxServers = 1'000'000;

/** The first problem of a model that the engine cannot run, or an empty string. */
QString modelProblem(const SimModel &model);

} // namespace taktflow::core::simulation
