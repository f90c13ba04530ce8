// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>

#include <vector>

namespace taktflow::app {

class LayoutScene;

/** What moving items snap to. */
struct SnapSettings {
    bool toGrid = true;
    double gridM = 0.5;
    bool toEdges = true;
    /** How close (screen pixels) an edge must come to snap. */
    double tolerancePx = 8.0;
};

/** A snapped move: the corrected offset and the guide lines to show where it snapped. */
struct SnapResult {
    QPointF deltaScene;
    std::vector<QLineF> guides;
};

/**
 * Snaps a moving selection: its left, centre or right (top, centre, bottom) lines to the same
 * lines of nearby items when within the tolerance, else its left/top edge or centre to the grid.
 */
SnapResult snapMove(const LayoutScene &scene, const QRectF &movingScene, const QPointF &deltaScene,
                    const QSet<QString> &moving, const SnapSettings &settings, double pixelsPerMetre);

/** Rounds a length to the grid (used for resizing); at least one grid step. */
double snapLength(double lengthM, const SnapSettings &settings);

} // namespace taktflow::app
