// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/layoutitem.h"

#include <QGraphicsItem>
#include <QPolygonF>

class QFontMetricsF;

namespace taktflow::app {

/** Scene coordinates are floor metres with y pointing down: scene (x, y) = floor (xM, -yM). */
inline QPointF floorToScene(double xM, double yM)
{
    return {xM, -yM};
}

/** How the canvas colours equipment. */
enum class ColourMode { ByType, ByAutomation };

/**
 * One layout item on the canvas: its footprint drawn by type (aisles with their centre line,
 * zones dashed, columns crossed), its name when there is room, its clearance margin, and
 * marks for selection and live conflicts. It never changes the model; tools push commands.
 */
class LayoutItemGraphic : public QGraphicsItem
{
public:
    explicit LayoutItemGraphic(const core::LayoutItem &item);

    void setItem(const core::LayoutItem &item);
    const core::LayoutItem &item() const { return mItem; }
    QString itemId() const { return mItem.id; }

    /** The footprint's axis-aligned bounds in scene coordinates (no margins). */
    QRectF footprintSceneRect() const { return mapToScene(mLocal).boundingRect(); }
    /** The footprint polygon in scene coordinates. */
    QPolygonF footprintScene() const { return mapToScene(mLocal); }

    void setMarkedSelected(bool selected);
    bool isMarkedSelected() const { return mSelected; }
    void setConflicting(bool conflicting);
    void setColourMode(ColourMode mode);

    /**
     * How far (metres) a label too long for the item may reach beyond each side of it, in the
     * upright label frame: half the free gap to the nearest item in the label's band (the
     * neighbour may need the other half), at most 2.5 m.
     */
    double labelOverflowM(double widthM, double bandHeightM) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintLabel(QPainter *painter, double lod) const;
    /** A name wider than the item: two lines inside it, or one reaching into free floor beside it. */
    void paintLongLabel(QPainter *painter, const QString &text, const QRectF &box, double lod,
                        const QFontMetricsF &metrics) const;


    core::LayoutItem mItem;
    /** Footprint in item-local scene units (y down, before rotation). */
    QPolygonF mLocal;
    QRectF mBounds;
    bool mSelected = false;
    bool mConflicting = false;
    ColourMode mColourMode = ColourMode::ByType;
};

} // namespace taktflow::app
