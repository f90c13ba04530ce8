// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/edittool.h"

#include "app/document/commands/cmdbackground.h"
#include "app/document/projectdocument.h"
#include "app/gui/layout/backgroundplangraphic.h"
#include "app/gui/layout/layoutitemgraphic.h"
#include "app/gui/layout/layoutscene.h"
#include "app/gui/layout/layoutview.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace taktflow::app {

namespace {

constexpr double kHandlePx = 7.0;
constexpr double kRotateHandleOffsetPx = 26.0;
constexpr double kRotationStepDeg = 15.0;

double normalisedDeg(double deg)
{
    double d = std::fmod(deg, 360.0);
    if (d < 0)
        d += 360.0;
    // Keep 360 - epsilon from showing as 359.9999.
    return std::abs(d - 360.0) < 1e-9 ? 0.0 : d;
}

} // namespace

EditTool::EditTool(LayoutView *view) : QObject(view), mView(view), mVertices(view)
{
}

LayoutItemGraphic *EditTool::singleSelected() const
{
    const QSet<QString> &selection = mView->layoutScene()->document()->selection();
    if (selection.size() != 1)
        return nullptr;
    return mView->layoutScene()->graphicFor(*selection.cbegin());
}

std::vector<EditTool::Handle> EditTool::handles() const
{
    std::vector<Handle> result;
    const LayoutItemGraphic *graphic = singleSelected();
    // Polygons are shaped by their corners (VertexEditor), not by box handles.
    if (!graphic || mVertices.target())
        return result;
    const double w = graphic->item().widthM / 2;
    const double d = graphic->item().depthM / 2;
    for (int sy = -1; sy <= 1; ++sy) {
        for (int sx = -1; sx <= 1; ++sx) {
            if (sx == 0 && sy == 0)
                continue;
            const QPointF scene = graphic->mapToScene(QPointF(sx * w, sy * d));
            result.push_back({sx, sy, mView->mapFromScene(scene).toPointF()});
        }
    }
    const QPointF centre = mView->mapFromScene(graphic->mapToScene(QPointF(0, 0))).toPointF();
    const QPointF top = mView->mapFromScene(graphic->mapToScene(QPointF(0, -d))).toPointF();
    QLineF outward(centre, top);
    if (outward.length() < 1e-6)
        outward = QLineF(centre, centre + QPointF(0, -1));
    outward.setLength(outward.length() + kRotateHandleOffsetPx);
    result.push_back({0, -2, outward.p2()});
    return result;
}

std::optional<EditTool::Handle> EditTool::handleAt(const QPoint &viewportPos) const
{
    for (const Handle &handle : handles()) {
        if (QLineF(handle.viewportPos, QPointF(viewportPos)).length() <= kHandlePx)
            return handle;
    }
    return std::nullopt;
}

bool EditTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || mMode != Mode::Idle)
        return false;
    LayoutScene *scene = mView->layoutScene();
    ProjectDocument *document = scene->document();
    mPressViewport = event->position().toPoint();
    mPressScene = mView->mapToScene(mPressViewport);
    mPressModifiers = event->modifiers();
    mSelectionBefore = document->selection();
    mPushed = false;
    mGuides.clear();

    if (const auto vertex = mVertices.vertexAt(mPressViewport)) {
        if (event->modifiers() & Qt::AltModifier) {
            const QString problem = mVertices.removeVertex(*vertex);
            if (!problem.isEmpty())
                emit message(problem);
        } else {
            mVertices.beginDrag(*vertex);
            mMode = Mode::DraggingVertex;
        }
        mView->viewport()->update();
        return true;
    }
    mVertices.setSelectedVertex(-1);
    if (const auto handle = handleAt(mPressViewport)) {
        mHandle = *handle;
        mMode = handle->sy == -2 ? Mode::Rotating : Mode::Resizing;
        mCommandText = mMode == Mode::Rotating ? tr("Rotate item") : tr("Resize item");
        beginEdit();
        return true;
    }
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (LayoutItemGraphic *hit = scene->itemAt(mPressScene, 6.0 / std::max(mView->pixelsPerMetre(), 1e-9))) {
        mPressedItem = hit->itemId();
        QSet<QString> selection = mSelectionBefore;
        if (toggle) {
            if (!selection.remove(mPressedItem))
                selection.insert(mPressedItem);
        } else if (!selection.contains(mPressedItem)) {
            selection = {mPressedItem};
        }
        document->setSelection(selection);
        mMode = Mode::Pressed;
        mCommandText = tr("Move items");
        beginEdit();
        return true;
    }
    mPressedItem.clear();
    if (!toggle)
        document->setSelection({});
    if (!toggle && pressOnBackground())
        return true;
    mMode = Mode::RubberBand;
    mRubberViewport = QRectF(mPressViewport, QSizeF(0, 0));
    return true;
}

