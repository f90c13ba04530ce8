// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/layout/tilecache.h"
#include "core/model/variant.h"

#include <QGraphicsItem>
#include <QHash>
#include <QLineF>
#include <QTimer>

#include <vector>

namespace taktflow::app {

/**
 * The material flow diagram over the layout: one arrow per from-to pair, thicker for more
 * units per period, the heaviest flows labelled with their volume. The 250 heaviest pairs are
 * weighted arrows, lighter ones hairlines; a plant with more than 2,000 pairs shows only the
 * heaviest (the from-to matrix has them all). Flows and product routings
 * are summed per pair once; moving an item only re-reads the end points.
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
    mutable std::vector<QLineF> mLines;
    mutable TileCache mTiles;
    /** Paints again when tiles are missing (at once) or the zoom has rested (after kSettleMs). */
    QTimer mRefresh;
};

} // namespace taktflow::app
