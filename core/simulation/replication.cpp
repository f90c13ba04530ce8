// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/replication.h"

#include <cassert>

namespace taktflow::core::simulation {

namespace {

bool isActive(StationState s)
{
    return s == StationState::Working || s == StationState::Setup || s == StationState::Failed;
}

// Stop checks read a clock; every 4,096 events is well under a millisecond of work.
constexpr std::uint64_t kStopCheckMask = 4095;

} // namespace

Replication::Replication(const SimModel &model, std::uint64_t seed, int replication)
    : mModel(model)
    , mClock(model.calendar)
{
    const auto rep = static_cast<std::uint64_t>(replication);
    const auto stream = [&](StreamKind kind, std::size_t station = 0, int server = 0) {
        return RandomStream(streamSeed(seed, rep, streamId(kind, station, static_cast<std::uint64_t>(server))));
    };
    mArrivalRandom = stream(StreamKind::Arrivals);
    mMixRandom = stream(StreamKind::ModelMix);
    if (model.source.kind == SourceSpec::Kind::Interarrival)
        mInterarrival.emplace(model.source.interarrival);
    if (model.source.randomMix)
        mMix = std::discrete_distribution<int>(model.source.modelShares.begin(), model.source.modelShares.end());

    mStations.resize(model.stations.size());
    for (std::size_t s = 0; s < model.stations.size(); ++s) {
        const SimStation &in = model.stations[s];
        Station &st = mStations[s];
        st.firstServer = static_cast<int>(mServers.size());
        st.servers = in.servers;
        for (const std::vector<TimeDistribution> &times : in.taskTimesByModel)
            st.process.emplace_back(times);
        if (in.setup)
            st.setup.emplace(*in.setup);
        st.failureMode = in.failure.mode;
        if (in.failure.mode == FailureSpec::Mode::OperatingTime)
            st.timeToFailure.emplace(in.failure.timeBetweenFailures);
        if (in.failure.mode != FailureSpec::Mode::None)
            st.repair.emplace(in.failure.repair);
        st.operationsBetweenFailures = in.failure.operationsBetweenFailures;
        st.processRandom = stream(StreamKind::Process, s);
        st.setupRandom = stream(StreamKind::Setup, s);
        st.stateCount[static_cast<int>(StationState::Starved)] = in.servers;
        for (int k = 0; k < in.servers; ++k) {
            Server sv;
            sv.station = static_cast<int>(s);
            sv.failureRandom = stream(StreamKind::TimeToFailure, s, k);
            sv.repairRandom = stream(StreamKind::Repair, s, k);
            sv.operationsLeft = st.operationsBetweenFailures;
            if (st.timeToFailure)
                sv.timeToFailureS = st.timeToFailure->sample(sv.failureRandom);
            mServers.push_back(sv);
        }
        // Idle servers are taken from the back: server 0 first.
        for (int k = in.servers - 1; k >= 0; --k)
            st.idle.push_back(st.firstServer + k);
    }

    mTransporters.resize(model.transporters.size());
    for (std::size_t t = 0; t < model.transporters.size(); ++t) {
        const SimTransporter &in = model.transporters[t];
        Transporter &tr = mTransporters[t];
        tr.capacity = in.capacityUnits;
        tr.speedMps = in.speedMps;
        tr.conveyor = in.conveyor;
        tr.stats.name = in.name;
    }
    mGaps.resize(model.buffers.size());
    for (std::size_t g = 0; g < mGaps.size(); ++g) {
        Gap &gap = mGaps[g];
        gap.capacity = model.buffers[g] ? *model.buffers[g] : -1;
        gap.limit = gap.capacity;
        if (g < model.legs.size() && model.legs[g].transporter >= 0) {
            const SimTransportLeg &leg = model.legs[g];
            Transporter &tr = mTransporters[static_cast<std::size_t>(leg.transporter)];
            gap.transporter = leg.transporter;
            gap.conveyor = tr.conveyor;
            gap.distanceM = leg.distanceM;
            gap.travelS = leg.distanceM / tr.speedMps;
            // A part must fit on the way even where the buffer is a direct hand-off.
            if (gap.limit >= 0 && gap.limit < 1)
                gap.limit = 1;
            tr.gaps.push_back(static_cast<int>(g));
        }
    }
    for (std::size_t t = 0; t < mTransporters.size(); ++t) {
        Transporter &tr = mTransporters[t];
        if (tr.conveyor || tr.gaps.empty())
            continue;
        for (int v = 0; v < model.transporters[t].count; ++v) {
            Vehicle vehicle;
            vehicle.transporter = static_cast<int>(t);
            vehicle.number = v;
            vehicle.location = tr.gaps.front();
            vehicle.cargo.reserve(static_cast<std::size_t>(tr.capacity));
            tr.vehicles.push_back(static_cast<int>(mVehicles.size()));
            mVehicles.push_back(std::move(vehicle));
        }
    }
    mQueue.reserve(mServers.size() + mVehicles.size() + mGaps.size() + 8);
}

ReplicationResult Replication::run(const RunWindow &window, const StopSignal &stop)
{
    mWindow = window;
    mStop = stop;
    mWarmupWorkS = mClock.workingAt(window.warmupS);
    mEndWorkS = mClock.workingAt(window.warmupS + window.durationS);
    mBottleneck.emplace(static_cast<int>(mStations.size()), mWarmupWorkS, mEndWorkS);
    mMeasuring = window.warmupS <= 0.0;

    // Control events first, so that at equal times the warm-up ends before anything else happens
    // and the run ends before anything else happens.
    if (!mMeasuring)
        mQueue.push(mWarmupWorkS, eventPayload(kControl, kWarmup));
    mQueue.push(mEndWorkS, eventPayload(kControl, kEnd));
    if (window.seriesIntervalS > 0.0 && window.seriesIntervalS < window.warmupS + window.durationS)
        mQueue.push(mClock.workingAt(window.seriesIntervalS), eventPayload(kControl, kSeries));
    if (window.trace && mClock.pauses()) {
        if (const auto pause = mClock.nextPause(0.0))
            mQueue.push(mClock.workingAt(pause->first), eventPayload(kControl, kPause));
    }
    if (window.trace) {
        for (std::size_t s = 0; s < mStations.size(); ++s)
            record(TraceEvent::Kind::StationState, static_cast<int>(s), static_cast<int>(StationState::Starved));
        for (std::size_t g = 0; g < mGaps.size(); ++g)
            record(TraceEvent::Kind::BufferContent, static_cast<int>(g), 0);
    }

    if (mModel.source.kind == SourceSpec::Kind::Saturated) {
        for (int k = 0; k < mStations.front().servers; ++k) {
            const int server = mStations.front().idle.back();
            mStations.front().idle.pop_back();
            takeInput(server);
        }
    } else if (mModel.source.kind == SourceSpec::Kind::AtTakt) {
        mQueue.push(0.0, eventPayload(kRelease, 0));
    } else {
        mQueue.push(mInterarrival->sample(mArrivalRandom), eventPayload(kRelease, 0));
    }

    while (!mQueue.empty()) {
        const EventQueue::Entry e = mQueue.takeTop();
        mNowS = e.timeS;
        ++mEvents;
        if ((mEvents & kStopCheckMask) == 0 && stopRequested())
            break;
        const std::uint32_t p = e.payload();
        if (p == eventPayload(kControl, kEnd))
            break;
        processEvent(p);
        mQueue.finishTake();
    }
    return collect();
}

bool Replication::stopRequested()
{
    if (mStop.cancel && mStop.cancel->load(std::memory_order_relaxed)) {
        mOutcome = Outcome::Cancelled;
        return true;
    }
    if (mStop.deadline && std::chrono::steady_clock::now() >= *mStop.deadline) {
        mOutcome = Outcome::TimedOut;
        return true;
    }
    // mParts only grows to the most parts alive at once, so its size is the WIP's high-water mark.
    if (mParts.size() > kMaxWipParts) {
        mOutcome = Outcome::WipLimit;
        return true;
    }
    return false;
}

void Replication::processEvent(std::uint32_t p)
{
    const auto index = static_cast<int>(p & ((1u << kIndexBits) - 1));
    switch (p >> kIndexBits) {
    case kServer: onServerTimer(index); break;
    case kRelease: release(); break;
    case kVehicle: onVehicleArrival(index); break;
    case kConveyor: onConveyorArrival(index); break;
    case kControl:
        if (index == kWarmup)
            startMeasuring();
        else if (index == kSeries)
            sampleSeries();
        else if (index == kPause)
            recordPause();
        break;
    default: assert(false); break;
    }
}

void Replication::setState(Server &server, StationState state)
{
    const StationState old = server.state;
    if (old == state)
        return;
    server.stateS[static_cast<int>(old)] += mNowS - server.sinceS;
    server.sinceS = mNowS;
    server.state = state;
    Station &st = mStations[static_cast<std::size_t>(server.station)];
    --st.stateCount[static_cast<int>(old)];
    ++st.stateCount[static_cast<int>(state)];
    const bool wasActive = isActive(old);
    const bool active = isActive(state);
    if (wasActive != active) {
        st.activeServers += active ? 1 : -1;
        // A station limits the line only while none of its servers waits: with one starved or
        // blocked it has capacity to spare, however busy the others are.
        if (st.activeServers == (active ? st.servers : st.servers - 1))
            mBottleneck->setActive(server.station, active, mNowS);
    }
    if (mWindow.trace)
        recordStationShown(server.station);
}

void Replication::startPart(int serverIndex, int part)
{
    Server &sv = mServers[static_cast<std::size_t>(serverIndex)];
    Station &st = mStations[static_cast<std::size_t>(sv.station)];
    const int model = mParts[static_cast<std::size_t>(part)].model;
    sv.part = part;
    sv.remainingS = st.process[static_cast<std::size_t>(model)].sample(st.processRandom);
    if (mWindow.trace)
        record(TraceEvent::Kind::PartEnter, sv.station, 0, mParts[static_cast<std::size_t>(part)].serial);
    const bool changeover = st.setup && sv.lastModel >= 0 && sv.lastModel != model;
    sv.lastModel = model;
    if (changeover) {
        setState(sv, StationState::Setup);
        mQueue.push(mNowS + st.setup->sample(st.setupRandom), eventPayload(kServer, serverIndex));
        return;
    }
    beginWork(serverIndex);
}

void Replication::beginWork(int serverIndex)
{
    Server &sv = mServers[static_cast<std::size_t>(serverIndex)];
    setState(sv, StationState::Working);
    const bool breaks = mStations[static_cast<std::size_t>(sv.station)].failureMode == FailureSpec::Mode::OperatingTime
                        && sv.timeToFailureS < sv.remainingS;
    sv.failureNext = breaks;
    mQueue.push(mNowS + (breaks ? sv.timeToFailureS : sv.remainingS), eventPayload(kServer, serverIndex));
}

void Replication::onServerTimer(int serverIndex)
{
    Server &sv = mServers[static_cast<std::size_t>(serverIndex)];
    Station &st = mStations[static_cast<std::size_t>(sv.station)];
    switch (sv.state) {
    case StationState::Setup:
        beginWork(serverIndex);
        return;
    case StationState::Working:
        if (sv.failureNext) {
            // Broken down in the middle of the part: the rest of its time waits for the repair.
            sv.remainingS -= sv.timeToFailureS;
            sv.timeToFailureS = 0.0;
            setState(sv, StationState::Failed);
            mQueue.push(mNowS + st.repair->sample(sv.repairRandom), eventPayload(kServer, serverIndex));
            return;
        }
        if (st.failureMode == FailureSpec::Mode::OperatingTime)
            sv.timeToFailureS -= sv.remainingS;
        sv.remainingS = 0.0;
        ++mOperations;
        if (st.failureMode == FailureSpec::Mode::Operations && --sv.operationsLeft <= 0)
            sv.failurePending = true;
        handOff(serverIndex);
        return;
    case StationState::Failed:
        if (st.failureMode == FailureSpec::Mode::OperatingTime) {
            sv.timeToFailureS = st.timeToFailure->sample(sv.failureRandom);
            beginWork(serverIndex);
            return;
        }
        sv.operationsLeft = st.operationsBetweenFailures;
        sv.failurePending = false;
        takeInput(serverIndex);
        return;
    default:
        assert(false);
        return;
    }
}

void Replication::handOff(int serverIndex)
{
    Server &sv = mServers[static_cast<std::size_t>(serverIndex)];
    const int part = sv.part;
    const int station = sv.station;
    if (station + 1 == static_cast<int>(mStations.size())) {
        sv.part = -1;
        recordLeave(station, part);
        exitPart(part);
        serverFree(serverIndex);
        return;
    }
    if (tryMove(station, part)) {
        sv.part = -1;
        serverFree(serverIndex);
        return;
    }
    setState(sv, StationState::Blocked);
    mGaps[static_cast<std::size_t>(station)].blocked.push(serverIndex);
}

bool Replication::tryMove(int gapIndex, int part)
{
    Gap &gap = mGaps[static_cast<std::size_t>(gapIndex)];
    if (gap.transporter < 0) {
        Station &next = mStations[static_cast<std::size_t>(gapIndex) + 1];
        if (!next.idle.empty() && gap.waiting.empty()) {
            recordLeave(gapIndex, part);
            const int server = next.idle.back();
            next.idle.pop_back();
            startPart(server, part);
            return true;
        }
        if (gap.limit >= 0 && gap.content >= gap.limit)
            return false;
        recordLeave(gapIndex, part);
        gap.waiting.push(part);
        changeContent(gapIndex, +1);
        return true;
    }
    if (gap.limit >= 0 && gap.content >= gap.limit)
        return false;
    recordLeave(gapIndex, part);
    changeContent(gapIndex, +1);
    if (gap.conveyor) {
        if (gap.onConveyor.empty()) {
            gap.conveyorBusySinceS = mNowS;
            mQueue.push(mNowS + gap.travelS, eventPayload(kConveyor, gapIndex));
        }
        gap.onConveyor.push({part, mNowS + gap.travelS});
        Transporter &t = mTransporters[static_cast<std::size_t>(gap.transporter)];
        if (mMeasuring) {
            t.stats.trips += 1.0;
            t.stats.loadedTravelM += gap.distanceM;
        }
        if (mWindow.trace)
            record(TraceEvent::Kind::TransportStart, gapIndex, 0, mParts[static_cast<std::size_t>(part)].serial);
        return true;
    }
    gap.pickup.push({part, mNowS});
    dispatch(gapIndex);
    return true;
}

void Replication::serverFree(int serverIndex)
{
    Server &sv = mServers[static_cast<std::size_t>(serverIndex)];
    if (sv.failurePending) {
        // The operation count was reached: the repair starts once the finished part has left.
        setState(sv, StationState::Failed);
        Station &st = mStations[static_cast<std::size_t>(sv.station)];
        mQueue.push(mNowS + st.repair->sample(sv.repairRandom), eventPayload(kServer, serverIndex));
        return;
    }
    takeInput(serverIndex);
}

void Replication::takeInput(int serverIndex)
{
    Server &sv = mServers[static_cast<std::size_t>(serverIndex)];
    const int station = sv.station;
    if (station == 0) {
        if (mModel.source.kind == SourceSpec::Kind::Saturated) {
            const int part = newPart(nextModel());
            startPart(serverIndex, part);
            return;
        }
        if (!mEntry.empty()) {
            startPart(serverIndex, mEntry.pop());
            return;
        }
    } else {
        const int gapIndex = station - 1;
        Gap &gap = mGaps[static_cast<std::size_t>(gapIndex)];
        if (!gap.waiting.empty()) {
            const int part = gap.waiting.pop();
            changeContent(gapIndex, -1);
            startPart(serverIndex, part);
            releaseBlocked(gapIndex);
            return;
        }
        if (gap.transporter < 0 && !gap.blocked.empty()) {
            // Direct hand-off (capacity 0): take the part off the first blocked upstream server.
            const int upstream = gap.blocked.pop();
            Server &up = mServers[static_cast<std::size_t>(upstream)];
            const int part = up.part;
            up.part = -1;
            recordLeave(station - 1, part);
            startPart(serverIndex, part);
            serverFree(upstream);
            return;
        }
    }
    setState(sv, StationState::Starved);
    mStations[static_cast<std::size_t>(station)].idle.push_back(serverIndex);
}

void Replication::releaseBlocked(int gapIndex)
{
    Gap &gap = mGaps[static_cast<std::size_t>(gapIndex)];
    while (!gap.blocked.empty() && (gap.limit < 0 || gap.content < gap.limit)) {
        const int upstream = gap.blocked.pop();
        Server &up = mServers[static_cast<std::size_t>(upstream)];
        const int part = up.part;
        up.part = -1;
        const bool moved = tryMove(gapIndex, part);
        assert(moved);
        (void)moved;
        serverFree(upstream);
    }
}

int Replication::nextModel()
{
    const SimSource &source = mModel.source;
    if (source.randomMix)
        return mMix(mMixRandom);
    if (source.modelSequence.empty())
        return 0;
    const int model = source.modelSequence[mSequenceAt];
    mSequenceAt = (mSequenceAt + 1) % source.modelSequence.size();
    return model;
}

int Replication::newPart(int model)
{
    int index;
    if (!mFreeParts.empty()) {
        index = mFreeParts.back();
        mFreeParts.pop_back();
    } else {
        index = static_cast<int>(mParts.size());
        mParts.emplace_back();
    }
    Part &p = mParts[static_cast<std::size_t>(index)];
    p.model = model;
    p.serial = static_cast<int>(mNextSerial++);
    p.releaseS = mNowS;
    changeWip(+1);
    return index;
}

void Replication::release()
{
    const int part = newPart(nextModel());
    Station &first = mStations.front();
    if (mEntry.empty() && !first.idle.empty()) {
        const int server = first.idle.back();
        first.idle.pop_back();
        startPart(server, part);
    } else {
        mEntry.push(part);
    }
    const double gapS = mModel.source.kind == SourceSpec::Kind::AtTakt ? mModel.source.taktS
                                                                        : mInterarrival->sample(mArrivalRandom);
    mQueue.push(mNowS + gapS, eventPayload(kRelease, 0));
}

void Replication::exitPart(int part)
{
    ++mExitsTotal;
    if (mMeasuring) {
        ++mOutput;
        const double leadS = wallNow() - mClock.wallAt(mParts[static_cast<std::size_t>(part)].releaseS);
        mLeadTimeSumS += leadS;
        mLeadTimeP95.add(leadS);
    }
    changeWip(-1);
    mFreeParts.push_back(part);
}

} // namespace taktflow::core::simulation
