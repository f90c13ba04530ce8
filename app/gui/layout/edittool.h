// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/document/commands/itemproperties.h"
#include "app/gui/layout/snapping.h"
#include "app/gui/layout/vertexeditor.h"
#include "core/model/backgroundplan.h"

#include <QHash>
#include <QLineF>
#include <QObject>
#include <QPoint>
#include <QPointF>
#include <QRectF>
#include <QSet>

#include <optional>
#include <vector>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace taktflow::app {

class LayoutItemGraphic;
class LayoutView;

/**
 * The select-and-edit tool of the layout canvas. It turns the mouse into selection (click,
 * Ctrl/Shift click, rubber band) and into commands: moving the selection (snapped to the grid
 * and to other items' edges), resizing the single selected item by its handles and rotating it
 * by its rotation handle in 15 degree steps (Shift: free). Every drag step pushes an open
 * CmdItemPlace that merges; the release closes it, so one drag is one undo step. The single
 * selected zone (or outlined item) shows its corners instead: drag one to move it, double-click
 * an edge to insert one, Alt+click or select and press Delete to remove one (VertexEditor).
 * A drag that starts on an unlocked background plan moves the plan.
 */
class EditTool : public QObject
{
    Q_OBJECT

public:
    explicit EditTool(LayoutView *view);

    bool mousePress(QMouseEvent *event);
    bool mouseMove(QMouseEvent *event);
    bool mouseRelease(QMouseEvent *event);
    /** Escape cancels a drag in progress. */
    bool keyPress(QKeyEvent *event);
    /** A double-click on an edge of the selected zone inserts a corner there. */
    bool mouseDoubleClick(QMouseEvent *event);
    /** True when Delete should remove the selected corner rather than the selected items. */
    bool wantsDeleteKey() const;
    /** Handles, rubber band and snap guides, in viewport coordinates. */
    void paintOverlay(QPainter &painter) const;

    SnapSettings &snapSettings() { return mSnap; }
    bool isDragging() const { return mMode != Mode::Idle; }
    VertexEditor &vertexEditor() { return mVertices; }

signals:
    /** A refused edit, for the status bar. */
    void message(const QString &text);

private:
    enum class Mode { Idle, Pressed, Moving, RubberBand, Resizing, Rotating, DraggingVertex, MovingBackground };
    struct Handle {
        /** -1, 0 or +1 along the item's local x and y (scene-local, y down); rotation: y = -2. */
        int sx = 0;
        int sy = 0;
        QPointF viewportPos;
    };

    LayoutItemGraphic *singleSelected() const;
    std::vector<Handle> handles() const;
    std::optional<Handle> handleAt(const QPoint &viewportPos) const;
    void beginEdit();
    void dragMove(const QPointF &scenePos, Qt::KeyboardModifiers modifiers);
    void dragResize(const QPointF &scenePos);
    void dragRotate(const QPointF &scenePos, Qt::KeyboardModifiers modifiers);
    void push(const std::vector<CmdItemPlace::Change> &changes, bool open);
    void finishEdit(bool cancel);
    bool pressOnBackground();
    void dragBackground(const QPointF &scenePos);
    QPointF snappedToGrid(const QPointF &scenePos, Qt::KeyboardModifiers modifiers) const;

    LayoutView *mView;
    SnapSettings mSnap;
    Mode mMode = Mode::Idle;
    QPoint mPressViewport;
    QPointF mPressScene;
    QString mPressedItem;
    Qt::KeyboardModifiers mPressModifiers;
    QSet<QString> mSelectionBefore;
    Handle mHandle;
    QHash<QString, Placement> mStart;
    QRectF mStartBounds;
    QString mCommandText;
    bool mPushed = false;
    std::vector<CmdItemPlace::Change> mLast;
    QRectF mRubberViewport;
    std::vector<QLineF> mGuides;
    VertexEditor mVertices;
    std::optional<core::BackgroundPlan> mBackgroundStart;
};

} // namespace taktflow::app
