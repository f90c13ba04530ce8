// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/animation/animationgeometry.h"
#include "core/model/variant.h"
#include "core/simulation/traceplayer.h"

#include <QHash>
#include <QImage>
#include <QStaticText>
#include <QTransform>

class QPainter;

namespace taktflow::app::render {

/** "1:02:03": simulated seconds as h:mm:ss. */
QString formatSimClock(double timeS);

/** What a frame shows besides the line's state. */
struct AnimationFrameOptions {
    /** Simulated seconds over which a part handed on without transport is drawn gliding along
     *  its gap before it enters the next station (the engine hands such parts on in no time;
     *  the glide makes the flow visible). 0: no glides. */
    double glideS = 0.0;
    double warmupS = 0.0;
    /** Most gliding parts drawn in one frame (keeps 1000x fluid on long lines). */
    int maxGlides = 1500;
};

/**
 * Draws the animation of a line on its variant's floor: the floor, the flow paths, the legend
 * and the station names are drawn once into cached images for the target size; a frame
 * paints only what changes (station states, buffer bars, parts, vehicles, the clock) in
 * device pixels, so its cost grows with the stations and the parts in view, not the layout.
 */
class AnimationRenderer
{
public:
    /** The variant is copied: the floor cache must not point into a project that changes. */
    void setScene(const core::Variant &variant, AnimationGeometry geometry);
    const AnimationGeometry &geometry() const { return mGeometry; }

    /** One frame of the player's current state into target (device-independent pixels). */
    void paint(QPainter &painter, const QRect &target, const core::simulation::TracePlayer &player,
               const AnimationFrameOptions &options);

    /** Floor metres to pixels of a target of this size (the transform paint uses). */
    QTransform floorTransform(const QSize &target) const;
    /** Where a gap's buffer bar stands, in pixels of the last painted target. */
    QRectF bufferBarRect(int gap) const;
    /** The colour of the filled part of a buffer bar. */
    static QColor bufferFillColor();

private:
    void rebuildCache(const QSize &size, qreal devicePixelRatio);
    void paintStations(QPainter &painter, const core::simulation::LineSnapshot &state) const;
    void paintBuffers(QPainter &painter, const core::simulation::LineSnapshot &state);
    void paintParts(QPainter &painter, const core::simulation::TracePlayer &player,
                    const AnimationFrameOptions &options) const;
    void paintClock(QPainter &painter, double timeS, const AnimationFrameOptions &options) const;
    const QStaticText &countText(int count);

    core::Variant mVariant;
    AnimationGeometry mGeometry;
    QSize mCacheSize;
    qreal mCacheRatio = 0.0;
    /** The floor, the flow paths and the schematic row. */
    QImage mFloor;
    /** Station names and the legend, transparent, drawn over the frame. */
    QImage mLabels;
    /** Where mLabels has anything, in pixels of the cached size. */
    std::vector<QRect> mLabelRects;
    /** Geometry in pixels of the cached size. */
    std::vector<QPolygonF> mStationsPx;
    std::vector<QPointF> mPartSpotsPx;
    std::vector<AnimationGap> mGapsPx;
    std::vector<QRectF> mBarsPx;
    double mDotPx = 4.0;
    QHash<int, QStaticText> mCountTexts;
};

} // namespace taktflow::app::render
