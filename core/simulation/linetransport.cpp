// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/linetransport.h"

#include "core/flow/aislenetwork.h"
#include "core/flow/distance.h"
#include "core/flow/flowlegs.h"
#include "core/layout/footprint.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <set>

namespace taktflow::core::simulation {

namespace {

class TextLineTransport
{
    Q_DECLARE_TR_FUNCTIONS(taktflow::core::simulation::LineTransport)
};

/** Floor distances with the variant's metric; the aisle network is built once. */
class Distances
{
public:
    explicit Distances(const Variant &variant)
        : mMetric(variant.distanceMetric)
    {
        if (mMetric == DistanceMetric::Aisle)
            mNetwork.emplace(variant.items);
    }
    std::optional<double> between(const PointM &from, const PointM &to) const
    {
        if (mNetwork)
            return mNetwork->distanceM(mNetwork->attach(from), mNetwork->attach(to));
        return pointDistanceM(from, to, mMetric);
    }

private:
    DistanceMetric mMetric;
    std::optional<AisleNetwork> mNetwork;
};

int unitsPerTrip(double units)
{
    // Parts are whole; a means that carries less than one part per trip cannot move any, which
    // the model check reports (capacity 0) rather than rounding it up unseen.
    if (!std::isfinite(units) || units < 1.0)
        return 0;
    return int(std::min(std::floor(units), 1e6));
}

SimTransporter transporterOf(const TransportMeans &means, const SimulationParameters &parameters)
{
    SimTransporter t;
    t.name = means.name.isEmpty() ? means.id : means.name;
    const auto count = parameters.transporterCounts.find(means.id);
    t.count = count == parameters.transporterCounts.end() ? 1 : count->second;
    t.speedMps = means.speedMps;
    t.capacityUnits = unitsPerTrip(means.unitsPerTrip);
    t.conveyor = means.kind == TransportKind::Conveyor;
    return t;
}

} // namespace

ValueResult<LineTransport> lineTransport(const Project &project, const Variant &variant, const ProductionLine &line)
{
    QHash<QString, int> itemIndex;
    for (std::size_t i = 0; i < variant.items.size(); ++i)
        itemIndex.insert(variant.items[i].id, int(i));
    const std::size_t n = line.stations.size();
    std::vector<int> stationItem(n, -1);
    for (std::size_t s = 0; s < n; ++s) {
        const QString &id = line.stations[s].itemId;
        if (id.isEmpty())
            continue;
        stationItem[s] = itemIndex.value(id, -1);
        if (stationItem[s] < 0) {
            return ValueResult<LineTransport>::failure(TextLineTransport::tr("station S%1 stands on item %2, which does not exist").arg(s + 1).arg(id));
        }
    }

    const CollectedFlows flows = collectFlows(variant);
    const Distances distances(variant);
    LineTransport out;
    QHash<QString, int> transporterIndex;
    std::set<std::size_t> visited;
    out.legs.resize(n > 0 ? n - 1 : 0);
    for (std::size_t g = 0; g + 1 < n; ++g) {
        const int from = stationItem[g];
        const int to = stationItem[g + 1];
        const FlowLeg *main = nullptr;
        for (const FlowLeg &leg : flows.legs) {
            if (leg.fromIndex == from && leg.toIndex == to && (!main || leg.unitsPerPeriod > main->unitsPerPeriod))
                main = &leg;
        }
        if (from < 0 || to < 0 || !main || main->transportId.isEmpty())
            continue;
        const LayoutItem &a = variant.items[std::size_t(from)];
        const LayoutItem &b = variant.items[std::size_t(to)];
        const TransportMeans *means = project.findTransport(main->transportId);
        if (!means) {
            return ValueResult<LineTransport>::failure(TextLineTransport::tr("the flow from item %1 to item %2 names the unknown transport means %3")
                            .arg(a.id, b.id, main->transportId));
        }
        const auto distance = distances.between(dropoffPoint(a), pickupPoint(b));
        if (!distance) {
            return ValueResult<LineTransport>::failure(TextLineTransport::tr("no aisle path leads from item %1 to item %2").arg(a.id, b.id));
        }
        if (!transporterIndex.contains(means->id)) {
            transporterIndex.insert(means->id, int(out.transporters.size()));
            out.transporters.push_back(transporterOf(*means, line.simulation));
        }
        out.legs[g] = {transporterIndex.value(means->id), *distance};
        visited.insert(g);
        visited.insert(g + 1);
    }
    if (out.transporters.empty())
        return {LineTransport{}, {}};

    out.stationDistanceM.assign(n, std::vector<double>(n, 0.0));
    for (std::size_t s : visited) {
        for (std::size_t t : visited) {
            if (s == t)
                continue;
            const LayoutItem &a = variant.items[std::size_t(stationItem[s])];
            const LayoutItem &b = variant.items[std::size_t(stationItem[t])];
            const auto distance = distances.between(pickupPoint(a), dropoffPoint(b));
            if (!distance) {
                return ValueResult<LineTransport>::failure(TextLineTransport::tr("no aisle path leads from item %1 to item %2").arg(a.id, b.id));
            }
            out.stationDistanceM[s][t] = *distance;
        }
    }
    return {std::move(out), {}};
}

} // namespace taktflow::core::simulation
