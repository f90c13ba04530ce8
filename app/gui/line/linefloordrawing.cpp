// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/linefloordrawing.h"

#include "app/document/projectdocument.h"
#include "app/gui/layout/layoutitemgraphic.h"
#include "core/layout/linepath.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace taktflow::app {

LineFloorDrawing::LineFloorDrawing(ProjectDocument *document, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , mDocument(document)
{
    // Above items and aisles, below the flow arrows' labels.
    setZValue(45);
    setAcceptedMouseButtons(Qt::NoButton);
    connect(document, &ProjectDocument::projectReset, this, &LineFloorDrawing::refresh);
    connect(document, &ProjectDocument::currentVariantChanged, this, &LineFloorDrawing::refresh);
    connect(document, &ProjectDocument::variantContentChanged, this, &LineFloorDrawing::refresh);
    connect(document, &ProjectDocument::linesChanged, this, &LineFloorDrawing::refresh);
    connect(document, &ProjectDocument::itemChanged, this, &LineFloorDrawing::refresh);
    connect(document, &ProjectDocument::itemAdded, this, &LineFloorDrawing::refresh);
    connect(document, &ProjectDocument::itemRemoved, this, &LineFloorDrawing::refresh);
    refresh();
}

void LineFloorDrawing::refresh()
{
    prepareGeometryChange();
    mPaths.clear();
    mBounds = {};
    const core::Variant *variant = mDocument->currentVariant();
    if (variant) {
        for (const core::LinePathOnFloor &onFloor : core::linePathsOnFloor(*variant)) {
            Path path;
            path.lineName = onFloor.lineName;
            path.labels = onFloor.labels;
            for (const core::PointM &pointM : onFloor.pointsM) {
                const QPointF point = floorToScene(pointM.xM, pointM.yM);
                path.points.push_back(point);
                mBounds |= QRectF(point, QSizeF(0, 0)).adjusted(-3, -3, 3, 4);
            }
            mPaths.push_back(std::move(path));
        }
    }
    update();
}

QRectF LineFloorDrawing::boundingRect() const
{
    return mBounds;
}

void LineFloorDrawing::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour(0x6a, 0x1b, 0x9a);
    for (const Path &path : mPaths) {
        // Widths in floor metres, so the line scales with the plan like the items do.
        QPen pen(colour, 0.25, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        for (std::size_t i = 1; i < path.points.size(); ++i)
            painter->drawLine(path.points[i - 1], path.points[i]);
        QFont font = painter->font();
        font.setPointSizeF(0.9);
        painter->setFont(font);
        for (std::size_t i = 0; i < path.points.size(); ++i) {
            // Just below the item's centre, so the item's own name stays readable.
            const QRectF badge(path.points[i] + QPointF(-0.75, 0.6), QSizeF(1.5, 0.9));
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawRoundedRect(badge, 0.2, 0.2);
            painter->setPen(Qt::white);
            painter->drawText(badge, Qt::AlignCenter, path.labels[i]);
        }
    }
    painter->restore();
}

} // namespace taktflow::app
