// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/traceplayer.h"

#include <algorithm>
#include <map>
#include <utility>

namespace taktflow::core::simulation {

TracePlayer::TracePlayer(Trace trace, int stations, int gaps)
    : mTrace(std::move(trace))
{
    mInitial.stationStates.assign(std::size_t(std::max(stations, 0)), StationState::Starved);
    mInitial.bufferContents.assign(std::size_t(std::max(gaps, 0)), 0);
    mInitial.partsInStation.assign(std::size_t(std::max(stations, 0)), 0);

    // Pair every trip's start with its end once, so that a vehicle's position in the middle of a
    // trip is known without looking ahead during playback.
    const auto &events = mTrace.events;
    mTransportEndS.assign(events.size(), mTrace.endS);
    mGapTransported.assign(std::size_t(std::max(gaps, 0)), false);
    std::map<std::pair<int, int>, std::size_t> open;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const TraceEvent &e = events[i];
        if (e.kind == TraceEvent::Kind::TransportStart) {
            open[{e.index, e.value}] = i;
            if (e.index >= 0 && e.index < gaps)
                mGapTransported[std::size_t(e.index)] = true;
        } else if (e.kind == TraceEvent::Kind::TransportEnd) {
            if (auto it = open.find({e.index, e.value}); it != open.end()) {
                mTransportEndS[it->second] = e.timeS;
                open.erase(it);
            }
        }
    }

    mState = mInitial;
    mKeyframes.reserve(events.size() / kKeyframeInterval + 1);
    mKeyframes.push_back(mState);
    for (std::size_t i = 0; i < events.size(); ++i) {
        apply(i);
        if ((i + 1) % kKeyframeInterval == 0)
            mKeyframes.push_back(mState);
    }
    mApplied = events.size();
    mTimeS = mTrace.endS;
    seek(0.0);
}

std::size_t TracePlayer::eventsUpTo(double timeS) const
{
    const auto &events = mTrace.events;
    const auto it = std::upper_bound(events.begin(), events.end(), timeS,
                                     [](double t, const TraceEvent &e) { return t < e.timeS; });
    return std::size_t(it - events.begin());
}

void TracePlayer::seek(double timeS)
{
    timeS = std::clamp(timeS, 0.0, std::max(mTrace.endS, 0.0));
    const std::size_t target = eventsUpTo(timeS);
    // Forward within the next keyframe's reach: replay from where we are; else restart from the
    // nearest keyframe at or before the target.
    const std::size_t keyframe = target / kKeyframeInterval;
    if (target < mApplied || keyframe * kKeyframeInterval > mApplied) {
        mState = mKeyframes[std::min(keyframe, mKeyframes.size() - 1)];
        mApplied = std::min(keyframe, mKeyframes.size() - 1) * kKeyframeInterval;
    }
    for (; mApplied < target; ++mApplied)
        apply(mApplied);
    mTimeS = timeS;
}

void TracePlayer::apply(std::size_t eventIndex)
{
    const TraceEvent &e = mTrace.events[eventIndex];
    const auto stations = int(mState.stationStates.size());
    const auto gaps = int(mState.bufferContents.size());
    switch (e.kind) {
    case TraceEvent::Kind::StationState:
        if (e.index >= 0 && e.index < stations && e.value >= 0 && e.value < kStationStateCount)
            mState.stationStates[std::size_t(e.index)] = StationState(e.value);
        break;
    case TraceEvent::Kind::BufferContent:
        if (e.index >= 0 && e.index < gaps)
            mState.bufferContents[std::size_t(e.index)] = e.value;
        break;
    case TraceEvent::Kind::PartEnter:
        if (e.index >= 0 && e.index < stations)
            ++mState.partsInStation[std::size_t(e.index)];
        break;
    case TraceEvent::Kind::PartLeave:
        if (e.index >= 0 && e.index < stations) {
            auto &count = mState.partsInStation[std::size_t(e.index)];
            count = std::max(count - 1, 0);
            if (e.index == stations - 1)
                ++mState.partsOut;
        }
        break;
    case TraceEvent::Kind::TransportStart:
        if (e.index >= 0 && e.index < gaps)
            mState.transports.push_back({e.index, e.value, e.part, e.timeS, mTransportEndS[eventIndex]});
        break;
    case TraceEvent::Kind::TransportEnd:
        std::erase_if(mState.transports, [&e](const ActiveTransport &t) {
            return t.gap == e.index && t.vehicle == e.value;
        });
        break;
    }
}

} // namespace taktflow::core::simulation
