// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsObject>
#include <QPointF>
#include <QString>

#include <vector>

namespace taktflow::app {

class ProjectDocument;

/**
 * The production lines drawn on the 2D floor: for each line of the current variant a polyline
 * through the centres of the layout items its stations are linked to, in station order, with
 * the station numbers at the items. It follows the document (line edits, undo, items moving).
 */
class LineFloorDrawing : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit LineFloorDrawing(ProjectDocument *document, QGraphicsItem *parent = nullptr);

    /** One drawn line: its name and the points in scene coordinates (tests read them). */
    struct Path {
        QString lineName;
        std::vector<QPointF> points;
        std::vector<QString> labels;
    };
    const std::vector<Path> &paths() const { return mPaths; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void refresh();

    ProjectDocument *mDocument;
    std::vector<Path> mPaths;
    QRectF mBounds;
};

} // namespace taktflow::app
