// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/layout/tilecache.h"
#include "core/flow/aislenetwork.h"
#include "core/model/variant.h"

#include <QGraphicsItem>
#include <QHash>
#include <QLineF>
#include <QPolygonF>
#include <QTimer>

#include <optional>
#include <utility>
#include <vector>

namespace taktflow::app {

/**
 * The material flow diagram over the layout: one arrow per from-to pair, thicker for more
 * units per period, the heaviest flows labelled with their volume. The 250 heaviest pairs are
 * weighted arrows, lighter ones hairlines; a plant with more than 2,000 pairs shows only the
 * heaviest (the from-to matrix has them all). Flows and product routings
 * are summed per pair once; moving an item only re-reads the end points.
 *
 * When the variant measures distances along the aisle network, each arrow follows the route the
 * flow analysis measures (drop-off, aisles, pick-up) instead of cutting through walls; routes are
 * kept per pair and found again only for pairs whose end points moved, or all after an aisle
 * changed. Arrows without an aisle path, and every arrow under the other metrics, run straight
 * between the item centres.
 *
 * On the canvas the diagram is drawn through a TileCache: panning draws cached tiles, a moved
 * item redraws only the tiles its arrows touch, zooming shows the last sharp picture scaled
 * until the zoom rests for kSettleMs. Exports and prints (other paint devices) get the
 * vector drawing.
 */
class FlowOverlay : public QGraphicsItem
{
public:
    /** How long the zoom must rest before the diagram is drawn sharp at the new scale. */
    static constexpr int kSettleMs = 120;

    FlowOverlay();

    /** Re-reads the flows and routings (variant switched or its content changed). */
    void setVariant(const core::Variant *variant);
    /** An item moved: its arrows follow on the next paint. */
    void itemMoved();
    /** How many of the heaviest flows carry a label. */
    void setLabelCount(int count) { mLabelCount = count; }
    int pairCount() const { return int(mPairs.size()); }
    /** The drawn path of the index-th heaviest pair in scene coordinates (for tests). */
    QPolygonF route(int index) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /** Draws the diagram sharp at the current zoom (the timer calls it when a zoom rests). */
    void zoomRested();
    /** Tiles currently cached (for tests and the benchmark). */
    int cachedTiles() const { return mTiles.tileCount(); }

private:
    struct Pair {
        int from = 0;
        int to = 0;
        double units = 0.0;
    };
    void refreshGeometry() const;
    /** The route of one pair: along the aisles when routed and reachable, else straight. */
    QPolygonF routeOf(const Pair &pair, bool routed) const;
    /** Rebuilds the aisle network when the variant's aisles differ from the ones it was built of. */
    bool refreshNetwork() const;
    /** How many of the heaviest pairs are drawn at all. */
    std::size_t drawnPairCount() const;
    /** Draws the arrows that reach into sceneRect (opaque for tiles); false when there were none. */
    bool drawFlows(QPainter &painter, const QRectF &sceneRect, bool opaque) const;
    /** The volume labels of the heaviest flows, on top of the arrows. */
    void paintLabels(QPainter &painter, const QRectF &sceneRect, double lod) const;

    /** Points into the project's variant list; setVariant() must be called again whenever that
     *  list may have moved (the scene does so on variantsChanged), so only paint reads it. */
    const core::Variant *mVariant = nullptr;
    /** The floor with a margin, kept by value: prepareGeometryChange() asks for the old bounding
     *  rect when the old variant may already be freed. */
    QRectF mFloorBounds;
    /** Heaviest first; indices into the variant's items. */
    std::vector<Pair> mPairs;
    double mMaxUnits = 0.0;
    int mLabelCount = 8;
    mutable bool mDirty = true;
    /** Per pair, heaviest first: the drawn polyline (two points when straight) and its length. */
    mutable std::vector<QPolygonF> mRoutes;
    mutable std::vector<double> mRouteLengths;
    /** Per pair, the route's bounding box: a tile skips every route that misses it in one test. */
    mutable std::vector<QRectF> mRouteBounds;
    /** Per pair, the floor points its route was found for; equal points reuse the route. */
    mutable std::vector<std::pair<core::PointM, core::PointM>> mRouteEnds;
    mutable bool mRouted = false;
    mutable std::vector<core::LayoutItem> mAisles;
    mutable std::optional<core::AisleNetwork> mNetwork;
    mutable TileCache mTiles;
    /** Paints again when tiles are missing (at once) or the zoom has rested (after kSettleMs). */
    QTimer mRefresh;
};

} // namespace taktflow::app
