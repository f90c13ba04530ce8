// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/variant.h"

#include <QGraphicsItem>
#include <QHash>
#include <QLineF>

#include <vector>

namespace taktflow::app {

/**
 * The material flow diagram over the layout: one arrow per from-to pair, thicker for more
 * units per period, the heaviest flows labelled with their volume. The 250 heaviest pairs are
 * weighted arrows, lighter ones hairlines; a plant with more than 2,000 pairs shows only the
 * heaviest (the from-to matrix has them all). Flows and product routings
 * are summed per pair once; moving an item only re-reads the end points.
 */
class FlowOverlay : public QGraphicsItem
{
public:
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

private:
    struct Pair {
        int from = 0;
        int to = 0;
        double units = 0.0;
    };
    void refreshGeometry() const;

    const core::Variant *mVariant = nullptr;
    /** Heaviest first; indices into the variant's items. */
    std::vector<Pair> mPairs;
    double mMaxUnits = 0.0;
    int mLabelCount = 8;
    mutable bool mDirty = true;
    mutable std::vector<QLineF> mLines;
    mutable QRectF mBounds;
};

} // namespace taktflow::app
