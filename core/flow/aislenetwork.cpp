// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/aislenetwork.h"

#include <boost/geometry.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace taktflow::core {

namespace {

// Centre-line points closer than this are the same junction.
constexpr double kSnapM = 1e-6;
constexpr double kUnreachable = 1e300;

struct CentreLine {
    GeoSegment segment;
    double widthM = 0.0;
    double lengthM = 0.0;
    std::vector<double> cuts; // positions along the line, metres from its first point
};

double alongM(const GeoSegment &s, const GeoPoint &p)
{
    const double dx = s.second.x() - s.first.x(), dy = s.second.y() - s.first.y();
    const double length = std::hypot(dx, dy);
    if (length <= 0.0)
        return 0.0;
    return std::clamp(((p.x() - s.first.x()) * dx + (p.y() - s.first.y()) * dy) / length, 0.0, length);
}

GeoPoint pointAt(const GeoSegment &s, double along)
{
    const double dx = s.second.x() - s.first.x(), dy = s.second.y() - s.first.y();
    const double length = std::hypot(dx, dy);
    if (length <= 0.0)
        return s.first;
    const double t = along / length;
    return {s.first.x() + t * dx, s.first.y() + t * dy};
}

double pointDistance(const GeoPoint &a, const GeoPoint &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

AisleNetwork::AisleNetwork(const std::vector<LayoutItem> &items, double maxAccessM)
    : mMaxAccessM(maxAccessM)
{
    std::vector<CentreLine> lines;
    for (const auto &item : items) {
        if (item.type != ItemType::Aisle)
            continue;
        CentreLine line;
        line.segment = aisleCentreLine(item, &line.widthM);
        line.lengthM = pointDistance(line.segment.first, line.segment.second);
        line.cuts = {0.0, line.lengthM};
        lines.push_back(std::move(line));
    }

    // Junction connectors: an aisle that ends inside another's width joins its centre line.
    std::vector<std::pair<GeoPoint, GeoPoint>> connectors;
    std::vector<GeoBox> boxes;
    boxes.reserve(lines.size());
    for (const auto &line : lines) {
        const double h = line.widthM / 2.0 + kSnapM;
        boxes.emplace_back(GeoPoint(std::min(line.segment.first.x(), line.segment.second.x()) - h,
                                    std::min(line.segment.first.y(), line.segment.second.y()) - h),
                           GeoPoint(std::max(line.segment.first.x(), line.segment.second.x()) + h,
                                    std::max(line.segment.first.y(), line.segment.second.y()) + h));
    }
    for (std::size_t a = 0; a < lines.size(); ++a) {
        for (std::size_t b = a + 1; b < lines.size(); ++b) {
            if (!bg::intersects(boxes[a], boxes[b]))
                continue;
            std::vector<GeoPoint> crossings;
            bg::intersection(lines[a].segment, lines[b].segment, crossings);
            for (const auto &p : crossings) {
                lines[a].cuts.push_back(alongM(lines[a].segment, p));
                lines[b].cuts.push_back(alongM(lines[b].segment, p));
            }
            const double reach = std::max(lines[a].widthM, lines[b].widthM) / 2.0 + kSnapM;
            for (auto [from, to] : {std::pair{a, b}, std::pair{b, a}}) {
                for (const GeoPoint &end : {lines[from].segment.first, lines[from].segment.second}) {
                    if (bg::distance(end, lines[to].segment) > reach)
                        continue;
                    const double at = alongM(lines[to].segment, end);
                    lines[to].cuts.push_back(at);
                    connectors.emplace_back(end, pointAt(lines[to].segment, at));
                }
            }
        }
    }

    std::vector<std::pair<int, int>> graphEdges;
    std::vector<double> weights;
    auto addEdge = [&](const GeoPoint &p, const GeoPoint &q) {
        const int u = nodeAt(p), v = nodeAt(q);
        if (u == v)
            return;
        Edge edge{u, v, pointDistance(mNodes[std::size_t(u)], mNodes[std::size_t(v)]),
                  GeoSegment(mNodes[std::size_t(u)], mNodes[std::size_t(v)])};
        graphEdges.emplace_back(u, v);
        weights.push_back(edge.lengthM);
        mEdges.push_back(edge);
    };
    for (auto &line : lines) {
        std::sort(line.cuts.begin(), line.cuts.end());
        for (std::size_t k = 1; k < line.cuts.size(); ++k) {
            if (line.cuts[k] - line.cuts[k - 1] > kSnapM)
                addEdge(pointAt(line.segment, line.cuts[k - 1]), pointAt(line.segment, line.cuts[k]));
        }
    }
    for (const auto &[p, q] : connectors)
        addEdge(p, q);

    mGraph = Graph(graphEdges.begin(), graphEdges.end(), weights.begin(), mNodes.size());
    std::vector<EdgeEntry> entries;
    entries.reserve(mEdges.size());
    for (std::size_t e = 0; e < mEdges.size(); ++e)
        entries.emplace_back(mEdges[e].segment, int(e));
    mTree = EdgeTree(entries.begin(), entries.end());
    mDistanceRows.assign(mNodes.size(), {});
    mPredecessorRows.assign(mNodes.size(), {});
}

int AisleNetwork::nodeAt(const GeoPoint &point)
{
    // Linear scan is fine: it runs once per junction while building, never per query.
    for (std::size_t i = 0; i < mNodes.size(); ++i) {
        if (pointDistance(mNodes[i], point) <= kSnapM * 10)
            return int(i);
    }
    mNodes.push_back(point);
    return int(mNodes.size()) - 1;
}

AisleNetwork::Attachment AisleNetwork::attach(const PointM &point) const
{
    Attachment result;
    if (mEdges.empty())
        return result;
    const GeoPoint p(point.xM, point.yM);
    std::vector<EdgeEntry> nearest;
    mTree.query(bgi::nearest(p, 1), std::back_inserter(nearest));
    if (nearest.empty())
        return result;
    const Edge &edge = mEdges[std::size_t(nearest.front().second)];
    const double along = alongM(edge.segment, p);
    const double access = pointDistance(p, pointAt(edge.segment, along));
    if (access > mMaxAccessM)
        return result;
    result.edge = nearest.front().second;
    result.alongM = along;
    result.accessM = access;
    return result;
}

const std::vector<double> &AisleNetwork::distancesFrom(int node) const
{
    auto &row = mDistanceRows[std::size_t(node)];
    if (row.empty()) {
        row.assign(mNodes.size(), kUnreachable);
        boost::dijkstra_shortest_paths(
            mGraph, boost::vertex(std::size_t(node), mGraph),
            boost::distance_map(boost::make_iterator_property_map(row.begin(), boost::get(boost::vertex_index, mGraph)))
                .distance_inf(kUnreachable));
    }
    return row;
}

const std::vector<std::size_t> &AisleNetwork::predecessorsFrom(int node) const
{
    auto &row = mPredecessorRows[std::size_t(node)];
    if (row.empty()) {
        // Only drawings ask for paths, so the distance-only rows stay as cheap as before.
        row.resize(mNodes.size());
        std::vector<double> distances(mNodes.size(), kUnreachable);
        const auto index = boost::get(boost::vertex_index, mGraph);
        boost::dijkstra_shortest_paths(
            mGraph, boost::vertex(std::size_t(node), mGraph),
            boost::predecessor_map(boost::make_iterator_property_map(row.begin(), index))
                .distance_map(boost::make_iterator_property_map(distances.begin(), index))
                .distance_inf(kUnreachable));
    }
    return row;
}

std::optional<AisleNetwork::Route> AisleNetwork::bestRoute(const Attachment &from, const Attachment &to) const
{
    if (!from.valid() || !to.valid())
        return std::nullopt;
    const Edge &a = mEdges[std::size_t(from.edge)];
    const Edge &b = mEdges[std::size_t(to.edge)];
    Route best{kUnreachable, -1, -1};
    if (from.edge == to.edge)
        best.totalM = std::abs(from.alongM - to.alongM);
    const std::pair<int, double> starts[] = {{a.u, from.alongM}, {a.v, a.lengthM - from.alongM}};
    const std::pair<int, double> ends[] = {{b.u, to.alongM}, {b.v, b.lengthM - to.alongM}};
    for (const auto &[startNode, startM] : starts) {
        const auto &row = distancesFrom(startNode);
        for (const auto &[endNode, endM] : ends) {
            const double through = row[std::size_t(endNode)];
            if (through < kUnreachable && startM + through + endM < best.totalM)
                best = {startM + through + endM, startNode, endNode};
        }
    }
    if (best.totalM >= kUnreachable)
        return std::nullopt;
    return best;
}

std::optional<double> AisleNetwork::distanceM(const Attachment &from, const Attachment &to) const
{
    const std::optional<Route> route = bestRoute(from, to);
    if (!route)
        return std::nullopt;
    return from.accessM + route->totalM + to.accessM;
}

std::optional<std::vector<PointM>> AisleNetwork::pathM(const PointM &fromPoint, const Attachment &from,
                                                       const PointM &toPoint, const Attachment &to) const
{
    const std::optional<Route> route = bestRoute(from, to);
    if (!route)
        return std::nullopt;
    auto onEdge = [this](const Attachment &at) {
        const GeoPoint p = pointAt(mEdges[std::size_t(at.edge)].segment, at.alongM);
        return PointM{p.x(), p.y()};
    };
    std::vector<PointM> path{fromPoint, onEdge(from)};
    if (route->startNode >= 0) {
        // Walk the shortest-path tree of the start node back from the end node.
        const auto &predecessor = predecessorsFrom(route->startNode);
        std::vector<std::size_t> nodes{std::size_t(route->endNode)};
        while (nodes.back() != std::size_t(route->startNode) && nodes.size() <= mNodes.size())
            nodes.push_back(predecessor[nodes.back()]);
        for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
            path.push_back({mNodes[*it].x(), mNodes[*it].y()});
    }
    path.push_back(onEdge(to));
    path.push_back(toPoint);
    return path;
}

} // namespace taktflow::core
