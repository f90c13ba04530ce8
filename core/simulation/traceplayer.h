// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/experiment.h"
#include "core/simulation/simresult.h"

#include <cstddef>
#include <vector>

namespace taktflow::core::simulation {

/** A vehicle on its way over one gap, with both ends of the trip known from the trace. */
struct ActiveTransport {
    int gap = 0;
    int vehicle = 0;
    int part = -1;
    double startS = 0.0;
    /** When the matching TransportEnd comes; the trace's end when it never comes. */
    double endS = 0.0;
    friend bool operator==(const ActiveTransport &, const ActiveTransport &) = default;
};

/** What the line looks like at one instant of a recorded replication. */
struct LineSnapshot {
    std::vector<StationState> stationStates;
    /** Parts waiting in each gap (TraceEvent::BufferContent). */
    std::vector<int> bufferContents;
    /** Parts inside each station (entered, not yet left). */
    std::vector<int> partsInStation;
    std::vector<ActiveTransport> transports;
    /** Parts that have left the last station so far. */
    int partsOut = 0;
    friend bool operator==(const LineSnapshot &, const LineSnapshot &) = default;
};

/**
 * Plays a Trace: the line's state at any time t. Seeking costs O(log n) for the binary search
 * plus at most kKeyframeInterval events replayed from the keyframe before t; moving forward
 * during playback applies only the events since the last time. State at t includes every
 * event with timeS <= t.
 */
class TracePlayer
{
public:
    static constexpr std::size_t kKeyframeInterval = 512;

    TracePlayer() = default;
    /** stations and gaps size the state; events naming other indices are ignored. */
    TracePlayer(Trace trace, int stations, int gaps);

    const Trace &trace() const { return mTrace; }
    double endS() const { return mTrace.endS; }
    double timeS() const { return mTimeS; }
    const LineSnapshot &state() const { return mState; }

    /** Moves to time t (clamped to [0, endS]), forward by replay, backward from a keyframe. */
    void seek(double timeS);

    /** Per gap: true when the trace moves parts over it by transporter. */
    const std::vector<bool> &gapsWithTransport() const { return mGapTransported; }

    /** Index of the first event after timeS (binary search). */
    std::size_t eventsUpTo(double timeS) const;

private:
    void apply(std::size_t eventIndex);

    Trace mTrace;
    /** For each TransportStart event, the time of its TransportEnd. */
    std::vector<double> mTransportEndS;
    std::vector<bool> mGapTransported;
    LineSnapshot mInitial;
    /** mKeyframes[k]: the state after the first k * kKeyframeInterval events. */
    std::vector<LineSnapshot> mKeyframes;
    LineSnapshot mState;
    /** Events applied to mState. */
    std::size_t mApplied = 0;
    double mTimeS = 0.0;
};

} // namespace taktflow::core::simulation
