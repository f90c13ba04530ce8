// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/snapping.h"

#include "app/gui/layout/layoutscene.h"

#include <array>
#include <cmath>
#include <limits>

namespace taktflow::app {

namespace {

struct AxisSnap {
    double correction = std::numeric_limits<double>::infinity();
    double at = 0.0;
    QRectF other;
};

void consider(AxisSnap &snap, const std::array<double, 3> &mine, const std::array<double, 3> &theirs,
              const QRectF &other, double tolerance)
{
    for (double m : mine) {
        for (double t : theirs) {
            const double correction = t - m;
            if (std::abs(correction) <= tolerance && std::abs(correction) < std::abs(snap.correction)) {
                snap.correction = correction;
                snap.at = t;
                snap.other = other;
            }
        }
    }
}

double gridCorrection(double low, double centre, double grid)
{
    const double a = std::round(low / grid) * grid - low;
    const double b = std::round(centre / grid) * grid - centre;
    return std::abs(a) <= std::abs(b) ? a : b;
}

} // namespace

SnapResult snapMove(const LayoutScene &scene, const QRectF &movingScene, const QPointF &deltaScene,
                    const QSet<QString> &moving, const SnapSettings &settings, double pixelsPerMetre)
{
    SnapResult result{deltaScene, {}};
    const QRectF r = movingScene.translated(deltaScene);
    const double tolerance = settings.tolerancePx / std::max(pixelsPerMetre, 1e-9);
    AxisSnap sx;
    AxisSnap sy;
    if (settings.toEdges) {
        const QRectF search = r.adjusted(-tolerance, -tolerance, tolerance, tolerance);
        const QList<QGraphicsItem *> near = scene.items(search, Qt::IntersectsItemBoundingRect);
        // Far too many neighbours (a zoomed-out view of thousands) makes edge snapping noise.
        if (near.size() < 400) {
            for (QGraphicsItem *item : near) {
                auto *graphic = dynamic_cast<LayoutItemGraphic *>(item);
                if (!graphic || moving.contains(graphic->itemId()))
                    continue;
                const QRectF o = graphic->footprintSceneRect();
                consider(sx, {r.left(), r.center().x(), r.right()}, {o.left(), o.center().x(), o.right()}, o, tolerance);
                consider(sy, {r.top(), r.center().y(), r.bottom()}, {o.top(), o.center().y(), o.bottom()}, o, tolerance);
            }
        }
    }
    if (std::isfinite(sx.correction)) {
        result.deltaScene.rx() += sx.correction;
        const double top = std::min(r.top(), sx.other.top());
        const double bottom = std::max(r.bottom(), sx.other.bottom());
        result.guides.emplace_back(QPointF(sx.at, top), QPointF(sx.at, bottom));
    } else if (settings.toGrid && settings.gridM > 0) {
        result.deltaScene.rx() += gridCorrection(r.left(), r.center().x(), settings.gridM);
    }
    if (std::isfinite(sy.correction)) {
        result.deltaScene.ry() += sy.correction;
        const double left = std::min(r.left(), sy.other.left());
        const double right = std::max(r.right(), sy.other.right());
        result.guides.emplace_back(QPointF(left, sy.at), QPointF(right, sy.at));
    } else if (settings.toGrid && settings.gridM > 0) {
        result.deltaScene.ry() += gridCorrection(r.top(), r.center().y(), settings.gridM);
    }
    return result;
}

double snapLength(double lengthM, const SnapSettings &settings)
{
    const double step = settings.toGrid && settings.gridM > 0 ? settings.gridM / 5 : 0.01;
    return std::max(step, std::round(lengthM / step) * step);
}

} // namespace taktflow::app
