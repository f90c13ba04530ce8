// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/layoutview.h"

#include "app/document/commands/cmditemadd.h"
#include "app/document/projectdocument.h"
#include "app/gui/layout/edittool.h"
#include "app/gui/layout/itemfactory.h"
#include "app/gui/layout/layoutscene.h"

#include <QDragEnterEvent>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace taktflow::app {

namespace {

constexpr int kRulerPx = 20;
constexpr double kMinPixelsPerMetre = 0.2;
constexpr double kMaxPixelsPerMetre = 2000.0;

/** A "nice" step (1, 2 or 5 times a power of ten) of at least minimum. */
double niceStep(double minimum)
{
    const double power = std::pow(10.0, std::floor(std::log10(std::max(minimum, 1e-9))));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= minimum)
            return m * power;
    }
    return 10 * power;
}

QString metresLabel(double valueM)
{
    return QLocale().toString(valueM, 'g', 6);
}

} // namespace

LayoutView::LayoutView(LayoutScene *scene, QWidget *parent) : QGraphicsView(scene, parent), mScene(scene)
{
    setObjectName(QStringLiteral("layoutView"));
    setAccessibleName(tr("Layout canvas"));
    mTool = new EditTool(this);
    setRenderHint(QPainter::Antialiasing);
    // Rulers and the scale bar are fixed to the viewport, so every frame repaints it whole.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::NoDrag);
    setMouseTracking(true);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(QColor(214, 217, 222));
    scale(10, 10);
    connect(scene, &LayoutScene::contentChanged, this, [this] { viewport()->update(); });
}

double LayoutView::gridStepM() const
{
    return niceStep(10.0 / std::max(pixelsPerMetre(), 1e-9));
}

void LayoutView::zoomBy(double factor, std::optional<QPoint> anchor)
{
    const double target = std::clamp(pixelsPerMetre() * factor, kMinPixelsPerMetre, kMaxPixelsPerMetre);
    const double applied = target / pixelsPerMetre();
    if (std::abs(applied - 1.0) < 1e-12)
        return;
    const QPoint pivot = anchor.value_or(viewport()->rect().center());
    const QPointF pivotScene = mapToScene(pivot);
    scale(applied, applied);
    // Scroll so the floor point under the pivot stays under it.
    const QPoint moved = mapFromScene(pivotScene);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + moved.x() - pivot.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + moved.y() - pivot.y());
    emit zoomChanged(pixelsPerMetre());
}

void LayoutView::fitToContent()
{
    QRectF content = mScene->contentRect();
    if (content.isEmpty())
        return;
    const double margin = 0.04 * std::max(content.width(), content.height());
    content.adjust(-margin, -margin - kRulerPx / std::max(pixelsPerMetre(), 1e-9), margin, margin);
    fitInView(content, Qt::KeepAspectRatio);
    // fitInView knows nothing of the rulers; leave room for them.
    const double room = std::min(1.0, (std::min(viewport()->width(), viewport()->height()) - 2.0 * kRulerPx) /
                                          std::max(1.0, double(std::min(viewport()->width(), viewport()->height()))));
    if (room > 0.5)
        scale(room, room);
    emit zoomChanged(pixelsPerMetre());
}

void LayoutView::setGridVisible(bool visible)
{
    mGridVisible = visible;
    viewport()->update();
}

void LayoutView::pickTwoPoints()
{
    mPickCount = 0;
    viewport()->setCursor(Qt::CrossCursor);
}

