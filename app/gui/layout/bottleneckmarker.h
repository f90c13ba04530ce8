// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/variant.h"

#include <QGraphicsObject>

#include <vector>

namespace taktflow::app {

/**
 * Marks, on the Layout workspace's floor, the item of each line's bottleneck station from the
 * line's last simulation (ProductionLine::lastSimulation): a frame in the bottleneck colour
 * with a tooltip naming the line and the share of time the station was the bottleneck.
 * It keeps copies of the footprints, so it never points into the project.
 */
class BottleneckMarker : public QGraphicsObject
{
    Q_OBJECT

public:
    BottleneckMarker();

    /** Re-reads the lines' last results and the marked items' places. */
    void setVariant(const core::Variant *variant);
    /** Marked items (for tests): their ids, in line order. */
    QStringList markedItems() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    struct Mark {
        QString itemId;
        QPolygonF outline;
        QString toolTip;
    };
    std::vector<Mark> mMarks;
    QRectF mBounds;
};

} // namespace taktflow::app
