// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/bottleneck.h"
#include "core/simulation/eventqueue.h"
#include "core/simulation/experiment.h"
#include "core/simulation/randomstreams.h"
#include "core/simulation/ringqueue.h"
#include "core/simulation/sampler.h"
#include "core/simulation/simmodel.h"
#include "core/simulation/simresult.h"
#include "core/simulation/statistics.h"
#include "core/simulation/workingclock.h"

#include <atomic>
#include <chrono>
#include <optional>
#include <random>
#include <vector>

namespace taktflow::core::simulation {

/** When a replication has to give up early. */
struct StopSignal {
    const std::atomic_bool *cancel = nullptr;
    std::optional<std::chrono::steady_clock::time_point> deadline;
};

/** What one replication measures and records; times in wall-clock seconds. */
struct RunWindow {
    double warmupS = 0.0;
    /** Measured seconds after the warm-up. */
    double durationS = 0.0;
    double seriesIntervalS = 0.0;
    /** Records every state change into it when set (maxTraceEvents at most). */
    Trace *trace = nullptr;
    std::size_t maxTraceEvents = 0;
};

/**
 * The kernel of one replication: the line's stations, buffers, source and transport as plain
 * arrays driven by one event queue on the line's working time (see WorkingClock). Its numbers
 * depend only on the model, the seed and the replication index.
 */
class Replication
{
public:
    enum class Outcome { Finished, Cancelled, TimedOut, WipLimit };

    Replication(const SimModel &model, std::uint64_t seed, int replication);
    ReplicationResult run(const RunWindow &window, const StopSignal &stop = {});
    Outcome outcome() const { return mOutcome; }

private:
    // An event's payload: what kind of thing it wakes (3 bits) and which one (21 bits).
    enum EventKind : std::uint32_t { kServer = 0, kRelease = 1, kVehicle = 2, kConveyor = 3, kControl = 4 };
    enum Control : int { kWarmup = 0, kEnd = 1, kSeries = 2, kPause = 3 };
    static constexpr std::uint32_t kIndexBits = 21;
    static std::uint32_t eventPayload(EventKind kind, int index)
    {
        return (static_cast<std::uint32_t>(kind) << kIndexBits) | static_cast<std::uint32_t>(index);
    }

    struct Part {
        int model = 0;
        int serial = 0;
        double releaseS = 0.0; // working time
    };
    struct Server {
        StationState state = StationState::Starved;
        bool failureNext = false;    // the pending timer is a breakdown, not the end of the work
        bool failurePending = false; // operation count reached: fail once the part has left
        int station = 0;
        int part = -1;
        int lastModel = -1;
        int operationsLeft = 0;
        double remainingS = 0.0;
        double timeToFailureS = 0.0;
        double sinceS = 0.0;
        double stateS[kStationStateCount] = {};
        RandomStream failureRandom;
        RandomStream repairRandom;
    };
    struct Station {
        int firstServer = 0;
        int servers = 1;
        std::vector<int> idle;
        int activeServers = 0;
        int stateCount[kStationStateCount] = {};
        StationState shown = StationState::Starved;
        std::vector<SumSampler> process; // per model
        std::optional<Sampler> setup;
        FailureSpec::Mode failureMode = FailureSpec::Mode::None;
        std::optional<Sampler> timeToFailure;
        std::optional<Sampler> repair;
        int operationsBetweenFailures = 0;
        RandomStream processRandom;
        RandomStream setupRandom;
    };
    struct Waiting {
        int part;
        double sinceS;
    };
    struct Gap {
        int capacity = -1; // -1: unlimited
        int limit = -1;    // parts the gap may hold in all (transport: at least 1)
        int content = 0;   // parts waiting, at the pickup and travelling
        RingQueue<int> waiting;   // at the downstream station's input
        RingQueue<int> blocked;   // upstream servers holding a finished part, first blocked first
        int transporter = -1;
        bool conveyor = false;
        double distanceM = 0.0;
        double travelS = 0.0;
        RingQueue<Waiting> pickup;     // vehicles: parts waiting to be picked up
        int enRouteCapacity = 0;       // room of the vehicles driving to the pickup
        RingQueue<Waiting> onConveyor; // conveyor: part and arrival time, in order
        double conveyorBusySinceS = 0.0;
        double contentIntegral = 0.0;
        double lastWallS = 0.0;
        int maxContent = 0;
    };
    enum class VehicleState : std::uint8_t { Idle, ToPickup, Loaded };
    struct Vehicle {
        int transporter = 0;
        int number = 0; // within its transporter
        int location = 0; // station index
        int gap = -1;
        VehicleState state = VehicleState::Idle;
        std::vector<int> cargo;
    };
    struct Transporter {
        std::vector<int> vehicles;
        std::vector<int> gaps;
        int capacity = 1;
        double speedMps = 1.0;
        bool conveyor = false;
        TransporterStats stats;
        double travelS = 0.0;
        double emptyS = 0.0;
        double busyS = 0.0; // conveyor: part-on-belt time summed over its gaps
    };