void EditTool::beginEdit()
{
    const LayoutScene *scene = mView->layoutScene();
    const core::Variant *variant = scene->document()->currentVariant();
    mStart.clear();
    mStartBounds = QRectF();
    if (!variant)
        return;
    for (const QString &id : scene->document()->selection()) {
        const core::LayoutItem *item = variant->findItem(id);
        LayoutItemGraphic *graphic = scene->graphicFor(id);
        if (!item || !graphic)
            continue;
        mStart.insert(id, Placement::of(*item));
        mStartBounds = mStartBounds.isNull() ? graphic->footprintSceneRect()
                                             : mStartBounds.united(graphic->footprintSceneRect());
    }
}

bool EditTool::mouseMove(QMouseEvent *event)
{
    const QPointF scenePos = mView->mapToScene(event->position().toPoint());
    switch (mMode) {
    case Mode::Idle:
        mView->viewport()->setCursor(handleAt(event->position().toPoint()) ? Qt::CrossCursor : Qt::ArrowCursor);
        return false;
    case Mode::Pressed:
        if ((event->position().toPoint() - mPressViewport).manhattanLength() < QApplication::startDragDistance())
            return true;
        mMode = Mode::Moving;
        [[fallthrough]];
    case Mode::Moving:
        dragMove(scenePos, event->modifiers());
        break;
    case Mode::Resizing:
        dragResize(scenePos);
        break;
    case Mode::Rotating:
        dragRotate(scenePos, event->modifiers());
        break;
    case Mode::RubberBand:
        mRubberViewport = QRectF(QPointF(mPressViewport), event->position()).normalized();
        break;
    case Mode::DraggingVertex:
        mVertices.dragTo(snappedToGrid(scenePos, event->modifiers()));
        break;
    case Mode::MovingBackground:
        dragBackground(scenePos);
        break;
    }
    mView->viewport()->update();
    return true;
}

QPointF EditTool::snappedToGrid(const QPointF &scenePos, Qt::KeyboardModifiers modifiers) const
{
    // Alt places freely, as it moves freely.
    if (!mSnap.toGrid || mSnap.gridM <= 0 || (modifiers & Qt::AltModifier))
        return scenePos;
    return {std::round(scenePos.x() / mSnap.gridM) * mSnap.gridM, std::round(scenePos.y() / mSnap.gridM) * mSnap.gridM};
}

bool EditTool::pressOnBackground()
{
    const LayoutScene *scene = mView->layoutScene();
    const core::Variant *variant = scene->document()->currentVariant();
    const BackgroundPlanGraphic *plan = scene->backgroundPlan();
    // A hidden plan (View > Show Background Plan off) is not moved by drags the user cannot see.
    if (!variant || !variant->background || variant->background->locked || plan->isEmpty() || !plan->isVisible()
        || !plan->sceneBoundingRect().contains(mPressScene))
        return false;
    mBackgroundStart = variant->background;
    mMode = Mode::MovingBackground;
    return true;
}

void EditTool::dragBackground(const QPointF &scenePos)
{
    ProjectDocument *document = mView->layoutScene()->document();
    if (!mBackgroundStart || !document->currentVariant())
        return;
    core::BackgroundPlan plan = *mBackgroundStart;
    plan.originXM += scenePos.x() - mPressScene.x();
    plan.originYM -= scenePos.y() - mPressScene.y();
    document->undoStack()->push(
        new CmdBackgroundSet(document, document->currentVariantId(), plan, tr("Move background plan"), true));
    mPushed = true;
}

