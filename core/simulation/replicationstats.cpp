// SPDX-License-Identifier: GPL-3.0-or-later
// What the replication kernel measures: time-weighted contents, state shares, the series and
// the trace. Integrals of contents run on wall time (parts stay in the line through a pause);
// station states run on working time, and the pauses are added as their own share.
#include "core/simulation/replication.h"

#include <algorithm>

namespace taktflow::core::simulation {

void Replication::changeWip(int delta)
{
    if (mMeasuring) {
        const double w = wallNow();
        if (w > mWipLastWallS) {
            mWipIntegral += mWip * (w - mWipLastWallS);
            mWipLastWallS = w;
        }
    }
    mWip += delta;
}

void Replication::changeContent(int gapIndex, int delta)
{
    Gap &gap = mGaps[static_cast<std::size_t>(gapIndex)];
    if (mMeasuring) {
        const double w = wallNow();
        if (w > gap.lastWallS) {
            gap.contentIntegral += gap.content * (w - gap.lastWallS);
            gap.lastWallS = w;
        }
    }
    gap.content += delta;
    if (mMeasuring)
        gap.maxContent = std::max(gap.maxContent, gap.content);
    if (mWindow.trace)
        record(TraceEvent::Kind::BufferContent, gapIndex, gap.content);
}

void Replication::startMeasuring()
{
    mMeasuring = true;
    for (Server &sv : mServers) {
        std::fill(std::begin(sv.stateS), std::end(sv.stateS), 0.0);
        sv.sinceS = mNowS;
    }
    // The warm-up may end inside a pause: integrals start at its wall time, not at the pause.
    mWipIntegral = 0.0;
    mWipLastWallS = mWindow.warmupS;
    for (Gap &gap : mGaps) {
        gap.contentIntegral = 0.0;
        gap.lastWallS = mWindow.warmupS;
        gap.maxContent = gap.content;
    }
    for (Transporter &t : mTransporters) {
        t.stats.trips = 0.0;
        t.stats.emptyTravelM = 0.0;
        t.stats.loadedTravelM = 0.0;
    }
    mOutput = 0;
    mLeadTimeSumS = 0.0;
    mLeadTimeP95.reset();
}

void Replication::sampleSeries()
{
    ++mSeriesDone;
    const double interval = mWindow.seriesIntervalS;
    TimePoint point;
    point.timeS = mSeriesDone * interval;
    point.throughputPerHour = static_cast<double>(mExitsTotal - mExitsAtLastSample) / interval * 3600.0;
    point.wip = mWip;
    point.bufferContents.reserve(mGaps.size());
    for (const Gap &gap : mGaps)
        point.bufferContents.push_back(gap.content);
    mSeries.push_back(std::move(point));
    mExitsAtLastSample = mExitsTotal;
    const double next = (mSeriesDone + 1) * interval;
    // The point at the very end is taken by collect(): the end event comes first at that time.
    if (next < mWindow.warmupS + mWindow.durationS)
        mQueue.push(mClock.workingAt(next), eventPayload(kControl, kSeries));
}

void Replication::recordAt(double wallS, TraceEvent::Kind kind, int index, int value, int part)
{
    Trace &trace = *mWindow.trace;
    if (trace.events.size() >= mWindow.maxTraceEvents) {
        trace.truncated = true;
        return;
    }
    trace.events.push_back({wallS, kind, index, value, part});
}

void Replication::recordStationShown(int station)
{
    Station &st = mStations[static_cast<std::size_t>(station)];
    // The most significant state over the servers: failed > setup > working > blocked > starved.
    static constexpr StationState order[] = {StationState::Failed, StationState::Setup, StationState::Working,
                                             StationState::Blocked, StationState::Starved};
    StationState shown = StationState::Starved;
    for (StationState s : order) {
        if (st.stateCount[static_cast<int>(s)] > 0) {
            shown = s;
            break;
        }
    }
    if (shown == st.shown)
        return;
    st.shown = shown;
    record(TraceEvent::Kind::StationState, station, static_cast<int>(shown));
}

void Replication::recordPause()
{
    const auto pause = mClock.nextPause(wallNow());
    if (!pause)
        return;
    for (std::size_t s = 0; s < mStations.size(); ++s) {
        recordAt(pause->first, TraceEvent::Kind::StationState, static_cast<int>(s), static_cast<int>(StationState::Paused));
        recordAt(pause->second, TraceEvent::Kind::StationState, static_cast<int>(s), static_cast<int>(mStations[s].shown));
    }
    if (const auto next = mClock.nextPause(pause->second))
        mQueue.push(mClock.workingAt(next->first), eventPayload(kControl, kPause));
}

ReplicationResult Replication::collect()
{
    ReplicationResult r;
    r.events = mEvents;
    r.operations = mOperations;
    if (mOutcome != Outcome::Finished)
        return r;
    const double endWallS = mWindow.warmupS + mWindow.durationS;
    const double durationS = mWindow.durationS;
    for (Server &sv : mServers) {
        sv.stateS[static_cast<int>(sv.state)] += mEndWorkS - sv.sinceS;
        sv.sinceS = mEndWorkS;
    }
    if (endWallS > mWipLastWallS)
        mWipIntegral += mWip * (endWallS - mWipLastWallS);
    for (Gap &gap : mGaps) {
        if (endWallS > gap.lastWallS)
            gap.contentIntegral += gap.content * (endWallS - gap.lastWallS);
        if (gap.conveyor && !gap.onConveyor.empty()) {
            mTransporters[static_cast<std::size_t>(gap.transporter)].busyS
                += std::max(0.0, mEndWorkS - std::max(gap.conveyorBusySinceS, mWarmupWorkS));
        }
    }
    mBottleneck->finish(mEndWorkS);
    if (mWindow.seriesIntervalS > 0.0 && (mSeriesDone + 1) * mWindow.seriesIntervalS <= endWallS)
        sampleSeries();

    r.outputUnits = static_cast<double>(mOutput);
    r.throughputPerHour = r.outputUnits / durationS * 3600.0;
    r.wipMean = mWipIntegral / durationS;
    r.leadTimeMeanS = mOutput > 0 ? mLeadTimeSumS / r.outputUnits : 0.0;
    r.leadTimeP95S = mLeadTimeP95.value();
    const double pausedShare = mClock.pausedWithin(mWindow.warmupS, endWallS) / durationS;
    double bestShare = 0.0;
    for (std::size_t s = 0; s < mStations.size(); ++s) {
        const Station &st = mStations[s];
        double times[kStationStateCount] = {};
        for (int k = 0; k < st.servers; ++k) {
            const Server &sv = mServers[static_cast<std::size_t>(st.firstServer + k)];
            for (int i = 0; i < kStationStateCount; ++i)
                times[i] += sv.stateS[i];
        }
        const double scale = 1.0 / (st.servers * durationS);
        StationStates out;
        out.name = mModel.stations[s].name;
        out.working = times[static_cast<int>(StationState::Working)] * scale;
        out.starved = times[static_cast<int>(StationState::Starved)] * scale;
        out.blocked = times[static_cast<int>(StationState::Blocked)] * scale;
        out.failed = times[static_cast<int>(StationState::Failed)] * scale;
        out.setup = times[static_cast<int>(StationState::Setup)] * scale;
        out.paused = pausedShare;
        out.soleBottleneckShare = mBottleneck->soleS(static_cast<int>(s)) / durationS;
        out.shiftingBottleneckShare = mBottleneck->shiftingS(static_cast<int>(s)) / durationS;
        out.bottleneckShare = out.soleBottleneckShare + out.shiftingBottleneckShare;
        if (out.bottleneckShare > bestShare) {
            bestShare = out.bottleneckShare;
            r.bottleneck = static_cast<int>(s);
        }
        r.stations.push_back(out);
    }
    for (std::size_t g = 0; g < mGaps.size(); ++g) {
        const Gap &gap = mGaps[g];
        BufferStats b;
        b.name = mModel.stations[g].name + QLatin1Char('-') + mModel.stations[g + 1].name;
        b.capacity = gap.capacity;
        b.meanContent = gap.contentIntegral / durationS;
        b.maxContent = gap.maxContent;
        r.buffers.push_back(b);
    }
    for (std::size_t t = 0; t < mTransporters.size(); ++t) {
        const Transporter &tr = mTransporters[t];
        TransporterStats s = tr.stats;
        if (tr.conveyor) {
            const double lanes = std::max<double>(1.0, static_cast<double>(tr.gaps.size()));
            s.utilisation = tr.busyS / (lanes * durationS);
        } else {
            const double vehicles = std::max<double>(1.0, static_cast<double>(tr.vehicles.size()));
            s.utilisation = tr.travelS / (vehicles * durationS);
            s.emptyTravelShare = tr.emptyS / (vehicles * durationS);
        }
        r.transporters.push_back(s);
    }
    r.series = std::move(mSeries);
    return r;
}

} // namespace taktflow::core::simulation
