// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QLineF>
#include <QRectF>

#include <functional>

class QPainter;

namespace taktflow::app {

/**
 * True when a segment reaches into a rectangle; clipped (if given) receives the part inside.
 * Strokes are built for a whole segment before the painter clips, so a long, thick line zoomed
 * in costs far more than the bit on screen unless it is cut first.
 */
bool segmentTouches(const QLineF &segment, const QRectF &rect, QLineF *clipped = nullptr);

/**
 * A scene layer cached as tiles of device pixels at one zoom level. A pan draws cached tiles
 * and renders only the tiles that scroll into view; an edit drops only the tiles it touches.
 * While the zoom changes, the tiles of the last level are drawn scaled (a preview, like map
 * viewers), and the layer is drawn sharp at the new level once the caller calls settle().
 * New tiles are rendered within a time budget per frame; the rest follow on the next paints.
 * Tiles sit on a grid fixed to the scene origin, so they line up whatever the scroll position.
 *
 * Qt's DeviceCoordinateCache re-renders a whole item on any change and on every zoom step,
 * which made the flow diagram cost a full redraw on every pan step, zoom step and edit.
 */
class TileCache
{
public:
    static constexpr int kTilePx = 128;
    /** At most this many tiles (64 KiB each) are kept; beyond, those out of view are dropped. */
    static constexpr qsizetype kMaxTiles = 600;
    /** Time per frame for rendering new tiles once some are shown; the rest come next frame. */
    static constexpr qint64 kRenderBudgetNs = 6'000'000;

    /** Draws the layer's part within sceneRect into painter (scene coordinates); false when nothing was drawn. */
    using Renderer = std::function<bool(QPainter &painter, const QRectF &sceneRect)>;

    enum class Outcome {
        /** Everything exposed was drawn from tiles of the painter's own zoom level. */
        Complete,
        /** Some tiles are still to be rendered: paint again soon. */
        TilesMissing,
        /** Drawn scaled from another zoom level: call settle() once the zoom rests, then paint again. */
        Preview,
    };

    /**
     * Draws the layer's part within exposedScene through painter, from the cache where it can.
     * The painter's world transform must be a uniform scale plus a translation (the layout view's).
     */
    Outcome paint(QPainter *painter, const QRectF &exposedScene, const Renderer &render);
    /** The zoom has come to rest: the next paint at another zoom level renders that level sharp. */
    void settle() { mSettled = true; }
    /**
     * Marks the tiles that a scene segment, drawn marginPx device pixels wide each side,
     * touches: they are drawn again, and shown as they were until then.
     */
    void invalidate(const QLineF &sceneSegment, double marginPx);
    void clear() { mTiles.clear(); }
    int tileCount() const { return int(mTiles.size()); }

private:
    struct TileRange {
        int firstColumn = 0;
        int lastColumn = -1;
        int firstRow = 0;
        int lastRow = -1;
        bool contains(int column, int row) const
        {
            return column >= firstColumn && column <= lastColumn && row >= firstRow && row <= lastRow;
        }
    };
    static quint64 key(int column, int row) { return (quint64(quint32(column)) << 32) | quint32(row); }
    static int columnOf(quint64 key) { return int(qint32(key >> 32)); }
    static int rowOf(quint64 key) { return int(qint32(key & 0xffffffffu)); }
    TileRange tilesCovering(const QRectF &sceneRect) const;
    QImage renderTile(int column, int row, const Renderer &render) const;
    void dropTilesOutside(const TileRange &keep);

    /** Device pixels per scene unit the tiles were drawn at. */
    double mScale = 0.0;
    double mDevicePixelRatio = 1.0;
    bool mSettled = true;
    struct Tile {
        /** Null for a tile known to be empty. */
        QImage image;
        bool stale = false;
    };
    QHash<quint64, Tile> mTiles;
};

} // namespace taktflow::app