void EditTool::dragMove(const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    if (mStart.isEmpty())
        return;
    QPointF delta = scenePos - mPressScene;
    mGuides.clear();
    // Alt moves freely, without snapping.
    if (!(modifiers & Qt::AltModifier)) {
        const QSet<QString> moving(mStart.keyBegin(), mStart.keyEnd());
        SnapResult snapped =
            snapMove(*mView->layoutScene(), mStartBounds, delta, moving, mSnap, mView->pixelsPerMetre());
        delta = snapped.deltaScene;
        mGuides = std::move(snapped.guides);
    }
    std::vector<CmdItemPlace::Change> changes;
    changes.reserve(std::size_t(mStart.size()));
    for (auto it = mStart.cbegin(); it != mStart.cend(); ++it) {
        Placement p = it.value();
        p.xM += delta.x();
        p.yM -= delta.y();
        changes.emplace_back(it.key(), p);
    }
    push(changes, true);
}

void EditTool::dragResize(const QPointF &scenePos)
{
    if (mStart.size() != 1)
        return;
    const QString id = mStart.cbegin().key();
    const Placement p0 = mStart.cbegin().value();
    QTransform placement;
    placement.translate(p0.xM, -p0.yM);
    placement.rotate(-p0.rotationDeg);
    const QPointF local = placement.inverted().map(scenePos);
    Placement p = p0;
    double cx = 0.0;
    double cy = 0.0;
    if (mHandle.sx != 0) {
        const double fixed = -mHandle.sx * p0.widthM / 2;
        p.widthM = snapLength(std::max(mHandle.sx * (local.x() - fixed), 0.0), mSnap);
        cx = fixed + mHandle.sx * p.widthM / 2;
    }
    if (mHandle.sy != 0) {
        const double fixed = -mHandle.sy * p0.depthM / 2;
        p.depthM = snapLength(std::max(mHandle.sy * (local.y() - fixed), 0.0), mSnap);
        cy = fixed + mHandle.sy * p.depthM / 2;
    }
    const QPointF centre = placement.map(QPointF(cx, cy));
    p.xM = centre.x();
    p.yM = -centre.y();
    push({{id, p}}, true);
}

void EditTool::dragRotate(const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    if (mStart.size() != 1)
        return;
    const Placement p0 = mStart.cbegin().value();
    const QPointF centre(p0.xM, -p0.yM);
    auto floorAngle = [&](const QPointF &at) {
        return std::atan2(-(at.y() - centre.y()), at.x() - centre.x()) * 180.0 / M_PI;
    };
    // The handle sits on the item's local +y (floor) axis, at rotation + 90 degrees.
    double rotation = floorAngle(scenePos) - 90.0;
    if (!(modifiers & Qt::ShiftModifier))
        rotation = std::round(rotation / kRotationStepDeg) * kRotationStepDeg;
    Placement p = p0;
    p.rotationDeg = normalisedDeg(rotation);
    push({{mStart.cbegin().key(), p}}, true);
}

void EditTool::push(const std::vector<CmdItemPlace::Change> &changes, bool open)
{
    ProjectDocument *document = mView->layoutScene()->document();
    const core::Variant *variant = document->currentVariant();
    if (!variant || changes.empty())
        return;
    for (const auto &change : changes) {
        if (!variant->findItem(change.first))
            return;
    }
    auto *command = new CmdItemPlace(document, variant->id, changes, open);
    command->setText(mCommandText);
    document->undoStack()->push(command);
    mPushed = true;
    mLast = changes;
}

bool EditTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || mMode == Mode::Idle)
        return false;
    ProjectDocument *document = mView->layoutScene()->document();
    if (mMode == Mode::RubberBand) {
        const QRectF rect = mView->mapToScene(mRubberViewport.toRect()).boundingRect();
        QSet<QString> selection;
        if (mPressModifiers & (Qt::ControlModifier | Qt::ShiftModifier))
            selection = mSelectionBefore;
        if (rect.width() > 0 && rect.height() > 0) {
            // Items' bounding rects include room for labels beyond narrow items, so the band
            // tests the footprint itself: what lies wholly inside is selected.
            for (QGraphicsItem *item : mView->layoutScene()->items(rect, Qt::IntersectsItemShape)) {
                auto *graphic = dynamic_cast<LayoutItemGraphic *>(item);
                if (graphic && rect.contains(graphic->footprintSceneRect()))
                    selection.insert(graphic->itemId());
            }
        }
        document->setSelection(selection);
    } else if (mMode == Mode::Pressed && !(mPressModifiers & (Qt::ControlModifier | Qt::ShiftModifier))) {
        // A click without a drag on a multi-selection picks just that item.
        document->setSelection({mPressedItem});
    }
    finishEdit(false);
    return true;
}