void LayoutView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, backgroundBrush());
    const QRectF floor = mScene->floorRect();
    if (floor.isEmpty())
        return;
    const double px = 1.0 / std::max(pixelsPerMetre(), 1e-9);
    painter->fillRect(floor, QColor(252, 252, 250));
    if (mGridVisible) {
        const QRectF area = floor.intersected(rect);
        const double step = gridStepM();
        const double major = step * 5;
        QVector<QLineF> minorLines;
        QVector<QLineF> majorLines;
        for (double x = std::ceil(area.left() / step) * step; x <= area.right(); x += step) {
            const bool isMajor = std::abs(std::remainder(x, major)) < step * 1e-3;
            (isMajor ? majorLines : minorLines).append(QLineF(x, area.top(), x, area.bottom()));
        }
        for (double y = std::ceil(area.top() / step) * step; y <= area.bottom(); y += step) {
            const bool isMajor = std::abs(std::remainder(y, major)) < step * 1e-3;
            (isMajor ? majorLines : minorLines).append(QLineF(area.left(), y, area.right(), y));
        }
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(QColor(232, 234, 238), 0));
        painter->drawLines(minorLines);
        painter->setPen(QPen(QColor(205, 209, 216), 0));
        painter->drawLines(majorLines);
        painter->setRenderHint(QPainter::Antialiasing, true);
    }
    painter->setPen(QPen(QColor(70, 70, 75), 2 * px));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(floor);
}

void LayoutView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->resetTransform();
    mTool->paintOverlay(*painter);
    paintRulers(*painter);
    paintScaleBar(*painter);
    painter->restore();
}

void LayoutView::paintRulers(QPainter &painter) const
{
    const QRect area = viewport()->rect();
    const QColor band(246, 246, 248, 235);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRect(0, 0, area.width(), kRulerPx), band);
    painter.fillRect(QRect(0, 0, kRulerPx, area.height()), band);
    painter.setPen(QColor(150, 150, 155));
    painter.drawLine(0, kRulerPx, area.width(), kRulerPx);
    painter.drawLine(kRulerPx, 0, kRulerPx, area.height());

    const double ppm = std::max(pixelsPerMetre(), 1e-9);
    const double labelStep = niceStep(70.0 / ppm);
    const double tickStep = labelStep / (labelStep / niceStep(8.0 / ppm) >= 10 ? 10 : 5);
    QFont font = painter.font();
    font.setPixelSize(10);
    painter.setFont(font);
    const QPointF topLeft = mapToScene(QPoint(0, 0));
    const QPointF bottomRight = mapToScene(area.bottomRight());
    painter.setPen(QColor(70, 70, 75));
    // Horizontal ruler: floor x.
    for (double x = std::floor(topLeft.x() / tickStep) * tickStep; x <= bottomRight.x(); x += tickStep) {
        const int vx = mapFromScene(QPointF(x, topLeft.y())).x();
        if (vx < kRulerPx)
            continue;
        const bool labelled = std::abs(std::remainder(x, labelStep)) < tickStep * 1e-3;
        painter.drawLine(vx, kRulerPx - (labelled ? 9 : 4), vx, kRulerPx);
        if (labelled)
            painter.drawText(vx + 2, 10, metresLabel(std::round(x / tickStep) * tickStep));
    }
    // Vertical ruler: floor y = -scene y.
    for (double y = std::floor(topLeft.y() / tickStep) * tickStep; y <= bottomRight.y(); y += tickStep) {
        const int vy = mapFromScene(QPointF(topLeft.x(), y)).y();
        if (vy < kRulerPx)
            continue;
        const bool labelled = std::abs(std::remainder(y, labelStep)) < tickStep * 1e-3;
        painter.drawLine(kRulerPx - (labelled ? 9 : 4), vy, kRulerPx, vy);
        if (labelled) {
            painter.save();
            painter.translate(10, vy - 2);
            painter.rotate(-90);
            painter.drawText(0, 0, metresLabel(-std::round(y / tickStep) * tickStep));
            painter.restore();
        }
    }
    painter.fillRect(QRect(0, 0, kRulerPx, kRulerPx), band);
    painter.drawText(QRect(0, 0, kRulerPx, kRulerPx), Qt::AlignCenter, tr("m"));
}

