// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

#include <optional>

namespace taktflow::app {

class EditTool;
class LayoutScene;

/**
 * The layout canvas: the floor in metres with an adaptive grid, rulers along the top and left
 * edges and a scale bar; zoom with the wheel around the cursor, pan with the middle button or
 * Space+drag, fit to view. Editing is the EditTool's; items dragged from the equipment library
 * are dropped here. A calibration mode picks two points for scaling a background plan.
 */
class LayoutView : public QGraphicsView
{
    Q_OBJECT

public:
    LayoutView(LayoutScene *scene, QWidget *parent = nullptr);

    LayoutScene *layoutScene() const { return mScene; }
    EditTool *editTool() const { return mTool; }
    /** Current zoom, screen pixels per floor metre. */
    double pixelsPerMetre() const { return transform().m11(); }
    /** Zooms keeping the floor point under anchor (viewport pixels; default: the centre) in place. */
    void zoomBy(double factor, std::optional<QPoint> anchor = std::nullopt);
    void zoomIn()
    {
        zoomBy(1.25);
        mAutoFit = false;
        emit navigated();
    }
    void zoomOut()
    {
        zoomBy(0.8);
        mAutoFit = false;
        emit navigated();
    }
    void fitToContent();
    /** While on, the view refits the floor whenever it is resized (until the user navigates). */
    void setAutoFit(bool on) { mAutoFit = on; }
    void setGridVisible(bool visible);
    bool gridVisible() const { return mGridVisible; }
    /** Grid spacing currently drawn (minor lines), metres. */
    double gridStepM() const;

    /** Next two left clicks pick two points; then pointsPicked() is emitted with them (scene). */
    void pickTwoPoints();

signals:
    void zoomChanged(double pixelsPerMetre);
    /** The user zoomed or panned by hand (automatic fitting stops). */
    void navigated();
    /** Cursor position on the floor, metres (y up). */
    void cursorMoved(double xM, double yM);
    void pointsPicked(const QPointF &firstScene, const QPointF &secondScene);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void paintRulers(QPainter &painter) const;
    void paintScaleBar(QPainter &painter) const;

    LayoutScene *mScene;
    EditTool *mTool;
    bool mGridVisible = true;
    bool mAutoFit = true;
    bool mFitPending = false;
    bool mSpaceHeld = false;
    bool mPanning = false;
    QPoint mPanLast;
    int mPickCount = -1;
    QPointF mFirstPick;
};

} // namespace taktflow::app
