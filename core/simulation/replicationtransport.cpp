// SPDX-License-Identifier: GPL-3.0-or-later
// The transport half of the replication kernel: vehicles and conveyors between stations.
#include "core/simulation/replication.h"

#include <algorithm>

namespace taktflow::core::simulation {

double Replication::distanceM(int fromStation, int toStation) const
{
    const auto &d = mModel.stationDistanceM;
    if (fromStation == toStation || d.size() != mStations.size())
        return 0.0;
    return d[static_cast<std::size_t>(fromStation)][static_cast<std::size_t>(toStation)];
}

void Replication::addTravel(Transporter &t, double seconds, double metres, bool empty)
{
    // Time counts where it overlaps the measured window; distance and trips count for the trips
    // that start in it.
    const double overlap = std::max(0.0, std::min(mNowS + seconds, mEndWorkS) - std::max(mNowS, mWarmupWorkS));
    t.travelS += overlap;
    if (empty)
        t.emptyS += overlap;
    if (!mMeasuring)
        return;
    if (empty) {
        t.stats.emptyTravelM += metres;
    } else {
        t.stats.loadedTravelM += metres;
        t.stats.trips += 1.0;
    }
}

void Replication::deliver(int gapIndex, int part)
{
    Gap &gap = mGaps[static_cast<std::size_t>(gapIndex)];
    Station &next = mStations[static_cast<std::size_t>(gapIndex) + 1];
    if (!next.idle.empty() && gap.waiting.empty()) {
        const int server = next.idle.back();
        next.idle.pop_back();
        changeContent(gapIndex, -1);
        startPart(server, part);
        releaseBlocked(gapIndex);
        return;
    }
    gap.waiting.push(part);
}

void Replication::dispatch(int gapIndex)
{
    Gap &gap = mGaps[static_cast<std::size_t>(gapIndex)];
    Transporter &t = mTransporters[static_cast<std::size_t>(gap.transporter)];
    while (static_cast<int>(gap.pickup.size()) > gap.enRouteCapacity) {
        // The nearest idle vehicle; ties to the lower number.
        int best = -1;
        double bestM = 0.0;
        for (int v : t.vehicles) {
            const Vehicle &vehicle = mVehicles[static_cast<std::size_t>(v)];
            if (vehicle.state != VehicleState::Idle)
                continue;
            const double m = distanceM(vehicle.location, gapIndex);
            if (best < 0 || m < bestM) {
                best = v;
                bestM = m;
            }
        }
        if (best < 0)
            return;
        sendVehicle(best, gapIndex);
    }
}

void Replication::sendVehicle(int vehicleIndex, int gapIndex)
{
    Vehicle &v = mVehicles[static_cast<std::size_t>(vehicleIndex)];
    Transporter &t = mTransporters[static_cast<std::size_t>(v.transporter)];
    Gap &gap = mGaps[static_cast<std::size_t>(gapIndex)];
    v.state = VehicleState::ToPickup;
    v.gap = gapIndex;
    gap.enRouteCapacity += t.capacity;
    const double metres = distanceM(v.location, gapIndex);
    const double seconds = metres / t.speedMps;
    addTravel(t, seconds, metres, true);
    mQueue.push(mNowS + seconds, eventPayload(kVehicle, vehicleIndex));
}

void Replication::onVehicleArrival(int vehicleIndex)
{
    Vehicle &v = mVehicles[static_cast<std::size_t>(vehicleIndex)];
    Transporter &t = mTransporters[static_cast<std::size_t>(v.transporter)];
    Gap &gap = mGaps[static_cast<std::size_t>(v.gap)];
    if (v.state == VehicleState::ToPickup) {
        v.location = v.gap;
        gap.enRouteCapacity -= t.capacity;
        while (static_cast<int>(v.cargo.size()) < t.capacity && !gap.pickup.empty())
            v.cargo.push_back(gap.pickup.pop().part);
        if (v.cargo.empty()) {
            // Another vehicle took the parts first.
            vehicleIdle(vehicleIndex);
            return;
        }
        v.state = VehicleState::Loaded;
        addTravel(t, gap.travelS, gap.distanceM, false);
        if (mWindow.trace)
            record(TraceEvent::Kind::TransportStart, v.gap, v.number, mParts[static_cast<std::size_t>(v.cargo.front())].serial);
        mQueue.push(mNowS + gap.travelS, eventPayload(kVehicle, vehicleIndex));
        dispatch(v.gap);
        return;
    }
    // Loaded: unload at the downstream station.
    const int gapIndex = v.gap;
    v.location = gapIndex + 1;
    if (mWindow.trace)
        record(TraceEvent::Kind::TransportEnd, gapIndex, v.number);
    for (int part : v.cargo)
        deliver(gapIndex, part);
    v.cargo.clear();
    vehicleIdle(vehicleIndex);
}

void Replication::vehicleIdle(int vehicleIndex)
{
    Vehicle &v = mVehicles[static_cast<std::size_t>(vehicleIndex)];
    v.state = VehicleState::Idle;
    v.gap = -1;
    const Transporter &t = mTransporters[static_cast<std::size_t>(v.transporter)];
    // Serve the gap whose longest-waiting unserved part has waited longest; ties to the lower gap.
    int best = -1;
    double oldestS = 0.0;
    for (int g : t.gaps) {
        const Gap &gap = mGaps[static_cast<std::size_t>(g)];
        if (static_cast<int>(gap.pickup.size()) <= gap.enRouteCapacity)
            continue;
        const double sinceS = gap.pickup.at(static_cast<std::size_t>(gap.enRouteCapacity)).sinceS;
        if (best < 0 || sinceS < oldestS) {
            best = g;
            oldestS = sinceS;
        }
    }
    if (best >= 0)
        sendVehicle(vehicleIndex, best);
}

void Replication::onConveyorArrival(int gapIndex)
{
    Gap &gap = mGaps[static_cast<std::size_t>(gapIndex)];
    const Waiting arrived = gap.onConveyor.pop();
    if (mWindow.trace)
        record(TraceEvent::Kind::TransportEnd, gapIndex, 0);
    if (gap.onConveyor.empty()) {
        Transporter &t = mTransporters[static_cast<std::size_t>(gap.transporter)];
        t.busyS += std::max(0.0, std::min(mNowS, mEndWorkS) - std::max(gap.conveyorBusySinceS, mWarmupWorkS));
    } else {
        mQueue.push(gap.onConveyor.front().sinceS, eventPayload(kConveyor, gapIndex));
    }
    deliver(gapIndex, arrived.part);
}

} // namespace taktflow::core::simulation
