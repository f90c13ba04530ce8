// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/tilecache.h"

#include <QElapsedTimer>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace taktflow::app {

bool segmentTouches(const QLineF &segment, const QRectF &rect, QLineF *clipped)
{
    // Liang-Barsky: the part of the segment with all four edge conditions met.
    double t0 = 0.0;
    double t1 = 1.0;
    const double dx = segment.dx();
    const double dy = segment.dy();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {segment.x1() - rect.left(), rect.right() - segment.x1(), segment.y1() - rect.top(),
                         rect.bottom() - segment.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    if (clipped)
        *clipped = QLineF(segment.pointAt(t0), segment.pointAt(t1));
    return true;
}

TileCache::TileRange TileCache::tilesCovering(const QRectF &sceneRect) const
{
    // Half-open: a rectangle ending exactly on a tile's edge does not reach into that tile.
    const double perTile = mScale / kTilePx;
    const int firstColumn = int(std::floor(sceneRect.left() * perTile));
    const int firstRow = int(std::floor(sceneRect.top() * perTile));
    return {firstColumn, std::max(firstColumn, int(std::ceil(sceneRect.right() * perTile)) - 1), firstRow,
            std::max(firstRow, int(std::ceil(sceneRect.bottom() * perTile)) - 1)};
}

QImage TileCache::renderTile(int column, int row, const Renderer &render) const
{
    QImage tile(kTilePx, kTilePx, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setWorldTransform(QTransform(mScale, 0, 0, mScale, -double(column) * kTilePx, -double(row) * kTilePx));
    const double size = kTilePx / mScale;
    const bool drawn = render(painter, QRectF(column * size, row * size, size, size));
    painter.end();
    if (!drawn)
        return {};
    tile.setDevicePixelRatio(mDevicePixelRatio);
    return tile;
}

TileCache::Outcome TileCache::paint(QPainter *painter, const QRectF &exposedScene, const Renderer &render)
{
    const QTransform world = painter->worldTransform();
    const double ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const double scale = world.m11() * ratio;
    if (!(scale > 0))
        return Outcome::Complete;
    const bool sameLevel = std::abs(scale - mScale) <= 1e-9 * scale && ratio == mDevicePixelRatio;
    // A new level starts when the zoom rests (or nothing is cached); until then the old
    // level's tiles stand in, drawn scaled.
    const bool preview = !sameLevel && !mSettled && !mTiles.isEmpty() && ratio == mDevicePixelRatio;
    if (!sameLevel && !preview) {
        mTiles.clear();
        mScale = scale;
        mDevicePixelRatio = ratio;
    }
    // The first paint of a level draws it whole (screenshots, exports of the view); later
    // paints keep to the budget.
    const bool budgeted = !mTiles.isEmpty();
    mSettled = false;
    const QRectF exposed = exposedScene.intersected(world.inverted().mapRect(QRectF(painter->viewport())));
    if (exposed.isEmpty())
        return preview ? Outcome::Preview : Outcome::Complete;
    const TileRange range = tilesCovering(exposed);

    // Tiles are placed in device pixels from where the scene origin lands (whole pixels keep
    // neighbouring tiles seamless), scaled by the zoom change while previewing.
    const double zoom = scale / mScale;
    const QPointF origin(std::round(world.dx() * ratio), std::round(world.dy() * ratio));
    painter->save();
    painter->resetTransform();
    painter->translate(origin / ratio);
    if (preview) {
        painter->scale(zoom, zoom);
        painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    }
    QElapsedTimer spent;
    spent.start();
    bool missing = false;
    for (int row = range.firstRow; row <= range.lastRow; ++row) {
        for (int column = range.firstColumn; column <= range.lastColumn; ++column) {
            auto found = mTiles.find(key(column, row));
            if (found == mTiles.end() || found->stale) {
                // Over budget: a stale tile still shows (no flicker), a new one waits.
                if (budgeted && spent.nsecsElapsed() > kRenderBudgetNs) {
                    missing = true;
                    if (found == mTiles.end())
                        continue;
                } else {
                    found = mTiles.insert(key(column, row), {renderTile(column, row, render), false});
                }
            }
            if (!found->image.isNull())
                painter->drawImage(QPointF(double(column) * kTilePx, double(row) * kTilePx) / ratio, found->image);
        }
    }
    painter->restore();
    if (mTiles.size() > kMaxTiles)
        dropTilesOutside(range);
    if (preview)
        return Outcome::Preview;
    return missing ? Outcome::TilesMissing : Outcome::Complete;
}

void TileCache::dropTilesOutside(const TileRange &keep)
{
    // Long pans at a high zoom would gather tiles without end; keep what is in view.
    for (auto it = mTiles.begin(); it != mTiles.end();)
        it = keep.contains(columnOf(it.key()), rowOf(it.key())) ? std::next(it) : mTiles.erase(it);
}

void TileCache::invalidate(const QLineF &sceneSegment, double marginPx)
{
    if (mTiles.isEmpty() || !(mScale > 0))
        return;
    const double margin = marginPx / mScale;
    const double size = kTilePx / mScale;
    // Few tiles are cached (a viewport's worth): test each against the segment rather than
    // redrawing everything under a long diagonal's bounding box.
    for (auto it = mTiles.begin(); it != mTiles.end(); ++it) {
        const QRectF tile(columnOf(it.key()) * size - margin, rowOf(it.key()) * size - margin, size + 2 * margin,
                          size + 2 * margin);
        if (segmentTouches(sceneSegment, tile))
            it->stale = true;
    }
}

} // namespace taktflow::app