bool EditTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && mMode != Mode::Idle) {
        finishEdit(true);
        return true;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && wantsDeleteKey()) {
        const QString problem = mVertices.removeVertex(mVertices.selectedVertex());
        if (!problem.isEmpty())
            emit message(problem);
        mView->viewport()->update();
        return true;
    }
    return false;
}

bool EditTool::wantsDeleteKey() const
{
    return mMode == Mode::Idle && mVertices.selectedVertex() >= 0 && mVertices.target();
}

bool EditTool::mouseDoubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || mMode != Mode::Idle)
        return false;
    QString problem;
    if (!mVertices.insertAt(event->position().toPoint(), &problem))
        return false;
    if (!problem.isEmpty())
        emit message(problem);
    mView->viewport()->update();
    return true;
}

void EditTool::finishEdit(bool cancel)
{
    if (mMode == Mode::DraggingVertex) {
        const QString problem = mVertices.finishDrag(cancel);
        if (!problem.isEmpty())
            emit message(problem);
    } else if (mMode == Mode::MovingBackground) {
        ProjectDocument *document = mView->layoutScene()->document();
        const core::Variant *variant = document->currentVariant();
        // Close the open command with where the plan is now, or put it back on Escape.
        if (mPushed && variant && variant->background && mBackgroundStart) {
            document->undoStack()->push(new CmdBackgroundSet(document, variant->id,
                                                             cancel ? mBackgroundStart : variant->background,
                                                             tr("Move background plan")));
        }
        mBackgroundStart.reset();
        mPushed = false;
    } else if (mPushed) {
        if (cancel) {
            std::vector<CmdItemPlace::Change> back;
            for (auto it = mStart.cbegin(); it != mStart.cend(); ++it)
                back.emplace_back(it.key(), it.value());
            // Same items in the same order as the open command, so it merges and closes.
            std::vector<CmdItemPlace::Change> ordered;
            for (const auto &change : mLast) {
                for (const auto &b : back) {
                    if (b.first == change.first)
                        ordered.push_back(b);
                }
            }
            push(ordered, false);
        } else {
            push(mLast, false);
        }
    }
    mMode = Mode::Idle;
    mPushed = false;
    mLast.clear();
    mStart.clear();
    mGuides.clear();
    mRubberViewport = {};
    mView->viewport()->update();
}

void EditTool::paintOverlay(QPainter &painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    if (mMode == Mode::RubberBand && !mRubberViewport.isEmpty()) {
        painter.setPen(QPen(QColor(20, 110, 230), 1, Qt::DashLine));
        painter.setBrush(QColor(20, 110, 230, 35));
        painter.drawRect(mRubberViewport);
    }
    painter.setPen(QPen(QColor(230, 0, 160), 1, Qt::DashLine));
    for (const QLineF &guide : mGuides)
        painter.drawLine(QLineF(mView->mapFromScene(guide.p1()), mView->mapFromScene(guide.p2())));
    mVertices.paint(painter);
    const std::vector<Handle> all = handles();
    if (all.empty())
        return;
    const Handle &rotate = all.back();
    const Handle &topCentre = all[1];
    painter.setPen(QPen(QColor(20, 110, 230), 1));
    painter.drawLine(topCentre.viewportPos, rotate.viewportPos);
    for (const Handle &handle : all) {
        painter.setBrush(handle.sy == -2 ? QColor(20, 110, 230) : QColor(Qt::white));
        const QRectF box(handle.viewportPos - QPointF(kHandlePx / 2 + 1, kHandlePx / 2 + 1),
                         QSizeF(kHandlePx + 2, kHandlePx + 2));
        if (handle.sy == -2)
            painter.drawEllipse(box);
        else
            painter.drawRect(box);
    }
}

} // namespace taktflow::app