void LayoutView::paintScaleBar(QPainter &painter) const
{
    const double ppm = std::max(pixelsPerMetre(), 1e-9);
    const double lengthM = niceStep(100.0 / ppm);
    const double lengthPx = lengthM * ppm;
    const QRect area = viewport()->rect();
    const QPointF origin(kRulerPx + 14, area.height() - 16);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(origin.x() - 6, origin.y() - 20, lengthPx + 12, 28), QColor(255, 255, 255, 210));
    painter.setPen(QPen(QColor(30, 30, 30), 1));
    painter.fillRect(QRectF(origin.x(), origin.y() - 4, lengthPx / 2, 4), QColor(30, 30, 30));
    painter.drawRect(QRectF(origin.x(), origin.y() - 4, lengthPx, 4));
    QFont font = painter.font();
    font.setPixelSize(10);
    painter.setFont(font);
    painter.drawText(QPointF(origin.x(), origin.y() - 8), QStringLiteral("0"));
    const QString label = tr("%1 m").arg(metresLabel(lengthM));
    const double width = QFontMetricsF(font).horizontalAdvance(label);
    painter.drawText(QPointF(origin.x() + lengthPx - width / 2, origin.y() - 8), label);
}

void LayoutView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.2, steps), event->position().toPoint());
    mAutoFit = false;
    emit navigated();
    event->accept();
}

void LayoutView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && mSpaceHeld)) {
        mPanning = true;
        mPanLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        mAutoFit = false;
        emit navigated();
        event->accept();
        return;
    }
    if (mPickCount >= 0 && event->button() == Qt::LeftButton) {
        const QPointF scenePos = mapToScene(event->position().toPoint());
        if (mPickCount == 0) {
            mFirstPick = scenePos;
            mPickCount = 1;
        } else {
            mPickCount = -1;
            viewport()->unsetCursor();
            emit pointsPicked(mFirstPick, scenePos);
        }
        event->accept();
        return;
    }
    setFocus(Qt::MouseFocusReason);
    if (!mTool->mousePress(event))
        QGraphicsView::mousePressEvent(event);
}

void LayoutView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    emit cursorMoved(scenePos.x(), -scenePos.y());
    if (mPanning) {
        const QPoint delta = event->position().toPoint() - mPanLast;
        mPanLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (!mTool->mouseMove(event))
        QGraphicsView::mouseMoveEvent(event);
}

void LayoutView::mouseReleaseEvent(QMouseEvent *event)
{
    if (mPanning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        mPanning = false;
        viewport()->setCursor(mSpaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    if (!mTool->mouseRelease(event))
        QGraphicsView::mouseReleaseEvent(event);
}

void LayoutView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!mTool->mouseDoubleClick(event))
        QGraphicsView::mouseDoubleClickEvent(event);
}

bool LayoutView::event(QEvent *event)
{
    // Delete is the window's "delete items" shortcut; with a zone corner selected it deletes
    // the corner, so the key must reach the canvas first.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && mTool->wantsDeleteKey()) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void LayoutView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (mPickCount >= 0 && event->key() == Qt::Key_Escape) {
        mPickCount = -1;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    if (!mTool->keyPress(event))
        QGraphicsView::keyPressEvent(event);
}

void LayoutView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!mAutoFit)
        return;
    fitToContent();
    // Docks and scroll bars settle after this event; fit once more when they have.
    if (!mFitPending) {
        mFitPending = true;
        QTimer::singleShot(0, this, [this] {
            mFitPending = false;
            if (mAutoFit)
                fitToContent();
        });
    }
}

void LayoutView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpaceHeld = false;
        if (!mPanning)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void LayoutView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(itemTypeMimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void LayoutView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(itemTypeMimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void LayoutView::dropEvent(QDropEvent *event)
{
    const auto type = core::itemTypeFromName(QString::fromUtf8(event->mimeData()->data(itemTypeMimeType())));
    ProjectDocument *document = mScene->document();
    const core::Variant *variant = document->currentVariant();
    if (!type || !variant) {
        event->ignore();
        return;
    }
    QPointF at = mapToScene(event->position().toPoint());
    const double grid = mTool->snapSettings().toGrid ? mTool->snapSettings().gridM : 0.0;
    if (grid > 0)
        at = QPointF(std::round(at.x() / grid) * grid, std::round(at.y() / grid) * grid);
    const core::LayoutItem item = newLibraryItem(*type, *variant, at.x(), -at.y());
    document->undoStack()->push(new CmdItemAdd(document, variant->id, {item}, tr("Place %1").arg(item.name)));
    document->setSelection({item.id});
    event->acceptProposedAction();
    setFocus(Qt::OtherFocusReason);
}

} // namespace taktflow::app