    // kernel (replication.cpp)
    void processEvent(std::uint32_t payload);
    void setState(Server &server, StationState state);
    void startPart(int serverIndex, int part);
    void beginWork(int serverIndex);
    void onServerTimer(int serverIndex);
    void handOff(int serverIndex);
    bool tryMove(int gap, int part);
    void serverFree(int serverIndex);
    void takeInput(int serverIndex);
    void releaseBlocked(int gap);
    void release();
    int newPart(int model);
    void exitPart(int part);
    int nextModel();
    bool stopRequested();

    // transport (replicationtransport.cpp)
    void deliver(int gap, int part);
    void dispatch(int gap);
    void sendVehicle(int vehicle, int gap);
    void onVehicleArrival(int vehicle);
    void vehicleIdle(int vehicle);
    void onConveyorArrival(int gap);
    double distanceM(int fromStation, int toStation) const;
    void addTravel(Transporter &t, double seconds, double metres, bool empty);

    // statistics (replicationstats.cpp)
    double wallNow() const { return mClock.wallAt(mNowS); }
    void changeWip(int delta);
    void changeContent(int gap, int delta);
    void startMeasuring();
    void sampleSeries();
    void record(TraceEvent::Kind kind, int index, int value, int part = -1)
    {
        recordAt(wallNow(), kind, index, value, part);
    }
    void recordAt(double wallS, TraceEvent::Kind kind, int index, int value, int part = -1);
    void recordStationShown(int station);
    void recordLeave(int station, int part)
    {
        if (mWindow.trace)
            record(TraceEvent::Kind::PartLeave, station, 0, mParts[static_cast<std::size_t>(part)].serial);
    }
    void recordPause();
    ReplicationResult collect();

    const SimModel &mModel;
    WorkingClock mClock;
    std::vector<Station> mStations;
    std::vector<Server> mServers;
    std::vector<Gap> mGaps;
    std::vector<Vehicle> mVehicles;
    std::vector<Transporter> mTransporters;
    std::vector<Part> mParts;
    std::vector<int> mFreeParts;
    RingQueue<int> mEntry;
    EventQueue mQueue;
    RandomStream mArrivalRandom;
    RandomStream mMixRandom;
    std::optional<Sampler> mInterarrival;
    std::discrete_distribution<int> mMix;
    std::size_t mSequenceAt = 0;
    std::uint32_t mNextSerial = 0; // part ids in the trace wrap around after 2^32 parts

    double mNowS = 0.0;
    RunWindow mWindow;
    StopSignal mStop;
    Outcome mOutcome = Outcome::Finished;
    std::uint64_t mEvents = 0;
    std::uint64_t mOperations = 0;
    double mWarmupWorkS = 0.0;
    double mEndWorkS = 0.0;
    bool mMeasuring = false;
    std::optional<ActivePeriodTracker> mBottleneck;

    int mWip = 0;
    double mWipIntegral = 0.0;
    double mWipLastWallS = 0.0;
    long long mOutput = 0;
    long long mExitsTotal = 0;
    long long mExitsAtLastSample = 0;
    int mSeriesDone = 0;
    double mLeadTimeSumS = 0.0;
    HistogramQuantile mLeadTimeP95{0.95};
    std::vector<TimePoint> mSeries;
};

} // namespace taktflow::core::simulation
