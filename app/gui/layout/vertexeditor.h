// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/document/commands/itemproperties.h"
#include "core/model/layoutitem.h"

#include <QCoreApplication>
#include <QPoint>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace taktflow::app {

class LayoutItemGraphic;
class LayoutView;

/**
 * Corner editing of polygon items (zones, and any item with a custom outline) for the edit
 * tool: drag a corner, insert one on an edge, delete one. Each edit is one CmdItemReshape
 * (a drag merges into one step). Results that are not simple polygons (checked by
 * core::outlineProblem with Boost.Geometry) are refused with the reason; an outline keeps at
 * least three corners.
 */
class VertexEditor
{
    Q_DECLARE_TR_FUNCTIONS(VertexEditor)

public:
    explicit VertexEditor(LayoutView *view) : mView(view) {}

    /** The single selected item whose corners can be edited, else null. */
    LayoutItemGraphic *target() const;
    /** The target's corner within the pick distance of a viewport point. */
    std::optional<int> vertexAt(const QPoint &viewportPos) const;
    /** Corner positions of the target in viewport pixels (for handles). */
    std::vector<QPointF> vertexHandles() const;

    /** The corner of the current target clicked last (drawn filled; Delete removes it); -1 for none. */
    int selectedVertex() const;
    void setSelectedVertex(int vertex);

    void beginDrag(int vertex);
    bool isDragging() const { return mDragVertex >= 0; }
    /** Moves the dragged corner to a scene point (already snapped by the caller). */
    void dragTo(const QPointF &scenePos);
    /** Ends a drag; an invalid result or cancel puts the start back. Returns the problem, if any. */
    QString finishDrag(bool cancel);

    /**
     * Inserts a corner where a viewport point lies on an edge of the target. Returns false when
     * the point is on no edge; problem receives a refusal.
     */
    bool insertAt(const QPoint &viewportPos, QString *problem);
    /** Deletes a corner; the problem when refused (three corners left, or an invalid result). */
    QString removeVertex(int vertex);

    void paint(QPainter &painter) const;

private:
    /** Scene point to the target's item-local metres (y up, before rotation). */
    core::PointM toLocal(const QPointF &scenePos) const;
    void push(const Shape &shape, bool open, const QString &text);

    LayoutView *mView;
    int mSelected = -1;
    /** Whose corner mSelected is: selecting another item by other means forgets it. */
    QString mSelectedItem;
    int mDragVertex = -1;
    QString mDragItem;
    std::vector<core::PointM> mDragStart;
    Shape mStartShape;
    std::vector<core::PointM> mDragLast;
    bool mPushed = false;
};

} // namespace taktflow::app
