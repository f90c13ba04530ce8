// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/footprint.h"
#include "core/model/layoutitem.h"

#include <boost/geometry/index/rtree.hpp>
#include <boost/graph/adjacency_list.hpp>

#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace taktflow::core {

/**
 * The aisle network of a variant as a weighted graph (Boost.Graph): aisle centre lines split
 * where they cross or where one ends within the other's width, joined at those points.
 * Items reach the network straight from their pick-up/drop-off point to the nearest point on
 * any centre line; paths between two such points come from Dijkstra's algorithm, cached per
 * graph node so that repeated queries (and moving items) cost little. Because of that cache,
 * one network must not be queried from two threads at once.
 */
class AisleNetwork
{
public:
    /** Where a floor point joins the network. */
    struct Attachment {
        /** Index of the network edge the point attaches to; -1 when there is no aisle in reach. */
        int edge = -1;
        /** Distance along the edge from its first node, metres. */
        double alongM = 0.0;
        /** Straight distance from the floor point to the aisle centre line, metres. */
        double accessM = 0.0;
        bool valid() const { return edge >= 0; }
    };

    AisleNetwork() = default;
    /**
     * Builds the network from the aisle items among `items`. A point farther than
     * maxAccessM from every centre line counts as not reachable.
     */
    explicit AisleNetwork(const std::vector<LayoutItem> &items, double maxAccessM = 20.0);

    bool empty() const { return mEdges.empty(); }
    int nodeCount() const { return int(mNodes.size()); }
    int edgeCount() const { return int(mEdges.size()); }

    /** Attaches a floor point to the nearest centre-line point (invalid when none in reach). */
    Attachment attach(const PointM &point) const;

    /**
     * Shortest distance from one attachment to another along the aisles, access legs included;
     * nullopt when either is invalid or they lie in disconnected parts of the network.
     */
    std::optional<double> distanceM(const Attachment &from, const Attachment &to) const;

    /**
     * The route distanceM() measures, as a polyline: fromPoint, its access point on the network,
     * the junctions passed, the access point of toPoint, toPoint. nullopt where distanceM is.
     */
    std::optional<std::vector<PointM>> pathM(const PointM &fromPoint, const Attachment &from, const PointM &toPoint,
                                             const Attachment &to) const;

private:
    struct Edge {
        int u = 0;
        int v = 0;
        double lengthM = 0.0;
        GeoSegment segment;
    };
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                        boost::property<boost::edge_weight_t, double>>;
    using EdgeEntry = std::pair<GeoSegment, int>;
    using EdgeTree = boost::geometry::index::rtree<EdgeEntry, boost::geometry::index::rstar<16>>;

    int nodeAt(const GeoPoint &point);
    const std::vector<double> &distancesFrom(int node) const;
    /** The shortest-path tree from node: each node's predecessor (itself at the root). */
    const std::vector<std::size_t> &predecessorsFrom(int node) const;
    /** The cheapest way through the graph between two attachments (see distanceM). */
    struct Route {
        double totalM = 0.0;
        /** -1, -1: along the shared edge without passing a node. */
        int startNode = -1;
        int endNode = -1;
    };
    std::optional<Route> bestRoute(const Attachment &from, const Attachment &to) const;

    std::vector<GeoPoint> mNodes;
    std::vector<Edge> mEdges;
    Graph mGraph;
    EdgeTree mTree;
    double mMaxAccessM = 20.0;
    mutable std::vector<std::vector<double>> mDistanceRows;
    mutable std::vector<std::vector<std::size_t>> mPredecessorRows;
};

} // namespace taktflow::core
